"""Reference hints: the named actor a coalition word or a man's government stands for.

A mixin of ``loaders.references.References`` (and so of the resolver): "X is a coalition of ..." and "the
bloc" name a body the text has named; "Kor's government" is the government of the state the man is named
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
_COPULA_COALITION = re.compile(r"[”\"’']?\)?(?:\s*\([^()]{1,40}\))?\s+(?:is|was|remains|became)\s+"
                               r"(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}")
#: "X is the main coalition partner", "X is an alliance member": a part of a coalition, not the coalition.
_COALITION_PART_AFTER = re.compile(r"\s+(?:partners?|members?|governments?|forces|troops|talks|deal|"
                                   r"agreement|leaders?|parties)\b")
#: Where a coalition word that describes a name ends its noun phrase ("a coalition of ...", "an alliance that
#: ...", "a coalition."): not "a coalition builder", "the coalition's spokesman".
_COALITION_ENDS = re.compile(r"\s+(?:of|that|which|uniting|formed|founded|born|created)\b|\s*[,.;:]")
#: "the bloc", "the 15-member bloc", "its participation in the bloc": a definite coalition word.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:\d+-member\s+|[a-z]+-nation\s+)?$", re.IGNORECASE)


#: Between a state and a man it gives a title to: "Valdoria's President ", "Valdorian Prime Minister ".
_STATE_TITLE_GAP = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w.-]*\s+){1,3}")
#: Between a man and the state of his title: ", President of ", ", the Prime Minister of ".
_TITLE_OF_STATE_GAP = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3}of\s+(?:the\s+)?")
#: Between two clauses of one sentence, each with its own subject: ", and ", "; ".
_CLAUSES_APART = re.compile(r",\s+(?:and|while|but)\s+|;\s+")
#: A state named as a place or a source, not as a side: "talks in X", "under pressure from X".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|into|near|inside|across|via|by|with|against|over|on)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)

#: Between a name and a nominal in apposition to it: "X, the junta", "X (AX), the junta".
_APPOSITION_GAP = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?,\s+the\s+(?:[a-z][\w-]*\s+){0,2}")

#: Before the name a nominal is given: "known locally as ", "calling themselves ", "called the ".
_CALLED = re.compile(r"[”\"'’]?,?\s+(?:(?:but|and|or)\s+)?(?:(?:also|locally|widely|commonly|better)\s+)?"
                     r"(?:known|called|named|(calling\s+(?:itself|themselves)))\s+(?:locally\s+)?(?:as\s+)?"
                     r"(?:the\s+)?[“\"'‘]?")


class ReferenceHints:
    """Which named actor a coalition word or a possessed state's noun stands for."""

    mentions: list[Mention]
    clusters: list[Cluster]
    body: str
    #: The clusters a copula made coalitions ("X is a coalition of ..."): "the alliance" after is X.
    _coalitions_said: set[int]

    if TYPE_CHECKING:  # the references' (loaders.references.References)
        def _tally_before(self, m: Mention) -> dict[int, list[int]]: ...

        def _sentence_before(self, m: Mention, sent: int) -> list[Mention]: ...

    @staticmethod
    def _headed_by(c: Cluster, word: str) -> bool:
        """Whether a cluster's name has ``word`` for its head: its last word, or the last before "of", "for"
        or "in" ("the party": the "Communist Party of Valdoria"; "the mission": "... Mission in Kessa")."""
        if not c.names:
            return False
        words = c.names[0].lower().split()
        cut = next((i for i, w in enumerate(words) if w in ("of", "for", "in") and i > 0), len(words))
        return words[-1] == word or words[cut - 1] == word

    def _named_after(self, m: Mention) -> int | None:
        """The name a nominal is given right after it: "the militants, known locally as X", "the group known
        as X", "the fighters, known as X but calling themselves Y" (the name they call themselves)."""
        found: list[tuple[bool, int]] = []
        start = m.end
        for n in self.mentions[m.index + 1:m.index + 3]:
            gap = _CALLED.fullmatch(self.body, start, n.start) if n.sent == m.sent else None
            if gap is None:
                break
            if n.entity >= 0 and n.kind in ("name", "gaz") and \
                    self.clusters[n.entity].type in ("ArmedGroup", "Organization"):
                found.append((gap.group(1) is not None, n.entity))
            start = n.end
        return max(found, key=lambda f: f[0])[1] if found else None

    def _prefer_headed(self, counts: Counter[int], word: str) -> list[int]:
        """The candidates whose name has the nominal's word for its head, when some do ("the party": the
        "Communist Party of Valdoria", however often another group was named), else all ("the movement" and
        "the group" are said of any group)."""
        if word in ("group", "movement"):
            return list(counts)  # said of any armed group, whatever its name ends in
        headed = [k for k in counts if self._headed_by(self.clusters[k], word)]
        return headed or list(counts)

    def _coalition_named(self, m: Mention, prev: Mention | None, led: bool) -> int | None:
        """The named body a coalition word stands for: "X is a coalition of ..." (X), "the bloc", "the
        alliance" with no coalition of that word before (the body the text has talked most of that goes by
        the word, or for "the bloc" the body of states it has talked most of)."""
        if prev is not None and prev.entity >= 0 and prev.kind in ("name", "gaz") and \
                _COPULA_COALITION.fullmatch(self.body, prev.end, m.start) and \
                not _COALITION_PART_AFTER.match(self.body, m.end):
            c = self.clusters[prev.entity]
            if c.type in (None, "Person") and not c.gaz_id and _COALITION_ENDS.match(self.body, m.end) and \
                    not any(self.mentions[i].title for i in c.mentions):
                # "Zorya Vanta is a coalition of ...": two words of a man's shape, said to be a coalition
                c.type, c.person = "ArmedGroup", min(c.person, 0)
            if c.type in ("ArmedGroup", "Organization"):
                self._coalitions_said.add(prev.entity)  # (so that "the alliance" later is X too)
                return prev.entity
        if led or not _DEFINITE_BEFORE.search(self.body, max(0, m.start - 24), m.start):
            return None
        counts: Counter[int] = Counter()
        last: dict[int, int] = {}
        for entity, (seen, index) in self._tally_before(m).items():
            c = self.clusters[entity]
            if c.generic or c.type not in ("ArmedGroup", "Organization"):
                continue
            # (or the body the word was said of before: "X, a coalition of ... joined the coalition")
            said = entity in self._coalitions_said or any(
                self.mentions[i].kind == "nominal" and self.mentions[i].name == m.name for i in c.mentions)
            if m.name in c.aliases or said or \
                    m.form == "coalition" and m.name == "bloc" and c.type == "Organization":
                counts[entity] = seen
                last[entity] = index
        return max(counts, key=lambda k: (counts[k], last[k])) if counts else None

    def _persons_state(self, m: Mention) -> int | None:
        """The state of the man whose government or army ``m`` is ("Kor's government"): the one named
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
        # (a state of a clause of its own, "X, which ..., sent envoys, and P's government ...": not one that
        # acts on the government, "X has backed P's government")
        sides = {x.entity for x in self._sentence_before(m, m.sent)
                 if x.entity >= 0 and x.kind in ("gaz", "name") and self.clusters[x.entity].type == "State"
                 and not _PLACE_BEFORE.search(self.body, max(0, x.start - 30), x.start)
                 and _CLAUSES_APART.search(self.body, x.end, owner.start)}
        return sides.pop() if len(sides) == 1 else None

    def _named_in_apposition(self, m: Mention) -> int | None:
        """The actor named right before a nominal in apposition to it ("X (AX), the junta of ...")."""
        prev = self.mentions[m.index - 1] if m.index > 0 else None
        if prev is None or prev.entity < 0 or prev.kind != "name" or prev.sent != m.sent or \
                self.clusters[prev.entity].type not in ("ArmedGroup", "Organization"):
            return None
        gap = self.body[prev.end:m.start]
        if not _APPOSITION_GAP.fullmatch(gap) or self.body[m.end:m.end + 2] in ("'s", "’s"):
            return None
        return prev.entity

    def _full_form_before(self, m: Mention) -> int | None:
        """The last actor before ``m`` named "<its word> of ..." ("the Government of X", "the Government")."""
        lead = m.text + " of "
        for x in reversed(self.mentions[:m.index]):
            if x.entity >= 0 and x.kind == "name" and x.text.startswith(lead):
                return x.entity
        return None
