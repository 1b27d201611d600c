"""The interface language: Qt translators for our strings and Qt's own, switched at once."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from httpcodes.catalogue.i18n import (
    ENGLISH,
    LANGUAGES,
    language_from_environment,
    normalise_language,
)
from httpcodes.resources import resource_path

log = logging.getLogger(__name__)
SETTING_CHOICES = ("system", *LANGUAGES)


def system_language() -> str:
    """The desktop's language, if we have it; English otherwise."""
    from_environment = language_from_environment()
    if from_environment != ENGLISH:
        return from_environment
    for name in QLocale.system().uiLanguages():
        found = normalise_language(name)
        if found:
            return found
    return ENGLISH


def resolve(choice: str) -> str:
    """``system``, ``en`` or ``zh-CN`` to the language to show."""
    return system_language() if choice == "system" else (normalise_language(choice) or ENGLISH)


class Translations:
    """Owns the installed translators; ``apply`` swaps them, which sends every widget a
    LanguageChange event."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = ENGLISH

    def apply(self, language: str) -> bool:
        """Install the translators for ``language``; False if ours could not be loaded."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        # Each translator installed or removed sends the application a LanguageChange; it
        # posts one to each window, and Qt merges those still queued: the widgets retranslate
        # once, on the next turn of the event loop.
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        if language == ENGLISH:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            return True
        # Every language we translate into but English is written in Han characters.
        from httpcodes.gui.fonts import ensure_chinese_font

        ensure_chinese_font()
        file_language = language.replace("-", "_")
        ours = QTranslator(app)
        path = resource_path("translations", f"httpcodes_{file_language}.qm")
        loaded = ours.load(str(path))
        if loaded:
            self._installed.append(ours)
        else:
            log.warning("interface translation %s not found; the interface stays English", path)
        from PySide6.QtCore import QLibraryInfo  # only for another language than English

        qt_own = QTranslator(app)
        if qt_own.load(
            f"qtbase_{file_language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._installed.append(qt_own)
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(file_language))
        return loaded


_shared: Translations | None = None


def shared_translations() -> Translations:
    """The application's one set of translators (they are global to the application)."""
    global _shared
    if _shared is None:
        _shared = Translations()
    return _shared
