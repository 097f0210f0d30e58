"""Bad input through the command line: each bad file named once, the rest done, nothing lost.

(Empty, binary and non-UTF-8 files are in test_acceptance.py; the HTTP API's bad bodies and
parameters in test_api_write.py, test_api*.py and the schemathesis fuzzing of test_api_fuzz.py.)
"""

from __future__ import annotations

import json
import shutil
import time

import pytest
from typer.testing import CliRunner

from pactgraph.cli import app as cli_app
from pactgraph.graph.schema import counts

from .. import conftest

SEED = conftest.EXAMPLES / "00_idlib_2019.txt"


@pytest.mark.neo4j
def test_no_sentences_bad_dates_and_a_50_mb_file_are_named_and_stored_data_kept(empty_graph, settings,
                                                                                  tmp_path):
    database = settings.neo4j_database
    first = tmp_path / "first"
    first.mkdir()
    shutil.copy(conftest.EXAMPLES / "01_yemen_hodeidah_2019.txt", first / "yemen.txt")
    assert CliRunner().invoke(cli_app, ["ingest", str(first)]).exit_code == 0
    before = counts(empty_graph, database=database)

    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    bad = {
        "punctuation.txt": (b"... !!! --- ?\n\n* * *\n", "no sentences"),
        "date_only.txt": (b"date 2019-05-06\n", "empty document"),
        "bad_month.txt": (b"date 2019-13-01\nRussia backs Syria.\n", "malformed date '2019-13-01'"),
        "slashes.txt": (b"date 2019/05/06\nRussia backs Syria.\n", "malformed date '2019/05/06'"),
    }
    for name, (data, _) in bad.items():
        (folder / name).write_bytes(data)
    huge = folder / "huge.txt"
    with huge.open("wb") as f:  # sparse, so the test writes nothing to disk: the size is what counts
        f.truncate(50 * 1024 * 1024)
    bad["huge.txt"] = (b"", "too large: 52,428,800 bytes, more than the limit of 1,048,576 bytes")

    started = time.monotonic()
    result = CliRunner().invoke(cli_app, ["ingest", str(folder)])
    assert time.monotonic() - started < 60
    assert result.exit_code == 1, result.stderr
    problems = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(problems) == len(bad), result.stderr
    for name, (_, reason) in bad.items():
        assert [line for line in problems if f"{folder / name}: {reason}" in line], (name, problems)
    assert "1 document stored" in result.stderr and "5 unreadable" in result.stderr

    after = counts(empty_graph, database=database)
    assert after[0] > before[0] and after[1] > before[1]
    stored = empty_graph.execute_query("MATCH (d:Document) RETURN d.name AS name ORDER BY name",
                                       database_=database).records
    assert [record["name"] for record in stored] == ["good.txt", "yemen.txt"]


def test_ten_thousand_tiny_files_are_extracted_with_a_summary(tmp_path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    for i in range(10_000):
        text = f"date 2020-01-{i % 28 + 1:02d}\nRussia backs Syria. Turkey backs the rebels {i}.\n"
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    (folder / "04999.txt").write_bytes(b"\x00\x01")  # one bad file among them

    result = CliRunner().invoke(cli_app, ["extract", "--format", "jsonl", str(folder)])
    assert result.exit_code == 1, result.stderr
    assert result.stderr.splitlines()[-1].startswith("9999 documents read (")
    assert result.stderr.splitlines()[-1].endswith("relations), 1 unreadable.")
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        f"error: {folder / '04999.txt'}: binary file (it holds NUL bytes), expected UTF-8 text"]
    docs = {json.loads(line)["doc"] for line in result.stdout.splitlines()}
    assert len(docs) == 9_999 and "04999.txt" not in docs
