"""The bundled seeds are byte-identical to the shared originals."""

from __future__ import annotations

import hashlib

import pytest

EXPECTED = {
    # sha256 of ../shared/seeds/* when the project was created; a change to either side fails.
    "000_d8919d6f9cc248df.txt": "f4366742ff2d9ad8f9d5b1cf835a8691844143eede87d6b91948e4a2028bf64e",
    "001_f635357cc05f6890.txt": "e7cc6be6206fe887d6bad867a5041c5e409dd970131efa3605ec35f6100ca88d",
    "002_4947ca23173eaaf7.txt": "fdb90b9ac76afae7c444057715a242faf266d89697ba254749f26d16150ba597",
    "003_76fe819399df4b25.txt": "7a05a157153de8ed6e7a84fc320a30c7392d405b8e03d20b126b0cee1450f9a6",
    "004_045b2c366aa4c7b4.txt": "5d7edb6f3c45d7667aac3e0ca2a2786d362478ae0bbd52c8eba32302e03973d3",
}


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_five_seeds_present(repo):
    assert len(list((repo / "seeds").glob("*.txt"))) == 5


def test_seeds_match_shared(repo):
    shared = repo.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds not present")
    ours = {p.name: _digest(p) for p in (repo / "seeds").glob("*.txt")}
    theirs = {p.name: _digest(p) for p in shared.glob("*.txt")}
    assert ours == theirs


def test_seed_hashes_pinned(repo):
    ours = {p.name: _digest(p) for p in (repo / "seeds").glob("*.txt")}
    assert ours == EXPECTED
