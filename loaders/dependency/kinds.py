"""Role nouns that name a kind of organisation, not a role: "X, a nationalist party" is a political
party, never a party to the agreement in context ("X, a party to the accord" and "the party that signed
it" still are).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import _case


def party_kind(n: Any) -> bool:
    """"X, a Sarnic nationalist party", "X is a small party": a singular "party" with an indefinite
    article, set beside a name (apposition or copula), with no "to"/"of" phrase and no relative clause."""
    if n.lower_ != "party" or n.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in n.children):
        return False
    if n.dep_ != "appos" and not any(c.dep_ == "cop" for c in n.children):
        return False
    return not any(c.dep_ in ("acl:relcl", "acl") or c.dep_ == "nmod" and _case(c) in ("to", "of")
                   for c in n.children)


def one_member(n: Any) -> bool:
    """"A Norlandic member of Y said ...": a singular "member" with an indefinite article is one person,
    the modifier before it only where that person comes from (not the member itself)."""
    return n.lower_ == "member" and n.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in n.children)


def second_role(n: Any, c: Any) -> bool:
    """"X, the Y leader, and Z, its spokesman, ...", "the president of Y, X, and the emir of W, Z": a role
    noun with an owner of its own ("its", "of W"), read as a conjunct of the first role or of its owner, is
    another man's role (or the man's second one), not the first role's holder."""
    return c.tag_ in ("NN", "NNS") and (c.lower_ in fr.ROLE_NOUNS or c.lower_ in fr.HOLDER_NOUNS) and any(
        x.dep_ == "nmod:poss" and (x.tag_ == "PRP$" or c.lower_ != n.lower_) or x.dep_ == "nmod" and
        _case(x) == "of" and c.lower_ != n.lower_ for x in c.children)


def later(n: Any, c: Any) -> bool:
    """"Y's leader, X, and his deputy, Z, ...": a name hung on the first role after a second role (a
    conjunct of the first role or of its owner, with an owner of its own) is the second role's holder."""
    return c.dep_ == "appos" and any(x.dep_ == "conj" and second_role(n, x) for x in n.doc[n.i + 1:c.i])
