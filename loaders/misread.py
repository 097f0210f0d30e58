"""Words the small parser misreads, and the word it is given instead.

``loaders.syntax`` gives the parser each name as one placeholder word ("Taliban", "Iraq"). Right after
such a word, a trigger verb's third-person form that is also a plural noun ("X administers Z", "X arms
Y", "X splits; ...", "X belongs to Y") is read as a noun compounded with the name, and so is a base
form after two names ("X and Y broker a truce"): the parser is given a verb it always reads as one
("supports", "support") and the parse gets the sentence's own word back (``restore``, no second parse),
so the frames read the real verb with the subject and object the parser found.
A verb with a hyphenated prefix ("co-chaired", "re-took"), which the tokenizer splits into three
words, is given as the bare verb, which the frames know.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.misread_lists import (
    CONJUNCT_NOUNS,
    floating_quantifiers,
    listed_subject_before,
    set_apart_nots,
)

#: The third-person singular of every trigger verb ("administers", "arms", "splits", "belongs").
THIRD_PERSON = frozenset(f for lemma in fr.VERBS for f in fr.verb_forms(lemma)
                         if f in (lemma + "s", lemma + "es", lemma[:-1] + "ies") and f != lemma)
#: A verb the parser reads as one after a name, whatever follows.
_STAND_IN = "supports"
#: Adverbs between the subject and its verb ("X still controls Z", "X today administers Z").
_BETWEEN = frozenset({"also", "now", "still", "today", "already", "effectively", "reportedly", "openly",
                      "largely", "currently", "formally", "nominally", "itself", "then", "quietly"})
#: What may stand before the name for it to be the clause's subject (nothing: the sentence's start).
_BEFORE_SUBJECT = frozenset({"the", ",", ";", ":", "and", "but", "while", "as", "that", "which", "when",
                             "where", "whereas", "since", "because", "now", "—", "–", "(", "if", "so"})
#: What may follow the verb: its object's determiner, a preposition of its complement, or the clause's end.
_AFTER_VERB = frozenset({"to", "from", "away", "off", ";", "."})
#: The words that open a verb's object ("X arms the Y", "X controls much of Z").
_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "both", "all", "most", "much",
                             "parts", "part", "several", "two", "three"})
#: The base form of every trigger verb, given as "support" after a plural subject ("X and Y back Z").
_BASE_FORMS = frozenset(fr.VERBS) - THIRD_PERSON
_STAND_IN_PLURAL = "support"
_STAND_IN_AFTER_NOUN = "have"
#: An adverb the parser reads as one between an auxiliary and its verb, for a floating "both" or "all".
_STAND_IN_ADVERB = "also"
#: The longest aside between a subject and its verb, in words.
_ASIDE_WORDS = 30
#: Prefixes the tokenizer splits off a verb ("co-chaired", "re-took").
_VERB_PREFIXES = frozenset({"co", "re"})


def stand_ins(words: list[str], spaces: list[bool], owner: list[int], names: frozenset[str]) -> list[str]:
    """Rewrites the parser's words in place (``names``: the placeholder words of names); returns the words
    as they were before the stand-ins (after the prefixes dropped below and the words ``syntax`` already
    swapped), to give back to the parse (``restore``), or an empty list when none changed."""
    i = 0
    # "co - chairs", "re - took": a trigger verb the tokenizer split from its prefix (``syntax`` already
    # gives the participles after "co-" alone: "co-chaired")
    while i + 2 < len(words):
        if words[i].lower() in _VERB_PREFIXES and words[i + 1] == "-" and not spaces[i] and \
                words[i + 2].lower() in _ALL_FORMS and owner[i] < 0:
            del words[i:i + 2], spaces[i:i + 2], owner[i:i + 2]
        i += 1
    original: list[str] = []
    for i, w in enumerate(words):
        low = w.lower()
        if owner[i] >= 0 or i + 1 >= len(words) or i == 0:
            continue
        nxt = words[i + 1]
        has_object = nxt in _OBJECT_OPENERS or owner[i + 1] >= 0 and nxt in names
        if low in THIRD_PERSON and (has_object or nxt in _AFTER_VERB) and \
                _subject_before(words, owner, names, i) or \
                low in THIRD_PERSON and has_object and _aside_after_subject(words, owner, names, i) or \
                low in THIRD_PERSON and _relative_subject_before(words, owner, names, i) or \
                low in _DENY_THIRD and nxt.endswith("ing") \
                and _subject_before(words, owner, names, i):
            stand_in = _STAND_IN
        elif low in _BASE_FORMS and has_object and _plural_subject_before(words, owner, names, i):
            # ("X and the Y militia control Z": after a noun, a verb the parser never compounds with it)
            stand_in = _STAND_IN_PLURAL if owner[i - 1] >= 0 or words[i - 1].lower() not in CONJUNCT_NOUNS \
                else _STAND_IN_AFTER_NOUN
        else:
            continue
        if not original:
            original = list(words)
        words[i] = stand_in
    for i in floating_quantifiers(words, owner, _ALL_FORMS):  # "X and Y have both signed Z"
        if not original:
            original = list(words)
        words[i] = _STAND_IN_ADVERB
    for i in set_apart_nots(words, owner):
        # "A and B - but not C - signed Z": the "not" negates C alone, never the verb the parser may hang it
        # on; it is given (and left) as an adverb, and ``loaders.contrast`` sets C apart from the text
        words[i] = _STAND_IN_ADVERB
        if original:
            original[i] = _STAND_IN_ADVERB
    return original


def _subject_before(words: Sequence[str], owner: Sequence[int], names: frozenset[str], i: int) -> bool:
    """Whether a name that is the clause's subject stands right before word i (or one adverb before it)."""
    j = i - 1
    if j >= 1 and owner[j] < 0 and words[j].lower() in _BETWEEN:
        j -= 1
    j = _name_start(words, owner, names, j)
    return j == 0 or j > 0 and words[j - 1].lower() in _BEFORE_SUBJECT and owner[j - 1] < 0


