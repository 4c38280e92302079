"""Shared test set-up: Qt renders offscreen, so GUI tests run without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Every test keeps the window's settings in its own file, never in the user's."""
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("INDICATOR_VIEWER_SETTINGS", str(path))
    return path


def pytest_configure(config):
    # PySide6 6.12.0 drains the reference counts of True and None; see outlive_pyside_refcount_bug.
    from viewer.qt.app import outlive_pyside_refcount_bug

    outlive_pyside_refcount_bug()
