"""Saving plots as PNG, SVG or PDF, also headless (``QT_QPA_PLATFORM=offscreen``).

Public API
----------
``save_plot(target, path, width=None, height=None) -> Path``
    ``target`` is a ``PlotPanel`` or ``PlotCanvas`` (the plot is laid out afresh at the requested
    size, so labels stay readable), any pyqtgraph ``GraphicsView`` or a ``QGraphicsItem`` such as a
    ``PlotItem`` (drawn scaled). The format follows the suffix: ``.png``, ``.svg`` or ``.pdf``; any
    other raises ``ValueError``. The size defaults to the widget's (1200 x 800 when it has none).
    The file is written atomically: a failed save leaves an existing file as it was.
``render_default_plot(frame, path, size=(1200, 800)) -> Path``
    The panel's default plot for an indicators frame, saved without showing a window (needs
    only a ``QApplication``; one is created when missing).
``SAVE_FILTER``
    A file-dialog filter listing the formats.

SVG: text is converted to outlines (``<path>``) drawn with the application's CJK font, so the
Chinese labels look right in a browser that lacks "Noto Sans CJK SC"; the price is that the text
is no longer selectable (each outline keeps its text in an ``aria-label``). pyqtgraph's own
``SVGExporter`` is not used: with Qt 6.12 it fails on path data ending in "Z".
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtSvg import QSvgGenerator

from viewer.core.atomic import atomic_write, atomic_write_bytes
from viewer.qt.fonts import CJK_FAMILY, install_bundled_font
from viewer.qt.plot_kinds import PlotCanvas

FORMATS = (".png", ".svg", ".pdf")
SAVE_FILTER = "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
DEFAULT_SIZE = (1200, 800)
# Bars in a saved plot may be thinner than on screen: the whole plot should fit the page.
_EXPORT_MIN_ROW_PX = 10
_SVG_NS = "http://www.w3.org/2000/svg"
_OUTLINE_PX = 100  # outlines are made at this size and scaled to each text's size


def save_plot(target, path, width: int | None = None, height: int | None = None) -> Path:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot save a plot as {path.suffix or 'a file without suffix'}: use .png, .svg or .pdf")
    width, height = _size(target, width, height)
    with _drawable(target, width, height) as paint:
        {".png": _write_png, ".svg": _write_svg, ".pdf": _write_pdf}[suffix](paint, path, width, height)
    return path


def render_default_plot(frame: pd.DataFrame, path, size: tuple[int, int] = DEFAULT_SIZE) -> Path:
    from viewer.qt.plots import PlotPanel  # the panel imports nothing from here; keep it that way

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    if CJK_FAMILY not in app.font().families():
        install_bundled_font(app)
    panel = PlotPanel()
    try:
        panel.set_frame(frame)
        return save_plot(panel, path, *size)
    finally:
        panel.deleteLater()


# --------------------------------------------------------------------------- what to draw


def _size(target, width: int | None, height: int | None) -> tuple[int, int]:
    widget = _plot_widget(target)
    if widget is not None and widget.width() > 50 and widget.height() > 50 and widget.isVisible():
        current = (widget.width(), widget.height())
    else:
        current = DEFAULT_SIZE
    if width and not height:
        height = round(width * current[1] / current[0])
    elif height and not width:
        width = round(height * current[0] / current[1])
    width, height = int(width or current[0]), int(height or current[1])
    if width < 1 or height < 1:
        raise ValueError(f"a plot needs a positive size, not {width} x {height}")
    return width, height


def _plot_widget(target) -> QtWidgets.QWidget | None:
    canvas = getattr(target, "canvas", None)
    if isinstance(canvas, PlotCanvas):
        return canvas
    return target if isinstance(target, QtWidgets.QWidget) else None


class _drawable:
    """A context giving ``paint(painter, target_rect)`` for the target at the output size."""

    def __init__(self, target, width: int, height: int):
        self._target, self._size = target, (width, height)
        self._canvas: PlotCanvas | None = None

    def __enter__(self):
        target = self._target
        canvas = target.canvas if isinstance(getattr(target, "canvas", None), PlotCanvas) else target
        if isinstance(canvas, PlotCanvas):
            self._canvas = _fresh_canvas(canvas, *self._size)
            view = self._canvas
            return lambda painter, rect: view.render(painter, rect, view.viewport().rect())
        if isinstance(target, pg.GraphicsView):
            return lambda painter, rect: target.render(painter, rect, target.viewport().rect())
        if isinstance(target, QtWidgets.QGraphicsItem):
            source = target.sceneBoundingRect()
            return lambda painter, rect: target.scene().render(painter, rect, source)
        raise TypeError(f"cannot save a plot from {type(target).__name__}")

    def __exit__(self, *exc) -> None:
        if self._canvas is not None:
            self._canvas.hide()
            self._canvas.deleteLater()


def _fresh_canvas(source: PlotCanvas, width: int, height: int) -> PlotCanvas:
    """A hidden copy of the canvas laid out at the output size (not a stretched screenshot)."""
    canvas = PlotCanvas(min_row_px=_EXPORT_MIN_ROW_PX)
    canvas.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    canvas.resize(width, height)
    canvas.show()
    canvas.draw(source.plot_data)
    canvas.set_selected(source.selected)
    # axes size themselves to their labels while painting: paint once, let the layout settle
    for _ in range(2):
        QtWidgets.QApplication.processEvents()
        scratch = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        painter = QtGui.QPainter(scratch)
        canvas.render(painter, QtCore.QRectF(0, 0, width, height), canvas.viewport().rect())
        painter.end()
    QtWidgets.QApplication.processEvents()
    return canvas


def _screen_dpi() -> int:
    screen = QtGui.QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInch()) if screen is not None else 96


def _paint_on(device: QtGui.QPaintDevice, paint, path: Path, width: int, height: int, white: bool = False) -> None:
    """Paint the plot onto ``device`` (an image, a PDF or SVG writer), antialiased, on white if asked."""
    painter = QtGui.QPainter()
    if not painter.begin(device):
        raise OSError(f"could not write {path}")
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform, True)
    if white:
        painter.fillRect(QtCore.QRectF(0, 0, width, height), QtGui.QColor("white"))
    paint(painter, QtCore.QRectF(0, 0, width, height))
    painter.end()


# --------------------------------------------------------------------------- writers


def _write_png(paint, path: Path, width: int, height: int) -> None:
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtGui.QColor("white"))
    _paint_on(image, paint, path, width, height)

    def write(tmp: str) -> None:
        if not image.save(tmp, "PNG"):
            raise OSError(f"could not write {path}")

    atomic_write(path, write)


def _write_pdf(paint, path: Path, width: int, height: int) -> None:
    def write(tmp: str) -> None:
        writer = QtGui.QPdfWriter(tmp)
        # the screen's DPI, as the plot was laid out for it: width x height pixels fill the page
        dpi = _screen_dpi()
        writer.setResolution(dpi)
        page = QtCore.QSizeF(width * 72 / dpi, height * 72 / dpi)
        writer.setPageSize(QtGui.QPageSize(page, QtGui.QPageSize.Unit.Point, "plot"))
        writer.setPageMargins(QtCore.QMarginsF(0, 0, 0, 0))
        writer.setTitle(path.stem)
        writer.setCreator("Indicator Viewer")
        _paint_on(writer, paint, path, width, height)

    atomic_write(path, write)


def _write_svg(paint, path: Path, width: int, height: int) -> None:
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QtCore.QSize(width, height))
    generator.setViewBox(QtCore.QRect(0, 0, width, height))
    # the plot was laid out for the screen's DPI; at the generator's default 72 the fonts shrink
    generator.setResolution(_screen_dpi())
    generator.setTitle(path.stem)
    generator.setDescription("Indicator Viewer plot")
    _paint_on(generator, paint, path, width, height, white=True)
    atomic_write_bytes(path, svg_text_to_paths(bytes(buffer.data()), width, height))


# --------------------------------------------------------------------------- SVG text


def svg_text_to_paths(svg: bytes, width: int, height: int) -> bytes:
    """The SVG with every ``<text>`` replaced by its outline, and its size in pixels."""
    ET.register_namespace("", _SVG_NS)
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    root = ET.fromstring(svg)
    root.set("width", str(width))
    root.set("height", str(height))
    root.set("viewBox", f"0 0 {width} {height}")
    for parent in root.iter():
        for index, child in enumerate(list(parent)):
            if child.tag == f"{{{_SVG_NS}}}text":
                outline = _outline(child)
                if outline is not None:
                    parent[index] = outline
    out = io.BytesIO()
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return out.getvalue()


def _outline(text: ET.Element) -> ET.Element | None:
    content = text.text or ""
    if not content.strip():
        return None
    try:
        x, y = float(text.get("x", 0)), float(text.get("y", 0))
        size = float(text.get("font-size", 12))
        weight = int(float(text.get("font-weight", 400)))
    except ValueError:
        return None
    font = QtGui.QFont()
    families = [f.strip().strip("'\"") for f in text.get("font-family", "").split(",")]
    font.setFamilies([f for f in (*families, CJK_FAMILY) if f])
    font.setPixelSize(_OUTLINE_PX)
    font.setWeight(QtGui.QFont.Weight(min(max(weight, 100), 900)))
    font.setItalic(text.get("font-style") == "italic")
    glyphs = QtGui.QPainterPath()
    glyphs.addText(0, 0, font, content)
    scale = size / _OUTLINE_PX
    path = ET.Element(f"{{{_SVG_NS}}}path")
    path.set("d", _path_data(glyphs))
    path.set("transform", f"translate({x:g},{y:g}) scale({scale:.6g})")
    path.set("fill", text.get("fill", "#000000"))
    path.set("fill-opacity", text.get("fill-opacity", "1"))
    path.set("fill-rule", "nonzero")
    path.set("stroke", "none")
    path.set("aria-label", content)
    return path


def _path_data(path: QtGui.QPainterPath) -> str:
    parts: list[str] = []
    i, count = 0, path.elementCount()
    Kind = QtGui.QPainterPath.ElementType
    while i < count:
        e = path.elementAt(i)
        if e.type == Kind.MoveToElement:
            parts.append(f"M{e.x:.1f} {e.y:.1f}")
        elif e.type == Kind.LineToElement:
            parts.append(f"L{e.x:.1f} {e.y:.1f}")
        elif e.type == Kind.CurveToElement and i + 2 < count:
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{e.x:.1f} {e.y:.1f} {c2.x:.1f} {c2.y:.1f} {end.x:.1f} {end.y:.1f}")
            i += 2
        i += 1
    return re.sub(r"\.0(?=[ A-Z]|$)", "", "".join(parts))
