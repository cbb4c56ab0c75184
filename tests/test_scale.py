"""What makes a large corpus workable: BM25 postings, the vector cache, documents added and removed
in place (the same index as a full rebuild), HNSW above a threshold, start without parsing."""

from __future__ import annotations

import math
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from retrieval.config import VectorConfig
from retrieval.documents import corpus as corpus_module
from retrieval.documents.corpus import load_corpus
from retrieval.lexicon.tokenizer import tokenize
from retrieval.search.retrieve import retrieve
from retrieval.service.assistant import Assistant
from retrieval.service.ingest import add_document, remove_document
from retrieval.store.index import build_index, load_index, passage_text, vector_cache
from retrieval.store.keyword import BM25
from retrieval.store.vector_cache import VectorCache, passage_key

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
QUESTIONS = ["省级专精特新企业能拿多少奖励", "纺织企业技术改造设备购置补助", "马德里商标国际注册",
             "生物医药创新药研发奖励", "数字经济企业上云补贴"]


def naive_bm25(docs: list[list[str]], query: list[str], k1: float = 1.5, b: float = 0.75) -> np.ndarray:
    """BM25 straight from the formula, one clause at a time."""
    n, avg = len(docs), sum(map(len, docs)) / len(docs)
    df = Counter(t for d in docs for t in set(d))
    out = np.zeros(n)
    for i, doc in enumerate(docs):
        tf = Counter(doc)
        for t in set(query):
            if tf[t]:
                idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                out[i] += idf * tf[t] * (k1 + 1) / (tf[t] + k1 * (1 - b + b * len(doc) / avg))
    return out


@pytest.fixture(scope="module")
def tokens(corpus) -> list[list[str]]:
    return [tokenize(passage_text(c, corpus.documents[c.doc_id])) for c in corpus.clauses]


def test_postings_score_like_the_formula(tokens):
    query = tokenize("省级专精特新企业奖励技术改造")
    assert np.allclose(BM25().fit(tokens).scores(query), naive_bm25(tokens, query))


def test_extend_and_drop_equal_a_fresh_fit(tokens):
    query = tokenize("纺织服装 设备 补助 商标")
    grown = BM25().fit(tokens[:40]).extend(tokens[40:])
    assert np.allclose(grown.scores(query), naive_bm25(tokens, query))
    keep = np.array([i % 3 != 0 for i in range(len(tokens))])
    kept = [t for t, k in zip(tokens, keep, strict=True) if k]
    dropped = BM25().fit(tokens).drop(keep)
    assert dropped.size == len(kept)
    assert np.allclose(dropped.scores(query), naive_bm25(kept, query))
    assert dropped.idf("纺织") == pytest.approx(BM25().fit(kept).idf("纺织"))


def test_postings_round_trip_and_refuse_inconsistent_arrays(tokens):
    bm25 = BM25().fit(tokens)
    arrays = bm25.to_arrays()
    again = BM25.from_arrays(arrays)
    assert np.array_equal(again.scores(["专精特新"]), bm25.scores(["专精特新"]))
    with pytest.raises(ValueError, match="不一致"):
        BM25.from_arrays({**arrays, "docs": arrays["docs"][:-1], "tfs": arrays["tfs"][:-1]})


def test_the_cache_supplies_vectors_by_passage_hash(corpus, fake_embedder, tmp_path):
    cache = vector_cache(tmp_path, fake_embedder)
    first = build_index(corpus, fake_embedder, cache)
    assert first.meta["embedded"] == 63
    again = build_index(corpus, fake_embedder, vector_cache(tmp_path, fake_embedder))  # a new process
    assert again.meta["embedded"] == 0
    retitled = replace(corpus, documents={**corpus.documents, "bio-final": replace(
        corpus.documents["bio-final"], title="关于支持生物医药产业发展的若干措施（修订）")})
    changed = build_index(retitled, fake_embedder, vector_cache(tmp_path, fake_embedder))
    assert changed.meta["embedded"] == sum(c.doc_id == "bio-final" for c in corpus.clauses)  # 19: title in passage
    assert np.allclose(again.vectors_of([0, 5]), first.vectors_of([0, 5]))


def test_a_cache_with_more_keys_than_vectors_keeps_the_consistent_part(tmp_path):
    cache = VectorCache(tmp_path, "m", 4)
    cache.put(["a", "b"], np.eye(4, dtype="float32")[:2])
    lines = cache.keys_path.read_text(encoding="ascii")
    cache.keys_path.write_text(lines + "c 0123456789abcdef\n", encoding="ascii")  # its vector never reached the disk
    reopened = VectorCache(tmp_path, "m", 4)
    assert sorted(reopened.get(["a", "b", "c"])) == ["a", "b"]
    reopened.put(["c"], np.eye(4, dtype="float32")[2:3])
    assert np.array_equal(VectorCache(tmp_path, "m", 4).get(["c"])["c"], np.eye(4, dtype="float32")[2])


