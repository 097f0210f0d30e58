"""A frame's status read from the parse, and its emission as relations.

``frame_status`` reads the words that govern a trigger (negation, "no longer", modals and
conditions, denials, accusations and reports, proposals); ``emit_frame`` and
``emit_entities_frame`` turn a frame's arguments into relations with that status.
``agreement_near`` finds the agreement a frame speaks of.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.arguments import Arguments
from pactgraph.loaders.dependency.charges import charge_denied, charge_deniers
from pactgraph.loaders.dependency.common import (
    _BE_TO,
    _BY_FORMER,
    _CLAIM_NOUNS,
    _FORMER_ROLE_BEFORE,
    _HEDGE_ADJECTIVES,
    _HEDGE_ADVERBS,
    _HOLDING_FORMS,
    _OBJECT_PRONOUNS,
    _ROLES,
    _STATES,
    _SUBJECT_ROLE_TIES,
    _after_comma,
    _case,
    _is_noun,
    _is_verbal,
    rule_for,
)
from pactgraph.loaders.inference import _HEAD_TITLE, _OFFICIAL_TITLE
from pactgraph.loaders.status import _FORMER_BEFORE
from pactgraph.loaders.syntax import Parse
from pactgraph.loaders.text import Sentence

#: Verbs of going on with an act: under a vow or a threat directly above, the act is under way ("X vowed to
#: keep fighting Y", "X threatened to keep attacking Y"); under a modal, another verb of wish or plan, or
#: with a condition, it stays a possibility ("X could continue to arm Y if ...", "X might decide to keep
#: funding Y").
_ONGOING = frozenset({"keep", "keeps", "kept", "keeping", "continue", "continues", "continued", "continuing"})
#: Vows, and the verbs of armed fighting a vow makes a hostility of now ("X vowed to crush Y", as the phrasing
#: rules read "vowed to fight Y"; not "threatened to attack Y", not "promised to confront Y over the budget").
_VOWS = frozenset({"vow", "vows", "vowed", "vowing", "promise", "promises", "promised", "promising"})
_ONGOING_VOWS = _VOWS | {"threaten", "threatens", "threatened", "threatening"}
_VOWED_FIGHTS = frozenset({"fight", "crush", "defeat", "destroy", "rout", "dislodge", "battle", "topple",
                           "overthrow", "oust", "resist", "combat"})
#: Modifiers of an action noun that make it a plan, not an act ("X's planned annexation of Z", "a proposed
#: alliance"); those of a try that make a taking of a place no taking ("X's failed capture of Z"; a failed
#: attack on Y is still an attack).
_PLANNED = frozenset({"planned", "proposed", "threatened", "intended", "mooted", "envisaged", "prospective",
                      "potential", "possible", "would-be", "contemplated"})
_TRIED = frozenset({"failed", "attempted", "abortive", "aborted", "botched", "thwarted", "foiled"})
#: Passives that make the role an infinitive under them names a prospect ("X was tipped to lead Y", "X is
#: expected to head Y"); others put their subject in it ("X was appointed / forced to lead Y").
_PROSPECTS = frozenset({"tipped", "touted", "expected", "slated", "poised", "favoured", "favored", "likely",
                        "rumoured", "rumored", "predicted", "set", "due", "asked", "urged", "invited",
                        "considered", "mooted", "nominated", "proposed", "encouraged", "pressed",
                        "pressured"})
#: The plain verbs of saying, whose report by an unnamed source ("officials said") is the wire's sourcing.
_SAY = frozenset({"said", "says", "say"})
#: The modals of a plain future, and the verbs of saying or warning that report one.
_FUTURE = frozenset({"will", "would", "'ll", "'d"})
_WARNED = _ONGOING_VOWS | _SAY | {"warned", "warns", "warn", "warning", "insisted", "insists", "stressed",
                                  "declared", "announced", "pledged", "pledges", "vowing"}
#: The words that open a condition ("if the embargo lapses", "unless Y objects"); not "even if", "as if".
_IF = frozenset({"if", "unless"})


def _reported(clause: Any) -> bool:
    """Whether ``clause`` is what a verb of saying or warning reports, alone or after another clause it
    reports ("X said the strikes were wrong and that it would keep targeting Y")."""
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lower_ in _WARNED


def _conditioned(verb: Any, came: Any) -> bool:
    """Whether ``verb`` carries a condition clause (not the one the climb came up from), however the parse
    hangs it: "X would keep fighting Y if the talks failed", "if the embargo lapses" read as a noun phrase."""
    for c in verb.children:
        if c.i == came.i or c.dep_ not in ("advcl", "obl"):
            continue
        for x in c.children:
            if x.dep_ in ("mark", "case") and x.lower_ in _IF and x.i < c.i and not (
                    x.i > 0 and x.nbor(-1).lower_ in ("even", "as")):
                return True
    return False



#: The words that open a clause of time, cause or contrast, whose content the clause above takes as given.
_GIVEN_MARKS = frozenset({"after", "before", "since", "because", "when", "while", "whereas", "although",
                          "though"})


def _presupposed(clause: Any) -> bool:
    """Whether the clause has a subject of its own and opens with a word of time, cause or contrast ("after
    X signed a deal", "while X backs Y"), however the parse hangs it (on the verb, or as a case marker on
    its subject)."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") for c in clause.children) and any(
        x.lower_ in _GIVEN_MARKS and x.dep_ in ("mark", "case") and (
            x.head.i == clause.i or x.head.dep_ in ("nsubj", "nsubj:pass") and x.head.head.i == clause.i)
        for x in clause.subtree if x.i < clause.i)


