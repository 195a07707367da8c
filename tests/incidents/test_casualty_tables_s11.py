"""Casualty figures in labelled structured text, eleventh session: table rows whose label names the kind among
a few words, "Label: N" lines with words after the kind, bracketed breakdowns after such a figure, caption
headings over period lines, dashboard counters and "0 casualties". Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import claims_of, header, kind

CASUALTY = ("killed", "injured", "missing", "detained")


def _figures(body: str) -> list[tuple[str, str, float]]:
    text = header("2024-03-12") + body
    return [(c["kind"], c["text"], c["value"]) for c in sorted(kind(claims_of(text), *CASUALTY),
                                                             key=lambda c: (c["start"], c["kind"]))]


@pytest.mark.parametrize("body, expected", [
    # a row label naming the kind among other words: every figure cell of the row, zeros included
    ("The evaluation compares two survey rounds:\n\n| Measure (four villages) | Start (2020) | End (2023) |\n"
     "|---|---|---|\n| Drownings in the canal per year | 6 | 0 |\n| Shepherds wounded by old mines | 5 | 2 |\n"
     "| Women trained as first aiders | 0 | 310 |\n| Youths arrested for smuggling per season | 14 | 3 |\n\nEnd.\n",
     [("killed", "6", 6), ("killed", "0", 0), ("injured", "5", 5), ("injured", "2", 2),
      ("detained", "14", 14), ("detained", "3", 3)]),
    # rows counting incidents or giving rates are no casualty figures
    ("| Item | 2022 | 2023 |\n|---|---|---|\n| Incidents with people killed | 4 | 6 |\n"
     "| Share of detainees released (%) | 40 | 55 |\n| Fishermen missing after storms | 2 | 1 |\n\nEnd.\n",
     [("missing", "2", 2), ("missing", "1", 1)]),
])
def test_kind_named_by_row_label(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize("body, expected", [
    # words between the kind and the colon
    ("Vose district. Mine-related deaths recorded in 2021: 4. Mine-related injuries: 6.\n",
     [("killed", "4", 4), ("injured", "6", 6)]),
    # a bracketed breakdown after the figure: each part a figure of the same kind
    ("Graphic 3. Civilians wounded in shelling near the river: 11 (8 adults, 3 children).\n",
     [("injured", "11", 11), ("injured", "8", 8), ("injured", "3", 3)]),
    ("- Smugglers apprehended on the Vakhsh stretch: 17 (12 Afghan nationals and 5 Tajik citizens)\n",
     [("detained", "17", 17), ("detained", "12", 12), ("detained", "5", 5)]),
])
def test_label_line(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize("body", [
    # clock times, years, counts of incidents and rates are no casualty figures
    "Raids with guards killed on the ridge: 3.\n",
    "Shepherds missing since: 2019.\n",
    "Share of the wounded treated abroad: 12%.\n",
    "Detained porters, average age: 31.\n",
])
def test_no_label_line(body):
    assert _figures(body) == []


def test_caption_heading_over_period_lines():
    body = ("Graphic 1. Migrants detained by the border guards. February-July: 22. August to 30 November: 19. "
            "Source: the regional press office.\n")
    assert _figures(body) == [("detained", "22", 22), ("detained", "19", 19)]


def test_caption_lines_need_a_period_label():
    body = "Graphic 2. Fishermen missing on the lake. Boats: 4. Nets: 12.\n"
    assert _figures(body) == []


@pytest.mark.parametrize("body, expected", [
    ("Compared with April. The injured counter is up from 6 in April.\n", [("injured", "6", 6)]),
    ("The missing tally was corrected on 3 May from 5 to 4 after two reports were merged.\n",
     [("missing", "5", 5), ("missing", "4", 4)]),
    # a change "by" a figure is no count
    ("The killed counter rose by 2 in June.\n", []),
])
def test_counters(body, expected):
    assert _figures(body) == expected


def test_zero_casualties_is_killed_and_injured():
    body = "KEY POINTS\n- 0 casualties among rescue teams since the flood season began\n"
    assert _figures(body) == [("injured", "0", 0), ("killed", "0", 0)]


@pytest.mark.parametrize("body", [
    "Guards detained at the ford at 04:45.\n",
    "Graphic 4. Herders injured by mines. Tuesday 3 March at 9:15.\n",
])
def test_clock_time_after_a_kind_label(body):
    assert _figures(body) == []
