"""Measure rows as the report shows them: plain data, shared by the store queries and the window."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field

from zhdesk.periods import KINDS, Period, PeriodError


@dataclass(frozen=True)
class MeasureRow:
    """One measure as the report shows it (the `measures --json` object)."""

    id: str
    priority: str
    priority_goal: str
    sector: str
    task_no: str
    task: str
    no: str
    text: str
    executors: str
    execution: str
    programme_or_funding: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def assemble(parts: list[tuple[int, str]]) -> str:
    """Several executors' texts, lead executor first (by position in column 4)."""
    return "\n".join(text for _, text in sorted(parts) if text.strip())


def parent_keys(rows: list[MeasureRow]) -> set[tuple[str, str, str]]:
    """(sector, task, no) of measures that have sub-measures (1.1 of 1.1.1, 1.1.2 …)."""
    numbers = {(row.sector, row.task_no, row.no) for row in rows}
    found = set()
    for sector, task_no, no in numbers:
        parts = no.split(".")
        for cut in range(1, len(parts)):
            found.add((sector, task_no, ".".join(parts[:cut])))
    return found & numbers


# -- the previous period's text (stdlib only: the quick reader and the store's services share it) --------

YEARS_BACK = 5
"""How many years back the links to last year's measure are followed for a previous text."""

CARRIED = "form.previous"
"""The setting where a department store keeps the previous texts its form package brought from periods
of another year (last year's annual report, for І квартал): ``{measure id: {"period", "text"}}``."""


@dataclass(frozen=True)
class PreviousText:
    """The text of a measure's previous period: the last earlier period that has one."""

    period: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {"period": self.period, "text": self.text}


Key = tuple[str, str]  # (measure id, period code)


@dataclass
class StoredTexts:
    """What a store holds for some measures in some periods: the consolidated texts, every body's part
    (by the body's place in column 4) and, for a body's window, that body's own part."""

    reports: dict[Key, str] = field(default_factory=dict)
    parts: dict[Key, list[tuple[int, str]]] = field(default_factory=dict)
    own: dict[Key, str] = field(default_factory=dict)

    def text(self, key: Key) -> str:
        """The body's own part when it has one, else the report's text (as ``list_measures`` makes it)."""
        own = self.own.get(key, "")
        if own.strip():
            return own
        report = self.reports.get(key)
        return assemble(self.parts.get(key, [])) if report is None else report


TextsOf = Callable[[list[str], list[str]], StoredTexts]
"""(measure ids, period codes) → their texts."""
LinksOf = Callable[[list[str]], Mapping[str, str]]
"""measure ids → last year's measure of each that has one."""


def find_previous(
    period: Period,
    measure_ids: Iterable[str],
    texts_of: TextsOf,
    links_of: LinksOf,
    carried: Mapping[str, PreviousText] | None = None,
    years: int = YEARS_BACK,
) -> dict[str, PreviousText]:
    """The previous text of each measure that has one: the latest earlier period of its year with a text,
    else along the link to last year's measure its latest period with a text (Y, 9M, H1, Q1), and so on
    back for ``years``; then what a form package ``carried`` from a year this store does not hold."""
    wanted = list(dict.fromkeys(measure_ids))
    found: dict[str, PreviousText] = {}
    # the measure searched now (this year's, or the one it continues) → the measures asked about
    searched: dict[str, list[str]] = {measure_id: [measure_id] for measure_id in wanted}
    seen = set(searched)
    kinds = KINDS[: KINDS.index(period.kind)]
    for back in range(years + 1):
        if back:
            links = links_of(sorted(searched))
            following: dict[str, list[str]] = {}
            for measure_id, asked in searched.items():
                previous_id = links.get(measure_id)
                if previous_id is not None and previous_id not in seen:
                    following.setdefault(previous_id, []).extend(asked)
            searched, kinds = following, KINDS
            seen.update(searched)
        if not searched:
            break
        codes = [Period(period.year - back, kind).code for kind in reversed(kinds)]
        if not codes:
            continue
        texts = texts_of(sorted(searched), codes)
        for measure_id in list(searched):
            for code in codes:
                text = texts.text((measure_id, code))
                if text.strip():
                    for asked_id in searched.pop(measure_id):
                        found[asked_id] = PreviousText(code, text)
                    break
    for measure_id in wanted:
        extra = (carried or {}).get(measure_id)
        if measure_id not in found and extra is not None and Period.parse(extra.period).ends_on < period.ends_on:
            found[measure_id] = extra
    return found


def read_carried(value: str | None) -> dict[str, PreviousText]:
    """The carried texts as the setting ``CARRIED`` keeps them; anything malformed is left out."""
    import json  # only a department store has any: not at every start-up

    try:
        loaded = json.loads(value) if value else {}
    except ValueError:
        return {}
    carried = {}
    for measure_id, item in loaded.items() if isinstance(loaded, dict) else ():
        if isinstance(item, dict) and isinstance(item.get("period"), str) and isinstance(item.get("text"), str):
            try:
                code = Period.parse(item["period"]).code
            except PeriodError:
                continue
            if item["text"].strip():
                carried[measure_id] = PreviousText(code, item["text"])
    return carried


def write_carried(carried: Mapping[str, PreviousText]) -> str:
    import json

    return json.dumps({m: p.to_json() for m, p in sorted(carried.items())}, ensure_ascii=False)
