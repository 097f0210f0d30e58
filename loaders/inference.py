"""Document-level passes over the relations found: parties that were not, and what follows from others.

A mixin of ``loaders.relations.Extractor``, with ``Found``, the relation
between resolved entities before it becomes an ontology ``Relation``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.extractor_state import ExtractorState
from pactgraph.loaders.gazetteer import ORGANIZATION
from pactgraph.loaders.lexicon import ACTING_VERBS
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.organ_members import organ_members
from pactgraph.loaders.resolve import ResolvedEntity, not_a_side
from pactgraph.loaders.text import Sentence

#: Sides of a conflict: actors that are not persons.
SIDE_TYPES = frozenset({"State", "ArmedGroup", "Organization"})
_ONE_SIDE = re.compile(r"(?:On|On\s+the)\s+one\s+side\s+(?:is|are|stands?|was|were)\s+(?P<x>§\d+)")
_OTHER_SIDE = re.compile(r"On\s+the\s+other(?:\s+side)?\s+(?:is|are|stands?|was|were)\s+"
                         r"(?:§\d+'s\s+(?:[\w-]+\s+)?)?(?P<x>§\d+)")
#: The two sides in one clause: "X on one side and Y on the other", "pitting X on one side against Y on the
#: other side" (the sides' own words between a name and its side: "X and its allies on one side").
_SIDES_INLINE = re.compile(r"(?P<x>§\d+)(?:\s+[\w'§-]+){0,4}?,?\s+on\s+(?:the\s+)?one\s+side,?\s+"
                           r"(?:and|against|with)"
                           r"\s+(?:the\s+)?(?P<y>§\d+)(?:\s+[\w'§-]+){0,4}?,?\s+on\s+the\s+other\b")
#: Rules that make a state a coalition's leader ("the Saudi-led coalition", "a coalition led by X").
_LEADS_COALITION = frozenset({"dep-compound-member-of", "dep-passive-member-of"})
#: "X and Y agreed a ceasefire, ending ten days of border clashes": the fighting the truce ends is theirs.
_ENDS_FIGHTING = re.compile(r"\b(?:ending|ended|halting|halted|ends|halts)\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?"
                            r"(?:[\w-]+\s+){0,2}?(?:fighting|clashes|duels|shelling|bombardments?|battles|combat|"
                            r"hostilities|skirmishes|war|warfare)\b")
_SIDE_RULES = frozenset({"x-signed-a", "a-signed-by-x", "a-between-x-and-y", "dep-verb-party-to",
                         "dep-passive-party-to", "dep-agreement-party-to"})
#: A named agreement whose name says it is a ceasefire ("the Protocol on a ... Temporary Ceasefire").
_CEASEFIRE_NAME = re.compile(r"\b(?:ceasefire|cease-fire|truce|armistice)\b", re.I)
#: "X and Y signed a peace accord": an agreement to end their war.
_PEACE_DEAL = re.compile(r"\bpeace\s+(?:accord|agreement|deal|pact|treaty)\b", re.I)
_NOT_PARTY = re.compile(
    r"(?P<s>§\d+)(?:'s\s+§\d+)?(?P<tail>[^.§]*?)\b(?:(?:is|was|were|are)\s+not\s+(?:a\s+)?(?:party|parties|"
    r"signator\w*)|took\s+no\s+part|declined\s+to\s+sign|rejected\s+(?:(?P<r>§\d+)|the\s+(?:accord|deal|agreement))|"
    # "refused to sign", "refused, saying": not "refused to comment", "refused to let Y take part"
    r"refused(?:\s+to\s+(?:sign|join|accept|endorse|take\s+part|attend|initial|ratify)\b|\s*[,.;])|"
    r"did\s+not\s+sign|walked\s+out|(?:were|was)\s+not\s+represented)")
#: The words between the actor and the refusal show the actor is no subject of it: an apposition it sits
#: in ("Y, an X ally, refused", "Y, once among X's founders, refused"). Its own people refusing are the
#: actor refusing ("X's president refused").
_NOT_THE_REFUSER = re.compile(r"^(?:['’]s)?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,")


#: A head of state or government, by title alone ("Prime Minister Benjamin Netanyahu").
_HONORIFIC = re.compile(r"^(?:(?:Excellency|Majesty|Royal|Highness)\s+)+")
_HEAD_TITLE = re.compile(rf"^(?:{lx.HEAD_OF_STATE_TITLE})$")
#: An official of a state, by title alone ("Secretary of State Mike Pompeo", "Foreign Minister X").
_OFFICIAL_TITLE = re.compile(r"^(?:(?:First\s+)?Deputy\s+)?(?:(?:Foreign|Defence|Defense|Interior|Finance|"
                             r"Justice|Economy|Energy|Deputy|Prime)\s+)?Minister$|^(?:Vice-President|Vice\s+President|"
                             r"Secretary\s+of\s+State|Ambassador|Envoy|Deputy\s+Prime\s+Minister)$")
#: Lower-case roles right before a name ("government spokesman Colonel X", "ministry spokeswoman X").
_OFFICIAL_BEFORE = re.compile(r"\b(?:government|ministry|presidential|state|foreign|defence|defense|"
                              r"military|army)\s+(?:spokesman|spokeswoman|spokesperson)\s+"
                              r"(?:[A-Z][\w.-]*\s+){0,2}$")
#: A role in a state's service named by its lower-case owner right before a name ("Government delegation
#: chief X", "presidential adviser X") or in apposition after it ("X, the president's peace adviser").
_SERVICE_ROLE = (r"(?:(?:chief|lead|top|senior|special|peace|security)\s+)?(?:negotiator|adviser|advisor|"
                 r"envoy|aide|delegation\s+(?:chief|head|leader))")
_SERVICE_BEFORE = re.compile(rf"\b(?:(?:[Gg]overnment|[Pp]residential)\s+{_SERVICE_ROLE}\s+|[Tt]he\s+"
                             rf"(?:president|prime\s+minister|premier|government)(?:'s|’s)\s+{_SERVICE_ROLE},?\s+)"
                             rf"(?:[A-Z][\w.-]*\s+){{0,2}}$")  # "the president's envoy, X"
_SERVICE_AFTER = re.compile(rf"\s*,\s+(?:the|a)\s+(?:president|prime\s+minister|premier|government)"
                            rf"(?:'s|’s)\s+{_SERVICE_ROLE}\b")
#: A portfolio title before the name, set off by a comma ("the Minister of National Defence, General X", "the
#: Chairman of the State Committee for National Security of the Republic of Y, Colonel-General X").
_PORTFOLIO_BEFORE = re.compile(r"\b(?P<role>(?:(?:First\s+)?Deputy\s+)?Minister|Chairman|Chairwoman|Head|"
                               r"Director|Secretary)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|for|"
                               r"and|on)\s+)?(?:the\s+)?[A-Z][\w-]*)*\s*,\s+(?:[A-Z][\w-]*\s+){0,2}$")
#: ... or after it ("X, the Minister of Defence of Y,").
_PORTFOLIO_AFTER = re.compile(r"\s*,\s+(?:the\s+)?(?:(?:First\s+)?Deputy\s+)?Minister\s+(?:of|for)\s+"
                              r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|for|and|on)\s+)?(?:the\s+)?[A-Z][\w-]*)*")
#: Words that end a portfolio's "of" phrase on the state in context ("the Minister of Defence of the
#: Republic").
_STATE_WORDS = frozenset({"republic", "state", "kingdom", "federation", "government", "country"})
_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|for|into|towards?|at|via|across|inside|outside|near)\s+"
                                r"(?:the\s+)?$", re.I)
#: "signed for the Government by the interior minister": the side one signs for, no destination.
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)
_SIGNED_FOR = re.compile(r"\s+by\s+(?!(?:air|sea|road|land|boat|car|plane|bus|train|night|then|now)\b)\w")
_NEXT_LOWER = re.compile(r"\s+([a-z][\w-]*)")
#: Nouns after a demonym that name the state itself ("the Syrian government").
_OWN_STATE_NOUNS = frozenset({"government", "state", "regime", "administration", "authorities", "cabinet",
                              "parliament", "presidency", "people", "republic", "leadership",
                              # a place of the state: "the southern Chinese city of Kunming"
                              "city", "capital", "town", "province", "region", "soil", "territory"})
#: A title after a state's name or demonym ("'s foreign minister, ", " Prime Minister ", "'s envoy ").
_OTHER_TITLE = re.compile(r"(?:['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:minister|president|prime\s+minister|envoy|"
                          r"ambassador|leader|counterpart|king|emir|chancellor)\b|\s+(?:Prime\s+Minister|"
                          r"President|Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|Ambassador|Envoy)\s)")
_ACTS_ON_PERSON = re.compile(rf"\b(?:{ACTING_VERBS}|against|toppled|topple|oust|ousted)\b")
#: What a man speaks of or acts on, right before a state named after him ("did not mention the United
#: States", "the weakness of the Russian state", "thanked X for"): a state he talks about is not his own.
_ABOUT_STATE = re.compile(r"\b(?:of|about|on|against|over|mention(?:s|ed)?|thank(?:s|ed)?|blame[sd]?|"
                          r"accus(?:es|ed|e)|warn(?:s|ed)?|critici[sz](?:es|ed|e)|visit(?:s|ed)?|met|meets|"
                          r"urg(?:es|ed|e)|condemn(?:s|ed)?|invad(?:es|ed|e)|threaten(?:s|ed)?)\s+(?:the\s+)?$")
_OF_AFTER_NAME = re.compile(r"\s+of\s+(?:the\s+)?$")
#: What makes a title no longer hold, or not the state's ("former President", "opposition leader").
_NOT_OF_STATE = re.compile(r"\b(?:former|ex-|late|then-|outgoing|opposition|rebel|acting|exiled|"
                           r"self-proclaimed|de\s+facto)\s+$", re.I)

#: A body's own name that ends in what another body sends ("United Nations Stabilization Mission in X",
#: "UN Political Office in Y", "Z Military Observer Group"); what follows "in/for/of/to" is left off.
_SENT_BODY = re.compile(r"^(?P<head>\S.*?\b(?:Mission|Office|Observer\s+Group|Monitoring\s+Group|Observers))"
                        r"(?:\s+(?:in|for|of|to|on)\b.*)?$")


@dataclass(frozen=True, slots=True)
class Found:
    """A relation between resolved entities, before it becomes an ontology ``Relation``."""

    subject: ResolvedEntity
    predicate: str
    object: ResolvedEntity
    sentence: Sentence
    rule: str
    status: str
    confidence: float


class DocumentPasses(ExtractorState):
    """Passes that need every sentence's relations first."""

    def suppress_not_party(self) -> None:
        drop: set[str] = set()
        for s in self.sentences:
            ms = self.by_sentence[s.index]
            if not ms:
                continue
            view = self.view(s)
            for m in _NOT_PARTY.finditer(view.text):
                e = self.entity(int(m.group("s")[1:]))
                if _NOT_THE_REFUSER.match(m.group("tail")):
                    continue
                r = self.entity(int(m.group("r")[1:])) if m.group("r") else None
                if m.group("r") and (r is None or r.type != "Agreement"):
                    continue  # "rejected his defeat", "rejected the envoy": no agreement refused
                if e is not None:
                    drop.add(e.id)
        if drop:
            self.found = [f for f in self.found
                          if not (f.predicate in ("party_to", "brokered") and f.subject.id in drop
                                  and f.rule not in ("a-signed-by-x", "x-signed-for-y"))]

    def titled_officials(self) -> None:
        """A title with no state of its own names the state the text sets it beside.

        "Prime Minister Benjamin Netanyahu said ...", "as Secretary of State Mike
        Pompeo looked on": news names a head of government or a minister by title
        when the state is clear from context. The state is the nearest one the
        same sentence names before the person, else after, else the one the two
        sentences before name last, else the state the text names most. Lower
        confidence than a stated role, and never for a person whose role the
        text states elsewhere.
        """
        has_role = {f.subject.id for f in self.found if f.predicate in ("leader_of", "member_of")
                    and f.subject.type == "Person" and f.object.type in SIDE_TYPES}
        votes: dict[str, int] = {}
        for m in self.mentions:
            e = self.entity(m.index)
            if e is not None and e.type == "State" and not self._describes_another(m) \
                    and not not_a_side(self.body, m.start, m.end):
                votes[e.id] = votes.get(e.id, 0) + 1  # "the government", "its army" count for theirs
        done: set[str] = set()
        for m in self.mentions:
            person = self.entity(m.index)
            if m.kind != "name" or person is None or person.type != "Person" or person.id in has_role \
                    or person.id in done or not 0 <= m.sent < len(self.sentences):
                continue
            before = self.body[max(0, m.start - 60):m.start]
            # "His Excellency President X", "His Majesty Sultan X": the honorific is no part of the title
            title = _HONORIFIC.sub("", " ".join(m.title.split()))
            portfolio, own = self._portfolio(m)
            if _HEAD_TITLE.match(title):
                predicate, conf = "leader_of", 0.6
            elif _OFFICIAL_TITLE.match(title) or _OFFICIAL_BEFORE.search(before) or portfolio or \
                    _SERVICE_BEFORE.search(before) or _SERVICE_AFTER.match(self.body, m.end):
                predicate, conf = "member_of", 0.6
            else:
                continue
            title_start = m.start - len(m.title) - 1 if m.title else m.start
            if _NOT_OF_STATE.search(self.body[max(0, title_start - 30):max(0, title_start)]):
                continue
            # a state has one head at a time: not one whose leader the text states (a head this pass guessed
            # from a title does not bar the next: a timeline names one prime minister after another)
            led = {f.object.id for f in self.found if f.predicate == "leader_of" and f.subject.id != person.id
                   and f.status == "asserted" and f.rule != "titled-official"} \
                if predicate == "leader_of" else set()
            state = own or self._state_near(m, votes, led) or self._fellow_broker(person)
            if state is None or state.id == person.id:
                continue
            done.add(person.id)
            self.found.append(Found(person, predicate, state, self.sentences[m.sent], "titled-official",
                                    "asserted", conf))

    def _fellow_broker(self, person: ResolvedEntity) -> ResolvedEntity | None:
        """The one state that brokered what the titled man brokered ("a Y-brokered pause, negotiated by
        Vice-President X"): the state he serves, when the context names several."""
        deals = {f.object.id for f in self.found if f.subject.id == person.id and f.predicate == "brokered"
                 and f.status == "asserted"}
        states = {f.subject.id: f.subject for f in self.found if f.predicate == "brokered"
                  and f.object.id in deals and f.subject.type == "State" and f.status == "asserted"}
        return next(iter(states.values())) if len(states) == 1 else None

    def _portfolio(self, m: Mention) -> tuple[bool, ResolvedEntity | None]:
        """Whether a portfolio title stands by the name, set off by a comma, and the state its "of" phrase
        names: "the Minister of Defence of the Republic of Y, General X", "X, the Minister of the Interior"
        (a minister of the state in context). A head of some other title counts only with the state named
        inside it ("the Chairman of the State Committee for National Security of Y, X" is one of Y's
        people), and not when the state is what it heads ("the Chairman of Y")."""
        found = _PORTFOLIO_BEFORE.search(self.body, max(0, m.start - 160), m.start)
        after = None if found else _PORTFOLIO_AFTER.match(self.body, m.end)
        if found:
            start, end = found.start("role"), found.start() + found.group().index(",")
        elif after:
            start, end = after.start() + after.group().index(",") + 1, after.end()
        else:
            return False, None
        # the state the phrase ends on, by a name or alias of a state the text names ("of the Republic of Y")
        states = {n.lower(): e for e in self.entities if e is not None and e.type == "State"
                  for n in (e.name, *e.aliases)}
        phrase = self.body[start:end]
        parts = re.split(r"\s+(?:of|for)\s+(?:the\s+)?", phrase)
        for k in range(1, len(parts)):
            state = states.get(" of ".join(parts[k:]).lower())
            if state is not None:
                return k > 1, state  # "the Chairman of Y" is its head, not one of its people
        if len(parts) > 2 and parts[-1].lower() in _STATE_WORDS:
            return True, None  # "the Minister of Defence of the Republic": the state in context
        # a minister of the state in context, unless the phrase ends on some other name ("of Z")
        minister = found.group("role").endswith("Minister") if found else True
        return minister and len(parts) <= 2, None

    def _as_places(self, here: list) -> set[int]:
        """Where the states named as a place or a destination start ("in X", "from X")."""
        return {x.start for x, _e in here
                if _PLACE_PREPOSITION.search(self.body, max(0, x.start - 12), x.start)
                and not (_FOR_BEFORE.search(self.body, max(0, x.start - 12), x.start)
                         and _SIGNED_FOR.match(self.body, x.end))}

    def _describes_another(self, x) -> bool:
        """"the Tessalian envoy", "Russian peacekeepers": a demonym on someone else's noun."""
        if x.kind != "gaz" or x.form != "demonym":
            return False
        if self.body[x.end:x.end + 1] == "-" and self.body[x.end + 1:x.end + 4] != "led":
            return True  # "his Tessalian-backed government", "a Tessalian-based company" (not "-led")
        word = _NEXT_LOWER.match(self.body, x.end)
        return word is not None and word.group(1) not in _OWN_STATE_NOUNS

    def _titles_another(self, x, m) -> bool:
        """"Bosnian Prime Minister X", "Croatia's foreign minister, Y": a state named with another man's
        title (not the titled man ``m`` himself) is that man's, not ``m``'s."""
        if _OTHER_TITLE.match(self.body, x.end) is None:
            return False
        return not x.end <= m.start <= x.end + 30  # the title right before the man is his own

    def _state_near(self, m, votes: dict[str, int], skip: set[str]) -> ResolvedEntity | None:
        def states(sent: int) -> list:
            out = []
            for x in self.by_sentence[sent]:
                e = self.entity(x.index)
                if e is not None and e.type == "State" and x.kind in ("gaz", "name", "nominal", "pronoun") \
                        and e.id not in skip:
                    out.append((x, e))
            return out

        here = states(m.sent)
        # "shook hands in Washington", "fled for Riyadh", "financed from Serbia": a state named as a place
        # or a destination is not the one the man serves
        places = self._as_places(here)
        kept = [(x, e) for x, e in here if not self._describes_another(x) and not self._titles_another(x, m)
                and x.start not in places]
        # "President X did not mention Y", "... the weakness of the Yish state": a state he speaks of or acts
        # on after him is not his, nor a guess from the text's count ("President X of Y" names his own)
        about = {x.start for x, e in kept if x.kind in ("gaz", "name") and x.start >= m.end
                 and _ABOUT_STATE.search(self.body, max(0, x.start - 30), x.start)
                 and not _OF_AFTER_NAME.match(self.body[m.end:x.start])}
        spoken_of = {e.id for x, e in kept if x.start in about}
        kept = [(x, e) for x, e in kept if x.start not in about]
        # a state the sentence names by name as a place after him ("organised from X") is not his by the
        # text's count either ("In X, President Y ..." sets his scene)
        elsewhere = {e.id for x, e in here if x.kind in ("gaz", "name") and x.start > m.end
                     and x.start in places} - \
            {e.id for _x, e in kept}
        elsewhere |= spoken_of - {e.id for _x, e in kept}
        here = kept
        # "Moscow and Tehran back the regime of President Bashar al-Assad, while Ankara supports anti-Assad
        # rebels": states that act on the man's side or against him are not his; with them about, the
        # context says too little
        surname = m.text.split()[-1].split("-")[-1]
        for x, _e in here:
            window = self.body[x.end:m.start] if x.end <= m.start else self.body[x.end:x.end + 60]
            if _ACTS_ON_PERSON.search(window) and (x.end <= m.start or surname in window):
                return None
        # Only where the context leaves one state: with two or more about ("President X met the Ruritanian
        # envoy"), the title alone does not say whose it is.
        distinct = {e.id: e for _x, e in here}
        if len(distinct) > 1:
            # "Prime Minister X says A won; Supreme Leader Y says B won": the clause the man stands in
            clause = {e.id: e for x, e in here
                      if ";" not in self.body[min(x.end, m.end):max(x.start, m.start)]}
            if len(clause) == 1:
                return next(iter(clause.values()))
        if len(distinct) == 1:
            return next(iter(distinct.values()))
        if distinct:
            return None
        # (in the sentences before too, "near the Venezuelan border" names no one's state)
        near = {e.id: e for sent in (m.sent - 1, m.sent - 2) if sent >= 0 for x, e in states(sent)
                if not self._describes_another(x) and e.id not in elsewhere}
        if len(near) == 1:
            return next(iter(near.values()))
        if votes and max(votes, key=lambda k: votes[k]) in skip | elsewhere:
            # the state the text names most has its head, or is named here as a place: the next one is no
            # better a guess
            return None
        votes = {k: v for k, v in votes.items() if k not in skip}
        ranked = sorted(votes.values(), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1]):
            best = max(votes, key=lambda k: votes[k])
            # with several states in the sentences before, only the one the text names most, if among them
            if near and best not in near:
                return None
            for x in self.mentions:
                e = self.entity(x.index)
                if e is not None and e.id == best:
                    return e
        return None

    def infer(self) -> None:
        """Relations that follow from others the text states."""
        roles: dict[str, list[Found]] = {}
        for f in self.found:
            if f.predicate in ("leader_of", "member_of") and f.subject.type == "Person" \
                    and f.status == "asserted":
                roles.setdefault(f.subject.id, []).append(f)
        extra: list[Found] = []
        for f in self.found:
            if f.status != "asserted":
                continue
            if f.predicate in ("party_to", "brokered") and f.subject.type == "Person":
                for role in roles.get(f.subject.id, []):
                    if role.object.type in ("State", "Organization", "ArmedGroup"):
                        extra.append(Found(role.object, f.predicate, f.object, f.sentence, f.rule + "+role",
                                           f.status, round(f.confidence * 0.8, 3)))
                        break
            if f.predicate == "opposes" and f.object.type == "Person":
                for role in roles.get(f.object.id, []):
                    if role.predicate == "leader_of" and role.object.type == "State":
                        extra.append(Found(f.subject, "opposes", role.object, f.sentence, f.rule + "+leader",
                                           f.status, round(f.confidence * 0.8, 3)))
        self.found.extend(extra)
        self.found.extend(self.coalition_leaders())
        self.found.extend(self.ceasefire_sides())
        self.found.extend(self.parent_bodies())
        # "X, the president of the Y Commission": one of Y's people
        self.found.extend(organ_members(self.found, self.entities, getattr(self, "gazetteer", None), Found))

    def two_sides(self) -> None:
        """"On one side is X ... On the other is Y", "X on one side and Y on the other": the text sets two
        actors against each other."""
        first: tuple[int, Sentence] | None = None
        for s in self.sentences:
            if not self.by_sentence[s.index]:
                continue
            text = self.view(s).text
            for both in _SIDES_INLINE.finditer(text):
                a, b = self.entity(int(both.group("x")[1:])), self.entity(int(both.group("y")[1:]))
                if a is not None and b is not None and a.type in SIDE_TYPES and b.type in SIDE_TYPES \
                        and a.id != b.id:
                    self.found.append(Found(a, "opposes", b, s, "on-one-side-on-the-other", "asserted", 0.75))
            one = _ONE_SIDE.match(text)
            if one:
                first = (int(one.group("x")[1:]), s)
                continue
            other = _OTHER_SIDE.match(text)
            if other and first is not None and s.index - first[1].index <= 3:
                a, b = self.entity(first[0]), self.entity(int(other.group("x")[1:]))
                if a is not None and b is not None and a.type in SIDE_TYPES and b.type in SIDE_TYPES \
                        and a.id != b.id:
                    self.found.append(Found(a, "opposes", b, s, "on-one-side-on-the-other", "asserted", 0.75))
                    self.pair = (a, b)
                first = None

    def _said_to_lead(self, f: Found) -> bool:
        """Whether the sentence has the member lead: "led by (the) X", "X-led", "X leads"."""
        text = self.body[f.sentence.start:f.sentence.end]
        for name in (f.subject.name, *f.subject.aliases):
            n = re.escape(name)
            if re.search(rf"\bled\s+by\s+(?:the\s+)?{n}\b|\b{n}-led\b|\b{n}\s+leads\b", text):
                return True
        return False

    def coalition_leaders(self) -> list[Found]:
        """"A coalition led by X intervened against Z": the states that lead a coalition wage its war."""
        leaders: dict[str, list[Found]] = {}
        for f in self.found:
            # "the X-led coalition", "a coalition led by X": the text must say the member leads it
            # (a body "joined by officers of X" is not waging X's war)
            if f.predicate == "member_of" and f.status == "asserted" and f.rule in _LEADS_COALITION \
                    and self._said_to_lead(f):
                leaders.setdefault(f.object.id, []).append(f)
        out = []
        for f in self.found:
            if f.predicate != "opposes" or f.status != "asserted":
                continue
            for coalition, other in ((f.subject, f.object), (f.object, f.subject)):
                for lead in leaders.get(coalition.id, ()):
                    if lead.subject.id != other.id:
                        out.append(Found(lead.subject, "opposes", other, f.sentence, f.rule + "+leads",
                                         f.status, round(min(f.confidence, lead.confidence) * 0.85, 3)))
        return out

    def ceasefire_sides(self) -> list[Found]:
        """"A and B agreed to a ceasefire": the two sides of a ceasefire are at war with each other."""
        brokers = {(f.subject.id, f.object.id) for f in self.found if f.predicate == "brokered"}
        sides: dict[tuple[str, int], dict[str, Found]] = {}
        for f in self.found:
            if f.predicate == "party_to" and f.status == "asserted" and f.rule in _SIDE_RULES \
                    and f.subject.type in SIDE_TYPES and (f.object.kind in ("ceasefire", "truce")
                                                          or _CEASEFIRE_NAME.search(f.object.name)
                                                          or _PEACE_DEAL.search(self.body, f.sentence.start,
                                                                                f.sentence.end)):
                sides.setdefault((f.object.id, f.sentence.index), {})[f.subject.id] = f
        out = []
        for found in sides.values():
            if len(found) != 2 or any((side, f.object.id) in brokers for side, f in found.items()):
                continue
            a, b = found.values()
            if a.subject.type == b.subject.type == "State" and not _ENDS_FIGHTING.search(
                    self.body, a.sentence.start, a.sentence.end):
                continue  # two states may sign a truce over others' war ("between Kinshasa and Kigali")
            out.append(Found(a.subject, "opposes", b.subject, a.sentence, a.rule + "+sides", "asserted",
                             round(min(a.confidence, b.confidence) * 0.75, 3)))
        return out

    def parent_bodies(self) -> list[Found]:
        """"the United Nations Stabilization Mission in X": a mission named after a body is part of it.

        A name the text writes (not an alias the gazetteer adds) whose first
        words name a known international body (an organization's name or alias
        in the gazetteer) and whose last word before "in/for/of" is a mission,
        an office or an observer group: the mission is member_of the body,
        stated in the sentence that first writes that name.
        """
        gaz = getattr(self, "gazetteer", None)
        if gaz is None:
            return []
        by_id = {e.id: e for e in self.entities if e is not None}
        done: set[int] = set()
        out = []
        for m in self.mentions:
            if m.entity < 0 or m.entity in done or not 0 <= m.sent < len(self.sentences):
                continue
            e = self.entities[m.entity]
            if e is None or e.type not in ("Organization", "ArmedGroup"):
                continue
            match = _SENT_BODY.match(m.text)
            if match is None:
                continue
            words = match.group("head").split()
            parent = None
            for k in range(len(words) - 1, 0, -1):
                hits = [h for h in gaz.lookup(" ".join(words[:k]))
                        if h.entry.type == ORGANIZATION and h.entry.id != e.id]
                if hits:
                    parent = hits[0].entry
                    break
            if parent is None:
                continue
            done.add(m.entity)
            body = by_id.get(parent.id) or ResolvedEntity(-1, parent.id, parent.name, parent.type,
                                                          parent.aliases, parent.wikidata, None)
            out.append(Found(e, "member_of", body, self.sentences[m.sent], "mission-of-body", "asserted",
                             0.7))
        return out
