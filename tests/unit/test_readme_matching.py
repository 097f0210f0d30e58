"""How the README test reads the README's console examples and compares what they print."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.readme_doc import difference, examples

README = Path(__file__).resolve().parents[2] / "README.md"


def test_examples_are_read_with_their_continuations_and_output(tmp_path):
    page = tmp_path / "README.md"
    page.write_text(
        "Text.\n\n```console\n$ echo one\none\n$ printf 'a\\n\\\nb'\na\nb\n```\n\n"
        "<!-- readme-test: skip needs an hour -->\n```console\n$ sleep 3600\n```\n\n"
        "```json\n$ not a command\n```\n```console\n$ true\n```\n",
        encoding="utf-8")
    found = examples(page)
    assert [(e.line, e.command, e.expected, e.block, e.skip) for e in found] == [
        (4, "echo one", "one", 0, None),
        (6, "printf 'a\\n\\\nb'", "a\nb", 0, None),
        (14, "sleep 3600", "", 1, "needs an hour"),
        (21, "true", "", 2, None),
    ]


@pytest.mark.parametrize(("shown", "real"), [
    ('{"a": 1, "b": [1, 2]}', '{"b": [1, 2], "a": 1}'),            # member order
    ('{"a": 1}', '{"a": 1, "b": 2}'),                              # a member neither shown nor elided
    ('{"a": 1, …}', '{"a": 2, "b": 2}'),                           # a value
    ('[1, 2]', '[1, 2, 3]'),                                       # an element
    ('["x…"]', '["y"]'),                                           # text
    ('{"n": 1}', '{"n": true}'),                                   # true is not 1
    ('{"n": 1}\n{"n": 2}', '{"n": 1}'),                            # the number of values
    ('{"a": 1}', 'a: 1'),                                          # not JSON
    ("one\ntwo", "one\nthree"),                                    # a line
    ("one\n…\nfour", "one\ntwo\nthree"),                           # the line after …
    ("2 documents …", "3 documents stored"),                       # text before …
])
def test_a_different_output_is_reported(shown, real):
    assert difference(shown, real) is not None


@pytest.mark.parametrize(("shown", "real"), [
    ('{"a": 1, …}', '{"a": 1, "b": {"c": [1, 2]}}'),
    ('{"a": …, "b": 2}', '{"a": [1, {"x": null}], "b": 2}'),
    ('[1, …, 4]', '[1, 2, 3, 4]'),
    ('[1, …, 4]', '[1, 4]'),
    ('{"s": "Turkey backs …"}', '{"s": "Turkey backs the National Front."}'),
    ('{"x": 0.5}', '{"x": 0.5000000000001}'),
    ('{"n": 1}\n{"n": 2}', '{"n": 1}\n\n{"n": 2}\n'),
    ("one\n…\nfour", "one\ntwo\nthree\nfour"),
    ("one\n…", "one"),
    ("3 documents … 0 unreadable", "3 documents stored (12 relations), 0 unreadable"),
    ("", ""),
])
def test_an_output_the_readme_shows_matches(shown, real):
    assert difference(shown, real) is None


def test_the_readme_has_examples_to_run():
    found = examples(README)
    run = [e for e in found if e.skip is None]
    assert len(run) >= 30
    assert all(e.skip for e in found if e.command.startswith(("make run", "make test")))
