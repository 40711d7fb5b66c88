"""The command line as scripts and our checks use it, in a real process, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def zhdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zhdesk", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, **(env or {})},
    )


def where(store_url: str) -> list[str]:
    return ["--db", store_url.removeprefix("sqlite:///")] if store_url.startswith("sqlite") else ["--db-url", store_url]


def test_whole_flow(store_url: str, real_report: Path) -> None:
    db = where(store_url)
    done = zhdesk(*db, "import-report", str(real_report), "--period", "2023-9M")
    assert done.returncode == 0, done.stderr
    assert "6 priorities, 18 sectors, 173 measures" in done.stdout
    assert "line 148: row had 5 cells" in done.stdout
    assert "DO ~ DO2" in done.stdout
    again = zhdesk(*db, "import-report", str(real_report), "--period", "2023-9M")
    assert "nothing changed" in again.stdout

    measures = json.loads(zhdesk(*db, "measures", "--period", "2023-9M", "--json").stdout)
    assert len(measures) == 173
    assert measures[0]["no"] == "1.1" and measures[0]["task_no"] == "1"
    assert measures[0]["priority"] == 'Пріоритет "Ефективне місто"'
    assert measures[-1]["no"] == "4.3" and measures[-1]["sector"] == "Гендерна політика"

    bodies = json.loads(zhdesk(*db, "bodies", "--json").stdout)
    by_code = {b["code"]: b for b in bodies}
    assert set(by_code["DO"]) == {
        "code",
        "name",
        "aliases",
        "measures",
        "head_position",
        "head_name",
        "reporting",
        "suspected_duplicates",
    }
    assert by_code["DO"]["reporting"] is True
    assert "DO2" in by_code["DO"]["suspected_duplicates"]
    merged = zhdesk(*db, "bodies", "--merge", "DO", "DO2")
    assert merged.returncode == 0, merged.stderr
    bodies = {b["code"]: b for b in json.loads(zhdesk(*db, "bodies", "--json").stdout)}
    assert "DO2" not in bodies and bodies["DO"]["aliases"] == ["департамент освіти міської ради"]
    own = json.loads(zhdesk(*db, "measures", "--period", "2023-9M", "--body", "DO", "--json").stdout)
    assert len(own) == bodies["DO"]["measures"]

    periods = json.loads(zhdesk(*db, "periods", "--json").stdout)
    assert periods == [{"code": "2023-9M", "title": "за 9 місяців 2023 року", "texts": 172, "deadline": None}]
    assert zhdesk(*db, "settings", "signatory_name", "Вікторія СИЧОВА").returncode == 0
    assert zhdesk(*db, "settings", "signatory_name").stdout.strip() == "Вікторія СИЧОВА"


def test_environment_url_and_usage_errors(tmp_path: Path, real_report: Path) -> None:
    env = {"ZHDESK_DB_URL": f"sqlite:///{tmp_path / 'env.sqlite3'}"}
    assert zhdesk("import-report", str(real_report), "--period", "2023-9M", env=env).returncode == 0
    assert (tmp_path / "env.sqlite3").exists()
    unknown = zhdesk("measures", "--period", "2023-9M", "--body", "NOPE", env=env)
    assert unknown.returncode == 2 and "no executive body" in unknown.stderr
    usage = zhdesk("import-report", env=env)
    assert usage.returncode == 2 and "usage:" in usage.stderr
    bad_setting = zhdesk("settings", "colour", "red", env=env)
    assert bad_setting.returncode == 2 and "unknown setting" in bad_setting.stderr


@pytest.mark.parametrize("entry", [["zhdesk"], [sys.executable, "main.py"]])
def test_console_script_and_main_py(entry: list[str], tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    if entry == ["zhdesk"]:
        entry = [str(Path(sys.executable).with_name("zhdesk"))]
    done = subprocess.run([*entry, "--version"], capture_output=True, text=True, cwd=repo, timeout=60, check=False)
    assert done.returncode == 0 and done.stdout.startswith("zhdesk ")


def test_export_report_command(tmp_path: Path, real_report: Path) -> None:
    db = ["--db", str(tmp_path / "s.sqlite3")]
    assert zhdesk(*db, "import-report", str(real_report), "--period", "2023-9M").returncode == 0
    done = zhdesk(*db, "export-report", "--period", "2023-9M", "-o", str(tmp_path / "r.pdf"))
    assert done.returncode == 0, done.stderr
    assert "no signatory is set" in done.stdout
    assert (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"
    body = zhdesk(*db, "export-report", "--period", "2023-9M", "--body", "DER", "-o", str(tmp_path / "der.xlsx"))
    assert body.returncode == 0 and "8 measures" in body.stdout
    missing = zhdesk(*db, "export-report", "--period", "2023-9M", "-o", str(tmp_path / "no" / "r.docx"))
    assert missing.returncode == 2 and "the folder does not exist" in missing.stderr
    empty = zhdesk(*db, "export-report", "--period", "2024-Q1", "-o", str(tmp_path / "r.docx"))
    assert empty.returncode == 2 and "import the programme first" in empty.stderr
