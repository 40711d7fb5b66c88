"""Fill zhdesk_uk.ts with the Ukrainian translations kept here (run by `make translations`).

Source strings are English in code (`self.tr(...)`, `.ui` files); Ukrainian is the default UI language.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

UK = {
    "Opening the store…": "Відкриваю сховище…",
    "All measures": "Усі заходи",
    "Not filled": "Не заповнені",
    "With problems": "З проблемами",
    "Search (Ctrl+F)": "Пошук (Ctrl+F)",
    "zhdesk — {0} — consolidated report": "zhdesk — {0} — зведений звіт",
    "{0} measures": "Заходів: {0}",
    "Could not open the store: {0}": "Не вдалося відкрити сховище: {0}",
    "Filled {0} of {1}": "Заповнено {0} з {1}",
    "<b>Task {0}.</b> {1}": "<b>Завдання {0}.</b> {1}",
    "<b>Executors:</b> {0}": "<b>Відповідальні виконавці:</b> {0}",
    "<b>Programme or funding:</b> {0}": "<b>Програма або обсяг фінансування:</b> {0}",
    "{0} characters": "Символів: {0}",
    "Saved at {0}": "Збережено о {0}",
    "NOT saved: the store does not answer. Retrying in 5 seconds…": "НЕ збережено: сховище не відповідає. "
    "Повторю спробу за 5 секунд…",
    "zhdesk": "zhdesk",
    "Period:": "Період:",
    "Reporting period": "Звітний період",
    "Show:": "Показати:",
    "Which measures to show": "Які заходи показати",
    "Search measures and texts": "Пошук у заходах і текстах",
    "Filled measures": "Заповнені заходи",
    "Programme measures": "Заходи програми",
    "Previous period:": "Попередній період:",
    "Copy into this period": "Скопіювати в цей період",
    "Text of the previous period": "Текст попереднього періоду",
    "What was done in the period:": "Що зроблено за період:",
    "Execution text": "Текст виконання",
    "Problems of this measure": "Проблеми цього заходу",
    "Problems": "Проблеми",
    "All problems": "Усі проблеми",
    "Problem": "Проблема",
    "&Settings": "&Налаштування",
    "&Language": "&Мова",
    "The language changes the next time zhdesk starts.": "Мову буде змінено під час наступного запуску zhdesk.",
    "Language": "Мова",
    "Not saved": "Не збережено",
    "Some text could not be saved to the store. The window stays open so that nothing is lost; check the store "
    "(disk, network) and close again.": "Частину тексту не вдалося зберегти у сховище. Вікно лишається відкритим, "
    "щоб нічого не загубилося; перевірте сховище (диск, мережу) і закрийте ще раз.",
    "zhdesk — {0} — {1}": "zhdesk — {0} — {1}",
    "Recovered {0} texts that were not saved last time": "Відновлено текстів, не збережених минулого разу: {0}",
}


def fill(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in UK:
            translation.text = UK[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill(Path(sys.argv[1]))
    if left:
        sys.exit("untranslated: " + "; ".join(left))
