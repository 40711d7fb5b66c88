"""What an attacker found in the first amendment code, kept found: each test failed before its fix."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.services.test_amendment import NINE, YEAR
from zhdesk.importing.readers import read_report
from zhdesk.importing.structure import ParsedReport, ParsedTask
from zhdesk.periods import Period
from zhdesk.services.measures import list_measures
from zhdesk.services.programme import import_programme
from zhdesk.services.programme_import import import_report
from zhdesk.services.programme_plan import AmendmentError
from zhdesk.storage.database import Store

REPO = Path(__file__).resolve().parents[2]


def renumber(task: ParsedTask) -> None:
    for index, measure in enumerate(task.measures, start=1):
        measure.no = f"{task.no}.{index}"


Change = Callable[[ParsedReport], tuple[str, str]]


def drop_and_edit(sector: str, task_at: int, drop_at: int, edit: Callable[[str], str]) -> Change:
    """A measure finished (dropped), the next one edited, the task numbered again: (its text, edited)."""

    def change(report: ParsedReport) -> tuple[str, str]:
        task = next(s for s in report.sectors if s.name.startswith(sector)).tasks[task_at]
        task.measures.pop(drop_at)
        edited = task.measures[drop_at]
        original = edited.text
        edited.text = edit(edited.text)
        assert edited.text != original
        renumber(task)
        return original, edited.text

    return change


CASES = {
    "a space after м.": drop_and_edit("Благоустрій", 0, 9, lambda t: t.replace("м.Житомир,", "м. Житомир,")),
    "в → у": drop_and_edit("Централізоване теплопостачання", 0, 2, lambda t: t.replace("в м.Житомир", "у м. Житомир")),
    "words added": drop_and_edit(
        "Охорона здоров", 0, 0, lambda t: t.replace("Реконструкція", "Реконструкція (ремонт)")
    ),
    "ПКД added": drop_and_edit("Громадська безпека", 0, 3, lambda t: t + " (в т.ч. ПКД)"),
    "a year added": drop_and_edit("Освіта", 6, 0, lambda t: t.replace("Надання", "Надання у 2023 році")),
}


@pytest.mark.parametrize("case", list(CASES))
def test_an_edited_measure_beside_a_dropped_one_keeps_its_own_id(store: Store, real_report: Path, case: str) -> None:
    report = read_report(real_report)
    import_report(store, report, NINE)
    with store.reading() as session:
        before = {r.text: r for r in list_measures(session, NINE)}
    amended = copy.deepcopy(report)
    original_text, edited_text = CASES[case](amended)
    original = before[original_text]
    result = import_programme(store, amended, 2023, confirm=True)
    assert result.applied is not None
    with store.reading() as session:
        after = {r.id: r for r in list_measures(session, YEAR)}
    kept = next(r for r in after.values() if r.text == edited_text)
    assert kept.id == original.id, f"the edited measure took another id ({case})"
    assert len(result.plan.retired()) == 1 and result.plan.retired()[0].id != original.id


def test_a_changed_number_or_name_is_not_taken_for_a_re_wording_without_asking(store: Store, real_report: Path) -> None:
    report = read_report(real_report)
    import_report(store, report, NINE)
    amended = copy.deepcopy(report)
    CASES["a year added"](amended)
    plan = import_programme(store, amended, 2023, dry_run=True).plan
    assert [m.parsed.text for m in plan.uncertain] == [
        m.text for m in amended.measures if "Надання у 2023 році" in m.text
    ]


def test_re_importing_the_published_report_after_an_amendment_keeps_the_amendment(
    store: Store, real_report: Path
) -> None:
    report = read_report(real_report)
    import_report(store, report, NINE)
    amended = copy.deepcopy(report)
    CASES["a space after м."](amended)
    import_programme(store, amended, 2023)
    with store.reading() as session:
        nine = {r.id: (r.no, r.execution) for r in list_measures(session, NINE)}
    again = import_report(store, read_report(real_report), NINE)
    assert not again.waiting and not again.added
    with store.reading() as session:
        assert {r.id: (r.no, r.execution) for r in list_measures(session, NINE)} == nine  # nothing undone or doubled


def test_a_file_cut_short_waits_and_the_whole_file_brings_everything_back(store: Store, real_report: Path) -> None:
    report = read_report(real_report)
    import_report(store, report, NINE)
    with store.reading() as session:
        before = {r.id: r.execution for r in list_measures(session, NINE)}
    half = copy.deepcopy(report)
    half.priorities = half.priorities[:3]
    waiting = import_programme(store, half, 2023)
    assert waiting.applied is None and any("would retire" in reason for reason in waiting.plan.waiting)
    confirmed = import_programme(store, half, 2023, confirm=True)
    assert confirmed.applied is not None and confirmed.applied.retired["measures"] > 50
    whole = copy.deepcopy(report)
    restored = import_programme(store, whole, 2023)
    assert restored.applied is not None and "measures" not in restored.applied.created
    assert restored.plan.counts()["restored"] == confirmed.applied.retired["measures"]
    with store.reading() as session:
        assert {r.id: r.execution for r in list_measures(session, NINE)} == before
        assert {r.id for r in list_measures(session, YEAR)} == set(before)


def test_the_plan_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Many equally good candidates: the matcher must not follow the order of a set."""
    script = tmp_path / "plan.py"
    script.write_text(
        "from zhdesk.services.programme_match import Item, match_items\n"
        "stored = [Item(f's{i}', 'П', f'Сектор {i % 7}', '1', 'Завдання', f'1.{i}', "
        "f'Ремонт покрівлі закладу номер {i} та подвір’я ліцею', 'УКБ') for i in range(60)]\n"
        "file = [Item(f'f{i}', 'П', f'Сектор {i % 5}', '1', 'Завдання', f'1.{i + 1}', "
        "f'Ремонт покрівлі закладу номер {i} і подвір’я школи', 'УКБ') for i in range(0, 60, 3)]\n"
        "m = match_items(file, stored)\n"
        "print([(x.file.key, x.stored.key if x.stored else None, x.certainty) for x in m.matches])\n",
        encoding="utf-8",
    )
    outputs = {
        subprocess.run(
            [sys.executable, str(script)],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
            env={"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin"},
        ).stdout
        for seed in (1, 2, 3, 4)
    }
    assert len(outputs) == 1


def test_a_report_of_another_year_is_refused(store: Store, real_report: Path) -> None:
    with pytest.raises(AmendmentError, match=r"names 2023-9M .*not a period of 2024"):
        import_report(store, read_report(real_report), Period.parse("2024-9M"))


def test_links_are_made_whichever_year_comes_first(store: Store, real_report: Path) -> None:
    later = read_report(real_report)
    later.title = ""
    for measure in later.measures:
        measure.execution = ""
    import_programme(store, later, 2024)  # next year's programme first: nothing to link to yet
    result = import_report(store, read_report(real_report), NINE)  # then this year's report
    assert result.linked_next == 173
    with store.reading() as session:
        from zhdesk.services.previous import previous_texts

        previous = previous_texts(session, Period.parse("2024-Q1"))
        nine = {r.text: r.execution for r in list_measures(session, NINE)}
        q1 = list_measures(session, Period.parse("2024-Q1"))
    assert sum(1 for r in q1 if r.id in previous and previous[r.id].text == nine[r.text]) >= 170
