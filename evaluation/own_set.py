"""A policy office's own test set (.csv/.xlsx: 问题, 标准答案, 文件, 条款, 金额), asked of the current library."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from retrieval import Answer, Assistant, PolicyQAError
from retrieval.documents.formats import decode
from retrieval.errors import os_reason
from retrieval.lexicon.patterns import NUMBER, SPOKEN_MONEY_UNIT, money_to_yuan, yuan_text

from .library_eval import normalise

__all__ = ["OwnQuestion", "load_own_set", "run_own_set", "check_answer", "own_set_csv", "result_rows",
           "RESULT_COLUMNS", "format_summary",
           "expected_amounts", "column_amounts", "expected_departments", "expects_refusal", "MAX_BYTES", "MAX_ROWS"]

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 2000
REQUIRED = ("问题", "标准答案")
OPTIONAL = ("文件", "条款", "金额")
# A sum as an office writes it: 50万元, 50万, 1.5亿, 3000元 (a bare number without a unit is not money).
AMOUNT = re.compile(rf"{NUMBER}\s*{SPOKEN_MONEY_UNIT}")
# A department: a short run of characters ending in an office word; it starts after punctuation or after
# the few words that introduce one (由…负责, 向…申报, 为…), which are never part of a name.
DEPARTMENT = re.compile(r"[^\s\d，。；、：:,.;！？!?（）()“”\"《》由向到请找为是的及或]{2,14}?"
                        r"(?:管委会|委员会|办公室|中心|局|厅|委|办)(?![法理事托])")
# Words before a name that the pattern cannot exclude by character (经济和信息化局 keeps its 和).
LEAD = re.compile(r"^(?:[和与]|联系|咨询|负责)")
# A standard answer that says the documents do not cover the question.
NOT_COVERED = re.compile(r"未规定|无相关规定|没有相关规定|没有规定|无规定|不适用|文件未涉及|未涉及|不涉及|未提及|"
                         r"没有提到|未找到相关|文件中未找到|无此项|没有此项")


@dataclass(frozen=True)
class OwnQuestion:
    row: int  # the row in the file (the header is row 1)
    question: str
    expected: str  # 标准答案
    file: str = ""  # 文件: part of the title or 文号 the cited clause must come from
    clause: str = ""  # 条款: part of the cited clause number
    amounts: str = ""  # 金额: extra amounts that must be in the answer


def load_own_set(path: Path) -> list[OwnQuestion]:
    """The questions of a .csv (UTF-8 with or without BOM, GBK/GB18030) or .xlsx file; bad input raises
    ValueError with a Chinese message naming the row."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"不支持 {suffix or '无扩展名'} 格式的测试集 {path.name}：请使用 .csv 或 .xlsx。")
    try:
        size = path.stat().st_size
        data = path.read_bytes() if size <= MAX_BYTES else b""
    except OSError as exc:
        raise ValueError(f"无法读取测试集 {path.name}：{os_reason(exc)}。") from exc
    if size > MAX_BYTES:
        raise ValueError(f"测试集 {path.name} 超过 10 MB（{size / 1024 / 1024:.1f} MB），请拆分后再试。")
    rows = _csv_rows(data, path.name) if suffix == ".csv" else _xlsx_rows(data, path.name)
    return _questions(rows, path.name)


def _csv_rows(data: bytes, name: str) -> list[list[str]]:
    text = decode(data)
    if text is None:
        raise ValueError(f"无法识别测试集 {name} 的编码（支持 UTF-8、GBK、GB18030），请另存为 UTF-8 的 CSV 后重试。")
    return list(csv.reader(io.StringIO(text, newline="")))


