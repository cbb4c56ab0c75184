"""Run the Q&A set through four systems side by side; write evaluation/report.md and report.png."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from retrieval import Assistant, PolicyQAError
from retrieval.lexicon.patterns import MONEY, money_to_yuan
from retrieval.store.embedders import forget_questions

from .library_eval import WORK, LibraryRun, open_library, run_library, summarize_library
from .library_report import LABELS, library_section
from .metrics import amounts_exact, mean, percentile, recall_at, reciprocal_rank
from .naive import NaivePipeline
from .profile_eval import profile_section

__all__ = ["Question", "load_questions", "evaluate", "write_report", "TARGETS", "SYSTEMS"]

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.jsonl"
SYSTEMS = ("keyword", "dense", "hybrid", "naive")
# name: (metric key, target, higher is better)
TARGETS = {"Recall@1": ("r1", 0.95, True), "Recall@5": ("r5", 0.99, True),
           "金额准确率": ("amount", 0.98, True), "拒答率（无答案问题）": ("refusal", 0.95, True),
           "误拒率": ("false_refusal", 0.03, False)}
TYPES = ("direct", "paraphrase", "colloquial", "typo", "level_missing", "two_in_one", "followup", "draft",
         "calculation", "non_monetary", "unanswerable", "near_miss", "injection")


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    type: str
    answerable: bool
    gold: list[str]
    amounts: list[int]
    split: str
    history: list[list[str]] = field(default_factory=list)
    note: str = ""


@dataclass
class Outcome:
    question: Question
    ranked: list[str]
    found: bool
    amounts: list[float]
    departments: list[str]
    latency_ms: float
    error: str = ""


def load_questions(path: Path = QUESTIONS) -> list[Question]:
    questions = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            questions.append(Question(**json.loads(line)))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{path} 第 {n} 行格式不对：{exc}") from exc
    return questions


def evaluate(assistant: Assistant, questions: list[Question],
             systems: tuple[str, ...] = SYSTEMS, cache_dir: Path | None = None) -> dict[str, list[Outcome]]:
    """Every question through every system, timed one by one on this machine."""
    runners: dict[str, Callable[[Question], Outcome]] = {
        mode: _project_runner(assistant, mode) for mode in ("keyword", "dense", "hybrid")}
    if "naive" in systems:
        runners["naive"] = _naive_runner(assistant, cache_dir)
    return {name: [runners[name](q) for q in questions] for name in systems}


def _project_runner(assistant: Assistant, mode: str) -> Callable[[Question], Outcome]:
    def run(q: Question) -> Outcome:
        forget_questions(assistant.embedder)  # timed as new: each system asks the same questions
        start = time.perf_counter()
        try:
            answer, hits = assistant.explain(q.question, [tuple(p) for p in q.history], mode=mode, k=10)
        except (ValueError, PolicyQAError) as exc:
            return Outcome(q, [], False, [], [], (time.perf_counter() - start) * 1000, str(exc))
        elapsed = (time.perf_counter() - start) * 1000
        return Outcome(q, [h.clause.clause_id for h in hits], answer.found, [a.value for a in answer.amounts],
                       answer.citations[0].departments if answer.found and answer.citations else [], elapsed)
    return run


def _naive_runner(assistant: Assistant, cache_dir: Path | None = None) -> Callable[[Question], Outcome]:
    index = assistant.index
    pipeline = NaivePipeline(assistant.settings.corpus_dir, index.documents, index.clauses, assistant.embedder,
                             cache_dir=cache_dir)
    units = {c.clause_id: list(c.departments) for c in index.clauses}

    def run(q: Question) -> Outcome:
        start = time.perf_counter()
        text = (q.history[-1][0] + " " if q.history else "") + q.question  # no follow-up handling
        answer = pipeline.ask(text)
        elapsed = (time.perf_counter() - start) * 1000
        # The top chunk is the answer: an amount counts when the chunk shows it, unpaired.
        shown = [float(a) for a in q.amounts if _shows(answer.text, a)]
        top = answer.ranked[0] if answer.ranked else ""
        return Outcome(q, answer.ranked, True, shown, units.get(top, []), elapsed)
    return run


def _shows(text: str, yuan: int) -> bool:
    return any(abs(money_to_yuan(m) - yuan) < 0.5 for m in MONEY.findall(text))


def amount_right(o: Outcome) -> bool:
    """The expected amounts first, in order; a question expecting none (not eligible) gets none."""
    expected = o.question.amounts
    return amounts_exact(o.amounts, expected) if expected else not o.amounts


def summarize(outcomes: list[Outcome], units: dict[str, list[str]]) -> dict[str, float]:
    answerable = [o for o in outcomes if o.question.answerable]
    unanswerable = [o for o in outcomes if not o.question.answerable]
    priced = [o for o in answerable if o.question.amounts or o.question.type == "calculation"]
    return {
        "n": len(outcomes),
        "r1": mean([recall_at(o.ranked, o.question.gold, 1) for o in answerable]),
        "r5": mean([recall_at(o.ranked, o.question.gold, 5) for o in answerable]),
        "mrr": mean([reciprocal_rank(o.ranked, o.question.gold, 10) for o in answerable]),
        "amount": mean([float(amount_right(o)) for o in priced]),
        "departments": mean([float(o.departments == units.get(o.question.gold[0], [])) for o in answerable]),
        "refusal": mean([float(not o.found) for o in unanswerable]),
        "false_refusal": mean([float(not o.found) for o in answerable]),
        "p50": percentile([o.latency_ms for o in outcomes], 50),
        "p95": percentile([o.latency_ms for o in outcomes], 95),
    }


def failures(outcomes: list[Outcome]) -> list[tuple[Question, str]]:
    """Questions a system got wrong, with the reason in words."""
    wrong = []
    for o in outcomes:
        q = o.question
        if o.error:
            wrong.append((q, f"出错：{o.error}"))
        elif not q.answerable and o.found:
            wrong.append((q, f"应拒答却作答（首条 {o.ranked[0] if o.ranked else '-'}）"))
        elif q.answerable and not o.found:
            wrong.append((q, f"误拒（首条 {o.ranked[0] if o.ranked else '-'}，应为 {q.gold[0]}）"))
        elif q.answerable and o.ranked[:1] and o.ranked[0] not in q.gold:
            wrong.append((q, f"首条为 {o.ranked[0]}，应为 {'/'.join(q.gold)}"))
        elif (q.amounts or q.type == "calculation") and not amount_right(o):
            wrong.append((q, f"金额 {[int(a) for a in o.amounts[:3]]}，应为 {q.amounts}"))
    return wrong


def _fmt(value: float, key: str) -> str:
    if value != value:  # NaN: nothing to measure
        return "—"
    return f"{value:.0f}" if key in ("p50", "p95", "n") else f"{value:.3f}"


COLUMNS = [("首条命中率", "r1"), ("前五命中率", "r5"), ("MRR@10", "mrr"), ("金额准确率", "amount"),
           ("责任单位命中率", "departments"), ("拒答率", "refusal"), ("误拒率", "false_refusal"),
           ("p50 毫秒", "p50"), ("p95 毫秒", "p95")]
# Plain names and what each means, printed at the top of the report (the workbench's 评测 tab shows it as is).
GLOSSARY = [
    ("首条命中率（Recall@1）", "有答案的问题中，排在第一位的条款就是标准条款的比例。"),
    ("前五命中率（Recall@5）", "有答案的问题中，前五条里含有标准条款的比例（朴素管线只返回 3 条，即前三）。"),
    ("MRR@10", "标准条款排名的倒数取平均（第 1 名得 1，第 2 名得 0.5，前 10 名外得 0），越接近 1 越好。"),
    ("金额准确率", "标有标准金额的问题中，回答给出的金额依次与标准金额逐一相等（到元）的比例。"),
    ("责任单位命中率", "种子语料：首条引用条款的责任单位与标准条款一致；"
                     "开发文件库：题目列出的每个责任单位都出现在回答中。"),
    ("拒答率", "文件没有规定的问题中，系统回答「文件中未找到相关规定」的比例，越高越好。"),
    ("误拒率", "文件有规定的问题中，系统却回答「未找到」的比例，越低越好。"),
    ("通过率", "开发文件库：拒答/作答正确、首条命中、金额与责任单位都对的问题所占比例。"),
    ("p50 / p95 毫秒", "单个问题从提问到得到答案的耗时中位数和第 95 百分位（本机逐题计时）。"),
]


def glossary() -> str:
    lines = ["## 指标说明", "", "| 指标 | 含义 |", "|---|---|"]
    lines += [f"| {name} | {meaning} |" for name, meaning in GLOSSARY]
    return "\n".join(lines)


def table(results: dict[str, list[Outcome]], units: dict[str, list[str]], split: str) -> str:
    head = "| 系统 | " + " | ".join(c for c, _ in COLUMNS) + " |"
    lines = [f"**{split}**（{len(next(iter(results.values())))} 题）", "", head,
             "|" + "---|" * (len(COLUMNS) + 1)]
    for name, outcomes in results.items():
        summary = summarize(outcomes, units)
        lines.append(f"| {LABELS[name]} | " + " | ".join(_fmt(summary[k], k) for _, k in COLUMNS) + " |")
    return "\n".join(lines)


def by_type(outcomes: list[Outcome], units: dict[str, list[str]]) -> str:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.question.type].append(o)
    lines = ["| 类型 | 题数 | 首条命中率 | 金额准确率 | 作答/拒答正确 |", "|---|---|---|---|---|"]
    for kind in sorted(groups, key=lambda t: TYPES.index(t) if t in TYPES else len(TYPES)):
        group = groups[kind]
        s = summarize(group, units)
        decided = mean([float(o.found == o.question.answerable) for o in group])
        lines.append(f"| {kind} | {len(group)} | {_fmt(s['r1'], 'r1')} | {_fmt(s['amount'], 'amount')} | "
                     f"{decided:.3f} |")
    return "\n".join(lines)


def seed_section(by_split: dict[str, dict[str, list[Outcome]]], units: dict[str, list[str]]) -> str:
    """The seed corpus (corpus/, evaluation/questions.jsonl): tables, targets, per type, failures."""
    test = summarize(by_split["test"]["hybrid"], units) if "test" in by_split else None
    parts = ["## 一、种子语料（corpus/，evaluation/questions.jsonl）", "",
             "检索指标只计有答案的问题。LangChain 朴素管线只返回 3 个片段，从不拒答；"
             "其金额准确率只要求首个片段中出现该金额（读者仍需自行配对“分别”）。", ""]
    for split, results in by_split.items():
        parts += [table(results, units, split), ""]
    if test is not None:
        parts += ["### 测试集目标（本项目混合检索）", "", "| 指标 | 目标 | 实测 | 达成 |", "|---|---|---|---|"]
        for name, (key, target, higher) in TARGETS.items():
            ok = test[key] >= target if higher else test[key] <= target
            parts.append(f"| {name} | {'≥' if higher else '≤'} {target} | {test[key]:.3f} | {'是' if ok else '否'} |")
        parts.append("")
    for split, results in by_split.items():
        parts += [f"### 按问题类型（{split}，本项目）", "", by_type(results["hybrid"], units), ""]
        wrong = failures(results["hybrid"])
        parts += [f"### 未通过的问题（{split}，本项目，{len(wrong)} 题）", ""]
        parts += [f"- {q.id} [{q.type}] {q.question} — {why}" for q, why in wrong] or ["（无）"]
        parts.append("")
    return "\n".join(parts)


def write_report(by_split: dict[str, dict[str, list[Outcome]]], units: dict[str, list[str]], out: Path,
                 library: LibraryRun | None = None, profiles: str = "") -> str:
    """report.md and report.png in `out` (the seed corpus, then the development library when given);
    returns the Markdown."""
    parts = ["# 评测报告", "", "由 `python app.py eval`（`make eval`）生成：同一次运行评测种子语料和开发文件库，"
             "四个系统并排（关键词、向量、本项目混合检索、LangChain 朴素管线）。规则和阈值只在 dev 集上选择，"
             "test 集只用于报告。", "", glossary(), "", seed_section(by_split, units)]
    if library is not None:
        parts += [library_section(library)]
    if profiles:
        parts += [profiles]
    markdown = "\n".join(parts)
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.md").write_text(markdown, encoding="utf-8")
    _chart(by_split, units, out / "report.png", library)
    return markdown


def _chart(by_split: dict[str, dict[str, list[Outcome]]], units: dict[str, list[str]], path: Path,
           library: LibraryRun | None = None) -> None:
    """Grouped bars per system, one panel per corpus; ASCII labels so the chart renders without CJK fonts."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = []
    split = "test" if "test" in by_split else next(iter(by_split))
    panels.append((f"seed corpus ({split} split)", {n: summarize(o, units) for n, o in by_split[split].items()}))
    if library is not None:
        lsplit = "test" if "test" in library.by_split else next(iter(library.by_split))
        panels.append((f"development library ({lsplit} split)",
                       {n: summarize_library(o) for n, o in library.by_split[lsplit].items()}))
    metrics = [("Recall@1", "r1"), ("Recall@5", "r5"), ("MRR@10", "mrr"), ("Amount exact", "amount"),
               ("Refusal", "refusal"), ("1 - false refusal", "false_refusal")]
    names = {"keyword": "keyword (BM25)", "dense": "dense (e5)", "hybrid": "hybrid (this project)",
             "whole": "hybrid, no area", "naive": "naive LangChain"}
    fig, axes = plt.subplots(len(panels), 1, figsize=(10, 4.2 * len(panels)), squeeze=False)
    for ax, (title, summaries) in zip(axes[:, 0], panels, strict=True):
        width = 0.8 / len(summaries)
        for n, (system, s) in enumerate(summaries.items()):
            values = [1 - s[k] if k == "false_refusal" else s[k] for _, k in metrics]
            ax.bar([i + n * width for i in range(len(metrics))], [0 if v != v else v for v in values],
                   width, label=names.get(system, system))
        ax.set_xticks([i + width * (len(summaries) - 1) / 2 for i in range(len(metrics))])
        ax.set_xticklabels([m for m, _ in metrics])
        ax.set_ylim(0, 1.05)
        ax.set_title(f"Policy Q&A evaluation: {title}")
        ax.legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(assistant: Assistant, questions_path: Path = QUESTIONS, out: Path = HERE,
         library_work: Path | None = WORK) -> str:
    """The seed set on `assistant`, then (unless `library_work` is None) the development library indexed in
    `library_work` with the same embedder; writes report.md and report.png in `out`."""
    questions = load_questions(questions_path)
    units = {c.clause_id: list(c.departments) for c in assistant.index.clauses}
    cache = library_work.parent / "naive-cache" if library_work else None
    by_split = {split: evaluate(assistant, [q for q in questions if q.split == split], cache_dir=cache)
                for split in ("dev", "test") if any(q.split == split for q in questions)}
    if not by_split:
        raise ValueError(f"{questions_path} 中没有 split 为 dev 或 test 的问题。")
    library = run_library(assistant.embedder, library_work) if library_work else None
    profiles = profile_section(assistant, open_library(library_work, assistant.embedder)) if library_work else ""
    return write_report(by_split, units, out, library, profiles)
