"""The window's Qt-free worklist on the real report (SQLite and PostgreSQL): what one edit changes (counts,
status, problems, search), the navigator's filters and search, the next unfilled measure, and parent
measures (1.1 with 1.1.1 under it) left unflagged when empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhdesk.gui.loading import Loaded, load
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.programme_import import import_report
from zhdesk.services.rows import MeasureRow
from zhdesk.services.worklist import EMPTY, ERRORS, FILLED, WARNINGS, Worklist
from zhdesk.storage.database import Store
from zhdesk.validation.rules import ERROR

P9M = Period.parse("2023-9M")
GOOD = "Відремонтовано 12 об'єктів соціальної сфери на 3,4 млн грн."
SHORT = "Зроблено."  # a real word, but too short to say anything: an error


@pytest.fixture
def loaded(store: Store, real_report: Path) -> Loaded:
    import_report(store, read_report(real_report), P9M)
    return load(store, P9M.code, None)


@pytest.fixture
def work(loaded: Loaded) -> Worklist:
    return Worklist(loaded.rows, loaded.previous, loaded.parents, P9M, None)


def recount(work: Worklist) -> int:
    """The measures "Заповнено" counts: a text, and no error in it."""
    return sum(1 for row in work.order if row.execution.strip() and work.status[row.id] != ERRORS)


def shown(work: Worklist, mode: str, words: str = "", only: set[str] | None = None) -> list[str]:
    keep = work.keep(mode, words, only)
    return [row.id for row in work.order if keep is None or keep(row)]


def parent(work: Worklist) -> MeasureRow:
    """The report's one measure with sub-measures: 1.1 of Стала мобільність, 1.1.1 under it."""
    (row,) = (row for row in work.order if (row.sector, row.task_no, row.no) in work.parents)
    assert row.no == "1.1" and any(
        r.sector == row.sector and r.task_no == row.task_no and r.no.startswith("1.1.") for r in work.order
    )
    return row


def plain_filled(work: Worklist) -> list[MeasureRow]:
    """Filled measures without problems and without sub-measures."""
    return [row for row in work.order if work.status[row.id] == FILLED]


def test_the_real_report_as_the_window_holds_it(work: Worklist) -> None:
    assert len(work.order) == 173 and list(work.rows) == [row.id for row in work.order]
    assert work.filled == recount(work) == 172
    assert {m: work.status[m] for m in work.status if work.status[m] != FILLED} == {
        **{row.id: WARNINGS for row in work.order if work.problems[row.id]},
        parent(work).id: EMPTY,
    }
    assert all(p.severity != ERROR for problems in work.problems.values() for p in problems)
    assert sorted(len(work.problems[m]) for m in work.problems if work.problems[m]) == [1, 1, 1]


def test_an_edit_from_empty_to_filled_to_an_error_and_back(work: Worklist) -> None:
    row = plain_filled(work)[10]
    position = work.order.index(row)
    emptied = work.apply_edit(row.id, "")
    assert (emptied.was_filled, emptied.filled, emptied.status, emptied.problems_changed) == (True, False, EMPTY, True)
    assert [p.code for p in work.problems[row.id]] == ["empty"]  # an empty measure is an error in the panel
    assert work.filled == recount(work) == 171
    assert shown(work, "unfilled") == sorted([parent(work).id, row.id], key=work.position.__getitem__)

    filled = work.apply_edit(row.id, GOOD)
    assert (filled.was_filled, filled.filled, filled.status, filled.problems_changed) == (False, True, FILLED, True)
    assert filled.row.execution == GOOD and work.rows[row.id] is filled.row is work.order[position]
    assert work.problems[row.id] == [] and work.status[row.id] == FILLED
    assert work.filled == recount(work) == 172

    again = work.apply_edit(row.id, GOOD + " Роботи тривають.")
    assert (again.was_filled, again.status, again.problems_changed) == (True, FILLED, False)  # nothing to rebuild

    wrong = work.apply_edit(row.id, SHORT)
    assert (wrong.was_filled, wrong.filled, wrong.status, wrong.problems_changed) == (True, True, ERRORS, True)
    assert [p.code for p in work.problems[row.id]] == ["too_short"]
    assert work.filled == recount(work) == 171  # a text with an error is not counted as filled (issue 14)
    assert work.errors == 1 and work.first_unfilled([r.id for r in work.order]) == row.id
    assert row.id in shown(work, "problems")

    blank = work.apply_edit(row.id, "  \n\t ")  # only spaces: empty
    assert (blank.was_filled, blank.filled, blank.status, blank.problems_changed) == (True, False, EMPTY, True)
    assert work.filled == recount(work) == 171
    assert work.order[position].execution == "  \n\t "


def test_set_text_is_an_edit_and_ignores_unknown_measures(work: Worklist) -> None:
    row = plain_filled(work)[0]
    work.set_text(row.id, "")
    assert work.status[row.id] == EMPTY and work.filled == recount(work) == 171
    work.set_text("no-such-measure", GOOD)
    assert work.filled == 171 and "no-such-measure" not in work.rows


