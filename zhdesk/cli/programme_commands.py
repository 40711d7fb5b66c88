"""``import-programme``: the approved programme or an amendment, and the plan it prints."""

from __future__ import annotations

import argparse

from zhdesk.cli.common import open_from_args, print_json
from zhdesk.cli.plan_output import link_json, plan_json, print_links, print_new_bodies, print_plan, print_repairs
from zhdesk.cli.programme_edit_commands import HANDLERS as EDIT_HANDLERS
from zhdesk.cli.programme_edit_commands import add_parsers as add_edit_parsers

EXIT_WAITING = 1


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import-programme", help="import the approved programme of a year, or an amendment of it (TXT, XLSX, DOCX)"
    )
    p.add_argument("file")
    p.add_argument("--year", type=int, required=True, help="the programme's year, e.g. 2024")
    p.add_argument("--dry-run", action="store_true", help="print the plan and change nothing")
    add_decision_options(p)
    p.add_argument(
        "--from",
        dest="retired_from",
        metavar="PERIOD",
        help="retired measures are left out of this period's report on (default: the period after the "
        "year's latest in the store)",
    )
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
    add_edit_parsers(sub)


def add_decision_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--confirm", action="store_true", help="take every uncertain matching of the plan as right")
    p.add_argument(
        "--reject",
        action="append",
        default=[],
        metavar="ID",
        help="an uncertain matching is wrong: the store's measure ID is not the file's (may be repeated)",
    )


def cmd_import_programme(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from zhdesk.importing.readers import read_programme
    from zhdesk.periods import Period
    from zhdesk.services.programme import import_programme

    retired_from = "" if args.retired_from is None else Period.parse(args.retired_from).code
    report = read_programme(args.file, sheet=args.sheet)  # read and checked before the store is touched
    store = open_from_args(args)
    try:
        result = import_programme(
            store,
            report,
            args.year,
            dry_run=args.dry_run,
            confirm=args.confirm,
            reject=set(args.reject),
            retired_from=retired_from,
        )
    finally:
        store.close()
    plan = result.plan
    if args.json:
        print_json(
            {
                "file": report.source,
                "year": args.year,
                "mode": "create" if plan.creates_programme else "amendment",
                "dry_run": result.dry_run,
                "applied": result.applied is not None,
                "retired_from": result.retired_from,
                **plan_json(plan),
                "links": [link_json(link) for link in result.links],
                "linked_next_year": result.linked_next,
                "repairs": [asdict(r) for r in report.repairs],
                "notes": [asdict(r) for r in result.notes],
                "new_bodies": result.new_bodies,
                "suspected_duplicates": [asdict(d) for d in result.suspected_duplicates],
            }
        )
    else:
        what = "The programme" if plan.creates_programme else "Amendment of the programme"
        print(f"{what} of {args.year} from {report.source}:")
        print_plan(plan, retire=not plan.creates_programme, retired_from=result.retired_from)
        print_links(result.links, args.year)
        if result.linked_next:
            print(f"Linked {result.linked_next} measures of the {args.year + 1} programme to this programme's")
        print_repairs(report.repairs)
        print_new_bodies(result.new_bodies)
        if result.suspected_duplicates:
            print(f"Suspected duplicate executive bodies ({len(result.suspected_duplicates)}): see `zhdesk bodies`")
        for note in result.notes:
            print(f"Note: {note}")
        if result.waiting:
            print(f"Nothing was changed: {'; '.join(plan.waiting)}.")
        elif result.dry_run:
            print("Dry run: nothing was changed.")
        elif result.applied is not None and not any(
            (result.applied.created, result.applied.changed, result.applied.retired, result.links)
        ):
            print("The store already holds exactly this programme; nothing changed.")
        else:
            print("Applied.")
    return EXIT_WAITING if result.waiting else 0


HANDLERS = {"import-programme": cmd_import_programme, **EDIT_HANDLERS}
