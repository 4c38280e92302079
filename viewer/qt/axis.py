"""Plot axes that read well with Chinese labels and units.

``PlotAxis`` is a pyqtgraph ``AxisItem`` with three modes:

``show_values(log_scale=False)``  numbers as the table writes them (2,500 / 0.35), never SI
                                  prefixes (an axis in 亿元 must not read "k亿元"); in log mode the
                                  data are log10 values and the ticks read as the plain numbers.
``show_years()``                  whole years only (2019, 2020, ...), never 2019.5.
``show_categories(labels)``       one tick per category at 0, 1, 2, ...; every label in view is
                                  drawn (pyqtgraph drops crowded ones): long labels are elided
                                  with "…", the font shrinks to the row spacing, and hovering a
                                  label shows its full text as a tooltip.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6 import QtGui

from viewer.core.plot_data import elide
from viewer.qt.fonts import cjk_font
from viewer.qt.formatting import format_number

# Display width of a label in half-width characters (a Chinese character counts two).
MAX_LABEL_WIDTH = 44
_MIN_FONT_PX = 9
_TEXT_COLOUR = "#222222"
_LINE_COLOUR = "#888888"
_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10**9)


def base_font() -> QtGui.QFont:
    """The application's font, with the bundled CJK face for Chinese."""
    return cjk_font()


class PlotAxis(pg.AxisItem):
    def __init__(self, orientation: str):
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self.setStyle(hideOverlappingLabels=False)  # keep the tick label at the axis' very end
        self.setPen(_LINE_COLOUR)
        self.setTextPen(_TEXT_COLOUR)
        self._mode = "values"
        self._log_scale = False
        self._labels: list[str] = []
        self._tips: list[str] = []
        self._font = base_font()
        self.setTickFont(self._font)

    # ------------------------------------------------------------------ modes

    def show_values(self, log_scale: bool = False) -> None:
        self._set_mode("values", [], log_scale)

    def show_years(self) -> None:
        self._set_mode("years", [], False)

    def show_categories(self, labels: list[str], tips: list[str] | None = None) -> None:
        """``tips`` are the hover texts (full names); the labels themselves by default."""
        self._set_mode("categories", list(labels), False)
        self._tips = list(tips) if tips and len(tips) == len(labels) else list(labels)

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def labels(self) -> list[str]:
        return list(self._labels)

    def _set_mode(self, mode: str, labels: list[str], log_scale: bool) -> None:
        self._mode, self._labels, self._tips, self._log_scale = mode, labels, labels, log_scale
        self.setToolTip("")
        self.textWidth = 30  # let the width shrink again for short labels
        self.setTickFont(self._font)
        self.picture = None
        self._adjustSize()
        self.update()

    # ------------------------------------------------------------------ ticks

    def tickValues(self, minVal: float, maxVal: float, size: float):
        lo, hi = min(minVal, maxVal), max(minVal, maxVal)
        if self._mode == "categories":
            first, last = max(0, math.ceil(lo)), min(len(self._labels) - 1, math.floor(hi))
            return [(1.0, [float(i) for i in range(first, last + 1)])]
        if self._mode == "years":
            most = max(2.0, size / 60)
            step = next(s for s in _YEAR_STEPS if (hi - lo) / s <= most)
            first = math.ceil(lo / step) * step
            return [(float(step), [float(y) for y in range(first, math.floor(hi) + 1, step)])]
        if self._log_scale:
            multiples = (1, 2, 5) if hi - lo < 3 else (1,)
            ticks = [
                math.log10(m) + k
                for k in range(math.floor(lo), math.ceil(hi) + 1)
                for m in multiples
                if lo <= math.log10(m) + k <= hi
            ]
            return [(1.0, ticks)]
        return super().tickValues(minVal, maxVal, size)

    def tickStrings(self, values, scale, spacing):
        if self._mode == "categories":
            return [elide(self._labels[int(round(v))], MAX_LABEL_WIDTH) for v in values]
        if self._mode == "years":
            return [str(int(round(v))) for v in values]
        if self._log_scale:
            return [format_number(_round_sig(10.0**v)) for v in values]
        return [format_number(_round_to_spacing(v, spacing)) for v in values]

    def generateDrawSpecs(self, p):
        if self._mode == "categories":
            self._fit_font_to_rows()
        return super().generateDrawSpecs(p)

    def _fit_font_to_rows(self) -> None:
        """A font no taller than a category row, so neighbouring labels never overlap."""
        span = abs(self.range[1] - self.range[0])
        length = self.geometry().height() if self.orientation in ("left", "right") else self.geometry().width()
        if span <= 0 or length <= 0:
            return
        row_px = length / span
        font = QtGui.QFont(self._font)
        wanted = QtGui.QFontMetricsF(self._font).height()
        if self.orientation in ("left", "right") and row_px < wanted:
            font.setPixelSize(max(_MIN_FONT_PX, int(row_px * 0.95)))
        self.style["tickFont"] = font

    # ------------------------------------------------------------------ tooltips

    def hoverEvent(self, event) -> None:
        if self._mode != "categories" or event.isExit():
            self.setToolTip("")
            return
        index = self.category_at(event.scenePos())
        self.setToolTip(self._tips[index] if index is not None else "")

    def category_at(self, scene_pos) -> int | None:
        view = self.linkedView()
        if view is None or not self._labels:
            return None
        point = view.mapSceneToView(scene_pos)
        coordinate = point.y() if self.orientation in ("left", "right") else point.x()
        index = int(round(coordinate))
        return index if 0 <= index < len(self._labels) and abs(coordinate - index) <= 0.5 else None


def _round_to_spacing(value: float, spacing: float) -> float:
    """Tick values without float noise (0.30000000000000004 -> 0.3)."""
    if spacing and spacing > 0:
        decimals = max(0, -int(math.floor(math.log10(spacing))) + 1)
        return round(value, decimals)
    return value


def _round_sig(value: float, digits: int = 6) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - int(math.floor(math.log10(abs(value)))))
