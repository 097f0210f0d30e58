"""A man's role named by its owner right before his title and name: "Velmar's General X", "ZRG Prime
Minister Y", "the Front's deputy commander Z", "Ostrel's deputy foreign minister W".

A document pass of ``loaders.relations.Extractor`` (before the titled-official guess, which then leaves
these people alone): the owner is the actor mention that ends right before the role's words (with or
without "'s"); the role's words are the person's capitalised title and the lower-case role words before
it. A head's role (president, prime minister, leader, chief, commander, secretary-general) makes him
``leader_of`` the owner; a deputy's, a part's ("army chief"), a minister's, an envoy's or a military rank
makes him ``member_of`` it. A rank is a head's when the sentence says he came to or seized power ("X's
General Y, who seized power in ..."). Roles that are over ("former", "late") give nothing.
"""

from __future__ import annotations

import re

from pactgraph.loaders.extractor_state import ExtractorState
from pactgraph.loaders.inference import Found
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.text import Sentence

#: Role words of a head of the owner.
_HEAD_WORDS = frozenset({"president", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader",
                         "chief", "head", "commander", "chairman", "chairwoman", "chair", "ruler",
                         "secretary-general", "commander-in-chief", "boss", "coordinator"})
#: Role words of one of the owner's people.
_MEMBER_WORDS = frozenset({"minister", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson",
                           "negotiator", "official", "adviser", "advisor", "representative", "delegate",
                           "diplomat", "secretary", "aide", "commissioner", "governor", "senator", "speaker",
                           "officer", "member", "deputy", "vice-president", "lawmaker", "mayor"})
#: Military ranks: one of the owner's people (its head when he came to power).
_RANKS = frozenset({"general", "colonel", "captain", "major", "lieutenant", "lieutenant-general",
                    "major-general", "brigadier", "brigadier-general", "admiral", "marshal", "sergeant",
                    "commandant", "lieutenant-colonel", "colonel-general"})
#: Words that make a head's role a deputy's or a part's ("deputy commander", "army chief").
_SUBORDINATE = frozenset({"deputy", "vice", "assistant", "second", "senior", "regional", "field", "local",
                          "army", "military", "navy", "naval", "police", "intelligence", "security",
                          "defence", "defense", "foreign", "interior", "finance", "justice", "economy",
                          "energy", "first", "air", "force", "provincial", "district", "junior"})
#: Words a role may carry beside those above.
_MODIFIERS = frozenset({"prime", "supreme", "top", "acting", "interim", "new", "current", "political",
                        "special", "chief", "lead", "de", "facto", "long-time", "longtime", "overall",
                        "state", "field", "senior", "powerful", "veteran", "self-styled", "self-declared",
                        "general", "staff", "armed", "forces", "national", "peace"})
#: Words that mark the role as over.
_OVER = frozenset({"former", "ex", "late", "then", "outgoing", "ousted", "deposed", "onetime", "erstwhile",
                   "retired", "exiled", "slain", "fallen", "previous"})
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sheikh", "excellency", "his",
                         "her", "majesty", "highness", "royal", "prince", "princess", "crown", "imam",
                         "mullah", "ayatollah", "sir", "dame", "lord"})
#: The owner's possessive and the lower-case role words before the title.
_GAP = re.compile(r"(?:['’]s)?\s+(?P<words>(?:[a-z][\w-]*\s+){0,4})$")
#: "X ... came to power", "seized power": a head's coming.
_TO_POWER = re.compile(r"\b(?:(?:came|come|comes|rose|swept|returned)\s+to|seized|seize|seizes|took|take|"
                       r"takes|grabbed)\s+power\b")
#: "the former Y prime minister X": the role is over.
_OVER_BEFORE = re.compile(r"\b(?:former|ex-|late|then|outgoing|ousted|deposed|onetime|erstwhile|retired)\s+"
                          r"(?:the\s+)?$", re.I)
#: " of the " between a titled man and his actor.
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
#: "the country's president, " right before a man's name (or "the region's leader is ").
_COUNTRY = r"[Tt]he\s+(?:country|nation|republic|kingdom|region|enclave|territory|emirate)(?:'s|’s)\s+"
_COUNTRY_BEFORE = re.compile(rf"\b{_COUNTRY}(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)"
                             r"(?:,\s+|\s+is\s+|\s+)$")
#: ", the country's foreign minister" right after it.
_COUNTRY_AFTER = re.compile(rf"\s*,\s+{_COUNTRY}(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)\s*[,.;]")
_ACTORS = frozenset({"State", "ArmedGroup", "Organization"})


