"""The command line: a thin face over the services (the GUI is the other one)."""
