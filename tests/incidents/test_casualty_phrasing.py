"""Casualty phrasings found while scoring the dev sets, each on a sentence written for this test.

Every case here is a phrasing pattern (a count far from its verb, a range, a partitive, a zero with an
unusual subject) rather than the text of an evaluation article, so a rule that passes them is general.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import claims_of, header, kind

PUB = header("2024-06-14")


def figures(text: str) -> list[tuple[str, object, str]]:
    return sorted(((c["kind"], c["value"], c["qualifier"])
                   for c in kind(claims_of(PUB + text), "killed", "injured", "missing", "detained")), key=str)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ranges: the lower bound, qualifier at_least (the upper bound is kept in "high")
        ("Residents said between two and four herders were killed.", [("killed", 2, "at_least")]),
        ("Four to six policemen were wounded in the ambush.", [("injured", 4, "at_least")]),
        # ages are not counts, also as ranges and "a boy of about ten"
        ("Three pupils aged between 9 and 12 were injured by the shell.", [("injured", 3, "exact")]),
        ("Villagers said a girl of about nine died in the blast.", [("killed", 1, "exact")]),
        # partitives of the wounded who then died
        ("Three of the injured later died in hospital.", [("killed", 3, "exact")]),
        ("One of the wounded succumbed overnight.", [("killed", 1, "exact")]),
        ("One guard was wounded and later died of his wounds.", [("injured", 1, "exact"), ("killed", 1, "exact")]),
        # a toll verb far from the word "toll"
        ("The toll among the drivers caught in Monday's shelling near the bridge has risen to seven.",
         [("killed", 7, "exact")]),
        # counts with "and" joining two noun phrases under one verb
        ("Officials said five of its policemen and two gunmen were killed.",
         [("killed", 2, "exact"), ("killed", 5, "exact")]),
        # left verbs and nouns: lost, eliminated, the body of, the detention of
        ("The commander admitted his unit had lost four soldiers.", [("killed", 4, "exact")]),
        ("The army lost two outposts in the fighting.", []),
        ("Two members of the gang were eliminated during the operation.", [("killed", 2, "exact")]),
        ("Divers found the body of one boatman near the bridge.", [("killed", 1, "exact")]),
        ("Police announced the detention of dozens of traders.", [("detained", None, "unspecified")]),
        # ordinals after "a": one more person
        ("Two couriers were shot dead and a third was arrested.", [("killed", 2, "exact"), ("detained", 1, "exact")]),
        # zeros with other subjects
        ("None of the passengers was hurt.", [("injured", 0, "exact")]),
        ("An official said no local residents had died.", [("killed", 0, "exact")]),
        ("No policemen were wounded.", [("injured", 0, "exact")]),
        # sub-groups and breakdowns inherit the kind
        ("The shell left six people wounded, including a nine-year-old girl.",
         [("injured", 1, "exact"), ("injured", 6, "exact")]),
        ("The raid had a death toll of 5: three gunmen and two policemen.",
         [("killed", 2, "exact"), ("killed", 3, "exact"), ("killed", 5, "exact")]),
        # a person noun after a place phrase is still the counted group
        ("Two herders from the village of Sarob have been missing since Sunday.", [("missing", 2, "exact")]),
        # an apposition renames the counted person
        ("One driver, a resident of the district centre, was killed.", [("killed", 1, "exact")]),
        # not counts
        ("Several of the detained men's relatives protested outside the court.", []),
        ("A police spokesman said on Monday that the gang had captured the warehouse.", []),
    ],
)
def test_casualty_phrasing(sentence: str, expected: list) -> None:
    assert figures(sentence) == sorted(expected, key=str)


def test_range_keeps_both_bounds() -> None:
    (c,) = kind(claims_of(PUB + "Witnesses said three to five guards were killed."), "killed")
    assert (c["value"], c["low"], c["high"], c["qualifier"]) == (3, 3, 5, "at_least")


def test_year_after_a_preposition_is_not_a_count() -> None:
    text = ("One worker, a citizen of Tajikistan born in 1987, was killed on Monday, and 12 guards serving "
            "since 2021 were wounded in the attack.")
    assert sorted(f[:2] for f in figures(text)) == [("injured", 12), ("killed", 1)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # sub-groups after a claim: "N of them …", a bracket, "among them" after a longer clause
        ("Nine herders were hurt, four of them badly, the clinic said.",
         [("injured", 4, "exact"), ("injured", 9, "exact")]),
        ("Officials counted 4 dead and 6 injured (two children) after the shelling.",
         [("injured", 2, "exact"), ("injured", 6, "exact"), ("killed", 4, "exact")]),
        ("Eight deaths were registered in the valley by Friday, among them three drivers.",
         [("killed", 3, "exact"), ("killed", 8, "exact")]),
        # "the dead/wounded included …"
        ("The dead included an elderly shepherd and his nephew.", [("killed", 1, "exact")]),
        ("Doctors said the wounded included three policemen.", [("injured", 3, "exact")]),
        # a sub-group before its group: "N <people> among M killed"
        ("Three children among seven killed in mortar strike", [("killed", 3, "exact"), ("killed", 7, "exact")]),
        # an elided verb: "… died and N more …"
        ("Two drivers died on the bridge and one more on the way to the clinic.",
         [("killed", 1, "exact"), ("killed", 2, "exact")]),
        # a restated count: "put the number at N" takes the previous claim's kind
        ("The ministry said nine guards were injured; villagers put the figure at fifteen.",
         [("injured", 15, "exact"), ("injured", 9, "exact")]),
        # an official numeral repeated in words is one figure; "half a dozen" is six
        ("During the raid 3 (three) smugglers were detained.", [("detained", 3, "exact")]),
        ("Half a dozen conscripts were wounded in the blast.", [("injured", 6, "exact")]),
        ("One (1) soldier received a gunshot wound in the leg.", [("injured", 1, "exact")]),
        # not claims: counterfactuals, modal questions, a person of the group
        ("Had the shell landed on the school, it would have killed dozens of pupils.", []),
        ("Officials said hundreds could have been killed if the dam had burst.", []),
        ("Could the blast have killed more people if it had gone off at noon?", []),
        ("Reporters spoke to the brother of one of the dead on Tuesday.", []),
    ],
)
def test_casualty_phrasing_set_d(sentence: str, expected: list) -> None:
    assert figures(sentence) == sorted(expected, key=str)
