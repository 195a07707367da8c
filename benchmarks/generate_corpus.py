"""Write N synthetic articles (~3 KB each) about Tajik–Afghan border incidents, seeded and reproducible.

    python benchmarks/generate_corpus.py N OUTDIR [--seed S]

Files go to ``OUTDIR/<shard>/<n>.txt`` (1,000 per shard folder) and are written one at a time, so
memory does not grow with N. The same N and seed always give the same bytes. The text is built
from templates filled with places from the gazetteer (border regions of TJ and AF), casualty
sentences in words and digits, distances with units, denials, attributions, HTML remnants and
filler, so the extractor sees the variety of real scraped news.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GAZETTEER = REPO / "geodata" / "data" / "gazetteer.csv"
BORDER_REGIONS = {"TJ-KT", "TJ-GB", "AF-BDS", "AF-TAK", "AF-KDZ", "AF-BAL", "AF-JOW"}
PER_SHARD = 1000
TARGET_BYTES = 3000

OUTLETS = [
    ("Reuters", "https://www.reuters.com/world/asia-pacific/"), ("Asia-Plus", "https://asiaplustj.info/en/news/"),
    ("Eurasianet", "https://eurasianet.org/"), ("RFE/RL", "https://www.rferl.org/a/"),
    ("TOLOnews", "https://tolonews.com/afghanistan-"), ("Khaama Press", "https://www.khaama.com/"),
    ("Avesta", "http://avesta.tj/"), ("The Diplomat", "https://thediplomat.com/"),
    ("Amu TV", "https://amu.tv/"), ("Xinhua", "https://english.news.cn/"), ("TASS", "https://tass.com/world/"),
    ("Kabul Now", "https://kabulnow.com/"), ("Ozodi", "https://www.ozodi.org/a/"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "fifteen", "twenty"]
VICTIMS = [("border guards", "border guard"), ("soldiers", "soldier"), ("civilians", "civilian"),
           ("Chinese nationals", "Chinese national"), ("Chinese workers", "Chinese worker"),
           ("Taliban fighters", "Taliban fighter"), ("militants", "militant"), ("smugglers", "smuggler"),
           ("police officers", "police officer"), ("villagers", "villager"), ("gunmen", "gunman")]
ACTORS = ["gunmen", "armed men", "militants", "suspected drug smugglers", "unidentified attackers",
          "fighters of the Islamic State Khorasan Province", "Taliban border forces", "a group of armed men"]
WEAPONS = ["a drone", "grenades", "small arms", "a mortar", "rocket-propelled grenades", "automatic rifles",
           "an improvised explosive device", "a landmine", "artillery"]
SOURCES = ["the State Committee for National Security", "Tajikistan's Border Troops",
           "the Tajik Ministry of Foreign Affairs", "a Taliban spokesman", "Zabihullah Mujahid",
           "local residents", "three unnamed sources", "a security source", "the provincial police",
           "the Chinese Embassy in Dushanbe", "officials in Badakhshan", "two senior Tajik officials"]
TIMES = ["early on", "late on", "on the night of", "on", "in the morning of", "on the evening of"]


@dataclass(frozen=True)
class Place:
    name: str
    region: str
    country: str
    precision: str


def load_places(path: Path = GAZETTEER) -> list[Place]:
    """Towns, villages, districts and regions of the TJ and AF border regions, ASCII names preferred."""
    out: list[Place] = []
    seen: set[str] = set()
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["admin1_code"] not in BORDER_REGIONS:
                continue
            if row["precision"] not in {"town", "village", "district", "region"}:
                continue
            names = [n for n in row["names"].split("|") if n.isascii()] or [row["name"]]
            name = names[0]
            if name in seen or len(name) < 3:
                continue
            seen.add(name)
            out.append(Place(name, row["admin1"], row["country"], row["precision"]))
    if not out:
        raise SystemExit(f"no border-region places found in {path}")
    return out


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _count(rng: random.Random) -> tuple[str, str]:
    """A casualty count as written, and whether it is plural."""
    r = rng.random()
    if r < 0.35:
        n = rng.randrange(2, len(NUMBER_WORDS))
        return NUMBER_WORDS[n], "pl"
    if r < 0.55:
        return str(rng.randint(2, 60)), "pl"
    if r < 0.7:
        return rng.choice(["at least", "more than", "about", "nearly", "up to", "over"]) + " " + \
            rng.choice([str(rng.randint(2, 40)), rng.choice(NUMBER_WORDS[1:])]), "pl"
    if r < 0.8:
        return rng.choice(["dozens of", "several", "scores of", "a number of"]), "pl"
    if r < 0.9:
        return "one", "sg"
    return "a", "sg"


def _victims(rng: random.Random) -> str:
    n, num = _count(rng)
    pl, sg = rng.choice(VICTIMS)
    return f"{n} {pl if num == 'pl' else sg}"


def _date_phrase(rng: random.Random, d: date) -> str:
    r = rng.random()
    if r < 0.4:
        return f"{rng.choice(TIMES)} {d.day} {MONTHS[d.month - 1]}"
    if r < 0.7:
        return f"on {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if r < 0.85:
        return f"on {WEEKDAYS[d.weekday()]}"
    return rng.choice(["last week", "two days ago", "yesterday", "earlier this month", f"in {MONTHS[d.month - 1]}"])


def _distance(rng: random.Random) -> str:
    return rng.choice([
        "the 1,344-kilometre border", "the 1,357-km frontier", "nearly 850 miles of border",
        f"about {rng.randint(2, 40)} kilometres from the border", f"{rng.randint(1, 30)} km north of the Panj river",
        "the roughly 1,400 km Tajik-Afghan border", f"some {rng.randint(3, 90)} miles east of the river",
        "a 1,300-kilometer stretch of the frontier",
    ])


def _article(rng: random.Random, places: list[Place], idx: int) -> str:
    pub = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 365 * 7 + 300))
    event = pub - timedelta(days=rng.choice([0, 1, 1, 2, 3, 6]))
    place = rng.choice(places)
    other = rng.choice(places)
    region_word = f"{place.region} province" if place.country == "AF" else f"the {place.region} region"
    outlet, url = rng.choice(OUTLETS)
    src = rng.choice(SOURCES)
    src2 = rng.choice(SOURCES)
    killed = _victims(rng)
    wounded = _victims(rng)
    weapon = rng.choice(WEAPONS)
    actor = rng.choice(ACTORS)
    when = _date_phrase(rng, event)
    title = rng.choice([
        f"{_cap(killed)} killed near {place.name}",
        f"Clash on Tajik-Afghan border in {place.region}",
        f"Attack from Afghanistan kills {killed} in {place.name}",
        f"{place.region}: shooting at border post",
        f"Tajikistan says {actor} crossed the Panj river",
    ])

    paras: list[str] = []
    lead = rng.choice([
        f"{_cap(killed)} were killed and {wounded} wounded {when} when {actor} opened fire with {weapon} "
        f"near {place.name} in {region_word}, {src} said.",
        f"{_cap(actor)} attacked a post near {place.name}, {region_word}, {when}, killing {killed} and "
        f"injuring {wounded}, according to {src}.",
        f"At least {rng.randint(2, 9)} people died {when} in a shootout near the village of {place.name}, "
        f"{src} reported, adding that {wounded} were taken to hospital in {other.name}.",
        f"{_cap(src)} said {killed} had been killed {when} after {actor} crossed from Afghanistan near "
        f"{place.name}.",
    ])
    if rng.random() < 0.3:
        lead = f"{place.name.upper()}, {place.region} ({outlet}) — " + lead
    paras.append(lead)
    pool = [
        f"The attack happened along {_distance(rng)}, where the Panj river separates Tajikistan from Afghanistan.",
        f"\"We heard shooting for about {rng.randint(2, 5)} hours,\" a resident of {other.name} told {outlet}. "
        f"\"Then {rng.choice(NUMBER_WORDS)} bodies were brought to the district hospital.\"",
        f"{_cap(src2)} said {_victims(rng)} had been detained and {_victims(rng)} were missing.",
        f"According to {src2}, {wounded} were injured in the exchange of fire {_date_phrase(rng, event)}.",
        f"The ministry denied the report, calling it fabricated, and said no {rng.choice(VICTIMS)[0]} had been "
        f"harmed {when}.",
        f"{_cap(src)} rejected the claims as \"baseless\" and said the situation in {other.name} was calm.",
        f"The Taliban said {rng.choice(['one', 'two', 'three'])} of its fighters died and accused the Tajik side of "
        f"firing first, a claim Dushanbe denies.",
        f"A previous incident on {MONTHS[rng.randrange(12)]} {rng.randint(1, 28)} left "
        f"{rng.choice(NUMBER_WORDS)} people dead in {rng.choice(places).name}.",
        f"{other.region} has a population of about {rng.randint(2, 30) * 100_000:,} people, and some "
        f"{rng.randint(1, 9)} million live along the border.",
        f"Security was tightened across {_distance(rng)} after the incident {_date_phrase(rng, event)}.",
        "Reuters could not independently verify the report.",
        f"{outlet} reported on {WEEKDAYS[pub.weekday()]} that {actor} used {rng.choice(WEAPONS)} in the assault.",
    ]
    rng.shuffle(pool)
    paras += pool[: rng.randint(4, 7)]
    filler = [
        "Tajikistan shares a long and porous border with Afghanistan, much of it running through steep mountains "
        "and along the fast-flowing Panj river. Drug trafficking and smuggling have long been a concern for both "
        "governments, and international donors have funded new border posts and training for guards.",
        "Since the Taliban returned to power in August 2021, relations between Dushanbe and Kabul have been "
        "strained, although trade through the Panji Poyon crossing has continued and officials from both sides "
        "have met several times to discuss water, electricity and security along the frontier.",
        "Russia keeps its largest foreign military base in Tajikistan, and the Collective Security Treaty "
        "Organization has repeatedly held exercises near the border. Analysts say the region's economy depends "
        "heavily on remittances from migrant workers abroad.",
        "Chinese companies operate several gold mines in the border districts, and Beijing has urged both "
        "governments to guarantee the safety of its citizens working in the area.",
        "Local journalists say access to the area is restricted and information often comes only from official "
        "statements, which are difficult to verify independently.",
        "The United Nations has warned that poverty and drought on both banks of the river leave young men open "
        "to recruitment by armed groups, while aid agencies report growing needs in remote mountain villages.",
        "Tajik authorities periodically close the bridges and markets on the frontier during security "
        "operations, cutting off traders who depend on the weekly cross-border bazaars in the Pamirs.",
        "The border was largely guarded by Russian troops until 2005, when Tajikistan took over full "
        "responsibility; the country has since relied on foreign assistance to equip its border service.",
    ]
    html = [
        "<p>Follow us on Telegram for the latest news.</p>",
        "&nbsp;&nbsp;Share this article:&nbsp;Facebook | Twitter | WhatsApp",
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>",
        "<div class=\"related\"><a href=\"/news/\">Related: Border tensions rise</a></div>",
        "Read more: <a href='https://example.org/tj'>Tajikistan</a> &amp; Afghanistan",
    ]
    body_len = sum(len(p) for p in paras)
    rng.shuffle(filler)
    k = 0
    while body_len < TARGET_BYTES - 400:
        f = filler[k % len(filler)]
        k += 1
        paras.insert(rng.randint(1, len(paras)), f)
        body_len += len(f)
    if rng.random() < 0.5:
        paras.insert(rng.randint(1, len(paras)), rng.choice(html))
    if rng.random() < 0.3:
        paras.append(rng.choice(html))
    sep = "\n\n" if rng.random() < 0.7 else "\n"
    body = sep.join(paras) + "\n"
    if rng.random() < 0.08:  # no header at all: the whole file is the body, dated by its dateline
        dateline = rng.choice([
            f"{place.name.upper()}, {MONTHS[pub.month - 1][:3]} {pub.day} ({outlet}) - ",
            f"DUSHANBE, {MONTHS[pub.month - 1]} {pub.day}, {pub.year} ({outlet}) — ",
            f"KABUL, {pub.day} {MONTHS[pub.month - 1]} {pub.year} / {outlet} / ",
        ])
        return dateline + body.lstrip(" ") if not body[:1].isupper() or "(" not in body[:80] else body
    published = pub.isoformat() if rng.random() < 0.95 else "unknown"
    slug = f"{idx:06d}-{place.name.lower().replace(' ', '-')}"
    return f"url: {url}{slug}\noutlet: {outlet}\npublished: {published}\ntitle: {title}\n---\n{body}"


def generate(n: int, outdir: Path, seed: int = 0) -> int:
    """Write ``n`` articles under ``outdir``; return the total bytes written."""
    rng = random.Random(seed)
    places = load_places()
    total = 0
    for i in range(n):
        shard = outdir / f"{i // PER_SHARD:04d}"
        if i % PER_SHARD == 0:
            shard.mkdir(parents=True, exist_ok=True)
        data = _article(rng, places, i).encode("utf-8")
        (shard / f"{i:07d}.txt").write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    total = generate(args.n, args.outdir, args.seed)
    dt = time.perf_counter() - t0
    print(f"wrote {args.n} articles ({total / max(args.n, 1):.0f} bytes each on average) to {args.outdir} "
          f"in {dt:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