def test_a_damaged_cached_vector_is_embedded_again(corpus, fake_embedder, tmp_path):
    clean = build_index(corpus, fake_embedder, vector_cache(tmp_path, fake_embedder))
    cache = vector_cache(tmp_path, fake_embedder)
    with open(cache.vectors_path, "r+b") as f:  # one float of the first row flipped on disk
        f.seek(8)
        f.write(np.float32(0.5).tobytes())
    rebuilt = build_index(corpus, fake_embedder, vector_cache(tmp_path, fake_embedder))
    assert rebuilt.meta["embedded"] == 1  # only the damaged passage
    assert np.array_equal(rebuilt.vectors_of(list(range(len(corpus.clauses)))),
                          clean.vectors_of(list(range(len(corpus.clauses)))))
    again = build_index(corpus, fake_embedder, vector_cache(tmp_path, fake_embedder))
    assert again.meta["embedded"] == 0  # the good row appended for it is used from then on


def test_an_unwritable_cache_only_costs_time(tmp_path):
    (tmp_path / "cache").write_text("not a folder", encoding="utf-8")
    cache = VectorCache(tmp_path / "cache", "m", 4)
    cache.put(["a"], np.ones((1, 4), dtype="float32"))  # nothing raised
    assert len(VectorCache(tmp_path / "cache", "m", 4)) == 0


def same_index(a, b) -> None:
    """Two indexes hold the same documents, clauses, vectors and keyword scores (order may differ)."""
    assert a.documents == b.documents
    rows_a = {c.clause_id: i for i, c in enumerate(a.clauses)}
    rows_b = {c.clause_id: i for i, c in enumerate(b.clauses)}
    assert rows_a.keys() == rows_b.keys()
    ids = sorted(rows_a)
    assert [a.clauses[rows_a[i]] for i in ids] == [b.clauses[rows_b[i]] for i in ids]
    assert np.allclose(a.vectors_of([rows_a[i] for i in ids]), b.vectors_of([rows_b[i] for i in ids]), atol=1e-6)
    for question in QUESTIONS:
        sa, sb = a.keywords.scores(tokenize(question)), b.keywords.scores(tokenize(question))
        assert np.allclose([sa[rows_a[i]] for i in ids], [sb[rows_b[i]] for i in ids])


@pytest.mark.parametrize("approximate_above", [50_000, 10])
def test_adding_and_removing_in_place_equals_a_full_rebuild(settings, fake_embedder, tmp_path, approximate_above):
    settings = replace(settings, approximate_above=approximate_above)
    assistant = Assistant.open(settings, embedder=fake_embedder)
    source = tmp_path / "notice-2025.txt"
    source.write_text((DATA / "linhe_digital.txt").read_text(encoding="utf-8"), encoding="utf-8")
    added = add_document(settings, source, fake_embedder, supersedes="textile-final", current=assistant.index)
    assert added.embedded == sum(c.doc_id == added.doc_ids[0] for c in added.index.clauses)
    full = build_index(
        load_corpus(settings.corpus_dir), fake_embedder, config=VectorConfig(approximate_above=approximate_above)
    )
    same_index(added.index, full)
    assert added.index.documents["textile-final"].superseded_by == added.doc_ids[0]
    assert load_index(settings.index_dir, fake_embedder, full.meta["corpus_hash"]).meta["clause_count"] == len(
        full.clauses
    )
    removed = remove_document(settings, "bio-draft", fake_embedder, current=added.index)
    same_index(removed.index, build_index(load_corpus(settings.corpus_dir), fake_embedder,
                                          config=VectorConfig(approximate_above=approximate_above)))
    kind = "HNSW" if approximate_above == 10 else "exact"
    assert removed.index.meta["index_kind"].startswith(kind)


def test_hnsw_answers_like_exact_search_on_the_seed_corpus(corpus, fake_embedder):
    exact = build_index(corpus, fake_embedder)
    approximate = build_index(corpus, fake_embedder, config=VectorConfig(approximate_above=10))
    assert approximate.meta["index_kind"].startswith("HNSW") and exact.meta["index_kind"].startswith("exact")
    for question in QUESTIONS:
        a = retrieve(approximate, fake_embedder, question, k=3)
        b = retrieve(exact, fake_embedder, question, k=3)
        assert [h.clause.clause_id for h in a] == [h.clause.clause_id for h in b]


