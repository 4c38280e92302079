"""A same-length, extraction-friendly copy of a text: offsets into it are offsets into the original.

Full-width digits, letters and number signs (０-９, ％, ．, ～) become their ASCII forms one
character for one, so a highlight computed on the copy lands on the right characters of the text
the user sees. Full-width punctuation (，；：（）) is left alone: the patterns accept both forms,
which spares the translation on the many texts that have no full-width digits at all.
"""

from __future__ import annotations

import re

_FULL_WIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULL_WIDTH.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FULL_WIDTH.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_FULL_WIDTH.update({"％": "%", "﹪": "%", "．": ".", "－": "-", "−": "-", "～": "~", "〜": "~", "＋": "+", "／": "/"})
_TABLE = str.maketrans(_FULL_WIDTH)
_NEEDS_TRANSLATION = re.compile("[" + "".join(_FULL_WIDTH) + "]")


def normalize(text: str) -> str:
    """The text with full-width digits and signs made ASCII; ``len(normalize(t)) == len(t)`` always."""
    return text.translate(_TABLE) if _NEEDS_TRANSLATION.search(text) else text
