"""Attribution phrasings found while scoring eval set P, on sentences written for this test.

Subjects the finder missed ("a relative of one of them", "Another channel, "X",", '"X" writes', "family members",
"local pages", "the paper", "The court rejected this argument", "the troops' own annual report, published …,"),
verbs read with a check of their object ("list(s) … as", "counts eleven", "mention nine", "our tracker has
logged"), figures without a verb ("The border troops' figure is four", "our own count"), unnamed reports
("unconfirmed reports of", "Reports that"), "according to "X"", a deleted post (a retraction), a local chief or
head (official), "we recorded" (the writer's count), and the negatives next to them.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import att, claims_of, kind


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        ("Both were teachers, a relative of one of them said.", "a relative of one of them said", "report"),
        ('Another outlet, "Pamir Today", reports four dead.', "reports", "report"),
        ('- Vanj: "River Watch" writes that two fishermen drowned.', '"River Watch" writes', "report"),
        ("Family members say the boy is safe.", "members say", "report"),
        ("In Shighnan, local pages report a girl hurt by a mine.", "pages report", "report"),
        ("In 2023 the paper counted 12 people wounded.", "the paper counted", "report"),
        ("The court rejected this argument.", "The court rejected", "denial"),
        ("The ministry's own annual report, issued in March, gives 30.", "gives", "official_statement"),
        ("The police list two men as missing.", "The police list", "official_statement"),
        ("Rights monitors list at least 9 deaths this year.", "monitors list", "report"),
        ("The district administration lists them as detained.", "administration lists", "official_statement"),
        ("Karim counts seven wounded.", "Karim counts", "report"),
        ("Official communiques mention four deaths.", "Official communiques mention", "official_statement"),
        ("Since June our tracker has logged 6 killed.", "our tracker has logged", "report"),
        ("The border guards' figure is three.", "figure", "official_statement"),
        ("The militia says two; our own count, from hospital records, is five.", "our own count", "report"),
        ("Our tally is 12 dead.", "Our tally", "report"),
        ("Kunduz: unconfirmed reports of ten fighters killed.", "reports", "report"),
        ("09:15 - Reports that two guards were hurt.", "Reports", "report"),
        ('Vose: according to "Sharq Today", four men were held.', 'according to "Sharq Today"', "report"),
        ("Two boys were hurt, according to the district chief.", "according to the district chief", "official_statement"),
        ("No one was hurt, according to the village head.", "according to the village head", "official_statement"),
        ("The channel claimed six dead; it has since deleted that post.", "deleted that post", "retraction"),
        ("One Kunduz news site put the toll on the Afghan side at 12.", "news site put", "report"),
        ("The committee once again warns that the border is closed.", "The committee once again warns",
         "official_statement"),
        ("Three porters were reported dead by the district hospital; residents said four.", "reported",
         "official_statement"),
        ("Our figures: 12 dead and 30 injured.", "Our figures", "report"),
    ],
)
def test_cue_p(sentence: str, cue: str, stance: str) -> None:
    found = att(sentence)
    assert any(cue in c and st == stance for c, _, st in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "A list of the dead was published on Monday.",
        "The shop lists prices in dollars.",
        "Every vote counts in the end.",
        "Officials mention the need for calm.",
        "The soldiers' count was slow.",
        "He would not comment on unconfirmed reports.",
        "Officials urged people not to spread unverified reports.",
        "Reports of a drone over the river circulated.",
        "Early reports of the clash were confused.",
        "He deleted the photos from his phone.",
        "The court rejected the appeal a week later.",
        "The gauge logged 12 floods.",
        'He called it "Nonsense" and left.',
        "Villagers put the sacks on the truck at noon.",
        "The commission documented 14 incidents in the area.",
    ],
)
def test_no_cue_p(sentence: str) -> None:
    assert att(sentence) == [], att(sentence)


def test_quoted_name_only_opening_a_clause() -> None:
    # a quoted word after "called it" is no speaker; the speaker after the verb is
    assert [src for _, src, _ in att('He called it "Nonsense" says the man.')] == ["the man"]


def test_we_recorded_is_the_writers_count() -> None:
    text = "The ministry said two died.\nLast week we recorded 5 deaths and 4 injuries.\n"
    got = [(c["text"], c["stance"]) for c in kind(claims_of(text), "attribution")]
    assert ("we recorded", "report") in got, got


def test_pronoun_after_a_denial_gives_its_own_account() -> None:
    # "X rejects …. He says one fighter was killed": no denial word in the second sentence, so no denial
    text = "The Taliban spokesman in Takhar rejects the Tajik statement.\nHe says one fighter was killed.\n"
    got = [(c["text"], c["stance"]) for c in kind(claims_of(text), "attribution")]
    assert ("He says", "official_statement") in got, got
    # with a denial word of its own the continuation stays a denial
    text = "The Taliban spokesman in Takhar rejects the Tajik statement.\n\"Nobody crossed,\" he said.\n"
    got = [(c["text"], c["stance"]) for c in kind(claims_of(text), "attribution")]
    assert got[-1][1] == "denial", got
    # "has not been seen" is no denial word: the neighbours report
    text = "Neighbours dispute that count.\nThey say a third man has not been seen since Monday.\n"
    got = [(c["text"], c["stance"]) for c in kind(claims_of(text), "attribution")]
    assert ("They say", "report") in got, got


def test_human_rights_groups_beside_a_ministry_report() -> None:
    got = att("About 20 men were held, according to rights groups; the interior ministry puts the number at 11.")
    assert [(src, st) for _, src, st in got] == [("rights groups", "report"), ("ministry", "official_statement")], got


def test_aside_it_said_is_the_same_speaker() -> None:
    got = att("The defence argued that the figure was too high, which, it said, was two rather than three.")
    assert [c for c, _, _ in got] == ["The defence argued"], got


def test_own_story_with_its_error_named_after_is_a_retraction() -> None:
    text = "In last week's issue we wrote that a guard was killed at Panj.\nHe was in fact injured.\n"
    got = [(c["text"], c["stance"]) for c in kind(claims_of(text), "attribution")]
    assert got == [("we wrote", "retraction")], got
    text = "Last week we wrote that a guard was killed at Panj.\nHe was injured twice before.\n"
    got = [(c["text"], c["stance"]) for c in kind(claims_of(text), "attribution")]
    assert got == [("we wrote", "report")], got


@pytest.mark.parametrize(
    ("sentence", "cues_found"),
    [
        # a "confirm" inside the words of a speaker already found is no claim of its own
        ("The commander said he could not confirm the Afghan toll.", ["The commander said"]),
        ("The story also said that Afghan officials had confirmed the raid.", ["The story also said"]),
        ("The ministry said that it could not confirm the figure.", ["The ministry said"]),
        # on its own it is one
        ("The ministry has not confirmed the figure.", ["The ministry has not confirmed"]),
        ("Police said two died; the governor later confirmed the toll.", ["Police said", "the governor later confirmed"]),
    ],
)
def test_confirm_inside_reported_speech(sentence: str, cues_found: list[str]) -> None:
    assert [c for c, _, _ in att(sentence)] == cues_found, att(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        ("Doctors at the district hospital in Vose said two boys were hurt.", "Doctors at the district hospital in Vose said",
         "report"),
        ("Staff at the regional hospital said one man died overnight.", "Staff at the regional hospital said", "report"),
        ("The regional hospital said one man died overnight.", "The regional hospital said", "official_statement"),
    ],
)
def test_medical_staff_opening_a_sentence(sentence: str, cue: str, stance: str) -> None:
    assert [(c, st) for c, _, st in att(sentence)] == [(cue, stance)], att(sentence)


def test_said_nothing_is_no_claim() -> None:
    assert att("The Afghan side has said nothing.") == []
    assert att("The border troops have said nothing about the raid.") == []
    assert [c for c, _, _ in att("In 2021 the police said nothing happened.")] == ["the police said"]


def test_name_in_apposition_after_a_long_title() -> None:
    got = att("A spokesman for the provincial police in Kunduz, Karim Nazari, rejected the report.")
    assert [(c, src, st) for c, src, st in got] == [("rejected", "Karim Nazari", "denial")], got
    # a list of places between commas is no apposition of a speaker
    assert att("In the villages of Vose, Panj and Shohin, farmers lost crops.") == []


def test_pronoun_with_a_denial_of_its_own() -> None:
    # the official speaker before, the denial in this sentence: a denial
    text = "The Taliban district spokesman told reporters the shells came from elsewhere.\n\"Our men did not fire a single shot,\" he said.\n"
    got = [(c["text"], c["stance"]) for c in kind(claims_of(text), "attribution")]
    assert got[-1] == ("he said", "denial"), got
    # without one the speaker's own stance stays
    text = "The Taliban district spokesman told reporters the shells came from elsewhere.\n\"Two of our men were hurt,\" he said.\n"
    got = [(c["text"], c["stance"]) for c in kind(claims_of(text), "attribution")]
    assert got[-1] == ("he said", "official_statement"), got
