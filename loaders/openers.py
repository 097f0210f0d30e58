"""Words that open a sentence in capitals without naming anyone, and the edges of names the tokenizer blurs.

``lone_opener`` says whether a one-word capitalised run at a sentence's start is a common word, read by its
shape and what follows it, not from a list of words: a participle before its preposition ("Reached by
phone, ...", "Accused of arming X, ..."), an adverb in "-ly" before a comma ("Reportedly, ..."), a label
("Update:"), or a participle modifying the role noun before a man's name ("Exiled cleric X").
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from pactgraph.loaders import lexicon as lx

#: The prepositions a participle opening a sentence takes ("Reached by phone", "Accused of arming X").
_AFTER_PARTICIPLE = frozenset({"by", ",", "to", "in", "on", "with", "from", "at", "after", "before", "of",
                               "as", "for", "against", "over", "into", "under", "through", "about"})


class _Run(Protocol):
    body: str

    def tok(self, i: int) -> str: ...

    def gaz_at(self, i: int, limit: int) -> tuple[int, tuple] | None: ...


def lone_opener(run: _Run, i: int, j: int, trigger_forms: frozenset[str]) -> bool:
    """Whether the capitalised word at ``i`` (alone in its run, ``j == i + 1``), opening a sentence, is a
    common word and no name."""
    word, nxt = run.tok(i), run.tok(j)
    if nxt == ":":
        return True  # a label: "Note:", "Update:", "Analysis:"
    plain = word[1:].islower()
    if word.endswith(("ed", "ing")) and len(word) > 5 and plain and nxt in _AFTER_PARTICIPLE:
        return True  # "Reached by phone, ...", "Speaking in X, ...", "Accused of arming X, ..."
    if nxt == "by" and word.lower() in trigger_forms:
        return True  # "Led by X, the group ..."
    if not plain or run.gaz_at(i, j) is not None:
        return False
    once = run.body.count(word) == 1  # a name ("Tessaly, ...", "Kessan diplomat X") comes again in the text
    if _ADVERB.search(word) and nxt == "," and once:
        return True  # "Reportedly, ...", "Separately, ..." (not a name in "-ly": "Anatoly, ...")
    # "Exiled cleric X", "Veteran diplomat X": a participle or an adjective of standing before a role noun
    # and a man's name modifies the role; any other word there may be the group he serves ("Vask official
    # X", "Norland envoy X")
    return nxt in lx.PERSON_ROLES and nxt != "who" and run.tok(j + 1)[:1].isupper() and (
        word.endswith("ed") or word.lower() in _STANDING)


#: Adjectives of a person's standing before a role noun ("Veteran diplomat X", "Senior commander X").
_STANDING = frozenset({"veteran", "senior", "junior", "top", "prominent", "influential", "powerful",
                       "longtime", "long-time", "former", "ex", "leading", "chief", "rogue", "hardline",
                       "moderate", "young", "elderly", "charismatic", "controversial", "outspoken"})


#: The endings of adverbs in "-ly" (not of names: "Anatoly", "Sicily", "Italy").
_ADVERB = re.compile(r"(?:ally|edly|ingly|ously|ively|ately|ently|antly|ctly|rtly|stly|ntly|fully|lessly|"
                     r"ilarly|wise)$")


def hanging_names(p: Any, k: int) -> list[int]:
    """The names listed before the one at word ``k`` of a parse (``syntax.Parse``) with their hyphen left
    hanging: "Norland-, Ostmark- and Tarvan-backed militias" are backed by all three."""
    out: list[int] = []
    while k >= 2 and p.doc[k - 1].text in ("and", "or", ",") and (m := p.mention_of[k - 2]) >= 0 \
            and p.mentions[m].hanging:
        out.append(m)
        k -= 2
    return out


def numbered_unit(run: _Run, i: int, first: int) -> bool:
    """Whether the word at ``i`` is a short number that may open or close a unit's name ("5 Battalion",
    "the 14 May Front", "Brigade 808"): not a year, and before a month's name (``first`` >= 0, the
    sentence's first word) only after "the", a comma or the sentence's start, not in a date ("on 5 March
    Army units")."""
    word = run.tok(i)
    if not (word.isdigit() and len(word) <= 3):
        return False
    if first >= 0 and run.tok(i - 1) in MONTHS and i - 1 != first and run.tok(i - 2) not in ("the", "The"):
        return False  # "on May 14 Front fighters ...": a date
    return first < 0 or run.tok(i + 1) not in MONTHS or i == first or run.tok(i - 1) in (
        "the", "The", ",", "(", '"', "“")


MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"})


QUOTES = frozenset({'"', "“", "”"})


def scare_quote(toks: Any, i: int) -> bool:
    """Whether token ``i`` is a quotation mark around a role noun ('its "emir" X', 'the self-styled
    "president"'): the parser reads the role better without it."""
    if toks[i].text not in QUOTES:
        return False
    if i + 2 < len(toks) and toks[i + 1].text in lx.PERSON_ROLES and toks[i + 2].text in QUOTES:
        return True
    return i >= 2 and toks[i - 1].text in lx.PERSON_ROLES and toks[i - 2].text in QUOTES


def compound_opener(toks: list[str]) -> bool:
    """Whether a capitalised run opening a sentence starts with an adjective made of a capitalised word, a
    hyphen and a lower-case word ("Oil-rich X", "War-torn X", "Cash-strapped X"), a name after it."""
    return len(toks) >= 4 and toks[1] == "-" and toks[0][1:].islower() and toks[2].isalpha() \
        and toks[2].islower() and len(toks[2]) >= 3 and toks[0].lower() not in _PARTICLE_WORDS \
        and toks[3][:1].isupper()


#: Particles glued to a name by a hyphen ("Al-Kessa", "Ad-Dawla"): no adjective.
_PARTICLE_WORDS = frozenset({"al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "abu", "bin", "ibn",
                             "wal", "ul"})
