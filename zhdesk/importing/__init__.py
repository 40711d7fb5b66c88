"""Importing the official six-column table from TXT/TSV (with HTML leftovers), XLSX and DOCX."""

from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.readers import read_report
from zhdesk.importing.structure import ParsedReport, Repair

__all__ = ["ImportFailure", "ParsedReport", "Repair", "read_report"]
