"""A part of an actor named by a phrase after it: "Y's armed wing, a network of gunmen known as X",
"Y's military arm, known as X", "Y and its fighters, X, ...": X is a member of Y.

Called from ``rules.DependencyRules.syntax`` on the words of ``PART_NAME_WORDS``; ``ex`` is the extractor
(the chain of mixins of this package), whose ``np``, ``entity`` and ``emit_frame`` are used.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders.dependency.common import _case
from pactgraph.loaders.syntax import Parse

#: The words that start the reading: a participle that names ("known as X") or a part with its own name
#: set off after it ("its fighters, X").
PART_NAME_WORDS = frozenset({"known", "called", "dubbed", "fighters"})
#: Parts of an actor that a name in apposition may stand for.
_PARTS = frozenset({"wing", "arm", "fighters", "faction", "branch"})
_NAMED_TYPES = frozenset({"ArmedGroup", "Organization"})


def _owners(ex: Any, p: Parse, part: Any) -> list[int]:
    """Whose part ``part`` is: "Y's armed wing", "the armed wing of Y", "Y and its fighters"."""
    poss = [c for c in part.children if c.dep_ == "nmod:poss"]
    if poss and poss[0].tag_ != "PRP$":
        return list(ex.np(p, poss[0], conj=False))
    first = part.left_edge.i
    if poss and part.dep_ == "conj" and p.doc[first].lower_ == "and" and first >= 1:
        # "Y and its fighters": the pronoun is the name right before "and" (wherever the parse hung it)
        m = p.mention_of[first - 1]
        return [m] if m >= 0 else []
    of = [c for c in part.children if c.dep_ == "nmod" and _case(c) == "of"]
    return list(ex.np(p, of[0], conj=False)) if of and not poss else []


def named_part(ex: Any, p: Parse, tok: Any) -> None:
    """Emit member_of(X, Y) for a part of Y named X by the phrase around ``tok``."""
    doc = p.doc
    if tok.lower_ == "fighters":
        # "Y and its fighters, X, ...": the name set off by a comma right after the part (the parse may
        # hang it on Y)
        if tok.dep_ != "conj" or not any(c.dep_ == "nmod:poss" and c.tag_ == "PRP$" for c in tok.children):
            return
        k = tok.right_edge.i + 1
        if k >= len(doc) or doc[k].text != ",":
            return
        # the name right after the comma, closed by another ("..., the X, ..."): an apposition wherever the
        # parse hung it, never the subject of a "said" that follows
        j = k + 1
        while j < len(doc) and doc[j].tag_ == "DT":
            j += 1
        m = p.mention_of[j] if j < len(doc) else -1
        end = j
        while end < len(doc) and p.mention_of[end] == m:
            end += 1
        holders = [m] if m >= 0 and end < len(doc) and doc[end].text in (",", ";", ")") else []
        part = tok
    else:
        # "Y's armed wing, a network known as X", "Y's military arm, known as X"
        if not tok.tag_.startswith("VB") or tok.dep_ not in ("amod", "acl"):
            return
        as_ = [c for c in tok.children if c.dep_ in ("obl", "xcomp") and (
            _case(c) == "as" or tok.lower_ != "known" and c.dep_ == "xcomp")]
        if not as_:
            return
        head = tok.head
        part = head.head if head.dep_ == "appos" and head.lower_ not in _PARTS else head
        if part.lower_ not in _PARTS:
            return
        holders = list(ex.np(p, as_[0], conj=False))
    holders = [m for m in holders if (e := ex.entity(m)) is not None and e.type in _NAMED_TYPES]
    owners = [m for m in _owners(ex, p, part) if m not in holders]
    ex.emit_frame(p, tok, "holder", "member_of", holders, owners, status="asserted")
