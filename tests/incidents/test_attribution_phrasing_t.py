"""Attribution phrasings found while scoring dev set T, each on a sentence written for this test."""

from __future__ import annotations

from tests.incidents.helpers import claims_of, header, kind

PUB = header("2025-06-14")


def cues(text: str) -> list[tuple[str, str]]:
    return [(c["text"], c["stance"]) for c in kind(claims_of(PUB + text), "attribution")]


def test_gave_the_toll_as_a_figure() -> None:
    assert any(t.endswith("gave") for t, _ in cues("Provincial officials gave the toll as three dead near Vanj."))


def test_gave_a_figure_with_a_casualty_word() -> None:
    assert any(t.endswith("gave") for t, _ in cues("At noon the district office gave four wounded near Vanj."))


def test_gave_an_account_in_a_statement() -> None:
    got = cues("The Border Troops gave another account in a brief statement on Friday near Vanj.")
    assert any(t.endswith("gave") for t, _ in got)


def test_gave_without_a_figure_is_no_cue() -> None:
    assert not any(t.endswith("gave") for t, _ in cues("The guards gave the boy water near Vanj."))
    assert not any(t.endswith("gave") for t, _ in cues("The guards gave the toll some thought near Vanj."))


def test_put_the_toll_of_a_possessive_event_at() -> None:
    got = cues("Afghan police put the toll of last month's shooting at four dead near Vanj.")
    assert any(t.endswith("put") for t, _ in got)


def test_independent_group_and_people_on_the_road_speak() -> None:
    assert any(t.endswith("reported") for t, _ in cues("A small independent group reported that two farmers died near Vanj."))
    assert any(t.endswith("said") for t, _ in cues("Two villagers on the riverbank said three men were hurt near Vanj."))


def test_on_a_place_must_close_the_subject() -> None:
    # "reports" is what the authorities are asked to look into, not a verb with them as subject
    got = cues("Aid groups asked the officials on the Tajik side to investigate reports that a herder died near Vanj.")
    assert not any(t.startswith("the officials") for t, _ in got)


def test_no_subject_has_not_spoken() -> None:
    assert not any("claimed" in t for t, _ in cues("No group has claimed the bombing near Vanj, which killed two."))


def test_writer_recall_is_no_source() -> None:
    assert not any("recall" in t for t, _ in cues("We recall that in May two guards died near Vanj."))
    assert any("recall" in t for t, _ in cues("Neighbours recall that two guards died near Vanj."))


def test_condition_is_no_statement() -> None:
    assert not any("confirm" in t for t, _ in cues("We list a death only when two independent sources confirm it near Vanj."))
    assert any("confirm" in t for t, _ in cues("Two local sources confirm that one guard died near Vanj."))


def test_report_before_a_relative_clause_is_a_noun() -> None:
    assert not any("report" in t for t, _ in cues("No media report we found gives more than two dead near Vanj."))


def test_long_institution_after_according_to() -> None:
    got = cues("According to the press service of the Main Directorate of Border Troops of the State Committee for "
               "National Security, two violators were killed near Vanj.")
    assert any(t.startswith("According to the press service") for t, _ in got)


def test_article_corrected_after_a_long_headline() -> None:
    got = cues('A story printed on Friday under the title "Five hurt as mortar rounds land in fields outside a village" '
               "overstated the figures and has been corrected. It said five people were hurt near Vanj.")
    assert ("has been corrected", "retraction") in got


def test_post_was_deleted() -> None:
    got = cues('The figure of "ten dead" came from a channel on Friday and was deleted an hour later near Vanj.')
    assert ("was deleted", "retraction") in got
    assert not any("deleted" in t for t, _ in cues("The files were deleted by the guards near Vanj, where two died."))


def test_correction_notice_reaches_a_later_paragraph() -> None:
    text = ("An item we ran on Monday has been corrected. " + "Guards patrol the river every night near Vanj. " * 8
            + "The article also said that three men were killed near Vanj.")
    assert ("The article also said", "retraction") in cues(text)


def test_not_involved_is_a_denial() -> None:
    assert ("The Taliban say", "denial") in cues("The Taliban say their guards were not involved in the shooting near Vanj.")
    got = cues("The Taliban say their guards were involved in the shooting near Vanj.")
    assert ("The Taliban say", "denial") not in got


def test_our_embassy_is_official_our_staff_is_not() -> None:
    assert ("According to our embassy", "official_statement") in cues(
        "According to our embassy in Kabul, two citizens were hurt near Vanj.")
    assert ("According to our staff", "report") in cues("According to our staff, two citizens were hurt near Vanj.")


def test_name_then_bare_role_is_official() -> None:
    got = cues("Dr. Farrukh Nazarov, chief surgeon, said three patients had died near Vanj.")
    assert any(t.endswith("said") and s == "official_statement" for t, s in got)


def test_company_director_is_no_official() -> None:
    got = cues('"The trucks are a loss," the transport firm\'s director, Olim Sharipov, said. Two drivers were hurt near Vanj.')
    assert any(t.endswith("said") and s == "report" for t, s in got)


def test_of_reports_that_are_unnamed_reports() -> None:
    got = cues("The deputy asked what is known of reports that two herders were killed near Vanj.")
    assert ("reports", "report") in got
    assert ("reports", "report") not in cues("The deputy asked what is known of reports that no herders were killed near Vanj.")
