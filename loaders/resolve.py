"""Resolution: which mentions of one document are the same entity, and what it is called.

Mentions join one entity by gazetteer id, by normalised name, by an acronym
defined or spelled by a name ("Rapid Support Forces" ... "RSF"), by a
surname ("Mr Putin" -> "Vladimir Putin"), by a demonym built on a name
("Orondese" -> "Oronde"). Agreements without a name are the text's main
agreement unless marked as another ("an earlier truce"). Nominal references
("the regime", "the movement", "its") take the fitting antecedent. Ids are
stable across documents: the gazetteer id, or ``slug(name)``; unnamed things
("a fragile truce") get the document's id in theirs.

The resolver is built up from ``loaders.references`` (nominals and pronouns), ``loaders.clusters``
(the clusters and their keys) and ``loaders.aliases`` (the links between clusters); here are its run,
the typing of names, agreements and groups, and the resolved entities.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.agreement_heads import definite, head_family, same_kind
from pactgraph.loaders.aliases import Aliases
from pactgraph.loaders.clusters import Cluster, initials, normalise, person_shaped
from pactgraph.loaders.home_names import HomeNames
from pactgraph.loaders.mention_words import _UNIT_HEADS
from pactgraph.loaders.mentions import Mention
from pactgraph.ontology.statements import slug

#: Lower-case direction words that open the name of a part of a place ("eastern X", "west X").
_DIRECTION_WORDS = frozenset(w.lower() for w in lx.DIRECTION_ADJECTIVES) | {"west", "east", "north", "south"}

_EARLIER = re.compile(r"\b(?:earlier|previous|prior|another|separate|former|last|old|original|supersedes|"
                      r"replaces|replaced|superseded|builds?\s+on)\b")
_GOVERNMENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:military\s+|federal\s+|ruling\s+)?"
                               r"(?:government|regime|army|military|junta)\b"
                               r"(?!\s+(?:base|bases|police|court|courts|hospital|airport|attach[eé]|academy|"
                               r"leaders|officers|officials|chiefs|commanders))")
#: "Nicaragua's Sandinista government", "Sudan's transitional authorities": a possessed government with one
#: word of description (not "Guinea's military leaders": the rulers of a state named in passing).
_OWN_GOVERNMENT_AFTER = re.compile(r"['’]s\s+[\w-]+\s+"
                                   r"(?:government|regime|junta|authorities|administration)\b")
#: A state named as the one who mediates, hosts or guarantees ("mediated by X", "X-brokered", "X has
#: facilitated the talks", "with X, Y and Z as guarantors", "X's mediation"): not the state the text is about.
_MEDIATOR_BEFORE = re.compile(r"\b(?:brokered|mediated|facilitated|hosted|sponsored|chaired|convened)\s+by\s+"
                              r"(?:the\s+)?$|\bauspices\s+of\s+(?:the\s+)?$|\b(?:mediators?|guarantors?|"
                              r"facilitators?)(?:\s+states|\s+countries)?\s*,\s+(?:the\s+)?$", re.I)
_MEDIATOR_AFTER = re.compile(r"-(?:brokered|mediated|facilitated|hosted|sponsored|led)\b|['’]s\s+"
                             r"(?:mediation|mediators?|facilitation|good\s+offices)\b|\s+(?:has|had|have)\s+"
                             r"(?:long\s+|also\s+)?(?:mediated|facilitated|brokered|hosted)\b|"
                             r"(?:(?:,|\s+and)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})*"
                             r",?\s+as\s+(?:guarantors?|mediators?|facilitators?|observers?|witnesses)\b")
#: "the government of X", "the army of the X": X named as the one who rules or fights.
_RULERS_OF_BEFORE = re.compile(r"(?:government|regime|army|military|junta)\s+of\s+(?:the\s+)?$", re.I)
#: "the Government of X" read as one name.
_GOVERNMENT_OF_NAME = re.compile(r"(?:Government|Regime|Army|Armed\s+Forces)\s+of\s+", re.I)
#: An agreement named by its head and what it is on ("Agreement on the Final Truce", "Protocol on
#: the Withdrawal of Forces"): a proper name of its own, not the text's main agreement.
_TITLED_AGREEMENT = re.compile(r"(?:Agreement|Accord|Treaty|Protocol|Memorandum|Convention)\s+(?:on|for)\s+"
                               r"(?:(?:the|a|an|and|of|on|for|in|to)\s+)?[A-Z][\w'’-]*"
                               r"(?:\s+(?:(?:the|a|an|and|of|on|for|in|to)\s+)?[A-Z][\w'’-]*)*")
#: An acronym's shape ("NTA", "MOA-AD").
_ACRONYM = re.compile(r"[A-Z0-9][A-Za-z0-9-]*")
#: "the Valdorian border", "a Kessa-based group", "in the Tessalian capital": the state as a place only.
_GEOGRAPHY_AFTER = re.compile(r"-based\b|\s+(?:capital|border|borders|territory|soil|waters|airspace)\b")


def not_a_side(body: str, start: int, end: int) -> bool:
    """Whether the state named at [start, end) is named as a go-between or a place, not as a side."""
    return bool(_MEDIATOR_BEFORE.search(body, max(0, start - 30), start) or _MEDIATOR_AFTER.match(body, end)
                or _GEOGRAPHY_AFTER.match(body, end))


_UMBRELLA = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:umbrella|coalition|alliance|grouping|"
                       r"network|bloc|federation|front)\s+(?:group\s+|organisation\s+|organization\s+)?"
                       r"(?:of|for|uniting|bringing\s+together)\s+(?:(?:the|several|dozens\s+of|[a-z]+)\s+)?")


#: Bare plural nouns for an armed group ("the insurgents", "the jihadists"): with "the" and no word of
#: description, the group the text has been talking about, not a group of their own.
_BARE_REBELS = frozenset({"insurgents", "separatists", "guerrillas", "jihadists", "militants", "dissidents"})


class Resolver(Aliases, HomeNames):
    def run(self) -> list[Cluster]:
        ms = self.mentions
        for m in ms:
            if m.kind == "gaz":
                self.gaz(m)
            elif m.kind == "name":
                self.name(m)
            elif m.kind == "zone":
                self.zone(m)
        self.link_acronyms()
        self.link_known_as()
        self.link_surnames()
        self.link_short_forms()
        self.link_head_words()
        self.link_demonyms()
        self.link_state_forms()
        self.link_demonym_forms()
        self.link_shared_demonyms()
        self.type_names()
        self.link_places()
        home = self.home_state()
        self.agreements()
        self.link_agreement_acronyms()
        self.groups()
        for m in ms:
            if m.kind == "nominal":
                self.nominal(m, home)
        self.link_known_as_references()
        for m in ms:
            if m.kind == "pronoun":
                self.pronoun(m)
        return self.clusters

    def type_names(self) -> None:
        self._part_votes()
        for c in self.clusters:
            if not c.mentions or not c.key.startswith("name:"):
                continue
            if all(_event_name(n) for n in c.names):
                c.type = None  # "Operation Iron Gate", "Cyclone Mira": no actor ("X's Operation Y" reads X)
                continue
            if c.state_cues and c.person < 3 and not any(person_shaped(n) for n in c.names):
                # the institutions a name owns make a state of it only when nothing makes a man of it (a
                # general's army is no state of his: "General Ravo Dunn ... Dunn's army")
                c.state_votes += c.state_cues  # (see loaders.state_cues)
                c.state_cues = 0
            if c.state_votes >= 2 and c.type in (None, "Place"):
                c.type = "State"
            elif c.type is None:
                if c.person > 0 and len(max(c.names, key=len).split()) >= 2 or c.person >= 3:
                    c.type = "Person"
                elif c.place <= 0 and c.state_votes == 0 and \
                        max(self.mentions[x].person for x in c.mentions) >= 3:
                    # "Colonel Varek ... Varek's men ... helped Varek": one name titled once is a man; its
                    # other plain one-word mentions are no evidence against one
                    c.type = "Person"
                elif c.place > 0:
                    c.type = "Place"
                elif -2 <= c.place <= 0 and c.state_votes == 0 and _person_names(c.names) and (
                        c.place == 0 or not any(self.body[max(0, self.mentions[x].start - 4):
                                                          self.mentions[x].start].lower() == "the "
                                                for x in c.mentions)):
                    # "Tevita Kauhalu": a name with nothing of a group, a place or a state ("Tevita Kauhalu
                    # said", "the government of Tevita Kauhalu" only tell it is no place; "the X" is no man)
                    c.type = "Person"
                else:
                    c.type = "ArmedGroup"
            # "X's government/army" marks a state
            if c.type in ("ArmedGroup", "Place") and c.state_votes >= 2:
                c.type = "State"
        # "between Olo and Vesk Ridge": a name coordinated with a place is a place
        pairs = list(zip(self.mentions, self.mentions[1:], strict=False))
        for a, b in pairs + pairs[::-1]:  # backwards too: "Olo, Vesk and Marr districts"
            if a.entity < 0 or b.entity < 0 or a.sent != b.sent:
                continue
            if not re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", self.body[a.end:b.start]):
                continue
            # "In Pell, the Dawn Front ...": a fronted place, then the sentence's subject
            if self.body[a.end:b.start].strip() == "," and re.search(
                    r"(?:^|[.!?]\s+)(?:In|At|From|Inside|Near|Outside)\s+$",
                    self.body[max(0, a.start - 12):a.start]):
                continue
            ca, cb = self.clusters[a.entity], self.clusters[b.entity]
            for x, y, my in ((ca, cb, b), (cb, ca, a)):
                if x.type == "Place" and y.type in ("ArmedGroup", "Person") and my.kind == "name" \
                        and y.key.startswith("name:") \
                        and y.person <= 0 and my.type is None and len(y.mentions) <= 2:
                    y.type = "Place"

    def _part_votes(self) -> None:
        """"eastern X" is a place, so X named alone is the place's whole: it keeps the vote for a place the
        direction gave it when the two were read as one mention."""
        for c in self.clusters:
            if not c.mentions or c.type != "Place" or not c.key.startswith("name:"):
                continue
            first, _, rest = c.key[5:].partition(" ")
            if first in _DIRECTION_WORDS and rest:
                whole = self.by_key.get("name:" + rest)
                if whole is not None and self.clusters[whole].type is None:
                    self.clusters[whole].place += 2

    def _umbrella_of(self, m: Mention) -> int | None:
        """The named group a descriptor group is an appositive of ("X, an umbrella of ... factions")."""
        for x in reversed(self._sentence_before(m, m.sent)):
            if x.kind == "name" and x.entity >= 0 and self.clusters[x.entity].type in ("ArmedGroup",
                                                                                     "Organization"):
                return x.entity if _UMBRELLA.fullmatch(self.body, x.end, m.end - len(m.name)) else None
        return None

    def home_state(self) -> int | None:
        """The state whose regime/government/army the text talks about."""
        votes: Counter[int] = Counter()
        for m in self.mentions:
            if m.entity >= 0 and self.clusters[m.entity].type == "State":
                if not_a_side(self.body, m.start, m.end):
                    continue  # "talks mediated by X", "near the X border": a go-between or a place
                votes[m.entity] += 1
                if m.sent == 0:
                    votes[m.entity] += 1  # the lede names the main actors
                nxt = self.body[m.end:m.end + 25]
                ruling = _GOVERNMENT_AFTER.match(nxt) or _OWN_GOVERNMENT_AFTER.match(nxt)
                if ruling and ruling.group(0).split()[-1] in ("army", "military"):
                    votes[m.entity] += 3  # "Rwanda's army said": an army may fight abroad, a government rules
                elif ruling:
                    votes[m.entity] += 10  # "Myanmar's military government": the text is about its rulers
                prev = self.body[max(0, m.start - 20):m.start]
                if _RULERS_OF_BEFORE.search(prev) or \
                        _GOVERNMENT_OF_NAME.match(m.text):  # "the Government of Oronde" read as one name
                    votes[m.entity] += 6
        return self.home_from_names(votes)  # (``loaders.home_names``)

    # -- agreements ----------------------------------------------------------------------
    def agreements(self) -> None:
        main: int | None = None
        named: dict[str, int] = {}
        created: list[int] = []  # the unnamed agreements other than the main one
        for m in self.mentions:
            if m.kind != "agreement":
                continue
            core = normalise(m.title) if m.title else ""
            if not core and _TITLED_AGREEMENT.fullmatch(m.text) and \
                    not re.match(r"(?:,|\s+(?:and|&))\s+[A-Z]", self.body[m.end:m.end + 8]):  # (not cut off)
                core = normalise(m.text)  # "the Agreement on Peace in the Valley": a name of its own
            if core:
                if core in named:
                    self.join(m, named[core])
                    self.clusters[named[core]].names.append(m.name)
                    self.clusters[named[core]].aliases += m.aliases
                    continue
                if main is not None and not m.other and not self.clusters[main].named and \
                        self._compatible(self.clusters[main], m):
                    k = main
                    self.join(m, k)
                else:
                    c = self.cluster("agr:" + core, m)
                    k = self.by_key["agr:" + core]
                    c.kind = m.form
                    if main is None and not m.other:
                        main = k
                c = self.clusters[k]
                c.type = "Agreement"
                c.named = True
                c.core = m.title
                c.names.insert(0, m.name)
                c.aliases += m.aliases
                named[core] = k
                continue
            if not m.other and main is None and named:
                # "It signed the Vask accord in May ... The accord was mediated by": the named one
                last = max(named.values(), key=lambda k: self.clusters[k].mentions[-1])
                self.join(m, last)
                self.clusters[last].aliases += m.aliases
                continue
            if m.other or main is None:
                key = f"agr:#{m.index}"
                c = self.cluster(key, m)
                c.type, c.kind, c.generic = "Agreement", m.form, True
                c.names.append(m.name)
                c.aliases += m.aliases
                if main is None and (not m.other or self._dated_only(m)):
                    main = self.by_key[key]
                else:
                    created.append(self.by_key[key])
                continue
            if m.person > 0 and not self._same_sentence_as(main, m):
                # a new deal, made in its own sentence ("Separately, X and Y agreed a truce")
                key = f"agr:#{m.index}"
                c = self.cluster(key, m)
                c.type, c.kind, c.generic = "Agreement", m.form, True
                c.names.append(m.name)
                c.aliases += m.aliases
                created.append(self.by_key[key])
                continue
            kind = self._kind_named_later(m, main, created)
            if kind is not None:
                # "a ceasefire in May ... a peace treaty in October ... the treaty": the later treaty
                self.join(m, kind)
                self.clusters[kind].aliases += m.aliases
                continue
            recent = self._recent_agreement(m)
            target = recent if recent is not None and m.person < 0 else main
            self.join(m, target)
            self.clusters[target].aliases += m.aliases

    def link_agreement_acronyms(self) -> None:
        """"the Nationwide Truce Accord (NTA)" ... "the NTA was signed": an acronym defined after an
        agreement's name, or spelled by it, is that agreement (the names were typed before agreements had
        entities, so the acronym was left a group of its own)."""
        ms = self.mentions
        by_initials: dict[str, int] = {}
        for m in ms:
            if m.kind == "agreement" and m.entity >= 0 and m.title and len(m.name.split()) >= 2:
                by_initials.setdefault(initials(m.name), m.entity)
        for i, n in enumerate(ms):
            if n.kind != "name" or n.entity < 0 or not _ACRONYM.fullmatch(n.text) or n.text.upper() != n.text:
                continue
            c = self.clusters[n.entity]
            if c.type == "Agreement" or not all(ms[x].kind == "name" and ms[x].type is None
                                                for x in c.mentions):
                continue
            before = ms[i - 1] if i else None
            if before is not None and before.kind == "agreement" and before.entity >= 0 and before.title and \
                    self.body[before.end:n.start].strip() == "(":
                k: int | None = before.entity
            else:
                k = by_initials.get(n.text.replace("-", ""))
            if k is not None:
                c.type = None
                self.merge(k, n.entity)

    def _kind_named_later(self, m: Mention, main: int, created: list[int]) -> int | None:
        """The last agreement other than ``main`` headed by the kind of noun that heads ``m`` ("the
        treaty"), when ``m`` is a definite reference and ``main`` is never called so."""
        family = head_family(m.text)
        if family is None or m.person > 0 or not definite(self.body[max(0, m.start - 5):m.start]):
            return None
        def texts(k: int) -> list[str]:
            return [self.mentions[x].text for x in self.clusters[k].mentions]
        if same_kind(family, texts(main)):
            return None
        later = [k for k in created if k != main and same_kind(family, texts(k))]
        return later[-1] if later else None

    def _same_sentence_as(self, k: int, m: Mention) -> bool:
        return any(self.mentions[x].sent == m.sent for x in self.clusters[k].mentions)

    def _recent_agreement(self, m: Mention) -> int | None:
        """The agreement named earlier in the same sentence ("under a 1974 agreement, ... the accord")."""
        for x in reversed(self._sentence_before(m, m.sent)):
            if x.kind == "agreement" and x.entity >= 0:
                return x.entity
        return None

    def _dated_only(self, m: Mention) -> bool:
        """The text's first agreement is its main one even when dated ("ended a 2015 peace agreement"),
        unless it is called an earlier or another one."""
        before = self.body[max(0, m.start - 60):m.start].lower()
        return not _EARLIER.search(before) and not any(
            x.kind == "agreement" for x in self.mentions[:m.index])

    def _compatible(self, c: Cluster, m: Mention) -> bool:
        kinds = {self.mentions[i].form for i in c.mentions}
        specific = {"declaration", "memorandum"}
        return m.form not in specific or m.form in kinds or not (kinds & specific) and m.form == "memorandum"

    # -- groups, nominals, pronouns ------------------------------------------------------
    def groups(self) -> None:
        rebels: int | None = None
        for m in self.mentions:
            if m.kind != "group":
                continue
            prev = self.mentions[m.index - 1] if m.index > 0 else None
            # "M23 rebels", "Rebels of the MLF": the named group itself
            if prev is not None and prev.entity >= 0 and prev.end + 1 >= m.start and \
                    not m.name.lower().startswith(("anti-", "pro-")) and \
                    self.clusters[prev.entity].type in ("ArmedGroup", "Organization") and \
                    prev.kind in ("name", "gaz"):
                self.join(m, prev.entity)
                if prev.kind == "name" and " " not in m.name and self.body[prev.end:m.start] == " ":
                    self.clusters[prev.entity].aliases.append(f"{prev.text} {m.name}")  # "the Kaldi militia"
                if m.form == "rebels" and rebels is None:
                    rebels = prev.entity
                continue
            nxt = self.mentions[m.index + 1] if m.index + 1 < len(self.mentions) else None
            if nxt is not None and re.fullmatch(r"\s+of\s+(?:the\s+)?", self.body[m.end:nxt.start]) and \
                    nxt.kind == "name" and nxt.entity >= 0:
                self.join(m, nxt.entity)
                if m.form == "rebels" and rebels is None:
                    rebels = nxt.entity
                continue
            # "the Northern Army, an umbrella of Norland-backed rebel factions": the umbrella itself
            owner = self._umbrella_of(m)
            if owner is not None:
                earlier = self.by_key.get("group:" + normalise(m.name))
                if earlier is not None and self.clusters[earlier].mentions:
                    self.merge(owner, earlier)  # the factions named before are the umbrella too
                self.join(m, owner)
                self.clusters[owner].aliases.append(m.name)
                self.by_key["group:" + normalise(m.name)] = owner
                continue
            plain = normalise(m.name) in ("rebels", "rebel", "rebel factions", "the rebels") or \
                normalise(m.name) in _BARE_REBELS
            start = m.end - len(m.name)
            # "jihadist-held Z", "rebel-held Z": the armed men of that kind the text is talking about
            definite = self.body[max(0, start - 4):start].lower() == "the " or \
                self.body[m.end:m.end + 1] == "-"
            if m.form == "rebels" and rebels is not None and (
                    plain or definite or m.name.startswith(("rebel", "separatist"))):
                self.join(m, rebels)
                self.clusters[rebels].aliases.append(m.name)
                continue
            bare = m.form == "rebels" or normalise(m.name) in _BARE_REBELS
            if rebels is None and plain and definite and bare:
                # "the rebels" with no group of rebels named yet: the armed group the text is about
                self.nominal(m, None)
                if m.entity >= 0:
                    if m.form == "rebels":
                        rebels = m.entity
                    continue
            c = self.cluster("group:" + normalise(m.name), m)
            c.type = m.type or "ArmedGroup"
            c.names.append(m.name)
            # "tribal fighters" in one document are not those of another: a description without a name
            # is the document's own ("anti-Assad rebels" are the same everywhere)
            c.generic = plain or not any(w[:1].isupper() for w in re.split(r"[\s-]+", m.name))
            if m.form == "rebels" and rebels is None:
                rebels = m.entity


def _person_names(names: list[str]) -> bool:
    """Whether a cluster's names all have a person's shape ("Tevita Kauhalu"), none a unit's
    ("Ninth Fleet")."""
    return all(person_shaped(n) and n.split()[-1] not in _UNIT_HEADS for n in names)


@dataclass(frozen=True, slots=True)
class ResolvedEntity:
    index: int
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    wikidata: str | None
    kind: str | None


def _event_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[0] in lx.EVENT_NAME_HEADS and words[-1] not in lx.ARMED_HEADS \
        and words[-1] not in lx.ORG_HEADS


def finish(clusters: list[Cluster], gazetteer: object | None, doc_id: str) -> list[ResolvedEntity | None]:
    """Canonical names, types, aliases and ids of the clusters (None for emptied ones)."""
    out: list[ResolvedEntity | None] = []
    # capitals the text names as places ("talks in Brenn"): a place of its own, not another name of its state
    # (spelled with or without its apostrophe: "Dro'a", "Droa")
    places = {re.sub(r"\W", "", normalise(n))
              for c in clusters if c.mentions and c.type == "Place" for n in c.names}
    for index, c in enumerate(clusters):
        if not c.mentions or not c.type:
            out.append(None)
            continue
        wikidata = None
        aliases = list(dict.fromkeys(a for a in c.aliases + c.names if a))
        if c.gaz_id and gazetteer is not None:
            entry = gazetteer.get(c.gaz_id)  # type: ignore[attr-defined]
            name = entry.name
            wikidata = entry.wikidata
            aliases += [*entry.aliases, *entry.demonyms,
                        *(x for x in entry.capitals if re.sub(r"\W", "", normalise(x)) not in places)]
            lowered = {a.lower() for a in aliases}
            for demonym in entry.demonyms[:1]:
                named = {f"{demonym.lower()} regime", f"{demonym.lower()} government"}
                if lowered & ({"regime", "government"} | named):
                    aliases += [f"{demonym} government", f"{demonym} regime"]
                for low in ("army", "junta", "military"):
                    if low in lowered:
                        aliases.append(f"{demonym} {low}")
            eid = c.gaz_id
        else:
            if c.type == "Agreement":
                name = c.names[0]
            elif c.type == "Person":
                name = max(c.names, key=lambda n: (len(n.split()), len(n)))
            else:
                multi = [n for n in c.names if len(n.split()) >= 2 and not n.isupper()]
                name = max(multi, key=len) if multi and c.type != "Place" else (
                    min(multi, key=len) if multi else c.names[0])
                if c.type == "Place" and multi:
                    name = c.names[0]
            eid = slug(name)
            if c.generic:
                eid = f"{eid}-{doc_id[:8]}"
            if c.type == "Place" and c.key.startswith("place:"):
                eid = "place-" + eid
        aliases = [a for a in dict.fromkeys(aliases) if a != name and normalise(a)]
        kind = c.kind if c.type == "Agreement" else None
        out.append(ResolvedEntity(index, eid, name, c.type, tuple(aliases), wikidata, kind))
    return out


def resolve(mentions: list[Mention], body: str, gazetteer: object | None) -> list[Cluster]:
    return Resolver(mentions, body, gazetteer).run()


__all__ = ["Cluster", "ResolvedEntity", "finish", "initials", "resolve", "lx"]
