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
