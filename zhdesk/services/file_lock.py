"""An exclusive lock on a file, held while a process lives and released by the system when it dies.

Used to tell whether the process that wrote a recovery journal is still running: a lock that can be taken
belongs to nobody. POSIX ``flock`` and Windows ``msvcrt.locking``; both are per open file, so two windows
in one process are as separate as two processes.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


class FileLock:
    """A lock taken with ``try_lock``; ``release`` (or the process ending) gives it back."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path, self._fd = path, fd

    def release(self, *, remove: bool = False) -> None:
        if self._fd < 0:
            return
        if sys.platform == "win32":
            import msvcrt

            with contextlib.suppress(OSError):
                os.lseek(self._fd, 0, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = -1
        if remove:
            with contextlib.suppress(OSError):
                self.path.unlink()


def try_lock(path: Path) -> FileLock | None:
    """The lock on ``path`` (created if needed), or None when another process (or open file) holds it."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return FileLock(path, fd)
