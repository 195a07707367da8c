"""Attribution phrasings found while scoring eval set R, on sentences written for this test.

Present-tense and record verbs ("Radio Ozodi reports", "the study records the following", "the prosecutor's office
recorded 9 deaths"), subjects behind a longer aside ("Officials in Vanj, across the valley, have denied", "X, whose
daughter, aged 30, …, told me", "Farmers, with whom …, said", "The mother of X, one of …, told"), a place of a
place ("the authorities in Shughnon district of Badakhshan"), "put the number of wounded porters at", "the charge
sheet gives two", a passive "were confirmed … by X, who said" (one speaker), notices ("has since been deleted",
"the headline … has been changed"), "Our report also said" (a noun, not "report"), "citing" inside a retraction,
a pronoun after an inverted or aside speaker, and the negatives next to them.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import att, claims_of, kind


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        ("08:30 - Regional radio reports that one porter was hurt.", "radio reports", "report"),
        ("State TV says two guards drowned in the Vakhsh.", "State TV says", "report"),
        ("Based on 20 interviews, the review records the following: 11 people held.", "the review records", "report"),
        ("Last year the provincial prosecutor's office recorded 9 deaths among smugglers.", "office recorded",
         "official_statement"),
        ("Officials in Vanj, across the valley, have denied that any shot was fired.", "denied", "denial"),
        ("The Taliban authorities in Shughnon district of Badakhshan said three men were held.", "said",
         "official_statement"),
        ("Farmers, with whom our reporter spoke at the market, said two cows were killed.", "said", "report"),
        ("The mother of Private Karim Saidov, one of the two soldiers wounded, told us he is recovering.", "told",
         "report"),
        ("Gulnora Rahimova, whose daughter, aged 30, was among the injured, told me the bus was full.", "told", "report"),
        ("A week later, the district police had put the number of wounded porters at six.", "police had put",
         "official_statement"),
        ("The army said five; the bulletin gives two.", "the bulletin gives", "report"),
        ("The tribunal first said four; the indictment gives three.", "the indictment gives", "official_statement"),
        ("Local traders put the dead at five.", "traders put", "report"),
        ("The toll was confirmed on Friday by a spokesman for the district police.", "confirmed", "official_statement"),
        ("Two days earlier Afghan guards reported shooting near Ai Khanum.", "Afghan guards reported", "official_statement"),
        ("In total, according to the data of the regional mine commission, three people died.",
         "according to the data of the regional mine commission", "official_statement"),
        ("The claim came from a social-media video, which has since been deleted.", "has since been deleted", "retraction"),
        ('The title of the earlier story, "Five dead at Panj", has been changed.', "has been changed", "retraction"),
    ],
)
def test_cue_r(sentence: str, cue: str, stance: str) -> None:
    found = att(sentence)
    assert any(cue in c and st == stance for c, _, st in found), found


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # "recorded"/"records" for others than the writer only with a casualty figure or a list, and official
        ("The weather station recorded 12 floods in May.", "recorded"),
        ("The band recorded three albums in Dushanbe.", "recorded"),
        ("Since 2021 the charity has recorded 40 casualties in the district.", "recorded"),
        ("The archive records the names of the villages.", "records"),
        # a plain verb never has its subject after it
        ("Officials in Kunduz reject the claim and say Tajik forces crossed first.", "say"),
        # "put … at" a place, not a figure
        ("The farmers put the wounded cow at the back of the barn door.", "put"),
        # "gives" with a figure only at the end of the clause
        ("The clinic gives three meals a day.", "gives"),
        # "has been changed" of no publication; "deleted" of no post or story
        ("The route of the patrol has been changed.", "changed"),
        ("The schedule has since been deleted from the calendar.", "deleted"),
    ],
)
def test_no_cue_r(sentence: str, word: str) -> None:
    found = att(sentence)
    assert [c for c, _, _ in found if word in c] == [], found


def test_our_report_is_a_noun_before_said() -> None:
    got = att('Our report also said that "dozens" of houses burned.')
    assert [c for c, _, _ in got] == ["Our report also said"], got
    # a plural subject before a bare "report" keeps it a verb
    assert [c for c, _, _ in att("Residents report two houses burned.")] == ["Residents report"]


def test_our_report_wrongly_is_a_retraction() -> None:
    text = ("Correction: the Panj shelling\n\nOur report said that nine people died in Panj.\n"
            "Our report wrongly linked the two clashes.\n")
    got = [(c["text"], c["stance"]) for c in kind(claims_of(text), "attribution")]
    assert ("Our report said", "retraction") in got, got


def test_citing_inside_a_retraction_is_the_cited_report() -> None:
    got = att("Correction: in our 09:40 post we wrote that four guards had died, citing villagers.")
    assert [(c, st) for c, _, st in got] == [("we wrote", "retraction"), ("citing villagers", "report")], got


def test_passive_confirmed_and_relative_said_count_once() -> None:
    got = att("The toll was confirmed on Friday by a spokesman for the district police, who said the men were armed.")
    assert [(c, src, st) for c, src, st in got] == [
        ("confirmed", "a spokesman for the district police", "official_statement")], got
    # a different speaker after "who" is a claim of its own
    got = att("The toll was confirmed by the police; villagers, who said the men were unarmed, disagreed.")
    assert len(got) == 2, got


def test_pronoun_after_an_inverted_or_aside_speaker() -> None:
    text = ('The ministry said the post was shelled.\n"My son sold bread at the bazaar," said Rustam Aliev, whose son '
            "was among the dead.\nHe said the body was returned on Friday.\n")
    got = [(c["text"], c["source"], c["stance"]) for c in kind(claims_of(text), "attribution")]
    assert got[-1] == ("He said", "Rustam Aliev", "report"), got
    text = ("The ministry said the post was shelled.\nSaodat Karimova, whose brother, aged 40, was wounded at the post, "
            'told me she heard the news on the radio.\n"I waited all night," she said.\n')
    got = [(c["text"], c["source"], c["stance"]) for c in kind(claims_of(text), "attribution")]
    assert got[-1] == ("she said", "Saodat Karimova", "report"), got
