"""A whole quarter through zhdesk: issue, fill offline, submit, receive, resubmit, return, accept, export."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import openpyxl
from sqlalchemy import create_engine, text

from tests.exchange.util import fill_department, ok, shared_pair, where, z

PERIOD = "2023-Y"


def tamper(source: Path, target: Path) -> None:
    """Change one text inside a submission and keep its original MAC."""
    with zipfile.ZipFile(source) as archive:
        manifest = archive.read("manifest.json")
        content = json.loads(archive.read("content.json"))
    content["entries"][0]["text"] = "Підроблений текст, якого орган не надсилав."
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("content.json", json.dumps(content, ensure_ascii=False, indent=1, sort_keys=True))
    target.write_bytes(buffer.getvalue())


def consolidated(store_url: str, measure_id: str) -> tuple[str, str | None]:
    """The measure's text as the report has it, and the executors' text waiting beside it, if any."""
    rows = ok(*where(store_url), "measures", "--period", PERIOD, "--json").json()
    assert isinstance(rows, list)
    text_now = next(r["execution"] for r in rows if r["id"] == measure_id)
    engine = create_engine(store_url)
    try:
        with engine.connect() as c:
            incoming = c.execute(
                text(
                    "SELECT e.incoming FROM execution e JOIN reporting_period p ON p.id = e.period_id "
                    "WHERE e.measure_id = :m AND p.code = :p"
                ),
                {"m": measure_id, "p": PERIOD},
            ).scalar()
    finally:
        engine.dispose()
    return text_now, incoming


def test_a_whole_quarter(store_url: str, real_report: Path, tmp_path: Path) -> None:
    coordinator = where(store_url)
    ok(*coordinator, "import-report", real_report, "--period", "2023-9M")
    shared, lead, other, third = shared_pair(store_url)
    forms = tmp_path / "forms"
    forms.mkdir()
    issued = ok(*coordinator, "issue-forms", "--period", PERIOD, "--out", forms)
    for code in (lead, other, third):
        assert (forms / f"{code}-{PERIOD}.zhform").exists(), issued.out

    # each body opens its package into its own store, fills it in offline and submits
    dept = {code: tmp_path / f"{code}.sqlite3" for code in (lead, other, third)}
    for code, db in dept.items():
        opened = ok("--db", db, "open-form", forms / f"{code}-{PERIOD}.zhform")
        assert f"opened the form of {code}" in opened.out
    refused = z("--db", dept[lead], "submit", "-o", tmp_path / "early.zhsub")
    assert refused.code == 1 and "ПОМИЛКА" in refused.out and not (tmp_path / "early.zhsub").exists()
    for code, db in dept.items():
        fill_department(db, code)
        assert "0 errors" in ok("--db", db, "validate").out
        ok("--db", db, "submit", "-o", tmp_path / f"{code}-1.zhsub")

    tampered = tmp_path / f"{other}-forged.zhsub"
    tamper(tmp_path / f"{other}-1.zhsub", tampered)
    batch = [tmp_path / f"{code}-1.zhsub" for code in dept] + [tampered]
    received = z(*coordinator, "receive", *batch, "--json")
    assert received.code == 1
    outcome = {r["file"]: r for r in received.json()}  # type: ignore[union-attr]
    assert outcome[tampered.name]["outcome"] == "rejected"
    assert "signature does not match" in outcome[tampered.name]["reason"]
    assert all(outcome[f"{code}-1.zhsub"]["outcome"] == "received" for code in dept)

    # the shared measure is assembled lead executor first
    text_now, incoming = consolidated(store_url, shared)
    assert text_now.splitlines()[0].startswith(f"{lead}: ") and text_now.splitlines()[1].startswith(f"{other}: ")
    assert incoming is None

    # the same file again changes nothing
    again = ok(*coordinator, "receive", tmp_path / f"{lead}-1.zhsub")
    assert "unchanged" in again.out

    # the coordinator edits the final text by hand; a resubmission does not overwrite it
    mine = "Зведений текст координатора: заходи виконано спільно обома виконавцями."
    ok(*coordinator, "set-execution", "--measure", shared, "--period", PERIOD, "--text", mine)
    ok("--db", dept[other], "set-execution", "--measure", shared, "--text", f"{other}: уточнено, виконано повністю.")
    ok("--db", dept[other], "submit", "-o", tmp_path / f"{other}-2.zhsub")
    second = ok(*coordinator, "receive", tmp_path / f"{other}-2.zhsub", "--json").json()
    assert isinstance(second, list)
    assert second[0]["sequence"] == 2
    assert [c["measure_id"] for c in second[0]["changes"]] == [shared]
    assert second[0]["changes"][0]["new"] == f"{other}: уточнено, виконано повністю."
    assert second[0]["conflicts"] == [shared]
    assert consolidated(store_url, shared) == (
        mine,
        text_now.splitlines()[0] + f"\n{other}: уточнено, виконано повністю.",
    )
    conflicts = ok(*coordinator, "merge", "--period", PERIOD)
    assert f"CONFLICT {shared}" in conflicts.out
    ok(*coordinator, "merge", "--period", PERIOD, "--take", shared, "bodies")
    assert consolidated(store_url, shared)[0].endswith(f"{other}: уточнено, виконано повністю.")

    # an older submission replayed after a newer one is refused
    replay = z(*coordinator, "receive", tmp_path / f"{other}-1.zhsub")
    assert replay.code == 0 and "unchanged" in replay.out  # the very same file: recognised

    # return the third body's submission with a comment on one measure
    third_measures = ok(*coordinator, "measures", "--period", PERIOD, "--body", third, "--json").json()
    assert isinstance(third_measures, list)
    target = third_measures[0]["id"]
    returned_dir = tmp_path / "returned"
    returned_dir.mkdir()
    ok(
        *coordinator,
        "return",
        third,
        "--period",
        PERIOD,
        "--comment",
        "Уточніть обсяги фінансування",
        "--on-measure",
        target,
        "Додайте суму в гривнях",
        "--out",
        returned_dir,
    )
    early = z(*coordinator, "accept", third, "--period", PERIOD)  # nothing new since the return
    assert early.code == 2 and "nothing new" in early.err
    reopened = ok("--db", dept[third], "open-form", returned_dir / f"{third}-{PERIOD}.zhform")
    assert "2 comments from the coordinator" in reopened.out
    with create_engine(f"sqlite:///{dept[third]}").connect() as c:
        comments = dict(c.execute(text("SELECT coalesce(measure_id, ''), text FROM review_comment")).all())
        kept = c.execute(text("SELECT count(*) FROM execution_part WHERE text LIKE :t"), {"t": f"{third}:%"}).scalar()
    assert comments == {"": "Уточніть обсяги фінансування", target: "Додайте суму в гривнях"}
    assert kept == len(third_measures)  # what the officer typed survives the re-opened package
    ok(
        "--db",
        dept[third],
        "set-execution",
        "--measure",
        target,
        "--text",
        f"{third}: виконано, використано 120 тис. грн.",
    )
    ok("--db", dept[third], "submit", "-o", tmp_path / f"{third}-2.zhsub")
    ok(*coordinator, "receive", tmp_path / f"{third}-2.zhsub")

    for code in dept:
        ok(*coordinator, "accept", code, "--period", PERIOD)
    status = {s["code"]: s for s in ok(*coordinator, "status", "--period", PERIOD, "--json").json()}  # type: ignore[union-attr]
    for code in dept:
        assert status[code]["status"] == "accepted" and status[code]["filled"] == status[code]["total"]
    assert status[third]["sequence"] == 2 and status[other]["sequence"] == 2
    untouched = next(s for c, s in status.items() if c not in dept and s["reporting"])
    assert untouched["status"] == "issued" and untouched["last_submission"] is None
    co_executor = next(s for s in status.values() if not s["reporting"])
    assert co_executor["status"] == "not issued"  # issued to the reporting bodies only

    history = ok(*coordinator, "history", "--measure", shared, "--period", PERIOD, "--json").json()
    assert isinstance(history, list)
    sources = [(h["body"], h["source"], h["submission"]) for h in history]
    assert (lead, "submission", 1) in sources and (other, "submission", 2) in sources
    assert (None, "entry", None) in sources and (None, "resolve", None) in sources
    assert any(h["old"] == mine for h in history)

    report = tmp_path / "report.xlsx"
    ok(*coordinator, "export-report", "--period", PERIOD, "-o", report)
    sheet = openpyxl.load_workbook(report).active
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value}
    assert f"{third}: виконано, використано 120 тис. грн." in cells
    assert any(c.endswith(f"{other}: уточнено, виконано повністю.") for c in cells)
