"""Tables in policy text: one clause per row, the column headers as labels.

Every table reaches the parser in one form, pipe rows (`|序号|项目|支持标准|责任单位|`): a text table
as pasted from a spreadsheet, tab-separated rows (normalise.py), space-aligned rows of PDF text
(`space_rows`), Word tables and HTML `<table>`s (formats.py).
The first row is the header and is never a clause; a `|---|` rule line and a repeated
header (a table continued on the next page) are skipped. A number column (序号, 档次 …) gives the row's
clause number; a units column (责任单位, 责任科室 …) gives its departments.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from retrieval.errors import CorpusError
from retrieval.lexicon.patterns import (
    CONTACT_LABELS,
    LEADING_NUMBER,
    LEVEL_SUM_COLUMN,
    MONEY,
    MONEY_UNIT,
    NUMBER_COLUMNS,
    PERCENT,
    UNIT_LABELS,
)

__all__ = ["is_row", "is_row_text", "cells", "field_pairs", "Table", "read_table", "pipe_row", "space_rows"]

_ROW = re.compile(r"^\|.*\|$")
_RULE = re.compile(r"^\|[\s:：\-—－|]*\|$")
_NUMBER_HEADER = re.compile(rf"^{NUMBER_COLUMNS}$")
_UNIT_HEADER = re.compile(rf"^(?:{UNIT_LABELS}|(?:责任|牵头|主管|受理|承办|业务|兑现|经办|办理)?"
                          r"(?:单位|部门|科室|处室))$")
_HEADER_MAX = 20  # a column header is a short name
# Columns of a text-layer PDF are set apart by two or more spaces (one space occurs inside a cell).
_GAP = re.compile(r"[ \u3000\xa0]{2,}|\t")
# (under a header of column names, rows opening in its first column: one full-width space, as wide as two, sets two
# cells apart too, 序号　材料名称 / 1　　榧州市…专项　全部事项)
_CELL_GAP = re.compile(r"[ \u3000\xa0]{2,}|\u3000|\t")
_MIN_SPACE_ROWS = 3  # a header and two rows: fewer is no evidence of columns
_SHIFT = 2  # display columns a piece may be off a column's start and still be said to start it


def pipe_row(cells: list[str]) -> str:
    """`|a|b|c|` with any pipe inside a cell written full-width and line breaks as spaces."""
    return "|" + "|".join(" ".join(c.replace("|", "｜").split()) for c in cells) + "|"


def is_row(line: str) -> bool:
    """A table row: `|a|b|…|` with at least two cells (or a `|---|` rule line)."""
    return bool(_ROW.match(line)) and line.count("|") >= 3


_LABELLED_CELL = re.compile(rf"[^：:；;\n]{{1,{_HEADER_MAX}}}[：:]")  # (a column's name is a header's length)


def is_row_text(text: str) -> bool:
    """Whether a clause's text is one table row as `read_table` writes it (项目：…；支持标准：…；责任单位：…): cells
    after their column's names, from the first, so the cells are one record (a cell may hold a ； of its own)."""
    parts = text.strip().split("；")
    return bool(_LABELLED_CELL.match(parts[0])) and sum(bool(_LABELLED_CELL.match(part)) for part in parts) >= 2


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


