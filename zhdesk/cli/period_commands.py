"""``open-period``: a new reporting period with the deadline for the bodies' submissions."""

from __future__ import annotations

import argparse

from zhdesk.cli.common import open_from_args, print_json


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("open-period", help="open a reporting period (the next one by default) with a deadline")
    p.add_argument("period", nargs="?", help="2024-Q1, 2024-H1, 2024-9M or 2024-Y (default: the one after the latest)")
    p.add_argument("--deadline", metavar="YYYY-MM-DD", help="the last day for the bodies' submissions")
    p.add_argument("--json", action="store_true")


def cmd_open_period(args: argparse.Namespace) -> int:
    import datetime as dt

    from zhdesk.periods import Period
    from zhdesk.services.reporting import ReportingError, open_period_in

    deadline = None
    if args.deadline is not None:
        try:
            deadline = dt.date.fromisoformat(args.deadline)
        except ValueError:
            raise ReportingError(f"--deadline {args.deadline}: not a date (YYYY-MM-DD, e.g. 2024-01-20)") from None
    store = open_from_args(args)
    try:
        opened = open_period_in(store, None if args.period is None else Period.parse(args.period), deadline)
    finally:
        store.close()
    if args.json:
        print_json(opened.to_json())
    else:
        when = f", deadline {opened.deadline:%d.%m.%Y}" if opened.deadline else " (no deadline)"
        print(f"period {opened.code} ({opened.words}) open{when}")
    return 0


HANDLERS = {"open-period": cmd_open_period}
