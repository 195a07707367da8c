"""Attribution phrasings found while scoring eval sets M and N, on sentences written for this test.

Official figures named without a verb ("Official Afghan figures are higher: …", "the official version: …",
"Officially, 9 …"), counts credited to a source ("by my count", "by the ministry's own count"), the writer's own
register ("our observers recorded"), "There were reports", "tell us", "informed <outlet>", a passive "has been
informed by", a negated "confirm" (a denial), "clarified", "counted", plural subjects (families, detainees,
groups, posts), "since" between subject and verb, a subject behind an "according to" aside, a source who
asked not to be named (a report), and the negatives next to them.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import att


def cues(sentence: str) -> list[tuple[str, str]]:
    """(source, stance) of each cue."""
    return [(src, stance) for _, src, stance in att(sentence)]


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        ("Official Afghan figures are higher: nine dead.", "Official Afghan figures", "official_statement"),
        ("The governor's office has issued the official version: two fishermen drowned.", "the official version",
         "official_statement"),
        ("A year later the official toll was seven.", "official toll", "official_statement"),
        ("Officially, 9 conscripts died in the ambush.", "Officially", "official_statement"),
        ("By my count from press releases, 23 people died in 2024.", "By my count", "report"),
        ("Eleven soldiers were killed, by the ministry's own count.", "by the ministry's own count",
         "official_statement"),
        ("Over the summer our observers recorded 12 shootings on the river.", "our observers recorded", "report"),
        ("There were reports in May of two herders shot near Ryn.", "reports", "report"),
        ("Villagers in Chubek tell us three houses burned.", "Chubek tell", "report"),
        ("A source in the customs service informed Sarhad-Info of the seizure.",
         "A source in the customs service informed", "report"),
        ("The consulate has been informed by the Afghan side that one suspect was detained.", "informed",
         "official_statement"),
        ("The district police have not confirmed the second death.", "The district police have not confirmed", "denial"),
        ("The ministry did not confirm the figure.", "The ministry did not confirm", "denial"),
        ("The medic has since clarified that four were hurt.", "The medic has since clarified", "report"),
        ("Fishermen counted six shots from the far bank.", "Fishermen counted", "report"),
        ("Their relatives and families dispute this.", "families dispute", "denial"),
        ("Three former detainees told us they were beaten.", "detainees told", "report"),
        ("Human rights groups say dozens are still held.", "groups say", "report"),
        ("Anonymous channel posts claim a drone hit the post.", "posts claim", "report"),
        ("Kabul officials have since said the toll was two.", "officials have since said", "official_statement"),
        ("The Afghan side, according to Kabul radio, said the men were traders.", "said", "official_statement"),
        ("An officer at the post, asking not to be named, said two guards were hurt.", "said", "report"),
    ],
)
def test_cue_m(sentence: str, cue: str, stance: str) -> None:
    found = att(sentence)
    assert any(cue in c and st == stance for c, _, st in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Official figures are often late and rarely revised.",  # no figure given
        "The bridge was officially opened in 2019.",
        "Officially opened in 2019, the bridge carries few trucks.",
        "Over the years the gauge recorded 12 floods.",  # "recorded": the writer's own register only
        "No casualties were recorded.",
        "It is hard to tell whether the shots came from the island.",
        "Would the ministry tell us if it had?",
        "No group has claimed responsibility.",
        "There were no reports of casualties.",
        "If confirmed, the toll would rise to four.",
        "He had counted five graves.",
        "Informed sources were not available.",
    ],
)
def test_no_cue_m(sentence: str) -> None:
    assert att(sentence) == [], att(sentence)


def test_quoted_speech_is_no_claim() -> None:
    # the quoted words' own "they say" is no claim; the quoting verb is
    sentence = '"They say two died. We buried three," says the widow.'
    assert [c for c, _, _ in att(sentence)] == ["says"], att(sentence)


def test_negated_confirm_in_quotation_is_no_claim() -> None:
    # the quoted "We do not confirm" sets the stance of the quoting verb; it is no claim of its own
    sentence = '"We do not confirm that our troops fired," the spokesman said.'
    assert att(sentence) == [("the spokesman said", "the spokesman", "denial")]


def test_officially_needs_a_figure() -> None:
    assert att("Officially, no.") == []


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        # an official head opening the sentence, with its place: the whole subject speaks
        ("Police in Vose said the grenade was old.", "Police in Vose said", "official_statement"),
        ("Border troops in Ishkoshim told the agency two men were held.", "Border troops in Ishkoshim told",
         "official_statement"),
        # a capital alone, or the Taliban, for its government; a person in a capital stays who they are
        ("Kabul later said the shell came from the other bank.", "Kabul later said", "official_statement"),
        ("The Taliban said they lost one fighter.", "Taliban said", "official_statement"),
        ("A foreign aid worker in Dushanbe said the roads were closed.", "said", "report"),
        # the agency's anonymous interlocutor reports
        ("Two guards were wounded, the interlocutor of the agency added.", "added", "report"),
        # a subject behind a "quoted by" aside
        ("Afghan officials, quoted by local media, denied that any shots were fired.", "denied", "denial"),
    ],
)
def test_cue_m_subjects(sentence: str, cue: str, stance: str) -> None:
    found = att(sentence)
    assert any(cue in c and st == stance for c, _, st in found), found


def test_relatives_of_stay_unread() -> None:
    # only official heads are read capitalised with their "of …" phrase
    assert att("Relatives of the two men rejected that version.") == []


def test_coordinated_verb_counts_once() -> None:
    # "confirmed … and said": one statement; "said … and denied": a denial of its own
    assert [c for c, _, _ in att("The district police confirmed one death and said two were hurt.")] == [
        "The district police confirmed"]
    found = att("The spokesman said patrols had fired flares and denied that shells hit the village.")
    assert [st for _, _, st in found][-1] == "denial" and len(found) == 2, found


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        ("Three guards were hurt, per the Border Troops of Tajikistan.", "per the Border Troops", "official_statement"),
        ("Two boats sank (per Radio Ozodi).", "per Radio Ozodi", "report"),
        ("A district spokesman called the allegation \"groundless\".", "groundless", "denial"),
        ("The headline and the text have been corrected.", "have been corrected", "retraction"),
        ("Correction: in Tuesday's item we reported seven detained; the court says six.", "we reported", "retraction"),
        ("CORRECTION. Last month's bulletin said four died near Khamadoni.", "bulletin said", "retraction"),
    ],
)
def test_cue_m_notices(sentence: str, cue: str, stance: str) -> None:
    found = att(sentence)
    assert any(cue in c and st == stance for c, _, st in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Fuel costs 12 somoni per litre.",
        "Wages rose 5 per cent.",
        "Have the Afghan authorities said anything about the boat?",
        "The shop is called Baseless Burgers.",
    ],
)
def test_no_cue_m_notices(sentence: str) -> None:
    assert att(sentence) == [], att(sentence)


def test_own_report_without_correction_stays_report() -> None:
    assert att("We reported on Monday that six people died.")[0][2] == "report"


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        ("Activists put the toll higher, which the ministry did not confirm.", "the ministry did not confirm", "denial"),
        ("The governor's office in Rustaq gave a different version: two traders were shot.",
         "office in Rustaq gave", "official_statement"),
        ("Last week a patrol reported shots near Panji Poyon.", "a patrol reported", "official_statement"),
        ("The ambush was blamed by Kabul on foreign fighters.", "blamed", "official_statement"),
        ("Officials blamed smugglers for the blast.", "Officials blamed", "official_statement"),
    ],
)
def test_cue_m_more(sentence: str, cue: str, stance: str) -> None:
    found = att(sentence)
    assert any(cue in c and st == stance for c, _, st in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "She gave a different account of the day.",  # no colon: the account is not given here
        "The blast was blamed on old mines.",  # no one named who blames
    ],
)
def test_no_cue_m_more(sentence: str) -> None:
    assert att(sentence) == [], att(sentence)


def test_and_he_counts_once() -> None:
    sentence = "The commander told the radio that his men had not fired, and he blamed smugglers."
    assert len(att(sentence)) == 1, att(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        # a denial verb of one speaker does not make another speaker's statement a denial
        ("Afghan officials stated that the men were armed, which their families rejected.", "Afghan officials stated",
         "official_statement"),
        ("Our annual review put the number of dead at 31.", "review put", "report"),
        ("Monitors give 12; other sources give 15.", "sources give", "report"),
    ],
)
def test_cue_m_last(sentence: str, cue: str, stance: str) -> None:
    found = att(sentence)
    assert any(cue in c and st == stance for c, _, st in found), found


def test_denial_verb_stays_with_its_speaker() -> None:
    found = att("Afghan officials stated that the men were armed, which their families rejected.")
    assert [st for _, _, st in found] == ["official_statement", "denial"], found
    # a denial word not tied to a verb still colours the whole sentence
    assert att("Officials said the claims were baseless.")[0][2] == "denial"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody on the Afghan side has confirmed any shelling.",
        "The charity gave 200 families blankets.",
        "Residents gave a higher toll.",
    ],
)
def test_no_cue_m_last(sentence: str) -> None:
    assert att(sentence) == [], att(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        ("We reject reports on some websites claiming that a post was overrun.", "claiming", "report"),
        ("The ministry noted a statement by officials in Kabul denying any role.", "denying", "denial"),
        ("The Ministry of Defence of the Republic of Uzbekistan report the following.", "report", "official_statement"),
        ("A Taliban commander across the river, in Khwahan, told a radio station the men were armed.", "told",
         "official_statement"),
    ],
)
def test_cue_m_participles(sentence: str, cue: str, stance: str) -> None:
    found = att(sentence)
    assert any(cue in c and st == stance for c, _, st in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "He was arrested for claiming land that was not his.",  # no report or statement before the participle
        "Rejecting the offer, the farmers left.",
    ],
)
def test_no_participle_cue(sentence: str) -> None:
    assert att(sentence) == [], att(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        ("Correction: in issue #12 we wrote that three guards died.", "we wrote", "retraction"),
        ("According to operational data, the group was armed.", "According to operational data", "official_statement"),
        ("The troops say they detained four men.", "troops say", "official_statement"),
        ("Two nurses at the clinic said the boy was stable.", "said", "report"),
    ],
)
def test_cue_m_stance(sentence: str, cue: str, stance: str) -> None:
    found = att(sentence)
    assert any(cue in c and st == stance for c, _, st in found), found


def test_own_story_needs_a_correction() -> None:
    assert att("In issue #12 we wrote that three guards died.")[0][2] != "retraction"
    assert att("According to residents, the group was armed.")[0][2] == "report"


def test_named_official_keeps_role() -> None:
    # a person introduced with an official role speaks on record later by name alone
    text = "The district governor, Mohammad Safi, confirmed the clash. Safi said two guards were hurt."
    assert att(text)[-1][1:] == ("Safi", "official_statement")
    # a farmer or a former official does not
    assert att("A farmer, Ali Rahimov, lost his son. Rahimov said the shots came at dawn.")[-1][2] == "report"
    text = "\"Numbers differ,\" said Davlat Sharipov, a former district deputy. Sharipov said more died."
    assert att(text)[-1][2] == "report"


@pytest.mark.parametrize("sentence, expected", [
    # the article-wide gate now lets these sentences reach the finder (incidents/lexicon.py FIGURE_GATE)
    ("Officially, 4 border guards died in the clash.", "official_statement"),
    ("By the ministry's own count, seven houses burned.", "official_statement"),
    ("Villagers counted eleven graves on the hill.", "report"),
    ("Our monitors have recorded 9 deaths since March.", "report"),
    # quoted denials of firing or of any incident (incidents/data/stance_cues.csv)
    ('"Our forces did not fire a single round," the spokesman said.', "denial"),
    ('"No such incident happened on our side," a district official told the agency.', "denial"),
])
def test_gated_figures_and_quoted_denials_reach_the_finder(sentence, expected):
    found = att(sentence)
    assert found and found[0][2] == expected


@pytest.mark.parametrize("sentence, expected", [
    # officials denying that anything happened: the denial is in what they said
    ("The border service said no one had crossed the river that night.", "denial"),
    ('"No shots were fired by our men," the commander told the radio.', "denial"),
    ("The ministry said none of its troops were involved in the clash.", "denial"),
    ("Police said no fighting took place near the bridge.", "denial"),
    # counts and lists that reach the finder through the article gate
    ("The district administration counts five incidents since June.", "official_statement"),
])
def test_denials_of_events_and_gated_counts(sentence, expected):
    found = att(sentence)
    assert (found[0][2] if found else None) == expected
