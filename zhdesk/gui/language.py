"""The UI language: Ukrainian by default, English on request (remembered in QSettings).

Settings → Language applies at once: the window is built again in the new language (``app.attach_panels``
gives the menu that, see ``LanguageMenu.rebuild``), on the same store, after the typed text was saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
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


def apply(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Change the running program's language: the translators ``install`` loaded go, the new ones come."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    return install(app, language)


class LanguageMenu(QObject):
    """Settings → Language, each language named in itself. ``rebuild(code)``, when the window was given one,
    builds the window again in the chosen language; without it the language applies at the next start."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("languageMenu")
        self.window_ = window
        self.rebuild: Callable[[str], bool] | None = None  # False: the window stayed as it was
        settings = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
        self.menu = settings.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
        group = QActionGroup(window)
        self.choices: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = self.menu.addAction(name)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == chosen())
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            group.addAction(action)
            self.choices[code] = action

    def choose(self, code: str) -> None:
        before = chosen()
        if code == before and self.rebuild is not None:
            return
        choose(code)
        if self.rebuild is not None:
            if not self.rebuild(code):  # the window could not close (text not saved): nothing changes
                choose(before)
                self.choices[before].setChecked(True)
            return
        QMessageBox.information(
            self.window_,
            QCoreApplication.translate("MainWindow", "Language"),
            QCoreApplication.translate("MainWindow", "The language changes the next time zhdesk starts."),
        )


def add_menu(window: QMainWindow) -> LanguageMenu:
    """Settings → Language in the window's menu bar."""
    return LanguageMenu(window)