def test_the_filters_and_the_search(work: Worklist) -> None:
    every = [row.id for row in work.order]
    assert work.keep("all", "", None) is None and work.keep("all", "   ", None) is None
    assert shown(work, "unfilled") == [parent(work).id]
    assert shown(work, "problems") == [row.id for row in work.order if work.problems[row.id]]
    assert len(shown(work, "problems")) == 3

    word = "ремонт"
    found = shown(work, "all", f"  {word.upper()} ")  # case and surrounding spaces do not matter
    assert found == [row.id for row in work.order if word in "\n".join((row.no, row.text, row.execution)).casefold()]
    assert 0 < len(found) < len(every)
    assert set(shown(work, "all", "1.1")) >= {row.id for row in work.order if row.no == "1.1"}  # the number too

    typed = plain_filled(work)[5]
    assert shown(work, "all", "квазіунікальне") == []
    work.apply_edit(typed.id, GOOD + " Квазіунікальне слово.")
    assert shown(work, "all", "квазіунікальне") == [typed.id]  # the search sees what is being typed
    work.apply_edit(typed.id, "")
    assert shown(work, "unfilled", "") == [r for r in every if r in (parent(work).id, typed.id)]
    unfilled, with_word = shown(work, "unfilled"), shown(work, "all", word)
    assert shown(work, "unfilled", word) == [m for m in unfilled if m in with_word]  # both: empty and the word
    assert len(shown(work, "problems")) == 4 and typed.id in shown(work, "problems")  # empty: an error

    one_body = set(every[20:30])
    assert shown(work, "only", "", one_body) == every[20:30]
    assert shown(work, "only", word, one_body) == [m for m in found if m in one_body]
    assert shown(work, "all", word, one_body) == found  # the body's list narrows only its own entry
    assert shown(work, "only", "", set()) == []


def test_next_unfilled_wraps_around(work: Worklist) -> None:
    ids = [row.id for row in work.order]
    first_empty = parent(work).id
    assert work.next_unfilled(ids, None) == first_empty
    assert work.next_unfilled(ids, first_empty) == first_empty  # the only one: found again after wrapping
    late, early = ids[150], ids[40]
    work.apply_edit(late, "")
    work.apply_edit(early, "")
    empties = sorted((first_empty, early, late), key=ids.index)
    assert work.next_unfilled(ids, ids[ids.index(empties[0]) + 1]) == empties[1]
    assert work.next_unfilled(ids, empties[1]) == empties[2]
    assert work.next_unfilled(ids, empties[2]) == empties[0]  # past the last one: back to the first
    assert work.next_unfilled(ids, ids[-1]) == empties[0]
    assert work.next_unfilled(ids, "not-shown") == empties[0]  # the current one filtered away: from the top
    assert work.next_unfilled(ids[41:150], ids[60]) is None  # none among those shown
    for measure_id in empties:
        work.apply_edit(measure_id, GOOD)
    assert work.next_unfilled(ids, None) is None and work.filled == len(ids)


def test_a_parent_measure_is_not_flagged_when_empty(work: Worklist) -> None:
    row = parent(work)
    assert row.execution == "" and work.problems[row.id] == [] and work.status[row.id] == EMPTY
    assert row.id not in shown(work, "problems")
    wrong = work.apply_edit(row.id, "-")  # a text of its own is checked like any other
    assert wrong.status == ERRORS and [p.code for p in work.problems[row.id]] == ["placeholder"]
    back = work.apply_edit(row.id, "")
    assert back.status == EMPTY and work.problems[row.id] == [] and back.problems_changed
    child = next(r for r in work.order if r.sector == row.sector and r.no.startswith(row.no + "."))
    assert work.apply_edit(child.id, "").status == EMPTY  # the measure under it is flagged when empty
    assert [p.code for p in work.problems[child.id]] == ["empty"] and child.id in shown(work, "problems")


def test_the_next_period_compares_with_the_previous_text(store: Store, loaded: Loaded) -> None:
    year = load(store, "2023-Y", None)  # nothing typed for the year yet; 9 months' texts are the previous
    work = Worklist(year.rows, year.previous, year.parents, Period.parse("2023-Y"), None)
    assert work.filled == 0 and len(work.previous) == 172
    assert shown(work, "unfilled") == [row.id for row in work.order]
    assert [row.id for row in work.order if not work.problems[row.id]] == [parent(work).id]
    row = plain_filled(Worklist(loaded.rows, loaded.previous, loaded.parents, P9M, None))[0]
    copied = work.apply_edit(row.id, work.previous[row.id].text)
    assert copied.status == WARNINGS and [p.code for p in work.problems[row.id]] == ["same_as_previous"]
    assert work.apply_edit(row.id, GOOD).status == FILLED and work.filled == 1


def test_an_empty_worklist() -> None:
    work = Worklist.empty()
    assert (work.order, work.filled, work.period) == ([], 0, None)
    assert work.keep("unfilled", "", None) is not None and work.next_unfilled([], None) is None