def _xlsx_rows(data: bytes, name: str) -> list[list[str]]:
    from openpyxl import load_workbook  # only an .xlsx test set needs it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ValueError(f"测试集 {name} 不是有效的 Excel 工作簿（.xlsx），请用 Excel 另存为 .xlsx 后重试。") from exc
    try:
        sheet = book.worksheets[0]
        return [["" if v is None else _cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 50 as 50.0
    return str(value)


def _questions(rows: list[list[str]], name: str) -> list[OwnQuestion]:
    rows = [[c.strip() for c in row] for row in rows]
    while rows and not any(rows[-1]):
        rows.pop()
    if not rows:
        raise ValueError(f"测试集 {name} 是空的：第 1 行应为表头（问题、标准答案，可选 文件、条款、金额）。")
    header = [c.lstrip("\ufeff") for c in rows[0]]
    columns = {c: i for i, c in enumerate(header) if c}
    unknown = [c for c in columns if c not in REQUIRED + OPTIONAL]
    missing = [c for c in REQUIRED if c not in columns]
    if unknown or missing:
        problems = (["缺少列 " + "、".join(missing)] if missing else []) + (
            ["无法识别的列 " + "、".join(unknown)] if unknown else [])
        raise ValueError(f"测试集 {name} 第 1 行（表头）{'；'.join(problems)}。"
                         "表头应为：问题、标准答案，可选 文件、条款、金额。")
    if len(rows) - 1 > MAX_ROWS:
        raise ValueError(f"测试集 {name} 有 {len(rows) - 1} 行问题，超过 {MAX_ROWS} 行上限，请拆分后再试。")
    questions = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(row):
            continue  # a blank line between groups of questions
        value = {c: row[i] if i < len(row) else "" for c, i in columns.items()}
        for column in REQUIRED:
            if not value[column]:
                raise ValueError(f"测试集 {name} 第 {number} 行的「{column}」为空。")
        if value.get("金额") and not column_amounts(value["金额"]):
            raise ValueError(f"测试集 {name} 第 {number} 行的「金额」无法识别：{value['金额']}（应写成 50万元、"
                             "1.5亿元 或 3000元）。")
        questions.append(OwnQuestion(number, value["问题"], value["标准答案"], value.get("文件", ""),
                                     value.get("条款", ""), value.get("金额", "")))
    if not questions:
        raise ValueError(f"测试集 {name} 只有表头，没有问题。")
    return questions


def expected_amounts(text: str) -> list[float]:
    """Sums of money in yuan, in order: 50万元, 50万, 1.5亿, 3000元 (full-width digits too)."""
    return [money_to_yuan(m if m.endswith("元") else m + "元") for m in AMOUNT.findall(normalise(text))]


def column_amounts(text: str) -> list[float]:
    """The 金额 column: sums as in a standard answer, or bare numbers in yuan (Excel stores 300000 as a number)."""
    parts = [p for p in re.split(r"[、,;；/\s]+", normalise(text)) if p]
    if parts and all(re.fullmatch(NUMBER, p) for p in parts):
        return [float(p) for p in parts]
    return expected_amounts(text)


def expected_departments(text: str) -> list[str]:
    """Names of offices a standard answer gives (words ending in 局/委/办/厅/中心/管委会/办公室)."""
    return list(dict.fromkeys(LEAD.sub("", d) for d in DEPARTMENT.findall(normalise(text))))


def expects_refusal(text: str) -> bool:
    return bool(NOT_COVERED.search(normalise(text)))


def check_answer(q: OwnQuestion, answer: Answer) -> str:
    """'' when the answer meets the standard answer, else the reasons in Chinese (joined by ；)."""
    if expects_refusal(q.expected):
        if answer.found:
            cited = answer.citations[0] if answer.citations else None
            where = f"（引用《{cited.doc_title}》{cited.clause}）" if cited else ""
            return f"标准答案为文件未规定，但系统作答了{where}"
        return ""
    if not answer.found:
        return "系统回答文件中未找到相关规定，但标准答案有规定"
    reasons = _amount_reasons(q, answer) + _department_reasons(q, answer) + _citation_reasons(q, answer)
    return "；".join(reasons)


def _amount_reasons(q: OwnQuestion, answer: Answer) -> list[str]:
    given = [a.value for a in answer.amounts]
    shown = "、".join(yuan_text(v) for v in given) or "无"
    wanted = list(dict.fromkeys(expected_amounts(q.expected) + column_amounts(q.amounts)))
    return [f"标准金额 {yuan_text(v)} 未出现在回答中（回答金额：{shown}）"
            for v in wanted if not any(round(v) == round(g) for g in given)]


def _department_reasons(q: OwnQuestion, answer: Answer) -> list[str]:
    text = normalise(answer.answer)
    return [f"责任单位 {d} 未出现在回答中" for d in expected_departments(q.expected) if d not in text]


def _citation_reasons(q: OwnQuestion, answer: Answer) -> list[str]:
    reasons = []
    cited = answer.citations
    described = "、".join(f"《{c.doc_title}》{c.doc_number} {c.clause}" for c in cited[:2]) or "无"
    if q.file and not any(normalise(q.file.strip("《》")) in normalise(c.doc_title + c.doc_number + c.doc_id)
                          for c in cited):
        reasons.append(f"引用的文件不是「{q.file}」（引用：{described}）")
    if q.clause and not any(normalise(q.clause) in normalise(c.clause) for c in cited):
        reasons.append(f"引用的条款不是「{q.clause}」（引用：{described}）")
    return reasons


def run_own_set(assistant: Assistant, questions: list[OwnQuestion]) -> dict[str, Any]:
    """`{"total", "passed", "questions": [{"question", "expected", "answer", "passed", "reason"}]}`, in file
    order. Answers are the extractive ones and are not written to the query log."""
    results = []
    for q in questions:
        try:
            answer, _ = assistant.explain(q.question)
            reason = check_answer(q, answer)
            text = answer.answer
        except (ValueError, PolicyQAError) as exc:
            text, reason = "", f"无法回答：{exc}"
        results.append({"question": q.question, "expected": q.expected, "answer": text, "passed": not reason,
                        "reason": reason})
    return {"total": len(results), "passed": sum(r["passed"] for r in results), "questions": results}


def _failures_first(result: dict[str, Any]) -> list[dict[str, Any]]:
    return sorted(result["questions"], key=lambda r: r["passed"])  # stable: file order within each group


RESULT_COLUMNS = ("问题", "标准答案", "系统回答", "是否通过", "原因")


def result_rows(result: dict[str, Any]) -> list[list[str]]:
    """One row per question under RESULT_COLUMNS, failures first (the CSV and the web table)."""
    return [[r["question"], r["expected"], r["answer"], "通过" if r["passed"] else "未通过", r["reason"]]
            for r in _failures_first(result)]


def own_set_csv(result: dict[str, Any]) -> str:
    """The results as CSV text (to be saved as UTF-8 with BOM, so Excel opens it), failures first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(RESULT_COLUMNS)
    writer.writerows(result_rows(result))
    return "\ufeff" + out.getvalue()


def format_summary(result: dict[str, Any]) -> str:
    """A readable Chinese summary, failures first."""
    total, passed = result["total"], result["passed"]
    lines = [f"共 {total} 题，通过 {passed} 题，未通过 {total - passed} 题"
             + (f"（通过率 {passed / total:.1%}）。" if total else "。"), ""]
    for r in _failures_first(result):
        mark = "通过" if r["passed"] else "未通过"
        lines.append(f"[{mark}] {r['question']}")
        if not r["passed"]:
            lines += [f"  原因：{r['reason']}", f"  标准答案：{r['expected']}",
                      f"  系统回答：{r['answer'].splitlines()[0] if r['answer'] else '（无）'}"]
    return "\n".join(lines)
