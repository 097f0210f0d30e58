"""Typing a name the walker found: a gazetteer form, a capitalised name, a region named by its direction.

A mixin of the mention walker (``loaders.mentions._Walker``): ``gazetteer_mention`` weighs a gazetteer
form by its context (a capital as a city or as its state), ``name`` types a capitalised name by its head
word and its form ("the Kingdom of X", "Y province", "the Z Agreement"), and ``vote`` weighs the context
clues of a name no head word types (person, place or actor).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pactgraph.loaders import frames as fr
from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.held_places import DRIVE_FORMS, DRIVE_FROM, held_after, taken_before
from pactgraph.loaders.mention_words import (
    _AFTER_REGION,
    _ARMED_PREFIXES,
    _COMPASS,
    _COMPASS_FIRST,
    _COMPASS_NOUNS,
    _DIRECTIONS,
    _HOLD_FORMS,
    _HOLD_NOT_PLACE,
    _HOLD_VERBS,
    _LEAVE_FORMS,
    _NOT_IN_PERSONS_NAMES,
    _OFFICE_GIVEN,
    _PLURAL_PLACE_SUFFIXES,
    _ROLE_AT_END,
    _ROLE_FOR_BEFORE,
    _ROLE_WORDS,
    _STATE_FORMS,
    _agreement_core,
    _appositive_head,
    _is_acronym,
    _moved_to,
    _person_shaped,
)
from pactgraph.loaders.noun_phrases import NounPhrases, is_cap
from pactgraph.loaders.openers import QUOTES
from pactgraph.loaders.text import Sentence

if TYPE_CHECKING:
    from pactgraph.loaders.mentions import Mention


class _Names(NounPhrases):
    """Gazetteer forms, names and their votes (needs the walker's tokens and ``add``)."""

    def gazetteer_mention(self, i: int, j: int, hits: tuple, s: Sentence) -> None:
        hit = hits[0]
        after = self.tok(j).lower()
        surface = self.text(i, j)
        # "the government in Z", "the new rulers in Z", "backed by Z": the seat of power stands for its state
        acts = hit.form == "capital" and (self._seat_of_power(i, j) or self._acting_place(i))
        # "Washington said" is the government; "Washington Post", "in Washington" are not
        if hit.form == "capital" and surface in hit.entry.ambiguous and not acts and (
                not (after in ("'s", "’s") or (self.tok(j).islower() and after not in ("and", "or", "of"))
                     or after == "," and self.tok(j + 1) in ("which", "who"))
                or self.tok(i - 1).lower() in lx.PLACE_PREPOSITIONS):
            if self.tok(i - 1).lower() in lx.PLACE_PREPOSITIONS | _HOLD_VERBS and not is_cap(self.tok(j)):
                # "in Tripoli", "holds Tripoli": the city, whichever state's it is
                self.add(i, j, s.index, "name", type="Place", name=surface)
            return
        # "Algiers agreement": a capital naming an agreement is the agreement's name.
        if after in lx.AGREEMENT_HEADS and hit.form in ("capital", "name") and self.tok(j + 1) != "-":
            self.agreement_name(i, j, j + 1, s)
            self.mentions[-1].gaz_id = hit.entry.id  # named after a seat of power, not a territory
            return
        if surface.lower() in _COMPASS and surface in hit.entry.ambiguous and (
                is_cap(self.tok(j)) or self.tok(i - 1) == "-"):
            return  # "West African", "the South-West": a direction in a region's name, not the actor
        kind_type = hit.entry.type
        if hit.form in ("name", "alias") and kind_type == "State" and self.tok(i - 1) in _DIRECTIONS \
                and self.tok(i - 1).islower() \
                and not (self.mentions and self.mentions[-1].end > self.tokens[i - 1].idx):
            m = self.add(i - 1, j, s.index, "name", type="Place", name=self.text(i - 1, j))
            return
        m = self.add(i, j, s.index, "gaz", type=kind_type, gaz_id=hit.entry.id, form=hit.form,
                     name=hit.entry.name)
        prev = self.tok(i - 1).lower()
        if hit.form in ("capital",) and prev in lx.PLACE_PREPOSITIONS and prev not in ("to", "from") \
                and not acts:
            m.place += 2
        if acts:
            m.place -= 2
        if hit.form == "capital" and prev in ("capital", "city", "resort") or self.tok(i - 2).lower() in (
                "capital", "city") and prev in (",", "of"):
            m.place += 3
        if hit.form == "name" and kind_type == "State" and prev in ("in", "across", "inside", "into",
                                                                     "throughout", "of") and (
                self.tok(i - 2).lower() in ("whole", "all", "parts", "part", "across", "north", "south",
                                            "east", "west") or prev in ("in", "across", "throughout")):
            m.place += 1

    def _government_of_state(self, i: int, j: int, s: Sentence) -> bool:
        """"the Government of Oronde", "the Government of the Republic of Oronde": official prose names the
        state by its government; the state, not a body of its own (unlike "Government of National Unity")."""
        k = i + 3 if self.tok(i + 2) == "the" else i + 2
        rest = [self.tok(x) for x in range(k, j)]
        if len(rest) == 1 and rest[0].isalpha() and rest[0] not in lx.COMMON_CAPITALISED \
                and rest[0].lower() not in _NOT_IN_PERSONS_NAMES and rest[0] not in lx.TITLES:
            m = self.add(i, j, s.index, "name", type="State", name=rest[0])
        elif len(rest) >= 3 and rest[0] in _STATE_FORMS and rest[1] == "of" and all(
                is_cap(t) for t in rest[2:]):
            m = self.add(i, j, s.index, "name", type="State", name=self.text(k, j))
            m.aliases.append(" ".join(rest[2:]))
        else:
            return False
        m.aliases.append(self.text(i, j))
        return True

    def _acting_place(self, i: int) -> bool:
        """Whether the capital at ``i`` stands where only an actor does: the agent of a passive participle
        ("backed by Z", "proposed by Z") or the giver of aid ("aid from Z", "weapons from Z")."""
        prev, prev2 = self.tok(i - 1).lower(), self.tok(i - 2).lower()
        return prev == "by" and prev2.endswith("ed") or prev == "from" and prev2 in fr.AID_NOUNS

    def _seat_of_power(self, i: int, j: int) -> bool:
        """Whether the name at ``i:j`` follows "the government in", "the new rulers in": the city is the seat
        of a state's rulers, and stands for the state (not when the text glosses it as a city: "the
        government in Z, the capital of Y")."""
        return self.tok(i - 1).lower() == "in" and self.tok(i - 2).lower() in lx.SEAT_OF_POWER_NOUNS and not (
            self.tok(j) == "," and self.tok(j + 1).lower() in ("the", "a") and self.tok(j + 2).lower() in (
                "capital", "city"))

    def _spelled_out(self, i: int, j: int) -> bool:
        """The run i..j is one name when the acronym in brackets right after it is its words' initials
        ("the United Ostrian Opposition (UOO)": a demonym inside it does not split it)."""
        if j - i < 3 or self.tok(j) != "(" or self.tok(j + 2) != ")":
            return False
        acronym = self.tok(j + 1)
        words = [self.tok(k) for k in range(i, j) if is_cap(self.tok(k))]
        return acronym.isalpha() and acronym.isupper() and acronym == "".join(w[0] for w in words)

    # -- names ---------------------------------------------------------------------------
    def name(self, i: int, j: int, s: Sentence, title: str = "") -> None:
        toks = [self.tok(k) for k in range(i, j)]
        if not toks or all(t in lx.TITLES or t in lx.COMMON_CAPITALISED for t in toks) or not any(
                c.isalnum() for t in toks for c in t):
            return  # "India-Pakistan": the hyphen between two names is none
        # "Kurdish YPG": an adjective in front of an acronym is not part of it
        if len(toks) >= 2 and _is_acronym(toks[-1]) and not any(_is_acronym(t) for t in toks[:-1]) \
                and all(re.search(r"(?:ish|an|ese|i)$", t) for t in toks[:-1]):
            i = j - 1
            toks = toks[-1:]
        # "the Tuareg Ibrahim Ag Bahanga", "the Malian Tuareg X Y": a man's name takes no article or demonym,
        # so the word between them and a person-shaped name is his people's
        before_demonym = bool(self.mentions) and self.mentions[-1].form == "demonym" and \
            self.mentions[-1].end == self.tokens[i - 1].idx + len(self.tok(i - 1))
        # (after "the" alone, only before a name of three words: "the Bangsamoro Organic Law" is a law's)
        if (len(toks) >= 4 and self.tok(i - 1).lower() == "the" or len(toks) >= 3 and before_demonym) \
                and not title and toks[0].isalpha() and toks[0] not in lx.TITLES \
                and toks[0].lower() not in _NOT_IN_PERSONS_NAMES and _person_shaped(toks[1:]) \
                and not self._spelled_out(i, j):  # "the Union Revolucionaria Valdoriana (URV)": a body's
            i += 1
            toks = toks[1:]
        after = self.tok(j).lower()
        if after in lx.AGREEMENT_HEADS or (after == "[" and self.tok(j + 2) == "]"
                                           and self.tok(j + 3).lower() in lx.AGREEMENT_HEADS):
            end = j + 1 if after in lx.AGREEMENT_HEADS else j + 4
            self.agreement_name(i, j, end, s)
            return
        head = toks[-1]
        if toks[:2] == ["Government", "of"] and self._government_of_state(i, j, s):
            return
        # "Government of National Accord": a body named after an accord is no agreement
        body_of = len(toks) > 2 and toks[1] in ("of", "for") and (toks[0] in lx.ORG_HEADS
                                                                   or toks[0] in lx.ARMED_HEADS)
        # "Treaty on the State Border", "Framework Agreement for Peace": the head before its "on"/"for"
        inner = next((t for k, t in enumerate(toks[:-1]) if t.lower() in lx.AGREEMENT_HEADS and t[0].isupper()
                      and toks[k + 1] in ("on", "for", "of", "between") and (
                          toks[k + 1] == "on"
                          # "Agreement on a Ceasefire and Separation of Forces": a title from its first word
                          or k == 0 and len(toks) > 2 and toks[k + 2] in ("a", "the")
                          or not any(x in lx.ORG_HEADS or x in lx.ARMED_HEADS for x in toks[k + 1:]))), None)
        if inner is not None and not body_of:
            m = self.add(i, j, s.index, "agreement", type="Agreement", form=lx.AGREEMENT_HEADS[inner.lower()],
                         name=self.text(i, j))
            m.aliases.append(m.name)  # the full title, also when it joins the agreement in context
            return
        if head.lower() in lx.AGREEMENT_HEADS and len(toks) > 1 and not body_of:
            m = self.add(i, j, s.index, "agreement", type="Agreement", form=lx.AGREEMENT_HEADS[head.lower()],
                         name=self.text(i, j))
            # "the Burnham Truce", "the Lincoln Agreement": named as much as "the Sochi deal", so two of
            # them in one text are two agreements
            m.title = _agreement_core(toks[:-1])
            return
        form = next((k for k, t in enumerate(toks[:-1]) if t in _STATE_FORMS and toks[k + 1] == "of"), None)
        if form is not None and toks[0] not in _ARMED_PREFIXES and all(is_cap(t) for t in toks[:form]) and (
                toks[0] != "State" or form == 0):
            # "the Kingdom of Merapura", "the Federal Republic of Oronde": a state by the form of its name
            m = self.add(i, j, s.index, "name", type="State", name=self.text(i, j))
            m.aliases.append(" ".join(t for t in toks[form + 2:] if t != "the"))
            return
        # "Front for the Salvation of the X Delta": a body's name built on "for"/"of" ends in a place's
        first_of = next((toks[k - 1] for k in range(1, len(toks) - 1) if toks[k] in ("of", "for")), "")
        if toks[0] == "Lake" and head not in lx.ORG_HEADS and head not in lx.ARMED_HEADS \
                or head in lx.PLACE_HEADS and toks[0] not in _ARMED_PREFIXES and not (
                first_of in lx.ARMED_HEADS or first_of in lx.ORG_HEADS):
            self.add(i, j, s.index, "name", type="Place", name=self.text(i, j))
            return
        if after in _PLURAL_PLACE_SUFFIXES and head not in lx.ARMED_HEADS and head not in lx.ORG_HEADS:
            # "the Olo, Vesk and Marr districts": each name is a place of that kind
            m = self.add(i, j, s.index, "name", type="Place", name=self.text(i, j))
            m.aliases.append(f"{self.text(i, j)} {after[:-1] if after != 'cities' else 'city'}")
            return
        if after in lx.PLACE_SUFFIXES and self.tok(j + 1) not in ("-",) and not self.tokens[j].is_punct \
                and head not in lx.ARMED_HEADS and head not in lx.ORG_HEADS:
            m = self.add(i, j + 1, s.index, "name", type="Place", name=self.text(i, j + 1))
            m.aliases.append(self.text(i, j))
            return
        # "Popular Movement for the Liberation of Oronde", "Patriotic Union of Kurdistan": the head of a name
        # built with "of"/"for" stands before it, not at the end (a place's name)
        lead = next((toks[k - 1] for k in range(1, len(toks) - 1) if toks[k] in ("of", "for", "in")), "")
        if lead in lx.PLACE_HEADS and toks[0] not in _ARMED_PREFIXES and lead not in lx.ARMED_HEADS:
            # "the Autonomous Region in Muslim Oronde": a place named with its kind first
            self.add(i, j, s.index, "name", type="Place", name=self.text(i, j))
            return
        if head in lx.ARMED_HEADS or toks[0] in _ARMED_PREFIXES:
            kind = "ArmedGroup"
        elif head in lx.ORG_HEADS or lead in lx.ORG_HEADS and lead not in lx.ARMED_HEADS:
            kind = "Organization"
        elif lead in lx.ARMED_HEADS:
            kind = "ArmedGroup"
        else:
            kind = None
        single = head[:-1] if head.endswith("s") and len(toks) >= 2 else ""
        prev = self.mentions[-1] if self.mentions else None
        if single and (single in lx.ARMED_HEADS or single in lx.ORG_HEADS) and self.tok(i - 1) == "and" \
                and prev is not None and prev.kind == "name" and prev.type is None and " " not in prev.text \
                and prev.end == self.tokens[i - 2].idx + len(self.tok(i - 2)) and not title:
            # "the Donetsk and Luhansk People's Republics": two names that share one head
            rest = self.body[self.tokens[i + 1].idx:self.tokens[j - 1].idx] + single if j - i > 2 else single
            shared = f"{self.text(i, i + 1)} {rest}"
            prev.name, prev.type = f"{prev.text} {rest}", kind
            m = self.add(i, j, s.index, "name", type=kind, name=shared)
            return
        if kind is None and not title and self._direction_before(i, j):
            # "in eastern Zorvania", "holds west Dravik": a part of a place the tables lack; the direction
            # stays in its name (the gazetteer's states get the same in gazetteer_mention)
            self.add(i - 1, j, s.index, "name", type="Place", name=self.text(i - 1, j))
            return
        m = self.add(i, j, s.index, "name", type=kind, title=title, name=self.text(i, j))
        if kind is None:
            self.vote(m, i, j, s)

    region_end: int = 0

    def region(self, i: int, s: Sentence) -> bool:
        """"the south", "the north and east": a part of the country named by its direction alone, a place
        (not "the south of Z", "the north bank": then the direction only qualifies)."""
        j = i + 1
        if self.tok(j) in ("and", "or") and self.tok(j + 1) in _COMPASS_NOUNS and self.tok(j + 2) != "-":
            j += 2
        nxt = self.tok(j)
        if j >= s.last or not (self.tokens[j].is_punct and nxt not in ("-", "'s", "’s")
                               or nxt in _AFTER_REGION):
            return False
        if self.mentions and self.mentions[-1].end > self.tokens[i].idx:
            return False
        self.add(i, j, s.index, "zone", type="Place", name=self.text(i, j))
        self.region_end = j
        return True

    def _direction_before(self, i: int, j: int) -> bool:
        """Whether a lower-case direction word ("eastern", "west") stands right before the name at ``i:j``
        (not inside another mention), and the text also names the whole alone: a name met only with a
        direction keeps its bare form, the one its demonym and its state are known by."""
        if self.tok(i - 1) not in _DIRECTIONS or i - 1 <= 0 or self.tok(i - 2) in ("'s", "’s", "-"):
            return False
        if self.mentions and self.mentions[-1].end > self.tokens[i - 1].idx:
            return False
        name = self.text(i, j)
        return len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", self.body)) > 1

    def vote(self, m: Mention, i: int, j: int, s: Sentence) -> None:
        """Context clues for untyped names: person or place or actor."""
        # 'its "emir" X', 'its "emir", X': a role in quotes before the name is the role all the same
        back = [t for t in (self.tok(k).lower() for k in range(max(s.first, i - 4), i)) if t not in QUOTES]
        prev = back[-1] if back else ""
        prev2 = back[-2] if len(back) > 1 else ""
        after = self.tok(j).lower()
        if m.title:
            m.person += 3
        # "Russia's Vladimir Putin": a state's two- or three-word name without a head is a person
        if prev in ("'s", "’s") and 2 <= j - i <= 3 and self.mentions[:-1] and \
                self.mentions[-2].type == "State" and self.mentions[-2].end == self.tokens[i - 1].idx:
            m.person += 3
        words_before = " ".join(self.tok(k).lower() for k in range(max(s.first, i - 3), i))
        if _ROLE_AT_END.search(words_before) or prev in lx.PERSON_ROLES \
                or (prev == "," and prev2 in lx.PERSON_ROLES):
            m.person += 2
        # "A spokesman for the group, Mohamed Ramadane, said": the role's holder, named after it
        if prev == "," and j - i >= 2 and _ROLE_FOR_BEFORE.search(self.body, max(0, m.start - 90), m.start):
            m.person += 3
        if after == ",":
            window = " ".join(self.tok(k).lower() for k in range(j + 1, min(s.last, j + 8)))
            first = window.split(" ")[0] if window else ""
            if first == "who" or _ROLE_WORDS.search(window) and first != "whose":
                m.person += 2  # (not "X, whose prime minister ...": a body the role belongs to)
            if first in ("which", "a", "an") and not re.search(r"\b(?:who)\b", window):
                m.person -= 1
            # "Lerin, the main port", "Sirte, a coastal city": an appositive that names a kind of place
            if first in ("the", "a", "an") and any(w in lx.PLACE_NOUNS for w in window.split(" ")[1:4]):
                m.place += 2
            elif first == "the" and _appositive_head(window) in lx.PLACE_NOUNS:
                m.place += 2  # "Taiz, the country's third-largest city": the head after a possessor
        if after in ("who", "whose"):
            m.person += 2
        # "X, alias “Y”": a nom de guerre is a man's; "a preacher who calls himself X": so is X
        if (after == "," and self.tok(j + 1).lower() in ("alias", "nicknamed", "a.k.a.")) or (
                prev in ("himself", "herself") and prev2 in ("calls", "called", "calling")):
            m.person += 3
        # "X was elected president of Y", "X has been appointed commander": an office given to a person
        if after in ("was", "is", "has", "had") and (self.tok(j + 1).lower() in _OFFICE_GIVEN or (
                self.tok(j + 1).lower() == "been" and self.tok(j + 2).lower() in _OFFICE_GIVEN)):
            m.person += 2
        n = j - i
        if prev in ("mr", "ms", "mrs", "dr") or (prev == "by" and prev2 == "led"):
            m.person += 3
        if n == 1 and m.person <= 0:
            m.person -= 1
        if prev in lx.PLACE_PREPOSITIONS and prev not in ("to", "from", "through"):
            m.place += 2
        if self._seat_of_power(i, j):
            m.place -= 4  # "the government in Z": Z stands for the state ruled from it
        if prev in _DIRECTIONS:
            m.place += 2
        if self.tok(i - 1) == "to" and _moved_to(
                [self.tok(k).lower() for k in range(max(s.first, i - 5), i - 1)]):
            m.place += 2  # "spread to Z", "moved its headquarters to Z": where something went
        if n >= 2 and self.tok(i) in _COMPASS_FIRST and i != s.first:
            m.place += 2  # "South Zorvan", "Upper Dravik": a region named by its part
        if prev == "of" and prev2 in lx.PLACE_NOUNS:
            m.place += 3
        if prev in lx.PLACE_NOUNS and prev2 not in ("the",) or (prev == "," and prev2 in lx.PLACE_NOUNS):
            m.place += 2
        if prev in ("-held", "entered", "bombed", "shelled", "encircled", "besieged", "hit", "struck",
                    "liberated", "stormed") or prev in _HOLD_FORMS and prev not in _HOLD_NOT_PLACE:
            m.place += 2
        if prev == "the" and prev2 in _HOLD_FORMS and prev2 not in _HOLD_NOT_PLACE and n == 1 \
                and after not in ("'s", "’s"):
            m.place += 2  # "now guard the Freeport", "overran the Krajina": the one word held
        if taken_before(prev, prev2, n == 1) or held_after(
                [self.tok(k).lower() for k in range(j, min(s.last, j + 9))], n == 1):
            m.place += 2  # "Z was overrun by X", "Z fell to X", "Z, under X control", "the capture of Z"
        if (prev == "of" and prev2 == "out" and DRIVE_FORMS.intersection(
                self.tok(k).lower() for k in range(max(s.first, i - 10), i - 2)) or prev == "from" and
                DRIVE_FROM.intersection(self.tok(k).lower() for k in range(max(s.first, i - 8), i - 1))) \
                or after == "to" and prev in ("lost", "lose", "loses", "losing"):
            m.place += 2  # "drove X out of Z", "X lost Z to Y": a place left or given up
        if prev == "from" and prev2 in _LEAVE_FORMS:
            m.place += 2  # "withdrew from Z", "retreated from Z": a place left
        if prev == "-" and prev2 in ("held", "controlled", "run"):
            m.place += 3
        if after in ("residents", "villagers", "townspeople", "inhabitants") and n == 1:
            m.place += 2  # "Kesh residents said": the people of a place
        if after in ("'s", "’s") and self.tok(j + 1).lower() in ("fighters", "forces", "leader",
                                                                 "commander", "spokesman", "troops"):
            m.place -= 2
        if after in lx.SPEECH_VERBS or after in ("has", "have", "is", "was", "which"):
            m.place -= 1
        if after == "-" and self.tok(j + 1).lower() in ("held", "controlled", "run", "occupied", "led",
                                                        "administered", "backed"):
            m.place -= 3  # "in X-run Z province": X holds the place, it is none
