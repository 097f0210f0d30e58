"""API latency (p50, p95, p99) and throughput under concurrent load, measured with wrk over loopback.

    python bench/api_load.py [--scale 1.0] [--duration 15] [--warmup 3] [--connections 50]
                             [--workers 1] [--rate 10] [--rebuild]

What it does:

1. **Graph.** ``bench/synthetic.py`` draws a seeded graph (at ``--scale 1``: 100,200 actors,
   3,440 places in countries > provinces > towns, 5,000 agreements, about 1.07 * 10^6 relation
   statements in 50,000 documents dated 2010-2024; a few states back or oppose thousands of
   groups, most actors have a few relations) and writes it through the project's writer
   (``graph.writer.write_extractions`` when the writer has it, many documents a transaction,
   else ``write_extraction``), into the benchmarks' own Neo4j (``bench.common``; it is wiped).
   The graph's expected node and relationship counts are kept in ``graph.json`` beside the
   server's state; when the database already holds exactly those, the build is skipped.
   Then every node and relationship is read once with its properties (``warm_page_cache``), so
   the figures are those of a server that has been up a while, not of its first reads from disk.
2. **Server.** ``pactgraph serve`` (``--workers N`` processes) on a free loopback port.
3. **Load.** For each endpoint, ``wrk`` with ``--connections`` connections, a Lua script that
   picks every request path at random from a file of a few thousand distinct ones (actors by
   id and by name, zones, path ends), so no cache along the way sees one hot URL: ``--warmup``
   seconds unmeasured, then two measured runs of ``--duration`` seconds:
   *saturation* (each connection sends its next request as soon as the answer arrives: the
   most requests per second the stack serves) and *paced* (each connection waits an
   exponentially distributed think time of mean ``1 / --rate`` seconds between requests:
   ``--connections`` clients at ``--rate`` requests/s each, 500/s by default, which is what the
   issue's target asks for; under saturation Little's law puts the mean latency at
   connections / throughput, so 50 saturating clients can never see 20 ms below 2,500/s).
   Every figure is recorded with ``bench.common.record`` and printed as a markdown table under
   the machine line; errors and non-2xx answers are counted and reported.

Needs ``wrk`` (``apt-get install -y wrk``, or ``make bench-setup``).

Notes (what bounds each endpoint; measured figures are in the table the script prints and in
``bench/results/latest.jsonl``):

* Every read route is synchronous (FastAPI runs it in its thread pool) and makes two to three
  round trips to Neo4j (resolve the names, then the question), each in its own session and
  read transaction. With two cores shared by Neo4j, uvicorn and wrk, the server's Python
  (routing, pydantic validation of the answer, JSON) and Neo4j's query execution split the
  CPU, so throughput is bound by CPU per request, not by waiting.
* Name resolution used to scan every node (``$key IN n.keys`` cannot use a range index); it now
  asks a full-text index over the keys (keyword analyzer: one token per key) and checks the
  exact key on the few hits.
* ``/backing`` and ``/relations`` used to start from every Evidence node of the predicate, then
  from the given end's evidence (every statement it is in, any predicate). For the default
  question (asserted, no date window) they now read the end's typed relationships, whose
  summaries are the answer, and only the page's pairs fetch their sentences, by the pair key
  of their evidence (an index seek). With a date window or another status they still walk the
  end's statements: the answer depends on which of them pass.
* ``/actors/{id}`` and ``/paths`` read each relation's sentences by its pair key too; they used to
  walk the evidence of whichever end had fewer statements.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import bench_settings, machine, record  # noqa: E402

#: Documents per write transaction when the writer can batch them.
DOCUMENTS_PER_TRANSACTION = 50
#: Distinct request paths per endpoint in the files wrk draws from.
PATHS_PER_ENDPOINT = 3000
ENDPOINTS = ("backing", "agreements", "actors", "events", "paths")
#: How each endpoint is loaded: one client back to back (``wrk -c1``), saturation, paced.
MODES = ("single", "saturation", "paced")
#: The first targets, for /backing under the paced load only.
TARGET_P99_MS = 20.0
TARGET_RPS = 500.0
#: Single-client targets (p50, p99 in ms; None: none) by endpoint.
SINGLE_TARGETS_MS = {"backing": (15.0, 50.0), "agreements": (15.0, 50.0), "actors": (15.0, 50.0),
                     "events": (15.0, 50.0), "paths": (100.0, None)}
#: /backing's paced p99 before the reads were reworked (10^6-statement graph, one API worker), ms:
#: the paced figure is stated as a ratio to it.
BACKING_PACED_P99_BEFORE_MS = 393.0

#: wrk's script: paths from $PACTGRAPH_WRK_PATHS, at random; $PACTGRAPH_WRK_THINK_MS the mean think
#: time (0: none); done() prints one JSON line with the percentiles (wrk counts in microseconds).
WRK_LUA = r"""
local paths = {}
local think = tonumber(os.getenv("PACTGRAPH_WRK_THINK_MS") or "0")
for line in io.lines(os.getenv("PACTGRAPH_WRK_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end
function init(args)
  math.randomseed(os.time() * 1000 + (id or 0))
end
function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
function delay()
  if think <= 0 then return 0 end
  return math.floor(-think * math.log(1 - math.random()))
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'PACTGRAPH_WRK {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, ' ..
    '"max_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end
"""


# --- the graph --------------------------------------------------------------------------------


def _database_counts(driver: Any, database: str, typed: list[str]) -> dict[str, int]:
    """Nodes by label and typed relationships of ``typed`` types (all from the count store)."""
    out: dict[str, int] = {}
    with driver.session(database=database) as session:
        for label in ("Actor", "Agreement", "Place", "Document", "Evidence", "Event"):
            out[label] = session.run(f"MATCH (n:{label}) RETURN count(n) AS n").single()["n"]
        out["typed"] = sum(session.run(f"MATCH ()-[r:{t}]->() RETURN count(r) AS n").single()["n"]
                           for t in typed)
    return out


def _write_graph(driver: Any, database: str, graph: Any) -> float:
    """Write every document through the writer; seconds taken."""
    from bench.common import fresh_database
    from pactgraph.graph import writer

    fresh_database(driver, database)
    batched = getattr(writer, "write_extractions", None)
    began = time.perf_counter()
    pending: list[Any] = []
    written = 0
    total = len(graph.statements)
    for extraction in graph.extractions():
        before = written
        if batched is None:
            writer.write_extraction(driver, extraction, database=database)
            written += len(extraction.relations)
        else:
            pending.append(extraction)
            if len(pending) == DOCUMENTS_PER_TRANSACTION:
                batched(driver, pending, database=database)
                written += sum(len(e.relations) for e in pending)
                pending = []
        if written // 50_000 > before // 50_000:
            elapsed = time.perf_counter() - began
            print(f"  {written:,} of {total:,} statements, {elapsed:.0f} s, {written / elapsed:.0f}/s",
                  flush=True)
    if pending:
        batched(driver, pending, database=database)
    return time.perf_counter() - began


def _request_paths(graph: Any, seed: int) -> dict[str, list[str]]:
    """A few thousand distinct-ish request paths per endpoint, drawn from the graph's own names."""
    rng = random.Random(seed)
    quote = urllib.parse.quote

    def name_or_id(entity: Any) -> str:
        return quote(entity.id if rng.random() < 0.5 else entity.name)

    n = PATHS_PER_ENDPOINT
    backers = graph.sample(rng, "backs", "subject", n)
    zones = graph.sample(rng, "governs", "object", n // 2)
    # Zones a query names are also the provinces and countries around the governed towns.
    places = graph.towns + graph.provinces + graph.countries
    zones += [places[rng.randrange(len(places))] for _ in range(n - len(zones))]
    actors = graph.states + graph.groups + graph.organisations + graph.people
    # Paths: half between the ends of a statement's neighbourhood (linked in 1-2 hops), half at random.
    statements = [st for st in graph.statements if st.status == "asserted"
                  and st.predicate in ("backs", "opposes", "allied_with", "member_of")]
    by_subject: dict[str, list[Any]] = {}
    for st in statements:
        by_subject.setdefault(st.subject.id, []).append(st)
    pairs = []
    while len(pairs) < n // 2:
        st = statements[rng.randrange(len(statements))]
        onward = by_subject.get(st.object.id)
        target = onward[rng.randrange(len(onward))].object if onward else st.object
        if target.id != st.subject.id:
            pairs.append((st.subject, target))
    while len(pairs) < n:
        a, b = actors[rng.randrange(len(actors))], actors[rng.randrange(len(actors))]
        if a.id != b.id:
            pairs.append((a, b))
    # Events: by an agent or an actor (either role) drawn among the events' actors, or at a place
    # drawn among their places (uniformly among the distinct ones, as the backers are).
    event_actors = sorted({a.id: a for evs in graph.events.values() for ev in evs
                           for a in (*ev.agents, *ev.targets)}.values(), key=lambda e: e.id)
    event_places = sorted({ev.place.id: ev.place for evs in graph.events.values() for ev in evs
                           if ev.place}.values(), key=lambda e: e.id)
    events = []
    for k in range(n):
        if k % 3 == 0:
            events.append(f"/events?place={name_or_id(event_places[rng.randrange(len(event_places))])}")
        else:
            role = "agent" if k % 3 == 1 else "actor"
            events.append(f"/events?{role}={name_or_id(event_actors[rng.randrange(len(event_actors))])}")
    return {
        "events": events,
        "backing": [f"/backing?backer={name_or_id(e)}" for e in backers],
        "agreements": [f"/agreements?zone={quote(z.name if rng.random() < 0.5 else z.id)}" for z in zones],
        "actors": [f"/actors/{quote(actors[rng.randrange(len(actors))].id)}" for _ in range(n)],
        "paths": [f"/paths?source={name_or_id(a)}&target={name_or_id(b)}" for a, b in pairs],
    }


def prepare_graph(scale: float, rebuild: bool) -> dict[str, Any]:
    """The graph's description (sizes, counts, request paths, build seconds), building it if needed."""
    from bench.synthetic import Sizes, SyntheticGraph
    from pactgraph.graph.connection import open_driver
    from pactgraph.ontology.vocabulary import RELATIONS, relationship_type

    settings = bench_settings()
    sizes = Sizes().scaled(scale) if scale != 1.0 else Sizes()
    key = repr(sizes)
    state = settings.pactgraph_home / "api-load-graph.json"
    typed = [relationship_type(p) for p in RELATIONS]
    driver = open_driver(settings)
    try:
        cached = json.loads(state.read_text()) if state.exists() else None
        if cached and cached.get("key") == key and not rebuild:
            found = _database_counts(driver, settings.neo4j_database, typed)
            if found == cached["counts"]:
                print(f"reusing the graph already in the database ({found['Actor']:,} actors, "
                      f"{found['Evidence']:,} statements; built in {cached['build_seconds']:.0f} s)")
                if set(cached["paths"]) != set(ENDPOINTS):  # a graph described by an older version
                    cached["paths"] = _request_paths(SyntheticGraph(sizes), sizes.seed + 1)
                    state.write_text(json.dumps(cached))
                return cached
            print(f"the database holds {found}, not the expected {cached['counts']}: rebuilding")
        began = time.perf_counter()
        graph = SyntheticGraph(sizes)
        expected = graph.expected_counts()
        draw_seconds = time.perf_counter() - began
        print(f"drew {expected['Actor']:,} actors, {expected['Evidence']:,} statements in "
              f"{expected['Document']:,} documents ({draw_seconds:.0f} s)")
        build_seconds = cached["build_seconds"] if cached and cached.get("key") == key else None
        if rebuild or build_seconds is None or _database_counts(
                driver, settings.neo4j_database, typed) != expected:
            print("writing it through the writer")
            build_seconds = _write_graph(driver, settings.neo4j_database, graph)
        found = _database_counts(driver, settings.neo4j_database, typed)
        if found != expected:
            raise SystemExit(f"the graph written holds {found}, expected {expected}")
        described = {"key": key, "counts": expected, "build_seconds": build_seconds,
                     "draw_seconds": draw_seconds, "paths": _request_paths(graph, sizes.seed + 1)}
        state.parent.mkdir(parents=True, exist_ok=True)
        state.write_text(json.dumps(described))
        record("api", "graph build (writer)", round(build_seconds, 1), "s",
               size=f"{expected['Actor']:,} actors / {expected['Evidence']:,} relations",
               note=f"{expected['Evidence'] / build_seconds:.0f} statements/s; "
                    f"{expected['Document']:,} documents, {DOCUMENTS_PER_TRANSACTION} a transaction")
        return described
    finally:
        driver.close()


def warm_page_cache() -> float:
    """Read every node and relationship with all its properties once; returns the seconds it took.

    Neo4j Community starts with an empty page cache and fills it as queries touch pages (the
    Enterprise edition reloads what was cached before a restart), so a benchmark started right
    after the server would time first reads from disk for paths the warm-up runs did not draw.
    The latencies here are those of a server that has been up a while: the store (1.1 GB at
    ``--scale 1``) fits in the benchmarks' 2 GB page cache.
    """
    from pactgraph.graph.connection import open_driver

    settings = bench_settings()
    driver = open_driver(settings)
    began = time.perf_counter()
    try:
        with driver.session(database=settings.neo4j_database) as session:
            session.run("MATCH (n) RETURN sum(size(keys(properties(n)))) AS n").consume()
            session.run("MATCH ()-[r]->() RETURN sum(size(keys(properties(r)))) AS n").consume()
    finally:
        driver.close()
    return time.perf_counter() - began


# --- the server -------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serve_process(workers: int = 1, env: dict[str, str] | None = None) -> Iterator[tuple[str, int, int]]:
    """``pactgraph serve`` on a free loopback port against the benchmarks' Neo4j, with ``env`` added to
    its environment; yields its base URL, port and process id, and stops it on the way out."""
    bench_settings()  # sets NEO4J_URI / PACTGRAPH_HOME / NEO4J_BOLT_PORT in os.environ
    port = _free_port()
    command = [sys.executable, "-m", "pactgraph", "serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers > 1:
        command += ["--workers", str(workers)]
    environment = dict(os.environ, **(env or {}),
                       PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in the finally below, after the server stops
    process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(base + "/health", timeout=5) as answer:
                    if json.load(answer)["status"] == "ok":
                        break
            except (urllib.error.URLError, OSError, ValueError):
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise SystemExit(f"the API did not start:\n{log.read().decode(errors='replace')[-3000:]}")
            time.sleep(0.5)
        yield base, port, process.pid
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


@contextlib.contextmanager
def serve(workers: int) -> Iterator[str]:
    """``serve_process`` with ``workers`` workers; yields its base URL."""
    with serve_process(workers) as (base, _port, _pid):
        yield base


# --- the load ---------------------------------------------------------------------------------


def wrk(base: str, paths_file: Path, script: Path, *, seconds: float, connections: int, threads: int,
        think_ms: float) -> dict[str, Any]:
    """One wrk run; its done() figures."""
    env = dict(os.environ, PACTGRAPH_WRK_PATHS=str(paths_file), PACTGRAPH_WRK_THINK_MS=str(think_ms))
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds:g}s", "--timeout", "10s",
               "-s", str(script), base]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    for line in done.stdout.splitlines():
        if line.startswith("PACTGRAPH_WRK "):
            return json.loads(line.split(" ", 1)[1])
    raise SystemExit(f"wrk printed no figures:\n{done.stdout}\n{done.stderr}")


def check_answers(base: str, paths: list[str]) -> None:
    """A few of the paths once, so a load of 404s or empty answers is seen before it is measured."""
    for path in paths[:5]:
        with urllib.request.urlopen(base + path, timeout=30) as answer:
            body = json.load(answer)
        print(f"  {path} -> {answer.status}, count {body.get('count', len(body.get('relations', {})))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="graph size (1: 10^5 actors, "
                        "10^6 relations)")
    parser.add_argument("--duration", type=float, default=15, help="seconds of each measured run")
    parser.add_argument("--warmup", type=float, default=3, help="unmeasured seconds before them")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=1, help="API processes")
    parser.add_argument("--rate", type=float, default=10, help="requests/s per client in the paced run")
    parser.add_argument("--endpoints", nargs="+", choices=ENDPOINTS, default=list(ENDPOINTS))
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES),
                        help="single: one client back to back; saturation and paced: --connections clients")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the graph even if it is there")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install -y wrk (or make bench-setup)")

    graph = prepare_graph(args.scale, args.rebuild)
    print(f"page cache warmed in {warm_page_cache():.0f} s")
    counts = graph["counts"]
    size = f"{counts['Actor']:,} actors / {counts['Evidence']:,} relations"
    rows = []
    with tempfile.TemporaryDirectory() as tmp, serve(args.workers) as base:
        script = Path(tmp) / "pick.lua"
        script.write_text(WRK_LUA)
        for endpoint in args.endpoints:
            paths_file = Path(tmp) / f"{endpoint}.txt"
            paths_file.write_text("\n".join(graph["paths"][endpoint]) + "\n")
            print(f"{endpoint}: {len(set(graph['paths'][endpoint]))} distinct paths")
            check_answers(base, graph["paths"][endpoint])
            common = {"connections": args.connections, "threads": args.threads}
            wrk(base, paths_file, script, seconds=args.warmup, think_ms=0, **common)
            for mode in args.modes:
                clients = {"connections": 1, "threads": 1} if mode == "single" else common
                think = 1000.0 / args.rate if mode == "paced" else 0.0
                result = wrk(base, paths_file, script, seconds=args.duration, think_ms=think, **clients)
                rows.append(_record(endpoint, mode, result, size=size, args=args))
    print()
    print(f"Machine: {machine()}")
    print(f"Graph: {size} ({counts['Document']:,} documents), built in {graph['build_seconds']:.0f} s; "
          f"API workers: {args.workers}; wrk -t{args.threads} -c{args.connections}, "
          f"{args.duration:g} s a run after {args.warmup:g} s warm-up; "
          f"paced: think time mean {1000 / args.rate:.0f} ms")
    print()
    print("| endpoint | load | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors / non-2xx | target |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| `{row['route']}` | {row['mode']} | {row['rps']:.0f} | {row['p50']:.1f} | "
              f"{row['p95']:.1f} | {row['p99']:.1f} | {row['max']:.0f} | {row['errors']} / {row['non2xx']} | "
              f"{row['target']} |")


