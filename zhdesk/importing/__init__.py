"""Importing the official table from TXT/TSV (with HTML leftovers), XLSX and DOCX.

Entry points: :func:`zhdesk.importing.readers.read_report` (the six-column report) and
:func:`zhdesk.importing.readers.read_programme` (the approved programme: the same table without
"Виконання заходів"). The package imports nothing eagerly, so that commands which do not import
files do not load the XLSX and DOCX libraries.
"""
