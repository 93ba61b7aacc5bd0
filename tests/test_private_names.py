"""A package split into modules keeps private names private: what one module imports from
another of its package is that package's internal API and carries a public name, so that a
reader (and a linter) can tell a module's own helpers from what its neighbours rely on.

The packages listed have been cleaned; the others (``verify.check``'s checkers,
``verify.extract``'s) still import private names across their modules and join the list
once they are renamed. A checker's rename needs care: a function that builds a verdict is
named in its ``decided_by`` label (``check.common.check_name``)."""

import ast
from pathlib import Path

import pytest

VERIFY = Path(__file__).resolve().parent.parent / "verify"

CLEAN_PACKAGES = ("batch", "ingest", "synth", "check/national")


def private_imports(package: Path) -> list[str]:
    """'module: verify.x.y._name' for each private name a module of ``package`` imports from
    verify/ (a public name imported under a private alias is the importer's own)."""
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("verify"):
                found += [
                    f"{path.relative_to(package.parent)}: {node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__")
                ]
    return found


@pytest.mark.parametrize("package", CLEAN_PACKAGES)
def test_a_clean_package_imports_no_private_name(package):
    assert private_imports(VERIFY / package) == []


def test_a_private_name_imported_across_modules_is_found(tmp_path):
    (tmp_path / "user.py").write_text(
        "from verify.words.numbers import MONTH as _MONTH\nfrom verify.x.y import _helper\n"
    )
    assert [line.split(": ")[1] for line in private_imports(tmp_path)] == ["verify.x.y._helper"]
