"""What every subcommand shares: the store named on the command line, and JSON output.

Imports nothing heavy: the parser is built at every start, the window's included, and SQLAlchemy
loads only when a command opens the store.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from zhdesk.storage.database import Store


def open_from_args(args: argparse.Namespace) -> Store:
    from zhdesk.storage.database import open_store, resolve_url

    return open_store(resolve_url(args.db, args.db_url))


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
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
