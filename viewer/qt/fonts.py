"""The bundled CJK font: Chinese must render even on a machine without any CJK font.

``install_bundled_font(app)`` loads ``resources/fonts/NotoSansCJKsc-Regular.otf`` by path and
makes "Noto Sans CJK SC" the application font's first family, with the platform's default family
after it for anything the font lacks. Han characters then take the Simplified Chinese glyph forms
rather than whichever CJK face fontconfig would pick (often the Japanese one), and Latin text
uses the same face's matching Latin letters.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from viewer.resources import ResourceMissing, resource_path

log = logging.getLogger(__name__)

CJK_FAMILY = "Noto Sans CJK SC"
FONT_FILE = ("fonts", "NotoSansCJKsc-Regular.otf")


def load_bundled_font() -> str | None:
    """Register the bundled font file; its family name, or None (logged) when it cannot be."""
    try:
        path = resource_path(*FONT_FILE)
    except ResourceMissing as error:
        log.warning("bundled CJK font not loaded: %s", error)
        return None
    if not path.is_file():
        log.warning("bundled CJK font not found at %s; Chinese may not render", path)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled CJK font at %s could not be loaded; Chinese may not render", path)
        return None
    return families[0]


def install_bundled_font(app: QApplication) -> QFont:
    """Load the font and set the application font: the SC face, then the platform's family."""
    loaded = load_bundled_font()
    font = QFont(app.font())
    default_family = font.family()
    cjk = loaded or CJK_FAMILY
    families = [cjk, default_family] if default_family and default_family != cjk else [cjk]
    font.setFamilies(families)
    app.setFont(font)
    return font




def cjk_font(point_size: float | None = None) -> QFont:
    """A font that shows Chinese in the SC face (for plots and rich text)."""
    font = QFont(QApplication.font())
    families = font.families() or [font.family()]
    if CJK_FAMILY not in families:
        font.setFamilies([CJK_FAMILY, *families])
    if point_size:
        font.setPointSizeF(point_size)
    return font
