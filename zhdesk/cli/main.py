"""``zhdesk [--db PATH | --db-url URL] COMMAND …`` — and with no command, the window.

Imports nothing heavy: the parser is built at every start, the window's included; ``--version`` reads an
SQLite store with the standard library; SQLAlchemy, the models and the writers load only for a command
that needs them (tests/cli/test_start_imports.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Container, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from zhdesk import __version__

if TYPE_CHECKING:
    from zhdesk.storage.info import StoreInfo

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3

# The failures a command reports in its own words (exit 2), by module and class. A module that was never
# imported raised none of them, so none is imported at start just to be caught.
PLAIN_FAILURES = (
    ("zhdesk.importing.errors", "ImportFailure"),
    ("zhdesk.storage.database", "StoreError"),
    ("zhdesk.periods", "PeriodError"),
    ("zhdesk.services.bodies", "BodyError"),
    ("zhdesk.services.settings", "SettingError"),
    ("zhdesk.services.report_builder", "ReportError"),
    ("zhdesk.reports.atomic", "WriteFailure"),
    ("zhdesk.services.entry", "EntryError"),
    ("zhdesk.exchange.container", "ExchangeError"),
    ("zhdesk.exchange.merge", "MergeError"),
    ("zhdesk.services.programme_plan", "AmendmentError"),
    ("zhdesk.services.reporting", "ReportingError"),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhdesk",
        description="Quarterly execution report of the community development programme.",
    )
    _add_start_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import-report", help="import the official table (TXT/TSV, XLSX or DOCX)")
    p.add_argument("file")
    p.add_argument("--period", required=True, help="2023-Q1, 2023-H1, 2023-9M or 2023-Y")
    p.add_argument("--json", action="store_true", help="print the import report as JSON")
    from zhdesk.cli.programme_commands import add_decision_options
    from zhdesk.cli.programme_commands import add_parsers as add_programme_parsers

    add_decision_options(p)
    add_programme_parsers(sub)
    for name in ("import-report", "import-programme"):  # a workbook with more than one table sheet
        sub.choices[name].add_argument("--sheet", metavar="NAME", help="the XLSX sheet to read (by its name)")

    p = sub.add_parser("measures", help="list measures of a period in report order")
    p.add_argument("--period", required=True)
    p.add_argument("--body", metavar="CODE", help="only the measures of this executive body")
    p.add_argument("--retired", action="store_true", help="the measures of the period's year that were retired")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("bodies", help="the executive-body registry; --merge A B merges B into A")
    p.add_argument("--json", action="store_true")
    p.add_argument("--merge", nargs=2, metavar=("A", "B"), help="merge body B into body A (B becomes an alias)")
    p.add_argument("--set-head", metavar="CODE", help="set the head's position and name of a body")
    p.add_argument("--position", help="with --set-head: the head's position")
    p.add_argument("--name", help="with --set-head: `Власне ім'я ПРІЗВИЩЕ`")
    roles = p.add_mutually_exclusive_group()
    roles.add_argument("--reporting", nargs="+", metavar="CODE", help="these bodies report (are issued forms)")
    roles.add_argument(
        "--not-reporting", nargs="+", metavar="CODE", help="these bodies are co-executors only (no form of their own)"
    )
    p.add_argument("--distinct", nargs=2, metavar=("A", "B"), help="A and B are different bodies: not duplicates")

    p = sub.add_parser("export-report", help="write the official report as .xlsx, .pdf or .docx")
    p.add_argument("--period", required=True)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.xlsx, FILE.pdf or FILE.docx")
    p.add_argument("--body", metavar="CODE", help="the body's own report: its measures and its head's signature")

    p = sub.add_parser("validate", help="check the execution texts of a period (exit 1 when there are errors)")
    p.add_argument("--period", help="default: the period of the form package (department store)")
    p.add_argument("--body", metavar="CODE", help="only the measures of this executive body")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("set-execution", help="store the execution text of one measure")
    p.add_argument("--measure", required=True, metavar="ID")
    p.add_argument("--period", help="default: the latest period in the store")
    p.add_argument("--body", metavar="CODE", help="store it as this body's own part")
    text = p.add_mutually_exclusive_group(required=True)
    text.add_argument("--text")
    text.add_argument("--text-file", metavar="FILE", help="a UTF-8 text file")

    p = sub.add_parser("periods", help="reporting periods in the store")
    p.add_argument("--json", action="store_true")

    from zhdesk.cli.exchange_commands import add_parsers
    from zhdesk.cli.period_commands import add_parsers as add_period_parsers

    add_parsers(sub)
    add_period_parsers(sub)

    p = sub.add_parser("settings", help="show settings, or set one: settings KEY VALUE")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.add_argument("--json", action="store_true")
    return parser


def _add_start_options(parser: argparse.ArgumentParser) -> None:
    """The options before any command: the store, and the window's own."""
    parser.add_argument("--version", action="store_true", help="print the version, the store and its schema")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="the SQLite store file (default: in the user data folder)")
    where.add_argument("--db-url", metavar="URL", help="any SQLAlchemy URL, e.g. postgresql+psycopg://…")
    parser.add_argument("--demo", action="store_true", help="open the window on the demo store (the real report)")
    parser.add_argument("--exit-when-ready", action="store_true", help="print the start-up time and exit")
    parser.add_argument(
        "--body",
        dest="window_body",
        metavar="CODE",
        help="open the window for one executive body: its measures and its own texts",
    )


