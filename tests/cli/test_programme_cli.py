"""``zhdesk programme …``: the tree with ids and every edit by hand, each in ``history --measure ID``; a
refused edit exits 2 with one line and leaves the store as it was (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.exchange.util import Done, ok, where, z
from tests.helpers import dump_store


@pytest.fixture
def db(store_url: str, real_report: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("ZHDESK_USER", "Координатор")
    at = where(store_url)
    ok(*at, "import-report", real_report, "--period", "2023-9M")
    return at


def tree(db: list[str], *more: str) -> dict[str, Any]:
    value = ok(*db, "programme", "show", "--year", "2023", "--json", *more).json()
    assert isinstance(value, dict)
    return value


def tasks_of(outline: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """(priority, sector, task) in report order."""
    return [(p, s, t) for p in outline["priorities"] for s in p["sectors"] for t in s["tasks"]]


def history(db: list[str], measure_id: str) -> list[dict[str, Any]]:
    value = ok(*db, "history", "--measure", measure_id, "--json").json()
    assert isinstance(value, list)
    return value


def measures(db: list[str], period: str) -> dict[str, dict[str, Any]]:
    """``measures --period P --json`` by id, in report order."""
    value = ok(*db, "measures", "--period", period, "--json").json()
    assert isinstance(value, list)
    return {m["id"]: m for m in value}


def measure_ids(db: list[str], period: str) -> list[str]:
    return list(measures(db, period))


def edited(done: Done) -> dict[str, Any]:
    value = done.json()
    assert isinstance(value, dict)
    return value


def test_show_is_the_tree_with_ids(db: list[str]) -> None:
    outline = tree(db)
    assert outline["year"] == 2023 and len(outline["priorities"]) == 6
    assert sum(len(p["sectors"]) for p in outline["priorities"]) == 18
    measures = [m for _, _, t in tasks_of(outline) for m in t["measures"]]
    assert len(measures) == 173
    assert [m["id"] for m in measures] == measure_ids(db, "2023-9M")
    first_p, first_s, first_t = tasks_of(outline)[0]
    assert set(first_t) == {"kind", "id", "no", "text", "measures"}
    text = ok(*db, "programme", "show", "--year", "2023").out
    assert f"priority [{first_p['id']}] {first_p['name']}" in text
    assert f"  sector [{first_s['id']}] {first_s['name']}" in text
    assert f"    task {first_t['no']} [{first_t['id']}] " in text
    assert f"      {measures[0]['no']} [{measures[0]['id']}] " in text
    assert z(*db, "programme", "show", "--year", "2031").err.strip() == "zhdesk: no programme of 2031 in this store"


def test_every_edit_is_in_the_history_and_texts_stay(db: list[str]) -> None:
    outline = tree(db)
    rows = tasks_of(outline)
    (_, sector, task), (other_p, other_s, other_t) = rows[0], next(r for r in rows if r[0] is not rows[0][0])
    first, second = task["measures"][:2]
    text_before = {i: m["execution"] for i, m in measures(db, "2023-9M").items()}

    done = ok(*db, "programme", "change-measure", first["id"], "--no", f"{task['no']}.5")
    assert done.out == f"measure {first['no']} ({sector['name']}) re-numbered {task['no']}.5 [{first['id']}]\n"
    ok(*db, "programme", "change-measure", first["id"], "--text", "Переформульований захід")
    relinked = ok(
        *db, "programme", "change-measure", first["id"], "--executors", "КП «Новий», Департамент освіти міської ради"
    )
    assert "executors: КП «Новий», Департамент освіти міської ради" in relinked.out
    assert "new executive body:" in relinked.out
    ok(*db, "programme", "change-measure", first["id"], "--funding", "1 234,5")
    moved = ok(
        *db, "programme", "move-measure", first["id"], "--task", str(other_t["id"]), "--no", f"{other_t['no']}.40"
    )
    assert moved.out.splitlines()[0].endswith(f"moved to task {other_t['no']} ({other_s['name']}) [{first['id']}]")
    retired = ok(*db, "programme", "retire-measure", first["id"], "--from", "2023-9M")
    assert "retired from 2023-9M" in retired.out
    assert first["id"] in measure_ids(db, "2023-H1") and first["id"] not in measure_ids(db, "2023-9M")
    assert "(retired from 2023-9M)" in ok(*db, "programme", "show", "--year", "2023", "--retired").out
    assert first["id"] not in ok(*db, "programme", "show", "--year", "2023").out
    ok(*db, "programme", "restore-measure", first["id"])
    assert first["id"] in measure_ids(db, "2023-9M")

    changes = [c for c in history(db, first["id"]) if c["field"]]
    assert [(c["field"], c["period"], c["by"]) for c in changes] == [
        ("created", "", "Координатор"),
        ("no", "", "Координатор"),
        ("text", "", "Координатор"),
        ("executors", "", "Координатор"),
        ("funding", "", "Координатор"),
        ("task", "", "Координатор"),
        ("no", "", "Координатор"),
        ("retired", "", "Координатор"),
        ("restored", "", "Координатор"),
    ]
    assert changes[2]["source"] == "programme: re-worded (edit)" and changes[2]["new"] == "Переформульований захід"
    assert changes[5]["old"] == f"{task['no']} ({sector['name']})"
    assert changes[5]["new"] == f"{other_t['no']} ({other_s['name']})"
    texts = [c for c in history(db, first["id"]) if not c["field"]]
    assert [c["period"] for c in texts] == ["2023-9M"]
    after = measures(db, "2023-9M")
    assert after[first["id"]]["execution"] == text_before[first["id"]]
    assert after[first["id"]]["no"] == f"{other_t['no']}.40" and after[first["id"]]["sector"] == other_s["name"]
    assert after[first["id"]]["priority"] == other_p["name"]
    assert "програма" in ok(*db, "history", "--measure", first["id"]).out

    # a new measure after the second one, then the containers
    added = edited(
        ok(
            *db,
            "programme",
            "add-measure",
            "--task",
            str(task["id"]),
            "--no",
            f"{task['no']}.9",
            "--text",
            "Новий захід",
            "--executors",
            "Департамент освіти міської ради",
            "--funding",
            "Програма Х",
            "--after",
            second["id"],
            "--from",
            "2023-Q1",
            "--json",
        )
    )
    new_id = added["id"]
    assert [m["id"] for m in tasks_of(tree(db))[0][2]["measures"]][:2] == [second["id"], new_id]
    assert [c["field"] for c in history(db, new_id)] == ["created"]
    new_task = edited(
        ok(*db, "programme", "add-task", "--sector", str(sector["id"]), "--no", "77", "--text", "Нове", "--json")
    )
    ok(*db, "programme", "change-task", new_task["id"], "--no", "78", "--text", "Нове завдання")
    ok(*db, "programme", "move-measure", new_id, "--task", new_task["id"], "--no", "78.1")
    ok(*db, "programme", "change-task", new_task["id"], "--sector", str(other_s["id"]))
    new_sector = edited(
        ok(*db, "programme", "add-sector", "--priority", str(other_p["id"]), "--name", "Новий напрям", "--json")
    )
    ok(*db, "programme", "change-sector", new_sector["id"], "--name", "Новий напрям розвитку")
    ok(*db, "programme", "change-task", new_task["id"], "--sector", new_sector["id"])
    new_priority = edited(
        ok(*db, "programme", "add-priority", "--year", "2023", "--name", 'Пріоритет "Новий"', "--json")
    )
    ok(*db, "programme", "change-priority", new_priority["id"], "--goal", "Мета")
    ok(*db, "programme", "change-sector", new_sector["id"], "--priority", new_priority["id"])
    row = measures(db, "2023-9M")[new_id]
    assert (row["priority"], row["priority_goal"], row["sector"], row["task_no"], row["no"]) == (
        'Пріоритет "Новий"',
        "Мета",
        "Новий напрям розвитку",
        "78",
        "78.1",
    )
    out = ok(*db, "programme", "retire-priority", new_priority["id"], "--from", "2023-Y").out.splitlines()
    assert [line.split(" ")[0] for line in out] == ["measure", "task", "sector", "priority"]
    assert new_id in measure_ids(db, "2023-9M") and new_id not in measure_ids(db, "2023-Y")
    fields = [c["field"] for c in history(db, new_id)]
    assert fields == ["created", "task", "no", "retired"]
    retired_task = edited(
        ok(*db, "programme", "add-task", "--sector", str(sector["id"]), "--no", "79", "--text", "Т", "--json")
    )
    assert "retired from 2023-Y" in ok(*db, "programme", "retire-task", retired_task["id"], "--from", "2023-Y").out
    ok(*db, "programme", "retire-sector", str(other_s["id"]))
    assert not set(m["id"] for m in other_s["tasks"][0]["measures"]) & set(measure_ids(db, "2023-Y"))


def test_link_and_unlink(db: list[str]) -> None:
    p = edited(ok(*db, "programme", "add-priority", "--year", "2022", "--name", "Пріоритет 2022", "--json"))
    s = edited(ok(*db, "programme", "add-sector", "--priority", p["id"], "--name", "Освіта", "--json"))
    t = edited(ok(*db, "programme", "add-task", "--sector", s["id"], "--no", "1", "--text", "Завдання", "--json"))
    old = edited(ok(*db, "programme", "add-measure", "--task", t["id"], "--no", "1.1", "--text", "Старий", "--json"))
    measure = tasks_of(tree(db))[0][2]["measures"][0]
    assert "linked to last year's" in ok(*db, "programme", "link", measure["id"], old["id"]).out
    assert "unlinked from last year's" in ok(*db, "programme", "unlink", measure["id"]).out
    assert ok(*db, "programme", "unlink", measure["id"]).out == "nothing changed\n"
    assert [c["new"] for c in history(db, measure["id"]) if c["field"] == "previous"] == [old["id"], ""]
    refused = z(*db, "programme", "link", measure["id"], measure["id"])
    assert refused.code == 2 and "links to 2022" in refused.err


def zhdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zhdesk", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "ZHDESK_USER": "Координатор"},
    )


def test_a_refused_edit_exits_2_with_one_line_and_changes_nothing(db: list[str], store_url: str) -> None:
    rows = tasks_of(tree(db))
    _, sector, task = rows[0]
    first, second = task["measures"][:2]
    sibling = next(t for _, s, t in rows if s is sector and t is not task)
    before = dump_store(store_url)
    for args, names in (
        (("change-measure", first["id"], "--no", second["no"], "--text", "Не має записатися"), second["id"]),
        (("move-measure", sibling["measures"][0]["id"], "--task", str(task["id"]), "--no", second["no"]), second["id"]),
        (("change-task", str(task["id"]), "--no", sibling["no"]), f"[{sibling['id']}]"),
    ):
        done = zhdesk(*db, "programme", *args)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert done.stdout == "" and "Traceback" not in done.stderr
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("zhdesk: ") and names in lines[0], lines
        assert "already used" in lines[0]
    assert dump_store(store_url) == before
    assert json.loads(zhdesk(*db, "programme", "show", "--year", "2023", "--json").stdout) == tree(db)
