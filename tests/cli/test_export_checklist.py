"""``export-report`` prints the window's checklist as warnings on stderr and still writes the file (exit 0):
the real report in 2023-Y with forms issued to two bodies and one text only a dash; none for a body's own
report, none once everything is in place."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.util import ok, shared_pair


def test_export_report_warns_with_the_checklist(tmp_path: Path, real_report: Path) -> None:
    db = tmp_path / "s.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    _shared, lead, other, _third = shared_pair(f"sqlite:///{db}")
    ok("--db", db, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", lead, "--body", other)
    dashed = ok("--db", db, "measures", "--period", "2023-Y", "--json").json()[3]["id"]
    ok("--db", db, "set-execution", "--measure", dashed, "--period", "2023-Y", "--text", "-")

    out = tmp_path / "zvit.pdf"
    done = ok("--db", db, "export-report", "--period", "2023-Y", "-o", out)  # exit 0
    assert out.read_bytes().startswith(b"%PDF") and done.out.startswith(f"wrote {out} (173 measures")
    lines = done.err.splitlines()
    assert all(line.startswith("warning: ") for line in lines)
    assert "warning: 171 of 173 measures have no execution text:" in lines
    assert sum(1 for line in lines if line.startswith("warning:   ") and line.endswith("]")) == 171 + 1
    assert any(line.endswith(" executive bodies are not accepted yet:") for line in lines)
    assert "(not issued) " in done.err  # the other reporting bodies: no form issued to them
    assert all(f"\nwarning:   {code} (issued) " in done.err for code in (lead, other))
    assert "warning: 1 texts with errors:" in lines and any(dashed in line and "«-»" in line for line in lines)
    assert any(line.startswith("warning: no signatory") for line in lines)

    ok("--db", db, "settings", "signatory_position", "Директор департаменту економічного розвитку")
    ok("--db", db, "settings", "signatory_name", "Вікторія Сичова")
    nine = ok("--db", db, "export-report", "--period", "2023-9M", "-o", tmp_path / "nine.xlsx")
    assert nine.err == "" and (tmp_path / "nine.xlsx").exists()  # nothing to say
    own = ok("--db", db, "export-report", "--period", "2023-Y", "--body", lead, "-o", tmp_path / "own.docx")
    assert "warning" not in own.err  # a body's own report: the checklist is the consolidated report's
