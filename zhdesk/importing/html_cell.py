"""Cells of the TXT export carry HTML leftovers (<p>, <b>, <u>, <a href>): turn them into runs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from zhdesk.importing.table import Cell, Run

_BOLD = {"b", "strong"}
_UNDERLINE = {"u", "ins"}
_BLOCK = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4"}


class _CellParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[Run]] = [[]]
        self.bold = 0
        self.underline = 0
        self.links: list[tuple[str, int]] = []
        self.unknown_tags: set[str] = set()

    def _new_paragraph(self) -> None:
        if any(run.text.strip() for run in self.paragraphs[-1]):
            self.paragraphs.append([])
        else:
            self.paragraphs[-1] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BOLD:
            self.bold += 1
        elif tag in _UNDERLINE:
            self.underline += 1
        elif tag in _BLOCK:
            self._new_paragraph()
        elif tag == "br":
            self.paragraphs.append([])
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append((href, len(self._paragraph_text())))
        elif tag not in {"span", "i", "em", "font", "sup", "sub", "s"}:
            self.unknown_tags.add(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BOLD:
            self.bold = max(0, self.bold - 1)
        elif tag in _UNDERLINE:
            self.underline = max(0, self.underline - 1)
        elif tag in _BLOCK:
            self._new_paragraph()
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            shown = self._paragraph_text()[start:]
            if href and href not in shown:
                self.handle_data(f" ({href})")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if data:
            self.paragraphs[-1].append(Run(data, self.bold > 0, self.underline > 0))

    def _paragraph_text(self) -> str:
        return "".join(run.text for run in self.paragraphs[-1])


_KNOWN_TAG = re.compile(
    r"<(?!/?(?:p|b|strong|u|ins|a|br|div|li|tr|h[1-6]|span|i|em|font|sup|sub|s)(?:[\s/>]))", re.IGNORECASE
)
_BARE_AMPERSAND = re.compile(r"&(?!#\d+;|#x[0-9a-fA-F]+;|[a-zA-Z][a-zA-Z0-9]*;)")


def parse_html_cell(raw: str) -> tuple[Cell, set[str]]:
    """The cell's runs, and any unknown tag names that were removed (for the import report).

    Only the formatting tags of the export are markup: any other ``<`` is text (``<Назва>``, ``a < b``),
    and so is an ``&`` that does not end in ``;`` (``?id=5&region=2`` stays as it is).
    """
    if "<" not in raw and "&" not in raw:
        return Cell([[Run(raw)]] if raw else []), set()
    raw = _BARE_AMPERSAND.sub("&amp;", raw)
    raw = _KNOWN_TAG.sub("&lt;", raw)
    parser = _CellParser()
    parser.feed(raw)
    parser.close()
    paragraphs = [paragraph for paragraph in parser.paragraphs if paragraph]
    return Cell(paragraphs), parser.unknown_tags
