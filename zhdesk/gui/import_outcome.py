"""What an import found and did, as the import dialog shows it: one ``Outcome`` for a report import
(``services.programme_import.import_report``) and for a programme or an amendment
(``services.programme.import_programme``), and its summary as HTML in the coordinator's words.

The figures are those the command line prints (``cli/plan_output``): the file's measures by kind (matched,
renumbered, re-worded, moved, executors or funding changed, added, restored, uncertain), the retired ones,
the repairs, the new bodies and the suspected duplicates."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from zhdesk.gui.exchange_dialogs import diff_html
from zhdesk.gui.import_words import location_words, message_words
from zhdesk.gui.period_words import period_words

if TYPE_CHECKING:
    from zhdesk.importing.structure import Repair
    from zhdesk.periods import Period
    from zhdesk.services.bodies import SuspectedDuplicate
    from zhdesk.services.body_duplicates import DuplicatePair
    from zhdesk.services.programme import ProgrammeResult
    from zhdesk.services.programme_import import ImportResult
    from zhdesk.services.programme_links import Link
    from zhdesk.services.programme_plan import MeasurePlan, Plan
    from zhdesk.services.programme_tree import StoredMeasure


@dataclass
class Outcome:
    """One run of an import: ``written`` when the store changed (or would have, had it differed)."""

    kind: str  # "report" or "programme"
    source: str
    plan: Plan | None
    repairs: list[Repair]
    notes: list[Repair] = field(default_factory=list)
    new_bodies: list[str] = field(default_factory=list)
    duplicates: list[SuspectedDuplicate] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    linked_next: int = 0
    created: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    written: bool = False
    dry_run: bool = False
    period: Period | None = None
    year: int = 0
    retired_from: str | None = None
    closing: str = ""
    priorities: int = 0
    sectors: int = 0
    measures: int = 0
    pairs: list[DuplicatePair] = field(default_factory=list)  # the duplicates with both bodies' names

    @property
    def waiting(self) -> bool:
        return bool(self.plan is not None and self.plan.waiting)

    @property
    def amendment(self) -> bool:
        return self.kind == "programme" and self.plan is not None and not self.plan.creates_programme

    @property
    def retired(self) -> list[StoredMeasure]:
        return self.plan.retired() if self.plan is not None and self.amendment else []

    @property
    def counts(self) -> dict[str, int]:
        return self.plan.counts() if self.plan is not None else {}

    @classmethod
    def of_report(cls, result: ImportResult) -> Outcome:
        report = result.report
        return cls(
            "report",
            report.source,
            result.plan,
            list(report.repairs),
            list(result.notes),
            list(result.new_bodies),
            list(result.suspected_duplicates),
            list(result.links),
            result.linked_next,
            dict(result.created),
            dict(result.changed),
            written=not result.waiting,
            period=result.period,
            year=result.period.year,
            closing=report.closing,
            priorities=len(report.priorities),
            sectors=len(report.sectors),
            measures=len(report.measures),
        )

    @classmethod
    def of_programme(cls, result: ProgrammeResult) -> Outcome:
        report, applied = result.report, result.applied
        return cls(
            "programme",
            report.source,
            result.plan,
            list(report.repairs),
            list(result.notes),
            list(result.new_bodies),
            list(result.suspected_duplicates),
            list(result.links),
            result.linked_next,
            dict(applied.created) if applied else {},
            {**applied.changed, **{f"{k} retired": n for k, n in applied.retired.items()}} if applied else {},
            written=applied is not None,
            dry_run=result.dry_run,
            year=result.year,
            retired_from=result.retired_from,
            closing=report.closing,
            priorities=len(report.priorities),
            sectors=len(report.sectors),
            measures=len(report.measures),
        )


KIND_ORDER = ("matched", "renumbered", "re-worded", "moved", "executors changed", "funding changed", "restored")
INDENT = "\u2003"  # the kinds of the file's measures stand under their count


def _kind_order(kind: str) -> int:
    order = (*KIND_ORDER, "added", "uncertain")
    return order.index(kind) if kind in order else len(order)


def kind_words(kind: str) -> str:
    """A kind of measure in a plan (``Plan.counts`` keys, ``CHANGE_WORDS`` values), in Ukrainian."""
    return {
        "matched": QCoreApplication.translate("ImportOutcome", "matched, unchanged"),
        "renumbered": QCoreApplication.translate("ImportOutcome", "renumbered"),
        "re-worded": QCoreApplication.translate("ImportOutcome", "re-worded"),
        "moved": QCoreApplication.translate("ImportOutcome", "moved to another task"),
        "executors changed": QCoreApplication.translate("ImportOutcome", "executors changed"),
        "funding changed": QCoreApplication.translate("ImportOutcome", "funding changed"),
        "added": QCoreApplication.translate("ImportOutcome", "added"),
        "restored": QCoreApplication.translate("ImportOutcome", "restored"),
        "uncertain": QCoreApplication.translate("ImportOutcome", "uncertain"),
        "retired": QCoreApplication.translate("ImportOutcome", "retired"),
    }.get(kind, kind)


def _counted(kind: str) -> str:
    """What the store got, by the services' keys (``created``/``changed``)."""
    return {
        "programmes": QCoreApplication.translate("ImportOutcome", "programmes"),
        "priorities": QCoreApplication.translate("ImportOutcome", "priorities"),
        "sectors": QCoreApplication.translate("ImportOutcome", "sectors"),
        "tasks": QCoreApplication.translate("ImportOutcome", "tasks"),
        "measures": QCoreApplication.translate("ImportOutcome", "measures"),
        "execution texts": QCoreApplication.translate("ImportOutcome", "execution texts"),
        "settings": QCoreApplication.translate("ImportOutcome", "settings"),
        "executor lists": QCoreApplication.translate("ImportOutcome", "executor lists"),
        "priorities restored": QCoreApplication.translate("ImportOutcome", "priorities restored"),
        "sectors restored": QCoreApplication.translate("ImportOutcome", "sectors restored"),
        "tasks restored": QCoreApplication.translate("ImportOutcome", "tasks restored"),
        "measures restored": QCoreApplication.translate("ImportOutcome", "measures restored"),
        "measures retired": QCoreApplication.translate("ImportOutcome", "measures retired"),
        "tasks retired": QCoreApplication.translate("ImportOutcome", "tasks retired"),
        "sectors retired": QCoreApplication.translate("ImportOutcome", "sectors retired"),
        "priorities retired": QCoreApplication.translate("ImportOutcome", "priorities retired"),
    }.get(kind, kind)


