"""A list of names that is a verb's subject, read by position before the parse (helpers of
``loaders.misread``): "X and the Y militia control Z", "X and, to a lesser extent, Y back Z",
"A, B and C fund Z". The parser reads the base form after such a list as a noun ("control"), so
``misread`` gives it a verb it always reads as one. A "both" or "all" floated between an auxiliary and
a trigger verb ("X and Y have both signed Z") makes the parser read the verb as the auxiliary's object,
and a "not" that opens an aside ("A - but not B - signed Z") is hung on the verb as its negation:
``misread`` gives each an adverb instead.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from pactgraph.loaders import frames as fr

#: Nouns that may follow a name inside one conjunct ("the Y militia", "X troops", "their Y allies").
CONJUNCT_NOUNS = fr.FORCE_NOUNS | frozenset({"rebels", "allies", "militants", "insurgents", "separatists",
                                               "partners", "backers", "groups", "governments", "armies"})
#: Words that may open a conjunct.
_DETERMINERS = frozenset({"the", "its", "their"})
#: What may stand before a list that is the clause's subject.
_BEFORE_LIST = frozenset({",", ";", ":", "—", "–", "(", "both", "and", "but", "while", "as", "that",
                          "which", "when", "whereas", "since", "because", "now", "if"})
#: Adverbs between the subject and its verb ("X and Y still control Z").
_BETWEEN = frozenset({"also", "now", "still", "jointly", "together", "already", "effectively", "reportedly",
                      "openly", "largely", "currently", "quietly", "both"})
#: The longest aside after "and", in words ("and, to a lesser extent, Y").
_ASIDE = 6
#: The longest relative clause set off between a subject and its verb, in words.
_RELATIVE_ASIDE = 20


def _conjunct_start(words: Sequence[str], owner: Sequence[int], j: int) -> int:
    """Where the conjunct ending at word ``j`` starts (a name, maybe with its determiner before it and a
    noun or two of armed men after it), or -1."""
    for _ in range(2):
        if j >= 1 and owner[j] < 0 and words[j].lower() in CONJUNCT_NOUNS:
            j -= 1
    if j < 0 or owner[j] < 0:
        return -1
    m = owner[j]
    while j > 0 and owner[j - 1] == m:
        j -= 1
    if j > 0 and owner[j - 1] < 0 and words[j - 1].lower() in _DETERMINERS:
        j -= 1
    return j


def listed_subject_before(words: Sequence[str], owner: Sequence[int], i: int) -> bool:
    """Whether a list of two names or more ("A and B", "A, B and C", "A and, to a lesser extent, B"), each
    maybe with its determiner and a noun of armed men, ends right before word ``i`` as the clause's
    subject."""
    j = i - 1
    if j >= 1 and owner[j] < 0 and words[j].lower() in _BETWEEN:
        j -= 1
    if words[j] == ",":  # "X and Y, which merged last year, now control Z": the relative clause set off
        c = j - 1
        while c > 1 and words[c] not in (",", ";", ".") and j - c <= _RELATIVE_ASIDE:
            c -= 1
        if not (words[c] == "," and words[c + 1].lower() in ("which", "who")):
            return False
        j = c - 1
    n = _conjunct_start(words, owner, j)
    if n < 1:
        return False
    k = n - 1
    if words[k] == ",":  # "and, to a lesser extent, Y": the aside's opening comma right after "and"
        c = k - 1
        while c > 0 and words[c] != "," and owner[c] < 0 and k - c <= _ASIDE:
            c -= 1
        if not (c > 0 and words[c] == "," and words[c - 1].lower() == "and"):
            return False
        k = c - 1
    if words[k].lower() != "and":
        return False
    n = _conjunct_start(words, owner, k - 1)
    while n >= 2 and words[n - 1] == "," and (m := _conjunct_start(words, owner, n - 2)) >= 0:
        n = m  # "A, B and C"
    return n == 0 or n > 0 and owner[n - 1] < 0 and words[n - 1].lower() in _BEFORE_LIST


#: Auxiliaries a floating quantifier may follow ("have both signed", "were all armed").
_AUXILIARIES = frozenset({"have", "has", "had", "are", "were", "will", "would", "'ve"})


def floating_quantifiers(words: Sequence[str], owner: Sequence[int], forms: Set[str]) -> list[int]:
    """The places of a "both" or "all" between an auxiliary and a verb of ``forms`` ("have both signed")."""
    return [i for i in range(1, len(words) - 1) if words[i].lower() in ("both", "all") and owner[i] < 0
            and words[i - 1].lower() in _AUXILIARIES and words[i + 1].lower() in forms]


#: Punctuation that opens an aside ("A, but not B, ...", "A - but not B - ...").
_ASIDE_OPENERS = frozenset({",", "-", "—", "–", "("})


def set_apart_nots(words: Sequence[str], owner: Sequence[int]) -> list[int]:
    """The places of a "not" that opens an aside naming who is set apart ("A and B - but not C - signed")."""
    return [i for i in range(2, len(words) - 1) if words[i].lower() == "not" and owner[i] < 0
            and words[i - 1].lower() in ("but", "and") and words[i - 2] in _ASIDE_OPENERS
            and (owner[i + 1] >= 0 or i + 2 < len(words) and words[i + 1].lower() == "the"
                 and owner[i + 2] >= 0)]
