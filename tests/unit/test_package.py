"""The distribution installs one import package, ``pactgraph``, with everything it needs inside."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: What a build never reads: left out of the copy it is made from.
_NOT_BUILT = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", ".pactgraph*",
                                   "test-output", "__pycache__", ".*_cache", ".hypothesis", "bench", "tests",
                                   "docs")


def test_the_wheel_holds_pactgraph_alone_with_its_data(tmp_path):
    # from a copy (links kept as links), so the build leaves nothing in the clone and no earlier
    # build's files can stand in for missing ones; sdist first, then the wheel from the sdist
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=_NOT_BUILT)
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(tmp_path / "dist"),
                    str(source)], check=True, capture_output=True, text=True, timeout=600)
    (wheel,) = (tmp_path / "dist").glob("pactgraph-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/", 1)[0] for name in names}
    assert {t for t in top if not t.endswith(".dist-info")} == {"pactgraph"}
    for needed in ("pactgraph/__init__.py", "pactgraph/__main__.py", "pactgraph/api/app.py",
                   "pactgraph/api/routes/backing.py", "pactgraph/api/static/index.html",
                   "pactgraph/cli/ingest.py", "pactgraph/pipeline/ingest.py",
                   "pactgraph/graph/server/local.py", "pactgraph/graph/server/neo4j/pom.xml",
                   "pactgraph/loaders/dependency/verb.py",
                   "pactgraph/loaders/parser/model/meta.json", "pactgraph/loaders/parser/LICENSE.md",
                   "pactgraph/ontology/pactgraph.ttl", "pactgraph/ontology/shapes.ttl"):
        assert needed in names, needed
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "pactgraph = pactgraph.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_python_m_pactgraph_is_the_command_line():
    done = subprocess.run([sys.executable, "-m", "pactgraph", "--help"], capture_output=True, text=True,
                          timeout=120, cwd="/", env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert "ingest" in done.stdout and "serve" in done.stdout


def test_the_layers_are_not_importable_on_their_own():
    """Outside the clone, only pactgraph is importable: not api, graph, loaders or ontology."""
    for name in ("api", "graph", "loaders", "ontology"):
        done = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True,
                              timeout=60, cwd="/")
        assert done.returncode != 0 and "ModuleNotFoundError" in done.stderr, name
