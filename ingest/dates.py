"""Dates in the many shapes articles give them, normalised to ISO dates."""

from __future__ import annotations

import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from graphkit.errors import InputError


def parse_date(value: object, *, source: str = "", lenient: bool = False) -> date | None:
    """ISO dates, datetimes, RFC 822 feed dates and struct_time become dates; 'unknown' and blanks become None.

    With ``lenient`` an unreadable date is dropped instead of refusing the article
    (metadata scraped from pages and feeds is often odd; front matter a person wrote is not).
    """
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value  # type: ignore[return-value]
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday)
    text = str(value).strip()
    if not text or text.lower() in {"unknown", "n/a", "none", "null"}:
        return None
    for attempt in (
        lambda t: datetime.fromisoformat(t.replace("Z", "+00:00")).date(),
        lambda t: date.fromisoformat(t[:10]),
        lambda t: parsedate_to_datetime(t).date(),
    ):
        try:
            return attempt(text)
        except (ValueError, TypeError, IndexError):
            continue
    if lenient:
        return None
    raise InputError(f"field 'date' is {text!r}, not an ISO date like 2025-01-13", source=source)
