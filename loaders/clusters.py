"""Clusters: the mentions of one document gathered by key, before any two keys are linked.

``Cluster`` holds one entity's mentions, names, aliases and votes (person, place, state); ``Clustering``,
the base of the resolver (``loaders.resolve.Resolver``), opens one cluster per gazetteer id, normalised
name or zone, joins a mention to a cluster and folds one cluster into another. With the name tests
the other steps share (``person_shaped``, ``initials``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.references import References
from pactgraph.loaders.state_cues import state_cue
from pactgraph.ontology.statements import normalise as _normalise

_GOVERNMENT_OF = re.compile(r"\b(?:government|regime|junta)\s+of\s+(?:the\s+)?$", re.I)
#: "the government in Z", "the authorities in Z": a city the text names as a seat of power is the state.
_GOVERNMENT_IN = re.compile(r"\b(?:government|regime|junta|authorities|administration|rulers|"
                            r"leadership)\s+in\s+$", re.I)
#: "the Kaldi militia", "Vosk rebels": a name and the kind of armed men it names, also the group's name.
_ARMED_KIND_AFTER = re.compile(r" (militia|rebels|insurgents|militants|guerrillas|separatists)\b(?![-'’])")
_CITY_GLOSS = re.compile(r",\s+(?:the|a)\s+(?:capital|city)\b", re.I)
#: Names recur within and across documents: normalise each once.
normalise = lru_cache(maxsize=16384)(_normalise)
_INITIAL_SKIP = {"of", "for", "and", "in", "the", "al", "el", "de", "la", "wal", "bin"}
#: Heads of a state's formal name ("the X Republic", "the Y Federation"): such a name may be
#: read as a group's by its head and still own a state's institutions.
_STATE_HEADS = frozenset({"Republic", "Federation", "Kingdom", "Sultanate", "Emirate", "Principality"})


@dataclass(slots=True)
class Cluster:
    key: str
    type: str | None = None
    gaz_id: str | None = None
    gaz: object | None = None
    names: list[str] = field(default_factory=list)  # name readings, in text order
    aliases: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    person: int = 0
    place: int = 0
    state_votes: int = 0
    state_cues: int = 0  # votes of the institutions a name owns ("X's president"), see loaders.state_cues
    kind: str | None = None  # agreements
    named: bool = False  # agreements with a proper name
    generic: bool = False  # unnamed: the id carries the document's id
    core: str = ""

    @property
    def first(self) -> int:
        return self.mentions[0] if self.mentions else -1


_GROUP_WORDS = frozenset(w.lower() for w in lx.ARMED_HEADS | lx.ORG_HEADS | lx.PLACE_HEADS) | \
    lx.FOREIGN_GROUP_HEADS


def person_shaped(name: str) -> bool:
    """Whether a name has the shape of a person's: two to four capitalised words (particles allowed,
    "al-Nur", "dos Santos"), none an acronym, a number or the head of a group's, a body's or a place's
    name."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    capitalised = 0
    for w in words:
        if w.lower() in _GROUP_WORDS:
            return False
        for x in (x for x in re.split(r"[-'’]", w) if x):
            low = x.lower()
            if low in lx.NAME_PARTICLES:
                continue
            if low in _GROUP_WORDS or not x.isalpha() or not x[0].isupper() or x.isupper() and len(x) > 1:
                return False
            capitalised += 1
    return capitalised >= 2


def _unknown_state_shape(m: Mention) -> bool:
    """Whether a name may be a state's that no list knows: untyped and with no head of a group's, a body's
    or a place's name ("the Sable Forces' commander", "the Union Party's president" are no states), or
    headed by a state's formal noun ("the President of the Y Federation")."""
    words = m.name.split()
    if m.name.isupper() and len(m.name) > 1:
        return False  # "the XPF government": a party or a movement in power, named by its initials
    if words and words[-1] in _STATE_HEADS:
        return m.type in (None, "ArmedGroup")
    return m.type is None and not any(w in _GROUP_WORDS or w.lower() in _GROUP_WORDS for w in words)


def initials(name: str) -> str:
    words = re.findall(r"[\w']+", name.replace("-", " "))
    return "".join(w[0] for w in words if w not in _INITIAL_SKIP and w[0].isupper()).upper()


