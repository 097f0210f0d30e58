"""The dispatcher sends a token to ``word_frames`` only when its word is one of ``_FRAME_WORDS``: every word
a branch there is keyed on must be in that set, or the branch never runs."""

from __future__ import annotations

import ast
import inspect
import textwrap

from pactgraph.loaders.dependency import rules


def _keyed_words() -> set[str]:
    """The words ``word_frames`` compares the token's word with (``low in X``, ``low == "x"``,
    ``tok.text == "x"``), lower-cased."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(rules.DependencyRules.word_frames)))
    namespace = vars(rules)
    words: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        # ``low``, or the token's own word ("tok.text", "tok.lower_")
        own_word = isinstance(left, ast.Attribute) and isinstance(left.value, ast.Name) \
            and left.value.id == "tok" and left.attr in ("text", "lower_")
        if not (isinstance(left, ast.Name) and left.id == "low" or own_word):
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            value = eval(compile(ast.Expression(right), "<word_frames>", "eval"), namespace)  # noqa: S307
            if isinstance(op, ast.In):
                words |= {w.lower() for w in value}
            elif isinstance(op, ast.Eq):
                words.add(value.lower())
    return words


def test_every_word_a_frame_is_keyed_on_reaches_it():
    keyed = _keyed_words()
    assert len(keyed) > 300  # the walk found the lexicon's sets, not nothing
    assert keyed - rules._FRAME_WORDS == set()


def test_a_verb_form_reaches_the_verb_frames():
    # ``lemma = VERB_FORMS.get(low)`` keys the verb frames without a comparison on ``low``
    assert set(rules.VERB_FORMS) <= rules._FRAME_WORDS
