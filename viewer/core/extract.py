"""Indicator extraction (being written)."""

from __future__ import annotations

from viewer.core.document import Document
from viewer.core.schema import Indicator


def extract_indicators(document: Document) -> list[Indicator]:
    return []
