"""Link lists after an article ("Related posts") are not claims of the article."""

from __future__ import annotations

from incidents.articles import parse_article
from incidents.extract import extract
from incidents.furniture import furniture_spans

BODY = ("DUSHANBE, May 3, 2025 - Two border guards were killed in Panj district on Friday, officials said.\n"
        "\n"
        "{heading}\n"
        "• Darvoz: four soldiers killed in mine blast (January 23, 2024)\n"
        "• Explainer: the Panji Poyon bridge\n"
        "\n"
        "Comments (2)\n"
        "Later on Saturday, one more guard was wounded in Farkhor district.\n")


def _claims(heading: str) -> list[dict]:
    text = BODY.format(heading=heading)
    return extract(parse_article("blog.txt", text.encode(), None))


def test_headlines_under_a_related_posts_heading_give_no_claims():
    for heading in ("Related posts", "Related posts:", "READ MORE", "You may also like", "More from Khatlon"):
        claims = _claims(heading)
        figures = sorted((c["kind"], c["value"]) for c in claims if c["kind"] in {"killed", "injured"})
        assert figures == [("injured", 1), ("killed", 2)], heading  # "four … killed" is another story
        assert not any("Darvoz" in c["text"] or "2024" in c["text"] for c in claims), heading


def test_the_list_ends_at_a_blank_line_and_ordinary_lines_are_kept():
    text = BODY.format(heading="Related posts")
    spans = furniture_spans(text)
    assert len(spans) == 1
    a, b = spans[0]
    assert text[a:b].startswith("Related posts") and text[a:b].rstrip().endswith("bridge")
    assert furniture_spans(BODY.format(heading="Related to the attack, police detained two men.")) == []


def test_long_single_line_is_linear():
    assert furniture_spans("related " * 20000) == []


def test_one_line_tags_share_and_related_lines_give_no_claims():
    text = ("PANJ, 4 May 2025 - One border guard was wounded near Panj on Saturday, officials said.\n"
            "Tags: Vanj, Darvoz, drones, mines\n"
            "Share this article: Facebook | X | Telegram\n"
            "Related: Guards detained 9 smugglers in Shahritus | Three killed in Hamadoni\n"
            "Filed under: Khatlon\n")
    claims = extract(parse_article("blog.txt", text.encode(), None))
    assert not [c for c in claims if c["start"] > text.index("Tags:")], claims
    assert sorted(c["kind"] for c in claims if c["kind"] in {"injured", "killed", "detained"}) == ["injured"]
    # a sentence that merely starts with such a word is kept
    kept = "Related to the attack, police detained two men in Vanj.\nTags were found on the drone.\n"
    assert furniture_spans(kept) == []
