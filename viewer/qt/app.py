"""Starting the desktop application: ``run_gui(paths, save_plot=None)``.

With paths the window opens them; with none it opens the bundled sample. With ``save_plot`` no
window is shown: the articles are loaded, the default plot is saved, and the process exits.

Start-up shows the window first and loads in the background. Two environment variables help
automation (tests, benchmarks, the README screenshot); both act once the first load is shown:

``INDICATOR_VIEWER_GRAB=FILE.png``     save a picture of the window to FILE.png, then quit
``INDICATOR_VIEWER_QUIT_WHEN_READY=1`` print "ready" on stdout, then quit
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import viewer
from viewer.core.atomic import atomic_write_bytes
from viewer.qt import i18n
from viewer.qt.fonts import install_bundled_font
from viewer.qt.settings import APPLICATION, ORGANIZATION, Settings
from viewer.resources import ResourceMissing, resource_path, sample_paths

log = logging.getLogger(__name__)

GRAB_ENV = "INDICATOR_VIEWER_GRAB"
QUIT_WHEN_READY_ENV = "INDICATOR_VIEWER_QUIT_WHEN_READY"
DEFAULT_PLOT_SIZE = (1200, 800)
# Time for the plots to draw after the rows arrive, before a grab.
SETTLE_MS = 150


def run_gui(paths: list[str], save_plot: str | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if save_plot:
        return _save_plot_and_exit(paths, save_plot)
    try:
        to_open = list(paths) or sample_paths()
    except ResourceMissing as error:
        print(f"indicator-viewer: {error}", file=sys.stderr)
        return 1
    app = create_application(sys.argv[:1])
    from viewer.qt.main_window import MainWindow  # after the application exists: it sizes fonts

    window = MainWindow()
    window.show()
    _when_ready(window)
    QTimer.singleShot(0, lambda: window.open_paths(to_open, remember=bool(paths)))
    return app.exec()


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with the bundled font, the style sheet and the interface language."""
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Indicator Viewer")
    app.setApplicationVersion(viewer.__version__)
    app.setStyle("Fusion")
    install_bundled_font(app)
    _apply_style_sheet(app)
    i18n.set_language(Settings().language() or i18n.system_language())
    return app


def _apply_style_sheet(app: QApplication) -> None:
    try:
        path = resource_path("styles", "app.qss")
    except ResourceMissing:
        return
    if path.is_file():
        app.setStyleSheet(path.read_text(encoding="utf-8"))


def _when_ready(window) -> None:
    grab_path = os.environ.get(GRAB_ENV)
    quit_when_ready = os.environ.get(QUIT_WHEN_READY_ENV)
    if not grab_path and not quit_when_ready:
        return

    def ready() -> None:
        if window.is_loading():
            return
        window.loadFinished.disconnect(ready)
        QTimer.singleShot(SETTLE_MS if grab_path else 0, finish)

    def finish() -> None:
        status = 0
        if grab_path:
            status = _grab(window, grab_path)
        if quit_when_ready:
            print("ready", flush=True)
        QApplication.instance().exit(status)

    window.loadFinished.connect(ready)


def _grab(window, path: str) -> int:
    """Save the window as the screen shows it (what the display server has), else as it renders."""
    from PySide6.QtCore import QBuffer, QIODevice

    pixmap = window.screen().grabWindow(window.winId()) if QApplication.platformName() == "xcb" else None
    if pixmap is None or pixmap.isNull():
        pixmap = window.grab()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        print(f"indicator-viewer: could not grab the window to {path}", file=sys.stderr)
        return 1
    atomic_write_bytes(path, bytes(buffer.data()))
    return 0


def _save_plot_and_exit(paths: list[str], target: str) -> int:
    """Load the articles here and now, save the default plot, and answer an exit code."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        to_open = list(paths) or sample_paths()
        create_application(sys.argv[:1])
        from viewer.qt.loader import load_articles
        from viewer.qt.plot_export import render_default_plot

        result = load_articles(to_open)
        for problem in result.problems:
            print(f"indicator-viewer: skipped {problem.path}: {problem.reason}", file=sys.stderr)
        if not result.documents:
            print("indicator-viewer: no article could be read; no plot saved", file=sys.stderr)
            return 1
        render_default_plot(result.frame, target, DEFAULT_PLOT_SIZE)
    except Exception as error:  # noqa: BLE001 - the command line reports every failure the same way
        log.debug("saving the plot failed", exc_info=True)
        print(f"indicator-viewer: could not save the plot to {target}: {error}", file=sys.stderr)
        return 1
    print(f"saved {Path(target)}")
    return 0