def read_table(lines: list[str], where: str = "", unit: str = "") -> Table:
    """The rows of one table (consecutive pipe rows). A table whose first row is data, not column
    names, is refused: its cells could not be labelled. `unit`: the unit of money the text around it states
    (金额单位：万元), that of a bare number in a column of sums."""
    rows = [cells(line) for line in lines if is_row(line) and not _RULE.match(line)]
    if not rows:
        return Table((), ())
    if (fields := _field_grid(rows)) is not None:  # a form's grid of fields: each row its own labels
        return Table((), tuple(Row(number=f"第{n}行", key=f"第{n}行", units="",
                                   text="；".join(f"{label}：{value}" for label, value in pairs if value))
                               for n, pairs in enumerate(fields, start=1) if any(v for _, v in pairs)))
    header = tuple(rows[0])
    if not _looks_like_header(header):
        raise CorpusError(
            f"{where}表格缺少表头：第一行「{'｜'.join(header)[:40]}」是数据而不是列名"
            "（如 序号、项目、支持标准、责任单位），无法判断各列的含义。请在表格第一行补上列名后重新添加。"
        )
    number_col = next((i for i, h in enumerate(header) if _NUMBER_HEADER.match(h.replace(" ", ""))), None)
    unit_col = next((i for i, h in enumerate(header) if _UNIT_HEADER.match(h.replace(" ", ""))), None)
    out: list[Row] = []
    above = ""
    for position, row in enumerate(rows[1:], start=1):
        if tuple(row) == header or not any(row):
            continue  # a header repeated on the next page, an empty row
        row = (row + [""] * len(header))[: max(len(header), len(row))]
        if not row[0].strip() and above and any(c.strip() for c in row[1:]):
            row = [above, *row[1:]]  # a first cell left blank under a category (a merged cell): the one above
        above = row[0].strip()
        number = row[number_col] if number_col is not None and row[number_col] else ""
        parts = []
        for i, cell in enumerate(row):
            cell = cell.strip().rstrip("。；;，,")
            if not cell or (i == number_col and number.isdigit()):
                continue
            label = header[i] if i < len(header) and header[i] else ""
            label, cell = _unit_from_header(label, cell, unit)
            parts.append(f"{label}：{cell}" if label else cell)
        if not parts:
            continue
        if not number:
            number = f"第{position}行"
        key = re.sub(r"\s+", "", number).replace(".", "-").replace("/", "-")
        out.append(Row(number=number, key=key, text="；".join(parts),
                       units=row[unit_col] if unit_col is not None and unit_col < len(row) else ""))
    return Table(header, tuple(out))


# A column whose unit is in its name (奖励金额（万元）, 补助比例(%), 金额/万元): its bare numbers are in that unit
_UNIT_IN_HEADER = re.compile(rf"^(?P<name>.*?)\s*(?:[（(](?:单位[:：]?)?\s*(?P<unit>{MONEY_UNIT}|%|％)\s*[）)]"
                             rf"|[/／](?P<unit2>{MONEY_UNIT}))\s*$")
_BARE_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
# the unit of money a text states for the table it introduces or closes: 具体标准如下（金额单位：万元）, 单位：万元
_UNIT_STATED = re.compile(rf"(?:金额)?单位\s*[:：为]\s*(?P<unit>{MONEY_UNIT})(?![/／每·])")  # (not 元/平方米)
# a column holding sums: its name ends in a sum's word (单项上限, 奖励金额, 补贴标准; not 补贴比例, 奖励档次, 认定标准)
_SUM_COLUMN = re.compile(r"(?:金额|上限|限额|额度|资金|奖励|补助|补贴|奖补|资助)(?:标准)?$")


def stated_unit(text: str) -> str:
    """The unit of money a line states for a table (金额单位：万元 -> 万元), "" when it states none."""
    m = _UNIT_STATED.search(text)
    return m.group("unit") if m else ""


def _unit_from_header(label: str, cell: str, unit: str = "") -> tuple[str, str]:
    """(奖励金额（万元）, 100) -> (奖励金额, 100万元): a bare number takes its column's unit, or in a column of sums the
    unit the text states for the table (`unit`), so the row says its sum as a sentence would; any other cell (—,
    按省级标准的50%) and its label stay as they are."""
    if not _BARE_NUMBER.match(cell.replace(" ", "")):
        return label, cell
    if m := _UNIT_IN_HEADER.match(label):
        return m.group("name"), cell.replace(" ", "") + (m.group("unit") or m.group("unit2"))
    # (|项目|国家级|省级|市级|: each level's sum in its column, in the unit stated for the table)
    sums = unit and (_SUM_COLUMN.search(label) or LEVEL_SUM_COLUMN.fullmatch(label))
    return label, cell.replace(" ", "") + unit if sums else cell


_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff（）()]{2,10}")  # a field's name: 事项名称, 承诺办结时限, 监督投诉电话
_CONTACT_HEADER = re.compile(rf"^{CONTACT_LABELS}$")


def _field_grid(rows: list[list[str]]) -> list[list[tuple[str, str]]] | None:
    """A form's grid of fields, as an 办事指南 or a 申报表 lays them out: label, value, label, value in each row, and
    a long field across the whole row (|事项名称|…|事项类型|…| then |办理地点|…|||), so no row names columns. The
    (label, value) pairs of each row; None for any other table. The labels are short names, each once."""
    filled = [row[: max((n + 1 for n, c in enumerate(row) if c), default=0)] for row in rows]
    widths = {len(row) for row in filled if row}
    if len(filled) < 3 or any(w % 2 for w in widths) or 2 not in widths or max(widths) < 4:
        return None
    grid = [_pairs(row) for row in filled if row]
    labels = [label for pairs in grid for label, _ in pairs]
    if len(set(labels)) < len(labels) or not all(_FIELD_LABEL.fullmatch(label) for label in labels):
        return None
    # (a first row naming columns where a grid has values: |政策名称|责任单位|联系人|联系电话| heads a table)
    if any(_NUMBER_HEADER.match(c) or _UNIT_HEADER.match(c) or _CONTACT_HEADER.match(c) or _SUM_COLUMN.search(c)
           for c in filled[0][1::2]):
        return None
    return grid


