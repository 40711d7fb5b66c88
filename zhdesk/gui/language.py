"""The UI language: Ukrainian by default, English on request (remembered in QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox

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
        for name, folder in (
            (str(paths.resource_file("i18n", "zhdesk_uk.qm")), ""),
            ("qtbase_uk", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            # Qt's words qtbase_uk leaves in English (the file dialog's "Look in:"): the last one installed is
            # asked first
            (str(paths.resource_file("i18n", "qt_extra_uk.qm")), ""),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                translators.append(translator)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return translators


def add_menu(window: QMainWindow) -> None:
    """Settings → Language, each language named in itself; applied at the next start."""
    settings = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    menu = settings.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    for code, name in LANGUAGES.items():
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == chosen())
        action.triggered.connect(lambda _checked=False, code=code: _choose(window, code))
        group.addAction(action)


def _choose(window: QMainWindow, code: str) -> None:
    choose(code)
    QMessageBox.information(
        window,
        QCoreApplication.translate("MainWindow", "Language"),
        QCoreApplication.translate("MainWindow", "The language changes the next time zhdesk starts."),
    )
