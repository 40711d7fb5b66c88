"""Start zhdesk: with no arguments (or with --demo, or a .zhform/.zhsub) the window, with a subcommand
the command line."""

import gc
import sys

# Start-up builds objects that all live as long as the process: a collection then would only scan them.
# Collecting resumes at the window's first turn of the event loop (zhdesk.gui.app) or before a command runs.
gc.disable()

from zhdesk.__main__ import utf8_output  # noqa: E402 - after gc.disable()
from zhdesk.cli.main import main  # noqa: E402


def _windows_console() -> None:
    """The Windows bundle is a windowed program; a subcommand typed in cmd.exe writes to that console.
    A stream redirected to a file or a pipe (``zhdesk measures … > list.txt``, ``| findstr``) stays where
    the user sent it: only one with no handle, or a console's, is replaced by the console's CONOUT$."""
    if sys.platform == "win32" and getattr(sys, "frozen", False) and len(sys.argv) > 1:  # pragma: no cover
        import ctypes

        kernel32 = ctypes.windll.kernel32
        kernel32.GetStdHandle.restype = ctypes.c_void_p
        kernel32.GetFileType.argtypes = [ctypes.c_void_p]
        file_type_disk, file_type_pipe = 1, 3

        def to_console(stream: object, std_handle: int) -> bool:
            redirected = kernel32.GetFileType(kernel32.GetStdHandle(std_handle)) in (file_type_disk, file_type_pipe)
            return stream is None or not redirected

        out, err = to_console(sys.stdout, -11), to_console(sys.stderr, -12)  # STD_OUTPUT/ERROR_HANDLE
        if (out or err) and kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            if out:
                sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
            if err:
                sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    _windows_console()
    utf8_output()
    sys.exit(main())