def field_pairs(line: str) -> list[tuple[str, str]]:
    """The (label, value) pairs of a table row read as a form's fields (|实施主体|芗埭县工业和信息化局|…|): each cell
    at an even place that is a field's short name, with the cell after it."""
    return [(label, value) for label, value in _pairs(cells(line)) if _FIELD_LABEL.fullmatch(label)]


def _pairs(row: list[str]) -> list[tuple[str, str]]:
    """A row's cells two by two (label, value), from the first; an odd last cell has no pair."""
    return [(row[n], row[n + 1]) for n in range(0, len(row) - 1, 2)]


def _looks_like_header(header: tuple[str, ...]) -> bool:
    """Column names: short, no sums of money or rates, no sentence, not a bare number first."""
    if not any(header):
        return False
    for cell in header:
        if len(cell) > _HEADER_MAX or MONEY.search(cell) or PERCENT.search(cell) or re.search(r"[。；;]", cell):
            return False
    first = header[0].strip()
    return not re.fullmatch(r"\d+|[一二三四五六七八九十]+|第.{1,4}[档项级行]", first)


def space_rows(lines: list[str]) -> list[str]:
    """Space-aligned rows (a PDF's table as its text layer gives it) as pipe rows, only where the layout is
    unambiguous: three or more consecutive lines with the same number (≥ 2) of cells set apart by two or
    more spaces, a gutter of white space between every two columns on all of them (each column starts
    after the previous one ends on every line), and a first line of column names (short, no figures, no
    colon: `联系人：张三  电话：…` lines are not a table). Anything less stays text."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        spans = _spans(lines[i])
        j = i + 1
        while spans and j < len(lines) and len(_spans(lines[j])) == len(spans):
            j += 1
        block = [_spans(line) for line in lines[i:j]]
        if spans and j - i >= _MIN_SPACE_ROWS and _gutters(block) and _names_columns([c for c, _, _ in block[0]]):
            out.extend(pipe_row([c for c, _, _ in row]) for row in block)
            i = j
        elif wrapped := _wrapped_rows(lines, i):
            out.extend(wrapped[0])
            i = wrapped[1]
        else:
            out.append(lines[i])
            i += 1
    return out


def _wrapped_rows(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """A table whose cells wrap onto more lines, as a PDF's text layer gives it: a line of three or more column
    names, then rows that each open with their number in the first column, the lines after it carrying the rest
    of their cells where the columns the names start (营业收入跨 / 档奖励; 30 / 0万元); the names repeated on the next
    page are skipped. (Pipe rows, the line after the table), or None when fewer than two rows read so; a line in
    the first column that is no row number (注：…, 三、…) ends it. (A row whose number stands on its middle line, set
    in the middle of a tall cell, gives its first line to the row before: the text layer does not say otherwise.)"""
    header = _pieces(lines[i], _CELL_GAP)
    if len(header) < 3 or not _names_columns([c for c, _, _ in header]):
        return None
    starts = [start for _, start, _ in header]
    rows: list[list[str]] = []
    j = i + 1
    while j < len(lines):
        pieces = _joined_in_cells(_pieces(lines[j], _CELL_GAP), starts)
        if [c for c, _, _ in pieces] == [c for c, _, _ in header]:
            j += 1
            continue
        columns = _columns_of(pieces, starts)
        if columns is None:
            break  # a cell starting inside a column, not where one starts: no column layout
        if pieces and columns[0] == 0 and (re.fullmatch(r"\d{1,3}", pieces[0][0]) or _labels_row(pieces)):
            rows.append([""] * len(starts))
        elif not pieces or not rows or columns[0] == 0 or not _continues(pieces[0], columns[0], starts):
            break
        for (cell, _, _), k in zip(pieces, columns, strict=True):
            rows[-1][k] += cell
        j += 1
    if len(rows) < 2:
        return None
    return [pipe_row([c for c, _, _ in header]), *(pipe_row(row) for row in rows)], j


def _columns_of(pieces: list[tuple[str, int, int]], starts: list[int]) -> list[int] | None:
    """The column each piece of a line starts: the nearest column start, at most _SHIFT display columns off, or short
    of it by as much more as the figures and Latin letters before it on the line may have shrunk (a layout gives them
    more room than half a character: 2.1、2.5　　　附设备清单 ends three columns short of 要求); None when a piece
    starts inside a column."""
    columns: list[int] = []
    narrow = 0
    for cell, start, _ in pieces:
        k = min(range(len(starts)), key=lambda k: abs(starts[k] - start))
        if not -_SHIFT <= starts[k] - start <= _SHIFT + narrow:
            return None
        columns.append(k)
        narrow += sum(not ch.isspace() and unicodedata.east_asian_width(ch) not in "WF" for ch in cell)
    return columns


def _joined_in_cells(pieces: list[tuple[str, int, int]], starts: list[int]) -> list[tuple[str, int, int]]:
    """A line's pieces with one set apart from the one before by a single full-width space, and starting at no
    column, joined to it: a space inside a cell (张　三, 营业执照　副本复印件), not between two."""
    joined: list[tuple[str, int, int]] = []
    for cell, start, end in pieces:
        if joined and start - joined[-1][2] <= 2 and all(abs(start - at) > _SHIFT for at in starts):
            joined[-1] = (joined[-1][0] + "\u3000" + cell, joined[-1][1], end)
        else:
            joined.append((cell, start, end))
    return joined


def _continues(piece: tuple[str, int, int], column: int, starts: list[int]) -> bool:
    """Whether a line's first piece, in a column after the first, carries on a cell: it starts at its column's start
    (an indented paragraph starts short of it) and ends before the next column's, and is no heading or note
    (　　二、申报程序, 　　注：…)."""
    cell, start, end = piece
    ends_in_column = column + 1 == len(starts) or end <= starts[column + 1] + _SHIFT
    return start >= starts[column] - 1 and ends_in_column and not LEADING_NUMBER.match(cell) \
        and not re.match(r"(?:注|备注|说明)\s*[:：]", cell)


def _labels_row(pieces: list[tuple[str, int, int]]) -> bool:
    """Whether a line of a wrapped table opens a row with a label in its first column (企业申报　2025年6月3日—…　企业
    在线填报): cells in two columns or more, the first a short name, not a numbered heading (二、　申报程序)."""
    first = pieces[0][0]
    return len(pieces) >= 2 and len(first) <= _HEADER_MAX and not LEADING_NUMBER.match(first) \
        and not re.search(r"[。；;：:]", first)


def has_columns(line: str) -> bool:
    """Whether a line holds two or more cells set apart by runs of spaces (a table's line in a PDF's text)."""
    return bool(_spans(line))


def _spans(line: str) -> list[tuple[str, int, int]]:
    """(cell, first column, end column) of each cell of a line split at runs of two or more spaces, in
    display columns (a Chinese character is two); [] for a line of one cell or a table row already."""
    spans = _pieces(line)
    return spans if len(spans) >= 2 else []


def _pieces(line: str, gap: re.Pattern[str] = _GAP) -> list[tuple[str, int, int]]:
    """_spans of any line, one cell or more ([] for a table row already), cells set apart by `gap`."""
    if is_row(line.strip()):
        return []
    spans, at, column = [], 0, 0
    stripped = line.rstrip()
    for m in [*gap.finditer(stripped), None]:
        end = m.start() if m else len(stripped)
        piece = stripped[at:end]
        width = _display(piece)
        if piece.strip():
            lead = _display(piece[: len(piece) - len(piece.lstrip())])
            spans.append((piece.strip(), column + lead, column + width))
        column += width
        if m:
            column += _display(m.group())
            at = m.end()
    return spans


def _display(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else (8 if ch == "\t" else 1) for ch in text)


def _gutters(block: list[list[tuple[str, int, int]]]) -> bool:
    """Every column starts, on every line, after the previous column has ended on every line."""
    columns = len(block[0])
    return all(max(row[k - 1][2] for row in block) < min(row[k][1] for row in block) for k in range(1, columns))


def _names_columns(header: list[str]) -> bool:
    return _looks_like_header(tuple(header)) and not any(re.search(r"[\d：:]", c) for c in header)
