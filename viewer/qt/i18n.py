"""Interface language: English source strings, Chinese from a Python dictionary.

Every user-visible string goes through ``self.tr()`` (or ``QCoreApplication.translate``).
``DictTranslator`` is a QTranslator that answers from a plain dict, so no .ts/.qm tooling is
needed. Switching language installs or removes it; Qt then sends ``QEvent.LanguageChange`` to
every widget, and widgets re-set their texts in ``changeEvent``.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

ENGLISH = "en"
CHINESE = "zh_CN"
# Each language named in itself, as the View > Language menu shows it.
LANGUAGES: dict[str, str] = {CHINESE: "中文", ENGLISH: "English"}

_installed: QTranslator | None = None
_current = ENGLISH


class DictTranslator(QTranslator):
    """Translations from ``{source: text}``, with ``{(context, source): text}`` taking precedence.

    The context is the class name ``tr()`` was called on; most strings mean the same wherever
    they appear, so they are keyed by source alone.
    """

    def __init__(self, messages: dict[str, str], by_context: dict[tuple[str, str], str] | None = None,
                 language: str = "", parent=None) -> None:
        super().__init__(parent)
        self._messages = messages
        self._by_context = by_context or {}
        self._language = language

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 - Qt override
        # None (a null QString) lets Qt fall back to the source text; "" would blank the label.
        if not source_text:
            return None
        return self._by_context.get((context or "", source_text)) or self._messages.get(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override; an "empty" translator sends no LanguageChange
        return False

    def language(self) -> str:
        return self._language


def system_language() -> str:
    """Chinese on a Chinese locale, English otherwise."""
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


def translator_for(language: str) -> DictTranslator | None:
    """The translator of ``language`` (None for English, the source language)."""
    if language == ENGLISH:
        return None
    module = importlib.import_module(f"viewer.qt.translations.{language}")
    return DictTranslator(module.MESSAGES, getattr(module, "BY_CONTEXT", {}), language)


def current_language() -> str:
    return _current


def set_language(language: str) -> str:
    """Switch the running application to ``language`` (unknown codes fall back to English)."""
    global _installed, _current
    if language not in LANGUAGES:
        language = ENGLISH
    if language == _current and (_installed is not None) == (language != ENGLISH):
        return language
    app = QCoreApplication.instance()
    new = translator_for(language)
    if _installed is not None:
        app.removeTranslator(_installed)
    if new is not None:
        app.installTranslator(new)
    _installed, _current = new, language
    return language


def validation_message(error) -> str:
    """A :class:`viewer.core.review.ValidationError` in the interface's language.

    The core words it in English from a template; the template and the field's label among its
    parameters (value, growth …) are looked up like any other string, in the "ValidationError"
    context; what the user typed is shown as typed.
    """
    template = QCoreApplication.translate("ValidationError", error.template)
    params = [QCoreApplication.translate("ValidationError", p) if p == error.field and p else p for p in error.params]
    try:
        return template.format(*params)
    except (IndexError, KeyError, ValueError):  # a translation that does not fit its template
        return error.message