#: The unnamed sources whose word a wire relays as its own reporting ("..., residents said", "according to
#: witnesses", "officials say"); any other unnamed source ("analysts say", "according to unconfirmed
#: reports", "leaked documents", "critics") is a claim, read as alleged.
_WIRE_SOURCES = frozenset({
    "official", "officials", "resident", "residents", "witness", "witnesses", "medic", "medics", "doctor",
    "doctors", "rescuer", "rescuers", "worker", "workers", "diplomat", "diplomats", "police", "spokesman",
    "spokeswoman", "spokesperson", "villager", "villagers", "journalist", "journalists", "correspondent",
    "correspondents", "monitor", "monitors",
    # the go-betweens' own account of what they brokered ("..., the two mediators said")
    "mediator", "mediators"})


#: Words of hiding: negated above a relation, they state it openly ("X never hid its backing for Y", "X
#: made no secret of the funds it sends Y", "X's support for Y is no secret").
_CONCEALING = frozenset({"hide", "hid", "hidden", "hides", "hiding", "conceal", "concealed", "conceals",
                         "concealing", "disguise", "disguised", "disguises", "disguising", "secret"})


def _causal(clause: Any) -> bool:
    """Whether the clause opens with "because" or "since": a reason a report above it gives as its own."""
    return any(x.lower_ in ("because", "since") and x.dep_ in ("mark", "case") for x in clause.subtree
               if x.i < clause.i)


def _unnamed(p: Parse, source: Any) -> bool:
    """Whether a report's source names no one and is one a wire relays as its own reporting: no actor of the
    text, no pronoun, no proper word ("officials", "a regional official", "residents"; not "Western
    officials", "the Z government", "he"), and a source of ``_WIRE_SOURCES`` ("residents and aid workers",
    not "analysts", "critics", "unconfirmed reports")."""
    heads = [source] + [c for c in source.conjuncts]
    return all(h.lower_ in _WIRE_SOURCES for h in heads) and not any(
        p.mention_of[x.i] >= 0 or x.tag_ in ("PRP", "PRP$") or x.i > 0 and x.text[:1].isupper()
        and x.tag_ in ("JJ", "NNP", "NNPS") for x in source.subtree)


def _according(source: Any) -> bool:
    """Whether ``source`` is the noun of an "according to" phrase, however the parse hangs "according" (on
    the noun, or on a modifier of it: "according to unconfirmed reports")."""
    return _case(source).startswith("according") or any(
        x.lower_ == "according" and x.dep_ in ("mark", "case") for x in source.subtree if x.i < source.i)


def _respectively(t: Any) -> bool:
    """Whether "respectively" pairs the lists of the frame on ``t``: in its clause, not in a clause of its own
    under an argument ("X and Y, which hold A and B respectively, back Z" pairs nothing of "back")."""
    for x in t.subtree:
        if x.lower_ != "respectively":
            continue
        h = x
        while h.i != t.i and h.dep_ not in ("acl:relcl", "acl", "advcl", "ccomp", "parataxis"):
            h = h.head
        if h.i == t.i:
            return True
    return False


class FrameEmission(Arguments):
    """A frame's status from the parse, and its relations; the agreement in context."""

    # -- status and emission --------------------------------------------------------------------------
    def frame_status(self, p: Parse, t: Any, predicate: str = "") -> tuple[str | None, list[int]]:
        """How the text stands to the relation a trigger states, and who claims it (for a claim)."""
        if predicate in _STATES and t.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children) and \
                not self._denied_report(t):
            return None, []  # "the town, which the rebels had held": held no more
        cur = t
        came = t  # the word the climb came up from
        below = ""  # the label of the clause the climb came up from
        ongoing: Any = None  # the "keep", "continue" the climb came through, if a vow or threat may lift it
        for depth in range(6):
            if depth > 0 and below == "xcomp" and cur.lower_ in _ONGOING:
                ongoing = cur  # "X vowed to keep fighting Y": it fights Y now
            if (depth == 0 or ongoing is not None) and _conditioned(cur, came):
                return "hypothetical", []  # "X could continue to arm Y if the embargo lapses"
            for c in cur.children:
                low = c.lower_
                if below in ("advcl", "parataxis") and c.dep_ in ("aux", "mark"):
                    continue  # "X would retaliate because Y backs Z": the modal is the main clause's
                if c.dep_ in ("advmod", "det", "neg", "cc:preconj") and low in fr.NEGATORS:
                    if depth and cur.lower_ in _CONCEALING:
                        continue  # "X has never hidden its support for Y", "made no secret of": it is open
                    return None, []
                # ("once part of Y": "once" read as the case of the noun)
                if low in fr.OVER_ADVERBS and (c.dep_ == "advmod" or c.dep_ == "case" and not depth) and not (
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
                if c.dep_ == "nmod" and _case(c) == "until" and not depth and t.lower_ in fr.HOLDER_NOUNS:
                    return None, []  # "X was a member of Y until 2019"
                if c.dep_ == "aux" and low in fr.MODALS and not (
                        low in _FUTURE and ongoing is not None and cur.i == ongoing.i and _reported(cur)):
                    # "X would keep fighting Y", "X may continue backing Y"; not a reported future of going on
                    # ("X said its troops would continue shelling Y", "X warned it would keep attacking Y")
                    return "hypothetical", []
                if c.dep_ in ("aux", "cop") and low in _BE_TO and any(
                        x.dep_ == "mark" and x.lower_ == "to" and x.i == c.i + 1 for x in cur.children):
                    return "hypothetical", []  # "Norlandic units are to aid the army": a plan or a duty
                if c.dep_ == "mark" and low in fr.CONDITIONS:
                    return "hypothetical", []
                if c.dep_ in ("obl", "advcl") and _according(c):
                    if _unnamed(p, c):
                        continue  # "..., according to residents": the wire's sourcing, as "residents said"
                    return "alleged", self.np(p, c)
                if low == "longer" and any(x.lower_ == "no" for x in c.children):
                    return None, []  # "X no longer backs Y", "longer" read as a modifier of a misread noun
                if c.dep_ == "advmod" and low in _HEDGE_ADVERBS or depth == 0 and c.dep_ == "amod" and \
                        low in _HEDGE_ADJECTIVES and _is_noun(t):
                    return "alleged", []  # "X allegedly arms Y", "X's alleged support for Y"
                if depth == 0 and c.dep_ in ("amod", "compound") and _is_noun(t) and (
                        low in _PLANNED or predicate == "controls" and low in _TRIED):
                    return "hypothetical", []  # "X's planned annexation of Z", "X's failed capture of Z"
            for c in cur.children:
                # "X arms Y, according to Z" with the phrase hung on the object
                if c.dep_ == "obj" and (according := [
                        x for x in c.children if x.dep_ == "nmod" and x.i > c.i
                        and _according(x) and not _unnamed(p, x)]):
                    return "alleged", self.np(p, according[0])
            if (said := self._hung_attribution(cur, t)) is not None:
                # "X backs Y, the Z government said", the report hung on the clause it reports
                if said.lower_ in _SAY and all(_unnamed(p, c) for c in said.children if c.dep_ == "nsubj"):
                    return "asserted", []  # "..., officials said": the wire's sourcing
                return "alleged", [] if said.lower_ in fr.ACCUSE_FORMS else self.subjects(p, said)
            if depth > 0:
                low = cur.lower_
                if below == "conj" and came.i > cur.i and (
                        low in fr.DENY_VERBS or low in fr.NEGATING_VERBS or low in fr.HYPOTHETICAL_VERBS):
                    break  # "X rejected the offer and signed Z": the second act is the subject's own, done
                if low in fr.DENY_VERBS and not (below == "advcl" and any(
                        c.dep_ == "obj" for c in cur.children)):
                    # (not "X, led by Y, rejected the talks": what is rejected is the verb's own object)
                    return "denied", self.subjects(p, cur)
                if low in fr.NEGATING_VERBS:
                    return None, []
                if low == "used" and below in ("xcomp", "advcl") and came.i == cur.i + 2 and \
                        cur.doc[cur.i + 1].lower_ == "to" or low == "used" and below == "xcomp":
                    return None, []  # "X used to arm Y": over
                if low in fr.HYPOTHETICAL_VERBS and below == "xcomp" and (
                        ongoing is not None and came.i == ongoing.i and low in _ONGOING_VOWS
                        or predicate == "opposes" and low in _VOWS and t.lower_ in _VOWED_FIGHTS):
                    pass  # "X threatened to keep attacking Y", "X vowed to crush Y": a hostility of now
                elif low in fr.HYPOTHETICAL_VERBS and not (low == "set" and any(
                        c.dep_ == "compound:prt" for c in cur.children)):  # "set up a mission to train Y"
                    return "hypothetical", []
                if below == "xcomp" and predicate in ("leader_of", "member_of") and cur.tag_ == "VBN" and \
                        low in _PROSPECTS and low not in fr.CLAIM_VERBS and low not in fr.DENY_VERBS and \
                        any(c.dep_ == "nsubj:pass" for c in cur.children):
                    return "hypothetical", []  # "X was tipped to lead Y" (not "X was appointed to lead Y")
                if low == "reported" and below == "nsubj:pass" and _is_noun(came) and not any(
                        c.dep_ == "obl:agent" or c.dep_ == "obl" and _case(c) == "by" for c in cur.children):
                    break  # "clashes between X and Y were reported": the wire's report of an event
                if low in fr.CLAIM_VERBS and self._trailing_attribution(p, cur, below, t):
                    return "asserted", []  # "X captured Z, officials said on Monday": the wire's sourcing
                if low in fr.CLAIM_VERBS and predicate == "governs" and low not in fr.ACCUSE_FORMS:
                    return "asserted", []  # "X said the truce applies to Z": the scope of a text, no claim
                if low in fr.CLAIM_VERBS and came.i > cur.i and any(
                        c.dep_ in ("ccomp", "parataxis") and c.i < cur.i for c in cur.children):
                    # "X struck Z, Y said, a day after W signed a deal": the report is the clause before the
                    # attribution; the one after it is the narrator's
                    return "asserted", []
                if low in fr.CLAIM_VERBS and predicate in ("party_to", "brokered", "governs") and \
                        self._own_account(p, cur, came):
                    return "asserted", []  # "X said it had brokered a truce between Y and Z": its own deal
                if low in fr.ACCUSE_FORMS and charge_denied(p, t):
                    return "denied", []  # "X is accused of arming Y, a charge it denies"
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
            if dep == "acl" and cur.head.dep_ == "obj" and cur.head.head.lower_ in fr.ACCUSE_FORMS and any(
                    c.dep_ == "mark" and c.lower_ == "of" for c in cur.children):
                return "alleged", []  # "accused X of letting fighters join Y", "of" read on X: the charge
            that = [c for c in cur.children if c.dep_ == "mark" and c.lower_ == "that"]
            if dep in ("ccomp", "advcl") and that and that[0].i > 0 and (
                    noun := cur.doc[that[0].i - 1]).lower_ in _CLAIM_NOUNS and noun.head.i != cur.i:
                # "X was angered by reports that Y armed Z", the clause hung on the verb, not on the noun
                if noun.dep_ == "obj" and noun.head.lower_ in fr.DENY_VERBS:
                    return "denied", self.subjects(p, noun.head)
                return "alleged", []
            if dep in ("acl:relcl", "appos", "acl", "amod", "compound") or cur.head.i == cur.i:
                break
            if dep in ("ccomp", "xcomp", "advcl", "csubj", "parataxis", "conj", "obj", "nsubj", "nsubj:pass",
                       "obl", "nmod", "xcomp", "ROOT"):
                below = dep
                came = cur
                if dep in ("advcl", "ccomp") and _presupposed(cur) and not (_causal(cur) and any(
                        a.lower_ in fr.CLAIM_VERBS for a in cur.ancestors)):
                    # a clause of time, cause or contrast with its own subject is taken as given by the
                    # verbs above it: "X struck Z hours after W signed a deal, Y said", "X denies arming Y,
                    # while W backs Z", "X refused to sign because W backs Z"; a cause under a report stays
                    # the speaker's reason ("X said it struck Z because W arms Y")
                    break
                cur = cur.head
                continue
            break
        if (deniers := charge_deniers(p, t)) is not None:
            accused = {e.id for m in self.subjects(p, t) if (e := self.entity(m)) is not None}
            if all((e := self.entity(m)) is None or e.id in accused for m in deniers):
                return "denied", []  # "X has armed Y, a charge it denies"
            # (", a claim Z denies": a third party's word against a statement is no denial of it)
        return "asserted", []

    @staticmethod
    def _hung_attribution(cur: Any, t: Any) -> Any | None:
        """The verb of a report the parse hangs on the clause it reports, after the trigger and a comma
        ("X backs Y, the Z government said"): a claim verb with a subject and no report of its own."""
        for c in cur.children:
            if c.dep_ in ("ccomp", "parataxis") and c.i > t.i and c.lower_ in fr.CLAIM_VERBS and any(
                    x.dep_ == "nsubj" for x in c.children) and not any(
                    x.dep_ in ("ccomp", "obj", "xcomp") for x in c.children) and _after_comma(c):
                return c
        return None

    @staticmethod
    def _denied_report(t: Any) -> bool:
        """Whether ``t`` heads a clause a denial, a claim noun or a report in the past reports ("X denied that
        it had armed Y", "reports that X had armed Y", "residents said X had seized Z"): its past perfect is
        the report's tense, not a tie that is over."""
        that = [c for c in t.children if c.dep_ == "mark" and c.lower_ == "that"]
        if FrameEmission._hung_attribution(t, t) is not None and any(
                c.tag_ == "VBD" for c in t.children if c.i > t.i and c.dep_ in ("ccomp", "parataxis")):
            return True  # "X had seized Z, residents said"
        return t.dep_ in ("ccomp", "advcl", "acl") and (
            t.head.lower_ in fr.DENY_VERBS or t.head.lower_ in _CLAIM_NOUNS
            or t.dep_ == "ccomp" and t.head.tag_ == "VBD" and t.head.lower_ in fr.CLAIM_VERBS
            or bool(that) and that[0].i > 0 and t.doc[that[0].i - 1].lower_ in _CLAIM_NOUNS)

    def _trailing_attribution(self, p: Parse, verb: Any, below: str, t: Any) -> bool:
        """"X captured Z, officials said on Monday": a report that follows its whole clause, set off by a
        comma, by a source that is no actor of the text (officials, a regional official, witnesses)."""
        if below not in ("ccomp", "parataxis") or verb.lower_ not in _SAY:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if t.i > verb.i:
            # "Officials say it delimits the border", "Diplomats say X arms Y": what unnamed sources that are
            # no actor of the text hold, before the report (a statement on a day, "officials said on Monday
            # that ...", stays theirs)
            return below == "ccomp" and verb.lower_ != "said" and len(subjects) == 1 and \
                subjects[0].tag_ == "NNS" and _unnamed(p, subjects[0]) and not any(
                    x.text[:1].isupper() for x in subjects[0].subtree if x.i != subjects[0].i)
        if len(subjects) != 1 or subjects[0].i < t.i:
            return False
        # ("..., residents and a local official said": the first source may be hung elsewhere)
        lead = next(x for x in subjects[0].subtree if x.dep_ != "cc")
        k = lead.i - 1
        joined = k > t.i + 3 and verb.doc[k].lower_ == "and" and any(
            x.text == "," for x in verb.doc[k - 3:k - 1])
        return (_after_comma(subjects[0]) or joined) and _unnamed(p, subjects[0])

    def _own_account(self, p: Parse, verb: Any, clause: Any) -> bool:
        """Whether the reported clause's subject is the speaker itself ("X said it had brokered ...")."""
        speakers = {e.id for i in self.subjects(p, verb) if (e := self.entity(i)) is not None}
        if clause.dep_ != "ccomp" or clause.head.i != verb.i or not speakers:
            return False
        for c in clause.children:
            if c.dep_ == "nsubj" and (m := p.mention_of[c.i]) >= 0:
                e = self.entity(m)
                return e is not None and e.id in speakers
        return False

    def emit_frame(self, p: Parse, t: Any, construction: str, predicate: str, subj: list[int],
                   obj: list[int], asserted: bool = False, status: str | None = None,
                   descriptive: bool = False) -> None:
        if not subj or not obj:
            return
        if (len(subj) > 1 or len(obj) > 1) and _respectively(t):
            # "X and Y back A and B respectively": two lists paired in order. Lists of unequal length,
            # one against several included, pair nothing: the parse holds only part of one of them ("X and
            # Y, led by A and B respectively" has one patient; the paired-leaders rule reads it)
            subj, obj = list(dict.fromkeys(subj)), list(dict.fromkeys(obj))
            if len(subj) == len(obj) and set(subj) != set(obj):
                for a, b in zip(sorted(subj), sorted(obj), strict=True):
                    self.emit_frame(p, t, construction, predicate, [a], [b], asserted=asserted, status=status,
                                    descriptive=descriptive)
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
        # "X's strikes killed Y fighters, Y said": the side attacked reports the attack on itself as a fact
        status = self._own_claim(status, speakers, subj + (obj if predicate == "opposes" else []))
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
        """"X says it backs Y": a speaker's claim about itself is asserted; so is a minister's or a head of
        state's about the state's forces named by a common noun ("the army", "the armed forces")."""
        if status != "alleged" or not speakers:
            return status
        ids = {e.id for i in speakers if (e := self.entity(i)) is not None}
        if any((e := self.entity(i)) is not None and e.id in ids or self.mentions[i].kind == "pronoun"
               for i in subj):
            return "asserted"
        if any(_HEAD_TITLE.match(t) or _OFFICIAL_TITLE.match(t) for i in speakers
               if (t := " ".join(self.mentions[i].title.split()))) and any(
                self.mentions[i].kind == "nominal" and (e := self.entity(i)) is not None and e.type == "State"
                for i in subj):
            return "asserted"  # "Defence Minister X says the armed forces have begun an offensive on Y"
        return status

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
