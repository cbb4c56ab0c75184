"""Tables in policy text: one clause per row, the column headers as labels.

Every table reaches the parser in one form, pipe rows (`|序号|项目|支持标准|责任单位|`): a text table
as pasted from a spreadsheet, tab-separated rows (normalise.py), Word tables and HTML `<table>`s
(formats.py). The first row is the header and is never a clause; a `|---|` rule line and a repeated
header (a table continued on the next page) are skipped. A number column (序号, 档次 …) gives the row's
clause number; a units column (责任单位, 责任科室 …) gives its departments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.errors import CorpusError
from retrieval.lexicon.patterns import MONEY, NUMBER_COLUMNS, PERCENT, UNIT_LABELS

__all__ = ["is_row", "cells", "Table", "read_table", "pipe_row"]

_ROW = re.compile(r"^\|.*\|$")
_RULE = re.compile(r"^\|[\s:：\-—－|]*\|$")
_NUMBER_HEADER = re.compile(rf"^{NUMBER_COLUMNS}$")
_UNIT_HEADER = re.compile(rf"^(?:{UNIT_LABELS}|(?:责任|牵头|主管|受理|承办|业务)?(?:单位|部门|科室|处室))$")
_HEADER_MAX = 20  # a column header is a short name


def pipe_row(cells: list[str]) -> str:
    """`|a|b|c|` with any pipe inside a cell written full-width and line breaks as spaces."""
    return "|" + "|".join(" ".join(c.replace("|", "｜").split()) for c in cells) + "|"


def is_row(line: str) -> bool:
    """A table row: `|a|b|…|` with at least two cells (or a `|---|` rule line)."""
    return bool(_ROW.match(line)) and line.count("|") >= 3


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip()[1:-1].split("|")]


@dataclass(frozen=True)
class Row:
    number: str  # as printed in the number column (1, 第三档), or the row's position
    key: str  # the id key: the number without spaces
    text: str  # 项目：…；支持标准：…；责任单位：…
    units: str  # the units column's text, "" when the table has none


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]


def read_table(lines: list[str], where: str = "") -> Table:
    """The rows of one table (consecutive pipe rows). A table whose first row is data, not column
    names, is refused: its cells could not be labelled."""
    rows = [cells(line) for line in lines if is_row(line) and not _RULE.match(line)]
    if not rows:
        return Table((), ())
    header = tuple(rows[0])
    if not _looks_like_header(header):
        raise CorpusError(
            f"{where}表格缺少表头：第一行「{'｜'.join(header)[:40]}」是数据而不是列名"
            "（如 序号、项目、支持标准、责任单位），无法判断各列的含义。请在表格第一行补上列名后重新添加。"
        )
    number_col = next((i for i, h in enumerate(header) if _NUMBER_HEADER.match(h.replace(" ", ""))), None)
    unit_col = next((i for i, h in enumerate(header) if _UNIT_HEADER.match(h.replace(" ", ""))), None)
    out: list[Row] = []
    for position, row in enumerate(rows[1:], start=1):
        if tuple(row) == header or not any(row):
            continue  # a header repeated on the next page, an empty row
        row = (row + [""] * len(header))[: max(len(header), len(row))]
        number = row[number_col] if number_col is not None and row[number_col] else ""
        parts = []
        for i, cell in enumerate(row):
            cell = cell.strip().rstrip("。；;，,")
            if not cell or (i == number_col and number.isdigit()):
                continue
            label = header[i] if i < len(header) and header[i] else ""
            parts.append(f"{label}：{cell}" if label else cell)
        if not parts:
            continue
        if not number:
            number = f"第{position}行"
        key = re.sub(r"\s+", "", number).replace(".", "-").replace("/", "-")
        out.append(Row(number=number, key=key, text="；".join(parts),
                       units=row[unit_col] if unit_col is not None and unit_col < len(row) else ""))
    return Table(header, tuple(out))


def _looks_like_header(header: tuple[str, ...]) -> bool:
    """Column names: short, no sums of money or rates, no sentence, not a bare number first."""
    if not any(header):
        return False
    for cell in header:
        if len(cell) > _HEADER_MAX or MONEY.search(cell) or PERCENT.search(cell) or re.search(r"[。；;]", cell):
            return False
    first = header[0].strip()
    return not re.fullmatch(r"\d+|[一二三四五六七八九十]+|第.{1,4}[档项级行]", first)
