"""What every subcommand shares: the store named on the command line, and JSON output.

Imports nothing heavy: the parser is built at every start, the window's included, and SQLAlchemy
loads only when a command opens the store.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from zhdesk.storage.database import Store


# The commands that bring a store its contents, and so may make a new store where there is none (and say
# so); every other command needs an existing store: a --db typo says "no store at PATH" and makes nothing.
CREATING = frozenset({"import-report", "import-programme", "open-form"})


def open_from_args(args: argparse.Namespace, *, create: bool | None = None) -> Store:
    """The store named on the command line. ``create``: None for the command's own rule (``CREATING``; an
    import's --dry-run makes nothing). A command that changes the store is refused, before it does
    anything, when the store is read-only."""
    from zhdesk.storage.database import StoreError, open_store, resolve_url

    if create is None:
        create = args.command in CREATING and not getattr(args, "dry_run", False)
    store = open_store(resolve_url(args.db, args.db_url), create=create)
    if store.created:
        print(f"zhdesk: created a new store at {store.location}", file=sys.stderr)
    if store.read_only and changes_the_store(args):
        store.close()
        raise StoreError(
            f"the store is read-only: {store.location}; `{args.command}` would change it, so nothing was done. "
            "Copy the file to a folder you can write to, or ask for write access."
        )
    return store


def changes_the_store(args: argparse.Namespace) -> bool:
    """Whether the command writes to the store (each also fails in plain words if it tries anyway)."""
    command = args.command
    if command in ("bodies",):
        return bool(args.merge or args.set_head or args.reporting or args.not_reporting or args.distinct)
    if command == "settings":
        return args.key is not None and args.value is not None
    if command == "merge":
        return bool(args.take)
    if command == "programme":
        return getattr(args, "programme_command", None) != "show"
    if command == "import-programme":
        return not args.dry_run
    return command not in READING


READING = frozenset({"measures", "periods", "export-report", "validate", "status", "history"})


@contextlib.contextmanager
def reading(args: argparse.Namespace) -> Iterator[Session]:
    """The store named on the command line, for queries; closed afterwards."""
    store = open_from_args(args)
    try:
        with store.reading() as session:
            yield session
    finally:
        store.close()


def print_json(value: object) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
