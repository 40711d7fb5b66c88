"""Suspected duplicate executive bodies as the coordinator decides on them: both bodies' full names and how
many measures each has, and the two answers, "Об'єднати" (merge B into A, B's name becomes A's alias) and
"Це різні" (remembered, not suggested again). Each answer is one transaction of its own."""

from __future__ import annotations

from dataclasses import dataclass

from zhdesk.services.bodies import BodyInfo, MergedBody, list_bodies, mark_distinct_in, merge_bodies_in
from zhdesk.services.bodies import registry_duplicates as _registry_duplicates
from zhdesk.storage.database import Store


@dataclass(frozen=True)
class DuplicatePair:
    """Two bodies that may be one: ``reason`` is ``case`` (case, quotes, punctuation) or ``spelling``."""

    first: BodyInfo
    second: BodyInfo
    reason: str


def duplicate_pairs_in(store: Store) -> list[DuplicatePair]:
    """The store's suspected duplicates, less the pairs told apart, with both bodies' names and measures."""
    with store.reading() as session:
        bodies = {body.code: body for body in list_bodies(session)}
        found = _registry_duplicates(session)
    return [
        DuplicatePair(bodies[d.first], bodies[d.second], "case" if "letter case" in d.reason else "spelling")
        for d in found
        if d.first in bodies and d.second in bodies
    ]


def merge_pair_in(store: Store, keep: str, merged: str) -> MergedBody:
    """Об'єднати: body ``merged`` becomes an alias of ``keep`` (its measures and parts move to it)."""
    return merge_bodies_in(store, keep, merged)


def tell_apart_in(store: Store, first: str, second: str) -> tuple[str, str]:
    """Це різні: the pair is remembered as two bodies and no longer suggested."""
    return mark_distinct_in(store, first, second)
