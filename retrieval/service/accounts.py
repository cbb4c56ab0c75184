"""Accounts and roles: who may change the library. Anonymous users ask, browse and match; adding,
removing, re-indexing and evaluating uploads need an account with an editing role.

Accounts live in one JSON file (`POLICYQA_ACCOUNTS_FILE`) made by `python app.py user add NAME`:
a scrypt hash of each password and a SHA-256 hash of each API token, never the secrets themselves.
There is no default account and no default password.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from retrieval.errors import PolicyQAError
from retrieval.files import atomic_write

__all__ = ["Accounts", "Account", "ROLES", "EDITORS", "AccessDenied", "LoginRequired"]

ROLES = ("operator", "admin")  # operator: changes the library; admin: that, and reads feedback and the audit
EDITORS = frozenset(ROLES)  # roles that may add, remove, re-index and evaluate uploads
_NAME = re.compile(r"^[\w.\-@]{2,40}$")
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}  # ~16 MB and ~50 ms per check: slow for a guesser, fine for a login
MIN_PASSWORD = 10


class AccessDenied(PolicyQAError):
    """The caller's role may not do this (HTTP 403)."""


class LoginRequired(AccessDenied):
    """The caller is not logged in (HTTP 401)."""


@dataclass(frozen=True)
class Account:
    name: str
    role: str

    @property
    def can_edit(self) -> bool:
        return self.role in EDITORS


class Accounts:
    """The account file, read on every check (an account added by the CLI counts at once)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"users": {}}
        except (OSError, ValueError) as exc:
            raise PolicyQAError(f"账号文件 {self.path} 无法读取，请检查或用 `python app.py user add` 重建。") from exc
        if not isinstance(data, dict) or not isinstance(data.get("users"), dict):
            raise PolicyQAError(f"账号文件 {self.path} 格式不对，请用 `python app.py user add` 重建。")
        return data

    def _write(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        os.chmod(self.path, 0o600)  # hashes only, but still nobody else's business

    def names(self) -> dict[str, str]:
        """Account name -> role."""
        return {name: entry["role"] for name, entry in self._read()["users"].items()}

    def has_editor(self) -> bool:
        return any(role in EDITORS for role in self.names().values())

    def add(self, name: str, role: str, password: str) -> str:
        """Create or replace an account; returns its new API token (shown once, stored hashed)."""
        if not _NAME.match(name):
            raise ValueError("账号名须为 2–40 个字母、数字、下划线、点、横线或 @。")
        if role not in ROLES:
            raise ValueError(f"角色只能是：{'、'.join(ROLES)}。")
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"密码至少 {MIN_PASSWORD} 个字符。")
        token = secrets.token_urlsafe(32)
        with self._lock:
            data = self._read()
            data["users"][name] = {"role": role, "password": _hash_password(password),
                                   "token": hashlib.sha256(token.encode()).hexdigest()}
            self._write(data)
        return token

    def remove(self, name: str) -> None:
        with self._lock:
            data = self._read()
            if name not in data["users"]:
                raise ValueError(f"没有账号 {name}。")
            del data["users"][name]
            self._write(data)

    def login(self, name: str, password: str) -> Account | None:
        """The account when the password is right, else None (same work either way)."""
        entry = self._read()["users"].get(str(name))
        stored = entry["password"] if entry else _hash_password("x" * MIN_PASSWORD)
        ok = _check_password(str(password), stored)
        return Account(str(name), entry["role"]) if ok and entry else None

    def by_token(self, token: str) -> Account | None:
        digest = hashlib.sha256(token.encode()).hexdigest()
        for name, entry in self._read()["users"].items():
            if hmac.compare_digest(entry.get("token", ""), digest):
                return Account(name, entry["role"])
        return None

    def account(self, name: str | None) -> Account | None:
        role = self.names().get(name or "")
        return Account(str(name), role) if role else None

    def require_editor(self, name: str | None) -> Account:
        """The logged-in account named, if it may change the library; AccessDenied otherwise."""
        account = self.account(name)
        if account is None:
            raise LoginRequired("请先用有编辑权限的账号登录（/admin）。")
        if not account.can_edit:
            raise AccessDenied(f"账号 {account.name} 的角色（{account.role}）不能修改文件库。")
        return account


def _hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def _check_password(password: str, stored: str) -> bool:
    try:
        scheme, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), **_SCRYPT)
    return hmac.compare_digest(candidate.hex(), digest)
