"""Anchors that are no new figure (session 11c): a member described by a lost limb ("One lost an eye"), a
definite person hit "in the shoulder" after a wound was told, an age after "both", the group a member is taken
from ("One of the three, Karim, …"), "he is one of the dead", an apposition to "the younger", "the dead were …"
without a count, and a relative or source of a casualty. Real figures stay. Sentences written for this file."""

from __future__ import annotations

from collections import Counter

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def spans(text: str) -> list[tuple[str, object, str]]:
    return sorted((c["kind"], c["value"], text[c["start"]:c["end"]]) for c in claims_of(text) if c["kind"] in KINDS)


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def test_member_lost_an_eye_is_no_new_figure():
    out = spans("A drone strike killed a conscript near Vanj. His two friends were wounded and rushed to Khorugh. "
                "One lost an eye.")
    assert not any(s.startswith("One") for _, _, s in out)


def test_age_after_both_is_no_figure():
    out = spans("A mine exploded near Shahritus. His two friends, both 20, were rushed to hospital with wounds.")
    assert all(v != 20 for _, v, _ in out)


def test_group_a_member_is_taken_from_is_no_figure():
    assert ("killed", 3) not in figures("Three men crossed the river with drugs. One of the three, Karim, was shot "
                                        "dead when he fired on guards.")


def test_part_of_a_total_stays():
    assert ("killed", 40) in figures("Guards counted the losses: 12 of the 40 deaths recorded this year occurred "
                                     "in Panj district.")


def test_copula_member_of_counted_group_is_no_figure():
    assert figures("Five guards were killed in the clash. \"They tell me he is one of the dead,\" his wife said.") \
        == Counter({("killed", 5): 1})


def test_apposition_to_the_younger_is_no_figure():
    assert figures("A shell wounded two children in Darvoz. The elder, a girl of eleven, lost a foot.") \
        == Counter({("injured", 2): 1})


def test_the_dead_were_without_count_is_no_figure():
    out = spans("An elder said the dead were his brother's sons, and police confirmed it.")
    assert not any(s.lower().startswith("the dead were") for _, _, s in out)


def test_relative_of_the_dead_is_no_casualty():
    assert ("killed", 1) not in figures("Two men were shot near Sher Khan. A cousin of the dead man said guards "
                                        "fired first.")


def test_source_whose_son_was_detained_is_no_figure():
    assert figures("Police detained eight traders. Another woman, whose husband was detained, said they were poor.") \
        == Counter({("detained", 8): 1})


def test_definite_person_hit_after_earlier_wound_is_referral():
    assert figures("Two fishermen were shot dead and a third was wounded. The neighbour, a 50-year-old teacher, "
                   "was hit in the leg and taken to hospital.") == Counter({("killed", 2): 1, ("injured", 1): 1})


def test_new_figures_stay():
    assert ("injured", 1) in figures("One soldier was killed. Another was wounded in the leg on Sunday.")
    assert ("killed", 4) in figures("Officials said the dead included four shepherds from Kevron.")
