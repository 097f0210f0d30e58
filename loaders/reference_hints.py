"""Reference hints: the named actor a coalition word or a man's government stands for.

A mixin of ``loaders.references.References`` (and so of the resolver): "X is a coalition of ..." and "the
bloc" name a body the text has named; "Kabbah's government" is the government of the state the man is named
with, not of the state the text talks most of.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from pactgraph.loaders.mentions import Mention

if TYPE_CHECKING:
    from pactgraph.loaders.clusters import Cluster

#: "X is a coalition of", "X (“...”) is an alliance of": the coalition word describes the name before it.
_COPULA_COALITION = re.compile(r"\)?(?:\s*\([^()]{1,40}\))?\s+(?:is|was|remains|became)\s+(?:an?|the)\s+"
                               r"(?:[a-z][\w-]*\s+){0,2}")
#: "the bloc", "the 15-member bloc", "its participation in the bloc": a definite coalition word.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:\d+-member\s+|[a-z]+-nation\s+)?$", re.IGNORECASE)


#: Between a state and a man it gives a title to: "Valdoria's President ", "Valdorian Prime Minister ".
_STATE_TITLE_GAP = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w.-]*\s+){1,3}")
#: Between a man and the state of his title: ", President of ", ", the Prime Minister of ".
_TITLE_OF_STATE_GAP = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3}of\s+(?:the\s+)?")
#: A state named as a place or a source, not as a side: "talks in X", "under pressure from X".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|into|near|inside|across|via|by|with|against|over|on)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)


class ReferenceHints:
    """Which named actor a coalition word or a possessed state's noun stands for."""

    mentions: list[Mention]
    clusters: list[Cluster]
    body: str

    if TYPE_CHECKING:  # the references' (loaders.references.References)
        def _tally_before(self, m: Mention) -> dict[int, list[int]]: ...

        def _sentence_before(self, m: Mention, sent: int) -> list[Mention]: ...

    def _coalition_named(self, m: Mention, prev: Mention | None, led: bool) -> int | None:
        """The named body a coalition word stands for: "X is a coalition of ..." (X), "the bloc", "the
        alliance" with no coalition of that word before (the body the text has talked most of that goes by
        the word, or for "the bloc" the body of states it has talked most of)."""
        if prev is not None and prev.entity >= 0 and prev.kind in ("name", "gaz") and \
                self.clusters[prev.entity].type in ("ArmedGroup", "Organization") and \
                _COPULA_COALITION.fullmatch(self.body, prev.end, m.start):
            return prev.entity
        if led or not _DEFINITE_BEFORE.search(self.body, max(0, m.start - 24), m.start):
            return None
        counts: Counter[int] = Counter()
        last: dict[int, int] = {}
        for entity, (seen, index) in self._tally_before(m).items():
            c = self.clusters[entity]
            if c.generic or c.type not in ("ArmedGroup", "Organization"):
                continue
            if m.name in c.aliases or m.form == "coalition" and m.name == "bloc" and c.type == "Organization":
                counts[entity] = seen
                last[entity] = index
        return max(counts, key=lambda k: (counts[k], last[k])) if counts else None

    def _persons_state(self, m: Mention) -> int | None:
        """The state of the man whose government or army ``m`` is ("Kabbah's government"): the one named
        with his title ("Valdorian President Jan Kor", "Kor, President of Valdoria"), else the one state the
        sentence names as a side before him ("Narva, which ..., and Prime Minister Kor's government")."""
        owner = self.mentions[m.index - 1] if m.index > 0 else None
        if owner is None or owner.entity < 0 or self.clusters[owner.entity].type != "Person" or \
                self.body[owner.end:m.start] not in ("'s ", "’s "):
            return None
        ms = self.mentions
        for i in self.clusters[owner.entity].mentions:
            x = ms[i]
            if x.kind != "name":
                continue
            before = ms[i - 1] if i > 0 else None
            after = ms[i + 1] if i + 1 < len(ms) else None
            ties = ((before, _STATE_TITLE_GAP.fullmatch(self.body, before.end, x.start) if before else None),
                    (after, _TITLE_OF_STATE_GAP.fullmatch(self.body, x.end, after.start) if after else None))
            for y, gap in ties:
                if y is not None and gap is not None and y.entity >= 0 and y.sent == x.sent and \
                        y.kind in ("gaz", "name") and self.clusters[y.entity].type == "State":
                    return y.entity
        sides = {x.entity for x in self._sentence_before(m, m.sent)
                 if x.entity >= 0 and x.kind in ("gaz", "name") and self.clusters[x.entity].type == "State"
                 and not _PLACE_BEFORE.search(self.body, max(0, x.start - 30), x.start)}
        return sides.pop() if len(sides) == 1 else None
