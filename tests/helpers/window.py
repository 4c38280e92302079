"""The real main window for GUI tests: made and shown as a user sees it, articles opened and waited for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMessageBox

from viewer.qt.fonts import install_bundled_font
from viewer.qt.main_window import MainWindow

LOAD_TIMEOUT_MS = 60_000


def window_maker(qtbot) -> Callable[[], MainWindow]:
    """Installs the bundled font once; each call then shows a new window, closed when the test ends."""
    install_bundled_font(QApplication.instance())

    def make() -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1400, 900)  # large enough that no panel is squeezed shut
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def open_and_wait(qtbot, window: MainWindow, paths, *, remember: bool = True) -> None:
    with qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS):
        window.open_paths([str(p) for p in paths], remember=remember)


def discard_unsaved_work(monkeypatch) -> None:
    """Replacing or closing unsaved work discards it instead of asking: a question would block the test."""
    monkeypatch.setattr(MainWindow, "_ask_save_work", lambda self: "discard")


def record_warnings(monkeypatch) -> list[tuple[str, str]]:
    """Warning boxes the window shows, as (title, text), recorded instead of shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown
