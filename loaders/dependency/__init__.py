"""Relations read from the dependency parse: trigger words with their argument frames.

A mixin of ``loaders.relations.Extractor``. For each parsed sentence (``loaders.syntax``), every
word of the trigger lexicon (``loaders.frames``) is read with its arguments where the parse puts
them, whatever the words between:

* verbs: subject and object, the passive's ``nsubj:pass`` and ``obl:agent`` ("Y, long bankrolled
  by X"), prepositional arguments ("clashed with Y", "grew out of Y"), subjects shared through
  ``xcomp`` ("X agreed to sign"), coordinated verbs ("X arms and trains Y"), relative clauses
  ("the militia, which X arms"), participles ("Y, backed by X", "Brokered by X, the truce ...");
* nouns that describe their holder ("Y's backer X", "X, the leader of Y", "X is a member of Y",
  "signatories include X", "X acted as mediator");
* nouns of an action or a hold ("X's support for Y", "backing from X", "the war against Y",
  "under the control of X", "under the auspices of X");
* agreements and the sides and places they name ("a truce between X and Y", "a ceasefire in Z").

Every argument is expanded over its conjuncts, so each of "X, Y and, to a lesser extent, Z" is
read. The status comes from the parse too: negation and "no longer", modals and conditions,
and the verbs that govern the trigger (denials, accusations and reports, proposals).
"""

from __future__ import annotations

import re
from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.extractor_state import ExtractorState
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.noun_phrases import NOMINAL_HEADS
from pactgraph.loaders.phrasing import Rule
from pactgraph.loaders.status import _FORMER_BEFORE
from pactgraph.loaders.syntax import Parse, parse_sentences
from pactgraph.loaders.text import Sentence

_NEVER = re.compile(r"(?!)")
#: "the former Nineveh governor X", "its one-time ally X", "then-leader X": over.
_FORMER_ROLE_BEFORE = re.compile(r"\b(?:former|ex-|late|one-time|onetime|erstwhile|then-?)\s+"
                                 r"(?:[\w-]+\s+){0,3}$", re.I)
#: "by the former governor X": the agent of a passive, described by an office he held.
_BY_FORMER = re.compile(r"\bby\s+(?:the\s+)?(?:former|ex-)\s*(?:[\w-]+\s+){0,3}$", re.I)
_WORD = re.compile(r"[a-z]+")
#: A head of state or government's title right before the name ("Russian President X").
_HEAD_TITLE_BEFORE = re.compile(rf"\b(?:{lx.HEAD_OF_STATE_TITLE}|leader)\s+(?:[A-Z][\w.-]*\s+)*$")

#: Nouns in apposition to a place that name the one who holds it ("Z, a Y stronghold", "Z, the rebels' base").
_HELD_BY = frozenset({"stronghold", "bastion", "fiefdom", "fief", "base", "heartland", "headquarters"})
#: Every inflected form of a trigger verb, to its lemma.
VERB_FORMS: dict[str, str] = {}
for _lemma in fr.VERBS:
    for _form in fr.verb_forms(_lemma):
        VERB_FORMS.setdefault(_form, _lemma)
LIGHT_FORMS = frozenset(f for v in fr.LIGHT_VERBS | fr.RECEIVE_VERBS for f in fr.verb_forms(v))
TRIGGER_WORDS = frozenset(VERB_FORMS) | frozenset(fr.HOLDER_NOUNS) | frozenset(fr.ACTION_NOUNS) | \
    frozenset({"alongside", "between", "ceasefire", "truce", "deal", "agreement", "accord", "pact",
               "treaty", "protocol", "armistice", "memorandum", "declaration", "understanding", "known",
               "renamed", "rebranded", "sides", "camps", "anti", "pro", "linked", "affiliated", "aligned",
               "backed", "led", "brokered", "mediated", "held", "controlled", "allied"}) | \
    frozenset(fr.ADJECTIVES) | fr.VIEW_VERBS | fr.BODY_OF_MEMBERS | \
    frozenset(w.lower() for w in fr.STATE_UNIT_HEADS) | fr.FORCE_OF_NOUNS

#: "the X-led mission", "the X-brokered deal": the participle after a hyphen, and what it states.
_COMPOUND_PARTICIPLES = {"led": "leader_of", "brokered": "brokered", "mediated": "brokered",
                         "facilitated": "brokered", "backed": "backs", "supported": "backs",
                         "funded": "backs",
                         "armed": "backs", "sponsored": "backs", "financed": "backs", "held": "controls",
                         "controlled": "controls", "run": "controls", "occupied": "controls",
                         "allied": "allied_with", "aligned": "allied_with", "linked": "member_of<",
                         "affiliated": "member_of<"}
#: Words of a part of a place ("much of Z"): holding it is no hold of Z.
_PART_WORDS = frozenset({"much", "most", "parts", "part", "half", "swathes", "swaths", "pockets"})
#: The parts of an agreement that stand for it ("its core chapters apply to Z").
_AGREEMENT_PARTS = frozenset({"chapters", "provisions", "terms", "clauses", "articles", "text", "annex",
                              "annexes", "protocols"})
#: "X is to V": what is planned or owed, not done.
_BE_TO = frozenset({"is", "are", "was", "were", "'s", "'re"})


def _forms(*lemmas: str) -> frozenset[str]:
    """Every form of the verbs (``frames.verb_forms``)."""
    return frozenset(f for lemma in lemmas for f in fr.verb_forms(lemma))


#: Copular verbs of a role gained or kept: "X became Y's main backer", "X remains its leader".
_BECOMING_VERBS = _forms("become", "remain")
#: Verbs whose object takes a role named by a second object ("made Y its partner").
_NAMING_VERBS = frozenset({"make", "makes", "made", "making", "name", "names", "named", "naming", "appoint",
                           "appoints", "appointed", "elect", "elects", "elected", "declare", "declared"})
#: Verbs whose object takes the role after "as" ("chose X as chairman", "installed X as emir").
_CHOOSING_VERBS = _NAMING_VERBS | frozenset({"chose", "choose", "chooses", "chosen", "choosing", "select",
                                             "selected", "selects", "install", "installed", "installs",
                                             "nominate", "nominated", "nominates", "confirm", "confirmed",
                                             "confirms", "proclaim", "proclaimed", "proclaims"})
#: "anti-X", "pro-X" before a group's noun.
_PREFIXES = {"anti": "opposes", "pro": "allied_with"}
#: The prepositions by which an action noun's patient is the clause around it ("Y advanced with the
#: backing of X", "Z, under the control of X", "the town, in the hands of X").
_RECEIVER_CASES = {"backs": ("with",), "controls": ("under", "in", "into"), "leader_of": ("under",),
                   "brokered": ("under", "through", "thanks to", "with")}
#: Relations that are states, not events: a past perfect puts them in the past.
_ROLES = frozenset({"member_of", "leader_of"})
_STATES = frozenset({"backs", "controls", "leader_of", "member_of", "allied_with"})
#: Nouns of a facility whose "at" phrase names the place ("the airport at Z").
_FACILITY_NOUNS = frozenset({"airport", "airbase", "base", "headquarters", "depot", "garrison", "barracks",
                             "harbour", "harbor", "port", "dam", "bridge", "crossing"})
#: Verbs that undo a hold: "captured Z and then handed it over", "seized Z but lost it", "... and withdrew".
_LOSING_FORMS = _forms("hand", "lose", "abandon", "cede", "withdraw", "surrender", "evacuate", "quit")
#: Verbs of signing: "signed a truce in Z" is where it was signed.
_SIGN_FORMS = _forms("sign", "ink", "seal", "initial") | {"initialed"}
#: Determiners of a definite noun ("the talks", "their negotiations").
_DEFINITE = frozenset({"the", "these", "those", "its", "their"})
#: Nouns that stand for the agreement in context when signed ("the document was signed by X").
_DOCUMENT_NOUNS = frozenset({"document", "documents", "text"})
#: Tags of a finite verb: a new clause ends a list of signers.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Words that end a "by" list of signers ("as X looked on", "under the auspices of W", "in the presence of").
_LIST_STOPS = frozenset({"as", "under", "presence", "while", "which", "who", "whose", "after", "before",
                         "witnessed", "watched", "attended", "mediated", "brokered"})
#: Tags of the words of a title or a role before a name ("the government negotiator", "Senior General").
_TITLE_TAGS = frozenset({"NNP", "NNPS", "NN", "JJ", "DT", "HYPH", "POS", "CD", "PRP$"})
#: Nouns of a kind of place ("the town of A, the hub of B"), not of a part of one ("the capital of B").
_PLACE_KIND_NOUNS = frozenset({
    "town", "towns", "city", "cities", "village", "villages", "port", "ports", "hub", "hubs", "district",
    "districts", "province", "provinces", "enclave", "island", "islands", "crossing", "base", "bases",
    "stronghold", "strongholds", "municipality", "area",
})
#: "Y split from X and founded Z": the verbs of founding after one of splitting, and what the split left.
_FOUND_FORMS = _forms("form", "found", "create", "launch", "establish")
_SPLIT_VERBS = frozenset({"break", "split", "splinter", "defect", "secede"})
_SPLIT_PREPS = frozenset({"from", "away from", "off from", "with"})
#: The people of a group whose split is the group's ("Its founders broke away from X").
_FOUNDER_NOUNS = frozenset({"founders", "founder"})
#: Who may break away from a group and form another ("X fighters broke away and formed Z").
_SPLITTER_NOUNS = frozenset({"fighters", "commanders", "members", "officers", "militants", "cadres",
                             "leaders", "founders", "men", "soldiers", "dissidents", "hardliners"})
#: "X helped broker the deal": the forms of "help" before a bare verb.
_HELP_FORMS = _forms("help")
_AUX_WORDS = frozenset({"are", "is", "were", "was", "have", "has", "had", "be", "been", "being"})
_FIGHT_FORMS = frozenset(f for v in fr.FIGHT_VERBS for f in fr.verb_forms(v))
#: Nouns of time the parse may take for a subject ("and since last year has held Z").
_TIME_NOUNS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "night",
                         "morning", "evening", "spring", "summer", "autumn", "winter", "time"})
#: Verbs of taking a place: what the place was before ("captured Z, an X stronghold") is over.
_TAKING_VERBS = frozenset({"capture", "seize", "take", "retake", "recapture", "overrun", "storm"})
#: Passive participles of doing whose agent did what their subject names ("the attack was carried out by
#: X", "much of the fighting has been done by X").
_DONE_FORMS = frozenset({"done", "carried", "conducted", "launched", "mounted", "staged", "waged", "led",
                         "perpetrated", "committed", "executed", "fought", "provided", "given", "extended"})
#: The ties between two actors (backing, hostility, alliance).
_TIES = frozenset({"backs", "opposes", "allied_with"})
#: Ties a role noun in the clause's subject states as the narrator's ("Y and its armed wing, X, rejected
#: the deal", "X, Y's envoy, is expected"): the verb's modality or denial is not the role's.
_SUBJECT_ROLE_TIES = _TIES | _ROLES
#: The constructions, one rule each (the evidence's ``rule``), by predicate.
CONSTRUCTIONS = ("verb", "passive", "holder", "action", "agreement", "alongside", "compound", "prefix")
_RULES: dict[tuple[str, str], Rule] = {}
#: Participles by which a force belongs to the one who sends or runs it ("the force sent by Y").
_SENT_FORMS = frozenset({"sent", "deployed", "dispatched", "run", "raised", "fielded"})
_FORCE_HEADS = frozenset({"force", "forces", "mission", "contingent", "unit", "units", "militia", "corps",
                          "army", "brigade"})
#: Verbs of sending a force whose "at the request of Y" makes the sender Y's backer ("sent troops at the
#: request of Y", "deployed in answer to a request from Y"), and the nouns of what Y asked.
_SENDING_FORMS = _forms("send", "deploy", "dispatch", "intervene", "station")
_REQUEST_NOUNS = frozenset({"request", "invitation", "behest"})
#: The nouns that put a request after "in ... to" ("in answer to a request from Y").
_ANSWER_NOUNS = frozenset({"answer", "response", "reply"})
#: Verbs of giving an amount "in aid" ("X pledged $1bn in military aid to Y").
_GIVING_FORMS = _forms("pledge", "give", "provide", "send", "approve", "announce", "allocate", "commit",
                       "deliver", "grant", "extend", "supply", "promise", "offer")
#: Modifiers of "partner" that make it a partner in trade ("Y's largest trading partner").
_TRADE_WORDS = frozenset({"trading", "trade", "business", "economic", "commercial", "investment", "energy"})
#: "X came to the aid of Y".
_COME_FORMS = frozenset({"come", "comes", "came", "coming"})
#: Words of a part of a group of holders ("one of Y's backers", "two of its allies").
_PARTITIVES = frozenset({"one", "two", "three", "four", "some", "several", "many", "each", "both"})
#: Verbs through which a role noun that is their subject is given its holder ("Y's backers include X").
_HOLDING_FORMS = _forms("include", "become", "remain", "be") | {"is", "are", "was", "were", "been", "'s"}
#: The quantifiers of an apposition that says where part of a force comes from ("many of them from X").
_QUANTIFIERS = frozenset({"many", "most", "some", "all", "half", "several", "nearly", "mostly"})


def rule_for(construction: str, predicate: str) -> Rule:
    key = (construction, predicate)
    r = _RULES.get(key)
    if r is None:
        conf = {"verb": 0.8, "passive": 0.8, "holder": 0.75, "action": 0.7, "agreement": 0.75,
                "alongside": 0.7, "compound": 0.85, "prefix": 0.75}[construction]
        r = _RULES[key] = Rule(f"dep-{construction}-{predicate.replace('_', '-')}", predicate, _NEVER, (),
                               descriptive=construction in ("holder", "passive", "compound", "prefix"),
                               confidence=conf)
    return r


def _case(tok: Any) -> str:
    """The preposition(s) of a nominal ("out of", "against")."""
    return " ".join(c.lower_ for c in tok.children if c.dep_ in ("case", "fixed") and c.i < tok.i)


def _is_noun(tok: Any) -> bool:
    return tok.tag_.startswith(("NN", "PRP", "CD")) or tok.pos_ in ("NOUN", "PROPN", "PRON")


def _same_clause(a: Any, b: Any) -> bool:
    """No ";" between two words: a name the parse hung across one is another clause's subject."""
    return not any(t.text == ";" for t in a.doc[min(a.i, b.i):max(a.i, b.i)])


def _after_comma(tok: Any) -> bool:
    """Whether the phrase of ``tok`` follows a comma (which the parse may hang inside the phrase)."""
    first = next(x for x in tok.subtree if not x.is_punct or x.i == tok.i)
    return first.i > 0 and tok.doc[first.i - 1].text == ","


def _is_verbal(tok: Any) -> bool:
    return tok.tag_.startswith(("VB", "JJ"))


#: Words that hedge what they qualify: "X reportedly arms Y", "X's alleged support for Y".
_HEDGE_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly", "ostensibly"})
_HEDGE_ADJECTIVES = frozenset({"alleged", "suspected", "purported", "supposed", "rumoured", "rumored",
                               "reported"})
#: Nouns of a claim whose "that" clause is the claim's content ("accusations that X arms Y").
_CLAIM_NOUNS = frozenset({"accusation", "accusations", "allegation", "allegations", "claim", "claims",
                          "charge", "charges", "suspicion", "suspicions", "rumour", "rumours", "rumor",
                          "rumors", "reports", "report"})
#: Personal pronouns as objects (not possessives: "X sent its troops" may be X's own).
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her"})


class DependencyRules(ExtractorState):
    """``parse_pass`` parses the sentences worth it; ``syntax`` reads one sentence's frames."""

    parses: dict[int, Parse]

    # -- which sentences to parse --------------------------------------------------------------------
    def parse_pass(self) -> None:
        todo: list[tuple[Sentence, list[Mention]]] = []
        seen_agreement = False
        for s in self.sentences:
            ms = self.by_sentence[s.index]
            has_agreement = any(m.kind == "agreement" for m in ms)
            seen_agreement = seen_agreement or has_agreement
            # a relation needs two entities: two distinct ones here, or one and the agreement in context
            distinct = {e.id for m in ms if (e := self.entity(m.index)) is not None}
            # ("both countries" stands for the two sides named before)
            distinct |= {"pair" for m in ms if m.kind == "pair"}
            if len(distinct) + (1 if seen_agreement and not has_agreement else 0) < 2:
                continue
            words = set(_WORD.findall(self.body[s.start:s.end].lower()))
            if words & TRIGGER_WORDS:
                todo.append((s, ms))
        self.parses = parse_sentences(self.body, todo, self._type_of)

    def _type_of(self, m: Mention) -> str | None:
        e = self.entity(m.index)
        return e.type if e is not None else m.type

    # -- arguments ------------------------------------------------------------------------------------
    def np(self, p: Parse, tok: Any, conj: bool = True) -> list[int]:
        """The mentions a noun phrase headed by ``tok`` stands for, over its conjuncts."""
        out: list[int] = []
        items = [tok, *tok.conjuncts] if conj else [tok]
        if conj:
            # "the town of A, the hub of B and ...": a place's apposition that is another place's wrapper
            items += [x for t in items if p.mention_of[t.i] >= 0 and self._type_of(
                p.mentions[p.mention_of[t.i]]) == "Place" for c in t.children if c.dep_ == "appos"
                and c.lower_ in _PLACE_KIND_NOUNS for x in c.children if x.dep_ == "nmod" and _case(x) == "of"
                and p.mention_of[x.i] >= 0]
        if conj and len(items) > 1:
            # "A, B and C" read with B in apposition to A: a list all the same
            items += [c for t in items for c in t.children if c.dep_ == "appos" and p.mention_of[c.i] >= 0
                      and p.mention_of[t.i] >= 0 and t.doc[c.i - 1].text in (",", "the")]
        for t in items:
            for m in self._np_one(p, t, 0):
                if m not in out:
                    out.append(m)
        return out

    def _np_one(self, p: Parse, t: Any, depth: int) -> list[int]:
        if depth > 3:
            return []
        m = p.mention_of[t.i]
        if m >= 0 and p.mentions[m].text.startswith("Operation ") and (owner := [
                x for c in t.children if c.dep_ == "nmod:poss" for x in self.np(p, c)]):
            return owner  # "Croatia's Operation Storm retakes Z": the operation's owner acts
        if m >= 0 and (named := self._named_place_of(p, t, m)):
            return named  # "the Kolvari enclave of Z" read as a zone of its own: Z
        if m >= 0 and (self.entity(m) is not None or depth > 0):
            return [m]
        low = t.lower_  # a nominal no one was found for ("the government of X") is read by its structure
        if low in ("which", "who", "whom", "that", "whose"):
            clause = t
            for _ in range(4):  # up to the relative clause ("whose main sponsor is X": "X" heads it)
                if clause.dep_ == "acl:relcl":
                    found = self._np_one(p, clause.head, depth + 1)
                    outer = clause.head.head
                    if not found and clause.head.dep_ == "nmod" and _case(clause.head) == "of" and \
                            outer.lower_ in NOMINAL_HEADS and outer.lower_ in fr.NOUN_OF_KIND:
                        # "X, a group of Ugandan origin that has pledged ...": the group's clause, hung on
                        # the noun of its "of" phrase
                        found = self._np_one(p, outer, depth + 1)
                        near = self._before_comma(p, outer, brackets=True) if not found else None
                        found = found or ([near] if near is not None else [])
                    if found or _is_noun(clause.head):
                        if t.i == 0 or t.nbor(-1).text != "," or found and (any(
                                self._type_of(p.mentions[m]) != "Agreement" for m in found) or any(
                                f.predicate in ("party_to", "brokered", "governs")
                                for f in fr.VERBS.get(VERB_FORMS.get(clause.lower_, ""), ()))):
                            return found
                        # "the signing of the accord between X and Y (ABBR), which have fought ...": hung
                        # on a noun of no one, or on the agreement, the clause is the name's before the comma
                        near = self._before_comma(p, t, brackets=True)
                        return [near] if near is not None else found
                    break  # "accusing X, which led ...": the clause hung on the verb; the name before it
                if clause.head.i == clause.i:
                    break
                clause = clause.head
            near = self._before_comma(p, t, brackets=True)  # "X, which ..." with the clause misattached
            if near is None and low == "whose" and t.i > 0:
                # "Y, the group whose main sponsor is X" read with no clause: the noun before it, a name or
                # a noun in apposition to one (not the "of" phrase of another noun: "part of Y whose ...")
                prev = t.doc[t.i - 1]
                m = p.mention_of[prev.i]
                if m < 0 and _is_noun(prev) or m >= 0 and p.mentions[m].kind == "nominal":
                    near = self._before_comma(p, prev)
                elif m >= 0 and not (prev.dep_ == "nmod" and _case(prev) == "of"):
                    near = m
            return [near] if near is not None else []
        if low == "all" and t.tag_ in ("DT", "PDT"):
            # "covers all of Z": the determiner heads the phrase (not "much of Z": a part is no hold)
            for c in t.children:
                if c.dep_ == "nmod" and _case(c) == "of":
                    return self.np(p, c)
        if not _is_noun(t):
            return []
        if any(c.dep_ == "cop" for c in t.children):
            # "X is a movement that Y arms": the predicate noun stands for its subject
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj and (found := self._np_one(p, subj[0], depth + 1)):
                return found
        near = self._before_comma(p, t) if t.dep_ == "appos" or self._apposed_conj(t) else None
        if near is not None and t.tag_ == "NNS" and self._apposed_conj(t) and p.mention_of[t.head.i] >= 0:
            # "X, Y and Z, groups that W arms" with the plural read as a fourth conjunct: the list
            items = [x for x in (t.head, *t.head.conjuncts) if x.i < t.i]
            items += [c for x in items for c in x.children if c.dep_ == "appos" and c.i < t.i
                      and t.doc[c.i - 1].text in (",", "the")]  # "A, B and C" read with B apposed
            return list(dict.fromkeys(m for x in sorted(items, key=lambda x: x.i)
                                      if (m := p.mention_of[x.i]) >= 0))
        if near is not None and near != p.mention_of[t.head.i]:
            return [near]  # "X, head of Y, a Z-backed group": the group is Y, the name just before it
        if near is not None and self._apposed_conj(t) and low not in fr.ROLE_NOUNS:
            return [near]  # "X, Y's bitter rival, ..." read as a conjunct: X, never Y
        if t.dep_ == "appos" and p.mention_of[t.head.i] >= 0:
            return self.np(p, t.head)  # "X, Y and Z, groups that W arms"
        for c in t.children:
            if c.dep_ == "appos" and p.mention_of[c.i] >= 0:
                return [p.mention_of[c.i]]  # "the group, X, which ..."
        if low in fr.AID_NOUNS or low in fr.PLACE_WRAPPERS:
            # "financed by loans from X", "the whole of Z"
            prep = ("from", "of") if low in fr.AID_NOUNS else ("of",)
            for c in t.children:
                if c.dep_ == "nmod" and _case(c) in prep:
                    return self.np(p, c)
        if low in fr.PLACE_WRAPPERS:
            for c in t.children:
                if c.dep_ == "nmod" and _case(c) == "of":
                    return self.np(p, c)
        if low in _FACILITY_NOUNS:
            for c in t.children:
                if c.dep_ == "nmod" and _case(c) == "at":
                    return self.np(p, c)  # "the airport at Z", "the army headquarters at Z"
            k = t.right_edge.i + 1
            if k + 1 < len(t.doc) and t.doc[k].lower_ == "at" and p.mention_of[t.doc[k].head.i] >= 0 \
                    and t.doc[k].head.i > k and t.doc[k].head.head.i == t.head.i:
                return self.np(p, t.doc[k].head)  # "hold the airport at Z" with "at Z" hung on the verb
        if low in lx.SEAT_OF_POWER_NOUNS:
            # "the new rulers in Z", "the government in Z": the state ruled from Z
            seat = [m for c in t.children if c.dep_ == "nmod" and _case(c) == "in"
                    and (m := p.mention_of[c.i]) >= 0 and self._type_of(p.mentions[m]) == "State"]
            k = t.i + 1  # "backed the rulers in Z" with "in Z" hung on the verb
            if not seat and k + 1 < len(t.doc) and t.doc[k].lower_ == "in" and t.doc[k].head.i == k + 1 \
                    and (m := p.mention_of[k + 1]) >= 0 and self._type_of(p.mentions[m]) == "State":
                seat = [m]
            if seat:
                return seat
        if low in NOMINAL_HEADS or low in fr.FORCE_NOUNS or low in fr.ROLE_NOUNS or low in fr.HOLDER_NOUNS:
            out = []
            owners: list[int] = []
            for c in t.children:
                if c.dep_ in ("appos", "flat") and low in fr.ROLE_NOUNS:
                    out += self.np(p, c, conj=False)
                if c.dep_ == "nmod:poss" and c.lower_ == "whose" and low in fr.FORCE_NOUNS:
                    # "X, whose fighters hold Z": the relative clause's antecedent (a person's forces are
                    # the group or state the person leads, read elsewhere)
                    owners.extend(m for m in self.np(p, c) if self._type_of(p.mentions[m]) != "Person")
                if c.dep_ in ("amod", "compound", "nmod:poss", "flat") and p.mention_of[c.i] >= 0:
                    # "Ugandan and Congolese troops": each demonym of the coordination
                    found = [m for x in (c, *c.conjuncts) if (m := p.mention_of[x.i]) >= 0]
                    if c.dep_ == "nmod:poss":
                        # "Y's government" for a person Y is the state Y leads: read by the proxy pass
                        # when "'s" follows the name, never through "whose"
                        found = [m for m in found if self._type_of(p.mentions[m]) != "Person"
                                 or self.body[p.mentions[m].end:p.mentions[m].end + 2] in ("'s", "’s")]
                    (owners if c.dep_ == "nmod:poss" else out).extend(found)
                elif c.dep_ == "amod" and c.i < t.i and t.doc[c.i - 1].text != "-":
                    # "Y's X mercenary group": the name hangs on the modifier between it and the noun
                    out += [m for x in c.children if x.dep_ == "compound" and x.i == c.i - 1
                            and (m := p.mention_of[x.i]) >= 0 and p.mentions[m].kind == "name"]
                elif c.dep_ == "nmod:poss" and c.lower_ == "whose" and low in fr.FORCE_NOUNS:
                    # "X, whose troops have fought ...": X's forces are X (a person's, through the proxy pass)
                    owners += [m for m in self._np_one(p, c, depth + 1)
                               if self._type_of(p.mentions[m]) != "Person"]
            if not out and low in fr.ROLE_NOUNS:
                # "the Minister of the Interior, X, ...": the name apposed to the office, wherever the
                # parse hung it inside the office's phrase
                for x in t.subtree:
                    m = p.mention_of[x.i]
                    if x.i > t.i and m >= 0 and x.doc[x.i - 1].text == "," and self._type_of(
                            p.mentions[m]) == "Person" and (x.dep_ == "appos" or self._apposed_conj(x)):
                        out.append(m)
                        break
            if not out and not owners and low in fr.FORCE_NOUNS:
                # "army units loyal to X": X's men
                owners = [m for c in t.children if c.dep_ in ("amod", "acl") and c.lower_ == "loyal"
                          for x in c.children if x.dep_ in ("obl", "nmod") and _case(x) == "to"
                          for m in self.np(p, x)]
            # "Russia's Volkov group" is Volkov; "Russia's troops" is Russia
            if fr.HOLDER_NOUNS.get(low, ("",))[0] in _TIES and not (
                    low in NOMINAL_HEADS or low in fr.FORCE_NOUNS or low in fr.ROLE_NOUNS):
                owners = []  # but "Y's enemies", "Y's backers" are not Y
            out = out or owners
            if low in fr.ROLE_NOUNS and t.dep_ in ("nsubj", "nsubj:pass", "obj") and t.left_edge.lower_ in (
                    "the", "a", "an") and (near := self._before_comma(p, t)) is not None and self._type_of(
                    p.mentions[near]) == "Person" and near not in out:
                # "X, the UN envoy who brokered the deal, said": the parse missed the apposition to X
                out = [near, *out]
            if out:
                return list(dict.fromkeys(out))
        if low in fr.FORCE_NOUNS or low in fr.WRAPPER_NOUNS:
            for c in t.children:
                if c.dep_ == "nmod" and _case(c) in ("of", "from"):
                    return self.np(p, c)
                if low in fr.WRAPPER_NOUNS and c.dep_ == "nmod:poss":
                    return self.np(p, c)
        for c in t.children:
            if c.dep_ == "flat" and p.mention_of[c.i] >= 0:
                return [p.mention_of[c.i]]
        near = self._before_comma(p, t) if not any(c.dep_ == "nmod:poss" for c in t.children) else None
        if near is not None and t.dep_ != "conj":
            return [near]  # "X, a country that ...": an apposition the parse missed
        return []

    def _named_place_of(self, p: Parse, t: Any, m: int) -> list[int]:
        """The named place after "of" of a place's kind that the mentions read as a zone of its own
        ("the Kolvari enclave of Z", "the mountain district of Z")."""
        last = p.mentions[m].text.split()[-1]
        if last not in fr.PLACE_WRAPPERS or not any(c.dep_ == "nmod" for c in t.children):
            return []  # the phrase ends in a lower-case kind of place ("enclave", "district")
        return [x for c in t.children if c.dep_ == "nmod" and _case(c) == "of"
                and (x := p.mention_of[c.i]) >= 0 and x != m
                and (e := self.entity(x)) is not None and e.type == "Place"]

    def _apposed_conj(self, t: Any) -> bool:
        """A conjunct with no "and" or "or" of its own, after a comma: an apposition the parse misread."""
        if t.dep_ != "conj" or any(c.dep_ == "cc" for c in t.children):
            return False
        left = t.left_edge.i
        while left < t.i and t.doc[left].is_punct:
            left += 1
        return left > 0 and t.doc[left - 1].text == "," and t.left_edge.text != "and"

    def _after_comma(self, p: Parse, t: Any) -> list[int]:
        """The name in apposition right after the phrase of ``t`` ("its armed wing, the Y, ..."), where the
        parse hung the apposition on another noun."""
        k = t.right_edge.i + 1
        if k + 1 >= len(t.doc) or t.doc[k].text != ",":
            return []
        k += 1
        if t.doc[k].tag_ == "DT":
            k += 1
        if k < len(t.doc) and p.mention_of[k] >= 0 and t.doc[k].dep_ in ("appos", "conj", "nsubj"):
            end = k
            while end + 1 < len(t.doc) and p.mention_of[end + 1] == p.mention_of[k]:
                end += 1
            after = t.doc[end + 1].text if end + 1 < len(t.doc) else "."
            # (a name set off by commas and read as the next verb's subject: "commander of Y's armed wing,
            # the Z, told reporters")
            if after in (",", ".", ";", ")", "-", "—", "–") and (t.doc[k].dep_ != "nsubj" or after == ","):
                return [p.mention_of[k]]
        return []

    def _before_comma(self, p: Parse, t: Any, brackets: bool = False) -> int | None:
        """The mention right before the comma that opens the phrase of ``t`` ("X, a group that ...")."""
        left = t.left_edge.i
        while left < t.i and t.doc[left].is_punct:
            left += 1  # the parse may hang the opening comma on the phrase itself
        if t.doc[left].lower_ in ("and", "or"):
            return None  # "X, Y, and the leader of Z": a coordination, not an apposition to Y
        if left >= 2 and t.doc[left - 1].text == "," and p.mention_of[left - 2] >= 0:
            return p.mention_of[left - 2]
        if left >= 2 and t.doc[left - 1].text == "," and NOMINAL_HEADS.get(t.doc[left - 2].lower_) == "state":
            # "X's government, whose chief mediator ...": the state the possessed noun stands for
            owner = [m for c in t.doc[left - 2].children if c.dep_ == "nmod:poss"
                     and (m := p.mention_of[c.i]) >= 0 and self._type_of(p.mentions[m]) == "State"]
            if owner:
                return owner[0]
        if brackets and left >= 5 and t.doc[left - 1].text == "," and t.doc[left - 2].text == ")" \
                and t.doc[left - 4].text == "(" and p.mention_of[left - 5] >= 0:
            return p.mention_of[left - 5]  # "X (ABBR), which ...": the name before the brackets
        return None

    def subjects(self, p: Parse, v: Any, depth: int = 0) -> list[int]:
        """Who does what the verb says: its subject, or the one it shares with the verb it hangs on."""
        if depth > 4:
            return []
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:outer", "csubj")
                    and not (c.lower_ in _TIME_NOUNS and p.mention_of[c.i] < 0)]  # "since last year has held"
        if self._object_relative(v, subjects):
            subjects = subjects[1:]  # "the Front, which X heads": the relative word is the object
        if not subjects and v.tag_ == "NNS":
            subjects = self._compound_subject(v)  # "X relies on Y" with "relies" read as a noun
        if subjects:
            # two subjects of one verb are a coordination the parse split ("X and Y have pledged ..."),
            # unless a clause boundary stands between them ("X backs Y, while Z supports W")
            kept = [subjects[-1]]
            for c in reversed(subjects[:-1]):
                between = v.doc[c.right_edge.i + 1:kept[0].left_edge.i]
                if all(t.lower_ in ("and", ",", "the", "as", "well", "or") for t in between):
                    kept.insert(0, c)
                else:
                    break
            found = [m for c in kept for m in self.np(p, c)]
            head = v.head
            if v.dep_ == "conj" and head.dep_ == "ROOT" and (p.mention_of[head.i] >= 0 or _is_noun(head) and (
                    head.lower_ in fr.FORCE_NOUNS)) and any(
                    c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i < kept[0].i for c in v.children):
                # (or "X's army and Y were exchanging fire", the force noun read as the root)
                # "A, B and, to a lesser extent, C backed Y" read as "A, B" and "and C backed Y"
                found = self.np(p, head) + found
            if not found and v.dep_ == "nsubj:pass" and head.lower_ in _DONE_FORMS and self.passive(head):
                # "Much of the fighting against Y has been done by X": the agent of the passive
                found = self.agents(p, head)
            return list(dict.fromkeys(found))
        for c in v.children:
            # "X, founded in 2009, belongs to Y": the parse may give X to the participle in between
            if c.i < v.i and c.dep_ in ("parataxis", "advcl", "acl") and c.tag_ == "VBN":
                stolen = [x for x in c.children if x.dep_ in ("nsubj", "nsubj:pass") and x.i < c.i]
                if stolen:
                    return self.np(p, stolen[0])
        if v.dep_ == "ROOT":
            # "In November, Malian troops, backed by X, drove Y out": the subject read as an apposition of
            # the fronted phrase of time or place (which the parse may hang on the participle in between)
            between = [a for a in v.children if a.i < v.i and a.dep_ in ("advcl", "parataxis", "acl")
                       and a.tag_ == "VBN"]
            inside = {t.i for a in between for t in a.subtree}
            for c in [*v.children, *[x for a in between for x in a.children]]:
                if c.i < v.i and c.dep_ == "obl" and _case(c) in ("in", "on", "at", ""):
                    stolen = [m for x in c.children if x.dep_ == "appos" and x.i > c.i and all(
                        t.is_punct or t.i in inside for t in v.doc[x.right_edge.i + 1:v.i])
                              for m in self.np(p, x)]
                    if stolen:
                        return stolen
        dep = v.dep_
        head = v.head
        marks = {c.lower_ for c in v.children if c.dep_ == "mark"}
        if dep == "xcomp" or dep == "advcl" and marks & {"of", "for"}:
            # "X urged Y to sign": Y; "X accuses Y of arming Z": Y; "X sent troops to defend Y": X
            objs = [c for c in head.children if c.dep_ in ("obj", "iobj")]
            if objs and (found := self.np(p, objs[0])):
                return found
            if objs and head.lower_ in fr.ACCUSE_FORMS:
                return []  # "X accuses Y of arming Z": the accuser did not arm Z
            return self.subjects(p, head, depth + 1)
        if dep == "conj" and (_is_verbal(head) or self._noun_read_verb(head)):
            found = self.subjects(p, head, depth + 1)
            if not found and head.tag_ == "VBN" and head.i >= 2 and v.doc[head.i - 1].text == "," and \
                    p.mention_of[head.i - 2] >= 0 and not self._has_subject(head):
                # "X, chaired by Y, signed Z" read with the participle as the main verb: X signed
                found = [p.mention_of[head.i - 2]]
            return found
        if dep == "conj" and p.mention_of[head.i] >= 0 and head.dep_ == "ROOT":
            return self.np(p, head, conj=False)  # "Norland, too, signed" read with the name as root
        if dep == "acl" and self._has_subject(head):
            return self.subjects(p, head, depth + 1)
        if dep == "acl" and (head.lower_ in fr.DENY_VERBS or head.lower_ in fr.CLAIM_VERBS):
            # "X denies arming Y" with "denies" read as a noun and X as its modifier
            return [m for c in head.children
                    if c.i < head.i and c.dep_ in ("compound", "nmod:poss", "amod") for m in self.np(p, c)]
        if dep in ("acl", "acl:relcl") and not self.passive(v):
            return self.np(p, head, conj=False)
        if dep == "advcl" and not marks and v.tag_ == "VBG":
            # "X covers Z, where Y has advanced, seizing W": the participle hung on the main verb belongs to
            # the clause right before it
            before = [c for c in head.children if c.i < v.i and c.dep_ in ("advcl", "acl:relcl", "ccomp")
                      and _is_verbal(c) and v.left_edge.i - c.right_edge.i <= 2 and self._has_subject(c)]
            if before:
                return self.subjects(p, before[-1], depth + 1)
        if dep == "advcl" and (not marks or marks <= {"to"}):
            if self.passive(head) and not any(c.dep_ == "nsubj" for c in head.children):
                return self.patients(p, head)  # "X was created, growing out of Y"
            return self.subjects(p, head, depth + 1)  # "..., seizing Z"; "X sent troops to fight Y"
        return []

    @staticmethod
    def _object_relative(v: Any, subjects: list[Any]) -> bool:
        """"the Front, which X heads" read with two subjects: the relative word first, then the name."""
        return v.dep_ == "acl:relcl" and len(subjects) == 2 and \
            subjects[0].lower_ in ("which", "whom", "that") and subjects[1].i > subjects[0].i and \
            subjects[1].tag_ in ("NNP", "NNPS", "PRP")

    def _has_subject(self, tok: Any) -> bool:
        return any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children)

    def passive(self, v: Any) -> bool:
        # an agent with no "by" is a misread ("fought alongside Y soldiers" with "alongside" a noun)
        deps = {c.dep_ for c in v.children if c.dep_ != "obl:agent" or _case(c) == "by"}
        if deps & {"aux:pass", "nsubj:pass", "obl:agent"}:
            return True
        return v.tag_ == "VBN" and v.dep_ in ("acl", "advcl", "amod") and "obj" not in deps

    def patients(self, p: Parse, v: Any, depth: int = 0) -> list[int]:
        """The passive verb's patient: its ``nsubj:pass``, or the noun a participle describes."""
        for c in v.children:
            if c.dep_ in ("nsubj:pass", "nsubj") and (found := self.np(p, c)):
                return found
        if v.dep_ in ("acl", "amod", "acl:relcl"):
            return self.np(p, v.head, conj=False)
        if v.dep_ == "conj" and v.i >= 2 and v.doc[v.i - 1].lower_ in ("and", "or") and \
                v.doc[v.i - 2].tag_ == "VBN" and v.doc[v.i - 2].dep_ in ("acl", "amod") and \
                not self.passive(v.head):
            # "Y, a force raised and led by X" with "led" hung on the main verb: the participle before it
            return self.np(p, v.doc[v.i - 2].head, conj=False)
        if v.dep_ in ("advcl", "xcomp", "conj") and depth < 3:
            return self.subjects(p, v.head, depth + 1) if not self.passive(v.head) \
                else self.patients(p, v.head, depth + 1)
        if v.dep_ == "ROOT" and v.i == v.sent.start:
            # "Backed by X, Y has retaken Z" with the main clause hung on the participle
            for c in v.children:
                if c.dep_ in ("parataxis", "conj", "ccomp") and c.i > v.i:
                    subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubj:pass")]
                    if subj:
                        return self.np(p, subj[0])
        return []

    def agents(self, p: Parse, v: Any) -> list[int]:
        out: list[int] = []
        for c in v.children:
            if c.dep_ == "obl:agent" or (c.dep_ == "obl" and _case(c) == "by"):
                out += self.np(p, c)
        return out

    def objects(self, p: Parse, v: Any, dep: str = "obj", depth: int = 0) -> list[Any]:
        found = [c for c in v.children if c.dep_ == dep][:1]  # a second object is a misread apposition
        if not found and dep == "obj":
            found = [c for c in v.children if c.dep_ == "iobj"][:1]  # "signed the X Agreement" read as iobj
        if found and dep == "obj":
            # "seized the town of A and, in June, the town of B" with B hung on the verb as its conjunct
            found += [c for c in v.children if c.dep_ == "conj" and c.i > found[0].i and _is_noun(c)
                      and c.tag_ != "PRP" and not self._has_subject(c)]
        if not found and dep == "obj" and v.dep_ == "acl:relcl":
            # "the militia, which X has armed": the relative word, wherever the parse hung it
            found = [c for c in v.subtree if c.i < v.i and c.lower_ in ("which", "whom", "that")
                     and c.dep_ != "nsubj"][:1]
            subjects = [c for c in v.children if c.dep_ == "nsubj"]
            if not found and self._object_relative(v, subjects):
                found = subjects[:1]
            if not found and subjects and subjects[0].i < v.i and subjects[0].left_edge.i == v.head.i + 1 \
                    and _is_noun(v.head) and p.mention_of[v.head.i] < 0 and not any(
                    c.dep_ in ("obj", "ccomp", "xcomp", "mark") for c in v.children):
                # "Z, the port it has held since 2019": a relative clause with no relative word, right
                # after the noun it describes (or after the noun that noun belongs to: "a city of a
                # million people they have held")
                found = [v.head.head if v.head.dep_ == "nmod" and _case(v.head) == "of" and _is_noun(
                    v.head.head) and not self.np(p, v.head) else v.head]
        if not found and dep == "obj" and v.left_edge.i > 0 and depth == 0:
            before = v.doc[v.left_edge.i - 1]
            if before.lower_ in ("which", "whom") and before.dep_ != "nsubj" or before.lower_ == "which":
                found = [before]  # "Y, which X leads, ..." with the clause hung elsewhere
        if not found and depth < 2 and v.dep_ == "conj" and (_is_verbal(v.head)
                                                             or self._noun_read_verb(v.head)):
            found = self.objects(p, v.head, dep, depth + 1)
        if not found and depth < 2:
            for c in v.children:
                if c.dep_ == "conj" and _is_verbal(c):
                    found = [x for x in c.children if x.dep_ == dep]
                    if found:
                        break
        if not found and dep == "obj" and _is_verbal(v):
            # "X, who heads the Y's political wing": the object read as an oblique with no preposition
            found = [c for c in v.children if c.dep_ == "obl" and c.i > v.i and _is_noun(c)
                     and not any(x.dep_ in ("case", "mark") for x in c.children)][:1]
        return found

    def obliques(self, v: Any, prep: str) -> list[Any]:
        return [c for c in v.children if c.dep_ in ("obl", "obl:unmarked", "nmod", "obl:agent")
                and _case(c) == prep]

    # -- the frames -----------------------------------------------------------------------------------
    def syntax(self, s: Sentence) -> None:
        p = self.parses.get(s.index)
        if p is None:
            return
        for tok in p.doc:
            low = tok.lower_
            lemma = VERB_FORMS.get(low)
            if lemma is not None and (_is_verbal(tok) or self._acts_as_verb(tok)):
                self.verb(p, tok, lemma)
            elif lemma is not None and self._fronted_participle(tok):
                self.fronted_by(p, tok, lemma)
            elif lemma is not None and tok.dep_ == "obj" and tok.head.lower_ in _HELP_FORMS:
                self.helped(p, tok, lemma)
            if low in _FOUND_FORMS and tok.dep_ == "conj" and _is_verbal(tok):
                self.split_and_formed(p, tok)
            if _is_noun(tok) or low in fr.HOLDER_NOUNS and any(
                    c.dep_ in ("cop", "nmod:poss", "det") for c in tok.children):  # "ally" tagged RB
                if low in fr.HOLDER_NOUNS:
                    self.holder(p, tok)
                if low in fr.ACTION_NOUNS:
                    self.action(p, tok)
                if low in ("signing", "signature", "signatures"):
                    self.signing(p, tok)
                m = p.mention_of[tok.i]
                if m >= 0 and p.mentions[m].kind == "agreement" and self._mention_head(p, tok):
                    self.agreement(p, tok, m)
            if low in fr.ALONGSIDE and (tok.dep_ == "case" or self._beside_misread(tok)):
                self.alongside(p, tok)
            if low in fr.TOGETHER_PHRASES and tok.i >= 1:
                self.side_by_side(p, tok)
            if low in _COMPOUND_PARTICIPLES and tok.i >= 2 and tok.nbor(-1).text == "-" \
                    and p.mention_of[tok.i - 2] >= 0:
                self.hyphen_compound(p, tok, _COMPOUND_PARTICIPLES[low])
            if low in _PREFIXES and tok.i + 2 < len(p.doc) and tok.nbor(1).text == "-" \
                    and p.mention_of[tok.i + 2] >= 0:
                self.hyphen_prefix(p, tok, _PREFIXES[low])
            if low in ("sides", "camps") and any(c.lower_ in fr.OPPOSING for c in tok.children):
                self.opposing_sides(p, tok)
            if low in ("known", "renamed", "rebranded") and (tok.tag_ == "VBN" or (
                    # "X was scaled down and renamed Y", with the second participle read as a past tense
                    tok.dep_ == "conj" and tok.head.tag_ == "VBN" and self.passive(tok.head))):
                self.renamed(p, tok)
            if low in fr.ADJECTIVES and tok.tag_.startswith(("JJ", "VBN")):
                self.adjective(p, tok)
            if low in fr.CONTRIBUTOR_NOUNS and _is_noun(tok):
                self.contributors(p, tok)
            if low in fr.PART_PLURALS and tok.dep_ == "nmod" and _case(tok) == "of" and \
                    tok.head.lower_ == "one":
                self.one_of(p, tok)
            if low in fr.BODY_OF_MEMBERS and _is_noun(tok):
                self.body_of_members(p, tok)
            if tok.dep_ == "nmod:poss" and p.mention_of[tok.i] >= 0 and p.mention_of[tok.head.i] >= 0:
                self.state_unit(p, tok)
            if low in fr.FORCE_OF_NOUNS and tok.dep_ == "appos" and _is_noun(tok):
                self.force_of(p, tok)
            if low in _SENT_FORMS:
                self.sent_by(p, tok)
            if low in _REQUEST_NOUNS and _is_noun(tok):
                self.requested(p, tok)
            if tok.text == "lent" and tok.dep_ == "compound" and tok.tag_.startswith("NN"):
                self.lent_read_noun(p, tok)
            if low in fr.VIEW_VERBS and _is_verbal(tok):
                self.viewed_as(p, tok)

    @staticmethod
    def _fronted_participle(tok: Any) -> bool:
        """"Led by X, the group ...": a sentence's first word, a participle before "by" that the tagger
        read as a noun or a name."""
        return tok.i == tok.sent.start and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "by" \
            and tok.text[:1].isupper() and tok.head.i != tok.i and _is_verbal(tok.head)

    def fronted_by(self, p: Parse, tok: Any, lemma: str) -> None:
        """"Led by X, Y ...": X is the agent, the subject of the clause the participle hangs on is the
        patient."""
        agents = [m for c in tok.children if c.dep_ in ("nmod", "obl", "obl:agent") and _case(c) == "by"
                  for m in self.np(p, c)]
        if not agents:
            return
        patients = self.subjects(p, tok.head)
        for f in fr.VERBS[lemma]:
            if f.slot == "obj" and not f.particle and not f.needs_obj:
                self.emit_frame(p, tok, "passive", f.predicate, agents, patients)

    def _split_from(self, p: Parse, v: Any) -> list[int]:
        """What a verb of splitting left: its "from" phrase, also hung on a date next to it ("broke away in
        1987 from X")."""
        froms = [c for c in v.children if c.dep_ in ("obl", "nmod") and _case(c) in _SPLIT_PREPS]
        froms += [x for c in v.children if c.dep_ in ("obl", "obl:unmarked") and c.tag_ == "CD"
                  for x in c.children if x.dep_ == "nmod" and _case(x) in _SPLIT_PREPS]
        out = [m for c in froms for m in self.np(p, c)]
        return [m for m in out if self._type_of(p.mentions[m]) in ("ArmedGroup", "Organization")]

    def _founded_by(self, p: Parse, v: Any) -> list[int]:
        """"Its founders broke away from X": the group whose founders split."""
        return [m for c in v.children if c.dep_ == "nsubj" and c.lower_ in _FOUNDER_NOUNS
                for x in c.children if x.dep_ == "nmod:poss" or x.dep_ == "nmod" and _case(x) == "of"
                for m in self.np(p, x)]

    def split_and_formed(self, p: Parse, v: Any) -> None:
        """"Y split from X and founded Z", "X's commanders broke away and formed Z": Z grew out of X."""
        # the verb of splitting it is coordinated with, or a conjunct before it on the same head (the parse
        # may hang both on the subject)
        split = [x for x in (v.head, *[c for c in v.head.children if c.dep_ == "conj" and c.i < v.i])
                 if VERB_FORMS.get(x.lower_) in _SPLIT_VERBS]
        if not split:
            return
        new = [m for o in self.objects(p, v) for m in self.np(p, o)]
        old = self._split_from(p, split[0]) or self._splitters_of(p, split[0])
        self.emit_frame(p, v, "verb", "evolved_from", new, old)

    def _splitters_of(self, p: Parse, v: Any) -> list[int]:
        """"a few hundred X fighters broke away and formed Z", "X's commanders broke away ...": the group
        the ones who split came from (named on the subject noun)."""
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if not subj:
            # the subject lost to a long phrase in between ("X fighters led by Y, known as W, broke away"):
            # the last such noun before the verb
            subj = [t for t in v.doc[:v.i] if t.lower_ in _SPLITTER_NOUNS][-1:]
        out = [m for c in subj if c.lower_ in _SPLITTER_NOUNS
               for x in c.children
               if x.dep_ in ("compound", "nmod:poss") or x.dep_ == "nmod" and _case(x) == "of"
               for m in self.np(p, x)]
        return [m for m in out if self._type_of(p.mentions[m]) in ("ArmedGroup", "Organization")]

    def helped(self, p: Parse, tok: Any, lemma: str) -> None:
        """"X helped broker the deal" with the verb after "helped" read as its noun object: the verb's
        object is the next object of "helped", its subject the helper."""
        v = tok.head
        later = [c for c in v.children if c.dep_ == "obj" and c.i > tok.i]
        if not later:
            return
        subj = self.subjects(p, v)
        obj = self.np(p, later[0])
        for f in fr.VERBS[lemma]:
            if f.slot == "obj" and not f.particle and not f.needs_obj:
                self.emit_frame(p, v, "verb", f.predicate, subj, obj)

    def adjective(self, p: Parse, adj: Any) -> None:
        """"militias loyal to X", "a party openly hostile to Y", "X is opposed to Y"."""
        predicate, preps = fr.ADJECTIVES[adj.lower_]
        others = [m for c in adj.children if c.dep_ in ("obl", "nmod", "obl:arg") and _case(c) in preps
                  for m in self.np(p, c)]
        if not others:
            return
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in adj.children):
            holders = self.subjects(p, adj)
        elif adj.dep_ in ("amod", "acl", "appos", "acl:relcl") and adj.head.i != adj.i:
            head = adj.head
            # the noun described: a name, a group's noun in apposition to one, or a force of a named owner
            named = p.mention_of[head.i] >= 0 or head.lower_ in fr.FORCE_NOUNS or (
                head.dep_ == "appos" and head.lower_ in NOMINAL_HEADS)
            holders = self.np(p, head, conj=False) if named else []
        else:
            holders = self.subjects(p, adj)
        if predicate.endswith("<"):
            # "Y is dependent on X (for arms)": X backs Y; not for what no backer gives ("for gas")
            needs = [x for c in adj.children if c.dep_ in ("obl", "nmod") and _case(c) == "for"
                     for x in (c, *c.conjuncts)]
            if any(x.lower_ not in fr.AID_NOUNS and x.lower_ not in ("protection", "security", "survival")
                   for x in needs):
                return
            predicate, holders, others = predicate[:-1], others, holders
        self.emit_frame(p, adj, "verb", predicate, holders, others)

    def contributors(self, p: Parse, n: Any) -> None:
        """"troops from X and Y deploy under the mission", "Kessan soldiers of the force", "the mission,
        with officers from X", "the force, which has 9,000 troops there, many of them from X": the states
        that send the people are members of the force or mission they serve in."""
        states = [m for c in n.children if c.dep_ in ("amod", "compound", "nmod") and (
            c.dep_ != "nmod" or _case(c) == "from") for m in self.np(p, c)]
        if n.dep_ == "obj" and n.head.lower_ in ("has", "have", "had"):
            states += self._of_them(p, n)
        # states, and groups the context typed as such ("officers from X" with X a state no list knows)
        states = [m for m in dict.fromkeys(states) if (e := self.entity(m)) is not None and e.type in (
            "State", "ArmedGroup")]
        if not states:
            return
        forces: list[int] = []
        # "Kessan soldiers of the force"
        forces += [m for c in n.children if c.dep_ == "nmod" and _case(c) == "of" and p.mention_of[c.i] >= 0
                   for m in self.np(p, c)]
        head = n.head
        if n.dep_ in ("obl", "nmod", "conj") and _case(n) in ("with", "including") and head.i != n.i:
            # "the mission, led by X, with officers from Y": the mission the participle describes
            forces += self.patients(p, head) if _is_verbal(head) and self.passive(head) else \
                self.np(p, head, conj=False)
        if n.dep_ == "nsubj" and _is_verbal(head):
            # "troops from X are deploying under the mission", "X troops who served in the force"
            forces += [m for c in head.children if c.dep_ in ("obl", "nmod") and _case(c) in fr.CONTRIBUTOR_IN
                       and p.mention_of[c.i] >= 0 for m in self.np(p, c)]
        if n.dep_ == "obj" and head.lower_ in ("has", "have", "had"):
            forces += self.subjects(p, head)
        forces = [m for m in forces if (e := self.entity(m)) is not None and e.type in (
            "ArmedGroup", "Organization") and m not in states]
        if not forces:
            return
        status, _speakers = self.frame_status(p, n, "member_of")
        if status != "asserted":
            return
        rule = rule_for("holder", "member_of")
        forces = [m for m in forces if self.usable(m, rule)]
        for a in states:
            for b in forces:
                if self.entity(a) is not self.entity(b):
                    self.emit_pairs([a], "member_of", [b], p.sentence, rule, status, rule.confidence)

    def _of_them(self, p: Parse, n: Any) -> list[int]:
        """"9,000 troops in the country, many of them from X and Y" / "..., most of them Kessan": the
        names of the quantified apposition after the noun, wherever the parse hung it."""
        doc = n.doc
        k = n.i + 1
        while k < min(len(doc) - 3, n.i + 10) and doc[k].text != ",":
            k += 1
        if doc[k].text != "," or doc[k + 1].lower_ not in _QUANTIFIERS or doc[k + 2].lower_ != "of" or \
                doc[k + 3].lower_ not in ("them", "whom"):
            return []
        k += 4
        if k < len(doc) and doc[k].lower_ == "from":
            k += 1
        out: list[int] = []
        while k < len(doc) and (p.mention_of[k] >= 0 or doc[k].lower_ in (",", "and", "the")):
            if p.mention_of[k] >= 0 and p.mention_of[k] not in out:
                out.append(p.mention_of[k])
            k += 1
        return out

    def viewed_as(self, p: Parse, v: Any) -> None:
        """"X regards Y as a threat", "X designated Y and Z as foreign terrorist organisations", "X, which
        considers Y a threat": the viewer opposes what it casts as a threat or terrorists."""
        objs = [c for c in v.children if c.dep_ == "obj" or c.dep_ == "ccomp" and p.mention_of[c.i] >= 0]
        roles = [c for c in v.children if c.dep_ in ("obl", "xcomp", "advcl") and _case(c) == "as"] + objs[1:]
        # "designated Y a banned organisation": the object's complement, read as a clause of its own
        roles += [c for c in v.children if c.dep_ == "xcomp" and not _case(c) and _is_noun(c) and objs]
        if not objs or not any(r.lower_ in fr.HOSTILE_ROLES or any(
                c.dep_ in ("amod", "compound") and c.lower_ in fr.HOSTILE_ROLE_MODIFIERS for c in r.children)
                for r in roles):
            return
        viewers = self.agents(p, v) if self.passive(v) else self.subjects(p, v)
        viewed = self.patients(p, v) if self.passive(v) else self.np(p, objs[0])
        self.emit_frame(p, v, "verb", "opposes", viewers, viewed)

    def hyphen_prefix(self, p: Parse, tok: Any, predicate: str) -> None:
        """"anti-X fighters of Y", "pro-X militias": the group the noun names stands against or with X."""
        target = [p.mention_of[tok.i + 2]]
        noun = p.doc[tok.i + 2].head
        while noun.dep_ in ("amod", "compound") and not _is_noun(noun) and noun.head.i != noun.i:
            noun = noun.head
        if noun.i in (tok.i, tok.i + 2) or not _is_noun(noun):
            return
        group = [m for m in self.np(p, noun, conj=False) if m not in target]
        if not group:
            group = [m for c in noun.children if c.dep_ == "nmod" and _case(c) in ("of", "from")
                     for m in self.np(p, c)]  # "anti-X fighters of the Y Front"
        self.emit_frame(p, tok, "prefix", predicate, group, target)

    def opposing_sides(self, p: Parse, sides: Any) -> None:
        """"X and Y back opposing sides", "despite being on rival sides, X and Y ...": X opposes Y."""
        head = sides.head
        actors = self.subjects(p, head) if _is_verbal(head) or self._has_subject(head) else []
        if not actors and head.head.i != head.i:
            actors = self.subjects(p, head.head)
        if not actors:
            # "Despite being on opposing sides, X and Y ..." with X and Y read as conjuncts of "sides"
            actors = [m for c in sides.conjuncts if (m := p.mention_of[c.i]) >= 0]
        if len(actors) == 1:
            actors = self._with_coordination(p, actors)  # "X and Y, which have backed opposing camps"
        self.emit_frame(p, sides, "action", "opposes", actors, actors)

    def renamed(self, p: Parse, tok: Any) -> None:
        """"X, formerly known as Y", "X was known as Y until 2016", "Y was renamed X": X evolved from Y."""
        as_ = [c for c in tok.children if c.dep_ in ("obl", "xcomp", "obj", "nmod") and
               (_case(c) == "as" or tok.lower_ != "known")]
        # "In December X was renamed Y": the new name, not a phrase of time or place before it
        as_ = [c for c in as_ if c.dep_ in ("xcomp", "obj") or _case(c) in ("as", "to")] or as_
        if not as_:
            return
        other = self.np(p, as_[0])
        named = self.patients(p, tok)
        if tok.lower_ == "known":
            words = {c.lower_ for c in tok.children}
            if not words & {"formerly", "previously", "once", "originally"} and not any(
                    _case(c) == "until" for c in tok.children):
                return
            self.emit_frame(p, tok, "verb", "evolved_from", named, other, asserted=True)
        else:
            self.emit_frame(p, tok, "verb", "evolved_from", other, named, asserted=True)

    def hyphen_compound(self, p: Parse, tok: Any, predicate: str) -> None:
        """"the X-led mission", "an X-brokered truce", "X-held Z": X is the agent of what the noun names."""
        agent = [p.mention_of[tok.i - 2]]
        noun = tok.head
        while noun.dep_ in ("amod", "compound") and noun.head.i != noun.i and not _is_noun(noun):
            noun = noun.head
        if noun.i == tok.i or not _is_noun(noun):
            # "X-backed Y fighters hold it" parsed with the participle as the root: the noun after it
            after = [t for t in tok.doc[tok.i + 1:tok.i + 4] if _is_noun(t)]
            if not after:
                return
            noun = after[-1] if after[-1].i == after[0].i + len(after) - 1 else after[0]
        patient = [m for m in self.np(p, noun, conj=False) if m not in agent]
        # "X-backed militias, including fighters from Y": the groups the phrase lists
        patient += [m for c in noun.children if c.dep_ in ("nmod", "appos") and _case(c) in (
            "including", "such as") for m in self.np(p, c) if m not in agent]
        k = noun.right_edge.i + 1
        if k + 1 < len(noun.doc) and noun.doc[k].text == "," and noun.doc[k + 1].lower_ == "including" \
                and noun.doc[k + 1].dep_ == "case":
            # "... by X-supported militias, including fighters from Y" with the list hung elsewhere
            patient += [m for m in self.np(p, noun.doc[k + 1].head) if m not in agent and m not in patient]
        if predicate.endswith("<"):  # "the X-linked group": the group is X's
            self.emit_frame(p, tok, "compound", predicate[:-1], patient, agent)
            return
        if predicate == "brokered" and not any((e := self.entity(m)) is not None and e.type == "Agreement"
                                               for m in patient):
            if noun.lower_ in fr.TALK_NOUNS:
                # "after years of X-facilitated talks": the agreement those talks made, named in context
                agreement = self.agreement_near(p.sentence, 1)
                if agreement is not None:
                    self.emit_entities_frame(p, tok, "compound", "brokered", agent, agreement)
            return
        self.emit_frame(p, tok, "compound", predicate, agent, patient)

    def _led_part(self, p: Parse, v: Any) -> bool:
        """Whether what a passive "led by" leads is a part of an actor, not the actor."""
        led = [c for c in v.children if c.dep_ == "nsubj:pass"] or (
            [v.head] if v.dep_ in ("acl", "amod") else [])
        return any(t.lower_ in fr.PART_NOUNS and p.mention_of[t.i] < 0 for t in led)

    def _accused(self, p: Parse, v: Any) -> list[int]:
        """The accused of "accuse(s|d) Y of <trigger>ing": the name between the verb and "of"."""
        i = v.i
        if v.doc[i - 1].lower_ in ("having", "being"):
            i -= 1  # "accused X of having armed Y"
        if not v.lower_.endswith(("ing", "ed")) or i < 3 or v.doc[i - 1].lower_ != "of":
            return []
        k = i - 2  # the accused: a name, or a noun phrase ending in one ("the Ivorian government")
        if p.mention_of[k] < 0 or v.doc[k - 1].lower_ not in fr.ACCUSE_FORMS and not any(
                t.lower_ in fr.ACCUSE_FORMS for t in v.doc[max(0, k - 4):k]):
            return []
        return [p.mention_of[k]]

    def _named_before(self, p: Parse, v: Any) -> int | None:
        """The actor named right before ", <participle>" ("the Y Front (YF), led by X"), where the parse
        hangs the participle on a noun further back or on the main verb; -1 for a name of no actor."""
        doc = v.doc
        k = v.i - 1
        if k < 1 or doc[k].text not in (",", ":", "):", "),"):
            return None
        if doc[k].text in (",", ":"):
            k -= 1
        # ("X (XF): led by Y" in a list of groups: the tokenizer may keep the bracket and the colon together)
        if doc[k].text in (")", "):", "),") and k >= 2 and p.mention_of[k - 1] >= 0 and \
                doc[k - 2].text == "(":
            k -= 3  # the acronym in brackets after the name
        m = p.mention_of[k] if k >= 0 else -1
        e = self.entity(m) if m >= 0 else None
        if e is None or p.mentions[m].kind not in ("name", "gaz"):
            return None
        if e.type in ("ArmedGroup", "Organization", "State"):
            return m
        # "the authorities in Z, led by X": a place's name inside the noun's phrase; the parse read it right
        return None if v.dep_ in ("acl", "amod") else -1

    @staticmethod
    def _in_accusation(v: Any) -> bool:
        """Whether the verb is what an accusation charges someone with ("accused ... of having armed")."""
        i = v.i - (1 if v.i > 0 and v.doc[v.i - 1].lower_ in ("having", "being") else 0)
        return i >= 2 and v.doc[i - 1].lower_ == "of" and v.lower_.endswith(("ing", "ed")) and any(
            t.lower_ in fr.ACCUSE_FORMS for t in v.doc[max(0, i - 7):i - 1])

    def _acts_as_verb(self, tok: Any) -> bool:
        """A verb the tagger took for a noun ("X and Y broker a deal"): it has a subject and an object,
        or it opens a relative clause with a subject of its own ("a group that X arms")."""
        deps = {c.dep_ for c in tok.children}
        if "nsubj" in deps and (bool(deps & {"obj", "obl"}) or tok.dep_ == "acl:relcl"):
            return True
        if self._noun_read_verb(tok) or (tok.tag_ == "NNS" and tok.dep_ == "conj"
                                         and self._noun_read_verb(tok.head)):
            return True  # "X arms and trains Y", "a militia that X arms and trains"
        # "X relies on Y" read as a noun "relies" with X as its compound: the subject the tagger missed
        return tok.tag_ == "NNS" and tok.dep_ in ("ROOT", "conj", "ccomp", "parataxis") and \
            bool(self._compound_subject(tok)) and any(
                c.dep_ in ("obj", "obl", "nmod") and c.i > tok.i for c in tok.children)

    def _noun_read_verb(self, tok: Any) -> bool:
        """A trigger verb read as a plural noun with its subject as a compound, whose object hangs on the
        verb coordinated with it ("X arms and trains Y") or which opens a relative clause ("a militia
        that X arms")."""
        if tok.tag_ != "NNS" or tok.lower_ not in VERB_FORMS or not self._compound_subject(tok):
            return False
        if tok.dep_ == "acl:relcl":
            return any(c.lower_ in ("that", "which", "whom") and c.i < tok.i for c in tok.children)
        return tok.dep_ in ("ROOT", "conj", "ccomp", "parataxis") and any(
            c.dep_ == "conj" and c.i > tok.i and c.lower_ in VERB_FORMS
            and any(x.dep_ == "obj" for x in c.children) for c in tok.children)

    @staticmethod
    def _compound_subject(tok: Any) -> list[Any]:
        return [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.tag_ == "NNP"]

    def _mention_head(self, p: Parse, tok: Any) -> bool:
        return p.mention_of[tok.head.i] != p.mention_of[tok.i] or tok.head.i == tok.i

    @staticmethod
    def _sent_force(v: Any) -> Any | None:
        """The force noun a "sent by"/"run by" participle describes ("the force sent by Y"; "a force run by Y"
        with "run" read as a noun and "force" as its compound), when an agent follows."""
        if not any(c.dep_ == "obl:agent" or c.dep_ == "obl" and _case(c) == "by" for c in v.children):
            return None
        if v.dep_ in ("acl", "amod") and v.head.lower_ in _FORCE_HEADS:
            return v.head
        return next((c for c in v.children if c.dep_ == "compound" and c.i == v.i - 1
                     and c.lower_ in _FORCE_HEADS), None)

    def sent_by(self, p: Parse, v: Any) -> None:
        """"X, the peacekeeping force sent by Y", "X, a force run by Y's ministry": the force is Y's."""
        force = self._sent_force(v)
        if force is None:
            return
        forces = [m for m in self.np(p, force, conj=False) if (e := self.entity(m)) is not None
                  and e.type in ("ArmedGroup", "Organization")]
        self.emit_frame(p, v, "passive", "member_of", forces, self.agents(p, v))

    def _sent_to(self, p: Parse, v: Any) -> list[int]:
        """Who sent the force that a purpose clause of backing is about: "soldiers sent by X to support Y",
        "troops from X were deployed to help Y", "X has 2,000 troops deployed to support Y" (the agent, the
        force's owner, or the one who has the force)."""
        head = v.head
        if v.dep_ not in ("advcl", "xcomp") or head.i == v.i or head.lower_ not in _SENDING_FORMS or not any(
                c.dep_ == "mark" and c.lower_ == "to" for c in v.children):
            return []
        found = self.agents(p, head) if self.passive(head) else []
        force = next((c for c in head.children if c.dep_ == "nsubj:pass"), None)
        if force is None and head.dep_ in ("acl", "amod") and head.tag_ == "VBN":
            force = head.head
        if found or force is None or force.lower_ not in fr.FORCE_NOUNS | fr.CONTRIBUTOR_NOUNS:
            return found
        found = self.np(p, force, conj=False)
        if not found and force.dep_ == "obj" and force.head.lower_ in ("has", "have", "had", "having"):
            found = self.subjects(p, force.head)  # "X has troops deployed to support Y"
        return found

    def lent_read_noun(self, p: Parse, tok: Any) -> None:
        """"X has lent surveillance aircraft to Y" with "lent" tagged a noun modifying the things lent: the
        name before it (or the subject of "has") lent them to the one after "to"."""
        thing = tok.head
        if thing.lower_ not in fr.AID_NOUNS or thing.i < tok.i:
            return
        to = self.obliques(thing, "to") + (self.obliques(thing.head, "to") if thing.dep_ == "obj" else [])
        lenders = [m for c in (*tok.children, *thing.children) if c.dep_ == "compound" and c.i < tok.i
                   and c.tag_ == "NNP" for m in self.np(p, c)]
        if not lenders and thing.dep_ == "obj" and thing.head.lower_ in ("has", "have", "had"):
            lenders = self.subjects(p, thing.head)
        self.emit_frame(p, tok, "verb", "backs", lenders, [m for o in to for m in self.np(p, o)])

    def requested(self, p: Parse, n: Any) -> None:
        """"X sent troops at the request of Y", "X deployed at Y's request", "X has sent troops in answer to a
        request from Y": the one who sends the force backs the state or group that asked for it (not a
        person, whose state is not named, nor a body that asks its members for troops)."""
        v = n.head
        case = _case(n)
        before = n.doc[n.left_edge.i - 1] if n.left_edge.i >= 1 else None
        if v.i == n.i or v.lower_ not in _SENDING_FORMS or not _is_verbal(v) or not (
                case in ("at", "on", "upon") or case == "to" and before is not None
                and before.lower_ in _ANSWER_NOUNS and before.head.i == v.i):
            return
        askers = [m for c in n.children
                  if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and _case(c) in ("of", "from")
                  for m in self.np(p, c) if self._type_of(p.mentions[m]) in ("State", "ArmedGroup")]
        senders = self.agents(p, v) if self.passive(v) else self.subjects(p, v)
        self.emit_frame(p, n, "action", "backs", senders, askers)

    def verb(self, p: Parse, v: Any, lemma: str) -> None:
        passive = self.passive(v)
        if v.lower_ in _SENT_FORMS and self._sent_force(v) is not None:
            return  # read by ``sent_by``
        obj_words = {c.lower_ for c in v.children if c.dep_ == "obj"}
        particles = {c.lower_ for c in v.children if c.dep_ in ("compound:prt", "advmod")}
        for f in fr.VERBS[lemma]:
            if f.particle and f.particle not in particles:
                continue
            if f.needs_obj and not (obj_words & f.needs_obj):
                continue
            slot = f.slot
            construction = "verb"
            if f.predicate == "leader_of" and passive and self._led_part(p, v):
                continue  # "a few hundred X fighters led by Y", "X's delegation was led by Y": a part of X
            if f.predicate == "leader_of" and not passive and slot == "obj":
                part = [o for o in self.objects(p, v) if o.lower_ in fr.PART_NOUNS and p.mention_of[o.i] < 0]
                if part:
                    # "Y, who heads X's negotiating team": one of X's people
                    owners = [m for c in part[0].children if c.dep_ == "nmod:poss" or (
                        c.dep_ == "nmod" and _case(c) == "of") or (c.dep_ in ("amod", "compound")
                                                                  and p.mention_of[c.i] >= 0)
                              for m in self.np(p, c)]
                    self.emit_frame(p, v, "verb", "member_of", self.subjects(p, v), owners)
                    continue
            if slot == "obj":
                if passive:
                    subj, obj, construction = self.agents(p, v), self.patients(p, v), "passive"
                    if f.predicate == "leader_of" and (named := self._named_before(p, v)) is not None:
                        # "the Front (F), led by X, ...": the name the participle follows (none when that
                        # name is no actor)
                        obj = [named] if named >= 0 else []
                else:
                    subj = self.subjects(p, v)
                    # "fought alongside Y troops" with "alongside" read as a noun: Y is no object
                    obj = [m for o in self.objects(p, v) if not any(c.lower_ in fr.ALONGSIDE and c.i < o.i
                                                                     for c in o.children)
                           for m in self.np(p, o)]
                if f.predicate == "party_to" and any(
                        c.dep_ in ("obl", "advcl", "xcomp") and _case(c) == "as" and fr.HOLDER_NOUNS.get(
                            c.lower_, ("",))[0] == "brokered" for c in v.children):
                    if not passive:
                        continue  # "X signed the accord as guarantor": a broker's signature
                    # "signed by X, by W as mediator, and by Y": W's is a broker's signature, X's and Y's not
                    subj = [m for m in subj if not self._as_broker(v.doc[self._token_of(p, m, v.i)])]
                if f.predicate == "party_to":
                    # "X signed the deal with Y", "... together with Y": Y signed it too; "signed by X for
                    # the government": the side too
                    subj = subj + [m for o in self.obliques(v, "with") + self.obliques(v, "for")
                                   if not self._as_broker(o) for m in self.np(p, o)]
                    subj += [m for c in v.children if c.dep_ in ("obl:agent", "obl")
                             for m in self._signed_for(p, c)]
                    self._signers_for(p, v, passive)
                    if passive:
                        subj += [m for m in self._listed_signers(p, v) if m not in subj]
                        if lemma == "sign":
                            subj += [m for m in self._signers_after_by(p, v) if m not in subj]
                    if lemma == "sign" and not any((e := self.entity(m)) is not None and e.type == "Agreement"
                                                   for m in obj) and any(
                            o.lower_ in _DOCUMENT_NOUNS and self.entity(p.mention_of[o.i]) is None for o in (
                                [c for c in v.children if c.dep_ == "nsubj:pass"] if passive
                                else self.objects(p, v))):
                        # "the document was signed by X", "X signed the document": the agreement in context
                        agreement = self.agreement_near(p.sentence, 2)
                        if agreement is None and self.last_agreement is not None:
                            agreement = self.entities[self.last_agreement]
                        if agreement is not None:
                            self.emit_entities_frame(p, v, construction, "party_to", subj, agreement)
                        continue
            elif slot.startswith("obl:"):
                subj = self.patients(p, v) if passive else self.subjects(p, v)
                heads = [v] + ([o for o in self.objects(p, v)] if f.needs_obj else [])
                # "pledged allegiance to Y": the parser may hang "to Y" on the noun
                obj = [m for h in heads for o in self.obliques(h, slot[4:]) for m in self.np(p, o)]
                if slot == "obl:for":
                    # "fighting on behalf of Y" is fighting for Y
                    obj += [m for o in self.obliques(v, "on") if o.lower_ == "behalf" for x in o.children
                            if x.dep_ == "nmod" and _case(x) == "of" for m in self.np(p, x)]
                if f.predicate == "evolved_from" and lemma in _SPLIT_VERBS and any(
                        c.dep_ == "obj" for c in v.children):
                    continue  # "broke its truce with X", "broke the ceasefire": no split
                if f.predicate == "evolved_from" and lemma in _SPLIT_VERBS and not passive:
                    subj = subj or self._founded_by(p, v)
                    obj = obj or (self._split_from(p, v) if slot == "obl:from" else [])
                if not obj and v.dep_ == "acl:relcl" and any(
                        c.lower_ == slot[4:] and not list(c.children) for c in v.subtree if c.i > v.i):
                    obj = self.np(p, v.head, conj=False)  # "an umbrella that Y belongs to": stranded
            elif slot == "obj>to":
                # "sent troops to Y", "sent attack drones to Y" (the parse may read "drones" apart)
                things = [o for o in v.children if o.dep_ in ("obj", "xcomp", "iobj") and (
                    o.lower_ in fr.AID_NOUNS or any(x.lower_ in fr.AID_NOUNS for x in o.children))]
                if not things and passive:
                    # "weapons supplied by X to Y", "drones were sent by X to Y": the patient is the things
                    things = [o for o in (*[c for c in v.children if c.dep_ == "nsubj:pass"],
                                          *([v.head] if v.dep_ in ("acl", "amod") else []))
                              if o.lower_ in fr.AID_NOUNS]
                if not things:
                    continue
                # "provided weapons and training to Y": "to Y" may hang on a later thing of the list
                things += [c for t in [*things, v] for c in t.children
                           if c.dep_ == "conj" and c.lower_ in fr.AID_NOUNS and c not in things]
                subj = self.agents(p, v) if passive else self.subjects(p, v)
                obj = [m for o in self.obliques(v, "to") + [x for t in things for x in self.obliques(t, "to")]
                       for m in self.np(p, o)]
                # "sold Y fighter jets": the first object is the one who gets them
                obj += [m for o in v.children if o.dep_ == "iobj" for m in self.np(p, o)]
                # ... which the parse may read as a name modifying the things ("sold [Y fighter] jets")
                obj += [m for t in things for c in t.children if c.dep_ == "compound" and (
                    c.i == v.i + 1 or c.i == v.i + 2 and v.doc[v.i + 1].tag_ == "DT")  # "gave the Y weapons"
                        and (m := p.mention_of[c.i]) >= 0 and p.mentions[m].form != "demonym"
                        and self._type_of(p.mentions[m]) in ("State", "ArmedGroup", "Organization")]
            elif slot == "to<obj":
                # "X handed Z over to Y", "Z, which X returned to Y", "Z was ceded to Y": Y holds Z
                if passive:
                    places = [c for c in v.children if c.dep_ == "nsubj:pass"]
                else:  # "handed over Z" may be read with "over" as Z's preposition
                    places = self.objects(p, v) or [c for c in v.children
                                                    if c.dep_ == "obl" and _case(c) == "over"]
                obj = [m for o in places for m in self.np(p, o)]
                if passive and not obj:
                    obj = self.patients(p, v)
                subj = [m for o in self.obliques(v, "to") + [x for t in places
                                                             for x in self.obliques(t, "to")]
                        for m in self.np(p, o)]
            elif slot == "obj~against":
                # "the war pits X against Y": the object and the "against" phrase
                subj = [m for o in self.objects(p, v) for m in self.np(p, o)]
                obj = [m for o in self.obliques(v, "against") + [x for t in self.objects(p, v)
                                                                 for x in self.obliques(t, "against")]
                       for m in self.np(p, o)]
            elif slot == "none":
                # "Y also signed": what was signed is the agreement just named
                if passive or self.objects(p, v) or any(
                        c.dep_ in ("obl", "ccomp", "xcomp") and _case(c) != "in" for c in v.children):
                    continue
                agreement = self.agreement_near(p.sentence, 1)
                if agreement is not None:
                    self.emit_entities_frame(p, v, construction, f.predicate, self.subjects(p, v), agreement)
                continue
            elif slot == "obj<":
                # "the alliance includes Y": Y is a member of the alliance, never of a deal or a place
                if passive:
                    continue
                obj = [i for i in self.subjects(p, v)
                       if (e := self.entity(i)) is not None and e.type in ("ArmedGroup", "Organization")]
                subj = [m for o in self.objects(p, v) for m in self.np(p, o)]
            elif slot in ("obj>into", "among>into"):
                # "turn X into Y": Y grew out of X; "X and Y merged into Z": Z grew out of each
                made = [m for o in self.obliques(v, "into") + [x for t in self.objects(p, v)
                                                              for x in self.obliques(t, "into")]
                        for m in self.np(p, o)]
                if passive:
                    old = self.patients(p, v) if slot == "obj>into" else []
                elif slot == "obj>into":
                    old = [m for o in self.objects(p, v) for m in self.np(p, o)]
                else:
                    old = self.subjects(p, v)
                subj, obj = made, old
            elif slot == "place>from":
                # "X seized Z from Y", "Z was captured from Y by X": a place taken from the one who held it
                places = self.patients(p, v) if passive else []
                things = [] if passive else self.objects(p, v)
                if not places and not any(self._names_place(p, o) for o in things):
                    continue
                if places and not any((e := self.entity(m)) is not None and e.type == "Place"
                                      for m in places):
                    continue
                subj = self.agents(p, v) if passive else self.subjects(p, v)
                obj = [m for o in self.obliques(v, "from") + [x for t in things
                                                              for x in self.obliques(t, "from")]
                       for m in self.np(p, o)]
                # "X captured Z, a Y stronghold", "X retook Z, the rebels' main base": the place's holder
                # (the parse hangs the apposition on the place or on the verb)
                held = [a for a in [*v.children, *(c for t in things for c in t.children)]
                        if a.lower_ in _HELD_BY and a.dep_ in ("appos", "parataxis", "amod", "conj")
                        and things and a.i > things[0].i and _after_comma(a)]
                obj += [m for a in held for c in a.children if c.dep_ in ("nmod:poss", "compound", "nsubj")
                        and c.i < a.i for m in self.np(p, c, conj=False) if m not in obj]
            elif slot == "between":
                # "years of fighting between X and Y": each against the other, however the parse hangs
                # the coordination inside the phrase
                subj = obj = self._between(p, v)
                if len(subj) < 2:
                    continue
            elif slot == "among":
                # "X and Y clashed", "X and Y exchanged fire", "X and Y fought a war": each against the other
                if passive or any(_case(c) in ("with", "against") for c in v.children
                                  if c.dep_ in ("obl", "nmod")):
                    continue
                subj = obj = self.subjects(p, v)
                if len(subj) == 1:
                    subj = obj = self._with_coordination(p, subj)  # "X and Y, which fought a border war"
                if len(subj) < 2:
                    continue
            elif slot.startswith("obl<"):
                # "Y relies on X", "Y depends on arms from X": X backs Y
                obj = self.subjects(p, v)
                subj = [m for o in self.obliques(v, "from") for m in self.np(p, o)]
                for o in self.obliques(v, slot[4:]):
                    subj += self.np(p, o)
                    subj += [m for x in o.children if x.dep_ == "nmod" and _case(x) == "from"
                             for m in self.np(p, x)]
            elif slot == "obj<from":
                if not any(o.lower_ in fr.AID_NOUNS for o in self.objects(p, v)):
                    continue
                obj = self.subjects(p, v)
                subj = [m for o in self.obliques(v, "from") + [x for t in self.objects(p, v)
                                                               for x in self.obliques(t, "from")]
                        for m in self.np(p, o)]
            elif slot == "obj>with":
                if not any(o.lower_ in fr.AID_NOUNS for o in self.obliques(v, "with")):
                    continue
                if passive:
                    subj, obj = self.agents(p, v), self.patients(p, v)
                else:
                    subj = self.subjects(p, v)
                    obj = [m for o in self.objects(p, v) for m in self.np(p, o)]
            else:
                continue
            if f.predicate == "opposes" and slot == "obj" and not passive and self._reciprocal(v):
                # "X and Y, which have fought each other since 2019": each against the other
                subj = self._with_coordination(p, subj)
                obj = subj
            if f.predicate == "opposes" and any((e := self.entity(m)) is not None and e.type == "Agreement"
                                                for m in obj):
                continue  # "X and Y struck a deal": a verb of hitting whose object is an agreement
            if f.predicate == "backs" and not subj and not passive:
                subj = self._sent_to(p, v)
            if f.predicate == "backs" and lemma == "stand" and slot in ("obl:with", "obl:by"):
                # "the minister stood with his counterpart at the ceremony": a person beside another
                subj = [m for m in subj if self._type_of(p.mentions[m]) != "Person"]
            if f.predicate == "backs" and lemma in ("assist", "help", "aid", "advise"):
                # "led the mediation, assisted by former president X": a person's help in a task is no backing
                subj = [m for m in subj if self._type_of(p.mentions[m]) != "Person"]
            accused = self._accused(p, v)
            if not accused and not passive and self._in_accusation(v):
                continue  # "X accuse military intelligence of having helped Y": the accused is no name
            if accused and not passive and slot in ("obj", "obj>to", "obj>with", "obl:against", "obl:with",
                                                    "obl:for", "obl:to", "obl:behind"):
                # "X accuses Y of arming Z", however the parse hangs it: Y is the subject, and it is a claim
                self.emit_frame(p, v, "verb", f.predicate, accused, obj, status="alleged")
                continue
            # the relative word is the object ("which Z facilitated"), read as such or as a second subject
            relative = [c for c in v.children if c.lower_ in ("which", "that") and c.i < v.i and (
                c.dep_ != "nsubj" or sum(x.dep_ == "nsubj" for x in v.children) > 1)]
            if f.predicate == "brokered" and v.dep_ == "acl:relcl" and relative and not passive and not any(
                    (e := self.entity(m)) is not None and e.type == "Agreement" for m in obj):
                # "the accord between X and Y, which Z facilitated": the clause hung on a side (the
                # relative word may be read as a second subject)
                subj = [m for c in v.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that")
                        for m in self.np(p, c)]
                h = v.head
                for _ in range(3):
                    if h.dep_ not in ("nmod", "conj") or h.head.i == h.i:
                        break
                    h = h.head
                    m = p.mention_of[h.i]
                    if m >= 0 and (e := self.entity(m)) is not None and e.type == "Agreement":
                        obj = [m]
                        break
            if f.predicate == "brokered" and not obj:
                patient = [o for o in (self.objects(p, v) if not passive else
                                       [c for c in v.children if c.dep_ == "nsubj:pass"] or
                                       ([v.head] if v.dep_ in ("acl", "amod") else []))]
                if any(o.lower_ in fr.TALK_NOUNS for o in patient):
                    agreement = self.agreement_near(p.sentence, 1)
                    if agreement is None and any(o.lower_ in fr.TALK_NOUNS and any(
                            c.dep_ in ("det", "nmod:poss") and c.lower_ in _DEFINITE for c in o.children)
                            for o in patient):
                        # "the talks were mediated by X", "X chaired the talks": the talks of the agreement
                        # the text is about, however far back it was named (not "five rounds of trade talks")
                        agreement = self._agreement_in_context()
                    if agreement is not None:
                        self.emit_entities_frame(p, v, construction, "brokered", subj, agreement)
                continue
            if f.predicate == "governs" and subj and all(
                    self.mentions[m].kind == "pronoun" and self.mentions[m].text.lower() == "it"
                    and ((e := self.entity(m)) is None or e.type != "Agreement") for m in subj):
                # "It covers the whole of Z" after a sentence about the accord, with "it" resolved to another
                # antecedent: what covers a place is the agreement just named
                agreement = self.agreement_near(p.sentence, 2)
                status, _speakers = self.frame_status(p, v, f.predicate)
                if agreement is not None and status is not None:
                    rule = rule_for(construction, f.predicate)
                    conf = rule.confidence
                    for place in [e for m in obj if (e := self.entity(m)) is not None and e.type == "Place"]:
                        self.emit_entities(agreement, "governs", place, p.sentence, rule, status, conf)
                continue
            if f.predicate == "governs" and not passive and self._parts_of_it(p, v):
                # "Its core chapters apply to Z" with "its" resolved to an actor: an actor has no chapters,
                # the agreement just named has
                subj = self._agreement_before(p, v) or [
                    m.index for m in self.by_sentence[p.sentence.index - 1] if p.sentence.index > 0
                    and (e := self.entity(m.index)) is not None and e.type == "Agreement"][-1:]
            if f.predicate == "governs" and not passive and v.dep_ in ("acl:relcl", "conj") and lemma in (
                    "cover", "apply", "extend", "govern", "establish", "create", "demarcate",
                    "delimit") and not any(
                    (e := self.entity(m)) is not None and e.type == "Agreement" for m in subj):
                # "the truce agreed in X in 1994, which covers Z", "the accord, negotiated by X and
                # facilitated by Y, applied to Z": the clause hung on a noun in between; what covers a
                # place is the agreement named before it in the sentence
                subj = self._agreement_before(p, v)
            if f.predicate == "controls" and slot == "obj" and not passive and any(
                    self._a_part(o) for o in self.objects(p, v)):
                # "dominate much of Z", "held several districts of Z": a part is no hold of Z (the places
                # the phrase names with "including" are held)
                obj = [m for o in self.objects(p, v) for m in (
                    [x for c in [*o.children, *v.children] if c.dep_ in ("nmod", "appos", "obl")
                     and _case(c) == "including" for x in self.np(p, c)]
                    if self._a_part(o) else self.np(p, o))]
            if f.predicate == "controls" and any(
                    c.lower_ in _LOSING_FORMS for c in v.children if c.dep_ == "conj" and c.i > v.i):
                continue  # "Z, which X captured and then handed over to Y": X holds it no more
            self.emit_frame(p, v, construction, f.predicate, subj, obj)

    @staticmethod
    def _a_part(o: Any) -> bool:
        """"much of Z", "parts of Z", "several districts of Z": a part of the place after "of"."""
        if not any(c.dep_ == "nmod" and _case(c) == "of" for c in o.children):
            return False
        return o.lower_ in _PART_WORDS or o.tag_ == "NNS" and any(
            c.lower_ in ("several", "some", "few", "many") for c in o.children if c.dep_ in ("amod", "det"))

    def _parts_of_it(self, p: Parse, v: Any) -> bool:
        """The verb's subject is "its" parts ("its core chapters", "its terms"), with "its" read as no
        agreement."""
        for c in v.children:
            if c.dep_ == "nsubj" and c.lower_ in _AGREEMENT_PARTS:
                return any(x.dep_ == "nmod:poss" and x.lower_ == "its" and (
                    (e := self.entity(p.mention_of[x.i])) is None or e.type != "Agreement")
                           for x in c.children if p.mention_of[x.i] >= 0)
        return False

    def _agreement_before(self, p: Parse, v: Any) -> list[int]:
        """The last agreement the sentence names before the verb (none past a clause of its own)."""
        for t in reversed(v.doc[:v.i]):
            if t.text == ";":
                break
            m = p.mention_of[t.i]
            if m >= 0 and (e := self.entity(m)) is not None and e.type == "Agreement":
                return [m]
        return []

    @staticmethod
    def _as_broker(o: Any) -> bool:
        """"with X as facilitator", "with X and Y as guarantors": brokers, not sides (the "as" phrase on the
        name or right after it on the verb)."""
        after = [c for c in o.head.children if c.i > o.i and c.dep_ in ("obl", "advcl", "xcomp")]
        return any(c.dep_ in ("nmod", "acl", "obl", "advcl", "xcomp") and any(
            x.lower_ == "as" and x.dep_ in ("case", "advmod", "mark") for x in c.children) and
            fr.HOLDER_NOUNS.get(c.lower_, ("",))[0] == "brokered"
            for c in [c for x in (o, *o.conjuncts) for c in x.children] + after[:1])

    def _names_place(self, p: Parse, o: Any) -> bool:
        """Whether an object names a place: a place's name, or "the town of Z", "the hub"."""
        m = p.mention_of[o.i]
        if m >= 0:
            return (e := self.entity(m)) is not None and e.type == "Place"
        return o.lower_ in _PLACE_KIND_NOUNS

    @staticmethod
    def _reciprocal(v: Any) -> bool:
        """Whether the verb's object is "each other" or "one another"."""
        return any(c.dep_ == "obj" and (
            c.lower_ == "each" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "other"
            or c.lower_ == "other" and c.i > 0 and c.nbor(-1).lower_ == "each"
            or c.lower_ == "one" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "another")
            for c in v.children)

    def _with_coordination(self, p: Parse, found: list[int]) -> list[int]:
        """The mentions with every name coordinated with them ("X and Y, which ...": Y stands for both)."""
        out = list(found)
        for tok in p.doc:
            m = p.mention_of[tok.i]
            if m not in found:
                continue
            whole = tok.head if tok.dep_ == "conj" and p.mention_of[tok.head.i] >= 0 else tok
            out += [x for x in self.np(p, whole) if x not in out]
        return out

    def _between(self, p: Parse, head: Any) -> list[int]:
        """The actors of a "between X and Y" phrase on ``head``, over every conjunct inside it."""
        out: list[int] = []
        for o in self.obliques(head, "between"):
            for t in [o, *[x for x in o.subtree if x.dep_ == "conj"]]:
                out += [m for m in self.np(p, t, conj=False) if m not in out]
        return out

    def holder(self, p: Parse, n: Any) -> None:
        predicate, direction = fr.HOLDER_NOUNS[n.lower_]
        if any(c.lower_ in fr.HEAD_MODIFIERS for c in n.children if c.dep_ in ("amod", "compound")) or (
                n.i + 2 < len(n.doc) and n.nbor(1).text == "-" and n.nbor(2).lower_ == "general"):
            predicate = "leader_of"  # "Prime Minister", "Supreme Leader", "Secretary-General"
        if p.mention_of[n.i] >= 0 and p.mentions[p.mention_of[n.i]].kind in ("name", "gaz"):
            return  # "Party" in a party's name
        if n.i >= 2 and n.nbor(-1).text == "-" and n.nbor(-2).lower_ == "non":
            return  # "the two strongest non-signatories, X and Y": the opposite
        if predicate == "allied_with" and any(c.lower_ in _TRADE_WORDS for c in n.children
                                              if c.dep_ in ("amod", "compound")):
            return  # "X is Y's largest trading partner": trade, no alliance
        owners: list[int] = []
        appositions: list[int] = []
        described: list[int] = []
        holders_in: list[int] = []
        fixed_status: str | None = None
        named: list[int] = []
        part_role = False
        for c in n.children:
            if c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and _case(c) == "of") or (
                    # "Y, of which both states are members": the relative word read as the clause's oblique
                    c.dep_ == "obl" and _case(c) == "of" and c.lower_ in ("which", "whom")) or (
                    c.dep_ == "nmod" and _case(c) == "for" and n.lower_ in fr.SPEAKS_FOR) or (
                    c.dep_ == "nmod" and _case(c) == "to" and n.lower_ in ("successor", "heir")):
                # "the President of X, Y, met ...": the name in apposition read as a conjunct of the owner
                found = self._conj_apposed_person(p, n, c)
                owners += [m for m in self.np(p, c) if m not in found]
                # "a spokesman for X, Y, said": the parse may hang the name on X
                found += [m for x in c.children if x.dep_ == "appos"
                          for m in self.np(p, x, conj=False)
                          if (e := self.entity(m)) is not None and e.type == "Person"]
                named += found
                appositions += found
            elif c.dep_ == "nmod" and _case(c) == "in" and predicate == "backs" and direction == "h>o" and \
                    any(x.dep_ == "nmod:poss" for x in n.children):
                # "Y's patrons in X": the state they sit in
                holders_in += [m for m in self.np(p, c)
                               if (e := self.entity(m)) is not None and e.type == "State"]
            elif c.dep_ == "nmod" and _case(c) in ("in", "within") and predicate in _ROLES:
                owners += self.np(p, c)
                if predicate == "leader_of":
                    predicate = "member_of"  # "a commander in X" is one of its commanders
            elif c.dep_ in ("amod", "compound") and p.mention_of[c.i] >= 0 and predicate in _TIES and (
                    poss := [x for x in c.children if x.dep_ == "nmod:poss"]):
                owners += self.np(p, poss[0])  # "Y's main Arab ally" with "Y's" hung on the modifier
            elif c.dep_ in ("amod", "compound") and p.mention_of[c.i] >= 0:
                described.append(p.mention_of[c.i])
            elif c.dep_ == "compound" and c.i < n.i and c.lower_ in fr.PART_NOUNS and (
                    inner := [p.mention_of[x.i] for x in c.children
                              if x.dep_ in ("compound", "amod") and p.mention_of[x.i] >= 0]):
                # "the government panel chair X", "Y delegation chief X": one of the people of Y, not its head
                described += inner
                part_role = True
                if predicate == "leader_of":
                    predicate = "member_of"
        # "the X ally", "ECOWAS members": a name before the noun is its owner; with an owner named
        # otherwise ("Tehran's main Arab ally", "the junta's Russian partners") it says who holds it
        owners += described if not owners else []
        if not owners and predicate in _TIES:
            # "jets supplied by its close ally X": the role read as a modifier of the name, with the possessor
            # hung on the name; "his nationalist ally X" with the possessor hung on the modifier
            owners = [m for c in n.head.children if n.dep_ == "compound" and n.head.i > n.i
                      and c.dep_ == "nmod:poss" and c.i < n.i for m in self.np(p, c)] or [
                m for c in n.children if c.dep_ in ("amod", "compound") and c.i < n.i
                and p.mention_of[c.i] < 0 for x in c.children if x.dep_ == "nmod:poss" for m in self.np(p, x)]
            if owners and not any(c.lower_ in fr.NEGATORS or c.lower_ in fr.OVER_ADJECTIVES
                                  for c in n.children) and (
                    n.dep_ == "compound" or any(c.dep_ in ("flat", "appos") for c in n.children)):
                # "his ally X": the narrator's description, whatever the clause says
                fixed_status = "asserted"
        first = n.head if n.dep_ == "conj" and n.head.lower_ in fr.HOLDER_NOUNS and _is_noun(n.head) else None
        if first is not None and predicate in _TIES and any(
                c.dep_ == "nmod:poss" and c.tag_ == "PRP$" for c in n.children):
            # "X, Y's closest ally and its main arms supplier": the pronoun is the first role's owner
            named = [m for c in first.children if c.dep_ == "nmod:poss" and c.tag_ != "PRP$"
                     for m in self.np(p, c)]
            owners = named or owners
        if not owners and n.dep_ == "conj" and (n.head.lower_ in fr.HOLDER_NOUNS or n.head.lower_ in (
                "founder", "co-founder")):
            # "its founder and leader, X": the owner is on the first noun
            owners = [m for c in n.head.children
                      if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and _case(c) == "of"
                      for m in self.np(p, c)]
        holders: list[int] = []
        if n.dep_ in ("appos", "compound", "flat", "nmod:desc") and n.head.i != n.i:
            # "X and Y, Z's main backers": a plural apposition describes every conjunct
            holders += self.np(p, n.head, conj=n.tag_ == "NNS")
            near = self._before_comma(p, n) if n.dep_ == "appos" and predicate in _ROLES else None
            if near is not None and self._type_of(p.mentions[near]) == "Person" and not any(
                    self._type_of(p.mentions[m]) == "Person" for m in holders):
                # "the accord, mediated by President X, the current chairman of Y, ...": a person's role
                # in apposition describes the person named right before it, wherever the parse hung it
                holders = [near]
            if n.dep_ != "appos" and not owners:
                # "President X of Y": the title's "of" hangs on the name
                owners += [m for c in n.head.children if c.dep_ == "nmod" and _case(c) == "of"
                           for m in self.np(p, c)]
            if n.dep_ == "appos" and not owners and n.i + 1 < len(n.doc) and n.nbor(1).lower_ == "of":
                # "X, commander of Y's armed wing, the Z, ..." with "of ..." hung on the name: the role's own
                # (a part in apposition to its name stands for it)
                for c in n.head.children:
                    if c.dep_ == "nmod" and _case(c) == "of" and c.left_edge.i == n.i + 1:
                        named_part = self._after_comma(p, c) if c.lower_ in fr.PART_NOUNS else []
                        owners += named_part or self.np(p, c)
                        if c.lower_ in fr.PART_NOUNS and not named_part and predicate == "leader_of":
                            predicate = "member_of"  # "X, commander of Y's fighters": one of Y's people
        if n.dep_ == "conj" and not any(c.dep_ in ("cc", "nsubj") for c in n.children) and (
                n.left_edge.text == "," or n.left_edge.i > 0 and n.doc[n.left_edge.i - 1].text == ","):
            # "X and Y, Z's main backers,": an apposition read as a conjunct; a singular one describes
            # the name right before it ("X and Y, long the movement's protector,": Y)
            near = self._before_comma(p, n) if n.tag_ != "NNS" else None
            holders += [near] if near is not None else self.np(p, n.head)
        # "its leader, X, will return": a name in apposition to the role is the narrator's, whatever
        # the clause around it claims
        apposed = any(c.dep_ == "appos" for c in n.children) or bool(named)
        if named:
            # "The leader of Y, X, rejected ...": the role is the narrator's, whatever the clause claims
            if any(c.lower_ in fr.NEGATORS or c.lower_ in fr.OVER_ADJECTIVES for c in n.children):
                return
            fixed_status = "asserted"
        for c in n.children:
            if c.dep_ in ("appos", "nsubj", "flat") or (c.dep_ == "compound" and c.i > n.i):
                holders += self.np(p, c)
            if c.dep_ == "nsubj" and predicate == "member_of" and (m := p.mention_of[c.i]) >= 0 and \
                    p.mentions[m].kind == "pair":
                holders.append(m)  # "Both countries are members of Y": the two sides named before
        holders += self._participle_subject(p, n)
        if n.dep_ == "nmod" and _case(n) == "of" and n.head.lower_ == "one" and n.tag_ in ("NNS", "NNPS"):
            holders += self._one_of_holders(p, n.head)  # "X is one of the main backers of Y"
            if predicate == "leader_of":
                predicate = "member_of"  # "one of the leaders of Y" is one of its people, not its head
        if n.dep_ in ("nsubj", "nsubj:pass") and n.head.i != n.i:
            h = n.head
            if _is_noun(h):
                holders += self.np(p, h)
            elif h.lower_ in ("include", "includes", "included", "including", "are", "were", "is", "was"):
                holders += [m for o in self.objects(p, h) for m in self.np(p, o)]
        if n.dep_ in ("obj", "xcomp", "ccomp") and n.head.lower_ in _BECOMING_VERBS:
            # "X has become Y's main arms supplier", "X remains their main sponsor": the verb's subject holds
            # the role, however the parse hung the noun on it
            holders += self.subjects(p, n.head)
        if n.dep_ in ("obj", "xcomp") and n.head.lower_ in _NAMING_VERBS:
            # "X made Y its main partner", "they named Y their leader": the other object holds the role
            holders += [m for c in n.head.children if c.dep_ in ("obj", "iobj") and c.i != n.i
                        for m in self.np(p, c)]
        if n.dep_ in ("obj", "xcomp") and n.head.lower_ in _NAMING_VERBS and any(
                c.lower_ in ("himself", "herself", "themselves", "itself")
                for c in [*n.children, *n.head.children]):
            holders += self.subjects(p, n.head)  # "Y named himself head of X": the one who names
        # "Y was elected president of X", "Y is appointed commander of X" (with the participle read as the
        # role's modifier too): the passive's subject holds the role
        for v in [n.head] if n.dep_ in ("obj", "xcomp") else [c for c in n.children if c.dep_ == "amod"]:
            if v.lower_ in _NAMING_VERBS and v.tag_ == "VBN" and self.passive(v):
                holders += [m for c in v.children if c.dep_ == "nsubj:pass" for m in self.np(p, c)]
        if n.dep_ in ("obl", "xcomp", "advcl", "nmod") and _case(n) == "as":
            # "X acted as mediator"; "..., with X as facilitator": the "with" phrase is the holder
            with_ = [c for c in n.head.children
                     if c.dep_ in ("obl", "nmod") and _case(c) == "with" and c.i < n.i]
            if with_:
                holders += self.np(p, with_[-1])
            elif n.head.lower_ in _CHOOSING_VERBS and (
                    objs := [c for c in n.head.children if c.dep_ == "obj"]):
                holders += self.np(p, objs[0])  # "they chose X as chairman of Y": the object holds the role
            elif n.head.lower_ in fr.VIEW_VERBS and predicate in _TIES and (
                    objs := [c for c in n.head.children if c.dep_ == "obj"]):
                # "X sees Y as its main ally", "X regards Y as an enemy": Y holds the role, X's if no other's
                holders += self.np(p, objs[0])
                owners = owners or self.subjects(p, n.head)
            elif _is_verbal(n.head):
                holders += self.subjects(p, n.head)
            else:
                holders += self.np(p, n.head, conj=False)
        if n.dep_ == "nmod" and _case(n) in ("among", "between") and _is_noun(n.head):
            holders += self.np(p, n.head)
        # "X is Y's main enemy" with "'s" read as a second copula and Y as a second subject: Y owns the role
        # (the parse may hang both subjects on an adjective of the noun: "Y's most dangerous enemy")
        for h in [n, *(c for c in n.children if c.dep_ == "amod" and c.i < n.i)]:
            subjects = [c for c in h.children if c.dep_ == "nsubj"]
            misread = [c for c in subjects[1:] if c.i + 1 < h.i and c.nbor(1).dep_ == "cop"
                       and c.nbor(1).lower_ in ("'s", "’s") and c.nbor(1).head.i == h.i]
            if misread and not owners:
                owners = self.np(p, misread[0])
                holders = [m for m in holders + self.np(p, subjects[0]) if m not in owners]
                break
        # "his long-time backer, X": an apposition read as a conjunct
        holders += [m for c in n.children if self._apposed_conj(c) for m in self.np(p, c, conj=False)]
        # not a name across a ";" from the role: another clause's subject the parse strung onto it
        holders = [m for m in holders if _same_clause(n, n.doc[self._token_of(p, m, n.i)])]
        if predicate == "controls":
            # "X's stronghold in Z", "its stronghold of Z", "Z, an X stronghold": the place is what is held,
            # the actor holds it, wherever the parse hung them
            after = [c for c in n.children if c.dep_ == "nmod" and _case(c) == "in"]
            k = n.right_edge.i + 1
            if not after and k + 1 < len(n.doc) and n.doc[k].lower_ == "in" and n.doc[k].head.i > k:
                after = [n.doc[k].head]  # "spoke at X's stronghold in Z" with "in Z" hung on the verb
            place = n.head if n.dep_ == "appos" else n
            if _case(n) in ("out of", "from") or place.dep_ == "obj" and VERB_FORMS.get(
                    place.head.lower_) in _TAKING_VERBS:
                return  # "drove them out of their stronghold", "captured Z, an X stronghold": held no more
            both = list(dict.fromkeys(owners + holders + [m for c in after for m in self.np(p, c)]))
            holders = [m for m in both if self._type_of(self.mentions[m]) == "Place"]
            owners = [m for m in both if m not in holders]
        if not holders:
            holders = appositions or holders_in
        if not holders and first is not None and predicate in _TIES:
            # "X — Y's closest ally and its main arms supplier —": the second role's holder is the first's
            holders = [m for c in first.children if c.dep_ in ("nsubj", "appos") for m in self.np(p, c)]
            if not holders and first.dep_ == "appos" and first.head.i != first.i:
                holders = self.np(p, first.head, conj=False)
        if not holders and n.dep_ == "nmod" and _case(n) == "of" and n.head.lower_ in _PARTITIVES and \
                n.head.i != n.i:
            # "X is one of Y's main arms suppliers", "X, one of Y's backers, ...": the one the number is
            one = n.head
            holders = [m for c in one.children if c.dep_ in ("nsubj", "nsubj:pass") for m in self.np(p, c)]
            if not holders and one.dep_ == "appos" and one.head.i != one.i:
                holders = self.np(p, one.head, conj=False)
            if predicate == "leader_of":
                predicate = "member_of"  # "X, one of the leaders of Y": one of its people, not its head
        if not holders and n.dep_ == "conj" and _is_verbal(n.head) and any(
                c.dep_ == "cop" for c in n.children):
            # "X, which dominates Y and has long been Z's closest partner": the coordinated verb's subject
            holders = self.subjects(p, n.head)
        if not holders and predicate in _TIES and n.dep_ == "conj" and any(
                c.dep_ == "cc" for c in n.children):
            # "X, head of the Y movement and Z's closest ally": the second role of an apposition the parse
            # coordinated inside the first role's phrase
            up = n.head
            for _ in range(3):
                if up.dep_ == "appos" and (up.lower_ in fr.HOLDER_NOUNS or up.lower_ in fr.ROLE_NOUNS):
                    holders = [m for m in self.np(p, up.head, conj=False)]
                    break
                if p.mention_of[up.i] >= 0 and any(
                        c.dep_ == "appos" and up.i < c.i < n.i and (
                            c.lower_ in fr.HOLDER_NOUNS or c.lower_ in fr.ROLE_NOUNS) for c in up.children):
                    holders = [p.mention_of[up.i]]  # ... or coordinated with the name itself
                    break
                if up.dep_ not in ("nmod", "conj") or up.head.i == up.i:
                    break
                up = up.head
        if not holders and owners and described and not set(described) & set(owners):
            holders = described  # "the junta's Russian partners"
        near = self._before_comma(p, n) if not holders and (n.dep_ not in ("nsubj", "nsubj:pass") or
                                                            self._opens_sentence(n)) else None
        if not holders and near is None and n.dep_ in ("nsubj", "nsubj:pass") \
                and (k := self._before_comma(p, n)) is not None \
                and any(c.dep_ in ("vocative", "dislocated") and p.mention_of[c.i] == k
                        for c in n.head.children):
            near = k  # "X, the head of Y, praised ..." with X read as a vocative beside the subject
        if near is not None:
            holders = [near]  # "X, the envoy for Y, ...": an apposition the parse hung elsewhere
            if n.dep_ in ("nsubj", "nsubj:pass") and predicate in _TIES:
                # "X, the main backer of Y, denied the report": the apposition is the narrator's
                own = "asserted" if not any(c.lower_ in fr.NEGATORS or c.lower_ in fr.OVER_ADJECTIVES
                                            for c in n.children) else None
                if own is None:
                    return
                fixed_status = own
        if not holders and owners:
            holders = self._after_comma(p, n)  # "X and its armed wing, the Y, ..."
            apposed = bool(holders)
        if not holders and n.i + 1 < len(n.doc) and (m := p.mention_of[n.i + 1]) >= 0 and \
                self._type_of(p.mentions[m]) == "Person":
            holders = [m]  # "EU foreign policy chief X says ...": the name right after its role
        if n.lower_ in ("members", "member", "parties", "signatories"):
            # "members of X, including Y": the "including" phrase, on the noun or on its owner
            for x in [n, *[c for c in n.children if c.dep_ == "nmod"]]:
                holders += [m for c in x.children if c.dep_ in ("nmod", "obl", "appos")
                            and _case(c) in ("including", "such as", "among") for m in self.np(p, c)]
        if predicate in ("allied_with", "opposes") and not owners and len(holders) > 1:
            self.emit_frame(p, n, "holder", predicate, holders, holders)  # "X and Y are close allies"
            return
        if part_role:
            holders = [m for m in holders if self._type_of(p.mentions[m]) == "Person"]
        if not holders:
            return
        if predicate == "leader_of" and self._subordinate(p, n):
            predicate = "member_of"
        if n.lower_ in ("counterpart", "counterparts") and self._head_counterpart(p, n):
            predicate = "leader_of"  # "President X and his Y counterpart, Z": Z heads Y as X heads his own
        if predicate == "member_of" and any(c.lower_ in fr.SPLIT_MODIFIERS for c in n.children):
            predicate = "evolved_from"  # "a dissident unit of X", "a breakaway faction of X"
        actors = [m for m in owners if (e := self.entity(m)) is not None and e.type != "Agreement"]
        if predicate == "brokered" and actors and len(actors) == len(owners):
            # "X, whose chief mediator, Y, ...": Y is one of X's people, and a broker of the agreement
            self.emit_frame(p, n, "holder", "member_of", holders, actors, descriptive=apposed)
            owners = []
        if predicate in ("brokered", "party_to") and not owners:
            agreement = self.agreement_near(p.sentence, 2)
            if agreement is None:
                return
            self.emit_entities_frame(p, n, "holder", predicate, holders, agreement)
            return
        if predicate == "backs" and not owners:
            return
        if direction == "o>h":
            holders, owners = owners, holders
        if predicate == "allied_with":
            # "X, Y's main partner in the war against Z": both wage that war
            enemies = [m for c in n.children if c.dep_ in ("nmod", "obl") and _case(c) == "in"
                       and fr.ACTION_NOUNS.get(c.lower_) == "opposes"
                       for x in c.children if x.dep_ == "nmod" and _case(x) in ("against", "on")
                       for m in self.np(p, x)]
            self.emit_frame(p, n, "holder", "opposes", holders + owners, enemies, descriptive=apposed,
                            status=fixed_status)
        self.emit_frame(p, n, "holder", predicate, holders, owners, descriptive=apposed, status=fixed_status)

    @staticmethod
    def _opens_sentence(n: Any) -> bool:
        """"X, the main backer of Y, denied ...": the phrase of ``n`` follows the sentence's first name and a
        comma (the parse may make the role the verb's subject)."""
        left = n.left_edge.i
        while left < n.i and n.doc[left].is_punct:
            left += 1
        return left >= 2 and n.doc[left - 1].text == "," and all(t.tag_ == "DT" for t in n.doc[:left - 2])

    @staticmethod
    def _token_of(p: Parse, m: int, default: int) -> int:
        """The first word of the sentence that mention ``m`` covers (``default`` when none does)."""
        return next((i for i, x in enumerate(p.mention_of) if x == m), default)

    def _head_counterpart(self, p: Parse, n: Any) -> bool:
        """Whether the person a "counterpart" is compared with is named as a head of state or government."""
        people = [p.mentions[m] for t in n.doc[:n.i] if (m := p.mention_of[t.i]) >= 0
                  and p.mentions[m].kind != "pronoun" and (e := self.entity(m)) is not None
                  and e.type == "Person"]
        if not people:
            return False
        last = people[-1]
        before = self.body[max(p.sentence.start, last.start - 30):last.start]
        # the title may open the person's mention ("President X") or stand right before it
        return _HEAD_TITLE_BEFORE.search(before) is not None or \
            _HEAD_TITLE_BEFORE.search(last.text.rsplit(" ", 1)[0] + " ") is not None

    def force_of(self, p: Parse, n: Any) -> None:
        """"X, the army of Y, ...", "X — formally the army of Y —": the named group is Y's force, part of
        Y."""
        head = p.mention_of[n.head.i]
        if head < 0 or p.mentions[head].kind != "name" or self._type_of(p.mentions[head]) != "ArmedGroup":
            return
        owners = [m for c in n.children if c.dep_ == "nmod" and _case(c) == "of" and p.mention_of[c.i] >= 0
                  and p.mentions[p.mention_of[c.i]].kind in ("name", "gaz")
                  for m in self.np(p, c, conj=False)
                  if self._type_of(p.mentions[m]) in ("State", "Organization", "ArmedGroup") and m != head]
        self.emit_frame(p, n, "holder", "member_of", [head], owners, descriptive=True)

    def state_unit(self, p: Parse, poss: Any) -> None:
        """"X's 14th Motor Rifle Division", "X's Revolutionary Guards": a named unit of a kind only a state's
        forces have, owned by a state, is part of that state."""
        unit = p.mention_of[poss.head.i]
        state = p.mention_of[poss.i]
        if unit == state or p.mentions[unit].kind != "name" or \
                p.mentions[unit].text.split()[-1] not in fr.STATE_UNIT_HEADS:
            return
        if self._type_of(p.mentions[state]) != "State" or self._type_of(p.mentions[unit]) != "ArmedGroup":
            return
        self.emit_frame(p, poss.head, "holder", "member_of", [unit], [state], descriptive=True)

    def body_of_members(self, p: Parse, n: Any) -> None:
        """"Y, an alliance of A, B and C", "Y is a coalition of A and B": the named actors of the "of" phrase
        are members of the body the noun describes (in apposition, or as the predicate of "be")."""
        if p.mention_of[n.i] >= 0 and p.mentions[p.mention_of[n.i]].kind in ("name", "gaz"):
            return  # "Alliance" in a name
        named = [c for c in n.children if c.dep_ == "nmod" and _case(c) == "of" and p.mention_of[c.i] >= 0
                 and p.mentions[p.mention_of[c.i]].kind in ("name", "gaz")
                 and not (c.i + 1 < len(c.doc) and c.nbor(1).text == "-")]  # not "of X-backed factions"
        if not named:
            return  # "an alliance of rebel movements", "an umbrella of X-backed factions": no one named
        rest = [c for c in n.head.conjuncts if c.i > named[0].i] if n.dep_ == "appos" else []
        if rest and not any(x.dep_ == "cc" for x in rest[0].children):
            named += rest  # "Y, an alliance of A, B and C" with B and C hung on Y: the list goes on
        members = [m for k, c in enumerate(named) for m in self.np(p, c, conj=k == 0)
                   if p.mentions[m].kind in ("name", "gaz")
                   and (e := self.entity(m)) is not None
                   and e.type in ("ArmedGroup", "Organization", "State")]
        if n.dep_ == "appos":
            body = self.np(p, n.head, conj=False)
        elif any(c.dep_ == "cop" for c in n.children):
            body = [m for c in n.children if c.dep_ == "nsubj" for m in self.np(p, c, conj=False)]
        else:
            return
        body = [m for m in body if (e := self.entity(m)) is not None
                and e.type in ("ArmedGroup", "Organization") and m not in members]
        self.emit_frame(p, n, "holder", "member_of", members, body, descriptive=True)

    def one_of(self, p: Parse, n: Any) -> None:
        """"X is one of the most powerful groups in Y", "X, one of the factions of Y": X is a member of Y."""
        owners = [m for c in n.children if c.dep_ == "nmod" and _case(c) in ("in", "of", "within")
                  for m in self.np(p, c)]
        owners = [m for m in owners
                  if self._type_of(p.mentions[m]) in ("ArmedGroup", "Organization", "State")]
        holders = [m for m in self._one_of_holders(p, n.head) if m not in owners]
        self.emit_frame(p, n, "holder", "member_of", holders, owners, descriptive=True)

    def _one_of_holders(self, p: Parse, one: Any) -> list[int]:
        """Who "one of the ..." describes: the copula's subject, the name it is apposed to, or the name right
        before its comma."""
        if any(c.dep_ == "cop" for c in one.children):
            return [m for c in one.children if c.dep_ == "nsubj" for m in self.np(p, c)]
        if one.dep_ == "appos" and p.mention_of[one.head.i] >= 0:
            return self.np(p, one.head, conj=False)
        near = self._before_comma(p, one, brackets=True)
        return [near] if near is not None else []

    def _participle_subject(self, p: Parse, n: Any) -> list[int]:
        """"X, led by Y, is a member of Z": the parse may make X the subject of the participle between
        commas and leave the copula's noun with none; X is the noun's subject all the same."""
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in n.children) or \
                not any(c.dep_ == "cop" for c in n.children):
            return []
        return [m for a in n.children if a.dep_ == "advcl" and a.tag_ == "VBN" and a.i < n.i
                and n.doc[a.i - 1].text == "," for s in a.children if s.dep_ == "nsubj" and s.i < a.i
                for m in self.np(p, s)]

    def _conj_apposed_person(self, p: Parse, n: Any, owner: Any) -> list[int]:
        """"The President of X, Y, met ...": a person right after the owner's comma, read as its conjunct,
        is the name of the role ``n`` (one role, so one name: not "the envoys of X, Y and Z")."""
        if n.tag_ in ("NNS", "NNPS") or p.mention_of[owner.i] < 0 or \
                self._type_of(p.mentions[p.mention_of[owner.i]]) == "Person":
            return []
        for x in owner.children:
            if x.dep_ != "conj":
                continue
            m = p.mention_of[x.i]
            if m < 0 or x.doc[x.i - 1].text != "," or any(c.dep_ == "cc" for c in x.children) or \
                    self._type_of(p.mentions[m]) != "Person":
                return []
            return [m]
        return []

    def _subordinate(self, p: Parse, n: Any) -> bool:
        """"a commander of X", "X's foreign policy chief", "X's chief of staff": one of its people, not its
        head."""
        for c in n.children:
            low = c.lower_
            if low in ("a", "an", "another", "one") and n.lower_ in fr.INDEFINITE_MEMBER:
                return True
            if c.dep_ in ("amod", "compound") and p.mention_of[c.i] < 0 and low in fr.SUBORDINATE_MODIFIERS:
                return True
            if c.dep_ == "nmod" and _case(c) == "of" and p.mention_of[c.i] < 0 and \
                    any(x.dep_ == "nmod:poss" for x in n.children):
                return True
        return False

    def action(self, p: Parse, n: Any) -> None:
        predicate = fr.ACTION_NOUNS[n.lower_]
        if n.lower_.startswith("front") and any(c.lower_ in ("united", "common", "joint", "broad", "popular",
                                                             "single", "national") for c in n.children):
            return  # "a united front between X and Y" is no line between enemies
        agents: list[int] = []
        patients: list[int] = []
        between: list[int] = []
        has_poss = any(c.dep_ == "nmod:poss" for c in n.children) or _case(n) == "in"  # "in support of Y"
        patient_preps = fr.PATIENT_PREPS.get(predicate, frozenset())
        for c in n.children:
            prep = _case(c)
            if c.dep_ == "nmod:poss":
                agents += self.np(p, c)
            elif c.dep_ in ("amod", "compound") and p.mention_of[c.i] >= 0 and c.i < n.i:
                agents += [p.mention_of[c.i]]
            elif c.dep_ in ("nmod", "obl") and prep == fr.BETWEEN:
                between += self.np(p, c)
            elif c.dep_ in ("nmod", "acl") and prep in patient_preps and not (
                    prep == "of" and not has_poss and (predicate == "backs" or _case(n) == "under")) and not (
                    prep == "of" and n.lower_ in ("hands", "grip")):  # "in the hands of X": X holds
                patients += self.np(p, c)
            elif c.dep_ == "nmod" and prep in fr.AGENT_PREPS and not (
                    prep == "of" and has_poss and n.lower_ not in ("hands", "grip")):
                agents += self.np(p, c)
                # "attacks by X on Y": the parse may hang "on Y" on X
                patients += [m for x in c.children if x.dep_ == "nmod" and _case(x) in patient_preps
                             and _case(x) != "of" for m in self.np(p, x)]
        if predicate in _TIES and n.dep_ == "obl" and _case(n) == "for" and _is_verbal(n.head) and any(
                c.dep_ == "nmod:poss" and c.lower_ in ("its", "their") for c in n.children):
            # "Z thanked X for its support to Y", "thanks to X for their backing of Y": the one thanked,
            # the object or the "to" phrase before the "for" phrase, whoever the pronoun was resolved to
            before = [o for o in n.head.children if o.dep_ in ("obj", "iobj", "obl") and o.i < n.i]
            thanked = [m for o in before if o.dep_ != "obl" or _case(o) == "to" for m in self.np(p, o)]
            thanked = thanked or [m for o in before if o.dep_ == "obj" for x in o.children
                                  if x.dep_ == "nmod" and _case(x) == "to" for m in self.np(p, x)]
            if thanked:
                agents = thanked
        if predicate == "allied_with" and not between and not patients and len(agents) > 1 and any(
                c.dep_ == "nmod" and _case(c) == "of" for c in n.children) and \
                len({e.id for m in agents if (e := self.entity(m)) is not None}) > 1:
            if any(c.lower_ in fr.OVER_ADJECTIVES for c in n.children if c.dep_ in ("amod", "compound")):
                return  # "the former alliance of X and Y"
            between = agents  # "the tripartite alliance of X, Y and Z": each allied with the others
        if between and predicate in ("opposes", "allied_with"):
            self.emit_frame(p, n, "action", predicate, between, between)
            return
        head = n.head
        verbal_head = _is_verbal(head) and head.i != n.i
        claimed = None
        if not agents and n.dep_ == "nsubj:pass" and verbal_head and predicate in _TIES and \
                head.lower_ in _DONE_FORMS:
            agents = self.agents(p, head)  # "the attack on Y was carried out by X"
        if not agents and n.dep_ == "obj" and verbal_head and predicate == "opposes" and \
                head.lower_ in ("claimed", "claims", "claim", "claiming"):
            # "X has claimed more than 160 attacks on Y": a claim of one's own attacks is no report
            agents = self.subjects(p, head)
            claimed = self.frame_status(p, head, predicate)[0]
            if claimed is None:
                return
        if not agents and n.dep_ in ("obj", "nsubj:pass") and verbal_head and head.lower_ in LIGHT_FORMS:
            if VERB_FORMS.get(head.lower_) in fr.RECEIVE_VERBS or head.lower_ in ("received", "receives",
                                                                                   "enjoys", "enjoyed",
                                                                                   "got", "gets", "won"):
                patients = patients or self.subjects(p, head)
            else:
                agents = self.subjects(p, head)
        if predicate == "controls" and not agents and patients and n.lower_ == "control" and (
                _case(n) == "in" or n.dep_ == "obj" and head.lower_ in ("has", "have", "had", "having")):
            # "X is in control of Z", "X remained in control of Z", "X had full control of Z"
            agents = [m for c in n.children if c.dep_ == "nsubj" for m in self.np(p, c)] or (
                self.subjects(p, head) if verbal_head else [])
        if predicate in ("opposes", "allied_with") and not agents and patients and any(
                c.dep_ == "cop" for c in n.children):
            # "X has been at war with Y", "X is in alliance with Y": a predicate nominal with its subject
            agents = self.subjects(p, n)
        if _case(n) in ("under", "in") and not patients:
            # "Z is now under X's control": a predicate nominal with its subject
            patients = [m for c in n.children if c.dep_ == "nsubj" for m in self.np(p, c)]
        if _case(n) == "in" and predicate == "backs":
            # "X fired rockets in support of Y": the clause's subject backs the "of" phrase
            agents = self.subjects(p, head) if verbal_head else agents
            first = n
            while first.dep_ in ("conj", "nmod") and first.head.i != first.i and first.head.i < first.i:
                first = first.head
            if not agents and first.i != n.i and first.dep_ in ("obl", "advcl") and _is_verbal(first.head):
                # "acting against X's war in Gaza and in support of Y": the first of the coordinated phrases
                # (or the phrase it is read inside) hangs on the verb
                agents = self.subjects(p, first.head)
            patients = [m for c in n.children if c.dep_ == "nmod" and _case(c) == "of" for m in self.np(p, c)]
            if head.i != n.i and (head.tag_ in ("$", "CD") or head.lower_ in ("million", "billion", "bn")) \
                    and head.dep_ in ("obj", "obl") and head.head.lower_ in _GIVING_FORMS:
                # "X pledged $1bn in military aid to Y": the amount is the verb's object
                agents = agents or self.subjects(p, head.head)
                patients += [m for c in n.children if c.dep_ == "nmod" and _case(c) in ("to", "for")
                             for m in self.np(p, c)]
            self.emit_frame(p, n, "action", predicate, agents, patients)
            return
        if predicate == "backs" and n.lower_ in ("aid", "assistance") and _case(n) == "to" and verbal_head \
                and head.lower_ in _COME_FORMS:
            # "X came to the aid of Y"
            patients = [m for c in n.children if c.dep_ == "nmod" and _case(c) == "of" for m in self.np(p, c)]
            self.emit_frame(p, n, "action", predicate, self.subjects(p, head), patients)
            return
        if predicate == "backs" and not _case(n) and n.dep_ in ("obl", "advcl") and _is_verbal(head) and any(
                c.dep_ == "compound" and c.i < n.i and _case(c) == "with" and c.conjuncts
                for c in n.children):
            # "with air and ground support from X": the parse hangs "with" on the first of the coordinated
            # modifiers and the noun on the verb as a clause
            patients = patients or (self.patients(p, head) if self.passive(head) and head.tag_ == "VBN" else
                                    self.subjects(p, head))
        if n.dep_ in ("obl", "nmod") and _case(n) in _RECEIVER_CASES.get(predicate, ()):
            # "Y advanced with X's support", "Z, under the control of X", "the town, in the hands of X"
            # a participle's receiver is its patient ("the accord, signed under X's mediation")
            receiver = (self.patients(p, head) if self.passive(head) and head.tag_ == "VBN" else
                        self.subjects(p, head)) if verbal_head else self.np(p, head, conj=False)
            if predicate == "brokered":
                self.brokered_by(p, n, agents, receiver)
                return
            patients = patients or receiver
        if predicate == "brokered":
            self.brokered_by(p, n, agents, patients)
            return
        if predicate == "opposes" and not patients and n.dep_ == "nsubj" and head.lower_ in fr.HIT_VERBS:
            # "X's strikes hit the headquarters of Y": the target is the verb's object
            patients = [m for o in self.objects(p, head) for m in self.np(p, o)]
        if predicate == "opposes" and len(agents) > 1 and any(c.lower_ in ("joint", "combined", "common")
                                                              for c in n.children):
            self.emit_frame(p, n, "action", "allied_with", agents, agents)  # "X and Y's joint offensive"
        if predicate == "controls" and not patients and n.dep_ == "obj" and verbal_head \
                and head.lower_ in LIGHT_FORMS:
            # "X tightened its grip on Z" with "on Z" hung on the verb
            patients = [m for c in head.children if c.dep_ == "obl" and c.i > n.i
                        and _case(c) in ("on", "over") for m in self.np(p, c)]
        if not agents or not patients:
            return
        self.emit_frame(p, n, "action", predicate, agents, patients, status=claimed)

    def signing(self, p: Parse, n: Any) -> None:
        """"the signing of the X accord by Y and Z", "Y's signature on the deal": the signers are parties."""
        agreement = None
        signers: list[int] = []
        for c in n.children:
            prep = _case(c)
            if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and prep == "by":
                signers += self.np(p, c)
                signers += self._signed_for(p, c)
            elif c.dep_ == "nmod" and prep in ("of", "on", "to"):
                agreement = next((e for m in self.np(p, c) if (e := self.entity(m)) is not None
                                  and e.type == "Agreement"), agreement)
        if n.lower_ == "signing":
            # "the signing in Z today of the A by the President of X, W, and the leader of Y, V": the parse
            # may hang the agreement and the "by" list elsewhere
            listed = self._signers_after_by(p, n, reach=24)
            signers += [m for m in listed if m not in signers]
            if agreement is None and listed:
                first = next(t.i for t in p.doc if p.mention_of[t.i] == listed[0])
                agreement = next((e for t in p.doc[n.i + 1:first] if (m := p.mention_of[t.i]) >= 0
                                  and (e := self.entity(m)) is not None and e.type == "Agreement"), None)
        if agreement is not None and signers:
            self.emit_entities_frame(p, n, "action", "party_to", signers, agreement)

    def _signers_for(self, p: Parse, v: Any, passive: bool) -> None:
        """"signed by X for the government and by Y for Z", "X signed the accord for Y": a person who signs
        for a side is one of its people (``represents``). Each signer takes the "for" phrase that follows it
        before the next signer, however the parse hangs the pairs."""
        def marked(prep: str) -> list[Any]:
            return [t for t in v.subtree if p.mention_of[t.i] >= 0 and _case(t) == prep
                    and p.mention_of[t.i] != p.mention_of[t.i - 1]]
        sides = [t for t in marked("for") if t.i > v.i]
        if passive:
            signers = [t for t in marked("by") if t.i > v.i]
        else:
            signers = [t for t in v.children if t.dep_ == "nsubj" and p.mention_of[t.i] >= 0][:1]
            sides = sides[:1]  # "X signed for Y, and Z for W": the gapped second pair is not read
        status, _speakers = self.frame_status(p, v, "member_of")
        if status != "asserted" or not signers or not sides:
            return
        rule = rule_for("verb", "member_of")
        for k, t in enumerate(signers):
            person = p.mention_of[t.i]
            if (e := self.entity(person)) is None or e.type != "Person":
                continue
            stop = signers[k + 1].i if k + 1 < len(signers) else len(v.doc)
            mine = [m for x in sides if max(t.i, v.i) < x.i < stop and (m := p.mention_of[x.i]) >= 0
                    and (o := self.entity(m)) is not None and o.type in ("State", "ArmedGroup",
                                                                        "Organization")]
            if mine:
                self.represents([person], mine[:1], p.sentence, rule, status, rule.confidence)

    def _listed_signers(self, p: Parse, v: Any) -> list[int]:
        """"signed by the Minister of Defence, General X, and by the chairman of Y, Z", "signed by Prime
        Minister X, leader W and Y's foreign minister, Z": every person named in the "by" list, however
        the parse strings the titles and appositions together (not one named inside an "of" phrase:
        "X, brother of President W")."""
        out: list[int] = []
        # the "by" phrases of the clause: on the verb, or hung by the parse inside another of its phrases
        # ("signed by X for the government in Z and by Y, chair of W")
        tops = [c for c in v.children if c.dep_ == "obl:agent" or c.dep_ == "obl" and _case(c) == "by"]
        tops += [x for c in v.children if c.dep_ == "obl" and c not in tops for x in c.subtree
                 if x.i != c.i and _case(x) == "by" and p.mention_of[x.i] >= 0 and self._in_list(x, c, True)]
        for c in tops:
            for x in c.subtree:
                m = p.mention_of[x.i]
                if m >= 0 and x.dep_ in ("obl:agent", "conj", "appos", "flat") and m not in out and \
                        self._type_of(p.mentions[m]) == "Person" and (x.dep_ != "flat" or p.mention_of[
                            x.head.i] != m) and self._in_list(x, c):
                    out.append(m)
        return out

    def _signers_after_by(self, p: Parse, v: Any, reach: int = 16) -> list[int]:
        """The persons of the "by" list that follows a passive signing, read along the words where the
        parse hangs the list on another phrase ("signed in a customs shed near Z by Defense Minister X,
        and by three of W's leaders: A, B and C"; "signed in the capital by the government negotiator X
        and the front's vice-chairman, Y, created ..."). The list runs to the next clause ("as", "under",
        a finite verb, a participle); a person named inside an "of" or "for" phrase ("X, brother of
        President W") did not sign."""
        doc = p.doc
        k = v.i + 1
        while k < len(doc) and doc[k].lower_ != "by":
            t = doc[k]
            if k - v.i > reach or t.text == ";" or t.tag_ in _FINITE_TAGS or t.lower_ in _LIST_STOPS:
                return []
            k += 1
        out: list[int] = []
        aside = False  # inside "as mediator", "as witnesses": a role that is no signing side's
        for t in doc[k + 1:]:
            if t.lower_ == "as" and t.i + 1 < len(doc) and (
                    fr.HOLDER_NOUNS.get(doc[t.i + 1].lower_, ("",))[0] == "brokered"
                    or doc[t.i + 1].lower_ in ("witness", "witnesses")):
                aside = True
                continue
            if aside and t.text == ",":
                aside = False
            if aside:
                continue
            if t.text == ";" or t.tag_ in _FINITE_TAGS or t.lower_ in _LIST_STOPS or (
                    t.tag_ in ("VBN", "VBG") and t.dep_ not in ("amod", "compound")
                    and p.mention_of[t.i] < 0):
                break
            m = p.mention_of[t.i]
            if m < 0 or m in out or (t.i > 0 and p.mention_of[t.i - 1] == m) or \
                    self._type_of(p.mentions[m]) != "Person":
                continue
            x = t.i - 1
            while x > k and (doc[x].tag_ in _TITLE_TAGS or p.mention_of[doc[x].i] >= 0):
                x -= 1
            if x == k or doc[x].lower_ in ("and", ",", ":", "by"):
                out.append(m)
        return out

    @staticmethod
    def _in_list(x: Any, top: Any, any_case: bool = False) -> bool:
        """Whether ``x`` hangs on ``top`` through names, titles and "of" phrases only (not "in the presence
        of W", "at a ceremony with W"); with ``any_case``, through any phrase that is no clause."""
        while x.i != top.i:
            if any_case and x.dep_ not in ("obl", "nmod", "conj", "appos", "flat", "nmod:desc"):
                return False
            # ("commander-in-chief": the "in" inside a hyphenated title is no preposition)
            if not any_case and any(c.dep_ in ("case", "fixed") and c.i < x.i and c.lower_ not in (
                    "of", "by", "for") and x.doc[c.i - 1].text != "-" for c in x.children):
                return False
            if x.head.i == x.i:
                return False
            x = x.head
        return True

    def _signed_for(self, p: Parse, signer: Any) -> list[int]:
        """"signed by X for the government": the side a signer signs for."""
        return [m for x in (signer, *signer.conjuncts) for c in x.children
                if c.dep_ == "nmod" and _case(c) == "for" for m in self.np(p, c)]

    def brokered_by(self, p: Parse, n: Any, brokers: list[int], targets: list[int]) -> None:
        agreement = None
        for t in targets:
            e = self.entity(t)
            if e is not None and e.type == "Agreement":
                agreement = e
        if agreement is None:
            agreement = self.agreement_near(p.sentence, 1)
        if agreement is not None and brokers:
            self.emit_entities_frame(p, n, "action", "brokered", brokers, agreement)

    def agreement(self, p: Parse, n: Any, m: int) -> None:
        sides: list[int] = []
        places: list[int] = []
        for c in n.children:
            prep = _case(c)
            if c.dep_ in ("nmod", "obl") and prep == fr.BETWEEN:
                sides += self.np(p, c)
            elif c.dep_ == "nmod" and prep == "with":
                owner = [x for o in n.children if o.dep_ == "nmod:poss" for x in self.np(p, o)]
                sides += self.np(p, c) + owner  # "X's truce with Y"
            elif c.dep_ == "nmod" and prep in fr.GOVERNS_PREPS:
                if prep in ("in", "on") and (n.dep_ in ("obj", "obl") or self._is_capital(p, c)) and not (
                        prep == "in" and not self._is_capital(p, c) and n.head.lower_ not in _SIGN_FORMS
                        and p.mentions[m].form in ("ceasefire", "truce")):
                    continue  # "signed a deal in Doha": where it was made, not what it covers (a truce "in Z"
                    # is one Z keeps, unless it is signed there)
                places += self.np(p, c)
        agreement = self.entity(m)
        if agreement is None or agreement.type != "Agreement":
            return
        if sides:
            self.emit_entities_frame(p, n, "agreement", "party_to", sides, agreement)
        if places:
            self.emit_frame(p, n, "agreement", "governs", [m], places)

    def agreement_near(self, s: Sentence, back: int) -> Any | None:
        """The agreement this sentence names, or the last one the ``back`` sentences before it named."""
        for k in range(s.index, max(-1, s.index - back - 1), -1):
            found = [e for m in self.by_sentence[k] if (e := self.entity(m.index)) is not None
                     and e.type == "Agreement"]
            if found:
                return found[-1] if k < s.index else found[0]
        return None

    def _agreement_in_context(self) -> Any | None:
        """The last agreement the text named before the sentence being read."""
        return self.entities[self.last_agreement] if self.last_agreement is not None else None

    def _is_capital(self, p: Parse, tok: Any) -> bool:
        m = p.mention_of[tok.i]
        return m >= 0 and p.mentions[m].form == "capital"

    @staticmethod
    def _beside_misread(tok: Any) -> bool:
        """"alongside" tagged as a noun or modifier of the phrase it opens ("fought alongside Y troops")."""
        return tok.lower_ in fr.ALONGSIDE and tok.dep_ in ("compound", "amod", "advmod", "nmod") \
            and tok.head.i > tok.i and _is_noun(tok.head) \
            and tok.head.dep_ in ("obj", "obl", "nmod", "obl:agent")

    def alongside(self, p: Parse, case: Any) -> None:
        partner = case.head
        v = partner.head
        misread = partner.dep_ in ("obj", "obl:agent")  # "fought alongside Y": Y is never the object
        if not (_is_verbal(v) or v.lower_ in VERB_FORMS) or partner.dep_ not in ("obl", "advcl", "nmod") \
                and not misread:
            return
        lemma = VERB_FORMS.get(v.lower_, v.lower_)
        if lemma not in fr.FIGHT_VERBS and lemma not in fr.VERBS:
            return
        subj = self.subjects(p, v)
        if not subj:
            # "X has fought alongside Y" read as a passive (a verb of fighting is not one): X
            subj = [m for c in v.children if c.dep_ == "nsubj:pass" and c.i < v.i for m in self.np(p, c)]
        allies = self.np(p, partner)
        self.emit_frame(p, v, "alongside", "allied_with", subj, allies)
        if lemma in fr.VERBS and any(f.predicate == "opposes" for f in fr.VERBS[lemma]):
            enemies = [m for o in self.objects(p, v) + self.obliques(v, "against") if o.i != partner.i
                       for m in self.np(p, o)]
            # "against Y" may hang on the partner: both sides fight Y
            hung = [m for c in partner.children if c.dep_ == "nmod" and _case(c) == "against"
                    for m in self.np(p, c)]
            self.emit_frame(p, v, "alongside", "opposes", allies + (subj if hung else []), enemies + hung)

    @staticmethod
    def _names_before(p: Parse, i: int) -> list[int]:
        """The mentions of the noun phrase or list right before token ``i``, past auxiliaries, adverbs and
        a comma ("X and Y troops, now fighting", "X and Y are moving")."""
        doc = p.doc
        i -= 1
        while i >= 0 and (doc[i].tag_.startswith(("RB", "MD")) or doc[i].lower_ in _AUX_WORDS
                          or doc[i].text == ","):
            i -= 1
        found: list[int] = []
        while i >= 0 and (doc[i].tag_.startswith(("NN", "JJ", "CC", "DT", "POS", "VBN"))
                          or doc[i].text == ","):
            m = p.mention_of[doc[i].i]
            if m >= 0 and m not in found:
                found.insert(0, m)
            i -= 1
        return found

    def side_by_side(self, p: Parse, first: Any) -> None:
        """"X and Y fought side by side", "X fought shoulder to shoulder with Y": read from the words right
        after the verb of fighting, whatever the parse made of them."""
        doc = p.doc
        rest = fr.TOGETHER_PHRASES[first.lower_]
        end = first.i + 1 + len(rest)
        if end > len(doc) or tuple(t.lower_ for t in doc[first.i + 1:end]) != rest:
            return
        i = first.i - 1
        while i > 0 and doc[i].tag_.startswith("RB"):
            i -= 1  # "fighting now side by side"
        v = doc[i]
        if v.lower_ not in _FIGHT_FORMS:
            return
        # "X has fought side by side" may be read as a passive
        subj = self.subjects(p, v) or [m for c in v.children if c.dep_ == "nsubj:pass" for m in self.np(p, c)]
        if len(set(subj)) < 2:
            # "X and Y troops, now fighting side by side," with the list misread: the names right before
            chunk = self._names_before(p, v.i)
            if len(chunk) >= 2 or not subj:
                subj = chunk
        if end < len(doc) and doc[end].lower_ == "with":
            after = [t for t in doc[end + 1:end + 8] if p.mention_of[t.i] >= 0]
            if after and not any(t.is_punct for t in doc[end + 1:after[0].i]):
                self.emit_frame(p, v, "alongside", "allied_with", subj, [p.mention_of[after[0].i]])
            return
        self.emit_frame(p, v, "alongside", "allied_with", subj, subj)

    # -- status and emission --------------------------------------------------------------------------
    def frame_status(self, p: Parse, t: Any, predicate: str = "") -> tuple[str | None, list[int]]:
        """How the text stands to the relation a trigger states, and who claims it (for a claim)."""
        if predicate in _STATES and t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                                           for c in t.children):
            return None, []  # "the town, which the rebels had held": held no more
        cur = t
        below = ""  # the label of the clause the climb came up from
        for depth in range(6):
            for c in cur.children:
                low = c.lower_
                if below == "advcl" and c.dep_ in ("aux", "mark"):
                    continue  # "X would retaliate because Y backs Z": the modal is the main clause's
                if c.dep_ in ("advmod", "det", "neg", "cc:preconj") and low in fr.NEGATORS:
                    return None, []
                if low in fr.OVER_ADVERBS and c.dep_ == "advmod" and not (
                        low == "then" and c.i > 0 and c.nbor(-1).lower_ == "and"):
                    return None, []  # ("and then handed it over": what came next, not what is over)
                if c.dep_ in ("amod", "compound", "advmod") and low in fr.OVER_ADJECTIVES \
                        and depth == 0 and t.lower_ in fr.HOLDER_NOUNS:
                    return None, []  # "its former ally", not "a previous truce between X and Y"
                if low == "time" and _case(c) == "at" and any(x.lower_ in ("the", "that")
                                                               for x in c.children):
                    return None, []  # "its commander at the time"
                if low == "until" and c.dep_ == "mark" or c.dep_ in ("obl", "advcl") and _case(c) == "until":
                    return None, []
                if c.dep_ == "aux" and low in fr.MODALS:
                    return "hypothetical", []
                if c.dep_ in ("aux", "cop") and low in _BE_TO and any(
                        x.dep_ == "mark" and x.lower_ == "to" and x.i == c.i + 1 for x in cur.children):
                    return "hypothetical", []  # "Syrian forces are to help the government": a plan or a duty
                if c.dep_ == "mark" and low in fr.CONDITIONS:
                    return "hypothetical", []
                if c.dep_ in ("obl", "advcl") and _case(c).startswith("according"):
                    return "alleged", self.np(p, c)
                if low == "longer" and any(x.lower_ == "no" for x in c.children):
                    return None, []  # "X no longer backs Y", "longer" read as a modifier of a misread noun
                if c.dep_ == "advmod" and low in _HEDGE_ADVERBS or depth == 0 and c.dep_ == "amod" and \
                        low in _HEDGE_ADJECTIVES and _is_noun(t):
                    return "alleged", []  # "X allegedly arms Y", "X's alleged support for Y"
            if depth > 0:
                low = cur.lower_
                if low in fr.DENY_VERBS:
                    return "denied", self.subjects(p, cur)
                if low in fr.NEGATING_VERBS:
                    return None, []
                if low == "used" and below == "xcomp":
                    return None, []  # "X used to arm Y": over
                if low in fr.HYPOTHETICAL_VERBS and not (low == "set" and any(
                        c.dep_ == "compound:prt" for c in cur.children)):  # "set up a mission to train Y"
                    return "hypothetical", []
                if low in fr.CLAIM_VERBS and self._trailing_attribution(p, cur, below, t):
                    return "asserted", []  # "X captured Z, officials said on Monday": the wire's sourcing
                if low in fr.CLAIM_VERBS:
                    # an accusation is never the accuser's own claim about itself
                    return "alleged", [] if low in fr.ACCUSE_FORMS else self.subjects(p, cur)
            dep = cur.dep_
            if self._apposed_conj(cur):
                break  # an apposition is the narrator's, whatever the clause around it says
            subject = cur.head if dep == "conj" and cur.head.dep_ in ("nsubj", "nsubj:pass") else cur
            if depth == 0 and subject.dep_ in ("nsubj", "nsubj:pass") and cur.lower_ in fr.HOLDER_NOUNS \
                    and predicate in _SUBJECT_ROLE_TIES and _is_verbal(subject.head) \
                    and subject.head.lower_ not in _HOLDING_FORMS:
                # "Y's backers in X have urged it to ...", "Y and its X backers rejected the deal": the role
                # is the narrator's, as in apposition (not when the verb says who holds it: "Y's backers
                # could include X")
                break
            if dep == "acl" and (cur.head.lower_ in fr.DENY_VERBS or cur.head.lower_ in fr.CLAIM_VERBS):
                cur = cur.head  # "X denies arming Y" with "denies" read as a noun
                continue
            if (dep in ("acl", "ccomp") or dep == "acl:relcl" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)) and \
                    cur.head.lower_ in _CLAIM_NOUNS:
                # "accusations that X arms Y": a claim; "Z rejected allegations that X armed Y": denied
                claim = cur.head
                if claim.dep_ in ("obj", "nsubj:pass") and claim.head.lower_ in fr.DENY_VERBS:
                    return "denied", self.subjects(p, claim.head) if claim.dep_ == "obj" else []
                return "alleged", []
            if dep in ("acl:relcl", "appos", "acl", "amod", "compound") or cur.head.i == cur.i:
                break
            if dep in ("ccomp", "xcomp", "advcl", "csubj", "parataxis", "conj", "obj", "nsubj", "nsubj:pass",
                       "obl", "nmod", "xcomp", "ROOT"):
                below = dep
                cur = cur.head
                continue
            break
        return "asserted", []

    def _trailing_attribution(self, p: Parse, verb: Any, below: str, t: Any) -> bool:
        """"X captured Z, officials said on Monday": a report that follows its whole clause, set off by a
        comma, by a source that is no actor of the text (officials, a regional official, witnesses)."""
        if below not in ("ccomp", "parataxis") or t.i > verb.i or verb.lower_ not in ("said", "says"):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].i < t.i:
            return False
        return _after_comma(subjects[0]) and not any(p.mention_of[x.i] >= 0 for x in subjects[0].subtree)

    def emit_frame(self, p: Parse, t: Any, construction: str, predicate: str, subj: list[int],
                   obj: list[int], asserted: bool = False, status: str | None = None,
                   descriptive: bool = False) -> None:
        if not subj or not obj:
            return
        rule = rule_for(construction, predicate)
        if status is not None:
            speakers: list[int] = []
        else:
            status, speakers = ("asserted", []) if asserted else self.frame_status(p, t, predicate)
        if status is None:
            return
        if descriptive and status in ("alleged", "hypothetical"):
            status, speakers = "asserted", []
        subj = [i for i in subj if self.usable(i, rule) and not self._former(i, predicate)]
        obj = [i for i in obj if self.usable(i, rule) and not self._former(i, predicate)]
        if predicate in ("governs", "controls"):
            obj = [i for i in obj if (e := self.entity(i)) is not None and e.type == "Place"]
        status = self._own_claim(status, speakers, subj)
        if predicate == "leader_of" and construction in ("passive", "compound"):
            # "a mission led by X" with X a state or a body: X is one of its members, not its leader
            members = [i for i in subj
                       if (e := self.entity(i)) is not None and e.type in ("State", "Organization")]
            if members:
                self.emit_frame(p, t, construction, "member_of", members, obj)
                subj = [i for i in subj if i not in members]
        if predicate in _ROLES:
            obj = [i for i in obj if (e := self.entity(i)) is not None and e.type != "Person"]
        if subj != obj and construction == "verb":
            obj = self._not_own_subject(subj, obj)
        pairs = [(a, b) for a in subj for b in obj if a != b]
        if predicate in ("opposes", "allied_with") and subj == obj:
            pairs = [(a, b) for k, a in enumerate(subj) for b in subj[k + 1:]]
        for a, b in pairs:
            self.emit_pairs([a], predicate, [b], p.sentence, rule, status, rule.confidence)

    def _not_own_subject(self, subj: list[int], obj: list[int]) -> list[int]:
        """"X and Y are fighting side by side against it": an object pronoun is never the verb's own subject,
        so one resolved to a subject was misread and stands for no one of the clause."""
        ids = {e.id for i in subj if (e := self.entity(i)) is not None}
        return [i for i in obj if not (self.mentions[i].kind == "pronoun" and self.mentions[i].text.lower()
                                       in _OBJECT_PRONOUNS and (e := self.entity(i)) is not None
                                       and e.id in ids)]

    def emit_entities_frame(self, p: Parse, t: Any, construction: str, predicate: str, subj: list[int],
                            target: Any) -> None:
        rule = rule_for(construction, predicate)
        status, speakers = self.frame_status(p, t, predicate)
        if status is None:
            return
        subj = [i for i in subj if self.usable(i, rule)]
        status = self._own_claim(status, speakers, subj)
        for a in subj:
            self.emit(a, predicate, target, p.sentence, rule, status, rule.confidence)

    def _former(self, i: int, predicate: str) -> bool:
        """"the former governor X", "its one-time ally X": a role or tie the text marks as over."""
        if predicate in ("opposes", "governs", "controls", "evolved_from"):
            return False
        m = self.mentions[i]
        before = self.body[max(0, m.start - 40):m.start]
        if _BY_FORMER.search(before):
            return False  # "a force raised and led by the former governor X": his old office, not the tie
        return _FORMER_BEFORE.search(before) is not None or _FORMER_ROLE_BEFORE.search(before) is not None

    def _own_claim(self, status: str, speakers: list[int], subj: list[int]) -> str:
        """"X says it backs Y": a speaker's claim about itself is asserted."""
        if status != "alleged" or not speakers:
            return status
        ids = {e.id for i in speakers if (e := self.entity(i)) is not None}
        if any((e := self.entity(i)) is not None and e.id in ids or self.mentions[i].kind == "pronoun"
               for i in subj):
            return "asserted"
        return status
