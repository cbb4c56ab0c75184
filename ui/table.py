"""The incentive table (奖补一览): one row per incentive record, with its document and units."""

from __future__ import annotations

import csv
import io

from retrieval.answer.calculator import is_calculable
from retrieval.records import Clause, Document, Incentive

__all__ = ["COLUMNS", "SHOWN", "incentive_rows", "filter_rows", "shown_table", "rows_to_csv", "calculable_rules"]

COLUMNS = ["文件", "文号", "状态", "适用地区", "行业", "条款", "适用对象", "层级", "类型", "金额（原文）", "上限（元）",
           "比例", "计算基数", "计量单位", "分类比例", "配套比例", "门槛", "年限", "责任单位", "条款编号"]
# What an operator reads first (shown name -> row key); the other columns come with 「更多列」.
SHOWN = {"项目": "适用对象", "级别": "层级", "金额（元）": "上限（元）", "责任单位": "责任单位", "文件": "文件"}
MORE = [c for c in COLUMNS if c not in SHOWN.values()]
ALL = "全部"
CURRENT = "正式"


def incentive_rows(documents: dict[str, Document], clauses: list[Clause]) -> list[dict[str, object]]:
    """Current documents first, superseded drafts last, each in clause order."""
    rows = []
    current = [c for c in clauses if not documents[c.doc_id].is_old]
    for clause in current + [c for c in clauses if documents[c.doc_id].is_old]:
        document = documents[clause.doc_id]
        for incentive in clause.incentives:
            rows.append(
                {
                    "文件": document.title,
                    "文号": document.doc_number,
                    "状态": "征求意见稿（已替代）"
                    if document.superseded_by
                    else ("征求意见稿" if document.status == "draft" else CURRENT),
                    "适用地区": document.area_text,
                    "行业": document.industry,
                    "条款": clause.number,
                    "适用对象": incentive.item,
                    "层级": incentive.level,
                    "类型": incentive.kind,
                    "金额（原文）": incentive.cap_text,
                    "上限（元）": int(incentive.cap) if incentive.cap is not None else None,
                    "比例": incentive.rate_text,
                    "计算基数": incentive.base,
                    "计量单位": incentive.per,
                    "分类比例": "；".join(f"{c}类{r * 100:g}%" for c, r in incentive.class_rates),
                    "配套比例": incentive.ratio,
                    "门槛": "；".join(incentive.thresholds),
                    "年限": incentive.years,
                    "责任单位": "、".join(clause.departments),
                    "条款编号": clause.clause_id,
                }
            )
    return rows


def filter_rows(rows: list[dict[str, object]], document: str = ALL, industry: str = ALL, level: str = ALL,
                department: str = ALL, old: bool = True) -> list[dict[str, object]]:
    """Rows matching every filter; 全部 (or empty) leaves a filter open; `old` keeps the rows of drafts
    and superseded documents. (An area is chosen before the rows are built: `in_area`.)"""
    def keep(row: dict[str, object]) -> bool:
        return ((old or row["状态"] == CURRENT)
                and (document in (ALL, "") or row["文件"] == document)
                and (industry in (ALL, "") or row["行业"] == industry)
                and (level in (ALL, "") or level in str(row["层级"]))
                and (department in (ALL, "") or department in str(row["责任单位"]).split("、")))
    return [row for row in rows if keep(row)]


def shown_table(rows: list[dict[str, object]], more: bool = False) -> tuple[list[str], list[list[object]]]:
    """Headers and cells of the 奖补一览 grid: the SHOWN columns, then (with `more`) the rest."""
    keys = [*SHOWN.values(), *(MORE if more else [])]
    return [*SHOWN, *(MORE if more else [])], [[row[k] for k in keys] for row in rows]


def rows_to_csv(rows: list[dict[str, object]]) -> str:
    """CSV text with a BOM so that Excel opens the Chinese columns correctly."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()


def calculable_rules(documents: dict[str, Document], clauses: list[Clause]) -> dict[str, Incentive]:
    """Label -> rule, for the calculator: current documents only, rules with something to compute."""
    rules = {}
    for clause in clauses:
        document = documents[clause.doc_id]
        if document.is_old:
            continue
        for incentive in clause.incentives:
            if is_calculable(incentive):
                rules[f"《{document.title}》{clause.number} {incentive.item}"] = incentive
    return rules

