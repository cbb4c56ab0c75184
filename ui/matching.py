"""The 政策匹配 tab: an enterprise's description in, the understood profile (editable), the measures it
qualifies for apart from those to check and those it misses, a read-out for a caller, a CSV."""

from __future__ import annotations

import csv
import hashlib
import io
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from retrieval.answer.matcher import Match, Matching
from retrieval.lexicon.patterns import yuan_text
from retrieval.service.assistant import Assistant
from retrieval.store.index import SearchIndex, areas_of, in_area

__all__ = ["COLUMNS", "row", "split_rows", "understood", "matching_csv", "structured", "match_tab"]

COLUMNS = ["结论", "项目", "级别", "金额（元）", "责任单位", "文件", "条款", "理由"]
VERDICTS = {True: "可享受", None: "待核实", False: "不符合"}
EXAMPLE = "纺织服装企业，技改项目计划总投资3000万元，设备投资2500万元，亩产效益D类，今年被评为国家级电子商务类示范企业"


def row(m: Match) -> dict[str, object]:
    amount = m.amount
    return {"结论": VERDICTS[m.eligible], "项目": m.incentive.item, "级别": m.incentive.level,
            "金额（元）": int(amount) if amount is not None and float(amount).is_integer() else amount,
            "责任单位": "、".join(m.clause.departments), "文件": m.document.title, "条款": m.clause.number,
            "理由": m.reason}


def split_rows(result: Matching) -> tuple[list[list[object]], list[list[object]]]:
    """The eligible rows by amount (highest first), and apart: the rows to check, then the unmet ones."""
    rows = [row(m) for m in result.matches]
    eligible = sorted((r for r in rows if r["结论"] == "可享受"), key=lambda r: -float(r["金额（元）"] or 0))
    others = [r for r in rows if r["结论"] == "待核实"] + [r for r in rows if r["结论"] == "不符合"]
    return [[r[c] for c in COLUMNS] for r in eligible], [[r[c] for c in COLUMNS] for r in others]


def understood(result: Matching) -> str:
    """What was read from the description, in words an operator checks with the caller."""
    p = result.profile
    facts = p.to_dict()["facts"]
    figures = [f"{name}{yuan_text(value)}" for name, value, _ in p.facts.figures]
    for key, name in (("investment", "项目总投资"), ("base", "计算基数（设备投资等）"), ("received", "已获奖励")):
        if key in facts:
            figures.append(f"{name}{yuan_text(facts[key])}")
    if p.facts.grade:
        figures.append(f"评价类别{p.facts.grade}类")
    lines = ["**已识别的企业情况**（可在下方修改后重新匹配）", f"- 行业：{p.industry or '未说明'}",
             f"- 地区：{'、'.join(p.places) or '未说明（按全部地区匹配，结果需核实）'}",
             f"- 事项：{'；'.join(p.claims) or '未说明（列出适用的全部措施）'}",
             f"- 数字：{'；'.join(figures) or '无'}"]
    if result.total is not None:
        lines.append(f"\n**合计 {yuan_text(result.total)}**（{result.total_note}以主管部门审核为准）")
    if result.message:
        lines.append(f"\n> {result.message}")
    return "\n".join(lines)


