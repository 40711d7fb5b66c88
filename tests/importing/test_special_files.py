"""A FIFO (or any file that is not a regular file) given as a report or programme is refused at once."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.readers import read_programme, read_report

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


def _unblock(fifo: Path) -> threading.Timer:
    """If the reader blocks on the FIFO, open its writing end after a while so the test ends (and fails)."""

    def release() -> None:
        fd = os.open(fifo, os.O_RDWR)  # a writer that closes at once: a blocked reader gets EOF
        os.close(fd)

    timer = threading.Timer(3, release)
    timer.start()
    return timer


@pytest.mark.parametrize("read", [read_report, read_programme])
def test_fifo_is_refused_without_opening_it(tmp_path: Path, read: Callable[[Path], object]) -> None:
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    timer = _unblock(fifo)
    try:
        with pytest.raises(ImportFailure, match="not a regular file") as caught:
            read(fifo)
    finally:
        timer.cancel()
    assert "\n" not in str(caught.value)
