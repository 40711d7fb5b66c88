"""Ukrainian spell-check (issue 14): the words looked up and those left alone, the user dictionary, the
answers kept between runs, and the `spelling` warning of the validation."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from zhdesk.paths import data_dir
from zhdesk.periods import Period
from zhdesk.validation.dictionary import Dictionary
from zhdesk.validation.rules import WARNING, check_spelling, check_text
from zhdesk.validation.service import problems_of, programme_vocabulary
from zhdesk.validation.spelling import ANSWERS, USER_WORDS, SpellChecker, default_checker, vocabulary_of, words_of

P9M = Period.parse("2023-9M")


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    loaded = default_checker()
    assert loaded.dictionary.load(), loaded.dictionary.failed
    return loaded


def flagged(checker: SpellChecker, text: str, vocabulary: frozenset[str] = frozenset()) -> list[str]:
    return [word.word for word in checker.misspelled(text, vocabulary)]


def test_misspelled_words_are_found_at_their_offsets(checker: SpellChecker) -> None:
    text = "Проведено ремнт покрівлі, відремонтованно обєкт. Корупцыя недопустима."
    found = checker.misspelled(text)
    assert [w.word for w in found] == ["ремнт", "відремонтованно", "обєкт", "Корупцыя"]
    assert all(text[w.offset : w.offset + len(w.word)] == w.word for w in found)
    assert flagged(checker, "Проведено ремонт покрівлі, відремонтовано об'єкт. Корупція недопустима.") == []


def test_apostrophes_are_one(checker: SpellChecker) -> None:
    assert flagged(checker, "об'єкт, об’єкт, обʼєкт, пам'ятка, пам’ятка, сім`я") == []
    vocabulary = vocabulary_of(["Реконструкція Прем’єрського скверу"])  # as the programme spells it
    assert flagged(checker, "прем'єрського, премʼєрського", vocabulary) == []


def test_names_abbreviations_numbers_and_addresses_are_not_flagged(checker: SpellChecker) -> None:
    text = (
        "Виконано роботи КП «Житомирводоканал», ЖДНЗ №5, ПКД виготовлено; ЦНАПу передано 12,5 км, 2023р., "
        "3-й етап, 10-ти об'єктів. Пишіть на rada@zt-rada.gov.ua або https://zt-rada.gov.ua/news?id=5, "
        "www.prozorro.gov.ua, zhytomyr.city.com. Ремонт на вул. Київській, буд. 5, кв. 3. "
        "Зустріч провели Петренко та Шевчук з Prozorro."
    )
    assert flagged(checker, text) == []


def test_a_capitalised_word_at_a_sentence_start_is_looked_up(checker: SpellChecker) -> None:
    assert flagged(checker, "Відремонтованно дорогу.") == ["Відремонтованно"]
    assert flagged(checker, "Зроблено.\nРемнт дороги") == ["Ремнт"]
    assert flagged(checker, "Зроблено все, що Ремнт") == []  # in a sentence: taken for a name


def test_the_programmes_own_words_are_not_flagged(checker: SpellChecker) -> None:
    text = "Проведено акватлон і напівмарафон на Бердичівському стадіоні."
    assert flagged(checker, text) == ["акватлон", "напівмарафон"]
    vocabulary = vocabulary_of(["Проведення акватлону, Напівмарафон «Житомир»"])
    assert flagged(checker, text, vocabulary) == ["акватлон"]  # "акватлону" is another word form


def test_added_words_are_kept_in_the_data_folder(checker: SpellChecker) -> None:
    assert flagged(checker, "Відбувся акватлон та ще один акватлон.") == ["акватлон", "акватлон"]
    checker.add("Акватлон")
    checker.add("акватлон")  # once
    assert flagged(checker, "Відбувся акватлон. Акватлон відбувся.") == []
    path = data_dir() / USER_WORDS
    assert path.read_text(encoding="utf-8") == "Акватлон\n"
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []  # written whole, then moved
    another = SpellChecker(checker.dictionary)  # the next run reads the file
    assert flagged(another, "Відбувся акватлон.") == []
    path.unlink()
    assert flagged(checker, "Відбувся акватлон.") == ["акватлон"]


def test_the_answers_are_kept_between_runs(checker: SpellChecker) -> None:
    """A run whose words were all seen before checks them without loading the dictionary (~1 s)."""
    first = SpellChecker(checker.dictionary)
    texts = ["Проведено ремнт дороги та тротуарів."]
    first.prepare(texts)
    assert flagged(first, texts[0]) == ["ремнт"]
    first.save()
    kept = json.loads((data_dir() / ANSWERS).read_text(encoding="utf-8"))
    assert kept["words"]["ремнт"] is False and kept["words"]["дороги"] is True
    never_loaded = SpellChecker()  # its dictionary is not loaded (and would not be: all words were seen)
    never_loaded.prepare(texts)
    assert not never_loaded.dictionary.ready
    assert flagged(never_loaded, texts[0]) == ["ремнт"]


def test_a_missing_dictionary_checks_nothing(tmp_path: Path) -> None:
    broken = SpellChecker(Dictionary(tmp_path / "none"), keep_answers=False)
    assert not broken.dictionary.load() and broken.dictionary.failed
    assert broken.misspelled("Проведено ремнт.") == []


def test_the_spelling_problem_is_a_warning_at_the_word() -> None:
    checker = default_checker()
    assert checker.dictionary.load()
    text = "Проведено ремнт дороги, ремнт тротуарів і ремонт дворів."
    problems = check_spelling("m1", "1.1 (Освіта)", text, checker, frozenset())
    assert len(problems) == 1  # a word once per measure, at its first place
    (problem,) = problems
    assert (problem.severity, problem.code, problem.position) == (WARNING, "spelling", text.index("ремнт"))
    assert problem.message == (
        "Захід 1.1 (Освіта): можлива орфографічна помилка в слові «ремнт». Виправте його або додайте до словника."
    )
    assert all(p.code != "spelling" for p in check_text("m1", "1.1", text, P9M))  # not the window's rules


def test_words_are_split_as_a_reader_would() -> None:
    words = [(w.text, w.sentence_start) for w in words_of("«Ремонт» — зроблено; науково-технічний 5-й 'пам’ятка'.")]
    assert words == [("Ремонт", True), ("зроблено", False), ("науково-технічний", False), ("пам’ятка", False)]


def test_the_programme_vocabulary_is_its_measures_tasks_and_executors(real_report: Path) -> None:
    from zhdesk.importing.readers import read_report
    from zhdesk.services.measures import list_measures
    from zhdesk.services.programme_import import import_report
    from zhdesk.storage.database import open_store

    store = open_store(f"sqlite:///{data_dir() / 's.sqlite3'}")
    import_report(store, read_report(real_report), P9M)
    with store.reading() as session:
        rows = list_measures(session, P9M)
    store.close()
    vocabulary = programme_vocabulary(rows)
    assert {"житомирводоканал", "пам'яток"} <= vocabulary
    assert "котельнь" in {w.text for row in rows for w in words_of(row.execution)}
    assert "котельнь" not in vocabulary  # the execution texts are not the programme's words
    assert all(p.code != "spelling" for p in problems_of(rows, {}, P9M))  # the export's checklist: no dictionary
    found = problems_of(rows, {}, P9M, spelling=True)
    spelling = [p for p in found if p.code == "spelling"]
    assert spelling and all(p.severity == WARNING for p in spelling)
    by_id = {row.id: row for row in rows}
    for problem in spelling:
        word = problem.message.split("«")[1].split("»")[0]
        assert by_id[problem.measure_id].execution[problem.position :].startswith(word)


def test_the_user_dictionary_survives_a_failed_write(checker: SpellChecker, monkeypatch: pytest.MonkeyPatch) -> None:
    checker.add("акватлон")
    path = data_dir() / USER_WORDS

    def refuse(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        checker.add("напівмарафон")
    assert path.read_text(encoding="utf-8") == "акватлон\n"
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []
