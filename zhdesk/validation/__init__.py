"""Validation of execution texts: the same Qt-free rules for the window, the command line and the coordinator."""