def _item(item: str) -> str:
    return {
        "priority": QCoreApplication.translate("ImportOutcome", "Priority"),
        "sector": QCoreApplication.translate("ImportOutcome", "Sector"),
        "task": QCoreApplication.translate("ImportOutcome", "Task"),
    }.get(item, item)


def _container_kind(kind: str) -> str:
    return {
        "added": QCoreApplication.translate("ImportOutcome", "added"),
        "renamed": QCoreApplication.translate("ImportOutcome", "renamed"),
        "renumbered": QCoreApplication.translate("ImportOutcome", "renumbered"),
        "moved": QCoreApplication.translate("ImportOutcome", "moved"),
        "re-worded": QCoreApplication.translate("ImportOutcome", "re-worded"),
        "retired": QCoreApplication.translate("ImportOutcome", "retired"),
        "restored": QCoreApplication.translate("ImportOutcome", "restored"),
    }.get(kind, kind)


def _e(text: str) -> str:
    return html.escape(" ".join(text.split()))


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return _e(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def label(plan: Plan, measure: MeasurePlan) -> str:
    """``1.2 (the sector)``: the file's measure as the plan names it."""
    pi, si, _ = measure.task_key
    return f"{measure.parsed.no} ({plan.report.priorities[pi].sectors[si].name})"


def status_words(outcome: Outcome) -> str:
    """One line: what happened to the store."""
    if outcome.waiting and outcome.kind == "report":
        return QCoreApplication.translate(
            "ImportOutcome",
            "Nothing was imported yet: say for each uncertain matching (the Uncertain tab) whether it is the same "
            "measure, then press Import with these answers.",
        )
    if outcome.waiting:
        return QCoreApplication.translate(
            "ImportOutcome",
            "The plan, checked: nothing was changed yet. Say for each uncertain matching (the Uncertain tab) "
            "whether it is the same measure, then press Apply.",
        )
    if outcome.dry_run:
        return QCoreApplication.translate(
            "ImportOutcome", "The plan, checked: nothing was changed yet. Press Apply to make these changes."
        )
    if not (outcome.created or outcome.changed or outcome.links):
        return QCoreApplication.translate("ImportOutcome", "The store already held exactly this; nothing changed.")
    if outcome.kind == "report":
        assert outcome.period is not None
        return QCoreApplication.translate("ImportOutcome", "Imported {0}.").format(period_words(outcome.period))
    return QCoreApplication.translate("ImportOutcome", "Applied to the programme of {0}.").format(outcome.year)


def figures(outcome: Outcome) -> list[tuple[str, int]]:
    """The figures the dialog shows at the top, in order (the command line's --json has each of them)."""
    rows = [(QCoreApplication.translate("ImportOutcome", "Measures in the file"), outcome.measures)]
    counts = outcome.counts
    rows += [(INDENT + kind_words(kind), counts[kind]) for kind in sorted(counts, key=_kind_order)]
    if outcome.amendment:
        rows.append((INDENT + kind_words("retired"), len(outcome.retired)))
    rows += [
        (QCoreApplication.translate("ImportOutcome", "Repairs"), len(outcome.repairs)),
        (QCoreApplication.translate("ImportOutcome", "New executive bodies"), len(outcome.new_bodies)),
        (QCoreApplication.translate("ImportOutcome", "Suspected duplicate bodies"), len(outcome.duplicates)),
    ]
    return rows


def summary_html(outcome: Outcome) -> str:
    """The whole summary: the status, the figures, then each list the command line prints."""
    out = [f"<p><b>{html.escape(status_words(outcome))}</b></p>"]
    where = QCoreApplication.translate("ImportOutcome", "{0} priorities, {1} sectors, {2} measures").format(
        outcome.priorities, outcome.sectors, outcome.measures
    )
    out.append(f"<p>{html.escape(outcome.source)}: {html.escape(where)}</p>")
    out.append("<table cellspacing='0' cellpadding='2'>")
    for words, n in figures(outcome):
        out.append(f"<tr><td>{html.escape(words)}:</td><td align='right'>&nbsp;<b>{n}</b></td></tr>")
    out.append("</table>")
    if outcome.created or outcome.changed:
        made = ", ".join(f"{_counted(k)}: {n}" for k, n in outcome.created.items()) or QCoreApplication.translate(
            "ImportOutcome", "nothing"
        )
        changed = ", ".join(f"{_counted(k)}: {n}" for k, n in outcome.changed.items()) or QCoreApplication.translate(
            "ImportOutcome", "nothing"
        )
        words = QCoreApplication.translate("ImportOutcome", "Created: {0}. Changed: {1}.")
        out.append(f"<p>{html.escape(words.format(made, changed))}</p>")
    if outcome.plan is not None:
        out += _plan_lists(outcome, outcome.plan)
    if outcome.links:
        weak = [link for link in outcome.links if link.check]
        words = QCoreApplication.translate(
            "ImportOutcome", "Linked to the programme of {0}: {1} measures ({2} to check)"
        )
        out.append(f"<p>{html.escape(words.format(outcome.year - 1, len(outcome.links), len(weak)))}</p>")
        out += _list(
            [f"{_e(link.measure.parsed.no)} ~ {_e(link.previous_label)}, {link.similarity:.0%}" for link in weak]
        )
    if outcome.linked_next:
        words = QCoreApplication.translate(
            "ImportOutcome", "Linked {0} measures of the programme of {1} to these measures"
        )
        out.append(f"<p>{html.escape(words.format(outcome.linked_next, outcome.year + 1))}</p>")
    for note in outcome.notes:
        words = QCoreApplication.translate("ImportOutcome", "Note")
        out.append(f"<p>{html.escape(words)}: {_e(message_words(note.message))}</p>")
    if outcome.closing:
        words = QCoreApplication.translate(
            "ImportOutcome", "Text after the footnote (the signature block), not imported: {0}"
        )
        out.append(f"<p>{html.escape(words.format(' / '.join(outcome.closing.splitlines())))}</p>")
    return "".join(out)


def _heading(words: str, n: int) -> str:
    return f"<h4>{html.escape(words)} ({n})</h4>"


def _list(items: list[str]) -> list[str]:
    return ["<ul>", *(f"<li>{item}</li>" for item in items), "</ul>"] if items else []


def _plan_lists(outcome: Outcome, plan: Plan) -> list[str]:
    out: list[str] = []
    if not plan.amends and any(m.changes for m in plan.measures if m.kind not in ("uncertain", "added")):
        out.append(
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "ImportOutcome",
                    "A report import keeps the programme as the store has it; where the file differs, its texts "
                    "were imported and the programme kept (amend it with File → Import a programme… if the file "
                    "is right):",
                )
            )
            + "</p>"
        )
    from zhdesk.services.programme_words import CHANGE_WORDS

    for change, word in CHANGE_WORDS.items():
        changed = [m for m in plan.measures if change in m.changes and m.kind not in ("uncertain", "added")]
        if not changed:
            continue
        out.append(_heading(kind_words(word).capitalize(), len(changed)))
        items = []
        for m in changed:
            assert m.stored is not None
            old, new = {
                "no": (m.stored.no, m.parsed.no),
                "text": (m.stored.text, m.parsed.text),
                "task": (plan.tree.label(m.stored.id), label(plan, m)),
                "executors": (m.stored.executors, m.parsed.executors),
                "funding": (m.stored.funding, m.parsed.programme_or_funding),
            }[change]
            if change == "text":  # the words that changed, struck out and added, as receiving shows them
                items.append(f"{_e(label(plan, m))}: {diff_html(old, new)}")
            else:
                items.append(f"{_e(label(plan, m))}: {_short(old, 120)} → {_short(new, 120)}")
        out += _list(items)
    restored = [m for m in plan.measures if m.restores]
    if restored:
        out.append(_heading(kind_words("restored").capitalize(), len(restored)))
        out += _list([f"{_e(label(plan, m))} {_short(m.parsed.text)}" for m in restored])
    added = [m for m in plan.measures if m.kind == "added"]
    if added and not plan.creates_programme:
        out.append(_heading(kind_words("added").capitalize(), len(added)))
        out += _list(
            [f"{_e(label(plan, m))} {_short(m.parsed.text)} ({_e(location_words(m.parsed.location))})" for m in added]
        )
    if outcome.amendment and outcome.retired:
        when = (
            QCoreApplication.translate(
                "ImportOutcome", "left out of the reports from {0} on; texts and history kept"
            ).format(outcome.retired_from)
            if outcome.retired_from
            else QCoreApplication.translate("ImportOutcome", "after the year's last report; texts and history kept")
        )
        out.append(_heading(f"{kind_words('retired').capitalize()}, {when}", len(outcome.retired)))
        out += _list([f"{_e(plan.tree.label(s.id))} {_short(s.text)}" for s in outcome.retired])
    elif plan.unmatched and not plan.creates_programme:
        out.append(
            _heading(
                QCoreApplication.translate("ImportOutcome", "In the store but not in this file (kept)"),
                len(plan.unmatched),
            )
        )
        out += _list([f"{_e(plan.tree.label(s.id))} {_short(s.text)}" for s in plan.unmatched])
    structure = [c for c in plan.containers if c.kind != "retired" or outcome.amendment]
    structure = [c for c in structure if not (c.kind == "added" and plan.creates_programme)]
    if structure:
        out.append(
            _heading(QCoreApplication.translate("ImportOutcome", "Priorities, sectors and tasks"), len(structure))
        )
        items = []
        for c in structure:
            what = f"{_item(c.item)} — {_container_kind(c.kind)}"
            if c.kind in ("added", "restored"):
                items.append(f"{html.escape(what)}: {_short(c.new, 100)}")
            elif c.kind == "retired":
                items.append(f"{html.escape(what)}: {_short(c.old, 100)}")
            else:
                items.append(f"{html.escape(what)}: {_short(c.old, 80)} → {_short(c.new, 80)}")
        out += _list(items)
    return out
