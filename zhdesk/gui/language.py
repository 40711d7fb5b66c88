"""The UI language: Ukrainian by default, English on request (remembered in QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from zhdesk import paths

LANGUAGES = {"uk": "Українська", "en": "English"}
KEY = "ui/language"


def chosen() -> str:
    value = QSettings().value(KEY, "uk")
    return value if value in LANGUAGES else "uk"


def choose(language: str) -> None:
    QSettings().setValue(KEY, language)


def install(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load zhdesk's and Qt's own translations for the language; numbers and dates follow it."""
    language = language or chosen()
    translators: list[QTranslator] = []
    if language == "uk":
        QLocale.setDefault(QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine))
        for folder, name in (
            (paths.RESOURCES / "i18n", "zhdesk_uk"),
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_uk"),
        ):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                translators.append(translator)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return translators
