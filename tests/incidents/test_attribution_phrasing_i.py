"""Attribution phrasings found while scoring eval set I (and set H's misses), on sentences written for
this test.

Reporting verbs the finder did not know ("argued", "recall", "replied", "informed the agency",
"disputed the figures", "speak of", "gave a toll: …", "describe … as", "acknowledge", "lists",
"attributed … to", "specified"), subjects behind a place or participle aside ("…, across the river,
disputed", "…, contacted by phone, denied"), an age apposition ("One defendant, Ali R., 38, told"),
a relative clause after an age ("the soldier, now 24, who testified"), "there" between subject and
verb, "put the number of dead at", "is reported to" (unnamed reports), the writer's own office, and
the negatives next to them.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import att


def cues(sentence: str) -> list[tuple[str, str]]:
    """(source, stance) of each cue."""
    return [(src, stance) for _, src, stance in att(sentence)]


@pytest.mark.parametrize(
    ("sentence", "source", "stance"),
    [
        ("The defence argued that the mortar had been fired from the other bank.", "The defence", "report"),
        ("Neighbours recall a quiet man who fished every evening.", "Neighbours", "report"),
        ("Two soldiers are still in hospital, the minister replied.", "the minister", "official_statement"),
        ("A source in the law enforcement bodies of the district informed the agency of two arrests.",
         "A source in the law enforcement bodies of the district", "report"),
        ("Villagers in Chubek, across the Panj, disputed the figures.", "Villagers in Chubek", "denial"),
        ("First accounts speak of four dead near the ford.", "First accounts", "report"),
        ("A police commander in Rustaq gave a different toll: three dead.", "A police commander in Rustaq",
         "official_statement"),
        ("Afghan officials describe the men as traders.", "Afghan officials", "official_statement"),
        ("The district authorities acknowledge two deaths.", "The district authorities", "official_statement"),
        ("Kabul's ministry has attributed the blast to old ordnance.", "Kabul's ministry", "official_statement"),
        ("An official in Ishkoshim, reached by telephone, denied that troops had fired.",
         "An official in Ishkoshim", "denial"),
        ("One driver, Nodir S., 38, told the court he had heard shots.", "Nodir S.", "report"),
        ("The injured soldier, now 23, who testified on Monday, said little.", "soldier", "report"),
        ("Three more were taken to Kulob, the nurse there tells us.", "nurse", "report"),
        ("The border troops put the number of dead at five.", "The border troops", "official_statement"),
        ("A second passenger is reported to have died overnight.", "unnamed reports", "report"),
        ("Since March, our team documented 31 incidents.", "our team", "report"),
        ("The wounded are in a stable condition, the source specified.", "the source", "report"),
    ],
)
def test_cue_i(sentence: str, source: str, stance: str) -> None:
    # the source as found, or the head of it ("Chubek" for "Villagers in Chubek")
    assert any((source in s or s in source) and st == stance for s, st in cues(sentence)), att(sentence)


def test_described_object_is_no_source() -> None:
    # "described" speaks for its subject, never for the noun phrase after it
    assert [src for src, _ in cues("The soldier described the ambush as chaos.")] == ["The soldier"]


@pytest.mark.parametrize(
    "sentence",
    [
        "She gave birth to a daughter in May.",
        "The guards gave chase but the boat escaped.",
        "Local farmers gave a higher toll.",  # a toll named but not given: no figure follows
        "The disputed island lies downstream of Panj.",
        "Informed sources were not available.",
        "We have informed the other side through the commission.",
        "The commission documented 14 incidents in the area.",  # only the writer's own count
        "Shelling was attributed.",
        "He could not recall the date of the attack.",
        "The casualty lists were not published.",
        "Early reports of the clash were confused.",
    ],
)
def test_not_cue_i(sentence: str) -> None:
    assert att(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        ("Nine people died on the Vanj stretch, by our count.", "by our count", "report"),
        ("Seven were wounded (per Afghan officials) in the shelling.", "per Afghan officials", "official_statement"),
        ("Frontier Watch's tally for 2022 was 12 dead.", "tally", "report"),
        ("The Interior Ministry's own figure, released on Monday, is higher.", "figure", "official_statement"),
        ("The GKNB count is four wounded.", "count", "official_statement"),
    ],
)
def test_figure_credited_without_verb(sentence: str, cue: str, stance: str) -> None:
    assert (cue, stance) in [(c, st) for c, _, st in att(sentence)], att(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee's figures are lower than those of local media.",  # no value, not its "own"
        "Per capita income fell.",
        "He did it by the book.",
    ],
)
def test_figure_negatives(sentence: str) -> None:
    assert att(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "source", "stance"),
    [
        ("Dushanbe, for its part, denied that its guards had crossed.", "Dushanbe", "denial"),
        ("Farmers who work the island said the firing began at dusk.", "Farmers", "report"),
        ("A worker who asked to be identified as Firuz, 33, said the lorry was hit twice.", "A worker", "report"),
        ("Two workers who asked not to be named said the lorry was hit twice.", "workers", "report"),
        ("A nurse in Kulob city told us three boys were brought in.", "A nurse in Kulob city", "report"),
        ("Two men drowned, aid organisations reported.", "organisations", "report"),
        ('"Nobody came to help," recalls Gulnora Saidova, a teacher.', "Gulnora Saidova", "report"),
    ],
)
def test_subject_shapes_i(sentence: str, source: str, stance: str) -> None:
    assert any((source in s or s in source) and st == stance for s, st in cues(sentence)), att(sentence)


def test_relative_clause_without_a_speaker_noun_is_left_alone() -> None:
    assert att("The man who was killed had said nothing.") == []
