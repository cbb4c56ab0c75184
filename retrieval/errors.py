"""Error hierarchy: the library raises these; the CLI and UI show their Chinese messages."""

from __future__ import annotations

import errno

__all__ = [
    "PolicyQAError",
    "CorpusError",
    "PolicyIndexError",
    "IndexMissingError",
    "StaleIndexError",
    "EmbedderError",
    "VectorStoreUnavailable",
    "os_reason",
]

REBUILD_HINT = "请运行 `python app.py index`（或 `make index`）重建索引。"


# What a user reads for an operating-system error, instead of an English errno text.
_OS_REASONS = {
    "ENOENT": "文件不存在", "EACCES": "没有权限", "EPERM": "没有权限", "ENOSPC": "磁盘空间不足",
    "EROFS": "目录只读", "EISDIR": "这是一个目录", "ENOTDIR": "路径不是目录", "EMFILE": "打开的文件过多",
    "EDQUOT": "磁盘配额已满", "EIO": "读写出错", "ENAMETOOLONG": "文件名过长",
}


def os_reason(exc: OSError) -> str:
    """A short Chinese reason for an OSError (磁盘空间不足, 没有权限 …), never an English errno text."""
    name = errno.errorcode.get(exc.errno or 0, "")
    return _OS_REASONS.get(name, f"系统错误（{name}）" if name else "系统错误")


class PolicyQAError(Exception):
    """Base class: every message is a complete Chinese sentence that says how to fix it."""


class CorpusError(PolicyQAError):
    """A policy document or the corpus manifest cannot be read or parsed."""


class PolicyIndexError(PolicyQAError):
    """The saved index cannot be used."""


class IndexMissingError(PolicyIndexError):
    """No index has been built in the index folder yet."""


class StaleIndexError(PolicyIndexError):
    """The saved index was built from another corpus, another model, or its files are damaged."""


class EmbedderError(PolicyQAError):
    """The embedding model cannot be loaded or used."""


class VectorStoreUnavailable(PolicyQAError):
    """The vector database (Milvus) cannot be reached: not a reason to rebuild the index."""
