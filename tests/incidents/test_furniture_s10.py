"""Page furniture found in the tenth session (reader comments, "Share | Tags:", inline reading links,
breadcrumbs, menus) and bare mentions of a name the article calls a village reaching the place finder."""

from __future__ import annotations

from incidents.furniture import furniture_spans

from .helpers import claims_of, header, kind

LEDE = "KHOROG, 2 June 2025 - One border guard was wounded near Rushon on Sunday, the border troops said.\n\n"


def _after(text: str, marker: str) -> list[dict]:
    return [c for c in claims_of(text) if c["start"] >= text.index(marker)]


def test_reader_comments_give_no_claims():
    for heading in ("Comments (5)", "7 comments", "Reader comments", "Leave a reply"):
        text = (LEDE + f"{heading}\n"
                "Bahodur: my uncle in Darvoz says six were killed, not one.\n"
                "tj_watcher: Source?\n")
        assert _after(text, heading) == [], heading


def test_a_commenter_stamp_line_and_the_comment_under_it_are_furniture():
    text = (LEDE + "Comments (2)\n"
            "Zarina · 3 June 2025 at 09:12\n"
            "I heard four people were wounded in Khorugh that night.\n"
            "\n"
            "Reply\n")
    assert _after(text, "Comments") == []


def test_article_text_after_a_bare_comments_heading_is_kept():
    text = LEDE + "Comments (0)\nOn Monday, two more soldiers were wounded in Vanj district, officials said.\n"
    figures = [c["value"] for c in kind(claims_of(text), "injured")]
    assert figures == [1, 2]


def test_share_then_tags_on_one_line():
    text = LEDE + "Print | Share | Tags: Ishkoshim, mines, Gorno-Badakhshan\n"
    assert _after(text, "Print") == []


def test_inline_reading_links():
    for label in ("Related reading", "Further reading", "Read also", "See also"):
        text = LEDE + f"{label}: Two shepherds killed by a mine in Darvoz · Floods in Vanj\n"
        assert _after(text, label) == [], label
    # after a sentence on the same line
    text = LEDE.rstrip() + " Read also: Three smugglers detained near Ishkoshim\n"
    claims = claims_of(text)
    assert [c["kind"] for c in claims if c["start"] >= text.index("Read also")] == []
    assert [c["value"] for c in kind(claims, "injured")] == [1]


def test_breadcrumbs_and_menus():
    text = ("Home > Tajikistan > Khatlon\n"
            "Pamir Wire | News | World | Sport | Video\n\n" + LEDE)
    claims = claims_of(text)
    assert all(c["start"] >= text.index("KHOROG") for c in claims), claims
    spans = furniture_spans(text)
    assert len(spans) == 2


def test_table_rows_with_bars_are_data():
    text = ("| District | Killed | Injured |\n|---|---|---|\n| Vanj | 2 | 3 |\n| Region | Sport | 4 |\n"
            "Dushanbe | Khorugh | Kulob\n")
    assert furniture_spans(text) == []
    # a breadcrumb needs short items: an inequality in prose is no breadcrumb
    assert furniture_spans("The toll in Vanj > the toll in Darvoz, officials said, and it > last year.\n") == []


def test_a_bare_mention_of_a_village_the_article_named_reaches_the_place_finder():
    text = (header("2025-06-03")
            + "A mine wounded a herder near the village of Sizhd in Ishkoshim district on Monday.\n\n"
            "Teachers in Sizhd said the children were kept indoors.\n")
    places = [c for c in kind(claims_of(text), "location") if c["text"] == "Sizhd"]
    assert len(places) == 2
    assert all(c["admin1_code"] == "TJ-GB" for c in places)
