"""Mentions: the spans of a document that name or refer to an entity.

Found in one walk over the tokens of each sentence:

* gazetteer forms (states and international bodies, their aliases, demonyms
  and capitals), longest first;
* capitalised runs ("Hayat Tahrir al-Sham", "Organisation for Security and
  Co-operation in Europe"), with titles split off ("President") and typed by
  their head word or their context (persons, places, armed groups);
* acronyms, agreements ("the Sochi [truce] deal", "a fragile truce"),
  zones ("a buffer zone"), descriptive groups ("anti-Assad rebels") and
  nominal references ("the regime", "the movement", "its").

Each mention keeps its character span in the body, so evidence offsets are exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from pactgraph.loaders import frames as fr
from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.gazetteer import GazHit
from pactgraph.loaders.noun_phrases import (
    GROUP_NOUNS,
    NOMINAL_HEADS,
    PAIR_NOUNS,
    STATE_NOUNS,
    NounPhrases,
    is_cap,
)
from pactgraph.loaders.text import Sentence

_MAX_GAZ_TOKENS = 8

#: Agreement heads that official prose capitalises on their own ("the Protocol", "the Agreement").
_CAPITALISED_AGREEMENTS = frozenset({"agreement", "accord", "accords", "protocol", "treaty", "pact",
                                     "memorandum", "declaration", "charter", "convention", "armistice",
                                     "truce", "ceasefire"})
#: Words after a sentence-initial participle ("Reached by phone", "Speaking to reporters").
_AFTER_PARTICIPLE = frozenset({"by", ",", "to", "in", "on", "with", "from", "at", "after", "before"})

@lru_cache(maxsize=1)
def _trigger_forms() -> frozenset[str]:
    """The forms of the relation verbs ("led", "held", "armed"): at a sentence's start before "by", a
    participle, not a name."""
    return frozenset(f for lemma in fr.VERBS for f in fr.verb_forms(lemma))


#: Compass words: a gazetteer form of one of them may also name a region ("West African").
_COMPASS = frozenset({"west", "east", "north", "south"})
#: Participles of an office given to someone ("X was elected/appointed/sworn in ...").
_OFFICE_GIVEN = frozenset({"elected", "re-elected", "appointed", "sworn", "inaugurated"})

_PRONOUNS = {"it": "it", "its": "it", "they": "they", "their": "they", "he": "he", "his": "he",
             "she": "he", "her": "he"}


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    sent: int
    kind: str  # gaz | name | person | agreement | zone | group | nominal | pronoun
    type: str | None = None
    gaz_id: str | None = None
    form: str | None = None  # gazetteer form; agreement kind; nominal class
    title: str = ""  # words before a person's name ("Turkish President")
    name: str = ""  # the canonical reading ("Sochi deal", "anti-Assad rebels")
    aliases: list[str] = field(default_factory=list)
    other: bool = False  # an agreement marked as a different one ("an earlier truce")
    place: int = 0  # votes: > 0 place, < 0 actor
    person: int = 0
    entity: int = -1
    index: int = -1


@dataclass(frozen=True, slots=True)
class _Index:
    """The gazetteer's surfaces by exact text, and by first word for quick rejection."""

    exact: dict[str, tuple[GazHit, ...]]
    first_words: frozenset[str]
    #: Ambiguous demonyms ("Somali" is also a people and a language) and short forms ("Emirates" is
    #: also an airline): the state only before a word of state power ("Somali government forces"),
    #: or, for a short form, after "the".
    guarded: dict[str, tuple[GazHit, ...]]


@lru_cache(maxsize=4)
def _gaz_index(gazetteer: object) -> _Index:
    exact: dict[str, list[GazHit]] = {}
    guarded: dict[str, list[GazHit]] = {}
    for surface, hit in gazetteer.surface_forms():  # type: ignore[attr-defined]
        if surface in hit.entry.ambiguous and hit.form not in ("name", "capital"):
            if hit.form in ("demonym", "alias"):
                guarded.setdefault(surface, []).append(hit)
            continue
        variants = [surface]
        if surface.lower().startswith("the "):
            variants.append(surface[4:])
        for variant in variants:
            exact.setdefault(variant, []).append(hit)
    rank = {"name": 0, "alias": 1, "demonym": 2, "capital": 3}
    ordered = {k: tuple(sorted(v, key=lambda h: rank.get(h.form, 9))) for k, v in exact.items()}
    first = frozenset(k.split()[0].split("-")[0] for k in [*ordered, *guarded])
    return _Index(ordered, first, {k: tuple(v) for k, v in guarded.items() if k not in ordered})




def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(text) >= 2 and bool(letters) and all(c.isupper() for c in letters) and text[0].isalnum()


_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}|GMT|UTC|BST|CET|CEST|EST|EDT|[AaPp]\.?[Mm]\.?")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: Heads of military units' names besides the armed groups' ("Division", "Fleet").
_UNIT_HEADS = frozenset({"Division", "Divisions", "Fleet", "Squadron", "Wing", "Company", "Flotilla"})
_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "bin", "ibn", "bint", "de", "del", "da", "van",
                        "von", "der", "la", "le", "di", "du", "dos", "das", "wal", "abu", "ben", "Al", "y"})
