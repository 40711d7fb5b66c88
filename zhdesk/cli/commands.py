"""The subcommands: each parses nothing itself, calls one service and prints its answer.

Each command imports its own services: a command pays for SQLAlchemy and the models (which every store
needs), not for the readers, writers and services of the others.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING

from zhdesk.cli.common import open_from_args, print_json, reading
from zhdesk.cli.plan_output import link_json, plan_json, print_links, print_new_bodies, print_plan, print_repairs
from zhdesk.periods import Period

if TYPE_CHECKING:
    from zhdesk.reports.model import ReportDocument
    from zhdesk.services.checklist import Checklist
    from zhdesk.services.programme_import import ImportResult


def run(args: argparse.Namespace) -> int:
    handler = {
        "import-report": cmd_import_report,
        "measures": cmd_measures,
        "bodies": cmd_bodies,
        "periods": cmd_periods,
        "settings": cmd_settings,
        "export-report": cmd_export_report,
        "validate": cmd_validate,
        "set-execution": cmd_set_execution,
    }.get(args.command)
    if handler is None:
        from zhdesk.cli.exchange_commands import HANDLERS
        from zhdesk.cli.period_commands import HANDLERS as PERIOD_HANDLERS
        from zhdesk.cli.programme_commands import HANDLERS as PROGRAMME_HANDLERS

        handler = {**HANDLERS, **PROGRAMME_HANDLERS, **PERIOD_HANDLERS}[args.command]
    return handler(args)


def cmd_import_report(args: argparse.Namespace) -> int:
    from zhdesk.importing.readers import read_report  # openpyxl and python-docx load only for an import
    from zhdesk.services.programme_import import import_report

    period = Period.parse(args.period)
    report = read_report(args.file, sheet=args.sheet)  # the file is read and checked before the store is touched
    store = open_from_args(args)
    try:
        result = import_report(store, report, period, confirm=args.confirm, reject=set(args.reject))
    finally:
        store.close()
    if args.json:
        print_json(import_report_json(result))
    else:
        print_import_report(result)
    return 1 if result.waiting else 0


def import_report_json(result: ImportResult) -> dict[str, object]:
    report = result.report
    return {
        "file": report.source,
        "period": result.period.code,
        "priorities": len(report.priorities),
        "sectors": len(report.sectors),
        "measures": len(report.measures),
        "created": result.created,
        "changed": result.changed,
        "repairs": [asdict(r) for r in report.repairs],
        "notes": [asdict(r) for r in result.notes],
        "new_bodies": result.new_bodies,
        "suspected_duplicates": [asdict(d) for d in result.suspected_duplicates],
        "applied": not result.waiting,
        "links": [link_json(link) for link in result.links],
        "linked_next_year": result.linked_next,
        **(plan_json(result.plan) if result.plan is not None else {}),
    }


def print_import_report(result: ImportResult) -> None:
    report = result.report
    if result.waiting:
        assert result.plan is not None
        print(f"{report.source} for {result.period.code}: the measures were matched to the store's programme:")
        print_plan(result.plan, retire=False, retired_from=None)
        print(f"Nothing was imported: {'; '.join(result.plan.waiting)}.")
        return
    print(f"Imported {report.source} for {result.period.code} ({result.period.in_words}):")
    print(f"  {len(report.priorities)} priorities, {len(report.sectors)} sectors, {len(report.measures)} measures")
    if result.changed_anything:
        made = ", ".join(f"{n} {what}" for what, n in result.created.items()) or "nothing"
        changed = ", ".join(f"{n} {what}" for what, n in result.changed.items()) or "nothing"
        print(f"  created: {made}; changed: {changed}")
    else:
        print("  the store already held exactly this; nothing changed")
    print_repairs(report.repairs)
    if result.added:
        print(f"Measures added to the {result.period.year} programme ({len(result.added)}):")
        for measure in result.added:
            print(f"  {measure.parsed.no} {measure.parsed.text[:80]}  ({measure.parsed.location}) [{measure.id}]")
    if result.plan is not None and not result.plan.creates_programme:
        differing = [m for m in result.plan.measures if m.changes and m.kind not in ("added", "uncertain")]
        restored = [m for m in result.plan.measures if m.restores]
        if restored:
            print(f"Measures restored to the programme ({len(restored)}; retired before, the file holds them):")
            for measure in restored:
                print(f"  {measure.parsed.no} {measure.parsed.text[:80]} [{measure.id}]")
        if differing:
            print(
                f"Measures that differ from the programme ({len(differing)}): their texts were imported, the "
                "programme was kept; amend it with `import-programme FILE --year …` if the file is right:"
            )
            for measure in differing:
                print(f"  {measure.parsed.no} [{measure.id}]: {measure.kind}")
    print_links(result.links, result.period.year)
    if result.linked_next:
        print(f"Linked {result.linked_next} measures of the {result.period.year + 1} programme to these measures")
    for note in result.notes:
        print(f"Note: {note}")
    if report.closing:
        print(f"Text after the footnote (signature block), not imported: {' / '.join(report.closing.splitlines())}")
    print_new_bodies(result.new_bodies)
    if result.suspected_duplicates:
        print(
            f"Suspected duplicate executive bodies ({len(result.suspected_duplicates)}), merge with "
            "`zhdesk bodies --merge KEEP OTHER` if they are the same:"
        )
        for dup in result.suspected_duplicates:
            print(f"  {dup.first} ~ {dup.second}: {dup.reason}")


def cmd_measures(args: argparse.Namespace) -> int:
    from zhdesk.services.measures import list_measures

    period = Period.parse(args.period)
    if args.retired:
        from zhdesk.services.programme import retired_measures

        with reading(args) as session:
            retired = retired_measures(session, period.year)
        if args.json:
            print_json([r.to_json() for r in retired])
        else:
            for r in retired:
                when = f"from {r.retired_from}" if r.retired_from else "after the year"
                print(f"  {r.no:<7} {r.text[:80]}  ({r.sector}; retired {r.retired_at[:10]}, {when}) [{r.id}]")
            print(f"{len(retired)} retired measures in the {period.year} programme")
        return 0
    with reading(args) as session:
        rows = list_measures(session, period, args.body)
        if args.json:
            from zhdesk.services.previous import previous_texts

            previous = previous_texts(session, period, [row.id for row in rows])
    if args.json:
        found = {measure_id: text.to_json() for measure_id, text in previous.items()}
        print_json([{**row.to_json(), "previous": found.get(row.id)} for row in rows])  # {period, text} or null
        return 0
    sector = None
    for row in rows:
        if row.sector != sector:
            sector = row.sector
            print(f"\n{row.priority} · {row.sector}")
        mark = "✓" if row.execution else "·"
        print(f"  {mark} {row.no:<7} {row.text[:90]}")
    print(f"\n{len(rows)} measures, {sum(1 for r in rows if r.execution)} with an execution text for {period.code}")
    return 0


def cmd_bodies(args: argparse.Namespace) -> int:
    from zhdesk.services.bodies import list_bodies, merge_bodies_in, registry_duplicates, set_head

    store = open_from_args(args)
    try:
        if args.merge:
            merged = merge_bodies_in(store, *args.merge)
            print(f"merged into {merged.code} ({merged.name}); now also known as: {'; '.join(merged.new_aliases)}")
            return 0
        if args.set_head:
            code = set_head(store, args.set_head, args.position, args.name)
            print(f"head of {code} set")
            return 0
        if args.reporting or args.not_reporting:
            from zhdesk.services.reporting import set_reporting_in

            reporting = bool(args.reporting)
            codes = set_reporting_in(store, args.reporting or args.not_reporting, reporting)
            print(f"{', '.join(codes)}: {'reporting' if reporting else 'co-executors only (no form of their own)'}")
            return 0
        if args.distinct:
            from zhdesk.services.bodies import mark_distinct_in

            first, second = mark_distinct_in(store, *args.distinct)
            print(f"{first} and {second} are different bodies: not suggested as duplicates again")
            return 0
        with store.reading() as session:
            bodies = list_bodies(session)
            duplicates = registry_duplicates(session)
    finally:
        store.close()
    suspects: dict[str, list[str]] = {}
    for dup in duplicates:
        suspects.setdefault(dup.first, []).append(dup.second)
        suspects.setdefault(dup.second, []).append(dup.first)
    if args.json:
        print_json(
            [
                {
                    "code": b.code,
                    "name": b.name,
                    "aliases": list(b.aliases),
                    "measures": b.measures,
                    "head_position": b.head_position,
                    "head_name": b.head_name,
                    "reporting": b.reporting,
                    "suspected_duplicates": suspects.get(b.code, []),
                }
                for b in bodies
            ]
        )
        return 0
    for b in bodies:
        aka = f"  (also: {'; '.join(b.aliases)})" if b.aliases else ""
        role = "" if b.reporting else "  [co-executor]"
        print(f"{b.code:<20} {b.measures:>4}  {b.name}{aka}{role}")
    if duplicates:
        print(f"\nSuspected duplicates ({len(duplicates)}); merge with `zhdesk bodies --merge KEEP OTHER`:")
        for dup in duplicates:
            print(f"  {dup.first} ~ {dup.second}: {dup.reason}")
    return 0


def cmd_periods(args: argparse.Namespace) -> int:
    from zhdesk.services import reporting
    from zhdesk.services.measures import list_periods

    with reading(args) as session:
        periods = list_periods(session)
        deadlines = {p.code: p.deadline for p in reporting.list_periods(session)}
    if args.json:
        print_json(
            [
                {"code": c, "title": w, "texts": n, "deadline": d.isoformat() if (d := deadlines.get(c)) else None}
                for c, w, n in periods
            ]
        )
    else:
        for code, words, count in periods:
            due = f"  deadline {d:%d.%m.%Y}" if (d := deadlines.get(code)) else ""
            print(f"{code:<8} {words:<28} {count} execution texts{due}")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from zhdesk.services import settings

    store = open_from_args(args)
    try:
        if args.key is not None and args.value is not None:
            settings.put_setting(store, args.key, args.value)
            return 0
        with store.reading() as session:
            values = settings.get_all(session)
    finally:
        store.close()
    if args.key is not None:
        if args.key not in settings.KNOWN:
            raise settings.SettingError(f"unknown setting {args.key!r}; known: {', '.join(settings.KNOWN)}")
        print(values[args.key])
    elif args.json:
        print_json(values)
    else:
        for key, value in values.items():
            print(f"{key}: {value}")
    return 0


def cmd_export_report(args: argparse.Namespace) -> int:
    from zhdesk.services.report_builder import build_report_model

    period = Period.parse(args.period)
    checklist = None
    with reading(args) as session:
        document = build_report_model(session, period, args.body)
        if args.body is None:  # what the window's checklist shows before the consolidated report goes out
            from zhdesk.services.checklist import check_report

            checklist = check_report(session, period)
    return _write_report(args, period, document, checklist)


def run_quick(args: argparse.Namespace) -> int | None:
    """A command answered straight from an SQLite file without loading SQLAlchemy (``export-report`` of a
    store at the current schema); None when the command needs the full path."""
    if args.command != "export-report" or args.db_url:
        return None
    import os
    from pathlib import Path

    from zhdesk import paths
    from zhdesk.storage.quick_report import read_report

    if os.environ.get("ZHDESK_DB_URL") and not args.db:
        return None
    path = Path(args.db).expanduser() if args.db else paths.default_store_path()
    period = Period.parse(args.period)
    found = read_report(path, period, args.body)
    if found is None:
        return None
    return _write_report(args, period, found.document, found.checklist)


def _write_report(
    args: argparse.Namespace, period: Period, document: ReportDocument, checklist: Checklist | None
) -> int:
    import sys
    from pathlib import Path

    from zhdesk.reports.export import export_report

    target = export_report(document, Path(args.output))
    print(f"wrote {target} ({len(document.measures)} measures, {period.in_words})")
    if checklist is not None:
        from zhdesk.services.checklist import warning_lines

        for line in warning_lines(checklist):
            print(f"warning: {line}", file=sys.stderr)
    if document.signature is None:
        who = (
            f"`zhdesk bodies --set-head {args.body} --position … --name …`"
            if args.body
            else ("`zhdesk settings signatory_position …` and `zhdesk settings signatory_name …`")
        )
        print(f"note: no signatory is set, so the report has no signature block; set it with {who}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from zhdesk.services.entry import target_of
    from zhdesk.validation.service import has_errors, validate_period

    with reading(args) as session:
        target = target_of(session, args.body, Period.parse(args.period) if args.period else None)
        period = target.period
        problems = validate_period(session, period, target.body, own_texts=target.own_texts)
    if args.json:
        print_json([asdict(problem) for problem in problems])
    else:
        for problem in problems:
            mark = "ПОМИЛКА" if problem.severity == "error" else "увага"
            print(f"{mark}: {problem.message}")
        errors = sum(1 for p in problems if p.severity == "error")
        print(f"{errors} errors, {len(problems) - errors} warnings for {period.code}")
    return 1 if has_errors(problems) else 0


def cmd_set_execution(args: argparse.Namespace) -> int:
    from pathlib import Path

    from zhdesk.services.entry import EntryError, clean_pasted, enter_text

    if args.text_file:
        try:
            raw = Path(args.text_file).read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise EntryError(f"{args.text_file}: cannot read it as UTF-8 text ({exc})") from None
    else:
        raw = args.text
    text = clean_pasted(raw)
    store = open_from_args(args)
    try:
        saved = enter_text(store, args.measure, text, Period.parse(args.period) if args.period else None, args.body)
    finally:
        store.close()
    done = "saved" if saved.changed else "unchanged"
    print(f"{done}: measure {args.measure}, {saved.period.code}, {len(text)} characters")
    return 0
