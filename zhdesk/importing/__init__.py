"""Importing the official six-column table from TXT/TSV (with HTML leftovers), XLSX and DOCX.

Entry point: :func:`zhdesk.importing.readers.read_report`. The package imports nothing eagerly, so
that commands which do not import files do not load the XLSX and DOCX libraries.
"""
