"""Date expressions → ISO dates at the precision the text gives.

Relative expressions ("on Monday", "earlier in the month", "last year") are resolved
against the article's publication date; without one, only absolute dates resolve and
the words are kept as ``pa:dateText``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
DAY_MONTH_YEAR = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\b", re.I),
]
MONTH_YEAR = re.compile(rf"\b(?:(?:early|mid|late|mid-)[- ]?)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.I)
YEAR_ONLY = re.compile(rf"^(?:in\s+)?{_YEAR}$", re.I)
ISO_DATE = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
# A timeline entry: a date that opens the text, a line or a sentence, then a colon or a dash
# ("10 October: …", "March 3, 2022 - …"). The small model splits such headings off as sentences
# of their own, so they are found in the text, not the parse.
_UNNAMED = re.compile(r"\?P<\w+>")  # the heading repeats the day and month groups: keep them unnamed
_HEADING_DATE = _UNNAMED.sub("?:", rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+{_YEAR})?")
TIMELINE_HEADING = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?]\s))\s*(?P<heading>{_HEADING_DATE})\s*[:\u2013\u2014-]\s", re.I
)


def timeline_headings(text: str) -> list[tuple[int, int, str]]:
    """Each timeline entry as (start of its text, end of the entry, the heading date's words):
    an entry runs to the next heading or the end of the text. One heading alone makes no
    timeline ("March 16 - …" may open a wire story)."""
    matches = list(TIMELINE_HEADING.finditer(text))
    if len(matches) < 2:
        return []
    ends = [m.start() for m in matches[1:]] + [len(text)]
    return [(m.end(), end, m.group("heading")) for m, end in zip(matches, ends, strict=True)]


def resolve_date(text: str, published: date | None, *, future: bool = False) -> str | None:
    """Resolve a date expression to ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

    >>> resolve_date("on Monday", date(2025, 6, 9))
    '2025-06-09'
    >>> resolve_date("on Friday", date(2025, 5, 17))
    '2025-05-16'
    >>> resolve_date("June 2", date(2025, 6, 9))
    '2025-06-02'
    >>> resolve_date("earlier in the month", date(2025, 6, 9))
    '2025-06'
    >>> resolve_date("on Tuesday", None) is None
    True
    """
    lower = text.lower().strip()
    if match := ISO_DATE.search(lower):
        return match.group(0)
    absolute = _absolute(lower, published)
    if absolute is not None or published is None:
        return absolute
    return _relative(lower, published, future)


def _absolute(lower: str, published: date | None) -> str | None:
    for pattern in DAY_MONTH_YEAR:
        if match := pattern.search(lower):
            month, day = MONTHS[match["month"]], int(match["day"])
            year = int(match["year"]) if match["year"] else _infer_year(month, published)
            if year is None or not 1 <= day <= 31:
                return None
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return None
    if match := MONTH_YEAR.search(lower):
        month = MONTHS[match["month"]]
        year = int(match["year"]) if match["year"] else _infer_year(month, published)
        if match["month"] == "may" and not match["year"] and lower.strip() == "may":
            return None  # the verb "may", not the month
        return f"{year:04d}-{month:02d}" if year else None
    if match := YEAR_ONLY.search(lower):
        return match["year"]
    return None


def _infer_year(month: int, published: date | None) -> int | None:
    """News reports the past: a month later than publication belongs to last year."""
    if published is None:
        return None
    return published.year - 1 if month > published.month + 1 else published.year


def _relative(lower: str, published: date, future: bool) -> str | None:
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", lower):
            delta = (published.weekday() - index) % 7
            if future and delta:
                return (published + timedelta(days=7 - delta)).isoformat()
            if "last" in lower and delta == 0:
                delta = 7
            return (published - timedelta(days=delta)).isoformat()
    simple = {
        "today": published,
        "tonight": published,
        "yesterday": published - timedelta(days=1),
        "tomorrow": published + timedelta(days=1),
    }
    for word, day in simple.items():
        if re.search(rf"\b{word}\b", lower):
            return day.isoformat()
    if re.search(r"\b(this|the) month\b|\bearlier (in )?(this|the) month\b", lower):
        return f"{published.year:04d}-{published.month:02d}"
    if re.search(r"\bnext month\b", lower):
        first = published.replace(day=28) + timedelta(days=4)
        return f"{first.year:04d}-{first.month:02d}"
    if re.search(r"\bnext year\b", lower):
        return f"{published.year + 1:04d}"
    if re.search(r"\blast month\b", lower):
        first = published.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if re.search(r"\b(this|the) year\b", lower):
        return f"{published.year:04d}"
    if re.search(r"\blast year\b", lower):
        return f"{published.year - 1:04d}"
    return None
