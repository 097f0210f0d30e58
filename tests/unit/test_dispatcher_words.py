"""The dispatcher sends a token to ``word_frames`` only when its word is one of ``_FRAME_WORDS``: every word
a branch there is keyed on must be in that set, or the branch never runs."""

from __future__ import annotations

import ast
import inspect
import textwrap

from pactgraph.loaders.dependency import rules


def _keyed_words() -> set[str]:
    """The words ``word_frames`` compares ``low`` with (``low in X``, ``low == "x"``)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(rules.DependencyRules.word_frames)))
    namespace = vars(rules)
    words: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id == "low"):
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            value = eval(compile(ast.Expression(right), "<word_frames>", "eval"), namespace)  # noqa: S307
            if isinstance(op, ast.In):
                words |= set(value)
            elif isinstance(op, ast.Eq):
                words.add(value)
    return words


def test_every_word_a_frame_is_keyed_on_reaches_it():
    keyed = _keyed_words()
    assert len(keyed) > 300  # the walk found the lexicon's sets, not nothing
    assert keyed - rules._FRAME_WORDS == set()


def test_a_verb_form_reaches_the_verb_frames():
    # ``lemma = VERB_FORMS.get(low)`` keys the verb frames without a comparison on ``low``
    assert set(rules.VERB_FORMS) <= rules._FRAME_WORDS