_POSSESSIVE_OWNERS = frozenset({"People", "Peoples", "Workers", "Fishermen", "Women", "Men", "Farmers",
                                "Patriots", "Martyrs", "Children", "Mothers", "Veterans", "Nations"})
_ROLE_WORDS = re.compile(r"\b(?:" + "|".join(sorted((re.escape(r) for r in lx.PERSON_ROLES if r != "who"),
                                                     key=len, reverse=True)) + r")\b")
_ROLE_AT_END = re.compile(r"(?:" + "|".join(re.escape(r) for r in lx.PERSON_ROLES if " " in r) + r")$")
#: Words after a demonym that make it the state's ("Somali government", "Kurdish" alone is a people).
_STATE_POWER = frozenset({"government", "regime", "army", "military", "junta", "navy", "president",
                          "authorities", "administration", "cabinet", "ministry", "parliament"})
#: Words of a capitalised agreement name that say its kind, not which one ("the Ostrel Peace Agreement").
_AGREEMENT_KIND_WORDS = frozenset({"peace", "ceasefire", "cease-fire", "truce", "comprehensive", "final",
                                   "framework", "general", "joint", "interim", "border", "security"})


def _agreement_core(words: list[str]) -> str:
    """The words that name which agreement a capitalised name is ("Ostrel" of "Ostrel Peace")."""
    core = list(words)
    while core and (core[-1].lower() in _AGREEMENT_KIND_WORDS or core[-1].lower() in lx.AGREEMENT_HEADS
                    or core[-1] == "-"):
        core.pop()
    return " ".join(core or words)  # "the Final Peace Agreement": named by its kind words alone


_PLURAL_PLACE_SUFFIXES = frozenset({"districts", "provinces", "regions", "towns", "cities", "villages",
                                    "governorates", "oblasts", "counties", "prefectures"})
_DATELINE = re.compile(r"[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*,?(?:\s+[A-Z][a-z]+\.?\s+\d{1,2})?"
                       r"(?:\s+\([^)\n]{1,40}\))?\s+[-—–]+\s")
_ROLE_FOR_BEFORE = re.compile(r"\b(?:spokesman|spokeswoman|spokesperson|commander|leader|chief|head|envoy|"
                              r"negotiator|official|minister|founder|representative)\s+(?:for|of)\s+"
                              r"[^,.;]{1,60},\s*$", re.I)
#: Verbs whose object is a place ("holds Tripoli").
_HOLD_VERBS = frozenset({"holds", "held", "hold", "controls", "controlled", "seized", "captured", "took",
                         "retook", "entered", "besieged", "shelled", "bombed", "encircled"})
#: "western-backed", "Somali-led": a demonym that does the backing or leading is the actor.
_ACTOR_COMPOUNDS = frozenset({"backed", "supported", "led", "brokered", "armed", "funded", "allied",
                              "aligned", "sponsored", "mediated"})
_ELIDED = re.compile(r"^[dlDL]['’][A-ZÀ-Ý]")
_NUMBER_WORDS = frozenset({"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"})
_DIRECTIONS = lx.DIRECTION_ADJECTIVES | frozenset({"west", "east", "north", "south"})
#: Every form of the verbs whose object is a place held ("administers Z", "overran Z", "retook Z").
_HOLD_FORMS = frozenset(form for lemma, frames in fr.VERBS.items() if any(
    f.predicate == "controls" and f.slot == "obj" for f in frames) for form in fr.verb_forms(lemma))
#: Verbs of leaving a place ("withdrew from Z", "retreated from Z").
_LEAVE_FORMS = frozenset(fr.verb_forms("withdraw") | fr.verb_forms("retreat"))
#: Verbs of moving somewhere: "spread to Z", "moved his headquarters to Z", "fled to Z" (not "talked to Z").
_MOVE_TO_FORMS = frozenset(f for lemma in ("move", "advance", "deploy", "redeploy", "relocate", "march",
                                           "retreat", "withdraw", "travel")
                           for f in fr.verb_forms(lemma)) | frozenset({
    "spread", "spreads", "spreading", "flee", "flees", "fled", "fleeing", "withdrew", "withdrawn"})
#: Lower-case compass nouns that name a region alone ("the south", "the north-east").
_COMPASS_NOUNS = frozenset({"north", "south", "east", "west", "north-east", "north-west", "south-east",
                            "south-west", "northeast", "northwest", "southeast", "southwest"})
#: Words that may follow such a region ("in the south, where", "leave the south and").
_AFTER_REGION = frozenset({"and", "or", "in", "on", "at", "to", "by", "with", "where", "which", "that",
                           "while", "together", "since", "until", "was", "is", "has", "had", "were", "are",
                           "for", "from", "after", "before", "as", "but", "remain", "remains", "will",
                           "would", "within", "under", "into", "through", "across", "near", "against"})
