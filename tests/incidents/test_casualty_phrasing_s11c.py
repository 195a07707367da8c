"""Casualty phrasing (session 11, third round: newspaper and Afghan-side English): "the wounded were three
soldiers" (inverted order after "the"), "no civilian lost his life" and "no wounded had been brought in"
(zeros), "brought in … with burns" (the wound tells the hospital), "bruised", "cut by shrapnel". Each rule
has negatives. Sentences written for this file."""

from __future__ import annotations

from collections import Counter

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def test_the_group_were_figure():
    assert figures("The doctor said the wounded were three soldiers and a boy.") \
        == Counter({("injured", 3): 1, ("injured", 1): 1})
    assert figures("According to the clinic, the injured are two guards and a driver.") \
        == Counter({("injured", 2): 1, ("injured", 1): 1})
    assert figures("An elder said the dead were two children from the village.") \
        == Counter({("killed", 2): 1})


def test_the_group_were_without_figure():
    assert figures("The dead were taken to Kulob.") == Counter()
    assert figures("The wounded were flown to Dushanbe in two helicopters.") == Counter()


def test_no_one_lost_his_life():
    assert figures("Officials insisted that no civilian lost his life in the shelling.") == Counter({("killed", 0): 1})
    assert figures("No Tajik has lost his life in Vanj this month, the spokesman said.") == Counter({("killed", 0): 1})
    assert figures("No border guards had lost their lives, he added.") == Counter({("killed", 0): 1})


def test_no_wounded_brought_in():
    assert figures("A nurse said no wounded had been brought in overnight.") == Counter({("injured", 0): 1})
    assert figures("No injured people were admitted to the district hospital.") == Counter({("injured", 0): 1})


def test_brought_in_with_wounds():
    assert figures("Staff said a THIRD conscript was brought in on Monday with burns.") == Counter({("injured", 1): 1})
    assert figures("Two more villagers were brought in with gunshot wounds.") == Counter({("injured", 2): 1})


def test_brought_in_without_wounds():
    assert figures("Two suspects were brought in for questioning.") == Counter()
    assert figures("Extra troops were brought in with armoured vehicles.") == Counter()
    assert figures("At the clinic in Vanj, two of the men brought in on Monday died overnight.") \
        == Counter({("killed", 2): 1})


def test_bruised_and_cut_by_shrapnel():
    assert figures("The prosecutor said a second officer had been bruised in the scuffle.") \
        == Counter({("injured", 1): 1})
    assert figures("Three villagers were cut by flying glass.") == Counter({("injured", 3): 1})
    assert figures("Prices were cut by two thirds.") == Counter()


def test_held_in_present_and_headline():
    assert figures("Nine of our nationals are held in Kulob, the consul said.") == Counter({("detained", 9): 1})
    assert figures("Three Tajik fishermen held in Kunduz") == Counter({("detained", 3): 1})
    assert figures("Five Afghans held near Shurobod") == Counter({("detained", 5): 1})


def test_held_not_custody():
    assert figures("Two meetings are held in Kulob each month.") == Counter()
    assert figures("Two elders are held in great esteem in the valley.") == Counter()
    assert figures("Two women held in their arms the bodies of the dead.") == Counter()
