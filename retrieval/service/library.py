"""The library: the one owner of the index being served. It opens (or rebuilds) the saved build,
adds and removes documents, and picks up a build saved by another process; nothing else swaps it."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from langchain_core.embeddings import Embeddings

from retrieval.config import Settings
from retrieval.documents.corpus import Corpus, build_corpus, fingerprint, load_corpus, read_sources, read_text
from retrieval.errors import PolicyIndexError, PolicyQAError, os_reason
from retrieval.service.audit import AuditLog
from retrieval.service.ingest import Change, add_document, recover, remove_document
from retrieval.store.embedders import make_embedder
from retrieval.store.index import (
    SearchIndex,
    build_index,
    current_build_name,
    index_lock,
    load_index,
    save_index,
    vector_cache,
)

__all__ = ["Library", "BuildProgress", "rebuild_index"]

log = logging.getLogger("policyqa")
MAX_ORIGINAL_CHARS = 300_000  # of a document's original text shown at once


class Library:
    """Documents, clauses and their index as served. `index` is a snapshot: a question reads one
    and keeps it, so a change meanwhile cannot split an answer between two libraries."""

    def __init__(self, settings: Settings, embedder: Embeddings, index: SearchIndex) -> None:
        self.settings, self.embedder = settings, embedder
        self._index = index
        self._changing = threading.Lock()  # one add/remove at a time in this process (index_lock: across)
        self._reloading = threading.Lock()
        self._checked = 0.0
        self._seen = current_build_name(settings.index_dir)  # a stale build named there is not "new"
        self.audit = AuditLog(settings.audit_log)

    @classmethod
    def open(cls, settings: Settings, rebuild: bool = True, embedder: Embeddings | None = None) -> Library:
        """Load the saved index; with `rebuild`, build a missing or stale one (and say so). The corpus
        is only hashed to see that the index is current, and parsed only when it is not. A change
        killed halfway is finished or undone first (ingest.recover)."""
        recover(settings)
        files, manifest = read_sources(settings.corpus_dir)
        embedder = embedder or make_embedder(settings.embedder)
        try:
            index = load_index(settings.index_dir, embedder, fingerprint(files, manifest), settings.vector_config())
        except PolicyIndexError as exc:
            if not rebuild:
                raise
            log.warning("%s 正在自动重建索引……", exc)
            index = rebuild_index(build_corpus(files, manifest), embedder, settings)
        return cls(settings, embedder, index)

    @property
    def index(self) -> SearchIndex:
        return self._index

    def current(self) -> SearchIndex:
        """The index to answer from. Every `reload_seconds` the shared index folder is checked: a
        newer build saved by another process (an app replica, `app.py add`) is loaded in the
        background and answers from then on; until it is loaded, the current one answers."""
        interval, now = self.settings.reload_seconds, time.monotonic()
        if interval > 0 and now - self._checked >= interval:
            self._checked = now
            name = current_build_name(self.settings.index_dir)
            if name and name != self._seen:  # each new build is tried once
                if name == self._index.meta.get("build"):  # saved by this process
                    self._seen = name
                elif self._reloading.acquire(blocking=False):
                    self._seen = name
                    threading.Thread(target=self._reload, args=(name,), daemon=True).start()
        return self._index

    def original(self, doc_id: str) -> str:
        """A document's text as it was added (before normalisation: traditional characters, page
        footers and line breaks as they were), for 条款浏览 on request; ValueError in Chinese otherwise."""
        document = self._index.documents.get(doc_id)
        if document is None or not document.source_file:
            raise ValueError(f"文件库中没有编号为 {doc_id} 的文件原文。")
        folder = self.settings.corpus_dir.resolve()
        path = (folder / document.source_file).resolve()
        if path.parent != folder or not path.is_file():  # only a file of the corpus folder itself
            raise ValueError(f"找不到《{document.title}》的原文件。")
        text = read_text(path)
        return text if len(text) <= MAX_ORIGINAL_CHARS else text[:MAX_ORIGINAL_CHARS] + "\n……（原文过长，以下从略）"

    def add(self, source: Path, *, actor: str, status: str | None = None, supersedes: str | None = None,
            title: str | None = None, name: str | None = None, areas: str | None = None) -> Change:
        """Add one file (see ingest.add_document); the new index answers from then on. `actor` says
        who asked (web:<account>, api:<account>, cli:<user>); every attempt goes to the audit log."""
        shown = name or source.name
        with self._changing:
            try:
                change = add_document(self.settings, source, self.embedder, status=status, supersedes=supersedes,
                                      title=title, name=name, current=self._index, areas=areas)
            except (PolicyQAError, ValueError, OSError) as exc:
                self.audit.record(actor, "add", file=shown, result=f"refused: {exc}")
                raise
            self._index = change.index
        self.audit.record(actor, "add", file=shown, sha256=change.sha256, documents=change.doc_ids,
                          status=status, supersedes=supersedes, areas=areas)
        return change

    def remove(self, doc_id: str, *, actor: str) -> Change:
        """Take a document out (see ingest.remove_document); the new index answers from then on."""
        with self._changing:
            document = self._index.documents.get(doc_id)
            try:
                change = remove_document(self.settings, doc_id, self.embedder, current=self._index)
            except (PolicyQAError, ValueError, OSError) as exc:
                self.audit.record(actor, "remove", documents=[doc_id], result=f"refused: {exc}")
                raise
            self._index = change.index
        self.audit.record(actor, "remove", documents=[doc_id], title=document.title if document else "",
                          file=document.source_file if document else "")
        return change

    def rebuild(self, *, actor: str) -> SearchIndex:
        """Parse the whole corpus and build and save the index again (`app.py index`)."""
        with self._changing:
            self._index = rebuild_index(load_corpus(self.settings.corpus_dir), self.embedder, self.settings,
                                        must_save=True)
        self.audit.record(actor, "reindex", clauses=len(self._index.clauses))
        return self._index

    def _reload(self, name: str) -> None:
        serving = self._index
        try:
            loaded = load_index(self.settings.index_dir, self.embedder, config=self.settings.vector_config())
            if self._index is serving:  # not replaced meanwhile (a document added in this process)
                self._index = loaded
                log.warning("已载入其他进程保存的新索引 %s（%d 个条款）。", name, len(loaded.clauses))
        except (PolicyQAError, OSError) as exc:
            self._seen = ""  # tried again at the next check
            log.warning("未能载入新索引 %s（%s），继续使用当前索引。", name, exc)
        finally:
            self._reloading.release()


class BuildProgress:
    """Says how far a build's embedding is (clauses embedded / total, time left), at most every
    `every` seconds and once at the end; `line` keeps the latest for anyone who asks."""

    latest = ""  # the line of the build running in this process, for the page shown while it runs

    def __init__(self, every: float = 5.0) -> None:
        self.every, self.start, self.told, self.line = every, time.monotonic(), 0.0, ""

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        spent = now - self.start
        left = f"预计还需 {spent / done * (total - done):.0f} 秒" if done < total else f"用时 {spent:.0f} 秒"
        self.line = BuildProgress.latest = f"正在建立索引：已嵌入 {done}/{total} 个条款，{left}。"
        if done >= total or now - self.told >= self.every:
            self.told = now
            log.warning("%s", self.line)


def rebuild_index(corpus: Corpus, embedder: Embeddings, settings: Settings, *,
                  must_save: bool = False, progress: BuildProgress | None = None) -> SearchIndex:
    """Build and save the index (vectors of passages embedded before come from the cache); a folder
    that cannot be written (a read-only install) still gets an index in memory to serve from,
    unless `must_save` (the `index` command) says otherwise. Progress goes to the log."""
    cache, index = vector_cache(settings.index_dir, embedder), None
    progress = progress or BuildProgress()
    try:
        with index_lock(settings.index_dir):
            index = build_index(corpus, embedder, cache, settings.vector_config(), progress)
            save_index(index, settings.index_dir)
    except OSError as exc:
        if must_save:
            raise PolicyIndexError(f"无法写入索引目录 {settings.index_dir}：{os_reason(exc)}。"
                                   "请检查目录权限，或用 POLICYQA_INDEX_DIR 指定可写目录。") from exc
        log.warning("索引目录不可写（%s：%s），本次在内存中使用新建的索引。", settings.index_dir, os_reason(exc))
        return index if index is not None else build_index(corpus, embedder, cache, settings.vector_config(),
                                                           progress)
    log.warning("索引已重建：%d 个条款（新嵌入 %d 个），保存在 %s。", len(corpus.clauses),
                index.meta["embedded"], settings.index_dir)
    return index
