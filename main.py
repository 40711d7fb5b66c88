"""Start zhdesk: with no arguments (or with --demo) the window, with a subcommand the command line."""

import sys

from zhdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
