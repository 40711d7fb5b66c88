"""``python -m zhdesk``: the command line, and with no command the window (main.py and the bundle: the same)."""

import sys


def utf8_output() -> None:
    """Print UTF-8 on every platform, into a console, a pipe or a file alike. Without this, Python on Windows
    writes a pipe or a file in the ANSI code page (cp1252 on many PCs), and the first Ukrainian word of any
    command ends it with UnicodeEncodeError; on Linux the same happens under PYTHONIOENCODING=cp1252 or an
    ASCII locale. What UTF-8 cannot hold (a lone surrogate of an undecodable file name) is printed as an escape.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # None: a windowed program with no console
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")


def run() -> int:
    utf8_output()
    from zhdesk.cli.main import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
