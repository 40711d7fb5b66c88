"""Compiled from zhdesk/resources/forms/main_window.ui by `make forms` (packaging/compile_forms.py)."""

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDockWidget, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStatusBar, QTreeView, QTreeWidget, QVBoxLayout, QWidget

from zhdesk.gui.text_editor import ExecutionEditor

from zhdesk.gui.qt_namespace import add_dock_widget, set_enum


class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.periodLabel = QLabel(self.central)
        self.periodLabel.setObjectName(u"periodLabel")

        self.toolbarLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(self.central)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMinimumContentsLength(22)

        self.toolbarLayout.addWidget(self.periodCombo)

        self.filterLabel = QLabel(self.central)
        self.filterLabel.setObjectName(u"filterLabel")

        self.toolbarLayout.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(self.central)
        self.filterCombo.setObjectName(u"filterCombo")

        self.toolbarLayout.addWidget(self.filterCombo)

        self.searchEdit = QLineEdit(self.central)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.searchEdit)

        self.progressLabel = QLabel(self.central)
        self.progressLabel.setObjectName(u"progressLabel")

        self.toolbarLayout.addWidget(self.progressLabel)


        self.centralLayout.addLayout(self.toolbarLayout)

        self.splitter = QSplitter(parent=self.central)
        self.splitter.setObjectName(u"splitter")
        set_enum(self.splitter, "orientation", "Horizontal")
        self.navigator = QTreeView(self.splitter)
        self.navigator.setObjectName(u"navigator")
        self.navigator.setUniformRowHeights(True)
        self.navigator.setHeaderHidden(True)
        self.splitter.addWidget(self.navigator)
        self.card = QWidget(self.splitter)
        self.card.setObjectName(u"card")
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(0, 0, 0, 0)
        self.taskLabel = QLabel(self.card)
        self.taskLabel.setObjectName(u"taskLabel")
        self.taskLabel.setWordWrap(True)
        set_enum(self.taskLabel, "textInteractionFlags", "TextSelectableByMouse")

        self.cardLayout.addWidget(self.taskLabel)

        self.measureLabel = QLabel(self.card)
        self.measureLabel.setObjectName(u"measureLabel")
        self.measureLabel.setWordWrap(True)
        set_enum(self.measureLabel, "textInteractionFlags", "TextSelectableByMouse")

        self.cardLayout.addWidget(self.measureLabel)

        self.executorsLabel = QLabel(self.card)
        self.executorsLabel.setObjectName(u"executorsLabel")
        self.executorsLabel.setWordWrap(True)
        set_enum(self.executorsLabel, "textInteractionFlags", "TextSelectableByMouse")

        self.cardLayout.addWidget(self.executorsLabel)

        self.fundingLabel = QLabel(self.card)
        self.fundingLabel.setObjectName(u"fundingLabel")
        self.fundingLabel.setWordWrap(True)
        set_enum(self.fundingLabel, "textInteractionFlags", "TextSelectableByMouse")

        self.cardLayout.addWidget(self.fundingLabel)

        self.previousLayout = QHBoxLayout()
        self.previousLayout.setObjectName(u"previousLayout")
        self.previousTitle = QLabel(self.card)
        self.previousTitle.setObjectName(u"previousTitle")

        self.previousLayout.addWidget(self.previousTitle)

        self.previousSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previousLayout.addItem(self.previousSpacer)

        self.copyButton = QPushButton(self.card)
        self.copyButton.setObjectName(u"copyButton")

        self.previousLayout.addWidget(self.copyButton)


        self.cardLayout.addLayout(self.previousLayout)

        self.previousText = QPlainTextEdit(self.card)
        self.previousText.setObjectName(u"previousText")
        self.previousText.setReadOnly(True)
        self.previousText.setMaximumHeight(120)

        self.cardLayout.addWidget(self.previousText)

        self.noteLabel = QLabel(self.card)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        set_enum(self.noteLabel, "textFormat", "RichText")
        self.noteLabel.setStyleSheet(u"QLabel { background: #fff4cc; border: 1px solid #e0c060; padding: 6px; }")

        self.cardLayout.addWidget(self.noteLabel)

        self.editorTitle = QLabel(self.card)
        self.editorTitle.setObjectName(u"editorTitle")

        self.cardLayout.addWidget(self.editorTitle)

        self.editor = ExecutionEditor(self.card)
        self.editor.setObjectName(u"editor")

        self.cardLayout.addWidget(self.editor)

        self.measureProblems = QLabel(self.card)
        self.measureProblems.setObjectName(u"measureProblems")
        self.measureProblems.setWordWrap(True)
        set_enum(self.measureProblems, "textFormat", "PlainText")
        set_enum(self.measureProblems, "textInteractionFlags", "TextSelectableByMouse")

        self.cardLayout.addWidget(self.measureProblems)

        self.countLabel = QLabel(self.card)
        self.countLabel.setObjectName(u"countLabel")

        self.cardLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.card)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.central)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
        self.problemsDock = QDockWidget(MainWindow)
        self.problemsDock.setObjectName(u"problemsDock")
        self.problemsTree = QTreeWidget()
        self.problemsTree.setObjectName(u"problemsTree")
        self.problemsTree.setHeaderHidden(True)
        self.problemsDock.setWidget(self.problemsTree)
        add_dock_widget(MainWindow, "BottomDockWidgetArea", self.problemsDock)
#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.filterLabel.setBuddy(self.filterCombo)
        self.editorTitle.setBuddy(self.editor)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.filterCombo)
        QWidget.setTabOrder(self.filterCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.navigator)
        QWidget.setTabOrder(self.navigator, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.editor)
        QWidget.setTabOrder(self.editor, self.measureProblems)
        QWidget.setTabOrder(self.measureProblems, self.problemsTree)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"zhdesk", None))
        self.periodLabel.setText(QCoreApplication.translate("MainWindow", u"Period:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Reporting period", None))
#endif // QT_CONFIG(accessibility)
        self.filterLabel.setText(QCoreApplication.translate("MainWindow", u"Show:", None))
#if QT_CONFIG(accessibility)
        self.filterCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Which measures to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search measures and texts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filled measures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.navigator.setAccessibleName(QCoreApplication.translate("MainWindow", u"Programme measures", None))
#endif // QT_CONFIG(accessibility)
        self.previousTitle.setText(QCoreApplication.translate("MainWindow", u"Previous period:", None))
        self.copyButton.setText(QCoreApplication.translate("MainWindow", u"Copy into this period", None))
#if QT_CONFIG(accessibility)
        self.previousText.setAccessibleName(QCoreApplication.translate("MainWindow", u"Text of the previous period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Comments and conflicts for this measure", None))
#endif // QT_CONFIG(accessibility)
        self.editorTitle.setText(QCoreApplication.translate("MainWindow", u"What was done in the period:", None))
#if QT_CONFIG(accessibility)
        self.editor.setAccessibleName(QCoreApplication.translate("MainWindow", u"Execution text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.measureProblems.setAccessibleName(QCoreApplication.translate("MainWindow", u"Problems of this measure", None))
#endif // QT_CONFIG(accessibility)
        self.problemsDock.setWindowTitle(QCoreApplication.translate("MainWindow", u"Problems", None))
        ___qtreewidgetitem = self.problemsTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MainWindow", u"Problem", None))
#if QT_CONFIG(accessibility)
        self.problemsTree.setAccessibleName(QCoreApplication.translate("MainWindow", u"All problems", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
