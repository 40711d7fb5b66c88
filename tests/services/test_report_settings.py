"""The report's settings as one form (services.report_settings): checked first, saved in one transaction
(all of it or nothing), read back with the bodies' heads; the same keys as ``zhdesk settings``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exchange.util import ok
from zhdesk.services.report_settings import (
    SettingsInvalid,
    check,
    name_problem,
    read_report_settings,
    save_report_settings,
)
from zhdesk.services.settings import SettingError
from zhdesk.storage.database import open_store


@pytest.fixture
def db(tmp_path: Path, real_report: Path) -> Path:
    path = tmp_path / "s.sqlite3"
    ok("--db", path, "import-report", real_report, "--period", "2023-9M")
    return path


def test_names_as_they_print() -> None:
    assert name_problem("Вікторія Сичова") is None and name_problem("Анна-Марія Д'Арк") is None
    assert name_problem("") is None  # nobody yet: allowed
    assert name_problem("Сичова") == "one_word"
    assert name_problem("В. Сичова") == "initials" and name_problem("Сичова В.В.") == "initials"
    assert name_problem("Вікторія Сичова2") == "characters" and name_problem("Вікторія <Сичова>") == "characters"
    problems = check({"signatory_position": "Директор", "signatory_name": ""}, {"UKB": ("", "Петро Мельник")})
    assert [(p.field, p.code, p.body) for p in problems] == [
        ("signatory_name", "position_without_name", ""),
        ("head_position", "name_without_position", "UKB"),
    ]
    assert [p.code for p in check({"community": "  "}, {})] == ["required"]
    with pytest.raises(SettingError):
        check({"no_such_key": "x"}, {})


def test_saved_in_one_transaction_and_read_back(db: Path) -> None:
    store = open_store(f"sqlite:///{db}")
    try:
        before = read_report_settings(store)
        assert before.values["community"].startswith("Житомирської") and not before.read_only
        with pytest.raises(SettingsInvalid) as refused:  # one bad head: nothing of the rest is written
            save_report_settings(
                store,
                {"signatory_position": "Директор", "signatory_name": "Вікторія Сичова"},
                {"UKB": ("Начальник", "П.")},
            )
        assert [p.body for p in refused.value.problems] == ["UKB"]
        assert read_report_settings(store).values == before.values

        saved = save_report_settings(
            store,
            {
                "signatory_position": " Директор  департаменту\n\n економічного розвитку ",
                "signatory_name": " Вікторія  Сичова",
            },
            {"UKB": ("Начальник управління", "Петро   Мельник")},
        )
        assert (saved.settings, saved.heads) == (2, 1)
        after = read_report_settings(store)
        assert after.values["signatory_position"] == "Директор департаменту\nекономічного розвитку"
        assert after.values["signatory_name"] == "Вікторія Сичова"
        head = next(b for b in after.bodies if b.code == "UKB")
        assert (head.head_position, head.head_name) == ("Начальник управління", "Петро Мельник")
        again = save_report_settings(store, after.values, {"UKB": ("Начальник управління", "Петро Мельник")})
        assert (again.settings, again.heads) == (0, 0)
    finally:
        store.close()
    # the command line reads the same keys
    assert ok("--db", db, "settings", "signatory_name").out.strip() == "Вікторія Сичова"
    assert "Петро Мельник" in ok("--db", db, "bodies", "--json").out
