"""Lists the parse hangs in pieces, read by position (helpers of ``dependency.arguments``).

* "A and B — as well as C": the name after "as well as", wherever the parse hung it;
* "A, B (ABBR) and C, the three groups that ...": the names of the list that ends at the comma before a
  plural noun's phrase.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.noun_phrases import GROUP_NOUNS, NOMINAL_HEADS
from pactgraph.loaders.syntax import Parse


def _as_well_as(p: Parse, t: Any) -> Any | None:
    """The name joined by "as well as" right after the phrase of ``t`` ("A and B — as well as C"), wherever
    the parse hung it."""
    k = t.right_edge.i + 1
    doc = t.doc
    while k < len(doc) and doc[k].text in (",", "—", "–", ")"):
        k += 1
    if k + 3 >= len(doc) or doc[k].lower_ != "as" or doc[k + 1].lower_ != "well" or doc[k + 2].lower_ != "as":
        return None
    more = doc[k + 3]
    for _ in range(2):  # "as well as the X": from the determiner up to the name it hangs on
        if p.mention_of[more.i] < 0 and more.head.i > more.i:
            more = more.head
    return more if p.mention_of[more.i] >= 0 else None


def _listed_before(p: Parse, t: Any) -> list[int]:
    """The names of the list ("A, B and C", each maybe with its bracketed abbreviation) that ends at the comma
    before the phrase of ``t``, read by position: the parse often hangs such a list in pieces."""
    doc = t.doc
    j = t.left_edge.i
    while j < t.i and doc[j].is_punct:
        j += 1
    j -= 2  # the word before the comma
    if j < 0 or doc[j + 1].text != ",":
        return []
    out: list[int] = []
    while j >= 0:
        if doc[j].text == ")" and j >= 3 and doc[j - 2].text == "(":
            j -= 3  # "B (ABBR)"
        if j < 0 or (m := p.mention_of[j]) < 0:
            break
        out.append(m)
        k = j - 1
        while k >= 0 and doc[k].lower_ in (",", "and", "or", "the"):
            k -= 1
        if k == j - 1:
            break
        j = k
    return list(dict.fromkeys(reversed(out)))


_DASHES = ("—", "–", ":")
_LIST_GLUE = (",", "and", "or", "the")


def _listed_after(p: Parse, t: Any) -> list[int]:
    """The names listed by position right after a plural noun and a dash or colon ("five states — A, B and
    C — as well as D"), however the parse hung them: none unless the list holds two names or more."""
    doc = t.doc
    j = t.i + 1
    if j >= len(doc) or doc[j].text not in _DASHES:
        return []
    out: list[int] = []
    j += 1
    while j < len(doc):
        while j < len(doc) and doc[j].lower_ in _LIST_GLUE:
            j += 1
        if j >= len(doc) or (m := p.mention_of[j]) < 0:
            break
        out.append(m)
        j += 1
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
            j += 3  # "B (ABBR)"
        if j < len(doc) and doc[j].text in _DASHES and j + 4 < len(doc) and \
                [w.lower_ for w in doc[j + 1:j + 4]] == ["as", "well", "as"]:
            j += 4  # "— as well as D and E"
        elif j >= len(doc) or doc[j].lower_ not in _LIST_GLUE:
            break
    return list(dict.fromkeys(out)) if len(out) > 1 else []


def _named_by_compound(p: Parse, t: Any) -> bool:
    """Whether the common noun ``t`` already carries a group's or a body's name before it ("the X militia",
    "the X movement"): a name in apposition after it is then another actor of a list ("the X militia, the
    Y Brigade and ..."), not the noun's own name."""
    return p.mention_of[t.i] < 0 and (NOMINAL_HEADS.get(t.lower_) in ("group", "coalition") or
                                      t.lower_ in GROUP_NOUNS) and any(
        c.dep_ == "compound" and c.i < t.i and (m := p.mention_of[c.i]) >= 0 and p.mentions[m].kind == "name"
        and p.mentions[m].type not in ("Person", "Place", "State") for c in t.children)


def _role_apposed(p: Parse, x: Any) -> bool:
    """"X, whose leader, Y, ...": a conjunct with no "and" of its own right after a role noun's comma is the
    role's holder in apposition, not one more of a list."""
    if x.dep_ != "conj" or any(c.dep_ == "cc" for c in x.children):
        return False
    left = x.left_edge.i
    while left < x.i and x.doc[left].is_punct:
        left += 1
    return left >= 2 and x.doc[left - 1].text == "," and x.doc[left - 2].lower_ in fr.ROLE_NOUNS and \
        p.mention_of[left - 2] < 0


def named_after_comma(p: Parse, t: Any) -> list[int]:
    """The name in apposition right after the phrase of ``t`` ("its armed wing, the Y, ..."), where the
    parse hung the apposition on another noun."""
    k = t.right_edge.i + 1
    if k + 1 >= len(t.doc) or t.doc[k].text != ",":
        return []
    k += 1
    if t.doc[k].tag_ == "DT":
        k += 1
    if k < len(t.doc) and p.mention_of[k] >= 0 and t.doc[k].dep_ in ("appos", "conj", "nsubj"):
        end = k
        while end + 1 < len(t.doc) and p.mention_of[end + 1] == p.mention_of[k]:
            end += 1
        after = t.doc[end + 1].text if end + 1 < len(t.doc) else "."
        # (a name set off by commas and read as the next verb's subject: "commander of Y's armed wing,
        # the Z, told reporters")
        if after in (",", ".", ";", ")", "-", "—", "–") and (t.doc[k].dep_ != "nsubj" or after == ","):
            return [p.mention_of[k]]
    return []
