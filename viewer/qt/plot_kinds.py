"""Drawing a ``viewer.core.plot_data.PlotData``: horizontal bars or lines over years.

``PlotCanvas`` (a pyqtgraph ``PlotWidget``) knows nothing of the frame or the user's choices; it
draws what it is given and maps marks back to row ids.

``PlotCanvas.draw(data, describe=None)``   draw; ``describe(row_id) -> str`` gives hover tooltips
``PlotCanvas.set_selected(row_id | None)``  highlight that row's mark (scrolling it into view)
``PlotCanvas.row_at(scene_pos) -> int | None`` and ``mark_scene_pos(row_id) -> QPointF | None``
``PlotCanvas.rowClicked(int)``              a left click on a bar or point

Bars are horizontal with the category labels on the left axis: Chinese names read left to right
and every bar keeps its label. When bars would be thinner than ``min_row_px`` the view shows the
first ones and the rest are reached by dragging or the mouse wheel.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from viewer.core.plot_data import PlotData
from viewer.qt.axis import PlotAxis, base_font
from viewer.qt.formatting import format_number

PALETTE = ("#4C78A8", "#54A24B", "#B279A2", "#E45756", "#72B7B2", "#9D755D", "#FF9DA6", "#BAB0AC")
SELECTED_FILL = "#F58518"
SELECTED_OUTLINE = "#7A3A00"
_BAR_HEIGHT = 0.7
_POINT_SIZE = 9
_CLICK_RADIUS_PX = 10
_NOTE_COLOUR = "#666666"


class PlotCanvas(pg.PlotWidget):
    rowClicked = QtCore.Signal(int)

    def __init__(self, parent: QtWidgets.QWidget | None = None, min_row_px: float = 16):
        self.category_axis = PlotAxis("left")
        self.value_axis = PlotAxis("bottom")
        super().__init__(parent, background="w", axisItems={"left": self.category_axis, "bottom": self.value_axis})
        self.min_row_px = min_row_px
        self.setAntialiasing(True)
        self.plotItem.hideButtons()
        self.plotItem.layout.setContentsMargins(6, 8, 16, 6)
        self.plotItem.setMenuEnabled(False)
        self.plotItem.getViewBox().setMenuEnabled(False)
        # pyqtgraph puts the title over the plot area's column only; long category labels narrow that column
        # until a note under the title is cut off, so the title spans the axis columns too.
        layout = self.plotItem.layout
        layout.removeItem(self.plotItem.titleLabel)
        layout.addItem(self.plotItem.titleLabel, 0, 0, 1, 3)
        self._data = PlotData(kind="unit_bars")
        self._describe: Callable[[int], str] | None = None
        self._selected: int | None = None
        self._mark_items: list[pg.GraphicsObject] = []
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_hover)

    # ------------------------------------------------------------------ public

    @property
    def plot_data(self) -> PlotData:
        return self._data

    @property
    def selected(self) -> int | None:
        return self._selected

    def draw(self, data: PlotData, describe: Callable[[int], str] | None = None) -> None:
        self._data, self._describe = data, describe
        self._clear()
        self._set_title(data)
        if data.is_empty:
            self._draw_message(data.message or self.tr("Nothing to plot."))
        elif data.categories:
            self._draw_bars(data)
        else:
            self._draw_lines(data)
        self._restyle_marks()

    def set_selected(self, row_id: int | None) -> None:
        self._selected = None if row_id is None else int(row_id)
        self._restyle_marks()
        self._scroll_to_selected()

    def row_at(self, scene_pos: QtCore.QPointF) -> int | None:
        """The row id of the mark under a scene point, if any."""
        view = self.plotItem.getViewBox()
        if self._data.is_empty or not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        if self._data.categories:
            return self._bar_at(point.y())
        return self._point_near(point)

    def mark_scene_pos(self, row_id: int) -> QtCore.QPointF | None:
        """The scene position of a row's mark (the middle of its bar, or its point)."""
        for series in self._data.series:
            hits = np.flatnonzero(series.row_ids == row_id)
            if hits.size:
                i = hits[0]
                position, value = series.positions[i], self._drawn_values(series.values)[i]
                view = self.plotItem.getViewBox()
                if self._data.categories:
                    base = self._bar_base()
                    return view.mapViewToScene(QtCore.QPointF((base + value) / 2, position))
                return view.mapViewToScene(QtCore.QPointF(position, value))
        return None

    # ------------------------------------------------------------------ drawing

    def _clear(self) -> None:
        self.plotItem.clear()
        self.plotItem.showAxis("left")
        self.plotItem.showAxis("bottom")
        self._mark_items = []
        view = self.plotItem.getViewBox()
        view.setLimits(xMin=None, xMax=None, yMin=None, yMax=None)
        view.invertY(False)
        self.setToolTip("")

    def _set_title(self, data: PlotData) -> None:
        size = base_font().pointSizeF()
        title = f"<span style='font-size:{size * 1.25:.0f}pt'>{html.escape(data.title)}</span>"
        if len(data.series) > 1:  # the legend lives in the title, where it never hides a mark
            keys = [
                f"<span style='color:{colour}'>{'■' if data.categories else '●'}</span> {html.escape(s.name)}"
                for colour, s in zip(_colours(), data.series)
            ]
            title += f"<br><span style='font-size:{size:.0f}pt'>{'&nbsp;&nbsp;&nbsp;'.join(keys)}</span>"
        for note in data.notes:
            title += f"<br><span style='font-size:{size:.0f}pt; color:{_NOTE_COLOUR}'>{html.escape(note)}</span>"
        self.plotItem.setTitle(title, color="#222222")
        # pyqtgraph gives the title one fixed 30 px line; notes and the legend need more
        height = max(30.0, self.plotItem.titleLabel.item.boundingRect().height() + 4)
        self.plotItem.titleLabel.setMaximumHeight(height)
        self.plotItem.layout.setRowFixedHeight(0, height)

    def _draw_message(self, message: str) -> None:
        self.category_axis.show_values()
        self.value_axis.show_values()
        self.plotItem.hideAxis("left")
        self.plotItem.hideAxis("bottom")
        text = pg.TextItem(message, color=_NOTE_COLOUR, anchor=(0.5, 0.5))
        text.setFont(base_font())
        self.plotItem.addItem(text)
        text.setPos(0.5, 0.5)
        view = self.plotItem.getViewBox()
        view.setMouseEnabled(x=False, y=False)
        view.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)

    def _drawn_values(self, values: np.ndarray) -> np.ndarray:
        return np.log10(values) if self._data.log_scale else values

    def _bar_base(self) -> float:
        if not self._data.log_scale:
            return 0.0
        lowest = min(float(np.min(self._drawn_values(s.values))) for s in self._data.series if len(s.values))
        return float(np.floor(lowest))

    def _draw_bars(self, data: PlotData) -> None:
        self.category_axis.show_categories(data.categories, data.category_tips)
        self.value_axis.show_values(log_scale=data.log_scale)
        self.plotItem.setLabel("left", "")
        self.plotItem.setLabel("bottom", html.escape(self._value_axis_title(data)))
        base = self._bar_base()
        font = base_font()
        for colour, series in zip(_colours(), data.series):
            drawn = self._drawn_values(series.values)
            left = np.minimum(drawn, base)
            bars = pg.BarGraphItem(
                x0=left, width=np.abs(drawn - base), y=series.positions, height=_BAR_HEIGHT,
                brush=colour, pen=pg.mkPen(colour),
            )
            bars.colour = colour
            bars.series = series
            self.plotItem.addItem(bars)
            self._mark_items.append(bars)
            for position, value, shown in zip(series.positions, series.values, drawn):
                label = pg.TextItem(format_number(value), color="#333333", anchor=(0 if shown >= base else 1, 0.5))
                label.setFont(font)
                label.setPos(shown, position)
                self.plotItem.addItem(label)
        self._fit_bar_ranges(data, base)

    def _value_axis_title(self, data: PlotData) -> str:
        if data.kind == "growth":
            return self.tr("Growth (%)")
        title = self.tr("Value ({0})").format(data.value_label) if data.value_label else self.tr("Value")
        return title + self.tr(" (log scale)") if data.log_scale else title

    def _fit_bar_ranges(self, data: PlotData, base: float) -> None:
        view = self.plotItem.getViewBox()
        view.invertY(True)  # the first row of the table at the top
        values = np.concatenate([self._drawn_values(s.values) for s in data.series])
        lo, hi = min(base, float(values.min())), max(base, float(values.max()))
        span = (hi - lo) or 1.0
        # room beside the bars for their value labels
        x_range = (lo - (0.18 * span if lo < base else 0.0), hi + 0.18 * span)
        count = len(data.categories)
        view.setMouseEnabled(x=False, y=True)
        view.setLimits(yMin=-0.5, yMax=count - 0.5, xMin=x_range[0], xMax=x_range[1])
        view.setRange(xRange=x_range, yRange=(-0.5, self._rows_that_fit(count) - 0.5), padding=0)

    def _rows_that_fit(self, count: int) -> int:
        height = self.plotItem.getViewBox().height() or self.height()
        return max(1, min(count, int(height // self.min_row_px)))

    def _scroll_to_selected(self) -> None:
        if not self._data.categories or self._selected is None:
            return
        for series in self._data.series:
            hits = np.flatnonzero(series.row_ids == self._selected)
            if hits.size:
                position = series.positions[hits[0]]
                view = self.plotItem.getViewBox()
                top, bottom = view.viewRange()[1]
                if not top <= position <= bottom:
                    shown = bottom - top
                    view.setYRange(position - shown / 2, position + shown / 2, padding=0)
                return

    def _draw_lines(self, data: PlotData) -> None:
        self.category_axis.show_values()
        self.value_axis.show_years()
        self.plotItem.setLabel("left", html.escape(self._value_axis_title(data)))
        self.plotItem.setLabel("bottom", self.tr("Year"))
        for colour, series in zip(_colours(), data.series):
            line = pg.PlotCurveItem(series.positions, series.values, pen=pg.mkPen(colour, width=2), antialias=True)
            points = pg.ScatterPlotItem(
                series.positions, series.values, size=_POINT_SIZE, brush=colour, pen=pg.mkPen("w"),
                data=series.row_ids, antialias=True, hoverable=False,
            )
            points.colour = colour
            points.series = series
            line.opts["name"] = series.name
            self.plotItem.addItem(line)
            self.plotItem.addItem(points)
            self._mark_items.append(points)
        view = self.plotItem.getViewBox()
        view.setMouseEnabled(x=True, y=True)
        view.autoRange(padding=0.1)
        years = np.concatenate([s.positions for s in data.series])
        view.setXRange(years.min() - 0.5, years.max() + 0.5, padding=0)

    def _restyle_marks(self) -> None:
        for item in self._mark_items:
            selected = item.series.row_ids == self._selected
            if isinstance(item, pg.BarGraphItem):
                item.setOpts(
                    brushes=[pg.mkBrush(SELECTED_FILL if s else item.colour) for s in selected],
                    pens=[pg.mkPen(SELECTED_OUTLINE, width=2) if s else pg.mkPen(item.colour) for s in selected],
                )
            else:
                item.setBrush([pg.mkBrush(SELECTED_FILL if s else item.colour) for s in selected])
                item.setPen([pg.mkPen(SELECTED_OUTLINE, width=2) if s else pg.mkPen("w") for s in selected])
                item.setSize([_POINT_SIZE * 1.6 if s else _POINT_SIZE for s in selected])

    # ------------------------------------------------------------------ mouse

    def _bar_at(self, y: float) -> int | None:
        index = int(round(y))
        if abs(y - index) > _BAR_HEIGHT / 2:
            return None
        for series in self._data.series:
            hits = np.flatnonzero(series.positions == index)
            if hits.size:
                return int(series.row_ids[hits[0]])
        return None

    def _point_near(self, point: QtCore.QPointF) -> int | None:
        pixel_w, pixel_h = self.plotItem.getViewBox().viewPixelSize()
        best, best_distance = None, float(_CLICK_RADIUS_PX)
        for series in self._data.series:
            dx = (series.positions - point.x()) / pixel_w
            dy = (series.values - point.y()) / pixel_h
            distance = np.hypot(dx, dy)
            if distance.size and distance.min() <= best_distance:
                i = int(np.argmin(distance))
                best, best_distance = int(series.row_ids[i]), float(distance[i])
        return best

    def _on_click(self, event) -> None:
        if event.button() != QtCore.Qt.MouseButton.LeftButton or event.double():
            return
        row_id = self.row_at(event.scenePos())
        if row_id is not None:
            self.rowClicked.emit(row_id)

    def _on_hover(self, scene_pos: QtCore.QPointF) -> None:
        row_id = self.row_at(scene_pos)
        text = "" if row_id is None or self._describe is None else self._describe(row_id)
        if text:
            QtWidgets.QToolTip.showText(QtGui.QCursor.pos(), text, self)
        else:
            QtWidgets.QToolTip.hideText()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        data = self.__dict__.get("_data")  # pyqtgraph resizes while still constructing
        if data is not None and data.categories and not data.is_empty:
            view = self.plotItem.getViewBox()
            top = max(-0.5, view.viewRange()[1][0])
            shown = self._rows_that_fit(len(data.categories))
            view.setYRange(top, top + shown, padding=0)


def _colours():
    while True:
        yield from PALETTE
