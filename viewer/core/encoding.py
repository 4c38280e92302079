"""Turning a file's bytes into text: which encoding, and refusing what is not text.

Fast paths first, because most files are UTF-8: a byte-order mark, then a strict UTF-8
decode, then the charset an HTML page declares (when it decodes cleanly into no jumble of
kana, Cyrillic and private-use characters, which a wrong Chinese codec makes), and only then
charset-normalizer, on a bounded prefix so a large file stays cheap.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from charset_normalizer import from_bytes

# (mark, codec); UTF-32 marks first, since the UTF-32-LE mark starts with the UTF-16-LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats a user might drop in by mistake.
BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
    (b"SQLite format 3\x00", "a database"),
)

# Bytes in which to look for NUL bytes and an HTML charset declaration.
SNIFF_BYTES = 8192
# charset-normalizer reads at most this much; its verdict is then checked on the whole file.
DETECTION_PREFIX_BYTES = 64 * 1024
# Without a byte-order mark these are not guessed: Chinese GB bytes can pass for UTF-16.
NEEDS_BYTE_ORDER_MARK = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]
# Statistics articles are dense with digits, % and punctuation, which the detector's default
# "mess" threshold (0.2) counts against a candidate; among the Chinese encodings allow more.
CHINESE_DETECTION = {"cp_isolation": ["gb18030", "big5", "big5hkscs", "utf_8"], "threshold": 0.5}
ANY_DETECTION = {"cp_exclusion": NEEDS_BYTE_ORDER_MARK}
# UTF-16 text in Latin script has a NUL in (at least) this share of every other byte.
UTF16_NUL_SHARE = 0.3
# Share of a GB text's non-ASCII characters that are common ones (in GB2312).
GB2312_SHARE = 0.9
# Non-ASCII characters above which that share alone tells GB text: Big5 or Latin-accented text read
# as GB falls outside GB2312 for about four characters in ten, so it cannot pass at this length.
SURE_GB_CHARACTERS = 64
# Letters a Chinese article hardly ever has, which a wrong Chinese codec makes of its characters:
# IPA, Greek, Cyrillic, kana, bopomofo and private-use characters.
_MISDECODED_LETTERS = re.compile(r"[\u0250-\u02af\u0370-\u04ff\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\ue000-\uf8ff]")
MIN_MISDECODED_LETTERS = 2
MISDECODED_SHARE = 0.05
# Above this share of control characters, decoded "text" is really binary data.
MAX_CONTROL_SHARE = 0.01

# Codecs that cover more than the label says: GB2312 and GBK are subsets of GB18030.
SUPERSET_CODECS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "x-gbk": "gb18030",
    "hz-gb-2312": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
}

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class NotText(ValueError):
    """The bytes are not text this reader can decode; the message is the reason for the user."""


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for ``data``, or raise :class:`NotText` with a reason.

    The text keeps what was written; only a leading byte-order mark is dropped.
    """
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            context = f"the file starts with a {codec} byte-order mark but"
            return _decode_strict(data[len(mark) :], codec, context), codec
    kind = _binary_kind(data)
    if kind:
        raise NotText(f"this is not a text file ({kind})")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    declared_text = _decoded_as_declared(data, declared) if declared else None
    if declared_text is not None and not looks_misdecoded(declared_text):
        return declared_text, declared
    try:
        return _undeclared(data)
    except NotText:
        if declared_text is None:
            raise
        return declared_text, declared  # nothing reads better than the declaration


def looks_misdecoded(text: str) -> bool:
    """Chinese bytes read with the wrong Chinese codec (Big5 as GB, GBK as Big5) decode without
    error into a jumble thick with letters no Chinese article has: kana, bopomofo, Cyrillic,
    phonetic signs and private-use characters, about one in five of the non-ASCII characters
    or more; a real article has almost none."""
    sample = text[:SNIFF_BYTES]
    strange = len(_MISDECODED_LETTERS.findall(sample))
    if strange < MIN_MISDECODED_LETTERS:  # nearly every file: one quick scan decides
        return False
    return strange > MISDECODED_SHARE * len(ASCII_RUN_RE.sub("", sample))


def _decoded_as_declared(data: bytes, declared: str) -> str | None:
    try:
        return _checked(data.decode(declared))
    except (UnicodeDecodeError, NotText):
        return None  # a wrong declaration is common; let detection decide


def _undeclared(data: bytes) -> tuple[str, str]:
    """Decode bytes whose encoding nothing declares (or declares wrongly)."""
    # Most Chinese files that are not UTF-8 are GB: plain GB text long enough to be sure of it
    # spares the detector, which costs more than all the rest of reading such a file.
    gb_text, gb_characters = _plain_gb_text(data)
    if gb_text is not None and gb_characters >= SURE_GB_CHARACTERS:
        return gb_text, "gb18030"
    return _detect(data, gb_text)


