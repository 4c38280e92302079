"""Launching the application as a user would: ``python -m viewer`` as a new process.

The window test runs in a real X server (Xvfb) and grabs the window from the screen once the
sample is shown. With ``INDICATOR_VIEWER_UPDATE_SCREENSHOT=1`` it also refreshes
``resources/screenshot.png``, the picture the README shows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1400, 900)
SCREEN = "1600x1000x24"
TIMEOUT_S = 120


def app_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(INDICATOR_VIEWER_SETTINGS=str(tmp_path / "settings.ini"), PYTHONPATH=str(ROOT), LANG="en_US.UTF-8",
               LC_ALL="en_US.UTF-8", **extra)
    return env


@pytest.fixture
def xvfb_display():
    """A private X server; its display name (e.g. ":99")."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb); the real-window test needs an X server")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def non_blank(image: QImage) -> bool:
    """More than a handful of distinct colours over a grid of samples."""
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), max(1, image.width() // 40))
        for y in range(0, image.height(), max(1, image.height() // 40))
    }
    return len(colours) > 8


def test_window_opens_the_sample_under_x(tmp_path, xvfb_display):
    shot = tmp_path / "window.png"
    env = app_env(tmp_path, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb", INDICATOR_VIEWER_GRAB=str(shot))
    run = subprocess.run([sys.executable, "-m", "viewer"], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=TIMEOUT_S)
    assert run.returncode == 0, run.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == WINDOW_SIZE
    assert non_blank(image)
    if os.environ.get("INDICATOR_VIEWER_UPDATE_SCREENSHOT"):
        shutil.copy(shot, ROOT / "resources" / "screenshot.png")


def test_save_plot_runs_without_a_display(tmp_path):
    target = tmp_path / "plot.png"
    env = app_env(tmp_path)
    run = subprocess.run([sys.executable, "-m", "viewer", "--save-plot", str(target)], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=TIMEOUT_S)
    assert run.returncode == 0, run.stderr
    image = QImage(str(target))
    assert not image.isNull() and image.width() >= 600 and non_blank(image)


def test_save_plot_reports_unreadable_input(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = subprocess.run([sys.executable, "-m", "viewer", str(empty), "--save-plot", str(tmp_path / "p.png")],
                         cwd=tmp_path, env=app_env(tmp_path), capture_output=True, text=True, timeout=TIMEOUT_S)
    assert run.returncode == 1
    assert "empty.txt" in run.stderr and "no plot saved" in run.stderr
    assert not (tmp_path / "p.png").exists()
