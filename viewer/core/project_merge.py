"""Matching a document's stored rows to a new extraction, so manual work survives re-extraction.

A stored row is matched to a new row by its span: the same ``start``/``end`` and quote
first; then, when offsets shifted (the source changed), the same quote text at the nearest
position. Rows the analyst added are not the extractor's: they are re-anchored to their
quote in the (possibly changed) text. Stored rows that carry manual work and cannot be
matched are orphaned, never dropped; stored rows without manual work are simply replaced.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from viewer.core.schema import Indicator


@dataclass(frozen=True)
class StoredRow:
    row_key: int
    origin: str  # "extracted" | "added" | "imported"
    indicator: str
    quote: str
    start: int
    end: int
    manual: bool  # reviewed, corrected or added: work that must not be lost


@dataclass
class Merge:
    matched: dict[int, int] = field(default_factory=dict)  # row_key -> index of its new row
    reanchored: dict[int, tuple[int, int]] = field(default_factory=dict)  # added rows: row_key -> span
    orphaned: dict[int, str] = field(default_factory=dict)  # row_key -> reason
    dropped: list[int] = field(default_factory=list)  # unreviewed rows the extractor no longer finds
    new: list[int] = field(default_factory=list)  # indices of new rows to insert


def merge_rows(stored: list[StoredRow], new_rows: list[Indicator], text: str) -> Merge:
    merge = Merge()
    extracted = [r for r in stored if r.origin == "extracted"]
    authored = [r for r in stored if r.origin != "extracted"]
    taken: set[int] = set()
    _match_exact(extracted, new_rows, merge, taken)
    _match_by_quote(extracted, new_rows, merge, taken)
    for row in extracted:
        if row.row_key in merge.matched:
            continue
        if row.manual:
            merge.orphaned[row.row_key] = "the extractor no longer finds this quote"
        else:
            merge.dropped.append(row.row_key)
    authored_spans = _anchor_authored(authored, text, merge)
    merge.new = [
        i for i, r in enumerate(new_rows) if i not in taken and (r.start, r.end) not in authored_spans
    ]
    return merge


def _match_exact(stored: list[StoredRow], new_rows: list[Indicator], merge: Merge, taken: set[int]) -> None:
    by_span: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    for i, r in enumerate(new_rows):
        by_span[(r.start, r.end, r.quote)].append(i)
    # Rows with manual work choose first, and a same-named new row before another one.
    for row in sorted(stored, key=lambda r: not r.manual):
        candidates = [i for i in by_span.get((row.start, row.end, row.quote), ()) if i not in taken]
        if not candidates:
            continue
        best = min(candidates, key=lambda i: new_rows[i].indicator != row.indicator)
        merge.matched[row.row_key] = best
        taken.add(best)


def _match_by_quote(stored: list[StoredRow], new_rows: list[Indicator], merge: Merge, taken: set[int]) -> None:
    by_quote: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(new_rows):
        if i not in taken:
            by_quote[r.quote].append(i)
    pairs = [
        (abs(new_rows[i].start - row.start), new_rows[i].indicator != row.indicator, not row.manual, row.row_key, i)
        for row in stored
        if row.row_key not in merge.matched and row.quote
        for i in by_quote.get(row.quote, ())
    ]
    for *_, row_key, i in sorted(pairs):  # nearest pairs first
        if row_key in merge.matched or i in taken:
            continue
        merge.matched[row_key] = i
        taken.add(i)


def _anchor_authored(rows: list[StoredRow], text: str, merge: Merge) -> set[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for row in rows:
        span = anchor(text, row.quote, row.start, row.end)
        if span is None:
            merge.orphaned[row.row_key] = "its quote is no longer in the text"
            continue
        if span != (row.start, row.end):
            merge.reanchored[row.row_key] = span
        spans.add(span)
    return spans


def anchor(text: str, quote: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text``: at ``start`` if it still is, else its nearest occurrence."""
    if not quote:
        return None
    if 0 <= start and text[start:end] == quote:
        return start, end
    best: int | None = None
    position = text.find(quote)
    while position != -1:
        if best is None or abs(position - start) < abs(best - start):
            best = position
        position = text.find(quote, position + 1)
    return None if best is None else (best, best + len(quote))
