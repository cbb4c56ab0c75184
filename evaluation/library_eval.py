"""The development library (evaluation/library/): its files indexed as an office adds them, gold matched by text."""

from __future__ import annotations

import json
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.embeddings import Embeddings

from retrieval import Assistant, PolicyQAError, Settings
from retrieval.documents.formats import extract_text
from retrieval.documents.normalise import arabic_sums, without_pictographs
from retrieval.documents.parser import split_documents
from retrieval.files import atomic_write
from retrieval.lexicon.patterns import MONEY, money_to_yuan
from retrieval.records import Clause, Document
from retrieval.search.query import simplified
from retrieval.store.embedders import forget_questions

from .metrics import amounts_exact, mean, percentile, recall_at, reciprocal_rank
from .naive import NaivePipeline

__all__ = ["Gold", "LibraryQuestion", "LibraryOutcome", "normalise", "matches_gold", "load_library_questions",
           "write_library_corpus", "open_library", "evaluate_library", "summarize_library", "library_failure",
           "run_library", "library_areas", "area_of", "LIBRARY", "WORK", "FROZEN_AT"]

HERE = Path(__file__).resolve().parent
LIBRARY = HERE / "library"
WORK = HERE.parent / ".eval" / "library"  # git-ignored: the corpus written from docs/, the index and its vector cache
FROZEN_AT = "1b946bc"  # the commit that added the library and froze its test split
# dev: rules are chosen on it; test: frozen at FROZEN_AT, only measured; unseen: documents of areas added after that
# (癸地区, the forty-fourth session; 丑地区, the forty-sixth) and their questions, held out from the start, only
# measured
SPLITS = ("dev", "test", "unseen")
SYSTEMS = ("keyword", "dense", "hybrid", "whole", "naive")
# Each of the library's three parts was written as one area's library (areas.json): a question is asked in
# the area of the document it was written for, as an enterprise there asks its own hotline. "whole" is the
# product asked in no area (all 15 documents at once, the protocol before areas); "naive" too.
AREAS = LIBRARY / "areas.json"
GOLD = "\0gold"  # stands in the ranking for a clause that matches a gold clause (see `marks`)


@dataclass(frozen=True)
class Gold:
    doc: str  # file stem
    clause: str  # clause number as the document prints it
    text: str  # a verbatim piece of the clause


@dataclass(frozen=True)
class LibraryQuestion:
    id: str
    question: str
    kind: str
    answerable: bool
    doc: str
    gold: tuple[Gold, ...]
    amounts: tuple[int, ...]
    departments: tuple[str, ...]
    split: str
    history: tuple[tuple[str, str], ...] = ()
    note: str = ""
    area: str = ""  # the area (所在地区) it is asked in: that of its document (areas.json)


@dataclass
class LibraryOutcome:
    question: LibraryQuestion
    marks: list[str]  # the ranked clause ids, a clause matching gold replaced by GOLD
    top: str  # the first ranked clause in words (文件 条款), for failure reasons
    found: bool
    amounts: list[float]
    answer: str
    latency_ms: float
    error: str = ""


def normalise(text: str) -> str:
    """Traditional → simplified, NFKC (full-width → half-width), sums in Chinese numerals as digits and no
    pictographs (as the parser reads them) and no white space: PDF text breaks lines and puts spaces around numbers,
    b1 is in traditional characters with full-width digits, m5 a post's 💰."""
    return "".join(arabic_sums(unicodedata.normalize("NFKC", simplified(without_pictographs(text)))).split())


def matches_gold(clause: Clause, document: Document | None, gold: Gold) -> bool:
    """A retrieved clause stands for a gold clause when it is from that document (by id or by source file
    stem) and contains the gold text, both normalised."""
    stems = {clause.doc_id} | ({Path(document.source_file).stem} if document and document.source_file else set())
    return gold.doc in stems and normalise(gold.text) in normalise(clause.text)


def marks(clauses: Sequence[Clause], documents: dict[str, Document], gold: Sequence[Gold]) -> list[str]:
    """Clause ids in rank order, each clause that matches any gold clause replaced by GOLD, so the
    id-based metrics (recall_at, reciprocal_rank) apply unchanged."""
    return [GOLD if any(matches_gold(c, documents.get(c.doc_id), g) for g in gold) else c.clause_id
            for c in clauses]


def library_areas(path: Path = AREAS) -> dict[str, list[str]]:
    """Area -> the document stems an enterprise there is served (areas.json); {} without the file."""
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def area_of(doc: str, areas: dict[str, list[str]]) -> str:
    """The area whose documents include `doc` ("" when none does)."""
    return next((area for area, stems in areas.items() if doc in stems), "")


