"""Add and remove policy documents: everything is built in memory first, then written atomically."""

from __future__ import annotations

import json
import re
import shutil
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from .config import Settings
from .corpus import MANIFEST, TEXT_SUFFIXES, Corpus, build_corpus, read_text
from .errors import CorpusError
from .files import atomic_write
from .formats import extract_text
from .records import Clause, Document
from .service import previous_index
from .store import SearchIndex, build_index, save_index

__all__ = ["Change", "add_document", "remove_document", "document_rows"]

ORIGINALS = "originals"
REMOVED = "removed"


@dataclass(frozen=True)
class Change:
    corpus: Corpus
    index: SearchIndex
    doc_ids: list[str]  # the documents added or removed
    embedded: int  # clauses embedded (only the new document's; the rest reused)
    seconds: float


def add_document(settings: Settings, source: Path, embedder: Embeddings, *, status: str | None = None,
                 supersedes: str | None = None, title: str | None = None, name: str | None = None) -> Change:
    """Add one file (.txt .md .docx .pdf .html): its text is stored in corpus/ as .txt, the original
    in corpus/originals/. A notice that carries several measures becomes several documents."""
    start = time.perf_counter()
    if status not in (None, "final", "draft"):
        raise ValueError("状态只能是 final（正式）或 draft（征求意见稿）。")
    shown = name or source.name
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise CorpusError(f"无法读取文件 {shown}：{exc.strerror}。") from exc
    text = extract_text(shown, data)
    files, manifest = _read_corpus(settings.corpus_dir)
    if any(_same_text(text, old) for old in files.values()):
        raise CorpusError(f"文件 {shown} 与库中已有的文件内容相同，未重复添加。")
    stored = _free_name(settings.corpus_dir, Path(shown).stem)
    files[stored] = text
    probe = build_corpus({stored: text}, {"documents": []})  # what the new file holds, parsed alone
    entries = []
    for doc in probe.documents.values():
        entry: dict[str, Any] = {"id": _free_id(doc.doc_id, manifest, files, stored), "file": stored}
        if len(probe.documents) > 1:
            entry["title"] = doc.title
        elif title:
            entry["title"] = title.strip()
        if status:
            entry["status"] = status
        entries.append(entry)
    if supersedes:
        entries[0]["supersedes"] = [supersedes]
    manifest["documents"] = manifest.get("documents", []) + entries
    new_ids = [e["id"] for e in entries]
    corpus = build_corpus(files, manifest)
    for doc_id in new_ids:
        twin = _duplicate_of(corpus.documents[doc_id], corpus)
        if twin:
            raise CorpusError(f"《{twin.title}》{twin.doc_number}已在库中（编号 {twin.doc_id}），未重复添加。")
    index = build_index(corpus, embedder, reuse=previous_index(settings, embedder))
    # Nothing was written so far: a failure above leaves the corpus and index as they were.
    (settings.corpus_dir / ORIGINALS).mkdir(exist_ok=True)
    if Path(shown).suffix.lower() != ".txt":
        atomic_write(settings.corpus_dir / ORIGINALS / f"{Path(stored).stem}{Path(shown).suffix.lower()}", data)
    atomic_write(settings.corpus_dir / stored, text.encode("utf-8"))
    _write_manifest(settings.corpus_dir, manifest)
    save_index(index, settings.index_dir)
    return Change(corpus, index, new_ids, index.meta["embedded"], time.perf_counter() - start)


def remove_document(settings: Settings, doc_id: str, embedder: Embeddings) -> Change:
    """Take a document out of the corpus and index (its file moves to corpus/removed/)."""
    start = time.perf_counter()
    files, manifest = _read_corpus(settings.corpus_dir)
    corpus = build_corpus(files, manifest)
    if doc_id not in corpus.documents:
        raise CorpusError(f"没有编号为 {doc_id} 的文件；用 `python app.py docs` 查看编号。")
    if len(corpus.documents) == 1:
        raise CorpusError("这是库中最后一个文件，不能删除；请先添加新文件。")
    document = corpus.documents[doc_id]
    entries = manifest.get("documents", [])
    for entry in entries:  # drop references that would dangle
        entry["supersedes"] = [d for d in entry.get("supersedes", []) if d != doc_id]
        if not entry["supersedes"]:
            del entry["supersedes"]
    siblings = [d for d in corpus.documents.values() if d.source_file == document.source_file and d.doc_id != doc_id]
    own = next((e for e in entries if e.get("id") == doc_id), None)
    if siblings:  # one of several measures in a notice: keep the file, leave this document out
        if own is None:
            own = {"id": doc_id, "file": document.source_file, "title": document.title}
            entries.append(own)
        own["removed"] = True
    else:
        manifest["documents"] = [e for e in entries if e.get("file") != document.source_file]
        del files[document.source_file]
    new_corpus = build_corpus(files, manifest)
    index = build_index(new_corpus, embedder, reuse=previous_index(settings, embedder))
    if not siblings:
        (settings.corpus_dir / REMOVED).mkdir(exist_ok=True)
        shutil.move(str(settings.corpus_dir / document.source_file),
                    str(settings.corpus_dir / REMOVED / document.source_file))
    _write_manifest(settings.corpus_dir, manifest)
    save_index(index, settings.index_dir)
    return Change(new_corpus, index, [doc_id], index.meta["embedded"], time.perf_counter() - start)


def document_rows(documents: dict[str, Document], clauses: list[Clause],
                  today: str | None = None) -> list[dict[str, object]]:
    """One row per document for `app.py docs` and the UI."""
    today = today or date.today().isoformat()
    clause_counts = Counter(c.doc_id for c in clauses)
    rows = []
    for doc in documents.values():
        state = "征求意见稿" if doc.status == "draft" else "正式"
        if doc.superseded_by:
            state += f"（已被 {doc.superseded_by} 替代）"
        if doc.expired(today):
            state += f"（已于 {doc.expires} 失效）"
        rows.append({"编号": doc.doc_id, "标题": doc.title, "文号": doc.doc_number, "状态": state,
                     "条款数": clause_counts.get(doc.doc_id, 0), "发文日期": doc.date,
                     "施行日期": doc.effective, "有效期至": doc.expires, "文件": doc.source_file})
    return rows


def _read_corpus(folder: Path) -> tuple[dict[str, str], dict[str, Any]]:
    manifest_path = folder / MANIFEST
    manifest: dict[str, Any] = {"documents": []}
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    files = {p.name: read_text(p) for p in sorted(folder.iterdir())
             if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith(("README", "."))}
    return files, manifest


def _write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    atomic_write(folder / MANIFEST, (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def _same_text(a: str, b: str) -> bool:
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)


def _duplicate_of(doc: Document, corpus: Corpus) -> Document | None:
    """Another document with the same title and 文号 (the same measures added twice)."""
    for other in corpus.documents.values():
        if other.doc_id != doc.doc_id and other.title == doc.title and other.doc_number == doc.doc_number:
            return other
    return None


def _free_name(folder: Path, stem: str) -> str:
    slug = re.sub(r"[^\w\-.]+", "-", stem).strip("-.") or "document"
    name, n = f"{slug}.txt", 1
    while (folder / name).exists() or (folder / REMOVED / name).exists():
        n += 1
        name = f"{slug}-{n}.txt"
    return name


def _free_id(wanted: str, manifest: dict[str, Any], files: dict[str, str], stored: str) -> str:
    taken = {e.get("id") for e in manifest.get("documents", [])} | {Path(f).stem for f in files if f != stored}
    doc_id, n = wanted, 1
    while doc_id in taken:
        n += 1
        doc_id = f"{wanted}-{n}"
    return doc_id
