"""Reference clauses: whose verb an object pronoun hangs on, and which of two actors "the latter" is.

A mixin of ``loaders.references.References`` (and so of the resolver). "Tom Ark founded the Ash Front and
still leads it": the actor nearest before "it" is the first verb's object, not the subject of "leads", so
the pronoun may be that actor; the subject of both verbs is the clause's first actor. "The Ash Front and
the Reed Army fought on. The former is armed by Z": the first of the two actors named last.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pactgraph.loaders.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from pactgraph.loaders.clusters import Cluster
    from pactgraph.loaders.mentions import Mention

#: Between the first verb's object and the pronoun: " and still leads ", " in 2009 and has run ".
_SECOND_VERB = re.compile(r"(?:\s+(?:in|since|from|during|on|at)\s+[\w-]+(?:\s+\d{4})?)?\s+and\s+"
                          r"(?:(?:still|also|now|later|then|currently|has|have|had|since|today|quickly|"
                          r"soon|effectively|de\s+facto)\s+){0,2}[a-z]+(?:ed|s)\s+$")
#: Verbs whose object is an agreement ("Z brokered it", "both sides have violated it").
_AGREEMENT_VERB_BEFORE = re.compile(
    r"\b(?:sign(?:ed|ing|s)?|broker(?:ed|ing|s)?|mediat(?:ed|ing|es?)|violat(?:ed|ing|es?)|breach(?:ed|ing|es)?|"
    r"broke|break(?:ing|s)?|broken|hono(?:u)?r(?:ed|ing|s)?|respect(?:ed|ing|s)?|implement(?:ed|ing|s)?|"
    r"ratif(?:ied|ying|y|ies)|guarantee(?:d|s)?|guaranteeing|negotiat(?:ed|ing|es?)|renew(?:ed|ing|s)?|"
    r"observ(?:ed|ing|es?)|accept(?:ed|ing|s)?|reject(?:ed|ing|s)?|endors(?:ed|ing|es?)|approv(?:ed|ing|es?))"
    r"\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+(?:(?:also|has|have|had|again)\s+)?([A-Za-z]+)")
#: What may stand before a sentence's subject: quotes, "The".
_OPENING = re.compile(r"[\s\"“‘'(]*(?:[Tt]he\s+)?")
#: Words after "the former", "the latter" that make it a reference (a verb, an adverb, a possessive), not
#: an adjective before its noun ("the former president").
_AFTER_ORDINAL = frozenset({
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might",
    "must", "should", "did", "does", "do", "said", "says", "also", "still", "now", "then", "later",
    "remains", "remained", "became", "being", "'s", "’s", "however", "too", "only", "already", "never",
    "which", "who", "whose", "in", "as", "on", "with", "by", "to", "from", "for", "at", "and", "but", "or",
    # past forms that end in no "-ed" ("the former sent ships")
    "sent", "won", "lost", "took", "held", "made", "gave", "got", "kept", "left", "led", "ran", "broke",
    "began", "went", "came", "fought", "sought", "struck", "told", "paid", "built", "brought", "withdrew",
    "split", "met", "chose", "drew", "stood", "fell", "rose", "grew", "saw", "knew"})
#: Plural nouns "the former" may describe ("the former rebels", "the former allies"): no references.
_ORDINAL_NOUNS = frozenset({
    "rebels", "allies", "leaders", "members", "officials", "officers", "soldiers", "fighters", "combatants",
    "colonies", "enemies", "rivals", "partners", "parties", "states", "republics", "territories",
    "guerrillas", "insurgents", "militants", "commanders", "ministers", "presidents", "regimes",
    "governments", "forces", "groups", "factions", "militias", "troops", "residents", "heads", "chiefs",
    "areas", "lands", "bases", "positions", "talks", "terms", "years", "days", "months", "times",
    "directors", "premises"})


def ordinal_reference(after: str, next_after: str) -> bool:
    """Whether "the former"/"the latter" before the tokens ``after``, ``next_after`` stands for an actor."""
    low = after.lower()
    if not after or not after[0].isalpha():
        return after not in ("-",)  # "the latter.", "the latter,", "the latter's"
    if low in _AFTER_ORDINAL:
        return True
    if low in _ORDINAL_NOUNS or not after.islower():
        return False
    # "the former signed", "the latter receives arms": a verb (a past form, or a present one ending in -s
    # before its object or a preposition)
    return low.endswith("ed") or (low.endswith("s") and not low.endswith("ss")
                                  and next_after[:1].islower() and next_after.lower() not in ("of",))


class ReferenceClauses:
    """The subject of a verb coordinated with an earlier one; "the former", "the latter"."""

    body: str
    mentions: list[Mention]
    clusters: list[Cluster]

    if TYPE_CHECKING:  # the references' (loaders.references.References)
        def join(self, m: Mention, k: int) -> None: ...

        def _sentence_before(self, m: Mention, sent: int) -> list[Mention]: ...

        def _sentence_start(self, x: Mention) -> int: ...

    def _clause_subject_of(self, same: list[Mention], x: Mention, m: Mention, start: int) -> int | None:
        """The subject of the verb whose object is the pronoun ``m``, given ``x``, the actor nearest before
        it in its clause: ``x`` itself, unless ``x`` is the object of a first verb coordinated with the
        pronoun's ("X founded Y and still leads it": X, else no actor known)."""
        if not _SECOND_VERB.fullmatch(self.body, x.end, m.start):
            return x.entity
        before = [y for y in same if start <= y.start and y.end <= x.start and y.entity >= 0
                  and y.entity != x.entity]
        if not before or not re.search(r"\b[a-z]+(?:ed|s)\s+(?:the\s+)?$", self.body[before[0].end:x.start]):
            return None  # x is no verb's object that we can see: the subject is not known
        return before[0].entity

    def ordinal(self, m: Mention) -> None:
        """"The former", "the latter": the first or the second of the last two actors named before it in
        its sentence or the one before (places and pronouns left out)."""
        before = self._sentence_before(m, m.sent - 1) + self._sentence_before(m, m.sent)
        # "The former is armed by Z, while the latter ...": both stand for the pair named before the first
        first = next((k for k, x in enumerate(before) if x.sent == m.sent and x.kind == "pronoun"
                      and x.form in ("former", "latter")), len(before))
        last: list[int] = []
        for x in reversed(before[:first]):
            if x.entity < 0 or x.kind == "pronoun" or x.entity in last or \
                    self.clusters[x.entity].type in ("Place", None) or \
                    self.body[x.end:x.end + 1] == "-":  # "an X-backed militia": no actor of its own
                continue
            last.append(x.entity)
            if len(last) == 2:
                break
        if len(last) == 2:
            self.join(m, last[1] if m.form == "former" else last[0])

    def body_nominal(self, m: Mention) -> None:
        """"The council", "the commission": the body named before whose name has the word for its head
        ("the Supreme Peace Council", "the Council of Elders"), the one the text has most made an actor of
        (each mention counts, more when it opens its sentence, less when it is "of" another's); none when
        no such body was named ("the town council" is no actor the text names)."""
        word = m.name.lower()
        described = re.search(r"\bthe\s+((?:[a-z][\w-]*\s+)*)$", self.body[max(0, m.start - 40):m.start])
        modifiers = described.group(1).split() if described else []
        score: dict[int, int] = {}
        first: dict[int, int] = {}
        for x in self.mentions[:m.index]:
            c = self.clusters[x.entity] if x.entity >= 0 else None
            if c is None or x.kind not in ("name", "gaz") or not c.names or \
                    c.type not in ("Organization", "ArmedGroup", "State"):
                continue
            words = c.names[0].lower().split()
            cut = next((i for i, w in enumerate(words) if w in ("of", "for", "in", "on") and i > 0),
                       len(words))
            if word not in (words[-1], words[cut - 1]) or any(w not in words for w in modifiers):
                continue  # "the town council" is not the "Supreme Council"
            opens = not self._sentence_before(x, x.sent)
            owned = re.search(r"\bof\s+(?:the\s+)?$", self.body[max(0, x.start - 8):x.start]) is not None
            score[x.entity] = score.get(x.entity, 0) + 1 + 2 * opens - owned
            first.setdefault(x.entity, x.index)
        if score:
            self.join(m, max(score, key=lambda k: (score[k], -first[k])))

    def _topic(self, m: Mention) -> int:
        """The actor the sentence before ``m`` opens on as its subject ("The Sable Front attacked a base of
        the Iron Brigade. The group ..."), or, when that sentence opens on "It"/"Its", the one the sentence
        before it opens on: the actor the text is talking about, which a nominal after it most likely is
        (-1: none)."""
        sent = m.sent - 1
        for _ in range(2):
            ms = self._sentence_before(m, sent)
            if not ms or not _OPENING.fullmatch(self.body, self._sentence_start(ms[0]), ms[0].start):
                return -1
            first = ms[0]
            if first.kind == "pronoun" and first.form in ("it", "they"):
                sent -= 1  # "Its fighters clashed with Y": the subject of the sentence before still
                continue
            word = _WORD_AFTER.match(self.body, first.end)
            if word is not None and word.group(1).lower() in SPEECH_VERBS:
                return -1  # "X says Y is armed by Z": the speaker, not what the text is about
            return first.entity
        return -1

    def _agreement_object(self, m: Mention) -> int:
        """The agreement an object "it" of an agreement's verb stands for ("Sudan brokered it", "both have
        violated it"): the last one named in its sentence or the two before (-1: none)."""
        if m.text.lower() != "it" or \
                not _AGREEMENT_VERB_BEFORE.search(self.body, max(0, m.start - 20), m.start):
            return -1
        for k in range(m.index - 1, -1, -1):
            x = self.mentions[k]
            if x.sent < m.sent - 2:
                break
            if x.entity >= 0 and self.clusters[x.entity].type == "Agreement":
                return x.entity
        return -1

