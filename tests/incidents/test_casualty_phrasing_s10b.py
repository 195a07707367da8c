"""Casualty phrasings of session 10, second round: a member of a group already counted as wounded, referred back
to ("another", "the other", a bare "one", "the younger one", "the <noun>", "one of the wounded", "The wounded,
both …") and described by a state ("remains in intensive care", "is being treated", "has shrapnel wounds",
"underwent surgery") is no new figure; new figures stay ("another two were injured", "a third guard was wounded",
"another sustained injuries" after a death, "the second received a wound" after "One soldier was wounded", and a
state told of someone when no wound was told before). "four injured, one of them a 10-year-old boy" counts the
one, not the "a" that describes it. Sentences written for this file."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


@pytest.mark.parametrize("text, expected", [
    ("Three herders were wounded by a mine near Shurobod on Friday. One of the herders died overnight, and another "
     "remains in intensive care.", {("injured", 3): 1, ("killed", 1): 1}),
    ("Two guards were hurt at the post on Monday. The wounded, both conscripts from Vahdat, were being treated in "
     "Khorog hospital.", {("injured", 2): 1}),
    ("Two guards were hurt at the post on Monday. \"One has shrapnel wounds to the arm, the other to the head,\" a "
     "nurse said.", {("injured", 2): 1}),
    ("Two boys were hurt by a shell near Kevron. The younger one suffered shrapnel wounds and was treated at the "
     "local clinic.", {("injured", 2): 1}),
    ("A soldier was wounded in a firefight near Ishkoshim.\n\nThe soldier, a recruit from Khorog, is being treated "
     "in the district hospital.", {("injured", 1): 1}),
    ("Two boys were hurt by a shell near Kevron, one of them remains in intensive care.", {("injured", 2): 1}),
    ("Five police were injured in the raid. One of the wounded policemen underwent surgery on Friday.",
     {("injured", 5): 1}),
])
def test_described_member_is_no_new_figure(text, expected):
    assert figures(text) == Counter(expected)


@pytest.mark.parametrize("text, expected", [
    ("Two men were wounded. Another two were injured later.", {("injured", 2): 2}),
    ("Two guards were wounded. A third guard was wounded later.", {("injured", 2): 1, ("injured", 1): 1}),
    ("Two guards were wounded. Another was injured on Sunday.", {("injured", 2): 1, ("injured", 1): 1}),
    ("Two guards were wounded on Friday. On Sunday one guard died and another sustained injuries in a new attack.",
     {("injured", 2): 1, ("killed", 1): 1, ("injured", 1): 1}),
    ("Two guards were wounded on Friday. One guard was hit in the arm, the second received a shrapnel wound to "
     "the hip.", {("injured", 2): 1, ("injured", 1): 2}),
    ("A shell hit a house in Kevron. The farmer, a father of five, is being treated in the district hospital.",
     {("injured", 1): 1}),
    ("Five police were injured in the raid. One of the wounded died on Friday.", {("injured", 5): 1, ("killed", 1): 1}),
])
def test_new_figures_stay(text, expected):
    assert figures(text) == Counter(expected)


def test_one_of_them_described_by_an_article():
    text = "Officials said one man was killed and four injured, one of them a 10-year-old boy, in Vanj."
    assert figures(text) == Counter({("killed", 1): 1, ("injured", 4): 1, ("injured", 1): 1})


@pytest.mark.parametrize("text, expected", [
    ("UPDATE 3-Four Tajik soldiers killed in clash on Vanj border post", {("killed", 4): 1}),
    ("URGENT-Three smugglers detained near Panj", {("detained", 3): 1}),
    ("A well-known 2-three split in the council", {}),
])
def test_wire_update_prefix(text, expected):
    assert figures(text) == Counter(expected)
