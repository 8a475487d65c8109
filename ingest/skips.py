"""What readers report instead of raising: a skipped input, or a notice about one that was kept."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skipped:
    """An input that was not read, and why (or, with ``kept``, a notice about one that was)."""

    source: str
    reason: str
    kept: bool = False