def _record(endpoint: str, mode: str, result: dict[str, Any], *, size: str, args: Any) -> dict[str, Any]:
    """Record one run's figures; the row of the printed table."""
    route = {"backing": "/backing?backer=", "agreements": "/agreements?zone=", "actors": "/actors/{id}",
             "events": "/events?actor=|agent=|place=", "paths": "/paths?source=&target="}[endpoint]
    seconds = result["duration_us"] / 1e6
    rps = result["requests"] / seconds
    errors = result["connect"] + result["read"] + result["write"] + result["timeout"]
    p50, p99 = result["p50_us"] / 1000, result["p99_us"] / 1000
    target = ""
    met = None
    p50_target = p99_target = throughput_target = ""
    p50_met = p99_met = None
    if mode == "single":
        want50, want99 = SINGLE_TARGETS_MS[endpoint]
        p50_target, p50_met = f"<= {want50:g}", p50 <= want50
        if want99 is not None:
            p99_target, p99_met = f"<= {want99:g}", p99 <= want99
        met = p50_met and p99_met is not False
        target = f"p50 <= {want50:g} ms" + (f", p99 <= {want99:g} ms" if want99 is not None else "")
    elif endpoint == "backing" and mode == "paced":
        target = f"p99 <= {TARGET_P99_MS:g} ms at >= {TARGET_RPS:g}/s"
        met = p99 <= TARGET_P99_MS and rps >= TARGET_RPS
        p99_target, p99_met, throughput_target = f"<= {TARGET_P99_MS:g}", met, f">= {TARGET_RPS:g}"
        target += f"; {p99 / BACKING_PACED_P99_BEFORE_MS:.2f} x the {BACKING_PACED_P99_BEFORE_MS:g} ms before"
    connections = 1 if mode == "single" else args.connections
    common = {"size": size, "route": route, "mode": mode, "connections": connections,
              "workers": args.workers, "seconds": round(seconds, 1), "errors": errors,
              "non_2xx": result["status"], "requests": result["requests"]}
    figure = f"{route} {mode}"
    note = f"{args.workers} API worker{'s' if args.workers > 1 else ''}"
    if endpoint == "backing" and mode == "paced":
        note += f"; {p99 / BACKING_PACED_P99_BEFORE_MS:.2f} x the {BACKING_PACED_P99_BEFORE_MS:g} ms before"
    record("api", f"{figure} p50", p50, "ms", target=p50_target, met=p50_met, note=note, **common)
    record("api", f"{figure} p95", result["p95_us"] / 1000, "ms", note=note, **common)
    record("api", f"{figure} p99", p99, "ms", target=p99_target, met=p99_met, note=note, **common)
    record("api", f"{figure} throughput", round(rps, 1), "requests/s", target=throughput_target,
           met=met if throughput_target else None, note=note, **common)
    return {"route": route, "mode": mode, "rps": rps, "p50": result["p50_us"] / 1000,
            "p95": result["p95_us"] / 1000, "p99": result["p99_us"] / 1000, "max": result["max_us"] / 1000,
            "errors": errors, "non2xx": result["status"],
            "target": (f"{target}: {'met' if met else 'missed'}" if target else "")}


if __name__ == "__main__":
    main()
