"""Imports run down the layers, never back up: a test walks every module's imports.

    ontology  <-  loaders  <-  pipeline (ingest)  <-  api (HTTP)  <-  cli (the command line)
        ^                          |
        +-------  graph  <---------+      settings: read by graph and by each part above it

A part above the pipeline may import all that the pipeline does (MAY_IMPORT has the rows).
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "pactgraph"

#: What each part of pactgraph may import of pactgraph (itself included).
MAY_IMPORT: dict[str, frozenset[str]] = {
    "ontology": frozenset({"ontology"}),
    "settings": frozenset(),
    "loaders": frozenset({"ontology", "loaders"}),
    "graph": frozenset({"ontology", "graph", "settings"}),
    "pipeline": frozenset({"ontology", "loaders", "graph", "pipeline", "settings"}),
    "api": frozenset({"ontology", "loaders", "graph", "pipeline", "api", "settings"}),
    "cli": frozenset({"ontology", "loaders", "graph", "pipeline", "api", "cli", "settings"}),
    "__main__": frozenset({"cli"}),
    "__init__": frozenset(),
}


def _part(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imported_parts(path: Path) -> set[tuple[int, str]]:
    """(line, part of pactgraph) of every import in the module, under TYPE_CHECKING too."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                pytest.fail(f"{path}:{node.lineno}: a relative import (the project imports pactgraph.…)")
            names = [node.module or ""]
            if node.module == "pactgraph":
                names = [f"pactgraph.{alias.name}" for alias in node.names]
        for name in names:
            top, _, rest = name.partition(".")
            if top == "pactgraph" and rest:
                found.add((node.lineno, rest.split(".")[0]))
            elif top in MAY_IMPORT and top not in ("__main__", "__init__"):
                pytest.fail(f"{path}:{node.lineno}: imports {name!r}, outside the pactgraph package")
    return found


def _modules() -> list[Path]:
    # os.walk, not Path.rglob: the layers are links under pactgraph/, and rglob does not follow them
    return sorted(Path(folder) / name for folder, _, files in os.walk(PACKAGE, followlinks=True)
                  for name in files if name.endswith(".py"))


def test_every_part_is_known():
    assert {_part(p) for p in _modules()} <= set(MAY_IMPORT)
    parts = {"ontology", "loaders", "graph", "pipeline", "api", "cli", "settings"}
    assert parts <= {_part(p) for p in _modules()}


@pytest.mark.parametrize("module", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_run_down_the_layers(module):
    part = _part(module)
    wrong = [f"line {line}: {part} imports pactgraph.{target}"
             for line, target in sorted(_imported_parts(module)) if target not in MAY_IMPORT[part]]
    assert not wrong, f"{module}: " + "; ".join(wrong)


def test_an_arrow_back_up_is_caught(tmp_path):
    module = tmp_path / "writer.py"
    module.write_text("from __future__ import annotations\n"
                      "from typing import TYPE_CHECKING\n"
                      "if TYPE_CHECKING:\n    from pactgraph.api.deps import DriverDep\n", encoding="utf-8")
    assert _imported_parts(module) == {(4, "api")}
    assert "api" not in MAY_IMPORT["graph"]


@pytest.mark.parametrize(("part", "statement", "target"), [
    ("pipeline", "from pactgraph.cli.common import problem", "cli"),
    ("pipeline", "import pactgraph.api.errors", "api"),
    ("api", "from pactgraph.cli import app", "cli"),
    ("api", "from pactgraph import cli", "cli"),
    ("graph", "from pactgraph.pipeline.store import BatchWriter", "pipeline"),
    ("loaders", "from pactgraph.pipeline import INGEST_BATCH", "pipeline"),
])
def test_an_arrow_back_up_from_the_shell_is_caught(tmp_path, part, statement, target):
    module = tmp_path / "module.py"
    module.write_text(f"from __future__ import annotations\n{statement}\n", encoding="utf-8")
    assert _imported_parts(module) == {(2, target)}
    assert target not in MAY_IMPORT[part]