class OwnedTitles(ExtractorState):
    """``owned_titles``: a person's role named by the actor right before it."""

    def owned_titles(self) -> None:
        roles = {(f.subject.id, f.object.id) for f in self.found
                 if f.predicate in ("leader_of", "member_of") and f.subject.type == "Person"}
        for s in self.sentences:
            ms = self.by_sentence[s.index]
            for k, m in enumerate(ms):
                person = self.entity(m.index)
                if m.kind != "name" or person is None or person.type != "Person" or k == 0:
                    continue
                owner_m = ms[k - 1]
                owner = self.entity(owner_m.index)
                if owner is None or owner.type not in _ACTORS or owner_m.kind not in ("gaz", "name") \
                        or owner.id == person.id or (person.id, owner.id) in roles:
                    continue
                predicate = self._owned_role(m, owner_m, s.end)
                if predicate is None or _OVER_BEFORE.search(self.body, max(0, owner_m.start - 30),
                                                            owner_m.start):
                    continue
                if owner_m.kind == "name" and self.body[owner_m.end:owner_m.end + 1] not in ("'", "’") \
                        and sum(1 for x in self.mentions if x.entity == owner_m.entity) < 2:
                    # "the Tessalian general X": a word named once, right before a role, may name no actor
                    continue
                roles.add((person.id, owner.id))
                self.found.append(Found(person, predicate, owner, s, "owner-title", "asserted", 0.75))
            for k, m in enumerate(ms[:-1]):
                self.titled_of(m, ms[k + 1], s, roles)  # "Colonel X of the Y Brigade"
        self.country_roles(roles)

    def titled_of(self, m: Mention, owner_m: Mention, s: Sentence, roles: set[tuple[str, str]]) -> None:
        """"Colonel X of the Y Brigade", "Foreign Minister X of Y": a rank's or an official's title before
        the name, the actor after its "of"."""
        person, owner = self.entity(m.index), self.entity(owner_m.index)
        if m.kind != "name" or not m.title or person is None or person.type != "Person" or owner is None \
                or owner.type not in _ACTORS or owner_m.kind not in ("gaz", "name") \
                or owner_m.form == "demonym" or (person.id, owner.id) in roles \
                or not _OF.fullmatch(self.body, m.end, owner_m.start):
            return
        title = " ".join(m.title.split())
        predicate = self._role_predicate(title, self.body[owner_m.end:s.end])
        start = m.start - len(m.title) - 1  # where the title starts
        if predicate is None or title.split()[-1].lower() not in _RANKS | _MEMBER_WORDS or \
                _OVER_BEFORE.search(self.body, max(0, start - 30), start):
            return
        roles.add((person.id, owner.id))
        self.found.append(Found(person, predicate, owner, s, "owner-title", "asserted", 0.75))

    def country_roles(self, roles: set[tuple[str, str]]) -> None:
        """"The country's president, X, ...", "the region's leader is X", "X, the country's foreign minister":
        a role of the one state the sentence and the two before it name."""
        for m in self.mentions:
            person = self.entity(m.index)
            if m.kind != "name" or person is None or person.type != "Person" or not 0 <= m.sent < len(
                    self.sentences):
                continue
            s = self.sentences[m.sent]
            cut = m.start - len(m.title) - 1 if m.title else m.start  # where the title starts
            found = _COUNTRY_BEFORE.search(self.body, max(s.start, cut - 80), cut) \
                if not m.title or self.body[:m.start].rstrip().endswith(m.title) else None
            found = found or _COUNTRY_AFTER.match(self.body, m.end, s.end)
            if found is None:
                continue
            predicate = self._role_predicate(found.group("role") + " " + (m.title if found.re is
                                                                           _COUNTRY_BEFORE else ""),
                                             self.body[m.end:s.end])
            states = {e.id: e for sent in range(max(0, m.sent - 2), m.sent + 1)
                      for x in self.by_sentence[sent] if x.kind in ("gaz", "name") and x.form != "demonym"
                      and x.start < found.start() and (e := self.entity(x.index)) is not None
                      and e.type == "State"}
            if predicate is None or len(states) != 1:
                continue
            state = next(iter(states.values()))
            if (person.id, state.id) not in roles:
                roles.add((person.id, state.id))
                self.found.append(Found(person, predicate, state, s, "country-role", "asserted", 0.7))

    def _owned_role(self, m: Mention, owner: Mention, end: int) -> str | None:
        """The predicate the role between the owner's mention and the man's name gives, if any."""
        cut = m.start
        title = " ".join(m.title.split())
        if title:
            before = self.body[owner.end:m.start].rstrip()
            flat = " ".join(before.split())
            if not flat.endswith(title):
                return None
            cut = owner.end + len(before) - len(title)
            # (a title over several lines or spaces: walk back to its first word)
            while cut > owner.end and " ".join(self.body[cut:m.start].split()) != title:
                cut -= 1
        gap = _GAP.fullmatch(self.body, owner.end, cut if title else m.start) if cut > owner.end else None
        if gap is None or owner.form == "demonym":  # "the Tessalian general X" may serve another body
            return None
        return self._role_predicate(gap.group("words") + " " + title, self.body[m.end:end])

    @staticmethod
    def _role_predicate(role: str, tail: str) -> str | None:
        """The predicate a role's words give ("deputy commander": member_of), if they are all a role's."""
        words = [w for w in role.lower().split() if w not in _HONORIFICS]
        if not words or any(w.strip("-") in _OVER or w.startswith("ex-") for w in words):
            return None
        joined = " ".join(words)
        words = joined.replace("secretary general", "secretary-general").replace(
            "prime minister", "premier").replace("vice president", "vice-president").split()
        known = _HEAD_WORDS | _MEMBER_WORDS | _RANKS | _SUBORDINATE | _MODIFIERS
        if any(w not in known for w in words):
            return None
        head = words[-1]
        if head in _RANKS:
            return "leader_of" if _TO_POWER.search(tail) else "member_of"
        if head in _MEMBER_WORDS:
            return "member_of"
        if head in _HEAD_WORDS:
            return "member_of" if any(w in _SUBORDINATE for w in words[:-1]) else "leader_of"
        return None
