"""Casualty phrasings of set P's kind: whitespace-aligned plain-text tables (cells split by a tab or a run
of spaces, no pipes) and figures restated in the next sentence; each rule on sentences and tables written
for these tests (not taken from the dev sets), with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from incidents.sentences import split_sentences
from tests.incidents.helpers import claims_of, header

CASUALTY_KINDS = ("killed", "injured", "missing", "detained")


def _kv(text: str) -> list[tuple[str, float]]:
    return [(c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in CASUALTY_KINDS]


def _kvt(text: str) -> list[tuple[str, str, float]]:
    return [(c["kind"], c["text"], c["value"]) for c in claims_of(text) if c["kind"] in CASUALTY_KINDS]


# --- whitespace-aligned tables --------------------------------------------------------------------------

SPACED = (
    "Table 2. Casualties recorded by the monitors, by district\n"
    "\n"
    "District          Incidents   Killed   Injured\n"
    "Vanj                      2        1         5\n"
    "Rushon Valley             3        0         2\n"
    "Total                     5        1         7\n"
    "\n"
    "The monitors visited every village named in the table.\n"
)


def test_spaced_table_rows_are_lines_of_their_own():
    rows = [s.text for s in split_sentences(SPACED)]
    assert "Vanj                      2        1         5" in rows
    assert "Total                     5        1         7" in rows


def test_spaced_table_cells_take_their_column_kind_zeros_and_totals_included():
    assert _kv(header("2025-05-02") + SPACED) == [
        ("killed", 1), ("injured", 5), ("killed", 0), ("injured", 2), ("killed", 1), ("injured", 7)]


def test_tab_separated_table():
    text = header("2025-05-02") + ("Province\tPersons detained\tMissing\n"
                                   "Kunduz\t12\t1\n"
                                   "Takhar\t4\t0\n")
    assert _kv(text) == [("detained", 12), ("missing", 1), ("detained", 4), ("missing", 0)]


def test_empty_cell_is_read_by_column_position():
    # the Injured cell of the first row is empty: its 2 sits under Wounded, not under Dead
    text = header("2025-05-02") + ("Week        Clashes    Dead    Wounded\n"
                                   "1–7 May           3               2\n"
                                   "8–14 May          1       4       6\n")
    assert _kvt(text) == [("injured", "2", 2), ("killed", "4", 4), ("injured", "6", 6)]


@pytest.mark.parametrize("table", [
    # columns that are no casualty kinds
    "District        Incidents   Crossings   Seizures\n"
    "Farkhor                 4          12          3\n"
    "Panj                    2           9          1\n",
    # an aligned timetable
    "Departure   Dushanbe    07:40   Gate  3\n"
    "Arrival     Khorog      09:10   Gate 12\n",
    # aligned figures with no header at all
    "Farkhor                 4        3         7\n"
    "Panj                    5        6         4\n",
])
def test_aligned_text_that_is_no_casualty_table(table):
    assert _kv(header("2025-05-02") + table) == []


def test_prose_with_wide_spaces_is_still_wrapped_prose():
    # two spaces after a full stop do not make a table row, and a wrap still joins a sentence
    text = ("The district chief said that two shepherds were wounded by stray rounds  near the crossing\n"
            "point and that the post was not hit.  Four guards were on duty.\n")
    rows = [s.text for s in split_sentences(text)]
    assert rows[0].startswith("The district chief") and rows[0].endswith("was not hit.")
    assert _kv(header("2025-05-02") + text) == [("injured", 2)]


# --- a figure restated by another source in the next sentence --------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Police said two herders drowned in the canal. Villagers said four.", [("killed", 2), ("killed", 4)]),
    ("Five guards were hurt in the blast. The clinic later confirmed only three.", [("injured", 5), ("injured", 3)]),
    ("The rebels said they had captured 9 soldiers. Kabul put the number at two.",
     [("detained", 9), ("detained", 2)]),
    ("Officials said 4 climbers were missing. Their families told reporters at least six.",
     [("missing", 4), ("missing", 6)]),
    ("The district counted 8 dead after the mudslide. The figure has since been revised to ten.",
     [("killed", 8), ("killed", 10)]),
    ("Rescuers said 3 people had drowned. Relatives said the number was five, not three.",
     [("killed", 3), ("killed", 5), ("killed", 3)]),
])
def test_figure_restated_by_another_source(text, want):
    assert _kv(text) == want


@pytest.mark.parametrize("text, want", [
    # no casualty figure before it: nothing to restate
    ("The market reopened on Monday. Traders said forty.", []),
    # a year, a figure with a noun of its own, a figure inside its clause
    ("Police said two herders drowned. Villagers said 2024.", [("killed", 2)]),
    ("Police said two herders drowned. Villagers said three cows were lost too.", [("killed", 2)]),
    ("Police said two herders drowned. Villagers said six times that they had warned them.", [("killed", 2)]),
    # a new paragraph does not restate the last one
    ("Police said two herders drowned.\n\nThe governor said eleven.", [("killed", 2)]),
])
def test_restated_figure_negatives(text, want):
    assert _kv(text) == want


def test_rejected_figure_after_an_interposed_source():
    assert _kv("Three porters were killed, the company said, not seven as the union claimed.") == [
        ("killed", 3), ("killed", 7)]
    assert _kv("Three porters were killed, the company said, not on Tuesday.") == [("killed", 3)]


# --- parts of a named group, and more person nouns --------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Doctors said the injured, a porter and three pupils, were out of danger.", [("injured", 1), ("injured", 3)]),
    ("The detained, a courier and two drivers, were taken to Kulob.", [("detained", 1), ("detained", 2)]),
    ("Four people were hurt in the crash. Among the injured is an infant.", [("injured", 4), ("injured", 1)]),
    ("Among the dead are two loaders and a boatman.", [("killed", 2), ("killed", 1)]),
    ("Robbers shot dead a money changer and his son.", [("killed", 1), ("killed", 1)]),
])
def test_named_group_parts(text, want):
    assert _kv(text) == want


@pytest.mark.parametrize("text", [
    "The wounded, the doctors said, were stable.",
    "The dead, all from Vanj, were buried on Friday.",
    "The missing is a question the commission will not answer.",
])
def test_named_group_negatives(text):
    assert _kv(text) == []


# --- detentions by holding and taking; "none of the N"; death sentences --------------------------------------


@pytest.mark.parametrize("text, want", [
    ("The border troops say they are holding two smugglers.", [("detained", 2)]),
    ("Nine porters were being held at the post on Friday.", [("detained", 9)]),
    ("Masked men took away three farmers at dawn.", [("detained", 3)]),
    ("The militia said it had taken five prisoners.", [("detained", 5)]),
    ("Customs officers took into custody 6 travellers from Kunduz.", [("detained", 6)]),
    ("Two shepherds were taken away by the patrol.", [("detained", 2)]),
])
def test_holding_and_taking_people(text, want):
    assert _kv(text) == want


@pytest.mark.parametrize("text", [
    "The two delegations are holding talks in Dushanbe.",
    "The flood took away three bridges and a school.",
    "The stolen cars were taken away by a tow truck.",
    "Drivers took two hours to cross the pass.",
])
def test_holding_and_taking_negatives(text):
    assert _kv(text) == []


@pytest.mark.parametrize("text, want", [
    ("Police said none of the 9 pilgrims on the bus was hurt.", [("injured", 0)]),
    ("None of their 4 guides were killed.", [("killed", 0)]),
    ("None of the 12 wounded is in danger.", [("injured", 12)]),  # the group is the casualty figure
    ("Two of the 12 pilgrims were hurt.", [("injured", 2)]),
])
def test_none_of_a_group(text, want):
    assert _kv(text) == want


@pytest.mark.parametrize("text, want", [
    ("A court in Bokhtar sentenced 3 smugglers to death.", []),
    ("The judge condemned two of the men to death on Monday.", []),
    ("The mob beat two thieves to death.", [("killed", 2)]),
])
def test_sentenced_to_death_is_no_death(text, want):
    assert _kv(text) == want


# --- wholes and parts: "3 of the 9 people injured", "14 in Khorog and 7 in Rushon", "Of the dead, four were" ---


@pytest.mark.parametrize("text, want", [
    ("Doctors said 3 of the 9 people injured in the crash were pupils.", [("injured", 3), ("injured", 9)]),
    ("Two of the 8 porters killed were brothers.", [("killed", 2), ("killed", 8)]),
    # the whole is no casualty figure: its verb comes after it
    ("Two of the 8 porters were killed.", [("killed", 2)]),
    # one person of a group: that one, not the group again
    ("A relative of one of the five guards killed spoke to us.", [("killed", 1)]),
])
def test_whole_of_a_part(text, want):
    assert sorted(_kv(text)) == sorted(want)


@pytest.mark.parametrize("text, want", [
    ("Eleven smugglers were detained, 8 in Panj and 3 in Farkhor.",
     [("detained", 11), ("detained", 8), ("detained", 3)]),
    ("The storm killed 5 people in Vanj, 2 in Rushon and 1 in Shughnon.",
     [("killed", 5), ("killed", 2), ("killed", 1)]),
    # parts bigger than the whole are no parts
    ("Two guards were hurt, 40 in Khorog and 30 in Vanj joined the search.", [("injured", 2)]),
    # no place after "in"
    ("Two guards were hurt, 3 in the morning.", [("injured", 2)]),
])
def test_parts_by_place(text, want):
    assert sorted(_kv(text)) == sorted(want)


@pytest.mark.parametrize("text, want", [
    ("Of the wounded, six were soldiers and three were civilians.", [("injured", 6), ("injured", 3)]),
    ("Of the detained, two are minors.", [("detained", 2)]),
    ("Of the dead, most were young.", []),
])
def test_breakdown_of_a_named_group(text, want):
    assert _kv(text) == want


# --- a hospital treating or caring for people ----------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("After the blast the Kulob hospital treated 9 border guards.", [("injured", 9)]),
    ("The regional hospital says it is caring for three conscripts.", [("injured", 3)]),
    ("Asked about the crash, the clinic said it had treated six.", [("injured", 6)]),
    ("Doctors at the hospital treated 5 porters for burns.", [("injured", 5)]),
])
def test_hospital_treating_people(text, want):
    assert _kv(text) == want


@pytest.mark.parametrize("text", [
    "The hospital treated 40 children for measles last winter.",
    "Police treated two men as suspects in the case.",
    "The hospital admitted two mistakes in its report.",
    "Volunteers are caring for 30 orphans in Kulob.",  # no hospital
])
def test_hospital_treating_negatives(text):
    assert _kv(text) == []


# --- counts of arrests; "Any arrests?" answered by a figure --------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Monitors logged 16 arrests and 2 deaths in March.", [("detained", 16), ("killed", 2)]),
    ("The border service reported 7 detentions at the Panj crossing.", [("detained", 7)]),
    ("Officials reported a handful of arrests.", []),  # no figure
    ("REPORTER: Any arrests? OFFICER: Three, all locals.", [("detained", 3)]),
    ("HOST: Any dead? GUEST: Two.", [("killed", 2)]),
    ("HOST: Any news from Khorog? GUEST: Two hours ago, yes.", []),
])
def test_arrest_counts_and_any_questions(text, want):
    assert _kv(text) == want


# --- more zero phrasings --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("A porter was killed by the rockfall. Nobody else was injured.", [("killed", 1), ("injured", 0)]),
    ("The patrol said it had not arrested anyone at the ford.", [("detained", 0)]),
    ("The militia said it had detained nobody.", [("detained", 0)]),
    ("Three fighters died. No one was captured.", [("killed", 3), ("detained", 0)]),
    ("Twelve hikers were rescued from the pass. None needed medical treatment.", [("injured", 0)]),
    ("There were no reports of casualties after the tremor.", [("killed", 0), ("injured", 0)]),
])
def test_zero_phrasings(text, want):
    assert sorted(_kv(text)) == sorted(want)


@pytest.mark.parametrize("text", [
    "No one else has been charged in the case.",
    "Nobody else was available to comment.",
    "The police had not questioned anyone yet.",
])
def test_zero_phrasing_negatives(text):
    assert _kv(text) == []


# --- the fate of N is unknown; a breakdown by group in the next sentence; more terms -------------------------


@pytest.mark.parametrize("text, want", [
    ("Two climbers were found dead. The fate of three others is unknown.", [("killed", 2), ("missing", 3)]),
    ("The fate of the five shepherds remains unclear.", [("missing", 5)]),
    ("The fate of 3 villages is unknown.", []),
    ("The fate of two fishermen was decided by the court.", []),
])
def test_fate_unknown(text, want):
    assert _kv(text) == want


@pytest.mark.parametrize("text, want", [
    ("Police arrested 14 men in Kulob. Three of them were Afghan nationals.", [("detained", 14), ("detained", 3)]),
    ("Eleven people were injured. Six of them are children.", [("injured", 11), ("injured", 6)]),
    # a severity subset, a group that is not people, a figure bigger than the one before, no casualty before
    ("Eleven people were injured. Six of them were in a serious condition.", [("injured", 11)]),
    ("Two guards were injured. Six of them were children.", [("injured", 2)]),
    ("The talks involved 12 delegates. Four of them were women.", []),
])
def test_group_breakdown_in_next_sentence(text, want):
    assert _kv(text) == want


@pytest.mark.parametrize("text, want", [
    ("Nine miners were treated for smoke inhalation.", [("injured", 9)]),
    ("Police killed two attackers; a third blew himself up.", [("killed", 2), ("killed", 1)]),
])
def test_more_terms(text, want):
    assert _kv(text) == want


# --- figures in quotes after their verb ------------------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ('Witnesses said the shelling killed "at least six" in the bazaar.', [("killed", 6)]),
    ('The Taliban said they were holding "four" smugglers.', [("detained", 4)]),
    ('Villagers said soldiers took away "about twenty" young men.', [("detained", 20)]),
    # a closing quote with no opening one near the figure
    ('He said: "We found 2" men and left.', []),
])
def test_quoted_figure_after_its_verb(text, want):
    assert _kv(text) == want


# --- "The other" opening a sentence, the next person of a count --------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Two porters fell into the river. One swam ashore. The other drowned.", [("killed", 1)]),
    ("One conscript was wounded. The other was killed outright.", [("injured", 1), ("killed", 1)]),
    ("One conscript was wounded. The other was questioned.", [("injured", 1)]),
    ("Guards were posted on the other bank.", []),
])
def test_the_other_opening_a_sentence(text, want):
    assert _kv(text) == want
