"""What the window remembers between runs, stored with QSettings.

The store is the platform's usual one under organisation and application "IndicatorViewer";
``INDICATOR_VIEWER_SETTINGS`` names an .ini file to use instead (tests, portable use), so that a
test run never touches a user's settings.
"""

from __future__ import annotations

import json
import logging
import os

from PySide6.QtCore import QByteArray, QSettings

from viewer.core.table import FilterSpec

log = logging.getLogger(__name__)

ORGANIZATION = "IndicatorViewer"
APPLICATION = "IndicatorViewer"
SETTINGS_FILE_ENV = "INDICATOR_VIEWER_SETTINGS"
MAX_RECENT = 10


def open_settings() -> QSettings:
    path = os.environ.get(SETTINGS_FILE_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class Settings:
    """Typed access to the stored values; a value of the wrong type reads as missing."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else open_settings()

    def sync(self) -> None:
        self._store.sync()

    # ------------------------------------------------------------- window

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes_value(self, key: str, value: QByteArray) -> None:
        self._store.setValue(key, value)

    def int_list(self, key: str) -> list[int] | None:
        values = self.json_value(key)
        if not isinstance(values, list) or not all(isinstance(v, int) for v in values):
            return None
        return values

    def set_int_list(self, key: str, values: list[int]) -> None:
        self.set_json_value(key, [int(v) for v in values])

    def json_value(self, key: str):
        """A value stored as JSON text, or None when missing or unreadable."""
        raw = self._store.value(key)
        try:
            return json.loads(raw) if isinstance(raw, str) and raw else None
        except ValueError:
            return None

    def set_json_value(self, key: str, value) -> None:
        self._store.setValue(key, json.dumps(value, ensure_ascii=False))

    # ------------------------------------------------------------- recent files

    def recent_paths(self) -> list[str]:
        paths = self.json_value("recent/paths")
        return [p for p in paths if isinstance(p, str)][:MAX_RECENT] if isinstance(paths, list) else []

    def add_recent_paths(self, paths: list[str]) -> list[str]:
        """Put ``paths`` first in the recent list (no duplicates, at most MAX_RECENT)."""
        absolute = [os.path.abspath(p) for p in paths]
        merged = list(dict.fromkeys(absolute + self.recent_paths()))[:MAX_RECENT]
        self.set_json_value("recent/paths", merged)
        return merged

    def clear_recent_paths(self) -> None:
        self._store.remove("recent/paths")

    # ------------------------------------------------------------- filter

    def filter_spec(self) -> FilterSpec | None:
        data = self.json_value("table/filter")
        if data is None:
            return None
        try:
            return FilterSpec.from_dict(data)
        except ValueError as error:
            log.warning("ignoring the saved filter: %s", error)
            return None

    def set_filter_spec(self, spec: FilterSpec) -> None:
        self.set_json_value("table/filter", spec.to_dict())

    # ------------------------------------------------------------- language

    def language(self) -> str | None:
        value = self._store.value("ui/language")
        return value if isinstance(value, str) and value else None

    def set_language(self, language: str) -> None:
        self._store.setValue("ui/language", language)
