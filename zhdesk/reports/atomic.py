"""Atomic file writes: the target is either the previous file or the complete new one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class WriteFailure(Exception):
    """The file could not be written; the message says why in words a user understands."""


_REASONS = {
    errno.EACCES: "no permission to write there",
    errno.EPERM: "no permission to write there",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.EISDIR: "it is a folder",
    errno.EBUSY: "the file is open in another program; close it and try again",
}


def explain(path: Path, exc: OSError) -> WriteFailure:
    reason = _REASONS.get(exc.errno or 0, exc.strerror or str(exc))
    if os.name == "nt" and getattr(exc, "winerror", None) == 32:  # pragma: no cover - Windows only
        reason = "the file is open in another program (Excel, Word?); close it and try again"
    return WriteFailure(f"cannot write {path}: {reason}")


@contextlib.contextmanager
def atomic_path(target: Path, *, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` in one step.

    ``private``: a file holding a secret (a form package's key): readable and writable by its owner
    only (0600 on POSIX), whatever the umask or the mode of the file it replaces."""
    target = Path(target)
    if target.is_dir():
        raise WriteFailure(f"cannot write {target}: it is a folder")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    except OSError as exc:
        raise explain(target, exc) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if private:
            os.chmod(temporary, 0o600)
        elif target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        if exc.filename is not None and Path(exc.filename) not in (temporary, target, target.parent):
            raise  # another file (a writer's own resource) is missing: not the target's fault
        raise explain(target, exc) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
