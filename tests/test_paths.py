"""Shipped files (zhdesk/resources) are found as files on disk, and from a zip through importlib.resources."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from zhdesk import paths

REPO = Path(__file__).resolve().parents[1]


def test_a_shipped_file_is_the_packages_own_file() -> None:
    icon = paths.resource_file("icons", "zhdesk.svg")
    assert icon == REPO / "zhdesk" / "resources" / "icons" / "zhdesk.svg"
    assert icon.read_bytes() == paths.resource("icons", "zhdesk.svg").read_bytes()
    assert paths.resource_file("icons", "zhdesk.svg") is icon  # asked once


def test_a_shipped_file_from_a_zipped_package_is_a_copy_that_lives_with_the_process(tmp_path: Path) -> None:
    archive = tmp_path / "zhdesk.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("__init__.py", "paths.py", "resources/icons/zhdesk.svg", "resources/i18n/zhdesk_uk.qm"):
            zipped.write(REPO / "zhdesk" / name, f"zhdesk/{name}")
    script = (
        "import sys; from zhdesk import paths; "
        "assert paths.__file__.startswith(sys.argv[1]), paths.__file__; "
        "icon = paths.resource_file('icons', 'zhdesk.svg'); print(icon); print(icon.read_bytes().hex())"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, sys.argv[1]); {script}", str(archive)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    first, content = done.stdout.decode().split()
    copy = Path(first)
    assert str(archive) not in str(copy)  # a copy, not a path into the zip
    assert bytes.fromhex(content) == (REPO / "zhdesk/resources/icons/zhdesk.svg").read_bytes()
    assert not copy.exists()  # removed as the process ended
