"""Run the real dashboard (``streamlit run dashboard/app.py``) and drive it with Debian's Chromium.

Each server gets its own ``BORDERWATCH_DATA`` temp dir and free port, is started as a subprocess
in its own process group and stopped by that group's id. Chromium is launched from
``/usr/bin/chromium`` (never ``playwright install``); tests skip with a reason when it is absent.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "incidents_sample.geojson"
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = Path(os.environ.get("BORDERWATCH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SERVER_START_TIMEOUT = 60.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One ``streamlit run`` subprocess serving the dashboard for one data directory."""

    def __init__(self, data_dir: Path, log: Path) -> None:
        self.data_dir = data_dir
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = log
        env = dict(os.environ, BORDERWATCH_DATA=str(data_dir), PYTHONUNBUFFERED="1")
        cmd = [sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"),
               "--server.headless", "true", "--server.port", str(self.port), "--server.address", "127.0.0.1",
               "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
        self._log_fh = log.open("w")
        self.proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=self._log_fh, stderr=subprocess.STDOUT,
                                     start_new_session=True)

    def wait_ready(self, timeout: float = SERVER_START_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.proc.returncode}:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(self.url + "_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                time.sleep(0.25)
        raise TimeoutError(f"streamlit not healthy after {timeout}s:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)  # our own process group only
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self._log_fh.close()


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium) to run browser tests")
    pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium_path: Path) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium_path), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def start_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[Path], Server]]:
    """Factory: ``start_server(data_dir)`` → a ready :class:`Server`; all are stopped at session end."""
    servers: list[Server] = []

    def start(data_dir: Path) -> Server:
        log = tmp_path_factory.mktemp("streamlit-log") / "streamlit.log"
        server = Server(data_dir, log)
        servers.append(server)
        server.wait_ready()
        return server

    yield start
    for s in servers:
        s.stop()


@pytest.fixture(scope="session")
def sample_server(start_server: Callable[[Path], Server], tmp_path_factory: pytest.TempPathFactory) -> Server:
    """A dashboard on the hand-written sample records (no pipeline needed)."""
    data_dir = tmp_path_factory.mktemp("bw-sample")
    shutil.copy(FIXTURE, data_dir / "incidents.geojson")
    return start_server(data_dir)


@pytest.fixture()
def page(browser, request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh page that records dialogs and console errors, counts alert() calls in every frame,
    and leaves a full-page screenshot in ``test-artifacts/<test name>.png`` whatever the outcome."""
    context = browser.new_context(viewport={"width": 1500, "height": 1800}, accept_downloads=True)
    # Runs in every frame (the folium map is an iframe) before any page script.
    context.add_init_script("""
        window.__bw_alerts = [];
        for (const name of ['alert', 'confirm', 'prompt']) {
            window[name] = function (...args) { window.__bw_alerts.push(name + ':' + args.join(' ')); };
        }
    """)
    pg = context.new_page()
    pg.bw_dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.bw_dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        time.sleep(1.5)  # let the last rerun and Leaflet's redraw paint
        pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    finally:
        context.close()
