"""The programme by hand, in the coordinator's window: add, change, move, retire and restore a measure, task,
sector or priority from the navigator's context menu or the Programme menu, in the card's edit mode
(``ProgrammeCard``) or a small dialog (``programme_dialogs``), and undo the last change (Ctrl+Z outside a
text field) as the inverse edit.

Each edit is one ``Operation`` on the window's runner: what was typed is saved first, then one service call
(``services.programme_undo.run_edit``: one transaction, recorded in the programme's history), then the
window reads the period again and stays on the edited item. A refusal is shown in Ukrainian
(``programme_words``) and changes nothing. Only in the coordinator's window on a writable store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from zhdesk.gui import programme_forms as forms
from zhdesk.gui.operations import Changes, Operation
from zhdesk.gui.programme_card import ProgrammeCard
from zhdesk.gui.programme_dialogs import RestoreDialog
from zhdesk.gui.programme_forms import Call, Item
from zhdesk.gui.programme_moves import Moves
from zhdesk.gui.programme_words import change_words, message_words, refusal_words
from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.gui.operations import Progress
    from zhdesk.services.programme_edit import Edited
    from zhdesk.services.programme_outline import Node, Outline
    from zhdesk.services.programme_undo import Done, Undo
    from zhdesk.storage.database import Store

EDITED = Changes(texts=True, programme=True)  # the window reads the period again
KINDS = forms.ITEM_KINDS


@dataclass(frozen=True)
class Refused:
    message: str  # the service's words, in English


class ProgrammeEditing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("programmeEditing")
        self.window_ = window
        self.outline: Outline | None = None
        self.paths: dict[tuple[str, str], tuple[Node, ...]] = {}  # (kind, id) → priority … the item
        self.undos: list[Undo] = []
        self.pending: tuple[tuple[str, str], str | None, str] | None = None  # (item, fallback measure, message)
        self.reads = self.pending_after = 0  # readings of the period; the one the pending item waits after
        card = window.card
        self.card = ProgrammeCard(
            window,
            hide=[  # the fields stand for these labels; the previous period gives them its room meanwhile
                card.task_label,
                card.measure_label,
                card.executors_label,
                card.funding_label,
                card.previous_title,
                card.copy_button,
                card.previous_text,
                card.measure_problems,
            ],
            wait=[window.navigator, window.period_combo],
        )
        self.moves = Moves(self)
        self.menu = window.menuBar().addMenu(self.tr("&Programme"))
        self.menu.setObjectName("programmeMenu")
        self.menu.aboutToShow.connect(lambda: self._fill(self.menu, self.window_.navigator.currentIndex()))
        self.undo_action = QAction(self.tr("Undo the last change"), window)
        self.undo_action.setObjectName("programmeUndo")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))  # text fields keep their own
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_action.triggered.connect(self.undo)
        window.addAction(self.undo_action)
        view = window.navigator
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        window.ready.connect(self.read)
        self.read()

    def remove(self) -> None:
        """The store now belongs to one body (a form package was opened into it): no programme editing."""
        self.card.close_editing()
        self.window_.menuBar().removeAction(self.menu.menuAction())
        self.window_.removeAction(self.undo_action)
        self.window_.navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.window_.ready.disconnect(self.read)
        self.card.deleteLater()
        self.deleteLater()

    @property
    def writable(self) -> bool:
        store = self.window_.store
        return store is not None and not store.read_only and self.window_.body is None and self.outline is not None

    # -- the programme as it is now ------------------------------------------------------------------------

    def read(self) -> None:
        """The year's programme with its ids (after every reading of the period), then the item to stay on."""
        period = self.window_.period
        if period is None:
            return
        self.reads += 1
        read = self.reads

        def work(store: Store, _progress: Progress) -> Outline | None:
            from zhdesk.services.programme_edit import ProgrammeEditError
            from zhdesk.services.programme_undo import read_outline

            try:
                return read_outline(store, period.year)
            except ProgrammeEditError:  # no programme of the year
                return None

        from zhdesk.gui.operations import QUIET

        operation = Operation(self.window_, work, label="", progress=QUIET)
        operation.success(lambda outline: self._read(outline, read)).failure(lambda _words: None).run()

    def _read(self, outline: Outline | None, read: int) -> None:
        """``read``: which reading of the period this is (the item to stay on waits for the one after its edit)."""
        self.outline, self.paths = outline, {}

        def walk(node: Node, above: tuple[Node, ...]) -> None:
            path = (*above, node)
            self.paths[(node.kind, node.id)] = path
            for below in node.children:
                walk(below, path)

        for priority in outline.priorities if outline is not None else []:
            walk(priority, ())
        self.undo_action.setEnabled(bool(self.undos) and self.writable)
        if self.pending is not None and read > self.pending_after:
            (key, fallback, message), self.pending = self.pending, None
            self.show_item(key, fallback)
            if message:
                self.window_.statusBar().showMessage(message, 15000)

    def item_at(self, index: QModelIndex) -> Item | None:
        if not index.isValid():
            return None
        depth, measure_id = self.window_.model.first_measure(index)
        path = self.paths.get(("measure", measure_id))
        if path is None or not 1 <= depth <= len(path):
            return None
        return Item(KINDS[depth - 1], path[depth - 1], path[:depth])

    def measures_under(self, kind: str, item_id: str) -> list[str]:
        """The measures of the item shown in the navigator, in its order."""
        shown = self.window_.model.measure_ids()
        under = {key[1] for key, path in self.paths.items() if key[0] == "measure" and (kind, item_id) in _keys(path)}
        return [measure_id for measure_id in shown if measure_id in under]

    def show_item(self, key: tuple[str, str], fallback: str | None = None) -> None:
        """Select the item in the navigator (a container: its row), else ``fallback``, a measure near it."""
        kind, item_id = key
        model, view = self.window_.model, self.window_.navigator
        if kind == "measure" and item_id in model.by_id:
            self.window_.select_measure(item_id)
            return
        under = self.measures_under(kind, item_id)
        if under:
            index = model.index_of(under[0])
            for _ in range(len(KINDS) - 1 - KINDS.index(kind)):
                index = index.parent()
            view.setCurrentIndex(index)
            view.scrollTo(index)
        elif fallback is not None and fallback in model.by_id:
            self.window_.select_measure(fallback)

    def neighbour(self, kind: str, item_id: str) -> str | None:
        """The measure shown after the item's (or before them): where to stay when the item goes."""
        shown = self.window_.model.measure_ids()
        under = set(self.measures_under(kind, item_id))
        positions = [i for i, measure_id in enumerate(shown) if measure_id in under]
        if not positions:
            return None
        after = [m for m in shown[positions[-1] + 1 :] if m not in under]
        before = [m for m in shown[: positions[0]] if m not in under]
        return after[0] if after else (before[-1] if before else None)

    # -- menus ---------------------------------------------------------------------------------------------

    def _context_menu(self, point: QPoint) -> None:
        view = self.window_.navigator
        index = view.indexAt(point)
        if index.isValid():
            view.setCurrentIndex(index)
        menu = QMenu(view)
        menu.setObjectName("programmeContextMenu")
        self._fill(menu, index)
        menu.popup(view.viewport().mapToGlobal(point))

    def _fill(self, menu: QMenu, index: QModelIndex) -> None:
        """The edits of the item at ``index`` (none: of the programme), then Restore and Undo."""
        menu.clear()
        if not self.writable:
            why = (
                self.tr("The store is read-only: the programme cannot be changed here.")
                if self.window_.store is not None and self.window_.store.read_only
                else self.tr("The programme is not read yet.")
            )
            menu.addAction(why).setEnabled(False)
            return
        item = self.item_at(index)
        for words, slot in forms.actions(self, item):
            action = menu.addAction(words)
            action.triggered.connect(slot)
        menu.addSeparator()
        menu.addAction(self.tr("Restore retired…")).triggered.connect(self.restore)
        self.undo_action.setEnabled(bool(self.undos))
        menu.addAction(self.undo_action)

    # -- editing -------------------------------------------------------------------------------------------

    def run(self, label: str, call: Call, stay: tuple[str, str] | None, fallback: str | None = None) -> None:
        """One edit on the runner; then the period read again, on ``stay`` (None: the measure it created)."""

        def work(store: Store, _progress: Progress) -> Done | Refused:
            from zhdesk.services.programme_edit import ProgrammeEditError
            from zhdesk.services.programme_undo import run_edit

            operation, args, kwargs = call()
            try:
                return run_edit(store, operation, *args, **kwargs)
            except ProgrammeEditError as exc:
                return Refused(str(exc))

        Operation(self.window_, work, label=label, changes=EDITED, initiator=self).success(
            lambda done: self._done(done, stay, fallback)
        ).run()

    def _done(self, done: Done | Refused, stay: tuple[str, str] | None, fallback: str | None) -> None:
        if isinstance(done, Refused):
            words = refusal_words(done.message)
            if self.card.isVisible():
                self.card.refuse(words)
            else:
                self._tell(QMessageBox.Icon.Warning, words)
            return
        edited = done.edited
        if done.undo is not None:
            self.undos.append(done.undo)
            del self.undos[:-20]
        self.card.close_editing()
        if stay is None:  # an addition: the measure it created, ready for its text
            created = [c.item_id for c in edited.changes if c.item == "measure" and c.field == "created"]
            stay = ("measure", created[0]) if created else (edited.item, edited.item_id)
        self.pending, self.pending_after = (stay, fallback, self._summary(edited)), self.reads
        self._explain(edited)

    def _summary(self, edited: Edited) -> str:
        if not edited.changes:
            return self.tr("Nothing changed in the programme.")
        lines = [change_words(change) for change in edited.changes]
        more = self.tr(" (and {0} more)").format(len(lines) - 2) if len(lines) > 2 else ""
        return "; ".join(lines[:2]) + more

    def _explain(self, edited: Edited) -> None:
        """What the coordinator should know beyond the change: notes, new executive bodies."""
        lines = [message_words(note) for note in edited.notes]
        lines += [
            self.tr("A new executive body: {0} (see the dashboard's bodies)").format(n) for n in edited.new_bodies
        ]
        if lines:
            changes = "\n".join(change_words(change) for change in edited.changes[:10])
            self._tell(QMessageBox.Icon.Information, changes + "\n\n" + "\n".join(lines))

    def _tell(self, icon: QMessageBox.Icon, words: str) -> None:
        box = QMessageBox(icon, self.tr("Programme"), words, QMessageBox.StandardButton.Ok, self.window_)
        box.setObjectName("programmeMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def undo(self) -> None:
        """Take the last programme edit back (the inverse edit, recorded like any)."""
        if self.card.isVisible() or not self.writable:
            return
        if not self.undos:
            self.window_.statusBar().showMessage(self.tr("No change of the programme to undo."), 8000)
            return
        undo = self.undos.pop()

        def work(store: Store, _progress: Progress) -> Done | Refused:
            from zhdesk.services.programme_edit import ProgrammeEditError
            from zhdesk.services.programme_undo import undo_edit

            try:
                return undo_edit(store, undo)
            except ProgrammeEditError as exc:
                return Refused(str(exc))

        def done(result: Done | Refused) -> None:
            if isinstance(result, Refused):
                self.undos.append(undo)  # still the last change: it may be taken back once the refusal is fixed
            self._done(result, (undo.item, undo.item_id), fallback)

        fallback = self.neighbour(undo.item, undo.item_id)
        label = self.tr("Undoing the last change")
        Operation(self.window_, work, label=label, changes=EDITED, initiator=self).success(done).run()

    def restore(self) -> None:
        """Відновити вилучене…: a retired item of the year back in its place."""
        if self.outline is None:
            return
        retired = [
            (forms.retired_words(path), (path[-1].kind, path[-1].id))
            for path in self.paths.values()
            if path[-1].retired
        ]
        dialog = RestoreDialog(self.window_, retired)
        dialog.setObjectName("restoreDialog")

        def chosen() -> None:
            key = dialog.chosen()
            if key is not None:
                self.run(self.tr("Restoring"), forms.restore_call(*key), key)

        dialog.accepted.connect(chosen)
        dialog.open()


def _keys(path: tuple[Node, ...]) -> set[tuple[str, str]]:
    return {(node.kind, node.id) for node in path}
