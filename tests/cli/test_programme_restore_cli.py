"""``zhdesk programme``: numbers as the importer reads them, restore-task|sector|priority, restore-measure
with its containers, and add-measure --from (SQLite and PostgreSQL)."""

from __future__ import annotations

from tests.cli.test_programme_cli import db, edited, measure_ids, tasks_of, tree
from tests.exchange.util import ok, z
from tests.helpers import dump_store

__all__ = ["db"]  # the fixture, shared with test_programme_cli


def test_a_number_the_importer_would_not_read_is_refused(db: list[str], store_url: str) -> None:
    _, sector, task = tasks_of(tree(db))[0]
    before = dump_store(store_url)
    for args in (
        ("change-measure", task["measures"][0]["id"], "--no", "abc"),
        ("add-measure", "--task", str(task["id"]), "--no", "1.x", "--text", "Новий"),
        ("add-task", "--sector", str(sector["id"]), "--no", "2.1", "--text", "Нове"),
    ):
        done = z(*db, "programme", *args)
        assert done.code == 2 and done.out == "", (args, done.out, done.err)
        assert done.err.count("\n") == 1 and ("digits separated by dots" in done.err or "digits only" in done.err)
    assert dump_store(store_url) == before


def test_restore_containers_and_a_measure_with_them(db: list[str]) -> None:
    rows = tasks_of(tree(db))
    priority, sector, task = rows[0]
    measure = task["measures"][0]
    ok(*db, "programme", "retire-sector", str(sector["id"]))
    out = ok(*db, "programme", "restore-measure", measure["id"]).out
    assert f"sector {sector['name']} restored [{sector['id']}]" in out
    assert f"task {task['no']} ({sector['name']}) restored [{task['id']}]" in out
    assert "note: its task and sector were retired and are restored with it" in out
    assert measure["id"] in measure_ids(db, "2023-Y")
    assert task["measures"][1]["id"] not in measure_ids(db, "2023-Y")

    ok(*db, "programme", "retire-task", str(task["id"]))
    taken = edited(
        ok(*db, "programme", "add-task", "--sector", str(sector["id"]), "--no", task["no"], "--text", "Т", "--json")
    )
    refused = z(*db, "programme", "restore-task", str(task["id"]))
    assert refused.code == 2 and f"[{taken['id']}]" in refused.err
    done = ok(*db, "programme", "restore-task", str(task["id"]), "--no", "66")
    assert "restored" in done.out and "re-numbered 66" in done.out
    assert "note: the measures under it stay retired" in done.out

    ok(*db, "programme", "retire-priority", str(priority["id"]))
    ok(*db, "programme", "add-priority", "--year", "2023", "--name", priority["name"])
    assert z(*db, "programme", "restore-priority", str(priority["id"])).code == 2
    back = ok(*db, "programme", "restore-priority", str(priority["id"]), "--name", "Пріоритет «Відновлений»").out
    assert f"priority {priority['name']} restored [{priority['id']}]" in back
    ok(*db, "programme", "restore-sector", str(sector["id"]), "--name", "Відновлений напрям")
    assert "Відновлений напрям" in ok(*db, "programme", "show", "--year", "2023").out


def test_add_measure_from_a_period(db: list[str]) -> None:
    _, _, task = tasks_of(tree(db))[0]
    later = edited(
        ok(
            *db,
            "programme",
            "add-measure",
            "--task",
            str(task["id"]),
            "--no",
            f"{task['no']}.70",
            "--text",
            "Пізній",
            "--json",
        )
    )
    assert any("2023-Y" in note for note in later["notes"])
    half = ok(
        *db,
        "programme",
        "add-measure",
        "--task",
        str(task["id"]),
        "--no",
        f"{task['no']}.71",
        "--text",
        "З H1",
        "--from",
        "2023-H1",
    )
    assert "from 2023-H1" in half.out
    assert later["id"] not in measure_ids(db, "2023-9M") and later["id"] in measure_ids(db, "2023-Y")
    shown = ok(*db, "programme", "show", "--year", "2023").out
    assert f"[{later['id']}] Пізній" in shown and "(added from 2023-Y)" in shown and "(added from 2023-H1)" in shown
    measures = {m["id"]: m for _, _, t in tasks_of(tree(db)) for m in t["measures"]}
    assert measures[later["id"]]["added_from"] == "2023-Y"
    bad = z(
        *db,
        "programme",
        "add-measure",
        "--task",
        str(task["id"]),
        "--no",
        f"{task['no']}.72",
        "--text",
        "Х",
        "--from",
        "2022-Y",
    )
    assert bad.code == 2 and "not a period of 2023" in bad.err
