"""Attribution phrasing, third round of session ten: asides holding a thousands separator, an appositive name after
"a <noun> from <place>", ranks and a paper's own pieces as speakers, "just/only" before the verb, "had spoken of",
one-sentence headings ending in "notes", "by <source>'s account". Sentences composed for these tests."""

from incidents.attribution import find_attributions


def _cues(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, str, str]]:
    end = len(text) if end is None else end
    return [(text[h.start:h.end], h.source, h.stance) for h in find_attributions(text, start, end)]


def test_aside_with_thousands_separator():
    got = _cues("Herders near Yol, a hamlet of some 3,400 people, said the firing lasted until dawn.")
    assert [(c, st) for c, _, st in got] == [("said", "report")]


def test_appositive_name_after_from_phrase():
    got = _cues("In the square, a baker from Vose, Dilnoza Rahmonova, said the crossing had been shut for weeks.")
    assert got == [("said", "Dilnoza Rahmonova", "report")]


def test_rank_and_survivor_as_speakers():
    got = _cues('"We lack boats," a retired lieutenant told me in Kulob.')
    assert [(c, st) for c, _, st in got] == [("a retired lieutenant told", "report")]
    assert _cues("The survivor told us the group carried no rifles.")[0][1:] == ("The survivor", "report")


def test_papers_own_piece_as_speaker():
    assert _cues("Your column also said that six guards had died.")[0][:2] == ("Your column also said", "Your column")
    got = _cues('Your editorial (9 June) said that "nobody can count".')
    assert [c for c, _, _ in got] == ["Your editorial (9 June) said"]


def test_just_only_before_the_verb():
    assert _cues("The agency just says nobody was hurt.")[0][:2] == ("The agency just says", "The agency")
    assert _cues("The district office only said that an inquiry had opened.")[0][2] == "official_statement"


def test_spoken_of_and_spoke_only_of():
    assert _cues('On Friday the ministry had spoken of "at least seven" dead.')[0][0] == "the ministry had spoken of"
    got = _cues('The border command spoke only of "several" wounded.')
    assert [c for c, _, _ in got] == ["The border command spoke only of"]


def test_one_sentence_heading_in_notes_is_no_cue():
    text = "Method notes. Every row gives a date and a district."
    assert _cues(text, 0, text.index(".") + 1) == []
    assert _cues("Traffic has resumed, the district office notes.")[0][1] == "the district office"


def test_by_sources_account():
    got = _cues("Six raiders died, by the ministry's account, in the exchange.")
    assert [c for c, _, _ in got] == ["by the ministry's account"]
    assert _cues("By all accounts the evening was calm.") == []
