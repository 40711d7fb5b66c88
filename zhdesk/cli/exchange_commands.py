"""The exchange subcommands: issue-forms, open-form, submit, receive, status, history, accept, return, merge."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from zhdesk.cli.common import open_from_args, print_json, reading

if TYPE_CHECKING:
    from zhdesk.periods import Period


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("issue-forms", help="write a form package (CODE-PERIOD.zhform) for each executive body")
    p.add_argument("--period", required=True)
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write the packages into")
    p.add_argument("--body", metavar="CODE", action="append", help="only this body (may be repeated)")

    p = sub.add_parser("open-form", help="open a form package into this (department) store")
    p.add_argument("file")
    p.add_argument(
        "--trust-new-coordinator",
        action="store_true",
        help="accept a package signed by another coordinator key than the one this store trusts (check its "
        "fingerprint with the coordinator first)",
    )
    p.add_argument("--other-year", action="store_true", help="go on to another programme year's form in this store")

    p = sub.add_parser(
        "reset-sequence",
        help="reset a body's submission numbers for a period (a new key and form package; earlier files void)",
    )
    p.add_argument("body", metavar="CODE")
    p.add_argument("--period", required=True)
    p.add_argument("--out", required=True, metavar="DIR", help="where to write the body's new form package")

    p = sub.add_parser("submit", help="write this department's submission (exit 1 while there are errors)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.zhsub")
    p.add_argument("--author", help="who submits (default: ZHDESK_USER or the login name)")

    p = sub.add_parser("receive", help="receive submissions (.zhsub); each bad file is rejected alone")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("status", help="where each executive body stands for a period")
    p.add_argument("--period", required=True)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("history", help="every change of a measure's execution texts")
    p.add_argument("--measure", required=True, metavar="ID")
    p.add_argument("--period")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("accept", help="accept a body's submission for a period")
    p.add_argument("body", metavar="CODE")
    p.add_argument("--period", required=True)
    p.add_argument("--comment", default="")

    p = sub.add_parser("return", help="return a body's submission with comments and an updated form package")
    p.add_argument("body", metavar="CODE")
    p.add_argument("--period", required=True)
    p.add_argument("--comment", default="", help="a comment on the whole submission")
    p.add_argument(
        "--on-measure", nargs=2, action="append", default=[], metavar=("ID", "TEXT"), help="a comment on one measure"
    )
    p.add_argument("--out", metavar="DIR", default=".", help="where to write the updated form package")

    p = sub.add_parser("merge", help="conflicts between your texts and the executors' (resolve one with --take)")
    p.add_argument("--period", required=True)
    p.add_argument("--take", nargs=2, metavar=("ID", "bodies|mine"), help="resolve one measure's conflict")


def _period(code: str) -> Period:
    from zhdesk.periods import Period

    return Period.parse(code)


def _refused(what: str, why: str) -> Exception:
    """The exchange's refusal (the container's module loads only when a command refuses)."""
    from zhdesk.exchange.container import ExchangeError

    return ExchangeError(what, why)


def cmd_issue_forms(args: argparse.Namespace) -> int:
    from zhdesk.exchange.forms import issue_forms

    period = _period(args.period)
    out = Path(args.out)
    if not out.is_dir():
        raise _refused(str(out), "the folder does not exist")
    store = open_from_args(args)
    try:
        issued = issue_forms(store, period, out, args.body)
    finally:
        store.close()
    for form in issued:
        print(f"{form.path}  {form.measures} measures")
    print(f"{len(issued)} form packages for {period.code}")
    if issued:
        print(f"signed with the coordinator key {issued[0].fingerprint}: the bodies see it when they open them")
    return 0


def cmd_open_form(args: argparse.Namespace) -> int:
    from zhdesk.exchange.form_open import open_form_file

    store = open_from_args(args)
    try:
        opened = open_form_file(
            store, Path(args.file), trust_new_coordinator=args.trust_new_coordinator, other_year=args.other_year
        )
    finally:
        store.close()
    print(
        f"opened the form of {opened.body} ({opened.body_name}) for {opened.period}: "
        f"{opened.measures} measures ({opened.new_measures} new)"
        + (f", {opened.comments} comments from the coordinator" if opened.comments else "")
    )
    if opened.first_use:
        print(
            f"coordinator key {opened.fingerprint}: the first package from this coordinator; check with the "
            "coordinator that it is theirs (issue-forms prints it). Later packages must carry the same key"
        )
    elif opened.previous_fingerprint:
        print(f"coordinator key {opened.fingerprint}: trusted from now on instead of {opened.previous_fingerprint}")
    else:
        print(f"coordinator key {opened.fingerprint} (the one this store trusts)")
    return 0


def cmd_reset_sequence(args: argparse.Namespace) -> int:
    from zhdesk.exchange.forms import reset_and_reissue

    out = Path(args.out)
    if not out.is_dir():
        raise _refused(str(out), "the folder does not exist")
    period = _period(args.period)
    store = open_from_args(args)
    try:
        reset, form = reset_and_reissue(store, args.body, period, out)
    finally:
        store.close()
    print(
        f"reset the submission numbers of {reset.body} for {reset.period}: the last counted was no. {reset.before}, "
        f"the next goes on from no. {reset.after}"
        + (f" (no longer counted: {', '.join(map(str, reset.voided))})" if reset.voided else "")
    )
    print(
        f"{reset.body} has a new key: every form package and submission made before is void. "
        f"Hand it the new form package {form.path}"
    )
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    from zhdesk.exchange.submissions import SubmissionRefused
    from zhdesk.services.department import write_submission

    store = open_from_args(args)
    try:
        submitted = write_submission(store, Path(args.output), args.author)
    except SubmissionRefused as refused:
        for problem in refused.problems:
            if problem.severity == "error":
                print(f"ПОМИЛКА: {problem.message}")
        print(f"zhdesk: not submitted: {refused}")
        return 1
    finally:
        store.close()
    print(f"wrote {submitted.path}: submission no. {submitted.sequence}, {submitted.measures} measures")
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    from zhdesk.exchange.submissions import receive_files

    store = open_from_args(args)
    try:
        results = receive_files(store, [Path(f) for f in args.files])
    finally:
        store.close()
    if args.json:
        print_json([r.to_json() for r in results])
    else:
        for r in results:
            if r.outcome == "rejected":
                print(f"REJECTED {r.file}: {r.reason}")
                continue
            if r.outcome == "unchanged":
                print(f"unchanged {r.file}: {r.reason}")
                continue
            print(f"received {r.file}: {r.body}, {r.period}, no. {r.sequence}, {len(r.changes)} measures changed")
            for change in r.changes:
                print(f"  {change.no}: {change.inline}")
            for measure_id in r.retired:
                print(f"  not applied: measure {measure_id} was retired from the programme after the form was issued")
            for measure_id in r.reassigned:
                print(
                    f"  not applied: measure {measure_id} is no longer {r.body}'s: an amendment gave it to other "
                    "executors after the form was issued"
                )
            for measure_id in r.conflicts:
                print(
                    f"  CONFLICT {measure_id}: the coordinator's text was kept; see `zhdesk merge --period {r.period}`"
                )
    rejected = sum(r.outcome == "rejected" for r in results)
    if not args.json:
        print(f"{len(results) - rejected} of {len(results)} files received or already there; {rejected} rejected")
    return 1 if rejected else 0


def cmd_status(args: argparse.Namespace) -> int:
    from zhdesk.exchange.review import body_statuses

    period = _period(args.period)
    with reading(args) as session:
        statuses = body_statuses(session, period)
    if args.json:
        print_json([s.to_json() for s in statuses])
        return 0
    for s in statuses:
        due = ""
        if s.deadline and s.status != "not issued":
            if s.on_time is not None:
                due = " on time" if s.on_time else " late"
            elif s.days_left is not None:
                left = s.days_left
                due = f" {left} days left" if left > 0 else " due today" if left == 0 else f" {-left} days late"
        print(
            f"{s.code:<20} {s.status:<11} {s.filled:>4}/{s.total:<4} errors {s.errors:<3} warnings {s.warnings:<3} "
            f"{s.last_submission or ''}{due}{'' if s.reporting else ' (co-executor)'}"
        )
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from zhdesk.services.history import measure_history

    with reading(args) as session:
        changes = measure_history(session, args.measure, args.period)
    if args.json:
        print_json([c.to_json() for c in changes])
        return 0
    from zhdesk.exchange.submissions import inline_diff

    for c in changes:
        whose = "програма" if c.field else c.body or "звіт"
        via = f"{c.source} no. {c.submission}" if c.submission else c.source
        print(f"{c.at}  {c.period or '-':<7}  {whose:<12} {c.by} ({via})\n    {inline_diff(c.old, c.new)}")
    if not changes:
        print(f"no changes recorded for measure {args.measure}")
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from zhdesk.services.coordinator import accept_submission

    store = open_from_args(args)
    try:
        code = accept_submission(store, args.body, _period(args.period), args.comment)
    finally:
        store.close()
    print(f"accepted the submission of {code} for {args.period}")
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    from zhdesk.services.coordinator import return_submission

    out = Path(args.out)
    if not out.is_dir():
        raise _refused(str(out), "the folder does not exist")
    period = _period(args.period)
    store = open_from_args(args)
    try:
        path = return_submission(store, args.body, period, args.comment, dict(args.on_measure), out)
    finally:
        store.close()
    print(f"returned the submission of {args.body} for {args.period}; updated form package: {path}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from zhdesk.exchange.merge import conflicts_of
    from zhdesk.exchange.submissions import inline_diff
    from zhdesk.services.coordinator import resolve_conflict

    period = _period(args.period)
    if args.take:
        measure_id, take = args.take
        if take not in ("bodies", "mine"):
            raise _refused("merge", "--take ID bodies|mine")
        store = open_from_args(args)
        try:
            resolve_conflict(store, measure_id, period, take)
        finally:
            store.close()
        print(f"resolved {measure_id}: kept {'the bodies' if take == 'bodies' else 'your'} text")
        return 0
    with reading(args) as session:
        conflicts = conflicts_of(session, period)
    print(f"{len(conflicts)} conflicts in {period.code} between your texts and the executors'")
    for measure_id, mine, theirs in conflicts:
        print(f"  CONFLICT {measure_id}: {inline_diff(mine, theirs)}")
    return 0


HANDLERS = {
    "issue-forms": cmd_issue_forms,
    "open-form": cmd_open_form,
    "reset-sequence": cmd_reset_sequence,
    "submit": cmd_submit,
    "receive": cmd_receive,
    "status": cmd_status,
    "history": cmd_history,
    "accept": cmd_accept,
    "return": cmd_return,
    "merge": cmd_merge,
}
