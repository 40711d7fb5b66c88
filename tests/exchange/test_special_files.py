"""A FIFO given as a form or a submission is refused at once, not opened (it would hang the program)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from zhdesk.exchange.container import read_container

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


@pytest.mark.parametrize(("name", "kind"), [("B-2023-Y.zhform", "form"), ("B-2023-Y.zhsub", "submission")])
def test_fifo_form_or_submission_is_refused(tmp_path: Path, name: str, kind: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)

    def release() -> None:  # if the reader blocks on the FIFO, let it end (and the test fail)
        os.close(os.open(fifo, os.O_RDWR))

    timer = threading.Timer(3, release)
    timer.start()
    try:
        with pytest.raises(Exception, match="not a regular file") as caught:
            read_container(fifo, kind)
    finally:
        timer.cancel()
    assert "\n" not in str(caught.value)