#: Capitalised compass words that open a region's name ("South Zorvan", "Upper Dravik").
_COMPASS_FIRST = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                            "Upper", "Lower"})
#: Of those, the ones that take people as often as places ("takes Y hostage", "keeps Y in power").
_HOLD_NOT_PLACE = frozenset({"take", "takes", "taking", "keep", "keeps", "run", "runs"})
#: Words after which "of"/"for" continue a name ("Government of National Accord"), unlike a
#: person's ("Sergei Shoigu for Moscow").
_OF_HEADS = lx.ARMED_HEADS | lx.ORG_HEADS | lx.PLACE_HEADS | frozenset({
    "Coordination", "Association", "Federation", "Confederation", "Kingdom", "States", "Secretary",
    "Framework",
    "Agreement", "Friends", "Isle", "Republic", "Ministry", "Minister", "Declaration", "Accord", "Charter",
    "Conference", "Summit", "Convention", "Treaty", "Protocol", "Memorandum", "Statement", "Bureau",
    "Directorate", "Division", "Brotherhood", "Network", "Sons", "Soldiers", "Partisans", "Guardians",
    "Co-operation", "Cooperation", "Organisation", "Organization", "Men", "State", "Army", "Islands",
})
#: Titles that only ever stand before a person's name ("of President X" is no part of a body's name).
_PERSON_TITLES = frozenset(t.split()[0] for t in lx.HEAD_OF_STATE_TITLES) | frozenset({
    "General", "Gen.", "Colonel", "Col.", "Sheikh", "Mr", "Mr.", "Dr", "Dr."})
#: Heads of a state's formal name before its "of" ("Kingdom of X", "Republic of X").
_STATE_FORMS = frozenset({"Kingdom", "Republic", "Sultanate", "Principality", "Emirate", "State", "Duchy",
                          "Commonwealth"})
#: First words of armed groups' names ("Islamic State Sahel Province" is a group, not a province).
_ARMED_PREFIXES = frozenset({"Islamic", "Jaish", "Harakat", "Kataib", "Ansar"})
#: Particles that are English words unless a hyphen glues them ("as-Sahab"; "Lebanon as UN troops ...").
_ENGLISH_PARTICLES = frozenset({"as"})
_TRAILING = frozenset({"of", "for", "and", "in", "the", "-", "'s", "’s", "'", "’"}) | _PARTICLES
_PARTICIPLE = re.compile(r"(?:ed|en|style|run|made|held|born|led|based|owned|linked|wing)$")
#: Texts a body issues under a number ("Resolution 1701"): an agreement named by its number.
_NUMBERED_TEXTS = frozenset({"Resolution"})


def _is_common_plural(word: str) -> bool:
    """A capitalised plural of a role or group noun ("Delegates", "Mediators") is not a name."""
    low = word.lower()
    return low in GROUP_NOUNS or low in STATE_NOUNS or (
        low.endswith("s") and (low[:-1] in lx.PERSON_ROLES or low[:-1] in _ROLE_PLURAL_STEMS))


_ROLE_PLURAL_STEMS = frozenset({"observer", "monitor", "peacekeeper", "mediator", "guarantor", "signatory",
                                "participant", "leader", "rebel", "soldier", "civilian", "villager"})


_NOT_IN_PERSONS_NAMES = frozenset(w.lower() for w in lx.ARMED_HEADS | lx.ORG_HEADS | lx.PLACE_HEADS) | \
    lx.FOREIGN_GROUP_HEADS | frozenset(lx.AGREEMENT_HEADS)


def _person_shaped(toks: list[str]) -> bool:
    """Two to four capitalised words (particles allowed), none the head of a group's, a body's or a place's
    name."""
    if not 2 <= len(toks) <= 4 or any(t.lower() in _NOT_IN_PERSONS_NAMES for t in toks):
        return False
    named = [t for t in toks if t.lower() not in lx.NAME_PARTICLES]
    return len(named) >= 2 and all(t.isalpha() and t[0].isupper() and not t.isupper() for t in named)