class _NotTheWindowsOwn(Exception):
    """The arguments are more than the start options: the whole parser reads them (and words any error)."""


class _StartParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheWindowsOwn(message)


def start_args(args: list[str]) -> argparse.Namespace | None:
    """The arguments of a start with no command (the window, ``--version``) read without building the
    parser of every command (a tenth of the window's start); None for anything else, ``--help`` included."""
    rest, open_file = _split_file(frozenset(), args)
    if all(arg in ("--demo", "--exit-when-ready") for arg in rest):  # a click, a file from the file manager
        flags = {"version": False, "db": None, "db_url": None, "window_body": None, "command": None}
        demo, exit_when_ready = "--demo" in rest, "--exit-when-ready" in rest
        return argparse.Namespace(**flags, demo=demo, exit_when_ready=exit_when_ready, open_file=open_file)
    parser = _StartParser(prog="zhdesk", add_help=False)
    _add_start_options(parser)
    parser.set_defaults(command=None)
    try:
        parsed, unknown = parser.parse_known_args(rest)
    except _NotTheWindowsOwn:
        return None
    if unknown:
        return None
    parsed.open_file = open_file
    return parsed


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = start_args(args_list)
    if args is None:
        parser = build_parser()
        args_list, open_file = _file_to_open(parser, args_list)
        args = parser.parse_args(args_list)
        args.open_file = open_file
    if args.version:
        print(f"zhdesk {__version__}")
        print(_store_info(args).describe())
        return EXIT_OK
    if args.command is None:
        from zhdesk.gui.app import run_gui  # Qt is loaded only for the window

        return run_gui(args)
    import gc

    gc.enable()  # main.py starts with collecting off, for the window's sake
    from zhdesk.cli import commands  # each command loads what it needs: the store, the readers, the writers

    committed = 0
    try:
        answered = commands.run_quick(args)  # export-report of an SQLite store: without SQLAlchemy at all
        if answered is not None:
            return answered
        from zhdesk.storage import busy

        committed = busy.commits()
        # A command is units of work that each open their transaction afresh: one that failed on a busy
        # store (or on another writer's same new row) having committed nothing is run again, until the
        # patience (ZHDESK_BUSY_SECONDS) runs out; one that committed a part is never repeated.
        return busy.retrying(lambda: commands.run(args))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was changed")
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:
        from zhdesk.storage import busy

        if isinstance(error, busy.StoreBusy):
            if busy.commits() != committed:
                return _fail(
                    "the store is busy: another zhdesk or another program is writing to it. What was done "
                    "before it stays done; run the command again for the rest."
                )
            return _fail(str(error))
        if _plain_failure(error):
            return _fail(str(error))
        # Never SQLAlchemy's text (its SQL and parameters: the officer's texts): the classes, the database's
        # own error and the stack frames only.
        from zhdesk import paths

        log = paths.data_dir() / "zhdesk-errors.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(busy.safe_traceback(error) + "\n")
        import logging

        logging.getLogger("zhdesk").debug("internal error: %s", busy.describe_error(error))
        print(f"zhdesk: internal error ({busy.describe_error(error)}); details in {log}", file=sys.stderr)
        return EXIT_INTERNAL


def _plain_failure(error: Exception) -> bool:
    """One of ``PLAIN_FAILURES``: a refusal the user can act on, said in its own words."""
    for module, name in PLAIN_FAILURES:
        loaded = sys.modules.get(module)
        if loaded is not None and isinstance(error, getattr(loaded, name)):
            return True
    return False


def _store_info(args: argparse.Namespace) -> StoreInfo:
    """What ``--version`` says of the store: an SQLite file (``--db``, or the default one) is read with the
    standard library, a URL (``--db-url``, ``ZHDESK_DB_URL``) through SQLAlchemy."""
    if args.db or not (args.db_url or os.environ.get("ZHDESK_DB_URL")):
        from zhdesk import paths
        from zhdesk.storage.info import sqlite_file_info

        path = Path(args.db).expanduser().resolve() if args.db else paths.default_store_path()
        return sqlite_file_info(path)
    from zhdesk.storage.database import resolve_url, store_info

    return store_info(resolve_url(args.db, args.db_url))


def _file_to_open(parser: argparse.ArgumentParser, args: list[str]) -> tuple[list[str], str | None]:
    """``zhdesk [--db …] FILE.zhform|FILE.zhsub``, as a file manager starts it: the window opens the file."""
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return _split_file(commands, args)


def _split_file(commands: Container[str], args: list[str]) -> tuple[list[str], str | None]:
    takes_value = {"--db", "--db-url", "--body"}
    for index, arg in enumerate(args):
        if arg in commands:
            return args, None  # a subcommand's own arguments are its business
        after_option = index > 0 and args[index - 1] in takes_value
        if not after_option and not arg.startswith("-") and arg.lower().endswith((".zhform", ".zhsub")):
            return args[:index] + args[index + 1 :], arg
    return args, None


def _fail(message: str) -> int:
    print(f"zhdesk: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
