"""Date resolution against the publication date, at the precision the text gives."""

from __future__ import annotations

from datetime import date

import pytest

from graph_builder.extract.dates import resolve_date, timeline_headings

MONDAY = date(2025, 6, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Monday", "2025-06-09"),
        ("Sunday", "2025-06-08"),
        ("last Monday", "2025-06-02"),
        ("June 2", "2025-06-02"),
        ("2 June", "2025-06-02"),
        ("December 24", "2024-12-24"),  # later in the year than publication: last year
        ("March 3, 2022", "2022-03-03"),
        ("earlier in the month", "2025-06"),
        ("last month", "2025-05"),
        ("mid-April", "2025-04"),
        ("in February", "2025-02"),
        ("earlier this year", "2025"),
        ("last year", "2024"),
        ("yesterday", "2025-06-08"),
        ("in 2019", "2019"),
        ("the weekend", None),
    ],
)
def test_resolution(text: str, expected: str | None) -> None:
    assert resolve_date(text, MONDAY) == expected


def test_future_weekday_looks_forward() -> None:
    assert resolve_date("on Friday", MONDAY, future=True) == "2025-06-13"


def test_without_publication_only_absolute_dates_resolve() -> None:
    assert resolve_date("on Monday", None) is None
    assert resolve_date("March 3, 2022", None) == "2022-03-03"
    assert resolve_date("June 2", None) is None


def test_next_month_and_year() -> None:
    assert resolve_date("next month", MONDAY) == "2025-07"
    assert resolve_date("next year", MONDAY) == "2026"


def test_timeline_entries_run_from_their_heading_date_to_the_next() -> None:
    text = "How it unfolded. 3 May: Talks opened in Doha. 9 May - A truce took hold.\nJune 2: It collapsed."
    entries = timeline_headings(text)
    assert [heading for _start, _end, heading in entries] == ["3 May", "9 May", "June 2"]
    assert text[entries[0][0] : entries[0][1]].strip() == "Talks opened in Doha."


def test_one_leading_date_is_no_timeline() -> None:
    assert timeline_headings("March 16 - Russia said it had hit a depot. He spoke on March 3: briefly.") == []


def test_an_undated_event_of_a_timeline_entry_takes_its_date(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Timeline. 4 March: Russia and Ukraine held talks in Istanbul. 9 March: A Russian missile struck Odesa."
    dates = {e.event_class: e.date for e in extract(text, published=date(2022, 4, 1)).events}
    assert dates == {"Negotiation": "2022-03-04", "Attack": "2022-03-09"}
