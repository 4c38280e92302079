"""Reading one article file into a :class:`Document`: checks, decoding, HTML or plain text.

Whether a file is HTML is decided by its content, not its name: articles saved as ``.txt``
are often raw HTML. Files are only ever opened for reading.

The body text has one paragraph per line, paragraphs separated by a single newline.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from functools import lru_cache

from viewer.core.document import Document, ReadError
from viewer.core.encoding import NotText, decode
from viewer.core.growth import RATE_VERBS
from viewer.core.read_html import read_html
from viewer.core.read_text import Article, is_table_row, read_plain_text
from viewer.core.units import unit_pattern

MEGABYTE = 1024 * 1024  # sizes are shown in these, as file managers do, so the limit reads 50 MB
MAX_FILE_BYTES = 50 * MEGABYTE
# Characters that leave a file as good as empty: whitespace (str.strip's), a byte-order mark, zero-width spaces.
_NOTHING_VISIBLE = "\ufeff\u200b\u200c\u200d\u2060"

# Markup that only HTML has: a doctype or document-level element near the top, or closing tags.
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s", re.IGNORECASE)
_TAG_END = re.compile(r"</[A-Za-z][A-Za-z0-9-]{0,20}\s*>|<br\s*/?>", re.IGNORECASE)
HTML_SNIFF_CHARS = 4096
MIN_TAGS_FOR_HTML = 2
MIN_PAGE_ARTICLE_CHARS = 100
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?:\s|$)")
MIN_INFOGRAPHIC_FIGURES = 2


def read_document(path: str | os.PathLike) -> Document:
    """Read the article at ``path``; raise :class:`ReadError` with a reason the user can act on."""
    source = os.fspath(path)
    return read_bytes(_read_file(source), source)


def read_bytes(data: bytes, source: str) -> Document:
    """Turn a file's bytes into a document; ``source`` names it in the document and in errors."""
    if not data:
        raise ReadError(source, "the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(source, _too_large(len(data)))
    try:
        text, encoding = decode(data)
    except NotText as error:
        raise ReadError(source, str(error)) from None
    if not text.strip().strip(_NOTHING_VISIBLE).strip():
        raise ReadError(source, "the file is empty (it holds only spaces, line breaks or a byte-order mark)")
    is_page = looks_like_html(text)
    article = read_html(text) if is_page else read_plain_text(text)
    if not article.text:
        raise ReadError(source, "no article text is left after removing markup and page furniture")
    if is_page and _only_furniture_left(article.text):
        raise ReadError(source, f"no article text is left after removing markup and page furniture (only "
                                f"{len(article.text)} characters, with no sentence or table row)")
    return _document(article, source, encoding, hashlib.sha256(data).hexdigest())


def _only_furniture_left(text: str) -> bool:
    """A page whose article is hidden until a script shows it leaves a few words of its chrome (今天是…
    无障碍浏览, a 备案号): no sentence, no row of a table of figures, not the figures of an infographic."""
    if len(text) >= MIN_PAGE_ARTICLE_CHARS or _SENTENCE_END.search(text) is not None:
        return False
    lines = text.split("\n")
    return not any(is_table_row(line) for line in lines) \
        and sum(1 for line in lines if _lone_figure_re().fullmatch(line.strip())) < MIN_INFOGRAPHIC_FIGURES


@lru_cache(maxsize=1)
def _lone_figure_re() -> re.Pattern:
    """386.5亿元, 同比增长6.2%: a figure alone on a line, as an infographic (图解) lays it out; a date or a
    count of readers has no unit. Compiled when a short page first needs it."""
    return re.compile(rf"(?:同比|比上年)?(?:{RATE_VERBS})?\d+(?:\.\d+)?(?:{unit_pattern()})")


def looks_like_html(text: str) -> bool:
    if _HTML_START.search(text, 0, HTML_SNIFF_CHARS):
        return True
    found = 0
    for _ in _TAG_END.finditer(text):
        found += 1
        if found >= MIN_TAGS_FOR_HTML:
            return True
    return False


def _document(article: Article, source: str, encoding: str, sha256: str) -> Document:
    return Document(
        source=source,
        text=article.text,
        title=article.title,
        publisher=article.publisher,
        author=article.author,
        published=article.published,
        url=article.url,
        encoding=encoding,
        sha256=sha256,
    )


def _read_file(source: str) -> bytes:
    try:
        info = os.stat(source)
    except FileNotFoundError:
        raise ReadError(source, "the file does not exist") from None
    except PermissionError:
        raise ReadError(source, "permission denied: the file cannot be read") from None
    except OSError as error:
        raise ReadError(source, f"the file cannot be read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(source, "this is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(source, "this is not a regular file")
    if info.st_size == 0:
        raise ReadError(source, "the file is empty")
    if info.st_size > MAX_FILE_BYTES:
        raise ReadError(source, _too_large(info.st_size))
    try:
        with open(source, "rb") as file:
            # One byte more than allowed tells a file that grew since stat() from one at the limit.
            data = file.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise ReadError(source, "permission denied: the file cannot be read") from None
    except OSError as error:
        raise ReadError(source, f"the file cannot be read ({error.strerror or error})") from None
    return data


def _too_large(size: int) -> str:
    return f"the file is too large ({size / MEGABYTE:.1f} MB; the limit is {MAX_FILE_BYTES / MEGABYTE:.0f} MB)"