#: A verb of denial after its subject's name and before a gerund ("X denies being a member of Y", "X rejects
#: having armed Y"), which the parser reads as a plural noun compounded with the name.
_DENY_THIRD = frozenset({"denies", "rejects", "disputes", "dismisses", "refutes"})

#: The pronouns that open a relative clause whose object is the noun before it ("Y, which X leads, ...").
_OBJECT_RELATIVES = frozenset({"which", "that", "whom"})


def _relative_subject_before(words: Sequence[str], owner: Sequence[int], names: frozenset[str],
                             i: int) -> bool:
    """"Y, which X commands, ...", "the junta that General X leads": a name (after at most two words of a
    title) right after a relative pronoun is its clause's subject, and the trigger after it its verb,
    whatever follows."""
    j = i - 1
    if j >= 1 and owner[j] < 0 and words[j].lower() in _BETWEEN:
        j -= 1
    n = _name_start(words, owner, names, j)
    if n < 1:
        return False
    for k in range(n - 1, max(-1, n - 4), -1):
        if words[k].lower() in _OBJECT_RELATIVES and owner[k] < 0:
            return True
        if owner[k] >= 0 or not words[k][:1].isupper():
            return False
    return False


def _aside_after_subject(words: Sequence[str], owner: Sequence[int], names: frozenset[str], i: int) -> bool:
    """"X, a group with men in Z, arms Y", "X, which ..., backs Y": the verb right after the comma that
    closes an aside opened after a name that is the clause's subject."""
    if i < 3 or words[i - 1] != ",":
        return False
    for c in range(i - 2, max(0, i - _ASIDE_WORDS) - 1, -1):
        if words[c] in (";", ".", ":"):
            return False
        if words[c] == "," and owner[c] < 0 and (n := _name_start(words, owner, names, c - 1)) >= 0:
            return n == 0 or words[n - 1].lower() in _BEFORE_SUBJECT and owner[n - 1] < 0
    return False


def _name_start(words: Sequence[str], owner: Sequence[int], names: frozenset[str], j: int) -> int:
    """Where the name that ends at word j starts, with its short form in brackets ("X (X)"), or -1."""
    if j >= 3 and words[j] == ")" and words[j - 2] == "(":
        j -= 3
    return j if j >= 0 and owner[j] >= 0 and words[j] in names else -1


def _plural_subject_before(words: Sequence[str], owner: Sequence[int], names: frozenset[str], i: int) -> bool:
    """"X and Y back Z", "they back Z": a plural subject right before the verb."""
    if words[i - 1].lower() == "they":
        return True
    return i >= 3 and owner[i - 1] >= 0 and words[i - 1] in names and words[i - 2] == "and" and \
        owner[i - 3] >= 0 and words[i - 3] in names or listed_subject_before(words, owner, i)


def restore(doc: Any, original: Sequence[str]) -> Any:
    """The parse with the sentence's own words (no second parse: tags, heads and labels are copied)."""
    from spacy.tokens import Doc

    return Doc(doc.vocab, words=list(original), spaces=[bool(t.whitespace_) for t in doc],
               tags=[t.tag_ for t in doc], pos=[t.pos_ for t in doc], heads=[t.head.i for t in doc],
               deps=[t.dep_ for t in doc])


_ALL_FORMS = frozenset(f for lemma in fr.VERBS for f in fr.verb_forms(lemma))