def canonical_codec(label: str) -> str | None:
    """The Python codec to decode ``label`` with (widened to its superset), or None if unknown."""
    label = label.strip().lower()
    if label in SUPERSET_CODECS:
        return SUPERSET_CODECS[label]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return SUPERSET_CODECS.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The codec an HTML ``<meta charset>`` (or http-equiv content type) near the top declares."""
    match = _META_CHARSET.search(data, 0, SNIFF_BYTES)
    if not match:
        return None
    codec = canonical_codec(match.group(1).decode("ascii", "replace"))
    # A page saved as UTF-16 cannot declare it in ASCII bytes; such a label is always wrong.
    if codec is None or codec.startswith(("utf-16", "utf-32", "utf_16", "utf_32")):
        return None
    return codec


def _binary_kind(data: bytes) -> str | None:
    head = data[:SNIFF_BYTES]
    for signature, kind in BINARY_SIGNATURES:
        if head.startswith(signature):
            return f"it looks like {kind}"
    if b"\x00" in head:
        if max(head[0::2].count(0), head[1::2].count(0)) > UTF16_NUL_SHARE * len(head) / 2:
            return "it looks like UTF-16 without a byte-order mark; save it as UTF-8"
        return "it contains NUL bytes, so it is binary data"
    return None


def _decode_strict(data: bytes, codec: str, context: str) -> str:
    try:
        return _checked(data.decode(codec))
    except UnicodeDecodeError as error:
        raise NotText(f"{context} is not valid {codec} (byte {error.start})") from None


def _checked(text: str) -> str:
    """Refuse decoded text that is mostly control characters: binary data in disguise."""
    sample = text[:SNIFF_BYTES]
    if sample and len(_CONTROL_CHARACTERS.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise NotText("this is not a text file (it is full of control characters)")
    return text


def _detect(data: bytes, gb_text: str | None) -> tuple[str, str]:
    """Ask charset-normalizer: first among the Chinese encodings articles come in, then among all.

    ``gb_text`` is the text if the bytes read as plain GB (see ``_plain_gb_text``), else None.
    """
    prefix = data[:DETECTION_PREFIX_BYTES]
    chinese = list(from_bytes(prefix, **CHINESE_DETECTION))
    if gb_text is not None and (not chinese or chinese[0].coherence == 0):
        # No language evidence (a short text thick with figures): common GB characters decide.
        return gb_text, "gb18030"
    tried = set()
    for matches in _candidates(data, prefix, chinese):
        for match in _preferring_gb18030(matches):
            codec = canonical_codec(match.encoding) or match.encoding
            if codec in tried:
                continue
            tried.add(codec)
            try:
                return _checked(data.decode(codec)), codec
            except UnicodeDecodeError:
                continue
    raise NotText("the text encoding could not be recognised (tried UTF-8, GB18030, Big5 and others)")


def _candidates(data: bytes, prefix: bytes, chinese: list) -> Iterator[list]:
    """The detector's matches, the costlier searches only when the cheaper found nothing usable."""
    yield chinese
    yield list(from_bytes(prefix, **ANY_DETECTION))
    if len(data) > len(prefix):
        yield list(from_bytes(data, **ANY_DETECTION))  # the prefix may be clean where the rest is not


ASCII_RUN_RE = re.compile(r"[\x00-\x7f]+")


def _plain_gb_text(data: bytes) -> tuple[str | None, int]:
    """The text, if ``data`` is GB18030 made of the common characters (GB2312) Chinese text uses,
    and how many non-ASCII characters that was judged on (the more, the surer).

    A short text thick with figures and full-width punctuation gives the detector no language
    evidence: it may then rank Big5, or even Thai, first. Real GB text is almost all GB2312 characters, while
    other bytes read as GB18030 land outside it (a Latin accent and the letter after it make a
    rare GBK character): that tells them apart before the detector guesses among all encodings.
    """
    try:
        text = _checked(data.decode("gb18030"))
    except (UnicodeDecodeError, NotText):
        return None, 0
    wide = ASCII_RUN_RE.sub("", text[:SNIFF_BYTES])
    if not wide:
        return None, 0
    uncommon = wide.encode("gb2312", errors="replace").count(b"?")
    return (text if uncommon <= (1 - GB2312_SHARE) * len(wide) else None), len(wide)


def _preferring_gb18030(matches: list) -> list:
    """Put GB18030 first when the detector has no language evidence for its first choice.

    Short, figure-heavy texts decode cleanly as both GB18030 and Big5; the detector then ranks
    them by its "mess" measure alone, which counts the real text's full-width punctuation
    against it (Big5 turns ，into a bopomofo letter). Mainland articles are far more often
    GB-encoded, and with language evidence (longer texts) the detector's order stands.
    """
    if not matches or matches[0].coherence > 0:
        return matches
    for index, match in enumerate(matches):
        if match.encoding == "gb18030":
            return [match] + matches[:index] + matches[index + 1 :]
    return matches
