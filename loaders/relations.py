"""Relations: the phrasing patterns applied to each sentence, with status and confidence.

Each sentence is rewritten with its mentions as ``§N`` placeholders (see
``loaders.patterns``); a match gives subject and object mentions, whose
resolved entities become a relation if their types fit the predicate. The
sentence around the match decides the status: a denial, a reported claim
(unless the speaker claims it for itself), a hypothesis; relations the text
marks as over ("former", "once", "until") are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pactgraph.loaders.dependency import DependencyRules
from pactgraph.loaders.inference import SIDE_TYPES, DocumentPasses, Found
from pactgraph.loaders.lexicon import DIRECTION_ADJECTIVES
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.noun_phrases import STATE_NOUNS
from pactgraph.loaders.patterns import APPOS_EL, RULES, Rule
from pactgraph.loaders.resolve import ResolvedEntity
from pactgraph.loaders.status import _FORMER_BEFORE, REF, StatusMixin
from pactgraph.loaders.text import Sentence
from pactgraph.ontology.statements import normalise, slug
from pactgraph.ontology.vocabulary import DOMAIN_RANGE

#: Nouns after "its"/"their" that make the pronoun the actor itself ("its commander", "their ally").
_POSSESSED_OK = frozenset({
    "commander", "leader", "chief", "head", "ally", "allies", "partner", "partners", "backer", "backers",
    "sponsor", "sponsors", "spokesman", "spokeswoman", "founder", "long-time", "longtime", "new", "top",
    "closest", "main", "fighters", "forces", "troops", "military", "leadership", "chairman", "president",
    "army", "members", "armed", "political", "american", "western", "foreign",
    "founders",  # "Its founders broke away from X"
    "grip", "hold", "control",  # "X tightened its grip on Z": the owner holds Z
})
#: Nouns after "its" that make the pronoun an agreement itself, when it stands for one ("its core
#: chapters apply to Z", "its terms cover Z").
_AGREEMENT_PARTS = frozenset({
    "core", "terms", "provisions", "chapters", "chapter", "clauses", "articles", "annex", "annexes", "text",
    "protocols", "main", "key", "security", "military",
})
#: Every rule's trigger words at once: a rule runs only on sentences that hold one of them.
_TRIGGERS: dict[str, list[int]] = {}
for _k, _rule in enumerate(RULES):
    for _t in _rule.triggers:
        _TRIGGERS.setdefault(_t, []).append(_k)
#: Rules with a trigger every sentence with a mention has ("§") run always; the others by trigger word.
_ALWAYS = frozenset(_TRIGGERS.get("§", ()))
_TRIGGER_LIST = tuple((t, tuple(ks), t[:1].isalpha()) for t, ks in _TRIGGERS.items() if t != "§")


def _trigger_scan() -> tuple[re.Pattern[str], dict[str, frozenset[int]]]:
    """One pass over a sentence finds every trigger: a zero-width look at each position, longest first.

    Two triggers that match at the same position are prefixes of one another, so the longest one that
    matches, with the rules of all its prefixes, is everything that fires there. A word's trigger fires
    at a word's start only ("fire" is not in "ceasefire", "part" not in "party").
    """
    words = sorted((t for t, _, word in _TRIGGER_LIST if word), key=len, reverse=True)
    others = sorted((t for t, _, word in _TRIGGER_LIST if not word), key=len, reverse=True)
    scan = re.compile(r"(?=((?<![a-z])(?:" + "|".join(map(re.escape, words)) + r")|"
                      + "|".join(map(re.escape, others)) + r"))")
    rules = {t: set(ks) for t, ks, _ in _TRIGGER_LIST}
    fired: dict[str, frozenset[int]] = {}
    for t in rules:
        fired[t] = frozenset(k for prefix, ks in rules.items() if t.startswith(prefix) and (
            prefix[:1].isalpha() == t[:1].isalpha()) for k in ks)
    return scan, fired


_SCAN, _FIRED = _trigger_scan()
_PAIRED_SPLIT = re.compile(r",\s+(?:and\s+)?|,?\s+and\s+")


def _paired(group: str) -> list[int]:
    """The elements of a list read by ``PAIRED_LIST``, each by its first mention ("§1 (§2)" is §1)."""
    return [int(REF.findall(element)[0]) for element in _PAIRED_SPLIT.split(group) if REF.search(element)]
#: Not a pattern: "X's government" is read while the sentence view is built.
_GOVERNMENT_OF = Rule("persons-government", "leader_of", re.compile(r"(?!)"), (), descriptive=True)
_LEADER_TITLE = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir)\b")
_GOVERNMENT_WORDS = frozenset({"government", "regime", "administration", "junta"})
_SPLIT_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?:by\s+)?|\s+as\s+well\s+as\s+|"
                         r"\s*,?\s+together\s+with\s+")
_APPOSITIVE = re.compile(APPOS_EL)
_BETWEEN = re.compile(r"\bbetween\s+(?:[\w-]+\s+){0,3}?§(\d+)(?:'s)?(?:\s+[a-z][\w-]*){0,2}\s+and\s+"
                      r"(?:[\w-]+\s+){0,3}?§(\d+)")
_LEADER_BEFORE = re.compile(r"\b(?:President|Prime\s+Minister|Chancellor|King|Emir|Premier)\s+§\d+[^§]*$")
_MINISTER_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+\s+)?Minister\s+§\d+[^§]*$|\bminister,?\s+§\d+[^§]*$")
#: Nouns after a demonym that make it stand for the actor ("Ukrainian counterpart", "Houthi positions").
_STANDS_FOR_ACTOR = STATE_NOUNS | frozenset({
    # a role in the actor: "the Kessan envoy X", "his Ostmarker counterpart, Y"
    "counterpart", "counterparts", "envoy", "envoys", "minister", "ministers", "ambassador", "emissary",
    "spokesman", "spokeswoman", "spokesperson", "negotiator", "negotiators", "representative",
    "representatives", "foreign", "defence", "defense", "interior", "prime", "president",
    # an actor's act named by a noun: "under Norwegian mediation", "Russian support for Y"
    "mediation", "mediators", "mediator", "auspices", "facilitation", "sponsorship", "support", "backing",
    "funding", "aid", "assistance", "intervention", "involvement", "guarantees",
    "positions", "targets", "bases", "strongholds", "posts", "fighters", "militants", "forces",
    "troops", "lines", "backers", "backer", "allies", "ally", "sponsors", "partners",
    # armed action named by its means: "Russian air strikes on ...", "Turkish drone attacks"
    "air", "drone", "missile", "strikes", "airstrikes", "artillery", "shelling", "offensive", "attacks",
    "assault", "bombardment", "raids", "missiles", "drones", "rockets", "shells", "gunboats", "aircraft",
    # its armed men named by their kind: "Filipino units", "US special forces", "Kessan naval patrols"
    "units", "contingent", "contingents", "battalions", "brigades", "commanders", "officers", "pilots",
    "warships", "planes", "special", "security", "naval", "ground",
    "patrols", "garrison", "peacekeepers", "advisers", "advisors", "trainers", "instructors",
})
#: What a plural demonym does as the subject of a clause ("North Koreans have been fighting ..."): the
#: state's people or soldiers, not a modifier of a noun after it.
_PEOPLE_ACT = frozenset({"have", "has", "had", "are", "were", "is", "was", "will", "would", "fought",
                         "fight", "fighting", "attacked", "killed", "captured", "seized", "took", "retook",
                         "launched"})
#: Words between a demonym and the noun of its armed men that keep the demonym the state's ("Kessan
#: surveillance aircraft", "Ostmarker armed forces", "Veldorian regular troops").
_FORCE_MODIFIERS = frozenset({"armed", "regular", "surveillance", "reconnaissance", "combat", "transport",
                              "elite", "federal", "attack", "cargo", "fighter"})
_TWO_WORDS = re.compile(r"\s+([a-z][\w-]*)\s+([a-z][\w-]*)")
#: Curly apostrophes straightened, double quotes dropped.
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": None, "”": None, '"': None})
_SPACES = re.compile(r"[ \t\n]+")
_POSSESSED_NOMINAL = re.compile(r"§(\d+)'s §(\d+)")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_DEMONYM_END = re.compile(r"(?:ese|ian|an|ish|i)$")
#: A sentence that opens on a participle clause ("Backed by Russian jets, ...").
_FRONTED = re.compile(r"(?:Backed|Supported|Armed|Funded|Helped|Aided|Bolstered|Reinforced|Emboldened|"
                      r"Led|Joined|Encouraged)\s")
_PROXY_AFTER = re.compile(r"['’]s\s+(?:forces|troops|army|soldiers|fighters|militiamen|men|loyalists|"
                          r"military)\b|\s+(?:administration|government)\b")
#: A zone's line right before a place ("a §3 along the", "a §3 through"): the place names the zone.
_ALONG_ZONE = re.compile(r"§(\d+)\s+(?:along|through)\s+(?:both\s+banks\s+of\s+)?(?:the\s+)?$")
#: "several districts of Z", "a few villages of Z": a part of the place.
_SOME_OF = re.compile(r"(?:several|a\s+few|some|many)\s+[a-z]+\s+of\b")
#: "the X side of the border": a place, not the party.
_SIDE_OF = re.compile(r"\s+side\s+of\b")
_PLACE_KINDS = r"(?:town|city|port|hub|village|district|province|region|stronghold|base|enclave|capital)"
_DIRECTION_WORDS = DIRECTION_ADJECTIVES
_DIRECTION_BEFORE = re.compile(r"\b(" + "|".join(sorted(_DIRECTION_WORDS, key=len, reverse=True)) + r")\s+$")
#: What follows a list's last element when that element is the subject of a clause of its own
#: ("..., and Y units — no longer rebels — have fought ...", "..., and Y, long Z's protector, has said").
_NEW_CLAUSE_AFTER = re.compile(r"(?:\s+(?:troops|forces|fighters|units|soldiers|militias|officials))?"
                               r"(?:\s*[—–]\s[^—–]{0,80}[—–]|,\s[^,]{0,80},)?"
                               r"\s+(?:has|have|had|is|are|was|were|will|would|also|then|later|now|still)\b")
#: Rules of armed action whose coordinated subjects act together.
_JOINT_ACTION = frozenset({"x-launched-offensive-against-y", "x-fights-y", "x-offensive-against-y"})
#: Rules whose agreement is found by a gap that may also pass over other actors.
_RETRY_AFTER_NON_AGREEMENT = frozenset({"a-took-effect-in-z"})
#: Verbs of making or announcing an agreement right before it ("signed a truce in Z": Z is the venue).
_MADE_BEFORE = re.compile(r"\b(?:sign\w*|announc\w*|reach\w*|struck|strike|agreed|conclud\w*|initial\w*|"
                          r"negotiat\w*|clinch\w*|seal\w*|welcom\w*|ink\w*|hammer\w*)\s+(?:[\w§-]+\s+){0,3}$")
#: A title the mention finder took for a name ("the Chairman of X", "the Special Envoy of Y").
_OFFICE_NAME = re.compile(r"\b(?:Chairman|Chairwoman|President|Envoy|Minister|Secretary|Commander|"
                          r"Representative|Leader|Head|Chief|Director|Coordinator|Spokesman|Ambassador)\b")
_PROXY_PREDICATES = frozenset({"backs", "opposes", "allied_with", "controls"})


class _Sentence:
    """One sentence rewritten with placeholders."""

    def __init__(self, body: str, sentence: Sentence, mentions: list[Mention]) -> None:
        parts: list[str] = []
        cursor = sentence.start
        self.mentions = mentions
        for m in mentions:
            gap = body[cursor:m.start]
            if gap.endswith(("the ", "The ")) and (len(gap) == 4 or not gap[-5].isalnum()):
                gap = gap[:-4]
            parts.append(gap)
            parts.append(f"§{m.index}")
            cursor = m.end
        parts.append(body[cursor:sentence.end])
        text = "".join(parts).translate(_QUOTES)
        text = _SPACES.sub(" ", text)
        # "Keteyo's government", "Abiy's government": the government, not the man
        kinds = {m.index: m.kind for m in mentions}
        #: (person, government) pairs read out of "Abiy's government", kept for leader_of
        self.possessed: list[tuple[int, int]] = []

        def government(g: re.Match[str]) -> str:
            owner, owned = int(g.group(1)), int(g.group(2))
            if kinds.get(owned) == "nominal" and kinds.get(owner) == "name":
                self.possessed.append((owner, owned))
                return f"§{owned}"
            return g.group(0)

        text = _POSSESSED_NOMINAL.sub(government, text)
        self.text = text
        self.lower = text.lower()


class Extractor(StatusMixin, DocumentPasses, DependencyRules):
    def __init__(self, body: str, sentences: list[Sentence], mentions: list[Mention],
                 entities: list[ResolvedEntity | None], gazetteer: object | None = None) -> None:
        self.body = body
        self.gazetteer = gazetteer
        self.sentences = sentences
        self.mentions = mentions
        self.entities = entities
        self.found: list[Found] = []
        #: Statements about "Assad's forces", "Haftar's fighters": kept until the text has said what the
        #: man leads (see ``proxies``).
        self.deferred: list[tuple[int, str, int, Sentence, Rule, str, float]] = []
        self._places: dict[str, ResolvedEntity] = {}
        self.by_sentence: list[list[Mention]] = [[] for _ in sentences]
        for m in mentions:
            if 0 <= m.sent < len(sentences):
                self.by_sentence[m.sent].append(m)
        self.last_agreement: int | None = None
        #: The two sides of the conflict the text last named ("the two sides" refers to them).
        self.pair: tuple[ResolvedEntity, ...] = ()
        #: "Kiir's government" is the government of the state Kiir leads, whatever the text's main state
        self.override: dict[int, ResolvedEntity] = {}
        self.views: dict[int, _Sentence] = {}

    def view(self, s: Sentence) -> _Sentence:
        v = self.views.get(s.index)
        if v is None:
            v = self.views[s.index] = _Sentence(self.body, s, self.by_sentence[s.index])
        return v

    # -- helpers -------------------------------------------------------------------------
    def entity(self, index: int) -> ResolvedEntity | None:
        if index < 0 or index >= len(self.mentions):
            return None
        if index in self.override:
            return self.override[index]
        m = self.mentions[index]
        return self.entities[m.entity] if m.entity >= 0 else None

    def refs(self, group: str | None, last_of_element: bool = True) -> list[int]:
        if not group:
            return []
        if not last_of_element:
            return [int(x) for x in REF.findall(group)]
        out = []
        if "," in group:
            group = _APPOSITIVE.sub("", group)
        for element in _SPLIT_LIST.split(group):
            found = REF.findall(element)
            if found:
                # "§2 President §5": the titled person; "§4 (§5)": the name before its acronym
                if "(" in element and len(found) >= 2:
                    out.append(int(found[-2]))
                else:
                    out.append(int(found[-1]))
        return out

    def as_place(self, e: ResolvedEntity) -> ResolvedEntity:
        """A state named as a territory ("across the whole of Libya") is a place."""
        if e.type == "Place":
            return e
        place = self._places.get(e.id)
        if place is None:
            place = ResolvedEntity(-1, "place-" + e.id, e.name, "Place", (), None, None)
            self._places[e.id] = place
        return place

    def agreement_in(self, s: Sentence, before: int | None = None) -> ResolvedEntity | None:
        best = None
        for m in self.by_sentence[s.index]:
            e = self.entities[m.entity] if m.entity >= 0 else None
            if e is not None and e.type == "Agreement" and (
                    before is None or m.index < before or best is None):
                best = e
        if best is not None:
            return best
        if self.last_agreement is not None:
            return self.entities[self.last_agreement]
        return None

    # -- the walk ------------------------------------------------------------------------
    def run(self) -> list[Found]:
        self.parse_pass()
        for s in self.sentences:
            ms = self.by_sentence[s.index]
            if ms:
                before = len(self.found)
                self.sentence(s, ms)
                self.note_pair(s, before)
            for m in ms:
                e = self.entities[m.entity] if m.entity >= 0 else None
                if e is not None and e.type == "Agreement":
                    self.last_agreement = m.entity
        self.suppress_not_party()
        self.two_sides()
        self.titled_officials()
        self.proxies()
        self.infer()
        return self.found

    def note_pair(self, s: Sentence, before: int) -> None:
        """Remember the two sides a sentence sets against each other (or between whom a deal is)."""
        parties: dict[str, list[ResolvedEntity]] = {}
        for f in self.found[before:]:
            if f.predicate == "opposes" and f.subject.type != "Person" and f.object.type != "Person":
                self.pair = (f.subject, f.object)
                return
            if f.predicate == "party_to" and f.subject.type in SIDE_TYPES and f.status == "asserted":
                sides = parties.setdefault(f.object.id, [])
                if all(x.id != f.subject.id for x in sides):
                    sides.append(f.subject)
        two = [sides for sides in parties.values() if len(sides) == 2]
        if two:
            self.pair = tuple(two[0])
            return
        match = _BETWEEN.search(self.view(s).text)
        if match:
            a, b = self.entity(int(match.group(1))), self.entity(int(match.group(2)))
            if a is not None and b is not None and a.id != b.id and {a.type, b.type} <= SIDE_TYPES:
                self.pair = (a, b)

    def sentence(self, s: Sentence, ms: list[Mention]) -> None:
        view = self.view(s)
        lower = view.lower
        runnable: set[int] = set(_ALWAYS)
        for hit in set(_SCAN.findall(lower)):
            runnable |= _FIRED[hit]
        self.governments(view, s)
        for k in sorted(runnable):
            rule = RULES[k]
            if rule.name in _RETRY_AFTER_NON_AGREEMENT:
                # the first placeholder that fits may not be the agreement: look again just after it
                pos = 0
                while (match := rule.pattern.search(view.text, pos)) is not None:
                    self.apply(rule, match, view, s)
                    pos = match.start() + 1
                continue
            for match in rule.pattern.finditer(view.text):
                self.apply(rule, match, view, s)
        self.syntax(s)

    def governments(self, view: _Sentence, s: Sentence) -> None:
        """"Kiir's government": the state the man leads; "Prime Minister X's government": X leads it."""
        for owner, owned in view.possessed:
            person, state = self.entity(owner), self.entity(owned)
            word = self.mentions[owned].text.lower()
            if person is None or person.type != "Person":
                continue
            # "Machar's movement": the group the man leads
            kinds = ("State",) if word in _GOVERNMENT_WORDS else ("ArmedGroup", "Organization")
            led = [f.object for f in self.found if f.predicate == "leader_of" and f.subject.id == person.id
                   and f.object.type in kinds and f.status == "asserted"]
            if led:
                self.override[owned] = led[0]
            elif word in _GOVERNMENT_WORDS and state is not None and state.type == "State" \
                    and _LEADER_TITLE.search(self.mentions[owner].title) \
                    and not _FORMER_BEFORE.search(view.text[:view.text.find(f"§{owned}")]):
                self.emit_entities(person, "leader_of", state, s, _GOVERNMENT_OF, "asserted", 0.75)

    def apply(self, rule: Rule, match: re.Match[str], view: _Sentence, s: Sentence) -> None:
        if rule.name == "the-z-ceasefire" and self.mentions[int(match.group("a")[1:])].kind != "agreement":
            return  # it matches every mention: only named agreements go on
        groups = match.groupdict()
        text = view.text
        status = self.status(rule, match, view)
        if status is None:
            return
        conf = rule.confidence
        p = rule.predicate
        name = rule.name
        a_refs = self.refs(groups.get("a"))
        agreement = self.entity(a_refs[0]) if a_refs else None
        if a_refs and (agreement.type != "Agreement" if agreement is not None
                       else self.mentions[a_refs[0]].kind != "pronoun"):
            return  # an unresolved "it" may still be the agreement in context; "the two sides" is not

        def context_agreement() -> ResolvedEntity | None:
            before = [int(x) for x in REF.findall(text[:match.start()])]
            for ref in reversed(before):
                e = self.entity(ref)
                if e is not None and e.type == "Agreement":
                    return e
            return self.agreement_in(s, before=None)

        if name == "the-z-ceasefire":
            m = self.mentions[int(groups["a"][1:])]
            if m.kind == "agreement" and m.title \
                    and m.name.split()[-1] in ("ceasefire", "truce", "armistice") \
                    and not m.gaz_id \
                    and agreement is not None:
                # "the Idlib ceasefire" governs Idlib when the text names Idlib as a place; a name that is
                # only the agreement's ("the Kainui ceasefire", signed off Kainui Point) or an actor's ("a
                # government-MILF ceasefire") is no place it covers
                core = normalise(m.title)
                place = next((e for e in self.entities if e is not None and e.type == "Place"
                              and core in {normalise(e.name), *map(normalise, e.aliases)}), None)
                if place is not None:
                    self.emit_entities(agreement, "governs", place, s, rule, status, conf)
            return
        if name == "a-in-z" and re.match(r"§\d+\s+in\b", match.group()):
            # "signed a deal in Washington", "announced the agreement in Ramallah": where it was made
            z = self.mentions[int(groups["z"][1:])] if groups.get("z", "").startswith("§") else None
            if _MADE_BEFORE.search(text, max(0, match.start() - 45), match.start()) or (
                    z is not None and z.form == "capital"):
                return
        if name == "commits-x":
            subjects = [i for i in self.refs(groups["s"], last_of_element=False)
                        if (e := self.entity(i)) is not None and e.type != "Person"]
            for i in subjects:
                self.emit(i, p, agreement, s, rule, status, conf)
            return
        if name == "x-is-to-hand-back-z":
            # only where a deal was named just before: the obligation is one of its terms
            if self.last_agreement is None or not any(
                    m.entity == self.last_agreement for m in self.by_sentence[max(0, s.index - 1)]
                    + self.by_sentence[s.index]):
                return
            agreement = self.entities[self.last_agreement]
        if name in ("under-a-places", "a-terms-places", "x-is-to-hand-back-z"):
            rest = groups["rest"]
            for ref in re.finditer(r"§(\d+)", rest):
                before = rest[max(0, ref.start() - 25):ref.start()]
                if re.search(r"\b(?:signed|struck|agreed|reached|concluded|held|talks)\s+(?:in|at)\s+$",
                             before):
                    continue
                zone = _ALONG_ZONE.search(rest, 0, ref.start())
                if zone and self.mentions[int(zone.group(1))].kind == "zone":
                    continue  # "a security zone along the Inguri river": the zone's line, named in the zone
                e = self.entity(int(ref.group(1)))
                if e is not None and e.type == "Place":
                    self.emit_entities(agreement, "governs", e, s, rule, status, conf)
            return
        if name == "under-x-control":
            for ref in REF.findall(groups["pre"]):
                e = self.entity(int(ref))
                if e is not None and e.type == "Place":
                    self.emit(int(groups["s"][1:]), "controls", e, s, rule, status, conf)
            return
        if name == "in-rebel-hands":
            places = [int(r) for r in REF.findall(text[:match.start("s")])
                      if (e := self.entity(int(r))) is not None and e.type == "Place"]
            if places:
                self.emit(int(groups["s"][1:]), "controls", self.entity(places[-1]), s, rule, status, conf)
            return
        subjects = [i for i in self.refs(groups.get("s")) if self.usable(i, rule)]
        if name in ("p-head-of-x", "p-spokesman-of-x"):
            objects = self.refs(groups.get("o1")) or self.refs(groups.get("o2"))
        else:
            # "strikes on X and by Y": the list of targets ends where a new agent begins
            objects = self.refs((groups.get("o") or groups.get("z") or "").split(" and by ")[0])
            if p in ("backs", "opposes", "allied_with") and ", and " in (groups.get("o") or "") and \
                    _NEW_CLAUSE_AFTER.match(text, match.end()):
                # "X has been trying to dislodge it, and Y units have fought ...": the last "and" opens a
                # clause of its own, not one more object
                objects = self.refs(groups["o"].rsplit(", and ", 1)[0])
        objects = [i for i in objects if self.usable(i, rule)]
        if p == "opposes":
            # "Russian missiles struck the Ukrainian port of Odesa": the target is the port's state
            objects = [self.owner_of_place(i, groups.get("o") or "") for i in objects]
        if p == "controls":
            objects = [i for i in objects if (e := self.entity(i)) is not None and e.type == "Place"]
        if p == "governs":
            objects = [i for i in objects if (e := self.entity(i)) is not None and (
                e.type == "Place" or self.mentions[i].place > 0)]
        if p in ("governs", "controls"):
            for i in objects:
                self.region(i)
        if name == "x-holds-z" and re.search(r"\b(?:in|at|near|from|to|inside|on|across)\b",
                                             groups.get("gap") or ""):
            return  # "holds hostages in Gaza", "took part in"
        if name == "x-holds-z" and (re.search(r"\b(?:much|parts?|most|swathes|large\s+parts|some)\s+of\b",
                                              groups.get("gap") or "") or _SOME_OF.match(
                text, match.start("gap"), match.end("z"))):  # "held several districts of Z"
            # "holds much of the south, including Jilib": the towns it names are held
            objects = [i for i in self.refs(groups.get("incl")) if (e := self.entity(i)) is not None
                       and e.type == "Place"]
        if name == "x-fights-y" and groups.get("x"):
            # "X is fighting Y alongside A and B": A and B fight Y too, beside X
            allies = [i for i in self.refs(groups["x"]) if self.usable(i, rule)]
            self.emit_pairs(allies, "opposes", objects, s, rule, status, conf * 0.9)
            self.emit_pairs(allies, "allied_with", subjects, s, rule, status, conf * 0.9)
        if name == "his-counterpart-p":
            # the counterpart holds the role of the person the sentence named before: a head of
            # state or government leads the state, a minister is a member of it
            before_text = text[:match.start()]
            if _MINISTER_BEFORE.search(before_text):
                p = "member_of"
            elif not _LEADER_BEFORE.search(before_text):
                return
            for sref in subjects:
                for oref in objects:
                    self.emit_entities(self.entity(sref), p, self.entity(oref), s, rule, status, conf)
            return
        if name == "x-split-from-y":
            inner = groups.get("s2")
            if inner and self.mentions[int(inner[1:])].kind in ("pronoun", "nominal"):
                subjects = [int(inner[1:])]  # "X ..., when it split from Y": the clause's own subject
            elif groups.get("own"):
                # "Machar's movement broke away from Y": the group the man leads
                led = [f.object for sref in subjects if (e := self.entity(sref)) is not None
                       for f in self.found if f.predicate == "leader_of" and f.subject.id == e.id]
                for group in led[:1]:
                    for oref in objects:
                        self.emit_entities(group, p, self.entity(oref), s, rule, status, conf)
                return
        if name == "support-x-against-y":
            helped = [i for i in self.refs(groups.get("x")) if self.usable(i, rule)]
            self.emit_pairs(helped + subjects, "opposes", objects, s, rule, status, conf)
            return
        if name in ("leaders-of-x-and-y-a-and-b", "a-and-b-lead-respectively-x-and-y"):
            # the n-th person heads the n-th actor; lists of unequal length pair nothing
            people, bodies = _paired(groups["s"]), _paired(groups["o"])
            if len(people) == len(bodies):
                for pr, br in zip(people, bodies, strict=True):
                    pe, be = self.entity(pr), self.entity(br)
                    if pe is not None and be is not None and pe.type == "Person" and be.type in (
                            "State", "ArmedGroup", "Organization"):
                        self.emit_entities(pe, p, be, s, rule, status, conf)
            return
        if name == "states-person":
            pairs = [(groups.get("s"), groups.get("o")), (groups.get("s2"), groups.get("o2"))]
            for sg, og in pairs:
                if sg and og:
                    se, oe = self.entity(int(sg[1:])), self.entity(int(og[1:]))
                    held = self.mentions[int(sg[1:])]
                    # "X's North-West region", "X's Operation Storm": a name cut at a hyphen, an operation
                    if held.text.endswith("-") or self.body[held.end:held.end + 1] == "-" \
                            or held.text.startswith("Operation "):
                        continue
                    if se and oe and se.type == "Person" and oe.type == "State":
                        after = text[match.end():match.end() + 3]
                        if not after.startswith(","):
                            self.emit_entities(se, "leader_of", oe, s, rule, status, conf)
            return
        if p in ("party_to", "brokered", "governs"):
            if p == "governs":
                target = agreement or context_agreement()
                for o in objects:
                    self.emit_entities(target, p, self.entity(o), s, rule, status, conf)
                return
            target = agreement or context_agreement()
            if name == "a-between-x-and-y":
                subjects = subjects + objects
            if name == "x-signed-for-y":
                self.represents(subjects, objects, s, rule, status, conf)
                subjects = subjects + objects
            if target is None:
                return
            for sref in subjects:
                self.emit(sref, p, target, s, rule, status, conf)
            return
        if name == "x-of-p":
            # a named group, not "the government" (resolved from context) nor a title read as a name ("the
            # Chairman of X", "the Special Envoy of Y"); a named man
            objects = [o for o in objects if self.mentions[o].kind in ("name", "gaz")
                       and not _OFFICE_NAME.search(self.mentions[o].text)]
            subjects = [i for i in subjects if self.mentions[i].kind == "name"]
        if name == "x-led-by-p":
            objects = [o for o in objects if not re.search(r"\b(?:in|at|from|to|near|of|on)\s+$",
                                                           self.body[max(0, self.mentions[o].start - 6):
                                                                     self.mentions[o].start])]
            for sref in subjects:
                se = self.entity(sref)
                for oref in objects:
                    oe = self.entity(oref)
                    if se is None or oe is None:
                        continue
                    if se.type == "Person":
                        self.emit_entities(se, "leader_of", oe, s, rule, status, conf)
            return
        if name in _JOINT_ACTION and " and " in (groups.get("s") or "") and any(
                (e := self.entity(i)) is not None and e.type in SIDE_TYPES for i in objects):
            # "The United States and Britain launched strikes on ...": joint military action is alliance
            sides = [i for i in subjects if self.mentions[i].kind not in ("pronoun", "pair")
                     and (e := self.entity(i)) is not None and e.type in SIDE_TYPES]
            for k, a in enumerate(sides):
                for b in sides[k + 1:]:
                    self.emit(a, "allied_with", self.entity(b), s, rule, status, conf * 0.8)
        self.emit_pairs(subjects, p, objects, s, rule, status, conf)

    def owner_of_place(self, ref: int, group: str) -> int:
        """A place named with its state's demonym ("the Ukrainian city of Kharkiv") stands for that state."""
        e = self.entity(ref)
        if e is None or e.type != "Place":
            return ref
        owner = re.search(rf"§(\d+)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_PLACE_KINDS}s?\s+of\s+§{ref}\b", group)
        if owner is not None:
            m = self.mentions[int(owner.group(1))]
            state = self.entity(m.index)
            if m.kind == "gaz" and m.form == "demonym" and state is not None and state.type == "State":
                return m.index
        return ref

    def region(self, ref: int) -> None:
        """"The ceasefire applies to northern Shan state": the part of the place the words name."""
        m = self.mentions[ref]
        e = self.entity(ref)
        word = _DIRECTION_BEFORE.search(self.body, max(0, m.start - 20), m.start)
        if e is None or e.type != "Place" or word is None or m.kind == "gaz":
            return
        if re.search(r"['’]s\s+$", self.body[max(0, word.start() - 3):word.start()]):
            return  # "Syria's north-western Idlib province": where the place lies, not a part of it
        name = f"{word.group(1)} {e.name}"
        self.override[ref] = ResolvedEntity(-1, slug(name), name, "Place", (), None, None)

    def state_of_region(self, e: ResolvedEntity) -> ResolvedEntity:
        """"The Hamas attack on southern Israel": as an actor's target, a region is its state."""
        word, _, rest = e.name.partition(" ")
        if e.type != "Place" or word.lower() not in _DIRECTION_WORDS or not rest:
            return e
        key = normalise(rest)
        for x in self.entities:
            if x is not None and x.type == "State" and normalise(x.name) == key:
                return x
        return e

    def represents(self, signers: list[int], sides: list[int], s: Sentence, rule: Rule, status: str,
                   conf: float) -> None:
        """A person who signs for a state or group (not as its head) is one of its officials."""
        for sref in signers:
            m = self.mentions[sref]
            if m.kind != "name" or re.search(r"\b(?:President|Prime|King|Emir|Chancellor|Leader)\b", m.title):
                continue
            for oref in sides:
                self.emit(sref, "member_of", self.entity(oref), s, rule, status, conf * 0.9)

    def usable(self, ref: int, rule: Rule) -> bool:
        """Whether a mention can stand for an actor here (not "Iraqi" in "an Iraqi militia")."""
        if ref < 0 or ref >= len(self.mentions):
            return False
        m = self.mentions[ref]
        body = self.body
        after = body[m.end:m.end + 30]
        word = _NEXT_WORD.match(after)
        two = _TWO_WORDS.match(after)
        # "Kessan surveillance aircraft": a modifier of the armed men's kind between the demonym and them
        armed_men = two is not None and two.group(1) in _FORCE_MODIFIERS and two.group(2) in _STANDS_FOR_ACTOR
        # "the Kolvari side" is the state (not "the Kolvari side of the border", a place)
        armed_men = armed_men or word is not None and word.group(1) == "side" and not _SIDE_OF.match(after)
        if m.kind == "gaz" and m.form == "demonym" and word and word.group(1) not in _STANDS_FOR_ACTOR \
                and word.group(1) not in ("and", "or", "to", "of", "in", "on", "at", "as", "for", "with") \
                and not (m.text.endswith("s") and word.group(1) in _PEOPLE_ACT) and not armed_men:
            return False
        if m.kind == "name" and _DEMONYM_END.search(m.text) and word and not armed_men \
                and word.group(1) not in _STANDS_FOR_ACTOR \
                and word.group(1) not in ("and", "or", "said", "says") and m.entity >= 0 \
                and (e := self.entities[m.entity]) is not None and e.name != m.text:
            return False
        if not rule.name.startswith(("anti-", "pro-", "dep-prefix")) and re.search(r"(?:anti|pro)-$",
                                                                     body[max(0, m.start - 5):m.start], re.I):
            return False
        # a possessive pronoun stands for its owner before the nouns of a role or a force; the parse
        # rules read it as the possessor of such a noun whatever the words between ("its exiled leader")
        if m.kind == "pronoun" and m.text.lower() == "its" and word and word.group(1) in _AGREEMENT_PARTS \
                and rule.predicate == "governs" and (e := self.entity(ref)) is not None \
                and e.type == "Agreement":
            return True  # "its core chapters apply to Z": the agreement's own parts
        return not (m.kind == "pronoun" and m.text.lower() in ("its", "their", "his") and word
                    and word.group(1) not in _POSSESSED_OK and not rule.name.startswith("dep-holder"))

    def last_groups(self, m: Mention) -> list[ResolvedEntity]:
        """"both groups": the last two groups named before, when there are two."""
        out: list[ResolvedEntity] = []
        for x in reversed(self.mentions[:m.index]):
            e = self.entity(x.index)
            if e is not None and e.type in ("ArmedGroup", "Organization") and x.kind != "pronoun" \
                    and all(e.id != o.id for o in out):
                out.append(e)
                if len(out) == 2:
                    return out
        return []

    def emit_pairs(self, subjects: list[int], p: str, objects: list[int], s: Sentence, rule: Rule,
                   status: str, conf: float) -> None:
        if len(subjects) > 1 and _FRONTED.match(self.view(s).text):
            # "Backed by X and by Y's militias, including Z, W's forces have retaken ...": the clause's
            # subject is the last of what reads as a list
            subjects = subjects[-1:]
        for sref in subjects:
            for oref in objects:
                if p in _PROXY_PREDICATES and (self._proxy(sref) or self._proxy(oref)):
                    self.deferred.append((sref, p, oref, s, rule, status, conf))
                    continue
                om = self.mentions[oref] if 0 <= oref < len(self.mentions) else None
                if om is not None and om.kind == "pair" and om.form == "groups":
                    for group in self.last_groups(om):
                        self.emit(sref, p, group, s, rule, status, conf * 0.85)
                    continue
                self.emit(sref, p, self.entity(oref), s, rule, status, conf)

    def _proxy(self, ref: int) -> bool:
        """Whether a mention is a man's armed men ("Assad's forces"): the actor he leads stands for it."""
        if not 0 <= ref < len(self.mentions):
            return False
        m = self.mentions[ref]
        e = self.entity(ref)
        return e is not None and e.type == "Person" and _PROXY_AFTER.match(self.body, m.end) is not None

    def proxies(self) -> None:
        """"Assad's forces have retaken Saraqeb": the actor the man leads, once the text has said which."""
        for sref, p, oref, s, rule, status, conf in self.deferred:
            ends = []
            for ref in (sref, oref):
                e = self.entity(ref)
                if e is not None and self._proxy(ref):
                    led = [f.object for f in self.found if f.predicate == "leader_of" and f.subject.id == e.id
                           and f.status == "asserted" and f.object.type in ("State", "ArmedGroup")]
                    e = led[0] if led else None
                ends.append(e)
            if ends[0] is not None and ends[1] is not None:
                self.emit_entities(ends[0], p, ends[1], s, rule, status, round(conf * 0.9, 3))

    def emit(self, sref: int, p: str, obj: ResolvedEntity | None, s: Sentence, rule: Rule, status: str,
             conf: float) -> None:
        m = self.mentions[sref] if 0 <= sref < len(self.mentions) else None
        if m is not None and m.kind == "pair" and m.form == "groups":
            for group in self.last_groups(m):
                self.emit_entities(group, p, obj, s, rule, status, conf * 0.85)
            return
        if m is not None and m.kind == "pair":
            for side in self.pair:
                self.emit_entities(side, p, obj, s, rule, status, conf * 0.85)
            return
        subject = self.entity(sref)
        if m is not None and m.kind in ("pronoun", "nominal"):
            conf *= 0.85
        self.emit_entities(subject, p, obj, s, rule, status, conf)

    def emit_entities(self, subject: ResolvedEntity | None, p: str, obj: ResolvedEntity | None, s: Sentence,
                      rule: Rule, status: str, conf: float) -> None:
        if subject is None or obj is None or subject.id == obj.id:
            return
        if p in ("governs", "controls", "located_in") and obj.type == "State":
            obj = self.as_place(obj)
        if p in _PROXY_PREDICATES and p != "controls":
            subject, obj = self.state_of_region(subject), self.state_of_region(obj)
            if subject.id == obj.id:
                return
        if p == "member_of" and subject.type == "State" and obj.type == "State":
            return
        if p == "member_of" and obj.type == "Person":
            return  # "the X Alliance of President Y, an alliance that includes Z": Z is no member of a man
        domain, range_ = DOMAIN_RANGE[p]
        if subject.type not in domain or obj.type not in range_:
            return
        self.found.append(Found(subject, p, obj, s, rule.name, status, round(conf, 3)))


def find_relations(body: str, sentences: list[Sentence], mentions: list[Mention],
                   entities: list[ResolvedEntity | None], gazetteer: object | None = None) -> list[Found]:
    return Extractor(body, sentences, mentions, entities, gazetteer).run()


def unique(found: list[Found]) -> Iterator[Found]:
    """One relation per (subject, predicate, object, status, sentence), the most confident."""
    best: dict[tuple[str, str, str, str, int], Found] = {}
    for f in found:
        a, b = f.subject.id, f.object.id
        if f.predicate in ("opposes", "allied_with") and b < a:
            a, b = b, a
        key = (a, f.predicate, b, f.status, f.sentence.index)
        if key not in best or best[key].confidence < f.confidence:
            best[key] = f
    yield from best.values()
