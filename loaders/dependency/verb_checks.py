"""The questions the verb frames (``dependency/verb.py``) ask of the parse around a trigger verb: a verb
read as a modifier, a part of an agreement, a broker's "as", a place named, a reciprocal, an office led.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import (
    _AGREEMENT_PARTS,
    _PART_WORDS,
    _PLACE_KIND_NOUNS,
    _case,
)
from pactgraph.loaders.dependency.leaders import LeaderFrames
from pactgraph.loaders.syntax import Parse

#: Offices of a state or body that a man may head as one of its people ("X heads Y's defence ministry", "the
#: ministry, headed by X"), when the office has no name of its own.
_OFFICE_NOUNS = frozenset({"ministry", "ministries", "department", "directorate", "secretariat"})


class VerbChecks(LeaderFrames):
    """Questions about the parse around a trigger verb, for ``VerbFrames.verb``."""

    @staticmethod
    def _past_read_modifier(p: Parse, v: Any) -> bool:
        """"X smuggled weapons to Y", "X delivered tanks to Y", "with X supplying arms to Y": a verb right
        after a name, read as a modifier of the aid noun after it, with the name its subject or a modifier of
        that noun."""
        if v.dep_ != "amod" or v.tag_ not in ("VBD", "VBN", "VBG") or v.i < 1 or v.head.i <= v.i or \
                v.head.lower_ not in fr.AID_NOUNS:
            return False
        name = v.doc[v.i - 1]
        return p.mention_of[name.i] >= 0 and name.head.i in (v.i, v.head.i) and \
            name.dep_ in ("nsubj", "compound", "amod")

    @staticmethod
    def _a_part(o: Any) -> bool:
        """"much of Z", "parts of Z", "several districts of Z": a part of the place after "of"."""
        if not any(c.dep_ == "nmod" and _case(c) == "of" for c in o.children):
            return False
        return o.lower_ in _PART_WORDS or o.tag_ == "NNS" and any(
            c.lower_ in ("several", "some", "few", "many") for c in o.children if c.dep_ in ("amod", "det"))

    def _parts_of_it(self, p: Parse, v: Any) -> bool:
        """The verb's subject is "its" parts ("its core chapters", "its terms"), with "its" read as no
        agreement."""
        for c in v.children:
            if c.dep_ == "nsubj" and c.lower_ in _AGREEMENT_PARTS:
                return any(x.dep_ == "nmod:poss" and x.lower_ == "its" and (
                    (e := self.entity(p.mention_of[x.i])) is None or e.type != "Agreement")
                           for x in c.children if p.mention_of[x.i] >= 0)
        return False

    def _agreement_before(self, p: Parse, v: Any) -> list[int]:
        """The last agreement the sentence names before the verb (none past a clause of its own)."""
        for t in reversed(v.doc[:v.i]):
            if t.text == ";":
                break
            m = p.mention_of[t.i]
            if m >= 0 and (e := self.entity(m)) is not None and e.type == "Agreement":
                return [m]
        return []

    @staticmethod
    def _as_broker(o: Any) -> bool:
        """"with X as facilitator", "with X and Y as guarantors": brokers, not sides (the "as" phrase on the
        name or right after it on the verb)."""
        after = [c for c in o.head.children if c.i > o.i and c.dep_ in ("obl", "advcl", "xcomp")]
        return any(c.dep_ in ("nmod", "acl", "obl", "advcl", "xcomp") and any(
            x.lower_ == "as" and x.dep_ in ("case", "advmod", "mark") for x in c.children) and
            fr.HOLDER_NOUNS.get(c.lower_, ("",))[0] == "brokered"
            for c in [c for x in (o, *o.conjuncts) for c in x.children] + after[:1])

    def _names_place(self, p: Parse, o: Any) -> bool:
        """Whether an object names a place: a place's name, or "the town of Z", "the hub"."""
        m = p.mention_of[o.i]
        if m >= 0:
            return (e := self.entity(m)) is not None and e.type == "Place"
        return o.lower_ in _PLACE_KIND_NOUNS

    @staticmethod
    def _reciprocal(v: Any) -> bool:
        """Whether the verb's object is "each other" or "one another"."""
        return any(c.dep_ == "obj" and (
            c.lower_ == "each" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "other"
            or c.lower_ == "other" and c.i > 0 and c.nbor(-1).lower_ == "each"
            or c.lower_ == "one" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "another")
            for c in v.children)

    @staticmethod
    def _urged(v: Any) -> bool:
        """"pushed Y to accept", "drove Y toward a deal": a verb of force read as urging, with a
        to-infinitive or a "toward" phrase after its object."""
        return any(c.i > v.i and (c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and any(
            m.dep_ == "mark" and m.lower_ == "to" for m in c.children) or c.dep_ == "obl" and _case(c) in (
                "toward", "towards")) for c in v.children)


    def _part_owners(self, p: Parse, part: Any) -> list[int]:
        """Whose a part or an office is: "X's team", "the team of X", "the X team"."""
        return [m for c in part.children if c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and _case(c) == "of")
                or (c.dep_ in ("amod", "compound") and p.mention_of[c.i] >= 0) for m in self.np(p, c)]

    @staticmethod
    def _office_led(p: Parse, v: Any) -> Any | None:
        """The unnamed office a passive "headed by" leads ("the ministry, headed by X"), or None."""
        led = [c for c in v.children if c.dep_ == "nsubj:pass"] or (
            [v.head] if v.dep_ in ("acl", "amod") else [])
        return next((t for t in led if t.lower_ in _OFFICE_NOUNS and p.mention_of[t.i] < 0), None)


def _talks_measured(nouns: list[Any]) -> list[Any]:
    """The talks a measure of them stands for: "X chaired two rounds of negotiations", "X hosted a week of
    talks" (the object is the measure; the talks hang on it with "of")."""
    return [c for o in nouns if o.lower_ not in fr.TALK_NOUNS for c in o.children
            if c.dep_ == "nmod" and c.lower_ in fr.TALK_NOUNS and any(
                g.dep_ == "case" and g.lower_ == "of" for g in c.children)]