def load_library_questions(path: Path = LIBRARY / "questions.jsonl") -> list[LibraryQuestion]:
    questions = []
    areas = library_areas(path.parent / AREAS.name)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if raw["split"] not in SPLITS:
                raise ValueError(f"split 应为 {'、'.join(SPLITS)} 之一，而不是 {raw['split']!r}")
            questions.append(LibraryQuestion(
                id=raw["id"], question=raw["question"], kind=raw["kind"], answerable=raw["answerable"],
                doc=raw["doc"], gold=tuple(Gold(**g) for g in raw["gold"]), amounts=tuple(raw["amounts"]),
                departments=tuple(raw["departments"]), split=raw["split"],
                history=tuple((a, b) for a, b in raw["history"]), note=raw.get("note", ""),
                area=area_of(raw["doc"], areas)))
        except (ValueError, TypeError, KeyError) as exc:
            raise ValueError(f"{path} 第 {n} 行格式不对：{exc}") from exc
    return questions


def write_library_corpus(docs_dir: Path, corpus_dir: Path) -> list[str]:
    """Each file's text (any supported format, as `app.py add` reads it) as <stem>.txt with a manifest giving
    each document the id of its file stem (a file holding several: by title, the first by the stem, the others
    numbered after it); returns the stems. Unchanged files are not rewritten."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    areas = library_areas(docs_dir.parent / AREAS.name)
    for path in sorted(p for p in docs_dir.iterdir() if p.is_file()):
        text = extract_text(path.name, path.read_bytes())
        _write_if_changed(corpus_dir / f"{path.stem}.txt", text.encode("utf-8"))
        area = area_of(path.stem, areas)
        titles = [doc.title for doc in split_documents(text)]  # (a 决定 and the 办法 it re-publishes: each by title,
        for n, title in enumerate(titles, start=1):  # the first by the file's stem, the others numbered after it)
            entries.append({"id": path.stem if n == 1 else f"{path.stem}-{n}", "file": f"{path.stem}.txt"}
                           | ({"title": title} if len(titles) > 1 else {}) | ({"areas": [area]} if area else {}))
    wanted = {e["file"] for e in entries}
    for stale in corpus_dir.glob("*.txt"):  # a file taken out of docs/ leaves the corpus too
        if stale.name not in wanted:
            stale.unlink()
    manifest = json.dumps({"documents": entries}, ensure_ascii=False, indent=1).encode("utf-8")
    _write_if_changed(corpus_dir / "manifest.json", manifest)
    return list(dict.fromkeys(Path(e["file"]).stem for e in entries))


def _write_if_changed(path: Path, data: bytes) -> None:
    if not path.exists() or path.read_bytes() != data:
        atomic_write(path, data)


def open_library(work: Path = WORK, embedder: Embeddings | None = None, docs_dir: Path = LIBRARY / "docs") -> Assistant:
    """The assistant over the development library; the index (and its vector cache) stays in `work`, so a
    second run embeds nothing."""
    write_library_corpus(docs_dir, work / "corpus")
    settings = Settings(corpus_dir=work / "corpus", index_dir=work / "index", query_log="off", reload_seconds=0)
    return Assistant.open(settings, embedder=embedder)


def evaluate_library(assistant: Assistant, questions: list[LibraryQuestion], systems: tuple[str, ...] = SYSTEMS,
                     cache_dir: Path | None = None) -> dict[str, list[LibraryOutcome]]:
    """Every question through every system, timed one by one."""
    runners: dict[str, Callable[[LibraryQuestion], LibraryOutcome]] = {
        mode: _project_runner(assistant, mode) for mode in systems if mode != "naive"}
    if "naive" in systems:
        runners["naive"] = _naive_runner(assistant, cache_dir)
    return {name: [runners[name](q) for q in questions] for name in systems}


def _describe(clause: Clause | None) -> str:
    return f"{clause.doc_id} {clause.number or '（无编号段落）'}" if clause else "-"


def _project_runner(assistant: Assistant, mode: str) -> Callable[[LibraryQuestion], LibraryOutcome]:
    documents = assistant.index.documents

    def run(q: LibraryQuestion) -> LibraryOutcome:
        forget_questions(assistant.embedder)  # timed as new: each system asks the same questions
        start = time.perf_counter()
        try:
            answer, hits = assistant.explain(q.question, list(q.history), mode="hybrid" if mode == "whole" else mode,
                                             k=10, area="" if mode == "whole" else q.area)
        except (ValueError, PolicyQAError) as exc:
            return LibraryOutcome(q, [], "-", False, [], "", (time.perf_counter() - start) * 1000, str(exc))
        elapsed = (time.perf_counter() - start) * 1000
        clauses = [h.clause for h in hits[:10]]
        return LibraryOutcome(q, marks(clauses, documents, q.gold), _describe(clauses[0] if clauses else None),
                              answer.found, [a.value for a in answer.amounts], answer.answer, elapsed)
    return run


def _naive_runner(assistant: Assistant, cache_dir: Path | None) -> Callable[[LibraryQuestion], LibraryOutcome]:
    index = assistant.index
    pipeline = NaivePipeline(assistant.settings.corpus_dir, index.documents, index.clauses, assistant.embedder,
                             cache_dir=cache_dir)
    by_id = {c.clause_id: c for c in index.clauses}

    def run(q: LibraryQuestion) -> LibraryOutcome:
        start = time.perf_counter()
        text = (q.history[-1][0] + " " if q.history else "") + q.question  # no follow-up handling
        answer = pipeline.ask(text)
        elapsed = (time.perf_counter() - start) * 1000
        clauses = [by_id[c] for c in answer.ranked if c in by_id]
        # The top chunk is the answer: an amount counts when the chunk shows it (as on the seed set).
        shown = [float(a) for a in q.amounts if _shows(answer.text, a)]
        return LibraryOutcome(q, marks(clauses, index.documents, q.gold), _describe(clauses[0] if clauses else None),
                              True, shown, answer.text, elapsed)
    return run


def _shows(text: str, yuan: int) -> bool:
    return any(abs(money_to_yuan(m) - yuan) < 0.5 for m in MONEY.findall(normalise(text)))


def amount_right(o: LibraryOutcome) -> bool:
    """The answer's amounts start with the expected ones, in order, to the yuan (metrics.amounts_exact)."""
    return amounts_exact(o.amounts, o.question.amounts)


