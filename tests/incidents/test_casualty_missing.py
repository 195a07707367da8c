"""Missing persons: an inventory of the ways news copy reports people missing (counts in words and digits),
and phrases with "missing"/"search" that count no missing people. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import cas

POS = [
("Two fishermen went missing on the Panj river on Tuesday.", [2]),
("Three people remain unaccounted for after the boat capsized.", [3]),
("The whereabouts of four shepherds are unknown.", [4]),
("A fifth man is still missing, police said.", [1]),
("Four bodies were recovered; one has not been found.", [1]),
("Three children were swept away and have not been found.", [3]),
("The search continues for three villagers after the mudslide.", [3]),
("No trace has been found of the two boys.", [2]),
("Five men are listed as missing.", [5]),
("A border guard was reported missing after the clash.", [1]),
("Rescuers are looking for two missing fishermen.", [2]),
("Missing: 2", [2]),
("Two people went missing after the flood in Vanj.", [2]),
("Seven residents are missing following the avalanche.", [7]),
("At least four people are still missing.", [4]),
("Officials said 3 people were missing.", [3]),
("One soldier remains missing.", [1]),
("Two guards have been missing since Friday.", [2]),
("A teenager went missing on Sunday and was found alive two days later.", [1]),
("Nine miners remain unaccounted for.", [9]),
("The whereabouts of the three detainees remain unknown.", [3]),
("Two fishermen disappeared near the border post.", [2]),
("Six people are feared drowned after the boat overturned.", [6]),
("The fate of two shepherds is unknown.", [2]),
("A third man is still unaccounted for.", [1]),
("Rescuers are searching for five people swept away by the river.", [5]),
("Divers are still searching for two children.", [2]),
("Several people were reported missing.", [None]),
("Dozens of people are missing after the mudflow.", [None]),
("Two smugglers fled and two others went missing.", [2]),
("No one is missing, the ministry said.", [0]),
("Three border guards are missing in action.", [3]),
("Two people have not been found.", [2]),
("Two remain missing.", [2]),
("Another man is missing.", [1]),
("Relatives reported two men missing on Monday.", [2]),
("The ministry listed 4 soldiers as missing.", [4]),
("Searches are under way for two missing boys.", [2]),
("Two people are missing and presumed dead.", [2]),
("The bodies of two victims were recovered, while three others are still missing.", [3]),
("Eleven people were missing as of Wednesday evening.", [11]),
("The two missing men were last seen near the river.", [2]),
("Three hikers have not been heard from since Sunday.", [3]),
("A young woman has been missing for a week.", [1]),
("Two fishermen vanished on the Panj.", [2]),
("More than 10 people remain missing.", [10]),
("Up to six people may be missing.", [6]),
("Two crew members are still unaccounted for.", [2]),
("Contact was lost with two border guards.", [2]),
("Four people were declared missing.", [4]),
("About 20 people are missing.", [20]),
("Two teenagers who went missing on Friday were found alive.", [2]),
("Search operations for the two missing fishermen continue.", [2]),
("A search is under way for two men who were swept into the river.", [2]),
("Emergency workers are searching for three people buried by the avalanche.", [3]),
("Three people were swept away; their fate is unknown.", [3]),
("Two people are still being searched for.", [2]),
("Rescuers have yet to find two children.", [2]),
("One child has yet to be found.", [1]),
]
NEG = [
    "Divers searched for three hours in the river.",
    "Police are searching for the other two.",
"Guards seized missing documents from the smugglers.",
"A missing helicopter was located on Tuesday.",
"Two soldiers missed the bus to the post.",
"Two were found alive on the riverbank.",
"Farmers fear missing out on the harvest.",
"This was the missing link in the investigation.",
"Two shots missed their target.",
"The report is missing two pages.",
"Three trucks went missing from the depot.",
"The team searched for three days.",
"Police are searching for two suspects who fled.",
"Two missing rifles were recovered.",
"He was missing his family, he said.",
"The body of the missing shepherd was recovered.",
"Rescuers found two men alive.",
"The missing cargo was never found.",
]
# README conventions: a person reported missing and later found alive is still a missing claim;
# "the missing man was found dead" is a death (killed), not a missing figure.
POS += [
    ("Four bodies were pulled from the water; the search continues for the remaining two.", [2]),
    ("The other three have never been found, the district said.", [3]),
    ("About a dozen miners are believed trapped underground.", [12]),
    ("Rescuers in the gorge searched for three.", [3]),
    ("The two missing fishermen were found alive on Thursday.", [2]),
    ("The missing man was found dead on Monday.", []),
]


def _missing(sentence: str) -> list[float | None]:
    return [v for k, _, v in cas(sentence) if k == "missing"]


@pytest.mark.parametrize(("sentence", "expected"), POS)
def test_missing_figures(sentence, expected):
    assert sorted(_missing(sentence), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("sentence", NEG)
def test_no_missing_figure(sentence):
    assert _missing(sentence) == []
