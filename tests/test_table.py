"""The 奖补一览 table and its filters and CSV; the calculator's rule list and descriptions."""

from __future__ import annotations

import csv
import io

from retrieval.answer.calculator import describe
from ui.table import COLUMNS, calculable_rules, filter_rows, incentive_rows, rows_to_csv


def test_one_row_per_incentive_current_documents_first(corpus):
    rows = incentive_rows(corpus.documents, corpus.clauses)
    assert len(rows) == sum(len(c.incentives) for c in corpus.clauses) == 52
    statuses = [row["状态"] for row in rows]
    assert statuses == ["正式"] * 36 + ["征求意见稿（已替代）"] * 16
    first = rows[0]
    assert (first["文件"], first["文号"], first["条款"], first["适用对象"], first["上限（元）"], first["责任单位"]) == (
        "关于支持生物医药产业高质量发展的若干措施",
        "聊政办发〔2023〕10号",
        "二、（一）3.",
        "国家级中小企业公共服务示范平台",
        500_000,
        "市市场监管局、市财政局、市工业和信息化局",
    )


def test_filters(corpus):
    rows = incentive_rows(corpus.documents, corpus.clauses)
    textile = filter_rows(rows, industry="纺织服装")
    assert len(textile) == 14
    provincial = filter_rows(rows, document="关于支持生物医药产业高质量发展的若干措施", level="省级")
    assert [r["适用对象"] for r in provincial][:3] == [
        "省级中小企业公共服务示范平台",
        "省级小型微型企业创业创新示范基地",
        "省级“特色产业集群”",
    ]
    assert len(provincial) == 14  # 2 + 5 + 5 + 2, the 山东省 catalogue included
    commerce = filter_rows(rows, department="市商务局")
    assert {r["条款"] for r in commerce} == {"三、（一）2."}


def test_csv_has_a_bom_the_columns_and_every_row(corpus):
    rows = incentive_rows(corpus.documents, corpus.clauses)
    text = rows_to_csv(rows)
    assert text.startswith("\ufeff文件,文号,")
    parsed = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert list(parsed[0]) == COLUMNS
    assert len(parsed) == 52
    upgrade = next(r for r in parsed if r["条款编号"] == "textile-final/三.（二）.1")
    assert (upgrade["比例"], upgrade["分类比例"], upgrade["门槛"], upgrade["上限（元）"]) == (
        "不超过10%", "C类8%；D类7%", "计划总投资500万元以上", "2000000")


def test_calculator_offers_rules_of_current_documents_only(corpus):
    rules = calculable_rules(corpus.documents, corpus.clauses)
    assert [r.clause for r in rules.values()] == ["二、（三）3.", "二、（三）3.", "三、（二）1.", "三、（六）1."]
    upgrade = list(rules.values())[2]
    assert describe(upgrade) == (
        "规则：按设备(含软件)实际购置金额不超过10%；C类不超过8%，D类不超过7%；单户企业最高200万元；"
        "条件：计划总投资500万元以上。需要填写：计算基数、分类结果、项目总投资。"
    )
