"""People already counted and referred back to (session 11): the whole group again with where they are now or
where they were taken, the dead named again, a severity subset 'with severe burns', a definite 'the missing man',
and a source or document in the anchor's place. Real figures stay. Sentences written for this file."""

from __future__ import annotations

from collections import Counter

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def test_both_wounded_in_condition_is_referral():
    assert figures("Two customs officers were wounded by gunfire near Vose on Monday. Both wounded officers are "
                   "in a serious condition at the hospital in Kulob.") == Counter({("injured", 2): 1})


def test_the_n_being_treated_is_referral():
    assert figures("Four herders were injured when a shell hit their camp. The four were being treated at the "
                   "district hospital in Darvoz.") == Counter({("injured", 4): 1})


def test_both_taken_to_hospital_is_referral():
    assert figures("A mine wounded two boys near Ishkoshim. Both boys were taken to the provincial hospital in "
                   "Khorugh.") == Counter({("injured", 2): 1})


def test_subset_flown_is_referral_but_breakdown_stays():
    assert figures("Shelling wounded five villagers in Panj. Three of the wounded were flown to Dushanbe on "
                   "Tuesday.") == Counter({("injured", 5): 1})
    assert figures("Three soldiers were wounded. Two of the injured were Afghan citizens.") \
        == Counter({("injured", 3): 1, ("injured", 2): 1})


def test_transfer_without_earlier_figure_stays():
    assert figures("Two men were taken to hospital in Kulob after the blast.") == Counter({("injured", 2): 1})


def test_dead_named_again():
    assert figures("Two fishermen were killed on the river. Both of the dead were from the same village.") \
        == Counter({("killed", 2): 1})
    assert figures("Three traders were shot dead at the market. The three men died on the spot.") \
        == Counter({("killed", 3): 1})
    assert figures("Two fishermen were killed on the river. Two of the dead were from Shuroobod.") \
        == Counter({("killed", 2): 2})


def test_both_died_without_earlier_death_stays():
    assert figures("Two traders were shot. Both men died at the scene.") == Counter({("killed", 2): 1})


def test_severity_with_wounds_is_subset():
    assert figures("Five guards were injured in the attack, one of them with severe burns.") \
        == Counter({("injured", 5): 1})


def test_missing_man_referred_back():
    assert figures("Three men were swept away by the river; one is missing. The missing man, a 35-year-old "
                   "fisherman, is feared to have drowned.")[("missing", 1)] == 1


def test_sources_and_documents_are_not_casualties():
    assert figures("The attack killed four civilians, a local official told reporters. A provincial official "
                   "confirmed the deaths.") == Counter({("killed", 4): 1})
    assert figures("Officials should publish one agreed register of the dead.") == Counter()
    assert figures("A woman heard from a relative that her brother was among the dead.") == Counter()
    assert figures("The spokesman said two officials were killed in the blast.") == Counter({("killed", 2): 1})
    assert figures("A customs officer was among the dead.") == Counter({("killed", 1): 1})
