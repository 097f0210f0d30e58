"""The relation extractor's state: the sentence views, the entities behind mentions, and emitting.

``_Sentence`` is one sentence rewritten with its mentions as ``§N`` placeholders (see
``loaders.patterns``). ``RelationState`` is the base of the extractor's own mixins
(``loaders.rule_application``, then ``loaders.relations.Extractor``): the per-document state, the
entity a mention stands for (``entity``, ``refs``, ``as_place``, ``agreement_in``), whether a mention
can stand for an actor (``usable``), and the emission of statements whose types fit the predicate,
with the statements about a man's armed men kept until the text says what he leads (``proxies``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pactgraph.loaders.agreement_sides import PERSON_PAIR_WINDOW, parties_in_context
from pactgraph.loaders.contrast import own_clauses, set_apart
from pactgraph.loaders.extractor_state import ExtractorState
from pactgraph.loaders.inference import Found
from pactgraph.loaders.lexicon import DIRECTION_ADJECTIVES
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.noun_phrases import STATE_NOUNS
from pactgraph.loaders.pair_words import COUNTED
from pactgraph.loaders.patterns import APPOS_EL, Rule
from pactgraph.loaders.resolve import ResolvedEntity
from pactgraph.loaders.status import REF
from pactgraph.loaders.text import Sentence, Tok
from pactgraph.ontology.statements import normalise
from pactgraph.ontology.vocabulary import DOMAIN_RANGE

#: Nouns after "its"/"their" that make the pronoun the actor itself ("its commander", "their ally").
#: People who sign or mediate for the owner before them ("its envoys signed", "their delegation agreed").
_SIGNING_FOR = frozenset({"delegates", "delegation", "delegations", "envoys", "envoy", "negotiators",
                          "negotiator", "representatives", "emissaries", "emissary", "mediators", "mediator"})
_POSSESSED_OK = frozenset({
    "commander", "leader", "chief", "head", "ally", "allies", "partner", "partners", "backer", "backers",
    "sponsor", "sponsors", "spokesman", "spokeswoman", "founder", "long-time", "longtime", "new", "top",
    "closest", "main", "fighters", "forces", "troops", "military", "leadership", "chairman", "president",
    "army", "members", "armed", "political", "american", "western", "foreign",
    "founders",  # "Its founders broke away from X"
    "men", "soldiers", "militiamen", "loyalists",  # "his men attacked Y": the armed men of what he leads
    "grip", "hold", "control",  # "X tightened its grip on Z": the owner holds Z
    "factions", "units",  # "Its factions ambush army patrols": the owner's men
    # what an attack hits of its owner ("accused X of shelling its positions", "attacked its border posts")
    "positions", "bases", "base", "posts", "outposts", "convoy", "convoys", "facilities", "installations",
    "depots", "camps", "checkpoints", "patrols", "border",
    # its acts of war and what it fights with ("stepped up its attacks on Y", "its drones hit Y")
    "attacks", "attack", "offensive", "offensives", "war", "campaign", "assault", "strikes", "airstrikes",
    "raids", "insurgency", "drones", "jets", "warplanes", "artillery", "missiles", "rockets", "gunmen",
    # its help and its good offices ("reaffirmed its support for Y", "never hid its patronage of Y", "talks
    # held under its auspices")
    "support", "backing", "sponsorship", "patronage", "funding", "financing", "aid", "assistance",
    "mediation", "auspices", "facilitation",
})
#: Nouns after "its" that make the pronoun an agreement itself, when it stands for one ("its core
#: chapters apply to Z", "its terms cover Z").
_AGREEMENT_PARTS = frozenset({
    "core", "terms", "provisions", "chapters", "chapter", "clauses", "articles", "annex", "annexes", "text",
    "protocols", "main", "key", "security", "military",
})
_SPLIT_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?:by\s+)?|\s+as\s+well\s+as\s+|"
                         r"\s*,?\s+together\s+with\s+")
_APPOSITIVE = re.compile(APPOS_EL)
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
    "proxy", "proxies", "client", "clients", "puppet", "puppets", "surrogate", "surrogates", "patron",
    "patrons", "supplier", "suppliers",
    # armed action named by its means: "Russian air strikes on ...", "Turkish drone attacks"
    "air", "drone", "missile", "strikes", "airstrikes", "artillery", "shelling", "offensive", "attacks",
    "assault", "bombardment", "raids", "missiles", "drones", "rockets", "shells", "gunboats", "aircraft",
    # its armed men named by their kind: "Filipino units", "US special forces", "Kessan naval patrols"
    "units", "contingent", "contingents", "battalions", "brigades", "commanders", "officers", "pilots",
    "warships", "planes", "special", "security", "naval", "ground",
    "helicopters", "gunships", "bombers", "gunners",
    "patrols", "garrison", "peacekeepers", "advisers", "advisors", "trainers", "instructors",
    # what an attack hits of its armed men: "Kessan convoys", "Tessalian checkpoints"
    "convoys", "convoy", "checkpoints", "outposts", "depots", "garrisons", "barracks",
    "marines", "sailors", "airmen", "paratroopers", "commandos", "personnel", "recruits", "cadets",
    # one noun for two demonyms: "the X and Y governments", "X and Y armies"
    "governments", "armies", "militaries", "administrations", "delegations", "navies",
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
_QUOTE_CLOSED_AND = re.compile(r"(?<=\S)[\"”],\s+and\s+")
_POSSESSED_NOMINAL = re.compile(r"§(\d+)'s §(\d+)")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_DEMONYM_END = re.compile(r"(?:ese|ian|an|ish|i)$")
#: Two lists paired in order ("X and Y back A and B respectively").
_RESPECTIVELY = re.compile(r"\brespectively\b")
#: A sentence that opens on a participle clause ("Backed by Russian jets, ...").
_FRONTED = re.compile(r"(?:Backed|Supported|Armed|Funded|Helped|Aided|Bolstered|Reinforced|Emboldened|"
                      r"Led|Joined|Encouraged)\s")
_PROXY_AFTER = re.compile(r"['’]s\s+(?:forces|troops|army|soldiers|fighters|militiamen|men|loyalists|"
                          r"military)\b|\s+(?:administration|government)\b")
#: "his fighters", "her troops": a man's armed men named by his pronoun.
PRONOUN_PROXY_AFTER = re.compile(r"\s+(?:forces|troops|army|soldiers|fighters|militiamen|men|loyalists)\b")
#: "the X side of the border": a place, not the party.
_SIDE_OF = re.compile(r"\s+side\s+of\b")
_DIRECTION_WORDS = DIRECTION_ADJECTIVES
_PROXY_PREDICATES = frozenset({"backs", "opposes", "allied_with", "controls"})
#: The last word of "the two sister republics", "the two brotherly countries": a pair of states.
_STATE_PAIR_END = re.compile(r"(?:countries|republics|nations|states|governments|neighbou?rs)$", re.I)
_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
#: Words that make a pair of states friends, not the two sides of the war ("the two brotherly countries").
_FRIENDLY_PAIR = re.compile(r"\b(?:sister|brotherly|fraternal|friendly|allied)\b", re.I)


class _Sentence:
    """One sentence rewritten with placeholders."""

    def __init__(self, body: str, sentence: Sentence, mentions: list[Mention]) -> None:
        parts: list[str] = []
        cursor = sentence.start
        self.mentions = mentions
        for m in mentions:
            # (a "§" of the text itself is no placeholder: "§5" in a document would stand for mention 5)
            gap = body[cursor:m.start].replace("§", " ")
            if gap.endswith(("the ", "The ")) and (len(gap) == 4 or not gap[-5].isalnum()):
                gap = gap[:-4]
            parts.append(gap)
            parts.append(f"§{m.index}")
            cursor = m.end
        parts.append(body[cursor:sentence.end].replace("§", " "))
        # 'talks "mediated by X", and Y thanked ...': a quotation closed before ", and" ends its clause, so
        # no list runs on from inside it to the names after it
        text = _QUOTE_CLOSED_AND.sub("; and ", "".join(parts)).translate(_QUOTES)
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


class RelationState(ExtractorState):
    """The extractor's per-document state, its look-ups and its emission of statements."""

    def __init__(self, body: str, sentences: list[Sentence], mentions: list[Mention],
                 entities: list[ResolvedEntity | None], gazetteer: object | None = None,
                 tokens: Sequence[Tok] | None = None) -> None:
        self.body = body
        #: The body's tokens, which the sentences index (``None``: the parse tokenizes its sentences).
        self.tokens = tokens
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
        #: The entities each sentence sets apart from its clause (``loaders.contrast``), by sentence.
        self._apart: dict[int, dict[str, str]] = {}

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
        # "the Marovian side" is the state (not "the Marovian side of the border", a place)
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
        if after.startswith(("-based ", "–based ")):
            return False  # "the Z-based X centre": where X sits, no actor of the clause
        if not rule.name.startswith(("anti-", "pro-", "dep-prefix")) and re.search(r"(?:anti|pro)-$",
                                                                     body[max(0, m.start - 5):m.start], re.I):
            return False
        # a possessive pronoun stands for its owner before the nouns of a role or a force; the parse
        # rules read it as the possessor of such a noun whatever the words between ("its exiled leader")
        if m.kind == "pronoun" and m.text.lower() == "its" and word and word.group(1) in _AGREEMENT_PARTS \
                and rule.predicate == "governs" and (e := self.entity(ref)) is not None \
                and e.type == "Agreement":
            return True  # "its core chapters apply to Z": the agreement's own parts
        if m.kind == "pronoun" and m.text.lower() in ("its", "their") and word \
                and word.group(1) in _SIGNING_FOR and rule.predicate in ("party_to", "brokered"):
            return True  # "its delegates signed a truce with Y": who signs for the owner signs it
        return not (m.kind == "pronoun" and m.text.lower() in ("its", "their", "his") and word
                    and word.group(1) not in _POSSESSED_OK and not rule.name.startswith("dep-holder"))

    def last_states(self, m: Mention) -> list[ResolvedEntity]:
        """"signed by the two sister republics": the last two states named in the sentence or the two
        before it, when the pair is one of states (allies have no conflict to be its two sides)."""
        if not _STATE_PAIR_END.search(m.text):
            return []
        if (count := COUNTED.search(m.text)) is not None:  # "the three governments": the last three states
            return self.last_two(m, ("State",), window=2, n=_COUNTS[count.group(1).lower()])
        if len(self.pair) == 2 and all(x.type == "State" for x in self.pair) and not _FRIENDLY_PAIR.search(
                m.text):
            return []  # "both countries" after a war between two states: those two
        return self.last_two(m, ("State",), window=2)

    def last_groups(self, m: Mention) -> list[ResolvedEntity]:
        """"both groups": the last two groups named before, when there are two."""
        return self.last_two(m, ("ArmedGroup", "Organization"))

    def last_two(self, m: Mention, types: tuple[str, ...], window: int | None = None,
                 n: int = 2) -> list[ResolvedEntity]:
        """The last two entities of ``types`` named before the pair ``m`` (within ``window`` sentences before
        its own, if given), when there are two; none otherwise. Pronouns do not count, nor a name joined
        by a hyphen to what follows ("X-made")."""
        out: list[ResolvedEntity] = []
        for x in reversed(self.mentions[:m.index]):
            if window is not None and x.sent < m.sent - window:
                break
            e = self.entity(x.index)
            if e is not None and e.type in types and x.kind != "pronoun" and all(e.id != o.id for o in out) \
                    and self.body[x.end:x.end + 1] != "-":
                out.append(e)
                if len(out) == n:
                    return out
        return []

    def emit_pairs(self, subjects: list[int], p: str, objects: list[int], s: Sentence, rule: Rule,
                   status: str, conf: float) -> None:
        if len(subjects) > 1 and len(objects) > 1 and _RESPECTIVELY.search(self.view(s).text):
            # "X and Y back A and B respectively": two lists paired in order, or not at all (the word is
            # read over the whole sentence here, so one name against a list is left as it reads)
            if len(subjects) == len(objects) and set(subjects) != set(objects):
                for sref, oref in zip(sorted(subjects), sorted(objects), strict=True):
                    self.emit_pairs([sref], p, [oref], s, rule, status, conf)
            return
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
        if e is None or e.type != "Person":
            return False
        if m.kind == "pronoun" and m.text.lower() in ("his", "her"):
            return PRONOUN_PROXY_AFTER.match(self.body, m.end) is not None
        return _PROXY_AFTER.match(self.body, m.end) is not None

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
        if m is not None and m.kind == "pair" and m.form == "persons":
            for person in self.last_two(m, ("Person",), window=PERSON_PAIR_WINDOW):
                self.emit_entities(person, p, obj, s, rule, status, conf * 0.85)
            return
        if m is not None and m.kind == "pair":
            for side in self.last_states(m) or self.pair or parties_in_context(self.found, m.sent):
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
        if p == "evolved_from" and subject.type == "State" and obj.type != "State":
            return  # "a force run by X's ministry that grew out of Y": a state grows out of no group
        if p == "member_of" and obj.type == "Person":
            return  # "the X Alliance of President Y, an alliance that includes Z": Z is no member of a man
        domain, range_ = DOMAIN_RANGE[p]
        if subject.type not in domain or obj.type not in range_:
            return
        apart = self.set_apart(s) if status == "asserted" else {}
        if (subject.id in apart or obj.id in apart) and not self._in_own_clause(s, apart, subject.id, obj.id):
            # "X, but not Y, signed", "neither X nor Y backs Z" (``loaders.contrast``)
            if "apart" in (apart.get(subject.id), apart.get(obj.id)):
                return
            status = "denied"
        self.found.append(Found(subject, p, obj, s, rule.name, status, round(conf, 3)))

    def _in_own_clause(self, s: Sentence, apart: dict[str, str], a: str, b: str) -> bool:
        """Whether the other end of a relation of a name set apart is named in a relative clause of the name's
        own ("Unlike X, which backs Z, Y backs W": X backs Z stands)."""
        mentions = self.by_sentence[s.index] if 0 <= s.index < len(self.by_sentence) else []
        ids = {m.index: e.id for m in mentions if (e := self.entity(m.index)) is not None}
        clauses = own_clauses(self.body, s.end, mentions, apart, lambda m: ids.get(m.index))
        for eid, other in ((a, b), (b, a)):
            if any(start <= m.start < end and ids.get(m.index) == other
                   for start, end in clauses.get(eid, ()) for m in mentions):
                return True
        return False

    def set_apart(self, s: Sentence) -> dict[str, str]:
        """The entities the sentence sets apart from its clause ("X, but not Y, signed"), by id."""
        found = self._apart.get(s.index)
        if found is None:
            found = self._apart[s.index] = set_apart(
                self.body, s.start, self.by_sentence[s.index] if 0 <= s.index < len(self.by_sentence) else [],
                lambda m: e.id if (e := self.entity(m.index)) is not None else None)
        return found
