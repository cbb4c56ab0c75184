"""Add and remove policy documents: everything is built in memory first, then written atomically."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from retrieval.config import Settings
from retrieval.documents.corpus import (
    MANIFEST,
    Corpus,
    build_corpus,
    file_digests,
    fingerprint,
    fingerprint_of,
    read_sources,
    split_areas,
)
from retrieval.documents.formats import extract_text
from retrieval.errors import CorpusError, PolicyIndexError, os_reason
from retrieval.files import atomic_write
from retrieval.records import Clause, Document
from retrieval.store.embedders import embedder_id
from retrieval.store.index import (
    SearchIndex,
    build_index,
    drop_documents,
    extend_index,
    index_lock,
    load_index,
    save_index,
    saved_documents,
    saved_meta,
    vector_cache,
)

__all__ = ["Change", "add_document", "remove_document", "document_rows", "recover"]

log = logging.getLogger("policyqa")

JOURNAL = ".change.json"  # how to undo the change in progress; see _apply and recover
ORIGINALS = "originals"
MAX_CLAUSES_PER_FILE = 3000  # a long 实施细则 has a few hundred; more is a dump, and would hold the embedder
REMOVED = "removed"


@dataclass(frozen=True)
class Change:
    index: SearchIndex  # the index after the change (its documents and clauses)
    doc_ids: list[str]  # the documents added or removed
    embedded: int  # clauses embedded (only the new document's; the rest reused)
    seconds: float
    sha256: str = ""  # of the file added, for the audit log
    # What the reader of the file warned about (pages read by OCR to be checked, no numbered clauses …):
    # also logged; kept here so the page or command that added the file can show it beside the result.
    warnings: tuple[str, ...] = ()


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _warnings() -> Iterator[list[str]]:
    """The policyqa warnings logged inside the block, in order (they still go to the log as well)."""
    handler = _Warnings()
    log.addHandler(handler)
    try:
        yield handler.messages
    finally:
        log.removeHandler(handler)


def add_document(settings: Settings, source: Path, embedder: Embeddings, *, status: str | None = None,
                 supersedes: str | None = None, title: str | None = None, name: str | None = None,
                 current: SearchIndex | None = None, areas: str | None = None) -> Change:
    """Add one file (.txt .md .docx .pdf .html): its text is stored in corpus/ as .txt, the original
    in corpus/originals/. A notice that carries several measures becomes several documents. `areas`
    (枫岭市、溪桐县) names the areas whose enterprises it serves; none: every area.
    When `current` (or the saved index) was built from the corpus as it is, only the new file is
    parsed and embedded; otherwise the whole corpus is indexed again. One change at a time per
    index folder, across processes (index_lock)."""
    recover(settings)
    with index_lock(settings.index_dir):
        return _add(settings, source, embedder, status, supersedes, title, name, current, split_areas(areas))


def _add(settings: Settings, source: Path, embedder: Embeddings, status: str | None, supersedes: str | None,
         title: str | None, name: str | None, current: SearchIndex | None, areas: list[str]) -> Change:
    start = time.perf_counter()
    if status not in (None, "final", "draft"):
        raise ValueError("状态只能是 final（正式）或 draft（征求意见稿）。")
    shown = name or source.name
    try:
        size = source.stat().st_size
        if size > settings.max_upload_bytes:  # refused before a byte is read
            raise CorpusError(f"文件 {shown} 有 {size / 1e6:.1f} MB，超过上限 {settings.max_upload_bytes / 1e6:g} MB；"
                              "请拆分或压缩后再添加。")
        data = source.read_bytes()
    except OSError as exc:
        raise CorpusError(f"无法读取文件 {shown}：{os_reason(exc)}。") from exc
    with _warnings() as warned:
        text = extract_text(shown, data)
    files, manifest = read_sources(settings.corpus_dir, allow_empty=True)
    digests = file_digests(files)
    base = _base_index(settings, embedder, current, fingerprint_of(digests, manifest))
    if any(_same_text(text, old) for old in files.values()):
        raise CorpusError(f"文件 {shown} 与库中已有的文件内容相同，未重复添加。")
    stored = _free_name(settings.corpus_dir, Path(shown).stem)
    with _warnings() as parsing:
        probe = build_corpus({stored: text}, {"documents": []})  # what the new file holds, parsed alone
    warned.extend(parsing)
    if len(probe.clauses) > MAX_CLAUSES_PER_FILE:
        raise CorpusError(f"文件 {shown} 切分出 {len(probe.clauses)} 个条款（上限 {MAX_CLAUSES_PER_FILE}），"
                          "不像一份政策文件；请拆分后再添加。")
    entries = []
    for doc in probe.documents.values():
        entry: dict[str, Any] = {"id": _free_id(doc.doc_id, manifest, files), "file": stored}
        if len(probe.documents) > 1:
            entry["title"] = doc.title
        elif title:
            entry["title"] = title.strip()
        if status:
            entry["status"] = status
        if areas:
            entry["areas"] = areas
        entries.append(entry)
    if supersedes:
        entries[0]["supersedes"] = [supersedes]
    manifest["documents"] = manifest.get("documents", []) + entries
    files[stored] = text
    added = build_corpus({stored: text}, {"documents": entries}, link=False)
    cache = vector_cache(settings.index_dir, embedder)
    if base is None:
        corpus = build_corpus(files, manifest)
        _refuse_duplicates(added, corpus.documents)
        index = build_index(corpus, embedder, cache, settings.vector_config())
    else:
        _refuse_duplicates(added, base.documents)
        digests.update(file_digests({stored: text}))
        index = extend_index(base, added, fingerprint_of(digests, manifest), embedder, cache)
    # Nothing was written so far: a failure above leaves the corpus and index as they were.
    writes = {settings.corpus_dir / stored: text.encode("utf-8")}
    if Path(shown).suffix.lower() != ".txt":
        writes[settings.corpus_dir / ORIGINALS / f"{Path(stored).stem}{Path(shown).suffix.lower()}"] = data
    _apply(settings, index, manifest, writes)
    return Change(index, [e["id"] for e in entries], index.meta["embedded"], time.perf_counter() - start,
                  hashlib.sha256(data).hexdigest(), tuple(dict.fromkeys(warned)))


def remove_document(settings: Settings, doc_id: str, embedder: Embeddings,
                    current: SearchIndex | None = None) -> Change:
    """Take a document out of the corpus and index (its file moves to corpus/removed/)."""
    recover(settings)
    with index_lock(settings.index_dir):
        return _remove(settings, doc_id, embedder, current)


def _remove(settings: Settings, doc_id: str, embedder: Embeddings, current: SearchIndex | None) -> Change:
    start = time.perf_counter()
    files, manifest = read_sources(settings.corpus_dir)
    base = _base_index(settings, embedder, current, fingerprint(files, manifest))
    documents = base.documents if base is not None else build_corpus(files, manifest).documents
    if doc_id not in documents:
        raise CorpusError(f"没有编号为 {doc_id} 的文件；用 `python app.py docs` 查看编号。")
    if len(documents) == 1:
        raise CorpusError("这是库中最后一个文件，不能删除；请先添加新文件。")
    document = documents[doc_id]
    entries = manifest.get("documents", [])
    for entry in entries:  # drop references that would dangle
        entry["supersedes"] = [d for d in entry.get("supersedes", []) if d != doc_id]
        if not entry["supersedes"]:
            del entry["supersedes"]
    siblings = [d for d in documents.values() if d.source_file == document.source_file and d.doc_id != doc_id]
    own = next((e for e in entries if e.get("id") == doc_id), None)
    if siblings:  # one of several measures in a notice: keep the file, leave this document out
        if own is None:
            own = {"id": doc_id, "file": document.source_file, "title": document.title}
            entries.append(own)
        own["removed"] = True
    else:
        manifest["documents"] = [e for e in entries if e.get("file") != document.source_file]
        del files[document.source_file]
    new_hash = fingerprint(files, manifest)
    if base is None:
        index = build_index(build_corpus(files, manifest), embedder, vector_cache(settings.index_dir, embedder),
                            settings.vector_config())
    else:
        index = drop_documents(base, {doc_id}, new_hash)
    move = None if siblings else (settings.corpus_dir / document.source_file,
                                  settings.corpus_dir / REMOVED / document.source_file)
    _apply(settings, index, manifest, {}, move)
    return Change(index, [doc_id], index.meta["embedded"], time.perf_counter() - start)


def _apply(settings: Settings, index: SearchIndex, manifest: dict[str, Any], writes: dict[Path, bytes],
           move: tuple[Path, Path] | None = None) -> None:
    """Write the corpus change (new files, the manifest, then a file moved out) and save the index.

    A journal written first records how to undo the change: if any step fails the corpus is put back
    at once; if the process is killed, `recover` puts it back at the next start (or keeps it, when
    the index of the new corpus was saved). Either way the corpus matches the index in use."""
    manifest_path = settings.corpus_dir / MANIFEST
    old_manifest = manifest_path.read_text(encoding="utf-8") if manifest_path.exists() else None
    journal = {"written": [str(p.relative_to(settings.corpus_dir)) for p in writes], "manifest": old_manifest,
               "move": [str(p.relative_to(settings.corpus_dir)) for p in move] if move else None}
    atomic_write(settings.corpus_dir / JOURNAL, json.dumps(journal, ensure_ascii=False).encode("utf-8"))
    try:
        _step("journal")
        for path, blob in writes.items():
            path.parent.mkdir(exist_ok=True)
            atomic_write(path, blob)
        _step("written")
        _write_manifest(settings.corpus_dir, manifest)
        _step("manifest")
        if move is not None:
            move[1].parent.mkdir(exist_ok=True)
            shutil.move(str(move[0]), str(move[1]))
        _step("moved")
        save_index(index, settings.index_dir)
        _step("saved")
    except BaseException:
        _undo(settings.corpus_dir, journal)
        raise
    (settings.corpus_dir / JOURNAL).unlink()


def _undo(folder: Path, journal: dict[str, Any]) -> None:
    """Put the corpus back as the journal says it was (each step is safe to repeat)."""
    if journal.get("move"):
        source, target = (folder / p for p in journal["move"])
        if target.exists() and not source.exists():
            shutil.move(str(target), str(source))
    for name in journal.get("written", []):
        (folder / name).unlink(missing_ok=True)
    if journal.get("manifest") is None:
        (folder / MANIFEST).unlink(missing_ok=True)
    else:
        atomic_write(folder / MANIFEST, journal["manifest"].encode("utf-8"))
    (folder / JOURNAL).unlink(missing_ok=True)


def recover(settings: Settings) -> None:
    """Finish what a killed add or remove left: roll the corpus back unless the index of the changed
    corpus was already saved; and a deleted manifest.json is rebuilt from the saved index's record
    of document ids, titles, statuses and links (ids would otherwise be renumbered). Cheap when
    there is nothing to do; takes the index lock when there is."""
    journal_path, manifest_path = settings.corpus_dir / JOURNAL, settings.corpus_dir / MANIFEST
    if not journal_path.exists() and manifest_path.exists():
        return
    with index_lock(settings.index_dir):
        if journal_path.exists():
            try:
                journal = json.loads(journal_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                journal = None
            files, manifest = read_sources(settings.corpus_dir, allow_empty=True)
            saved = saved_meta(settings.index_dir)
            if journal is not None and saved.get("corpus_hash") != fingerprint(files, manifest):
                _undo(settings.corpus_dir, journal)
                log.warning("上次添加或删除文件未完成（进程中断），文件库已恢复到修改之前。")
            else:
                journal_path.unlink(missing_ok=True)
        if not manifest_path.exists() and (documents := saved_documents(settings.index_dir)):
            entries = [{"id": d.doc_id, "file": d.source_file, "title": d.title, "status": d.status,
                        **({"industry": d.industry} if d.industry else {}),
                        **({"supersedes": list(d.supersedes)} if d.supersedes else {}),
                        **({"areas": list(d.areas)} if d.areas else {})}
                       for d in documents if (settings.corpus_dir / d.source_file).exists()]
            _write_manifest(settings.corpus_dir, {"documents": entries})
            log.warning("corpus/manifest.json 不见了：已按已保存的索引重建（%d 个文件的编号、状态、替代关系"
                        "和适用地区），请核对。", len(entries))


def _step(name: str) -> None:
    """A test hook: POLICYQA_CRASH_AT=<step> kills the process right after that step (crash tests)."""
    if os.environ.get("POLICYQA_CRASH_AT") == name:
        os._exit(137)


def _base_index(settings: Settings, embedder: Embeddings, current: SearchIndex | None,
                corpus_hash: str) -> SearchIndex | None:
    """The index to change in place: the one being served or the saved one, if it was built from
    the corpus as it is now (same texts, manifest and parsing code); else None (index everything)."""
    if current is not None and current.meta.get("corpus_hash") == corpus_hash \
            and current.meta.get("embedder") == embedder_id(embedder):
        return current
    try:
        return load_index(settings.index_dir, embedder, corpus_hash, settings.vector_config())
    except PolicyIndexError:
        return None


def document_rows(documents: dict[str, Document], clauses: list[Clause],
                  today: str | None = None) -> list[dict[str, object]]:
    """One row per document for `app.py docs` and the UI."""
    today = today or date.today().isoformat()
    clause_counts = Counter(getattr(clauses, "doc_ids", None) or [c.doc_id for c in clauses])
    rows = []
    for doc in documents.values():
        state = "征求意见稿" if doc.status == "draft" else "正式"
        if doc.superseded_by:
            state += f"（已被 {doc.superseded_by} 替代）"
        if doc.expired(today):
            state += f"（已于 {doc.expires} 失效）"
        rows.append({"编号": doc.doc_id, "标题": doc.title, "文号": doc.doc_number, "状态": state,
                     "条款数": clause_counts.get(doc.doc_id, 0), "发文日期": doc.date,
                     "施行日期": doc.effective, "有效期至": doc.expires,
                     "适用地区": doc.area_text, "文件": doc.source_file})
    return rows


def _write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    atomic_write(folder / MANIFEST, (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def _same_text(a: str, b: str) -> bool:
    """Equal but for white space. The beginnings first (cheap): of two equal texts, one's squashed
    beginning starts the other's."""
    head_a, head_b = _squash(a[:200]), _squash(b[:200])
    if not (head_a.startswith(head_b) or head_b.startswith(head_a)):
        return False
    return _squash(a) == _squash(b)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _refuse_duplicates(added: Corpus, documents: dict[str, Document]) -> None:
    """A new document with the title and 文号 of another one is the same measures added twice."""
    for doc in added.documents.values():
        for other in documents.values():
            if other.doc_id != doc.doc_id and other.title == doc.title and other.doc_number == doc.doc_number:
                raise CorpusError(f"《{other.title}》{other.doc_number}已在库中（编号 {other.doc_id}），未重复添加。")


def _free_name(folder: Path, stem: str) -> str:
    slug = re.sub(r"[^\w\-.]+", "-", stem).strip("-.") or "document"
    if slug.startswith("README"):  # read_sources skips README files
        slug = f"doc-{slug}"
    name, n = f"{slug}.txt", 1
    while (folder / name).exists() or (folder / REMOVED / name).exists():
        n += 1
        name = f"{slug}-{n}.txt"
    return name


def _free_id(wanted: str, manifest: dict[str, Any], files: dict[str, str]) -> str:
    taken = {e.get("id") for e in manifest.get("documents", [])} | {Path(f).stem for f in files}
    doc_id, n = wanted, 1
    while doc_id in taken:
        n += 1
        doc_id = f"{wanted}-{n}"
    return doc_id