class Clustering(References):
    """The resolver's clusters: one per key, and the mentions joined to them."""

    def __init__(self, mentions: list[Mention], body: str, gazetteer: object | None) -> None:
        self.mentions = mentions
        self.body = body
        self.gazetteer = gazetteer
        self.clusters: list[Cluster] = []
        self.by_key: dict[str, int] = {}
        self._tally = {}
        self._tallied = 0
        self._alias_cache = {}
        self._coalitions_said: set[int] = set()

    # -- clusters ------------------------------------------------------------------------
    def cluster(self, key: str, m: Mention) -> Cluster:
        k = self.by_key.get(key)
        if k is None:
            k = len(self.clusters)
            self.by_key[key] = k
            self.clusters.append(Cluster(key))
        c = self.clusters[k]
        c.mentions.append(m.index)
        m.entity = k
        return c

    def join(self, m: Mention, k: int) -> None:
        c = self.clusters[k]
        c.mentions.append(m.index)
        m.entity = k

    def gaz(self, m: Mention) -> None:
        if m.form == "capital" and m.place > 0:
            c = self.cluster("place:" + normalise(m.text), m)
            c.type = "Place"
            c.names.append(m.text)
            return
        c = self.cluster("gaz:" + (m.gaz_id or ""), m)
        c.gaz_id = m.gaz_id
        c.type = c.type or m.type
        c.names.append(m.name)
        c.aliases.append(m.text)
        c.aliases.extend(m.aliases)
        if m.place < 0:
            c.state_votes += 1

    def name(self, m: Mention) -> None:
        key = normalise(m.name)
        if m.type == "Place":
            for alias in m.aliases:
                if "name:" + normalise(alias) in self.by_key:
                    key = normalise(alias)
        c = self.cluster("name:" + key, m)
        c.names.append(m.name)
        c.aliases.extend(m.aliases)
        if m.type is None and not m.title and m.person <= 0 and not person_shaped(m.name) and \
                _GOVERNMENT_OF.search(self.body, max(0, m.start - 30), m.start):
            c.state_votes += 2  # "the government of Oronde": a state
        if m.type is None and not m.title and not _CITY_GLOSS.match(self.body, m.end) and \
                _GOVERNMENT_IN.search(self.body, max(0, m.start - 30), m.start):
            c.state_votes += 2  # "the government in Oronde": the state ruled from it
        if not m.title and m.person <= 0 and _unknown_state_shape(m) and not person_shaped(m.name) and \
                self.body[max(0, m.start - 3):m.start] not in ("'s ", "’s "):
            # "X's president", "the X army" (not "Y's X government": the possessor Y's own)
            c.state_cues += state_cue(self.body, m.start, m.end)
        if (kind := _ARMED_KIND_AFTER.match(self.body, m.end)) is not None and not m.title:
            c.aliases.append(f"{m.text} {kind.group(1)}")
        if m.type and (c.type is None or m.type == "Place"):
            c.type = m.type
        c.person += m.person
        c.place += m.place

    def zone(self, m: Mention) -> None:
        key = normalise(m.name)
        for other_key, k in self.by_key.items():
            if other_key.startswith("zone:") and (other_key.endswith(" " + key)
                                                  or key.endswith(" " + other_key[5:])):
                self.join(m, k)
                self.clusters[k].names.append(m.name)
                self.clusters[k].aliases += m.aliases
                return
        c = self.cluster("zone:" + key, m)
        c.type = "Place"
        c.names.append(m.name)
        c.aliases += m.aliases  # "the Lomani separation zone" for "a separation zone along the Lomani river"
        c.generic = True

    def merge(self, a: int, b: int) -> None:
        """Fold cluster b into cluster a."""
        if a == b:
            return
        ca, cb = self.clusters[a], self.clusters[b]
        for i in cb.mentions:
            self.mentions[i].entity = a
        ca.mentions = sorted(ca.mentions + cb.mentions)
        ca.names += cb.names
        ca.aliases += cb.aliases
        ca.person += cb.person
        ca.place += cb.place
        ca.state_votes += cb.state_votes
        ca.state_cues += cb.state_cues
        ca.type = ca.type or cb.type
        cb.mentions = []
        self.by_key[cb.key] = a
