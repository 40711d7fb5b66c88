"""Editing the programme from the window, with the last edit taken back: ``run_edit`` makes one edit of
``programme_edit`` / ``programme_edit_parts`` / ``programme_restore`` in one transaction and returns with it
an ``Undo``; ``undo_edit`` makes the inverse edit through the same services, recorded in the programme's
history like any edit: a change changed back, a move moved back (to the place it had), a retired item
restored, a restored one retired again from the period it had, an added one retired from its first
report (so that it is in no report). Ids, texts and history are kept, as by every edit.

Also what the window asks about the programme: ``read_outline`` (every item of the year with its id,
retired ones too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from zhdesk.periods import KINDS, Period
from zhdesk.services import programme_edit as m
from zhdesk.services import programme_edit_parts as c
from zhdesk.services import programme_restore as r
from zhdesk.services.programme_edit import EditChange, Edited, ProgrammeEditError, Recorder, measure_label
from zhdesk.services.programme_outline import Outline, programme_outline
from zhdesk.storage.database import Store
from zhdesk.storage.models import Measure, Priority, Sector, Task

RANK = {"priority": 0, "sector": 1, "task": 2, "measure": 3}  # containers first
MODELS: dict[str, Any] = {"measure": Measure, "task": Task, "sector": Sector, "priority": Priority}
PARENT: dict[str, str] = {"measure": "task_id", "task": "sector_id", "sector": "priority_id"}
MOVES: dict[Callable[..., Edited], str] = {m.move_measure: "measure", c.change_task: "task", c.change_sector: "sector"}


@dataclass(frozen=True)
class Place:
    """Where an item stood before an edit moved it: its parent's id and the sibling just before it (None:
    it was the first), retired siblings counted."""

    item: str
    item_id: str
    parent_id: int
    after_id: str | None


@dataclass(frozen=True)
class Undo:
    """How to take one edit back: its changes (as the history recorded them) and the moved item's place."""

    year: int
    item: str
    item_id: str
    changes: tuple[EditChange, ...]
    place: Place | None = None


@dataclass(frozen=True)
class Done:
    """An edit made: what changed, and how to take it back (None: nothing changed, or it was an undo)."""

    edited: Edited
    undo: Undo | None


def run_edit(store: Store, operation: Callable[..., Edited], *args: Any, **kwargs: Any) -> Done:
    """One edit (``operation(session, *args, **kwargs)``) in its own transaction, with its undo."""
    with store.transaction() as session:
        place = _place_before(session, operation, args)
        edited = operation(session, *args, **kwargs)
        undo = Undo(edited.year, edited.item, edited.item_id, tuple(edited.changes), place) if edited.changes else None
        return Done(edited, undo)


def undo_edit(store: Store, undo: Undo) -> Done:
    """The inverse of ``undo``'s edit, in one transaction; refused (nothing changed) when it cannot be."""
    with store.transaction() as session:
        return Done(inverse(session, undo), None)


def read_outline(store: Store, year: int) -> Outline:
    """The year's programme with every item's id, retired items marked."""
    with store.reading() as session:
        return programme_outline(session, year, retired=True)


def _place_before(session: Session, operation: Callable[..., Edited], args: tuple[Any, ...]) -> Place | None:
    kind = MOVES.get(operation)
    if kind is None or not args:
        return None
    model, parent = MODELS[kind], PARENT[kind]
    row = m.get_row(session, model, args[0], kind)
    before = session.scalar(
        select(model.id)
        .where(getattr(model, parent) == getattr(row, parent), model.position < row.position)
        .order_by(model.position.desc(), model.id.desc())
        .limit(1)
    )
    return Place(kind, str(row.id), int(getattr(row, parent)), None if before is None else str(before))


# ---- the inverse edit ----------------------------------------------------------------------------------


def inverse(session: Session, undo: Undo) -> Edited:
    """The edit that takes ``undo``'s back, through the same services; every change recorded."""
    result = Edited(undo.item, undo.item_id, undo.year)
    fields: dict[tuple[str, str], dict[str, EditChange]] = {}
    for change in undo.changes:
        fields.setdefault((change.item, change.item_id), {})[change.field] = change
    created = [key for key, by_field in fields.items() if "created" in by_field]
    if created:  # an addition (with its first task and measure): the topmost item retired, the rest with it
        what, item_id = min(created, key=lambda key: RANK[key[0]])
        _merge(result, _retire_added(session, undo.year, what, item_id))
        return result
    retired = sorted((key for key, f in fields.items() if "retired" in f), key=lambda key: RANK[key[0]])
    for what, item_id in retired:  # containers first: a measure's restore would restore its task too
        if _row(session, what, item_id).retired_at is not None:
            _merge(result, _restore(session, what, item_id))
    restored = sorted((key for key, f in fields.items() if "restored" in f), key=lambda key: -RANK[key[0]])
    for what, item_id in restored:  # measures first: retiring a task would retire them from its period
        row = _row(session, what, item_id)
        if row.retired_at is None:
            start = fields[(what, item_id)]["restored"].old or None  # "": it was retired after the year's end
            old_no = fields[(what, item_id)].get("no")
            if old_no is not None:
                _merge(result, _change_back(session, what, item_id, {"no": old_no}))
            _merge(result, _retire(session, what, item_id, start))
    for (what, item_id), by_field in fields.items():
        if {"retired", "restored"} & set(by_field):
            continue
        _merge(result, _change_back(session, what, item_id, by_field, undo.place))
    return result


