"""Neo4j's jars from Maven Central: ``neo4j/pom.xml`` beside this module has Maven resolve
``org.neo4j:neo4j`` and its runtime dependencies into ``~/.m2``, and the classpath it prints is kept
in a file, so the next start needs neither Maven nor the network."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

from pactgraph.graph.errors import LocalServerError

log = logging.getLogger(__name__)

POM = Path(__file__).resolve().parent / "neo4j" / "pom.xml"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def cached_classpath(path: Path) -> str | None:
    """The classpath kept in ``path``, if every jar it names is there."""
    with contextlib.suppress(FileNotFoundError):
        classpath = path.read_text(encoding="utf-8").strip()
        if classpath and all(Path(jar).is_file() for jar in classpath.split(os.pathsep)):
            return classpath
    return None


def resolve_classpath(path: Path, *, version: str, java_home: Path | None = None) -> str:
    """Neo4j ``version``'s runtime classpath, resolved by Maven (which fetches what ``~/.m2`` lacks)
    and written to ``path``; LocalServerError naming Maven's first error when it fails."""
    mvn = shutil.which("mvn")
    if not mvn:
        raise LocalServerError("mvn not found: Maven fetches the Neo4j jars (apt-get install maven)")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp")
    cmd = [mvn, "-B", "-q", "-Dstyle.color=never", "-f", str(POM), "dependency:build-classpath",
           f"-Dneo4j.version={version}", "-Dmdep.includeScope=runtime",
           f"-Dmdep.outputFile={partial}"]
    env = dict(os.environ, JAVA_HOME=str(java_home)) if java_home else None
    began = time.monotonic()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    if done.returncode != 0 or not partial.exists():
        partial.unlink(missing_ok=True)
        output = _ANSI.sub("", done.stdout + done.stderr).strip().splitlines()
        # Maven's first [ERROR] line holds the cause; the rest is advice on -X and -e.
        cause = next((line for line in output if line.startswith("[ERROR]")), " | ".join(output[-3:]))
        raise LocalServerError(f"Maven could not resolve Neo4j {version}: {cause}")
    partial.replace(path)
    classpath = path.read_text(encoding="utf-8").strip()
    log.info("resolved %d jars of Neo4j %s in %.1f s", len(classpath.split(os.pathsep)), version,
             time.monotonic() - began)
    return classpath
