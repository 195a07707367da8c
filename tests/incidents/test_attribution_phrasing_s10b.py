"""Attribution phrasing, second round of session ten: reporting verbs the finder did not know, bracketed own counts,
a pronoun after a checked verb behind an aside, and places in an aside. Sentences composed for these tests."""

from incidents.attribution import find_attributions


def _cues(text: str, start: int = 0) -> list[tuple[str, str, str]]:
    return [(text[h.start:h.end], h.source, h.stance) for h in find_attributions(text, start, len(text))]


def test_stressed_that_is_a_cue():
    got = _cues("The press office stressed that no civilians in Shurobod were hurt.")
    assert [(c, st) for c, _, st in got] == [("office stressed", "official_statement")]
    assert _cues("The minister stressed the need for closer cooperation.") == []


def test_count_with_figure_is_a_cue():
    got = _cues("Police in Baghlan count 12 people killed in such incidents since 2022.")
    assert got == [("Police in Baghlan count", "Police in Baghlan", "official_statement")]


def test_believe_with_clause_is_a_cue():
    assert _cues("Local officials believe he drowned while crossing the river.")[0][2] == "official_statement"
    assert _cues("Two herders are missing; relatives believe they drowned.")[0][1:] == ("relatives", "report")
    assert _cues("We believe the figure is higher.") == []
    assert _cues("The family does not believe either account.") == []
    assert _cues("Many people believe in fate.") == []


def test_bracketed_own_count():
    got = _cues("TOTALS (our count, since 1 May): killed 4 · injured 2")
    assert got == [("our count", "our", "report")]
    assert _cues("Totals (our tally): 3 dead.") == [("our tally", "our", "report")]


def test_place_aside_after_subject():
    got = _cues("Officials in Kunduz, opposite Panj, said they had no information about the raid.")
    assert got == [("said", "Officials in Kunduz", "official_statement")]


def test_pronoun_after_figure_given_behind_aside():
    text = "The deputy governor, Mohammad Hakim, gave a higher figure. He told Radio Azadi on Monday that five had died."
    assert _cues(text, text.index("He told")) == [("He told", "Mohammad Hakim", "official_statement")]
    text = "A shopkeeper, Aziz Karimov, gave a higher figure. He said five people had died."
    assert _cues(text, text.index("He said")) == [("He said", "Aziz Karimov", "report")]


def test_not_a_single_bullet_is_a_denial():
    got = _cues('A police spokesman in Faizabad told reporters that "not a single bullet" had been fired from there.')
    assert got[0][2] == "denial"


def test_reports_under_inquiry_or_judged():
    got = _cues("We urge the authorities in Kabul to investigate reports that a herder was killed by a mine near Shighnan.")
    assert got == [("reports", "unnamed reports", "report")]
    got = _cues('The Taliban\'s police have dismissed as "baseless" reports that Tajik guards killed three Afghans.')
    assert [c for c, _, _ in got] == ["The Taliban's police have dismissed", "reports"]
    assert _cues("Officials are checking reports that no one was hurt.") == []