class _Walker(NounPhrases):
    """Finds the mentions of one document; holds per-document state only."""

    def __init__(self, body: str, tokens: list, sentences: list[Sentence], gazetteer: object | None,
                 date: str | None) -> None:
        self.body = body
        self.tokens = tokens
        self.sentences = sentences
        self.index = _gaz_index(gazetteer) if gazetteer is not None else _Index({}, frozenset(), {})
        self.lower_words = {t.text for t in tokens if t.text.islower()}
        self.title_words: set[str] = {t.text for t in tokens if t.text.istitle()}
        self.mentions: list[Mention] = []
        self.date = date

    # -- helpers -------------------------------------------------------------------------
    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.tokens[i].idx, self.tokens[j - 1].idx + len(self.tokens[j - 1].text)

    def text(self, i: int, j: int) -> str:
        a, b = self.span(i, j)
        return self.body[a:b]

    def tok(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def glued(self, i: int) -> bool:
        """Token i follows token i-1 with no space between."""
        return i > 0 and not self.tokens[i - 1].whitespace_

    def add(self, i: int, j: int, sent: int, kind: str, **kw) -> Mention:
        a, b = self.span(i, j)
        m = Mention(a, b, self.body[a:b], sent, kind, **kw)
        self.mentions.append(m)
        return m

    # -- the walk ------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        for s in self.sentences:
            self.sentence(s)
        self.mentions.sort(key=lambda m: m.start)
        for k, m in enumerate(self.mentions):
            m.index = k
        return self.mentions

    def gaz_at(self, i: int, limit: int) -> tuple[int, tuple] | None:
        """The longest gazetteer surface starting at token i (not beyond ``limit``)."""
        first = self.tok(i)
        if first not in self.index.first_words and first.split("-")[0] not in self.index.first_words:
            return None
        for j in range(min(limit, i + _MAX_GAZ_TOKENS), i, -1):
            if j > i + 1 and (self.tokens[j - 1].is_punct and self.tok(j - 1) != "."):
                continue
            hits = self.index.exact.get(self.text(i, j))
            if hits:
                # "Turkey-backed": the form ends before a hyphen; "Guinea-Bissau" is whole.
                return j, hits
            hits = self.index.guarded.get(self.text(i, j))
            if hits and (self.tok(j).lower() in _STATE_POWER or (
                    hits[0].form == "alias" and self.tok(i - 1).lower() == "the") or (
                    self.tok(j) == "-" and self.tok(j + 1).lower() in _ACTOR_COMPOUNDS)):
                return j, hits  # "Somali government forces"; "the Emirates" (not the airline)
        return None

    def sentence(self, s: Sentence) -> None:
        i, last = s.first, s.last
        dateline = _DATELINE.match(self.body, self.tokens[i].idx) if i < last else None
        if dateline:
            # "BAMAKO, July 28 (Reuters) - ...": where the story was filed, not an actor
            while i < last and self.tokens[i].idx < dateline.end():
                i += 1
        while i < last:
            t = self.tokens[i]
            text = t.text
            if t.is_space:
                i += 1
                continue
            if text in ("It", "Its", "They", "Their", "He", "His"):
                self.add(i, i + 1, s.index, "pronoun", form=_PRONOUNS[text.lower()])
                i += 1
                continue
            if text.lower() in _CAPITALISED_AGREEMENTS and self.tok(i - 1).lower() in ("the", "this") \
                    and not is_cap(self.tok(i + 1)) and self.tok(i + 1) != "-" and not (
                    # "the Treaty on Border Cooperation": a name, not "the treaty" in context
                    self.tok(i + 1) in ("on", "of", "for") and (is_cap(self.tok(i + 2)) or (
                        # "the Agreement on a Firm Peace", "the Treaty on the State Border"
                        self.tok(i + 2) in ("a", "an", "the") and is_cap(self.tok(i + 3))))):
                # "The Protocol applies to ...", "the Agreement was signed": the agreement in context
                self.agreement_noun(i, s)
                i += 1
                continue
            if _ORDINAL.fullmatch(text) and is_cap(self.tok(i + 1)):
                j, _connectors = self.run_end(i + 1, last)
                if self.tok(j - 1) in lx.ARMED_HEADS or self.tok(j - 1) in _UNIT_HEADS:
                    # "the 14th Army", "the 201st Motor Rifle Division": a unit's number is its name's
                    self.add(i, j, s.index, "name", type="ArmedGroup", name=self.text(i, j))
                    i = j
                    continue
            if is_cap(text) or (text in _PARTICLES and self.tok(i + 1) == "-" and is_cap(self.tok(i + 2))
                                 and self.glued(i + 1)):
                i = self.capitalised(i, last, s)
                continue
            low = text.lower()
            if text in self.index.guarded and self.tok(i + 1) == "-" and \
                    self.tok(i + 2).lower() in _ACTOR_COMPOUNDS:
                # "a western-backed rescue force": the West backs it
                self.gazetteer_mention(i, i + 1, self.index.guarded[text], s)
                i += 1
                continue
            if low in lx.AGREEMENT_NOUNS or (low == "document" and self.document_is_agreement(i)) or (
                    low in ("pause", "halt") and any(
                    self.tok(k).endswith(("brokered", "mediated")) for k in range(max(s.first, i - 7), i))):
                self.agreement_noun(i, s)
            elif text in _COMPASS_NOUNS and self.tok(i - 1).lower() == "the" and self.region(i, s):
                i = self.region_end
                continue
            elif low in lx.ZONE_HEADS:
                self.zone(i, s)
            elif low in GROUP_NOUNS or low in NOMINAL_HEADS or low == "rebel":
                self.group_or_nominal(i, s)
            elif low in PAIR_NOUNS:
                self.pair(i, s)
            elif text in ("state", "police"):
                self.state_itself(i, s)
            elif low in _PRONOUNS and low not in ("her",):
                self.add(i, i + 1, s.index, "pronoun", form=_PRONOUNS[low])
            i += 1

    # -- capitalised runs ----------------------------------------------------------------
    def run_end(self, i: int, last: int) -> tuple[int, bool]:
        """Where a capitalised run that starts at i ends; and whether it used "for"/"of"."""
        j = i + 1
        connectors = False
        has_for = False
        titled = False  # an agreement's title after its "on a"/"of the" ("Agreement on a Ceasefire and ...")
        while j < last:
            text = self.tok(j)
            nxt = self.tok(j + 1)
            if "\n" in self.tokens[j - 1].whitespace_:
                break
            if _ELIDED.match(text):
                j += 1  # "Côte d'Ivoire", "Val d’Oise": an elided particle glued to a capitalised word
                continue
            if is_cap(text) and not (text in lx.COMMON_CAPITALISED and text not in lx.ARMED_HEADS
                                      and text not in lx.ORG_HEADS and not self.glued(j)
                                      # "Sudanese Armed Forces": a common word inside a name
                                      and nxt not in lx.ARMED_HEADS and nxt not in lx.ORG_HEADS):
                j += 1
                continue
            if text == "-" and self.glued(j) and not self.tokens[j].whitespace_ and j + 1 < last:
                if is_cap(nxt) or nxt in _PARTICLES or (nxt.islower() and not _PARTICIPLE.search(nxt)
                                                         and self.tok(j - 1).lower() not in ("anti", "pro")
                                                         and is_cap(self.tok(j - 1))
                                                         and nxt not in ("backed", "style")):
                    j += 2
                    continue
                break
            if text in _PARTICLES and j + 1 < last and (is_cap(nxt) and text not in _ENGLISH_PARTICLES
                                                        or (nxt == "-" and self.glued(j + 1))):
                j += 1
                continue
            # "Front for the Liberation of the Enclave of Cabinda": once a name has taken "of"/"for", it may
            # take more
            if (text in ("of", "for") or text == "on" and self.tok(j - 1).lower() in lx.AGREEMENT_HEADS) and \
                    j + 1 < last and (self.tok(j - 1) in _OF_HEADS or connectors):
                k = j + 1
                after_head = self.tok(j - 1).lower() in lx.AGREEMENT_HEADS
                article = self.tok(k) == "the" or self.tok(k) in ("a", "an") and after_head
                if article and is_cap(self.tok(k + 1)):
                    k += 1  # "Front for the Liberation of X"; "the Agreement on a Ceasefire and ..."
                    titled = titled or after_head
                if k == j + 1 and self.tok(k) in _PERSON_TITLES and is_cap(self.tok(k + 1)):
                    break  # "the Freedom Alliance of President X": the name ends before the man who leads it
                if is_cap(self.tok(k)) and self.tok(k) not in lx.COMMON_CAPITALISED:
                    connectors = True
                    has_for = has_for or text == "for" or text == "on"
                    j = k
                    continue
                break
            if text == "and" and (has_for or titled) and is_cap(nxt):
                j += 1
                continue
            if text == "in" and is_cap(nxt) and self.tok(j - 1) in (
                    "Resistance", "Movement", "Co-operation", "Cooperation", "Opposition", "State",
                    "Mission", "Force", "Forces", "Agreement", "Office", "Region") and (
                    # "a Final Peace Agreement in Manila": where it was signed, unless the title has taken
                    # its "on"/"of" ("the Agreement on Peace in Oronde")
                    connectors or self.tok(j - 1) != "Agreement"):
                j += 1
                continue
            # "Islamic State in the Greater Sahara", "Mission in the Central African Republic"
            if text == "in" and nxt == "the" and is_cap(self.tok(j + 2)) and self.tok(j + 2) not in \
                    lx.COMMON_CAPITALISED and self.tok(j - 1) in ("State", "Mission", "Office", "Force"):
                j += 2
                continue
            if text in ("'s", "’s", "'", "’") and self.tok(j - 1) in _POSSESSIVE_OWNERS | {
                    t for t in (self.tok(j - 1),) if t.endswith("s") and text in ("'", "’")} and is_cap(nxt):
                j += 1
                continue
            break
        # never end on a connector
        while j - 1 > i and self.tok(j - 1) in _TRAILING:
            j -= 1
        return j, connectors

    def capitalised(self, i: int, last: int, s: Sentence) -> int:
        j, connectors = self.run_end(i, last)
        if self.tok(i) in ("Anti", "Pro") and self.tok(i + 1) == "-":
            if j <= i + 2:
                return j  # "Anti-junta fighters": the prefix is no name, and "junta" is no name either
            i += 2  # "Anti-Assad rebels" at a sentence start: the prefix is no name
        if j == i + 1 and self.tok(i) in self.index.guarded and all(
                h.entry.type != "State" for h in self.index.guarded[self.tok(i)]):
            return j  # "according to Western officials": an ambiguous adjective alone names no one
        toks = [self.tok(k) for k in range(i, j)]
        if toks[0] in ("Rebels", "Fighters", "Militants") and (toks[1:2] == ["of"] or self.tok(j) == "of"):
            self.group_or_nominal(i, s)  # "Rebels of the Misolo Liberation Front captured ...": the group
        if NOMINAL_HEADS.get(toks[-1].lower()) == "state" and toks[-1] not in self.index.exact and (
                toks == ["The", toks[-1]] or len(toks) == 1 and self.tok(i - 1).lower() == "the"):
            # "stood with the Government", "The Government's statement": official prose capitalises the
            # state's government on its own; a reference like "the government", not a name
            self.group_or_nominal(j - 1, s)
            return j
        # A sentence-initial common word is not part of a name ("Under", "Fighting").
        at_start = i == s.first or self.tok(i - 1) in ('"', "“", "‘", "(") or (
            # "13:15 – Military analysts say ...": a live blog's time stamp opens the entry
            self.tok(i - 1) in ("–", "—", "-") and _TIME_STAMP.fullmatch(self.tok(i - 2)) is not None)
        while toks and ((toks[0] in lx.COMMON_CAPITALISED and toks[0] not in self.index.exact
                         # "Government of National Accord", "Army of the Republic": a name's own head
                         and not (toks[1:2] in (["of"], ["for"]) and not toks[0].endswith("s")
                                  and (toks[0] in lx.ORG_HEADS or toks[0] in lx.ARMED_HEADS))
                         # "the Three Brotherhood Alliance": a number inside a group's name
                         and not (toks[0] in _NUMBER_WORDS and not at_start and len(toks) >= 3
                                  and (toks[-1] in lx.ARMED_HEADS or toks[-1] in lx.ORG_HEADS)))
                        or (at_start and len(toks) == 1 and _is_common_plural(toks[0]))
                        or (at_start and toks[0].lower() in self.lower_words and len(toks) >= 1
                            and self.gaz_at(i, j) is None and not _is_acronym(toks[0])
                            # "Prime Minister X" opening a sentence: a title of two words stays whole
                            and not (toks[0] in lx.TITLES and toks[1:2] and toks[1] in lx.TITLES)
                            # "President X Y suspended ...": a title opening a sentence before a man's name
                            and not (toks[0] in lx.TITLES and len(toks) >= 3 and _person_shaped(toks[1:]))
                            # "Al-Shabaab" at a sentence start is "al-Shabaab", not "Shabaab"
                            and not (toks[0].lower() in _PARTICLES and len(toks) > 2 and toks[1] == "-"))):
            i += 1
            toks.pop(0)
            at_start = False
            while toks and toks[0] in ("of", "for", "and", "in", "the", "-", "'s"):
                i += 1
                toks.pop(0)
        if at_start and len(toks) == 1 and (
                self.tok(j) == ":"  # a label: "Note:", "Update:", "Analysis:"
                or toks[0].endswith(("ed", "ing")) and len(toks[0]) > 5 and toks[0][1:].islower()
                and self.tok(j) in _AFTER_PARTICIPLE  # "Reached by phone, ...", "Speaking in X, ..."
                or self.tok(j) == "by" and toks[0].lower() in _trigger_forms()):  # "Led by X, the group ..."
            return j
        if not toks:
            return j
        if len(toks) == 1 and toks[0].lower() in _CAPITALISED_AGREEMENTS and self.tok(i - 1).lower() in (
                "the", "this"):
            self.agreement_noun(i, s)  # "The Protocol applies to ...": the agreement in context
            return j
        if len(toks) >= 2 and self.shouted(i, j):
            self.shouted_run(i, j, s)
            return j
        if toks[-1] in _NUMBERED_TEXTS and self.tok(j).isdigit():
            self.numbered_text(i, j, s)
            return j + 1
        self.split_run(i, j, s, connectors)
        return j

    def shouted(self, i: int, j: int) -> bool:
        """Whether the run ``[i, j)`` is set in capitals with words the text otherwise writes in lower case
        ("HEAD OF STATE RECEIVES GUARANTORS OF X PROTOCOL"): a headline, not one long name."""
        words = [self.tok(k) for k in range(i, j) if sum(c.isalpha() for c in self.tok(k)) >= 2]
        return len(words) >= 2 and all(w.upper() == w for w in words) and any(
            w.lower() in self.lower_words and w.lower() not in lx.AGREEMENT_HEADS for w in words)

    def shouted_run(self, i: int, j: int, s: Sentence) -> None:
        """A headline in capitals: the words the text writes in lower case elsewhere are common words, and
        what stands between them is read as a run of its own ("X PROTOCOL" the agreement's name); an
        agreement's head after common words alone ("BACKGROUND TO THE AGREEMENT") names none."""
        k = i
        while k < j:
            if not self.named_in_body(k):
                self.shouted_names(k, k + 1, s)
                k += 1
                continue
            m = k
            while m < j and self.named_in_body(m):
                m += 1
            if m < j and self.tok(m).lower() in lx.AGREEMENT_HEADS and self.tok(m + 1) != "-":
                self.agreement_name(k, m, m + 1, s)
                named = self.mentions[-1]
                named.name, named.title = named.name.title(), named.title.title()  # as the body writes it
                named.aliases = [a.title() for a in named.aliases]
                k = m + 1
                continue
            self.shouted_names(k, m, s)
            k = m

    def named_in_body(self, k: int) -> bool:
        """Whether a word in capitals is one the text writes as a name elsewhere ("TUZKOL" for "Tuzkol"),
        and never in lower case."""
        word = self.tok(k)
        low = word.lower()
        return low not in self.lower_words and low not in lx.AGREEMENT_HEADS and \
            word.title() in self.title_words

    def shouted_names(self, i: int, j: int, s: Sentence) -> None:
        """The gazetteer's names among capitals ("TALKS IN ORONDE"); other words in capitals are not read:
        a headline's words say nothing of a name's kind, and its names come again in the body."""
        k = i
        while k < j:
            for m in range(min(j, k + _MAX_GAZ_TOKENS), k, -1):
                hits = self.index.exact.get(self.text(k, m).title()) or self.index.exact.get(self.text(k, m))
                if hits:
                    self.gazetteer_mention(k, m, hits, s)
                    k = m
                    break
            else:
                k += 1

    def numbered_text(self, i: int, j: int, s: Sentence) -> None:
        """"Security Council Resolution 1701", "Resolution 598": a body's numbered text is an agreement
        named by its number; the body that issued it is part of its longer name, not an actor here."""
        number = self.tok(j)
        name = f"{self.tok(j - 1)} {number}"
        m = self.add(i, j + 1, s.index, "agreement", type="Agreement", form="agreement", name=name)
        m.aliases.append(self.text(i, j + 1))
        m.other = self.marked_other(i, j + 1, s)
        m.title = name  # named: two numbered resolutions in one text are two texts

    def split_run(self, i: int, j: int, s: Sentence, connectors: bool) -> None:
        """Titles, gazetteer forms and names inside one capitalised run."""
        toks = [self.tok(k) for k in range(i, j)]
        if len(toks) == 3 and toks[1] == "-" and toks[0].lower() in _COMPASS and toks[2].lower() in _COMPASS:
            # "the North-West", "Valdoria's South-West region": a region named by two directions
            self.add(i, j, s.index, "name", type="Place", name=self.text(i, j))
            return
        whole = self.gaz_at(i, j)
        head = toks[-1]
        named_body = any(t in lx.ARMED_HEADS or t in lx.ORG_HEADS for t in toks[-5:] if t != toks[0]) or \
            head in lx.PLACE_HEADS or (
            head.lower() in lx.AGREEMENT_HEADS and len(toks) > 1) or connectors or (
            len(toks) > 2 and toks[-2] in ("in", "of", "for"))
        if whole and whole[0] == j:
            self.gazetteer_mention(i, j, whole[1], s)
            return
        # "Israel Defense Forces" is one name; "Turkish President Erdogan" is a title between names
        force_name = whole is not None and head in (lx.ARMED_HEADS | lx.ORG_HEADS) and whole[0] < j and \
            self.tok(whole[0]) in ("Defense", "Defence", "Security", "Interior") and j - whole[0] <= 3
        if named_body and not (whole and toks[0] not in lx.TITLES and whole[0] < j
                               and self.tok(whole[0]) in lx.TITLES and not force_name):
            # "Syrian Democratic Forces": a name built on a gazetteer word stays whole,
            # but titles in front are split off ("Turkish President ...").
            k = i
            # "the General Framework Agreement for Peace": a title word inside an agreement's name is no title
            in_agreement = any(t.lower() in lx.AGREEMENT_HEADS for t in toks[1:])
            while not in_agreement and k < j - 1 and (self.tok(k) in lx.TITLES or (
                    self.tok(i) == "Secretary" and self.tok(k) in ("of", "State"))):
                k += 1
            if k > i and whole is None:
                if self.tok(k) != "of":  # "the Minister of National Defence": an office, no one's name
                    self.name(k, j, s, title=self.text(i, k))
                else:
                    self.title_of_state(k + 1, j, s, connectors)
                return
            self.name(i, j, s)
            return
        k = i
        pending_title_start = None
        while k < j:
            tok = self.tok(k)
            # "Mocímboa da Praia": a gazetteer form after a name's particle is the name's end
            g = self.gaz_at(k, j) if not (k > i and self.tok(k - 1) in _PARTICLES) else None
            if g and not (pending_title_start is not None):
                self.gazetteer_mention(k, g[0], g[1], s)
                k = g[0]
                continue
            if tok in lx.TITLES or (tok == "-" and pending_title_start is not None) or (
                    # "Commander-in-Chief": the title's own words
                    tok == "in" and pending_title_start is not None and self.tok(k - 1) == "-") or (
                    # "Commanders Ilan Sorvo, Petr Adamek ...": a title before several names
                    tok.endswith("s") and len(tok) > 4 and tok[:-1] in lx.TITLES
                    and is_cap(self.tok(k + 1))) or (
                    pending_title_start is not None and tok in ("State", "General", "Minister", "of")
                    and self.tok(pending_title_start) in ("Secretary", "Prime", "Vice", "Foreign",
                                                          "Defence", "Defense", "Interior", "Finance",
                                                          "Senior", "Deputy", "Supreme", "Field",
                                                          "Crown", "Chief")):
                if pending_title_start is None:
                    pending_title_start = k
                k += 1
                continue
            if pending_title_start is not None and tok == "of":
                break  # "the Minister of National Defence": the title's own office, no one's name
            # the rest of the run (up to the next gazetteer form) is one name
            m = k + 1
            while m < j and (not self.gaz_at(m, j) or self.tok(m - 1) in _PARTICLES):
                m += 1
            inner = next((t for t in range(k + 1, m - 1)
                          if self.tok(t) in ("Minister", "Secretary", "Commissioner")), None)
            if inner is not None and pending_title_start is None and not any(
                    self.tok(t) in lx.ARMED_HEADS or self.tok(t) in lx.ORG_HEADS
                    for t in range(inner + 1, m)):
                # "Human Rights Minister Hamid X": the ministry's words and the title before the name
                pending_title_start = k
                k = inner
                continue
            title = self.text(pending_title_start, k) if pending_title_start is not None else ""
            # a title right after a demonym/state in the same run ("Turkish President X")
            self.name(k, m, s, title=title)
            pending_title_start = None
            k = m

    def title_of_state(self, i: int, j: int, s: Sentence, connectors: bool) -> None:
        """"Prime Minister of Kenya", "President of the Republic of X": the office is no one's name, but
        the state after its "of" is named all the same (not "the Minister of National Defence")."""
        if i < j and self.tok(i) == "the":
            i += 1
        if i >= j:
            return
        whole = self.gaz_at(i, j)
        if whole and whole[0] == j and any(h.entry.type == "State" for h in whole[1]):
            self.gazetteer_mention(i, j, whole[1], s)
        elif any(self.tok(k) in _STATE_FORMS and self.tok(k + 1) == "of" for k in range(i, j - 1)):
            self.split_run(i, j, s, connectors)

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
                and toks[0].lower() not in _NOT_IN_PERSONS_NAMES and _person_shaped(toks[1:]):
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
        if toks[0] == "Lake" and head not in lx.ORG_HEADS and head not in lx.ARMED_HEADS \
                or head in lx.PLACE_HEADS and toks[0] not in _ARMED_PREFIXES:
            self.add(i, j, s.index, "name", type="Place", name=self.text(i, j))
            return
        if after in _PLURAL_PLACE_SUFFIXES and head not in lx.ARMED_HEADS and head not in lx.ORG_HEADS:
            # "the Aghdam, Kalbajar and Lachin districts": each name is a place of that kind
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
        prev = self.tok(i - 1).lower()
        prev2 = self.tok(i - 2).lower()
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
            if first == "who" or _ROLE_WORDS.search(window):
                m.person += 2
            if first in ("which", "a", "an") and not re.search(r"\b(?:who)\b", window):
                m.person -= 1
            # "Lerin, the main port", "Sirte, a coastal city": an appositive that names a kind of place
            if first in ("the", "a", "an") and any(w in lx.PLACE_NOUNS for w in window.split(" ")[1:4]):
                m.place += 2
            elif first == "the" and _appositive_head(window) in lx.PLACE_NOUNS:
                m.place += 2  # "Taiz, the country's third-largest city": the head after a possessor
        if after in ("who", "whose"):
            m.person += 2
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
        if prev == "from" and prev2 in _LEAVE_FORMS:
            m.place += 2  # "withdrew from Z", "retreated from Z": a place left
        if prev == "-" and prev2 in ("held", "controlled", "run"):
            m.place += 3
        if after in ("'s", "’s") and self.tok(j + 1).lower() in ("fighters", "forces", "leader",
                                                                 "commander", "spokesman", "troops"):
            m.place -= 2
        if after in lx.SPEECH_VERBS or after in ("has", "have", "is", "was", "which"):
            m.place -= 1
        if after == "-" and self.tok(j + 1).lower() in ("held", "controlled", "run", "occupied", "led",
                                                        "administered", "backed"):
            m.place -= 3  # "in X-run Z province": X holds the place, it is none


def _moved_to(words: list[str]) -> bool:
    """Whether a verb of moving opens the few words before "to" ("moved its headquarters to")."""
    return bool(words) and any(w in _MOVE_TO_FORMS for w in words[-4:]) and not any(
        w in (",", ";", "and", "who", "which", "that") for w in words[-4:])


def _appositive_head(window: str) -> str:
    """The head noun of "the Y's ... N" (the last word before a comma or a preposition, after a
    possessor), or "" when the apposition is no such phrase."""
    words = window.split(" ")
    if len(words) < 4 or words[2] not in ("'s", "’s"):
        return ""
    head = ""
    for w in words[3:]:
        if w in (",", ".", ";", "of", "in", "on", "for", "with", "and", "who", "which", "that", "where"):
            break
        head = w
    return head


def find_mentions(body: str, tokens: Iterable, sentences: list[Sentence], gazetteer: object | None,
                  date: str | None = None) -> list[Mention]:
    """Every mention in the document, in text order, each with its sentence index."""
    return _Walker(body, list(tokens), sentences, gazetteer, date).run()