def departments_right(o: LibraryOutcome) -> bool:
    """Every expected department is named in the answer text (both normalised)."""
    text = normalise(o.answer)
    return all(normalise(d) in text for d in o.question.departments)


def summarize_library(outcomes: list[LibraryOutcome]) -> dict[str, float]:
    answerable = [o for o in outcomes if o.question.answerable]
    unanswerable = [o for o in outcomes if not o.question.answerable]
    return {
        "n": len(outcomes),
        "r1": mean([recall_at(o.marks, [GOLD], 1) for o in answerable]),
        "r5": mean([recall_at(o.marks, [GOLD], 5) for o in answerable]),
        "mrr": mean([reciprocal_rank(o.marks, [GOLD], 10) for o in answerable]),
        "amount": mean([float(amount_right(o)) for o in answerable if o.question.amounts]),
        "departments": mean([float(departments_right(o)) for o in answerable if o.question.departments]),
        "refusal": mean([float(not o.found) for o in unanswerable]),
        "false_refusal": mean([float(not o.found) for o in answerable]),
        "passed": mean([float(library_failure(o) is None) for o in outcomes]),
        "p50": percentile([o.latency_ms for o in outcomes], 50),
        "p95": percentile([o.latency_ms for o in outcomes], 95),
    }


def library_failure(o: LibraryOutcome) -> tuple[str, str] | None:
    """(kind of failure, details) for a question the system got wrong, None when it passed. Checked in the
    order a reader would: refusing, then the first clause, then the amount, then the units."""
    q = o.question
    rank = next((i for i, m in enumerate(o.marks[:10], start=1) if m == GOLD), None)
    where = f"标准条款排第 {rank}" if rank else "前 10 条中没有标准条款"
    if o.error:
        return "出错", o.error
    if not q.answerable:
        return ("应拒答却作答", f"首条 {o.top}") if o.found else None
    if not o.found:
        return "误拒", f"首条 {o.top}，{where}"
    if rank != 1:
        top_doc = o.top.split(" ")[0]
        kind = "首条为同一文件的其他条款" if top_doc == q.doc else "首条来自其他文件"
        expected = "、".join(f"{g.doc} {g.clause or '（无编号段落）'}" for g in q.gold[:2])
        return kind, f"首条 {o.top}，应为 {expected}；{where}"
    if q.amounts and not amount_right(o):
        got = [int(a) for a in o.amounts[:4]]
        return ("金额不符（回答无金额）" if not got else "金额不符"), f"回答金额 {got}，应为 {list(q.amounts)}"
    if q.departments and not departments_right(o):
        missing = [d for d in q.departments if normalise(d) not in normalise(o.answer)]
        return "责任单位缺失", f"回答中没有 {'、'.join(missing)}"
    return None


def failure_counts(outcomes: list[LibraryOutcome]) -> Counter[str]:
    return Counter(f[0] for f in map(library_failure, outcomes) if f)


@dataclass
class LibraryRun:
    """What the report needs: outcomes per split and system, and how the run went."""

    by_split: dict[str, dict[str, list[LibraryOutcome]]]
    documents: int
    clauses: int
    seconds: float
    notes: list[str] = field(default_factory=list)


def run_library(embedder: Embeddings | None = None, work: Path = WORK,
                questions_path: Path = LIBRARY / "questions.jsonl") -> LibraryRun:
    """Index the development library in `work` and run the four systems on dev, then test, then unseen."""
    start = time.perf_counter()
    assistant = open_library(work, embedder)
    questions = load_library_questions(questions_path)
    by_split = {split: evaluate_library(assistant, [q for q in questions if q.split == split],
                                        cache_dir=work / "naive-cache")
                for split in SPLITS if any(q.split == split for q in questions)}
    index = assistant.index
    return LibraryRun(by_split, len(index.documents), len(index.clauses), time.perf_counter() - start)
