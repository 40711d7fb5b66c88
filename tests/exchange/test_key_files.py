"""A form package carries the body's secret key: on POSIX it is written readable by its owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.exchange.util import ok, where


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows keeps files in the user's profile")
def test_form_packages_are_written_for_their_owner_only(store_url: str, real_report: Path, tmp_path: Path) -> None:
    db = where(store_url)
    ok(*db, "import-report", real_report, "--period", "2023-9M")
    out = tmp_path / "forms"
    out.mkdir()
    old = os.umask(0o022)
    try:
        ok(*db, "issue-forms", "--period", "2023-Y", "--out", out, "--body", "UKB")
        package = out / "UKB-2023-Y.zhform"
        package.chmod(0o644)  # an earlier copy made readable by others is not kept so
        ok(*db, "issue-forms", "--period", "2023-Y", "--out", out, "--body", "UKB")
    finally:
        os.umask(old)
    assert stat.S_IMODE(package.stat().st_mode) == 0o600
