"""Extraction on text written for these tests (not the seeds): casualties, dates, places, units, stances."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incidents.helpers import claims_of, header, kind

PUB = header("2024-06-14")


def figures(text: str) -> list[tuple[str, object, str]]:
    return [(c["kind"], c["value"], c["qualifier"]) for c in kind(claims_of(PUB + text), "killed", "injured",
                                                                     "missing", "detained")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two soldiers were killed and three wounded in the clash.", [("killed", 2, "exact"), ("injured", 3, "exact")]),
        ("The blast killed 4 border guards and injured 11 others.", [("killed", 4, "exact"), ("injured", 11, "exact")]),
        ("At least seven people died, officials said.", [("killed", 7, "at_least")]),
        ("More than a dozen villagers were hurt.", [("injured", 12, "more_than")]),
        ("Several civilians were injured.", [("injured", None, "unspecified")]),
        ("Dozens of smugglers were detained.", [("detained", None, "unspecified")]),
        ("One guard died and another was injured.", [("killed", 1, "exact"), ("injured", 1, "exact")]),
        ("A shepherd was killed by a landmine.", [("killed", 1, "exact")]),
        ("Nearly 20 fighters were captured.", [("detained", 20, "nearly")]),
        ("Three people remain missing after the raid.", [("missing", 3, "exact")]),
        ("No casualties were reported.", [("killed", 0, "exact"), ("injured", 0, "exact")]),
        ("The death toll rose to 9.", [("killed", 9, "exact")]),
        ("In the exchange, one intruder was killed and two were detained.",
         [("killed", 1, "exact"), ("detained", 2, "exact")]),
        ("No border guards were hurt.", [("injured", 0, "exact")]),
        ("Two guards and a civilian were killed.", [("killed", 2, "exact"), ("killed", 1, "exact")]),
        ("At least seven people, including three children, were killed.",
         [("killed", 7, "at_least"), ("killed", 3, "exact")]),
        ("A group of 12 militants crossed the river and two were killed.", [("killed", 2, "exact")]),
        ("The attack claimed the lives of two soldiers.", [("killed", 2, "exact")]),
        ("A Tajik border guard was killed and two others were wounded.",
         [("killed", 1, "exact"), ("injured", 2, "exact")]),
        ("A second guard was fatally wounded.", [("killed", 1, "exact")]),
        ("The clash killed one Tajik border guard and an Afghan fighter.",
         [("killed", 1, "exact"), ("killed", 1, "exact")]),
        ("Gunmen shot dead two smugglers.", [("killed", 2, "exact")]),
        ("Two guards were martyred.", [("killed", 2, "exact")]),
        ("Last summer at least 11 people drowned in the river.", [("killed", 11, "at_least")]),
    ],
)
def test_casualty_figures(sentence, expected):
    assert sorted(figures(sentence), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "sentence",
    ["Two attacks took place in three days.", "Three sheep were killed in the blast.",
     "The guard, 24, was killed instantly.", "Rashid, aged 19, was wounded.", "The 12 houses were damaged.", "Five drones were shot down.",
     "He served 20 years in the border troops."],
)
def test_numbers_that_are_not_casualties(sentence):
    assert figures(sentence) == []


def test_bounds_follow_qualifier():
    c = kind(claims_of(PUB + "At least 4 soldiers were killed."), "killed")[0]
    assert (c["low"], c["high"]) == (4, None)
    c = kind(claims_of(PUB + "Up to 6 workers were wounded."), "injured")[0]
    assert (c["low"], c["high"], c["qualifier"]) == (None, 6, "up_to")


def test_group_and_side():
    cs = kind(claims_of(PUB + "Gunmen killed three Tajik border guards and wounded two others."), "killed", "injured")
    assert cs[0]["group"] == "Tajik border guards" and cs[0]["side"] == "security_forces"
    assert cs[1]["side"] == "security_forces"  # "others" keeps the earlier group's side


@pytest.mark.parametrize(
    ("expr", "normalized", "normalized_end", "basis"),
    [
        ("on 9 June", "2024-06-09", "2024-06-09", "explicit"),
        ("on December 30", "2023-12-30", "2023-12-30", "explicit"),  # year-less, after publication → last year
        ("on Tuesday", "2024-06-11", "2024-06-11", "weekday"),  # 14 June 2024 is a Friday
        ("on Friday", "2024-06-14", "2024-06-14", "weekday"),
        ("last week", "2024-06-07", "2024-06-13", "relative"),
        ("in late May", "2024-05-21", "2024-05-31", "relative"),
        ("yesterday", "2024-06-13", "2024-06-13", "relative"),
        ("on 2023-11-02", "2023-11-02", "2023-11-02", "explicit"),
        ("in the past year", "2023-06-15", "2024-06-13", "relative"),
        ("since the start of the year", "2024-01-01", "2024-06-14", "relative"),
        ("last year", "2023-01-01", "2023-12-31", "relative"),
        ("since 2021", "2021-01-01", "2021-12-31", "year"),
    ],
)
def test_dates_normalised_against_publication(expr, normalized, normalized_end, basis):
    ds = kind(claims_of(PUB + f"A post near Panj was attacked {expr}."), "date")
    assert [(d["normalized"], d["normalized_end"], d["basis"]) for d in ds] == [(normalized, normalized_end, basis)]


def test_two_dates_in_one_phrase_give_two_claims_and_time_of_day():
    ds = kind(claims_of(PUB + "Attacks on the night of 3 and 5 June hit Farkhor."), "date")
    assert [d["normalized"] for d in ds] == ["2024-06-03", "2024-06-05"]
    ds = kind(claims_of(PUB + "Shots were fired overnight on Friday."), "date")
    assert ds[0]["time_of_day"] == "night"


def test_locations_with_precision_and_variants():
    text = PUB + ("Militants based in Afghanistan's Takhar province shelled a village in Jayhun district, "
                  "near Kulyab, in southern Tajikistan, close to the border.")
    locs = {c["text"]: c for c in kind(claims_of(text), "location")}
    assert locs["Takhar province"]["admin1_code"] == "AF-TAK" and locs["Takhar province"]["role"] == "origin"
    assert locs["Jayhun district"]["precision"] == "district" and locs["Jayhun district"]["admin1_code"] == "TJ-KT"
    assert locs["Kulyab"]["precision"] == "town" and locs["Kulyab"]["admin1_code"] == "TJ-KT"
    assert locs["southern Tajikistan"]["precision"] == "country" and locs["southern Tajikistan"]["admin1_code"] is None
    assert any(c["precision"] == "border" for c in locs.values())


def test_two_badakhshans_are_not_confused():
    text = PUB + "Fighters from Badakhshan province crossed into Gorno-Badakhshan near Khorog."
    locs = {c["text"]: c for c in kind(claims_of(text), "location")}
    assert locs["Badakhshan province"]["admin1_code"] == "AF-BDS"
    assert locs["Gorno-Badakhshan"]["admin1_code"] == "TJ-GB"
    assert locs["Khorog"]["admin1_code"] == "TJ-GB"


def test_origin_phrase():
    locs = kind(claims_of(PUB + "The mortar rounds were fired from Afghan territory."), "location")
    assert locs[0]["role"] == "origin" and locs[0]["country"] == "AF"


@pytest.mark.parametrize(
    ("phrase", "km", "qualifier", "measures"),
    [
        ("the 1,344-kilometre border with Afghanistan", 1344.0, "exact", "TJ-AF border"),
        ("its nearly 850-mile frontier with Afghanistan", 1367.9, "nearly", "TJ-AF border"),
        ("some 1,400 km of border with Afghanistan", 1400.0, "about", "TJ-AF border"),
        ("the 477-kilometer border with China", 477.0, "exact", "TJ-CN border"),
        ("a 30 km drive from the town", 30.0, "exact", None),
        ("the 1,344-km section of the state border with Afghanistan", 1344.0, "exact", "TJ-AF border"),
    ],
)
def test_distances_normalised_to_km(phrase, km, qualifier, measures):
    d = kind(claims_of(PUB + f"Patrols cover {phrase}."), "distance")[0]
    assert d["value_km"] == pytest.approx(km, abs=0.1)
    assert d["qualifier"] == qualifier and d["measures"] == measures


def test_population():
    p = kind(claims_of(PUB + "The country of about 10 million people imports grain."), "population")[0]
    assert p["value"] == 10_000_000 and p["qualifier"] == "about"


def test_population_of_a_town():
    p = kind(claims_of(PUB + "Wounded were taken to Kulob, a town of about 100,000 people."), "population")[0]
    assert p["value"] == 100_000


@pytest.mark.parametrize("sentence, expected", [
    ("Murghob district has a population of roughly 14,000.", [(14_000, "about")]),
    ("The population of Gorno-Badakhshan is some 226,000 people.", [(226_000, "about")]),
    ("Balkh has about 1.5 million inhabitants, the governor said.", [(1_500_000, "about")]),
    ("Nearly 40,000 people live in the valley below the pass.", [(40_000, "nearly")]),
    ("Vose, with some 180,000 residents, lies on the road south.", [(180_000, "about")]),
    ("Farkhor, a river port of 9,000 people, was shelled.", [(9_000, "exact")]),
    # people counted by what happened to them, a crowd, a small figure: no population
    ("Floods hit the region, with 12,000 people displaced by Monday.", []),
    ("A crowd of 5,000 people gathered in the square.", []),
    ("More than 3,000 people fled the district.", []),
    ("The village has 300 residents.", []),
])
def test_population_phrasings(sentence, expected):
    found = kind(claims_of(PUB + sentence), "population")
    assert [(p["value"], p["qualifier"]) for p in found] == expected


def test_a_bracketed_alternative_is_its_own_distance_of_the_same_border():
    found = kind(claims_of(PUB + "Tajikistan's 1,206-kilometre (749-mile) frontier with Afghanistan is hard to guard."),
                 "distance")
    assert [(d["text"], d["value_km"], d["measures"]) for d in found] == [
        ("1,206-kilometre", 1206.0, "TJ-AF border"), ("749-mile", 1205.4, "TJ-AF border")]


def test_distances_in_metres_are_kilometres_and_measure_no_border():
    d = kind(claims_of(PUB + "The shell landed roughly 250 metres from the school."), "distance")[0]
    assert (d["value_km"], d["qualifier"], d["measures"]) == (0.25, "about", None)


def test_weapons():
    ws = kind(claims_of(PUB + "They used a UAV, rocket-propelled grenades and small arms near a gold mine."), "weapon")
    assert [w["weapon"] for w in ws] == ["drone", "rpg", "small_arms"]


def test_attribution_and_stances():
    cs = claims_of(PUB + "According to the Pamir Herald, four guards were wounded. "
                         "The ministry categorically denied the report, calling it fabricated. "
                         "The agency said the story has been withdrawn.")
    injured = kind(cs, "injured")[0]
    assert injured["attribution"] == "the Pamir Herald" and injured["stance"] == "report"
    stances = [c["stance"] for c in kind(cs, "attribution")]
    assert "retraction" in stances
    sentences = {c["sentence"][:12]: c["stance"] for c in cs}
    assert sentences["The ministry"] == "denial"


def test_year_context_dates_a_year_less_wire():
    cs = claims_of("BOKHTAR, Aug 10 (Wire) - Two fishermen are missing. Nine people have died there since the "
                   "start of 2026.", reference=date(2024, 12, 1))
    assert kind(cs, "date")[0]["normalized"] == "2026-08-10"


def test_year_less_article_uses_reference():
    cs = claims_of("Two guards were killed on Monday in Vanj.", reference=date(2025, 12, 3))
    assert kind(cs, "date")[0]["normalized"] == "2025-12-01"


@pytest.mark.parametrize(
    ("sentence", "source", "stance"),
    [
        ("Two guards died, the State Committee for National Security (GKNB) said.",
         "the State Committee for National Security (GKNB)", "official_statement"),
        ("The shooting stopped after two hours, it added.", "it", "report"),
        ("\"Nobody tells them,\" said the boys' uncle.", "the boys' uncle", "report"),
        ("The attackers withdrew across the river, the statement said.", "the statement", "official_statement"),
        ("Reuters said its story has been withdrawn.", "Reuters", "retraction"),
    ],
)
def test_attribution_sources_and_stances(sentence, source, stance):
    [a] = kind(claims_of(PUB + sentence), "attribution")
    assert a["source"].lower().endswith(source.lower().removeprefix("the ")) and a["stance"] == stance
