"""Lists the parse hangs in pieces, read by position (helpers of ``dependency.arguments``).

* "A and B — as well as C": the name after "as well as", wherever the parse hung it;
* "A, B (ABBR) and C, the three groups that ...": the names of the list that ends at the comma before a
  plural noun's phrase.
"""

from __future__ import annotations

from typing import Any

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
