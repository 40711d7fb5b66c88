"""Start zhdesk: with no arguments (or with --demo, or a .zhform/.zhsub) the window, with a subcommand
the command line."""

import sys

from zhdesk.cli.main import main


def _windows_console() -> None:
    """The Windows bundle is a windowed program; a subcommand typed in cmd.exe writes to that console."""
    if sys.platform == "win32" and getattr(sys, "frozen", False) and len(sys.argv) > 1:  # pragma: no cover
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
            sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    _windows_console()
    sys.exit(main())
