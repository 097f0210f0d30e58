"""Aid that moves, named as the subject of a verb of motion or by a noun of flow: "weapons flowed from X to
Y", "money poured in from X", "arms continued to flow to Y from X", "X's weapons reached Y", "the flow of arms
from X to Y": X backs Y.

Called from ``rules.DependencyRules.syntax`` on the words of ``FLOW_WORDS``; ``ex`` is the extractor (the
chain of mixins of this package), whose ``np`` and ``emit_frame`` are used. What moves must be goods of war or
money (not people: "troops reached Y" may be an assault, "refugees flowed to Y" is no aid; not what is fired:
"X's missiles reached Y" is a strike; not oil or fuel, which are traded). "reach" needs a sender named by
"from X" ("X's weapons reached Y" may be arms taken from X); "no weapons flowed ..." reads nothing.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import _case, _forms, _is_noun, _is_verbal
from pactgraph.loaders.dependency.hostile import _FIRED
from pactgraph.loaders.syntax import Parse

#: Verbs whose subject is what moves ("weapons flowed", "money poured in", "arms reached Y").
_MOVE_FORMS = _forms("flow", "pour", "reach", "stream")
_REACH_FORMS = _forms("reach")
#: Nouns of a movement of goods ("the flow of weapons from X to Y").
_FLOW_NOUNS = frozenset({"flow", "flows", "stream", "pipeline"})
FLOW_WORDS = _MOVE_FORMS | _FLOW_NOUNS
#: The aid nouns that name people, who may move for other ends than aid.
_PEOPLE = frozenset({"troops", "soldiers", "fighters", "advisers", "advisors", "trainers", "mercenaries",
                     "instructors", "officers", "specialists", "forces", "units", "personnel"})
#: Goods that are traded as much as given ("oil flowed from X to Y under a trade deal").
_TRADED = frozenset({"oil", "fuel"})
#: Words before what moves that deny it moved ("no weapons flowed to Y").
_NONE = frozenset({"no", "never"})
_GOODS = fr.AID_NOUNS - _PEOPLE - _TRADED - _FIRED


def _word(p: Parse, tok: Any) -> str:
    """The word, also when the sentence opens with it and it was taken for a name of no known kind ("Weapons
    flowed ...", given to the parser as a name)."""
    m = p.mention_of[tok.i]
    if m >= 0 and p.mentions[m].type is None and p.mentions[m].kind == "name":
        return p.mentions[m].text.lower()
    return tok.lower_


def _after(ex: Any, p: Parse, heads: list[Any], prep: str) -> list[int]:
    return [m for h in heads for c in h.children if c.dep_ in ("obl", "nmod") and _case(c) == prep
            for m in ex.np(p, c)]


def _senders(ex: Any, p: Parse, thing: Any) -> list[int]:
    """"X's weapons", "Xian weapons": the owner named before the things."""
    return [p.mention_of[c.i] for c in thing.children if c.i < thing.i and p.mention_of[c.i] >= 0
            and c.dep_ in ("nmod:poss", "amod", "compound")]


def aid_moves(ex: Any, p: Parse, tok: Any) -> None:
    """Emit backs(X, Y) for goods or money that move from X to Y (``tok``: the verb or the noun of flow)."""
    if tok.lower_ in _FLOW_NOUNS and _is_noun(tok):
        things = [c for c in tok.children if c.dep_ == "nmod" and _case(c) == "of" and c.lower_ in _GOODS]
        if not things:
            return
        heads = [tok, *things]
        senders = _after(ex, p, heads, "from") + _senders(ex, p, things[0])
        receivers = _after(ex, p, heads, "to")
    elif tok.lower_ in _MOVE_FORMS and _is_verbal(tok):
        # "arms continued to flow to Y": the subject of the verb the infinitive hangs on
        owner = tok.head if tok.dep_ == "xcomp" and tok.head.i != tok.i else tok
        things = [c for c in owner.children if c.dep_ == "nsubj" and _word(p, c) in _GOODS]
        if not things or any(c.lower_ in _NONE for t in things for c in t.children if c.dep_ == "det"):
            return
        heads = [tok, *things]
        senders = _after(ex, p, heads, "from")
        if tok.lower_ not in _REACH_FORMS:
            senders += _senders(ex, p, things[0])
        receivers = _after(ex, p, heads, "to")
        if tok.lower_ in _REACH_FORMS:
            # "weapons reached Y": the object itself, not a place or a thing of Y's ("reached Y's lines")
            receivers += [p.mention_of[o.i] for o in tok.children
                          if o.dep_ == "obj" and p.mention_of[o.i] >= 0]
    else:
        return
    receivers = [m for m in receivers if m not in senders]
    ex.emit_frame(p, tok, "verb", "backs", senders, receivers)