def matching_csv(result: Matching) -> str:
    """Every row, with a BOM so that Excel opens the Chinese columns correctly."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(row(m) for m in result.matches)
    return "\ufeff" + out.getvalue()


def structured(industry: str, place: str, claims: str, original: str) -> dict[str, Any]:
    """The edited form as a structured profile; its figures are read from the original description."""
    return {"industry": industry.strip(), "place": place.strip(),
            "claims": [line.strip() for line in claims.splitlines() if line.strip()], "text": original.strip()}


ALL_AREAS = "全部地区"


def area_picker(assistant: Assistant, value: object = ALL_AREAS) -> gr.Dropdown:
    """所在地区: shown when the library's manifest divides its documents by area (see in_area); `value`
    stays chosen while the library still names it."""
    areas = assistant.areas
    return gr.Dropdown([ALL_AREAS, *areas], value=kept_area(assistant, value),
                       label="所在地区（只看该地区适用的文件）", visible=bool(areas), min_width=160)


def kept_area(assistant: Assistant, value: object) -> str:
    """The area chosen, while the library still names it; else 全部地区. (A component made inside an event
    is an update and has no readable value, so the refreshes ask this.)"""
    return str(value) if value in assistant.areas else ALL_AREAS


def chosen_area(value: object) -> str:
    return "" if value in (ALL_AREAS, None) else str(value)


def area_view(assistant: Assistant, area: object) -> SearchIndex:
    """The library as an enterprise of `area` sees it; the whole library for 全部地区 or for an area removed
    since the page was built (its picker is refreshed when the page is shown again)."""
    index = assistant.index
    return in_area(index, chosen_area(area)) if chosen_area(area) in areas_of(index) else index


def match_tab(assistant: Assistant, copy_js: str, loaded: list[Any]) -> None:
    downloads = Path(tempfile.mkdtemp(prefix="policyqa-match-"))

    def show(result: Matching) -> tuple[Any, ...]:
        eligible, others = split_rows(result)
        name = hashlib.sha1(result.profile.text.encode()).hexdigest()[:12]
        path = downloads / name / "政策匹配.csv"
        path.parent.mkdir(exist_ok=True)
        path.write_text(matching_csv(result), encoding="utf-8")
        p = result.profile
        return (understood(result), eligible, others, result.read_out(), str(path), p.industry,
                "、".join(p.places), "\n".join(p.claims))

    def run(description: str, area: str) -> tuple[Any, ...]:
        try:
            return show(assistant.match(description, area=chosen_area(area)))
        except ValueError as exc:
            return (f"> {exc}", [], [], str(exc), None, "", "", "")

    def rerun(description: str, industry: str, place: str, claims: str, area: str) -> tuple[Any, ...]:
        try:
            return show(assistant.match(structured(industry, place, claims, description), area=chosen_area(area)))
        except ValueError as exc:
            return (f"> {exc}", [], [], str(exc), None, industry, place, claims)

    with gr.Row():
        description = gr.Textbox(label="企业情况", lines=3, max_lines=8, placeholder=EXAMPLE, scale=4)
        with gr.Column(scale=1, min_width=160):
            area = area_picker(assistant)
            go = gr.Button("匹配政策", variant="primary")
            gr.Examples([[EXAMPLE], ["我们是纺织服装企业，技改项目计划总投资400万元"]], [description], label="示例")
    summary = gr.Markdown(elem_id="match-summary")
    eligible = gr.Dataframe(headers=COLUMNS, datatype=["str", "str", "str", "number", "str", "str", "str", "str"],
                            label="可享受（按金额从高到低）", interactive=False, wrap=True, elem_id="match-eligible")
    readout = gr.Textbox(label="答复朗读稿", lines=6, elem_id="match-readout")
    with gr.Row():
        copy = gr.Button("复制朗读稿", size="sm", scale=0)
        gr.HTML('<span id="match-copy-status" aria-live="polite"></span>', padding=False)
    others = gr.Dataframe(headers=COLUMNS, label="待核实与不符合", interactive=False, wrap=True, elem_id="match-others")
    download = gr.DownloadButton("下载 CSV")
    with gr.Accordion("修改识别结果后重新匹配", open=False):
        with gr.Row():
            industry = gr.Textbox(label="行业")
            place = gr.Textbox(label="地区")
        claims = gr.Textbox(label="事项（每行一项：认定、项目）", lines=3)
        again = gr.Button("按修改后的情况重新匹配")
    outputs = [summary, eligible, others, readout, download, industry, place, claims]
    gr.on([go.click, description.submit], run, [description, area], outputs, api_name="match")
    again.click(rerun, [description, industry, place, claims, area], outputs, api_name="match_again")
    gr.on(loaded, lambda: area_picker(assistant), None, area, api_visibility="private")  # areas added since
    copy.click(None, readout, None, js=copy_js)  # works on a plain-HTTP intranet address too (see ui.tabs)
