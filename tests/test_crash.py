"""A process killed at any step of an add or a remove leaves the old library or the new one, never half
of either (the test hook POLICYQA_CRASH_AT kills `app.py` right after the named step)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from retrieval import Library
from retrieval.documents.corpus import MANIFEST, read_sources
from retrieval.service.ingest import JOURNAL
from tests.conftest import ROOT

pytestmark = pytest.mark.slow
DATA = ROOT / "tests" / "data"


def run_app(settings, *args: str, crash_at: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, POLICYQA_CORPUS_DIR=str(settings.corpus_dir), POLICYQA_INDEX_DIR=str(settings.index_dir),
               POLICYQA_AUDIT_LOG=str(settings.audit_log), POLICYQA_QUERY_LOG="off", POLICYQA_CRASH_AT=crash_at)
    return subprocess.run([sys.executable, "app.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.fixture()
def built(settings, assistant):
    """The seed library with its index saved; passage vectors come from the session's cache."""
    shutil.copytree(assistant.settings.index_dir / "cache", settings.index_dir / "cache")
    Library.open(settings, embedder=assistant.embedder)
    return settings


@pytest.mark.parametrize("step", ["journal", "written", "manifest", "saved"])
def test_a_killed_add_leaves_the_old_or_the_new_library(built, assistant, step):
    killed = run_app(built, "add", str(DATA / "linhe_digital.txt"), "--status", "draft", crash_at=step)
    assert killed.returncode == 137, killed.stderr
    library = Library.open(built, embedder=assistant.embedder)  # recovers first
    added = step == "saved"  # the new index was saved: the change stands
    assert ("linhe_digital" in library.index.documents) == added
    assert (built.corpus_dir / "linhe_digital.txt").exists() == added
    assert not (built.corpus_dir / JOURNAL).exists()
    files, manifest = read_sources(built.corpus_dir)
    entries = {e["id"]: e for e in manifest["documents"]}
    if added:
        assert entries["linhe_digital"]["status"] == "draft" and library.index.documents["linhe_digital"].is_old
    else:
        assert "linhe_digital" not in entries and "linhe_digital.txt" not in files
        again = run_app(built, "add", str(DATA / "linhe_digital.txt"), "--status", "draft")
        assert again.returncode == 0, again.stderr  # nothing half-added blocks adding it properly


@pytest.mark.parametrize("step", ["journal", "manifest", "moved", "saved"])
def test_a_killed_remove_leaves_the_old_or_the_new_library(built, assistant, step):
    killed = run_app(built, "remove", "bio-draft", crash_at=step)
    assert killed.returncode == 137, killed.stderr
    library = Library.open(built, embedder=assistant.embedder)
    removed = step == "saved"
    assert ("bio-draft" not in library.index.documents) == removed
    assert (built.corpus_dir / "000_31bc14a372322c22.txt").exists() != removed
    assert (built.corpus_dir / "removed" / "000_31bc14a372322c22.txt").exists() == removed
    assert not (built.corpus_dir / JOURNAL).exists()


def test_a_deleted_manifest_is_rebuilt_from_the_saved_index(built, assistant):
    before = Library.open(built, embedder=assistant.embedder).index.documents
    (built.corpus_dir / MANIFEST).unlink()
    after = Library.open(built, embedder=assistant.embedder).index.documents
    assert list(after) == list(before)  # the same ids, not ids made from file names
    assert after["bio-draft"].status == "draft" and after["bio-draft"].superseded_by == "bio-final"