def test_a_current_index_opens_without_parsing_the_corpus(settings, fake_embedder, monkeypatch):
    Assistant.open(settings, embedder=fake_embedder)

    def parse(*args, **kwargs):
        raise AssertionError("the corpus was parsed")

    monkeypatch.setattr("retrieval.service.library.build_corpus", parse)
    assert Assistant.open(settings, embedder=fake_embedder, rebuild=False).index.meta["clause_count"] == 63
    text = settings.corpus_dir / "000_31bc14a372322c22.txt"
    text.write_text(text.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # any change makes it stale
    with pytest.raises(AssertionError, match="parsed"):
        Assistant.open(settings, embedder=fake_embedder)


def test_the_fingerprint_covers_texts_manifest_and_parsing_code(monkeypatch):
    files, manifest = {"a.txt": "一、总则"}, {"documents": []}
    first = corpus_module.fingerprint(files, manifest)
    assert corpus_module.fingerprint({"a.txt": "一、总则。"}, manifest) != first
    assert corpus_module.fingerprint(files, {"documents": [{"file": "a.txt", "status": "draft"}]}) != first
    monkeypatch.setattr(corpus_module, "build_code_digest", lambda: "changed")
    assert corpus_module.fingerprint(files, manifest) != first


def test_the_fingerprint_covers_every_word_list(tmp_path, monkeypatch):
    """Editing a word list (policy_terms.txt) changes the keyword postings, so the index is stale."""
    package = tmp_path / "retrieval"
    for pattern in corpus_module.BUILD_SOURCES:
        for path in corpus_module.PACKAGE.glob(pattern):
            if path.is_file():
                target = package / path.relative_to(corpus_module.PACKAGE)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes())
    monkeypatch.setattr(corpus_module, "PACKAGE", package)
    corpus_module.build_code_digest.cache_clear()
    before = corpus_module.build_code_digest()
    terms = package / "lexicon" / "policy_terms.txt"
    terms.write_text(terms.read_text(encoding="utf-8") + "新词条\n", encoding="utf-8")
    corpus_module.build_code_digest.cache_clear()
    assert corpus_module.build_code_digest() != before
    corpus_module.build_code_digest.cache_clear()


def test_synthetic_copies_parse_like_the_seeds(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    from synthetic_corpus import write_corpus

    seeds = load_corpus(ROOT / "corpus")
    copies = load_corpus(write_corpus(3, tmp_path / "corpus"))
    assert len(copies.clauses) == 3 * len(seeds.clauses)
    assert len({passage_key(passage_text(c, copies.documents[c.doc_id])) for c in copies.clauses}) == len(
        copies.clauses
    )
    assert copies.documents["bio-draft-0002"].superseded_by == "bio-final-0002"


@pytest.mark.slow
def test_bench_runs_end_to_end(tmp_path):
    """`make bench` at small scales with the real model: every column is filled."""
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench.py"), "--scales", "1,2", "--questions", "5",
                          "--work", str(tmp_path)], capture_output=True, text=True, timeout=900, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    rows = [line for line in out.stdout.splitlines() if line.startswith("| 1×") or line.startswith("| 2×")]
    assert len(rows) == 2 and "| 126 |" in rows[1] and "exact" in rows[1]
    assert sum(line.startswith(("1×：问题编码", "2×：问题编码")) for line in out.stdout.splitlines()) == 2


def test_a_server_picks_up_a_build_saved_by_another_process(settings, fake_embedder, tmp_path):
    server = Assistant.open(replace(settings, reload_seconds=0.01), embedder=fake_embedder)
    other = Assistant.open(settings, embedder=fake_embedder)  # a replica, or `app.py add`
    source = tmp_path / "notice-2025.txt"
    source.write_text((DATA / "linhe_digital.txt").read_text(encoding="utf-8"), encoding="utf-8")
    add_document(settings, source, fake_embedder, current=other.index)
    deadline = time.monotonic() + 10
    while len(server.index.clauses) == 63 and time.monotonic() < deadline:
        time.sleep(0.02)
        server.library.current()
    assert len(server.index.clauses) == 69
    assert server.ask("临河区数字经济").citations[0].doc_id == "notice-2025"


def test_a_server_serving_from_memory_does_not_go_back_to_a_stale_build(settings, fake_embedder, monkeypatch):
    Assistant.open(settings, embedder=fake_embedder)
    text = settings.corpus_dir / "000_31bc14a372322c22.txt"
    text.write_text(text.read_text(encoding="utf-8") + "\n（修订）\n", encoding="utf-8")

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("retrieval.service.library.save_index", read_only)  # the new build is served from memory
    server = Assistant.open(replace(settings, reload_seconds=0.01), embedder=fake_embedder)
    fresh = server.index
    time.sleep(0.05)
    assert server.library.current() is fresh
