"""A validation problem in the window's language: by its wording's key and parameters (``validation.rules``),
never by its Ukrainian message, which ``validate --json`` and a refused submission keep as it is. The Ukrainian
translations (i18n/translate_uk.py) read exactly as ``rules.WORDING``; a test holds them together."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from zhdesk.validation.rules import Problem


_translated: dict[str, dict[str, str]] = {}  # the wordings per language, by how one of them reads


def _wordings() -> dict[str, str]:
    """The wordings as the window's language has them, made once per language (a panel of thousands of
    problems words each one: one lookup each, not fifteen translations)."""
    probe = QCoreApplication.translate("Problem", "Measure {0}: {1}")
    found = _translated.get(probe)
    if found is None:
        found = _translated[probe] = _all_wordings()
    return found


def _all_wordings() -> dict[str, str]:
    """Each wording's English, after "Measure {no}: " (the keys of ``rules.WORDING``)."""
    return {
        "empty": QCoreApplication.translate(
            "Problem", "the execution is not filled in. Describe what was done in the reporting period."
        ),
        "placeholder": QCoreApplication.translate("Problem", "«{0}» says nothing. Describe what exactly was done."),
        "too_short": QCoreApplication.translate(
            "Problem", "the text is too short ({0} characters). Describe the execution more fully."
        ),
        "control": QCoreApplication.translate(
            "Problem", "a hidden control character (code {0}) at position {1}. Delete it or type the text again."
        ),
        "same_as_previous": QCoreApplication.translate(
            "Problem", "the text is the same as in the previous reporting period. Update it."
        ),
        "bad_date": QCoreApplication.translate("Problem", "the date {0} does not exist. Check it."),
        "future_date": QCoreApplication.translate(
            "Problem", "the date {0} is later than the end of the reporting period ({1}). Check it."
        ),
        "latin_in_cyrillic": QCoreApplication.translate(
            "Problem", "the word «{0}» mixes Latin and Cyrillic letters (often after copying). Type the word again."
        ),
        "doubled:spaces": QCoreApplication.translate("Problem", "double spaces at position {0}. Remove the extra."),
        "doubled:mark": QCoreApplication.translate(
            "Problem", "a doubled mark «{0}» at position {1}. Remove the extra."
        ),
        "unbalanced:quotes": QCoreApplication.translate(
            "Problem", 'an odd number of quotation marks ". Check that every quotation mark is closed.'
        ),
        "unbalanced:pair": QCoreApplication.translate(
            "Problem", "the numbers of «{0}» and «{1}» differ. Check the brackets and quotation marks."
        ),
        "too_long": QCoreApplication.translate(
            "Problem", "the text is very long ({0} characters). Shorten it to the essentials."
        ),
        "spelling": QCoreApplication.translate(
            "Problem", "a possible spelling mistake in the word «{0}». Correct it or add it to the dictionary."
        ),
        "decimal_point": QCoreApplication.translate(
            "Problem", "the funding «{0}» is written with a point. Write it with a decimal comma: {1}."
        ),
    }


def problem_words(problem: Problem, *, named: bool = True) -> str:
    """The problem's message in the window's language: "Measure 1.2: …" (``named``), or without the
    measure's name, starting with a capital (under the measure's own line). A problem without a known
    wording (one made elsewhere) keeps its message."""
    words = _wordings().get(problem.key)
    if words is None:
        return problem.message
    said = words.format(*problem.params)
    if not named:
        return said[:1].upper() + said[1:]
    return QCoreApplication.translate("Problem", "Measure {0}: {1}").format(problem.measure_no, said)
