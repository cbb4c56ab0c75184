"""The stages import one way (docs/architecture.md): no stage imports a later one."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["lexicon", "documents", "store", "search", "answer", "service"]
FOUNDATION = {"config", "errors", "records", "files"}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_stage_imports_a_later_stage_or_the_ui():
    wrong = []
    for rank, stage in enumerate(ORDER):
        for path in sorted((ROOT / "retrieval" / stage).glob("*.py")):
            for module in imported_modules(path):
                parts = module.split(".")
                if parts[0] in ("ui", "evaluation", "app"):
                    wrong.append(f"{path.relative_to(ROOT)} imports {module}")
                if parts[0] != "retrieval" or len(parts) < 2 or parts[1] in FOUNDATION:
                    continue
                if parts[1] not in ORDER or ORDER.index(parts[1]) > rank:
                    wrong.append(f"{path.relative_to(ROOT)} imports {module}")
    assert wrong == []


def test_foundation_modules_import_no_stage():
    for name in FOUNDATION:
        modules = imported_modules(ROOT / "retrieval" / f"{name}.py")
        assert not [m for m in modules if m.split(".")[:2][-1] in ORDER], name


def test_no_test_module_binds_a_constant_twice():
    # a second FIXTURE = """…""" silently replaces the first for every test above it
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        names = [target.id for node in ast.parse(path.read_text(encoding="utf-8")).body
                 if isinstance(node, ast.Assign) for target in node.targets
                 if isinstance(target, ast.Name) and target.id.isupper()]
        assert len(names) == len(set(names)), (path.name, sorted({n for n in names if names.count(n) > 1}))
