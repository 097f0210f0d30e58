"""The mention walker's closed word lists, patterns and small word tests.

Compass words, titles, particles, the verbs of holding and leaving a place, the heads of states' and
armed groups' formal names, and the tests built on them ("a person's name's shape", "the core of an
agreement's name"), shared by the walker (``loaders.mentions``), its capitalised runs
(``loaders.capitalised``) and its typing of names (``loaders.names``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pactgraph.loaders import frames as fr
from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.noun_phrases import GROUP_NOUNS, STATE_NOUNS

_MAX_GAZ_TOKENS = 8

#: Agreement heads that official prose capitalises on their own ("the Protocol", "the Agreement").
_CAPITALISED_AGREEMENTS = frozenset({"agreement", "accord", "accords", "protocol", "treaty", "pact",
                                     "memorandum", "declaration", "charter", "convention", "armistice",
                                     "truce", "ceasefire"})

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
    "Framework", "Sultanate", "Principality", "Duchy",
    "Agreement", "Friends", "Isle", "Republic", "Ministry", "Minister", "Declaration", "Accord", "Charter",
    "Conference", "Summit", "Convention", "Treaty", "Protocol", "Memorandum", "Statement", "Bureau",
    "Directorate", "Division", "Brotherhood", "Network", "Sons", "Soldiers", "Partisans", "Guardians",
    "Co-operation", "Cooperation", "Organisation", "Organization", "Men", "State", "Army", "Islands",
    "United",  # "Vellanders United for Peace and Democracy"
    "Rally", "Platform", "Convergence",  # the parties of French-speaking lands ("Rally for Unity in X")
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
        low.endswith("s") and (low[:-1] in lx.PERSON_ROLES or low[:-1] in _ROLE_PLURAL_STEMS)) or (
        low.endswith("s") and low in _FIGHT_PLURALS)  # "Drones launched by X hit ...", "Hostilities between"


#: Plurals of an actor's forces and of acts of fighting ("Drones", "Hostilities", "Airstrikes").
_FIGHT_PLURALS = fr.FORCE_NOUNS | frozenset(n for n, p in fr.ACTION_NOUNS.items() if p == "opposes")


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


def _moved_to(words: list[str]) -> bool:
    """Whether a verb of moving opens the few words before "to" ("moved its headquarters to")."""
    return bool(words) and any(w in _MOVE_TO_FORMS for w in words[-4:]) and not any(
        w in (",", ";", "and", "who", "which", "that") for w in words[-4:])


def _appositive_head(window: str) -> str:
    """The head noun of "the Y's ... N" (the last word before a comma or a preposition, after a
    possessor), or "" when the apposition is no such phrase."""
    words = window.split(" ")
    # the possessor may be a name of several words ("Z, the Dawn Front's stronghold")
    at = next((k for k in range(2, min(len(words), 6)) if words[k] in ("'s", "’s")), 0)
    if len(words) < at + 2 or not at:
        return ""
    head = ""
    for w in words[at + 1:]:
        if w in (",", ".", ";", "of", "in", "on", "for", "with", "and", "who", "which", "that", "where"):
            break
        head = w
    return head
