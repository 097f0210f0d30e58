"""Accusations read from the parse: who stands accused, and whether the charge is denied.

"X is accused of arming Y", "X has been accused of ...", "X stands accused of ...": the accused is the
subject of the passive (or of the verb "accused" completes), and the relation is alleged. A denial set off
after the charge ("..., a charge it denies", "..., which X denies", "..., allegations it rejects") makes
the whole charge denied.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.syntax import Parse

#: The nouns that name a charge in the aside that denies it ("a charge it denies").
_CHARGE_NOUNS = frozenset({"charge", "charges", "accusation", "accusations", "allegation", "allegations",
                           "claim", "claims"})
#: The verbs that may stand between an aside's subject and its verb of denial ("which it has denied").
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "does", "do", "did"})


def accused_subject(v: Any, claims: bool = False) -> Any | None:
    """The word for the accused of a passive accusation over the verb ``v`` ("X is accused of arming Y",
    "X stands accused of arming Y", "X, accused by Z of arming Y"): the passive subject of "accused", the
    subject of the verb it completes, the noun the participle describes, or the antecedent of "which Z
    accuses of"; None when no passive accusation governs ``v``. With ``claims``, any passive claim counts
    ("X is believed to back Y")."""
    h = v.head
    if v.dep_ not in ("advcl", "obl", "acl", "xcomp") or h.i == v.i or h.lower_ not in (
            fr.CLAIM_VERBS if claims else fr.ACCUSE_FORMS):
        return None
    objects = [c for c in h.children if c.dep_ in ("obj", "iobj")]
    if objects and objects[0].lower_ in ("which", "who", "whom") and h.dep_ == "acl:relcl" and \
            h.lower_ in fr.ACCUSE_FORMS:
        return h.head  # "X, which Z accuses of arming Y": the relative word is the accused
    if objects:
        return None
    passive = [c for c in h.children if c.dep_ == "nsubj:pass"]
    if passive:
        return passive[0]
    if h.tag_ != "VBN" or h.lower_ not in fr.ACCUSE_FORMS:
        return None
    if h.dep_ == "xcomp":
        subjects = [c for c in h.head.children if c.dep_ == "nsubj"]
        return subjects[0] if subjects else None
    if (h.dep_ in ("acl", "amod", "appos") or h.dep_ == "conj" and h.head.tag_.startswith("NN")) and \
            h.head.i < h.i:
        return h.head  # "X, accused by Z of arming Y, ..."
    return None


def charge_denied(p: Parse, t: Any) -> bool:
    """Whether an aside right after the trigger's phrase denies the charge (see ``charge_deniers``)."""
    return charge_deniers(p, t) is not None


def charge_deniers(p: Parse, t: Any) -> set[int] | None:
    """Whether an aside right after the trigger's phrase denies the charge: a charge noun or a relative
    word after a comma, then the verb of denial with no other verb before it (", a charge it denies",
    ", which X has denied", ", allegations both governments reject"; not ", which deny any link to Z"): the
    mentions that name who denies it (none for "both governments"), or None if no aside denies it."""
    doc = t.doc
    for comma in doc[t.i + 1:]:
        if comma.text == ";" or comma.tag_.startswith("VB") and comma.lower_ not in _AUXILIARIES:
            return None  # the aside follows the trigger's own phrase, not another clause
        if comma.text != ",":
            continue
        k = comma.i + 1
        while k < len(doc) and doc[k].lower_ in ("a", "an", "the", "both"):
            k += 1
        if k >= len(doc) or doc[k].lower_ not in _CHARGE_NOUNS and doc[k].lower_ != "which":
            continue
        for j in range(k + 1, len(doc)):
            x = doc[j]
            if x.lower_ in fr.DENY_VERBS:
                if j > k + 1:
                    return {m for y in doc[k + 1:j] if (m := p.mention_of[y.i]) >= 0}
                break
            if x.is_punct or x.tag_.startswith("VB") and x.lower_ not in _AUXILIARIES:
                break
    return None
