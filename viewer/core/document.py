"""A document as the rest of the app sees it: clean text plus metadata."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """One article after reading and cleaning.

    ``text`` is the clean body text the user sees in the detail pane; every indicator's
    ``start``/``end`` are offsets into it. It keeps the characters as written (full-width
    digits included): normalisation for extraction is done on a same-length copy.
    """

    source: str  # the path the document was read from, as given; the key of its rows
    text: str
    title: str = ""
    publisher: str = ""  # 来源
    author: str = ""  # 作者
    published: str = ""  # ISO date (YYYY-MM-DD, or YYYY-MM / YYYY) or ""
    url: str = ""
    encoding: str = ""
    sha256: str = ""  # of the source file's bytes

    @property
    def publish_year(self) -> int | None:
        return int(self.published[:4]) if self.published[:4].isdigit() else None

    @property
    def publish_month(self) -> int | None:
        return int(self.published[5:7]) if self.published[5:7].isdigit() else None


class ReadError(Exception):
    """A file that cannot be turned into a document; ``reason`` is for the user."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
