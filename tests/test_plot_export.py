"""Saving plots: PNG, SVG and PDF files of the requested size, written atomically, headless."""

import re
import xml.etree.ElementTree as ET

import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtGui
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from viewer.core.schema import Indicator, indicators_frame
from viewer.qt.fonts import install_bundled_font
from viewer.qt.plot_export import render_default_plot, save_plot
from viewer.qt.plots import PlotPanel

SVG = "{http://www.w3.org/2000/svg}"


def row(indicator, value, unit):
    return Indicator(
        source="a.txt", indicator=indicator, value=value, unit=unit, value_base=value, base_unit=unit,
        qualifier="", year=2021, growth_pct=None, growth_kind="", subject="长春净月高新区", category="",
        quote="", start=0, end=1, sentence="",
    )


FRAME = indicators_frame([row("地区生产总值", 436.29, "亿元"), row("固定资产投资", 255.3, "亿元"), row("在孵企业", 800, "家")])


@pytest.fixture
def panel(qtbot):
    install_bundled_font(QApplication.instance())
    widget = PlotPanel()
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.set_frame(FRAME)
    widget.set_selected(0)
    return widget


def non_white_fraction(image: QtGui.QImage) -> float:
    small = image.convertToFormat(QtGui.QImage.Format.Format_RGB32).scaled(200, 150)
    white = QtGui.QColor("white").rgb()
    pixels = [small.pixel(x, y) for x in range(small.width()) for y in range(small.height())]
    return sum(p != white for p in pixels) / len(pixels)


def test_png_has_the_requested_size_and_shows_the_plot(panel, tmp_path):
    path = save_plot(panel, tmp_path / "plot.png", 1000, 640)
    image = QtGui.QImage(str(path))
    assert (image.width(), image.height()) == (1000, 640)
    assert 0.02 < non_white_fraction(image) < 0.9
    # the selected bar's highlight colour made it into the file
    orange = QtGui.QColor("#F58518").rgb()
    assert any(image.pixel(x, y) == orange for x in range(0, 1000, 3) for y in range(0, 640, 3))


def test_svg_is_valid_sized_and_has_its_text_as_outlines(panel, tmp_path):
    path = save_plot(panel, tmp_path / "plot.svg", 900, 600)
    root = ET.parse(path).getroot()
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == ("900", "600", "0 0 900 600")
    assert not list(root.iter(f"{SVG}text"))  # no font needed to read it
    labels = {p.get("aria-label") for p in root.iter(f"{SVG}path")}
    assert {"地区生产总值", "固定资产投资", "436.29"} <= labels
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QtGui.QImage(900, 600, QtGui.QImage.Format.Format_ARGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    renderer.render(painter)
    painter.end()
    assert 0.02 < non_white_fraction(image) < 0.9


def test_pdf_is_a_pdf(panel, tmp_path):
    path = save_plot(panel, tmp_path / "plot.pdf", 900, 600)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    points_per_pixel = 72 / round(QtGui.QGuiApplication.primaryScreen().logicalDotsPerInch())
    assert float(box[1]) == pytest.approx(900 * points_per_pixel)
    assert float(box[2]) == pytest.approx(600 * points_per_pixel)


def test_pyqtgraph_plot_items_and_views_can_be_saved(qtbot, tmp_path):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.plot([1, 3, 2])
    widget.resize(400, 300)
    for target in (widget, widget.getPlotItem()):
        path = save_plot(target, tmp_path / "item.png", 300, 200)
        assert QtGui.QImage(str(path)).size() == QtCore.QSize(300, 200)


def test_unknown_suffix_is_refused_and_nothing_is_written(panel, tmp_path):
    with pytest.raises(ValueError, match="png"):
        save_plot(panel, tmp_path / "plot.bmp")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_save_leaves_the_old_file(panel, tmp_path, monkeypatch):
    path = tmp_path / "plot.png"
    path.write_bytes(b"old")
    monkeypatch.setattr(QtGui.QImage, "save", lambda *args: False)
    with pytest.raises(OSError):
        save_plot(panel, path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plot.png"]


def test_default_plot_renders_headless(qapp, tmp_path):
    for suffix in ("png", "svg", "pdf"):
        path = render_default_plot(FRAME, tmp_path / f"default.{suffix}", (640, 480))
        assert path.stat().st_size > 0
    image = QtGui.QImage(str(tmp_path / "default.png"))
    assert (image.width(), image.height()) == (640, 480)


def test_empty_frame_saves_an_empty_plot(qapp, tmp_path):
    path = render_default_plot(FRAME.iloc[:0], tmp_path / "empty.png", (400, 300))
    assert QtGui.QImage(str(path)).size() == QtCore.QSize(400, 300)
