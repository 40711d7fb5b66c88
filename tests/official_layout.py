"""Write the official six-column table as XLSX and DOCX, the way councils' files look, for import tests.

Deliberately independent of zhdesk: merged cells, spanning bold/underlined heading rows, vertical
merges of № and Завдання over a task's measures, paragraphs inside cells.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

HEADER = [
    "№ з/п",
    "Завдання",
    "Заходи",
    "Відповідальний виконавець",
    "Виконання заходів",
    "Назва міської цільової програми до якої включено захід або обсяг фінансових ресурсів, тис. грн",
]
TITLE = (
    "Інформація про виконання завдань та заходів Програми соціально-економічного і культурного "
    "розвитку Житомирської міської територіальної громади за 9 місяців 2023 року"
)
FOOTNOTE = "*Звіт підготовлено на підставі звітів виконавчих органів міської ради"


def _blocks(measures: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    """("priority", (name, goal)) / ("sector", name) / ("task", (no, text, [measures]))."""
    out: list[tuple[str, Any]] = []
    priority = sector = None
    task_key = None
    for m in measures:
        if m["priority"] != priority:
            priority, sector, task_key = m["priority"], None, None
            out.append(("priority", (m["priority"], m["priority_goal"])))
        if m["sector"] != sector:
            sector, task_key = m["sector"], None
            out.append(("sector", m["sector"]))
        if (m["task_no"], m["task"]) != task_key:
            task_key = (m["task_no"], m["task"])
            out.append(("task", (m["task_no"], m["task"], [])))
        out[-1][1][2].append(m)
    return out


def write_xlsx(path: Path, measures: list[dict[str, Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Звіт"
    ws.append([TITLE])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True)
    ws.append(HEADER)
    ws.append([1, 2, 3, 4, 5, 6])
    for kind, value in _blocks(measures):
        if kind == "priority":
            name, goal = value
            ws.append([f"{name} {goal}"])
            ws.cell(ws.max_row, 1).font = Font(bold=True, underline="single")
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        elif kind == "sector":
            ws.append([value])
            ws.cell(ws.max_row, 1).font = Font(bold=True)
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        else:
            no, text, items = value
            first = ws.max_row + 1
            for m in items:
                ws.append(
                    [
                        None,
                        None,
                        f"{m['no']}. {m['text']}",
                        m["executors"],
                        m["execution"] or None,
                        m["programme_or_funding"],
                    ]
                )
                for col in range(1, 7):
                    ws.cell(ws.max_row, col).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(first, 1).value = int(no)
            ws.cell(first, 2).value = text
            if len(items) > 1:
                ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=ws.max_row, end_column=2)
    ws.append([FOOTNOTE])
    wb.save(path)


def write_docx(path: Path, measures: list[dict[str, Any]]) -> None:
    from docx import Document

    doc = Document()
    title = doc.add_paragraph()
    title.add_run(TITLE).bold = True
    rows = 2 + sum(1 if kind != "task" else len(value[2]) for kind, value in _blocks(measures))
    table = doc.add_table(rows=rows, cols=6)
    grid = [row.cells for row in table.rows]  # table.cell() is quadratic; merge after filling in
    merges = []
    for col, text in enumerate(HEADER):
        grid[0][col].text = text
        grid[1][col].text = str(col + 1)
    r = 2
    for kind, value in _blocks(measures):
        if kind in {"priority", "sector"}:
            paragraph = grid[r][0].paragraphs[0]
            if kind == "priority":
                for part in value:
                    run = paragraph.add_run(part)
                    run.bold = run.underline = True
                    paragraph.add_run(" ")
            else:
                paragraph.add_run(value).bold = True
            merges.append((grid[r][0], grid[r][5]))
            r += 1
            continue
        no, text, items = value
        first = r
        for m in items:
            grid[r][2].text = f"{m['no']}. {m['text']}"
            grid[r][3].text = m["executors"]
            lines = m["execution"].split("\n") if m["execution"] else []
            if lines:
                grid[r][4].paragraphs[0].add_run(lines[0])
                for line in lines[1:]:
                    grid[r][4].add_paragraph(line)
            grid[r][5].text = m["programme_or_funding"]
            r += 1
        grid[first][0].text = no
        grid[first][1].text = text
        if len(items) > 1:
            merges += [(grid[first][0], grid[r - 1][0]), (grid[first][1], grid[r - 1][1])]
    for a, b in merges:
        a.merge(b)
    doc.add_paragraph(FOOTNOTE)
    doc.save(str(path))
