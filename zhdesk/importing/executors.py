"""Split column 4 (Відповідальний виконавець) into executor names.

Commas inside quotes or brackets do not split a name. A quote that never closes (``КП «ЕМЗО
«Міськвітло» …``) protects nothing, so the list still splits where it should.
"""

from __future__ import annotations

_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ("(", ")"), ("[", "]"))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) index pairs of quotes and brackets that are matched; unmatched ones are ignored."""
    spans: list[tuple[int, int]] = []
    for opener, closer in _PAIRS:
        stack: list[int] = []
        for index, char in enumerate(text):
            if char == opener and opener != closer:
                stack.append(index)
            elif char == closer and stack:
                spans.append((stack.pop(), index))
    positions = [index for index, char in enumerate(text) if char == '"']
    spans.extend(zip(positions[0::2], positions[1::2], strict=False))
    return spans


def _protected_commas(text: str) -> set[int]:
    """Indexes of commas that stand inside matched quotes or brackets (linear in the text)."""
    depth = [0] * (len(text) + 1)
    for start, end in _quoted_spans(text):
        depth[start + 1] += 1
        depth[end] -= 1
    protected: set[int] = set()
    running = 0
    for index, char in enumerate(text):
        running += depth[index]
        if char == "," and running > 0:
            protected.add(index)
    return protected


# A lower-case fragment after a comma starts a new executor only with one of these words; any other
# continues the name before it ("Управління у справах сім'ї, молоді та спорту міської ради").
_STARTS_EXECUTOR = {
    "департамент",
    "управління",
    "відділ",
    "служба",
    "сектор",
    "виконавчий",
    "виконавчі",
    "комітет",
    "громадські",
    "громадська",
    "громадське",
    "благодійні",
    "благодійний",
    "благодійна",
    "заклади",
    "заклад",
    "комунальний",
    "комунальна",
    "комунальне",
    "комунальні",
    "дитячо-юнацькі",
    "федерації",
    "федерація",
    "навчальні",
    "дошкільні",
    "позашкільні",
    "установи",
    "установа",
    "організації",
    "організація",
    "підприємства",
    "підприємство",
    "об'єднання",
    "міський",
    "міська",
    "міське",
    "інші",
    "центр",
    "центри",
    "суб'єкти",
    "осбб",
    "депутати",
    "старости",
    "старостинські",
    "військові",
}


def _starts_executor(fragment: str) -> bool:
    first = fragment.split(maxsplit=1)[0] if fragment.split() else ""
    if not first[:1].isalpha() or first[:1].isupper():
        return True
    return first.lower().replace("’", "'").replace("ʼ", "'") in _STARTS_EXECUTOR


def split_executors(text: str) -> list[str]:
    """Executor names in the order given; whitespace inside each name is collapsed."""
    protected = _protected_commas(text)
    names: list[str] = []
    start = 0
    for index, char in enumerate(text + ","):
        if char in ",;\n" and index not in protected:
            name = " ".join(text[start:index].split()).strip(" .")
            if name and names and char == "," and text[start - 1 : start] == "," and not _starts_executor(name):
                names[-1] = f"{names[-1]}, {name}"
            elif name:
                names.append(name)
            start = index + 1
    return names