def _row(session: Session, what: str, item_id: str) -> Any:
    return m.get_row(session, MODELS[what], item_id if what == "measure" else int(item_id), what)


def _merge(into: Edited, edited: Edited) -> None:
    into.changes += edited.changes
    into.new_bodies += edited.new_bodies
    into.notes += edited.notes


def _first_period(year: int) -> str:
    return Period(year, KINDS[0]).code


def _retire_added(session: Session, year: int, what: str, item_id: str) -> Edited:
    row = _row(session, what, item_id)
    if row.retired_at is not None:
        raise ProgrammeEditError(f"{what} [{item_id}] is retired already; there is nothing to take back")
    start = (row.added_from if what == "measure" else None) or _first_period(year)
    return _retire(session, what, item_id, start)


def _retire(session: Session, what: str, item_id: str, start: str | None) -> Edited:
    if what == "measure":
        return m.retire_measure(session, item_id, start)
    retire: dict[str, Callable[[Session, int, str | None], Edited]] = {
        "task": c.retire_task,
        "sector": c.retire_sector,
        "priority": c.retire_priority,
    }
    return retire[what](session, int(item_id), start)


def _restore(session: Session, what: str, item_id: str) -> Edited:
    if what == "measure":
        return r.restore_measure(session, item_id)
    restore: dict[str, Callable[[Session, int], Edited]] = {
        "task": r.restore_task,
        "sector": r.restore_sector,
        "priority": r.restore_priority,
    }
    return restore[what](session, int(item_id))


def _change_back(
    session: Session, what: str, item_id: str, by_field: dict[str, EditChange], place: Place | None = None
) -> Edited:
    old = {name: change.old for name, change in by_field.items()}
    if what == "measure":
        if "task" in old or "position" in old:
            task = int(old.get("task") or _row(session, what, item_id).task_id)
            edited = m.move_measure(session, item_id, task, no=old.get("no"))
            _put_back(session, edited, place, record="position" in old)
            rest = {k: v for k, v in old.items() if k in ("text", "executors", "funding")}
            if rest:
                _merge(edited, m.change_measure(session, item_id, **rest))
            return edited
        if "previous" in old:
            return m.link_measure(session, item_id, old["previous"] or None)
        keep = ("no", "text", "executors", "funding")
        return m.change_measure(session, item_id, **{k: v for k, v in old.items() if k in keep})
    if what == "task":
        sector = int(old["sector"]) if "sector" in old else None
        edited = c.change_task(session, int(item_id), no=old.get("no"), text=old.get("text"), sector_id=sector)
        if sector is not None:
            _put_back(session, edited, place)
        return edited
    if what == "sector":
        priority = int(old["priority"]) if "priority" in old else None
        edited = c.change_sector(session, int(item_id), name=old.get("name"), priority_id=priority)
        if priority is not None:
            _put_back(session, edited, place)
        return edited
    return c.change_priority(session, int(item_id), name=old.get("name"), goal=old.get("goal"))


def _put_back(session: Session, edited: Edited, place: Place | None, *, record: bool = False) -> None:
    """The moved item back after the sibling it followed (or first), the later ones one down; ``record``:
    a move within its parent, recorded as one."""
    if place is None:
        return
    model, parent = MODELS[place.item], PARENT[place.item]
    row = _row(session, place.item, place.item_id)
    if int(getattr(row, parent)) != place.parent_id:
        return
    session.flush()
    siblings = getattr(model, parent) == place.parent_id
    if place.after_id is not None:
        after = _row(session, place.item, place.after_id)
        position = int(after.position) + 1
    else:
        position = int(session.scalar(select(func.min(model.position)).where(siblings)) or 1)
    before = session.scalar(
        select(model.id).where(siblings, model.position < row.position).order_by(model.position.desc()).limit(1)
    )
    if (None if before is None else str(before)) == place.after_id:
        return  # it stands there already
    session.execute(
        update(model)
        .where(siblings, model.position >= position, model.id != row.id)
        .values(position=model.position + 1),
        execution_options={"synchronize_session": "fetch"},
    )
    old_position, row.position = row.position, position
    if record and place.item == "measure":
        rec = Recorder(session, "measure", row.id, edited.year)
        label = measure_label(row)
        rec.add("measure", row.id, label, "position", str(old_position), str(position), "back")
        _merge(edited, rec.done())
