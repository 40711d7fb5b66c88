"""How a programme plan reads: the lines of ``import-programme`` and ``import-report``, and its JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zhdesk.services.programme_words import CHANGE_WORDS

if TYPE_CHECKING:
    from zhdesk.importing.structure import Repair
    from zhdesk.services.programme_links import Link
    from zhdesk.services.programme_plan import MeasurePlan, Plan
    from zhdesk.services.programme_tree import StoredMeasure


def _short(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _changed_words(old: str, new: str, limit: int = 160) -> str:
    """The word-level difference (``[-removed-]{+added+}``), cut to a window around the first change."""
    from zhdesk.exchange.submissions import inline_diff

    diff = " ".join(inline_diff(old, new).split())
    start = max(0, min((i for i in (diff.find("[-"), diff.find("{+")) if i >= 0), default=0) - 40)
    cut = diff[start : start + limit]
    return ("…" if start else "") + cut + ("…" if start + limit < len(diff) else "")


def _label(plan: Plan, measure: MeasurePlan) -> str:
    pi, si, _ = measure.task_key
    return f"{measure.parsed.no} ({plan.report.priorities[pi].sectors[si].name})"


def _stored_label(plan: Plan, stored: StoredMeasure) -> str:
    return plan.tree.label(stored.id)


def print_plan(plan: Plan, *, retire: bool, retired_from: str | None) -> None:
    counts = plan.counts()
    retired = plan.retired() if retire else []
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    tail = f", {len(retired)} retired" if retire else ""
    print(f"  {len(plan.measures)} measures in the file: {summary}{tail}")
    if not plan.amends and any(m.changes for m in plan.measures if m.kind != "added"):
        print(
            "  The programme is kept as the store has it (a report import does not amend it); where the file "
            "differs, amend the programme with `import-programme FILE --year …` first:"
        )
    for change_field, word in CHANGE_WORDS.items():
        changed = [m for m in plan.measures if change_field in m.changes and m.kind not in ("uncertain", "added")]
        if not changed:
            continue
        heading = word.capitalize() if plan.amends else f"Differs from the programme: {word}"
        print(f"{heading} ({len(changed)}):")
        for m in changed:
            assert m.stored is not None
            if change_field == "text":
                print(f"  {_label(plan, m)} [{m.stored.id}]: {_changed_words(m.stored.text, m.parsed.text)}")
                continue
            old = {
                "no": m.stored.no,
                "task": _stored_label(plan, m.stored),
                "executors": _short(m.stored.executors, 60),
                "funding": _short(m.stored.funding, 60),
            }[change_field]
            new = {
                "no": m.parsed.no,
                "task": _label(plan, m),
                "executors": _short(m.parsed.executors, 60),
                "funding": _short(m.parsed.programme_or_funding, 60),
            }[change_field]
            print(f"  {_label(plan, m)} [{m.stored.id}]: {old} → {new}")
    restored = [m for m in plan.measures if m.restores]
    if restored:
        print(f"Restored ({len(restored)}; retired before, the file holds them again; their texts and history kept):")
        for m in restored:
            assert m.stored is not None
            print(f"  {_label(plan, m)} [{m.stored.id}] {_short(m.parsed.text)}")
    added = [m for m in plan.measures if m.kind == "added"]
    if added and not plan.creates_programme:
        print(f"Added ({len(added)}):")
        for m in added:
            print(f"  {_label(plan, m)} {_short(m.parsed.text)}  ({m.parsed.location})")
    if retired:
        when = f"left out of the reports from {retired_from} on" if retired_from else "after the year's last report"
        print(f"Retired ({len(retired)}; {when}; texts and history kept):")
        for stored in retired:
            print(f"  {_stored_label(plan, stored)} [{stored.id}] {_short(stored.text)}")
    elif plan.unmatched and not plan.creates_programme:
        print(f"In the store but not in this file ({len(plan.unmatched)}; kept):")
        for stored in plan.unmatched:
            print(f"  {_stored_label(plan, stored)} [{stored.id}] {_short(stored.text)}")
    uncertain = plan.uncertain
    if plan.mass_retirement and not plan.retirement_confirmed:
        print(f"Many retired: {plan.waiting[-1]}.")
    if uncertain:
        print(f"Uncertain ({len(uncertain)}): confirm all with --confirm, or reject one with --reject ID")
        for m in uncertain:
            assert m.stored is not None
            print(f"  {_label(plan, m)} ~ {_stored_label(plan, m.stored)} [{m.stored.id}], {m.similarity:.0%} alike")
            print(f"      file:  {_short(m.parsed.text, 200)}")
            print(f"      store: {_short(m.stored.text, 200)}")
    structure = [c for c in plan.containers if c.kind != "retired" or retire]
    structure = [c for c in structure if not (c.kind == "added" and plan.creates_programme)]
    if structure:
        print(f"Priorities, sectors and tasks ({len(structure)}):")
        for change in structure:
            if change.kind == "added":
                print(f"  {change.item} added: {_short(change.new)}")
            elif change.kind == "retired":
                print(f"  {change.item} retired: {_short(change.old)}")
            else:
                print(f"  {change.item} {change.kind}: {_short(change.old, 60)} → {_short(change.new, 60)}")


def print_links(links: list[Link], year: int) -> None:
    if not links:
        return
    weak = [link for link in links if link.check]
    print(f"Linked to the {year - 1} programme: {len(links)} measures ({len(weak)} to check)")
    for link in weak:
        print(f"  check: {link.measure.parsed.no} ~ {link.previous_label} [{link.previous.id}], {link.similarity:.0%}")
    print("  correct a link with `zhdesk programme link ID PREVIOUS_ID` or `zhdesk programme unlink ID`")


def plan_json(plan: Plan) -> dict[str, object]:
    from dataclasses import asdict  # not at start: the parser imports this module at every start

    def measure(m: MeasurePlan) -> dict[str, object]:
        pi, si, _ = m.task_key
        return {
            "kind": m.kind,
            "changes": [CHANGE_WORDS[c] for c in m.changes],
            "id": m.id or (m.stored.id if m.stored else None),
            "no": m.parsed.no,
            "sector": plan.report.priorities[pi].sectors[si].name,
            "text": m.parsed.text,
            "executors": m.parsed.executors,
            "location": m.parsed.location,
            "certainty": m.certainty or None,
            "similarity": round(m.similarity, 3),
            "stored": stored(m.stored) if m.stored else None,
        }

    def stored(s: StoredMeasure) -> dict[str, object]:
        return {"id": s.id, "label": plan.tree.label(s.id), "no": s.no, "text": s.text, "executors": s.executors}

    return {
        "counts": plan.counts(),
        "measures": [measure(m) for m in plan.measures],
        "not_in_file": [stored(s) for s in plan.retired()],
        "structure": [asdict(c) for c in plan.containers],
    }


def link_json(link: Link) -> dict[str, object]:
    return {
        "measure": link.measure.id or None,
        "no": link.measure.parsed.no,
        "previous": link.previous.id,
        "previous_label": link.previous_label,
        "similarity": round(link.similarity, 3),
        "check": link.check,
    }


def print_repairs(repairs: list[Repair]) -> None:
    """The import report's repairs, each with its line or cell."""
    if repairs:
        print(f"Repairs ({len(repairs)}):")
        for repair in repairs:
            print(f"  {repair}")


def print_new_bodies(names: list[str]) -> None:
    if names:
        print(f"New executive bodies ({len(names)}): see `zhdesk bodies`")
