"""Words the parser misreads, given to it as words it reads (``loaders.misread``), on invented sentences
with invented names.

Each row of ``CASES``: a sentence written for this test, then a relation that must be read (subject,
predicate, object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from pactgraph.loaders.misread import stand_ins

from .test_extract_phrasings import check

CASES = [
    # a verb in -s after a name, read as a noun compounded with it ("X administers Z")
    ("Since the truce the Ash Reed Brigade administers Salt Bay and Port Arlen; the Green Banner Movement "
     "administers Hale.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    ("Since the truce the Ash Reed Brigade administers Salt Bay and Port Arlen; the Green Banner Movement "
     "administers Hale.",
     ("Ash Reed Brigade", "controls", "Port Arlen", "asserted")),
    ("Since the truce the Ash Reed Brigade administers Salt Bay and Port Arlen; the Green Banner Movement "
     "administers Hale.",
     ("Green Banner Movement", "controls", "Salt Bay", None)),
    # the base form after two names ("X and Y broker Z"), read as a noun
    ("Every spring Norland and Ostmark broker a truce between the Ash Reed Brigade and its rivals in "
     "Salt Bay.",
     ("Ostmark", "brokered", "truce", "asserted")),
    ("Every spring Norland and Ostmark broker a truce between the Ash Reed Brigade and its rivals in "
     "Salt Bay.",
     ("Ash Reed Brigade", "brokered", "truce", None)),
    # a hyphenated prefix the tokenizer splits off ("co-chaired"): the bare verb
    ("The Harbour Accord was signed in May. The talks were co-chaired by Norland and Ostmark.",
     ("Ostmark", "brokered", "Harbour Accord", "asserted")),
    # the verb after an aside that closes on a comma ("X, a militia with ..., arms Y")
    ("The Ash Reed Brigade, a militia with men in Salt Bay, arms the Green Banner Movement.",
     ("Ash Reed Brigade", "backs", "Green Banner Movement", "asserted")),
    ("The Ash Reed Brigade, a militia with men in Salt Bay, arms the Green Banner Movement.",
     ("Salt Bay", "backs", "Green Banner Movement", None)),
    # ... also when the name has its short form in brackets ("X (XX), which ..., signs Y")
    ("The Ash Reed Brigade (ARB), which was founded by students, signs the Harbour Accord with Norland in "
     "Hale.",
     ("Ash Reed Brigade", "party_to", "Harbour Accord", "asserted")),
    # a plural noun after a name stays a noun
    ("Norland raids on the Ash Reed Brigade continued.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_misread_words(text, expected):
    check(text, expected)


NAMES = frozenset({"Taliban", "Iraq"})


def _given(words: list[str], owner: list[int]) -> tuple[list[str], list[str]]:
    spaces = [True] * len(words)
    original = stand_ins(words, spaces, owner, NAMES)
    return words, original


def test_verb_after_a_name_is_given_as_a_verb_and_given_back():
    words, original = _given(["The", "Taliban", "arms", "the", "Taliban", "."], [-1, 0, -1, -1, 1, -1])
    assert words == ["The", "Taliban", "supports", "the", "Taliban", "."]
    assert original == ["The", "Taliban", "arms", "the", "Taliban", "."]


@pytest.mark.parametrize("words, owner", [
    (["Taliban", "raids", "on", "the", "Taliban", "continued", "."], [0, -1, -1, -1, 1, -1, -1]),
    (["Iraq", "arms", "sales", "rose", "."], [0, -1, -1, -1, -1]),
    (["of", "Iraq", "arms", "the", "Taliban", "."], [-1, 0, -1, -1, 1, -1]),
    (["The", "group", "arms", "the", "Taliban", "."], [-1, -1, -1, -1, 1, -1]),
    # a noun after an aside: a list, or an aside after a name that is no subject
    (["Iraq", ",", "a", "group", ",", "arms", "and", "money", "."], [0, -1, -1, -1, -1, -1, -1, -1, -1]),
    (["said", "Iraq", ",", "a", "group", ",", "arms", "the", "Taliban", "."],
     [-1, 0, -1, -1, -1, -1, -1, -1, 1, -1]),
])
def test_a_noun_after_a_name_is_left_alone(words, owner):
    before = list(words)
    given, original = _given(words, owner)
    assert given == before and original == []


def test_verb_after_an_aside_is_given_as_a_verb():
    words, original = _given(["Iraq", ",", "a", "group", "in", "Baghdad", ",", "arms", "the", "Taliban", "."],
                             [0, -1, -1, -1, -1, 1, -1, -1, -1, 2, -1])
    assert words[7] == "supports" and original[7] == "arms"


def test_verb_after_a_bracketed_short_form_and_an_aside():
    words, original = _given(
        ["Iraq", "(", "Iraq", ")", ",", "which", "left", ",", "signs", "the", "deal", "."],
        [0, -1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1])
    assert words[8] == "supports" and original[8] == "signs"


def test_a_split_prefix_is_dropped():
    words = ["Iraq", "co", "-", "chaired", "the", "talks", "."]
    spaces = [True, False, False, True, True, False, False]
    owner = [0, -1, -1, -1, -1, -1, -1]
    assert stand_ins(words, spaces, owner, NAMES) == []
    assert words == ["Iraq", "chaired", "the", "talks", "."] and len(spaces) == len(owner) == 5
