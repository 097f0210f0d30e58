"""How a matched statement stands in its sentence: asserted, denied, alleged, hypothetical, or over.

A mixin of ``loaders.relations.Extractor``. A denial, a reported claim (unless
the speaker claims it for itself) or a hypothesis sets the status; relations
the text marks as over ("former", "once", "until") are dropped.
"""

from __future__ import annotations

import re

from pactgraph.loaders.extractor_state import ExtractorState

REF = re.compile(r"§(\d+)")
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|late|once|[Tt]he\s+then)\s+(?:[a-z-]+\s+)?$")
_FORMER_ROLE = re.compile(r"\b(?:former|ex-|late)\s+(?:[\w§-]+\s+){0,2}?(?:president|prime\s+minister|"
                          r"minister|"
                          r"leader|head|envoy|commander|general|chief|deputy|official|diplomat|ambassador|"
                          r"chairman|chairwoman|chair)\b", re.I)
_ACCORDING_AFTER = re.compile(r"[^.;§]*?,\s+according\s+to\b")
_ATTRIBUTION_CLOSED = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+|\s+(?:today|yesterday))?\s*,")
_DENIED_THAT = re.compile(r"\b(?:denies|denied|deny|denying|rejects|rejected|dismissed|disputes|disputed)\s+"
                          r"(?:(?:claims|reports|accusations|allegations|suggestions|charges)\s+)?that\s+$")
_VIEW_WORD = re.compile(r"\b(?:regards?|considers?|views?|sees)\b")
_PREDICATIVE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:\w+\s+)?"
                          r"(?:backed|supported|armed|funded|financed)")
_APPOSITIVE_START = re.compile(r"§\d+,\s")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|that)\b")
#: A relative clause inside a match ("X, which regards Y as ..., has vowed to fight Z"): its view is
#: not the claim.
_RELATIVE = re.compile(r",\s+(?:which|who)\s.*,"
                       r"(?=\s+(?:has|have|had|is|are|was|were|will|would|also|still|now)\b)")
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|n't|neither|nor|without|no)\b")
#: "the late leader" is over; "since late 2021" is a date
_LATE = r"late(?!\s+(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|" \
        r"November|December|last|this|next|in|on|at|night|evening)\b)"
_OVER = re.compile(r"\b(?:former|formerly|once|ex-|until|no\s+longer|used\s+to|" + _LATE + r"|erstwhile|"
                   r"then-|had\s+(?:held|run|controlled|been|backed|led))\b")
#: In an agreement's terms ("Under the accord, ...", "It requires ..."), "until" sets a term's time limit
#: ("deferred until 2001"); it does not end the tie.
_OVER_TERMS = re.compile(r"\b(?:former|formerly|once|ex-|no\s+longer|used\s+to|erstwhile|then-|"
                         r"had\s+(?:held|run|controlled|been))\b")
#: A time limit right after the match, in its clause ("X held Z until 2019"), and the ties it ends.
_UNTIL_AFTER = re.compile(r"[^,;.§]{0,30}?\buntil\b")
_HELD_TIES = frozenset({"controls", "backs", "allied_with", "member_of", "leader_of"})
#: For fighting, "former" and "late" qualify a person's role ("against his former deputy"), not the fight.
_OVER_ACTION = re.compile(r"\b(?:once|until|no\s+longer|used\s+to|had\s+(?:fought|been|opposed))\b")
_ENDED_PERSON = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:killed|assassinated|ousted|toppled|"
                           r"deposed|overthrown|removed|sacked)\b|\bdied\b|\bfled\b")
_HEDGE = re.compile(r"\b(?:allegedly|reportedly|purportedly|supposedly|ostensibly)\b")
#: "X is considering strikes on Y", "X threatened an offensive against Y": a plan, not a fight.
_PLANNED = re.compile(r"\b(?:considers?|considering|considered|plans|planning|prepares|preparing|threatens?|"
                      r"threatening|threatened|mulls?|mulling|weighs|weighing|proposes|proposing)\s+"
                      r"(?:an?\s+|new\s+|fresh\s+|further\s+|more\s+)*(?:air\s+|drone\s+|military\s+)?"
                      r"(?:strikes|attacks|offensive|offensives|assault|raids|invasion|operations?|action|"
                      r"sanctions|support|aid|arms|weapons)\b")
#: A condition still open before a match ("If X attacks Y, ...").
_IF_OPEN = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+[^,;.:]*$")
_IF_START = re.compile(r"(?:[Ii]f|[Uu]nless)\s")
_MODAL = re.compile(r"\b(?:would|could|might|may|if|unless|should)\b")
_DENIAL = re.compile(r"\b(?:denies|denied|deny|denying|rejects|rejected|dismissed)\b")
#: A match inside a relative clause ("X, which holds Z, ..."), and what follows it up to the main verb
#: (", rejected the plan"): the main clause's denial is not the relative clause's.
_IN_RELATIVE = re.compile(r",\s+(?:which|who)\s[^,;]*$")
_TO_MAIN_VERB = re.compile(r"[^,;§]*,\s+(?:[a-z]+ly\s+)?")
_CLAIM = re.compile(r"\b(?:says?|said|claims?|claimed|alleges?|alleged|allegedly|reportedly|reported|report|"
                    r"accusations?|allegations?|"
                    r"accuses?|accused|accusing|blames?|blamed|according\s+to|suspected|suspects?|believed|"
                    r"insists?|insisted|argues?|argued)\b")
_OWN_DEAL = re.compile(r"\s+(?:on\s+\w+\s+)?(?:that\s+)?§(\d+)\s+(?:had\s+|has\s+)?(?:brokered|mediated|"
                       r"signed|"
                       r"agreed|reached|struck|facilitated)\b")
_VIEW = re.compile(r"\b(?:regards?|considers?|views?|sees|brands?|describes?|calls?|labels?)\s+"
                   r"(?:§\d+\s+)?(?:as\s+)?$")


#: The patterns that read the places an agreement's terms name ("Under A, ...", "X units are to move to Z").
_TERMS_RULES = ("under-a-places", "a-terms-places", "units-are-to-move-z")


class StatusMixin(ExtractorState):
    """``status``: reads the sentence around a match."""

    def status(self, rule, match: re.Match[str], view) -> str | None:
        span = match.group()
        text = view.text
        if rule.name.startswith("x-denies"):
            return "denied"
        if rule.name.startswith("accuse"):
            return "alleged"
        if _NEGATION.search(span) and rule.predicate not in ("evolved_from",) and not (
                rule.name in _TERMS_RULES and not _NEGATION.search(
                    span[:match.start("rest") - match.start()])):
            # "Under the deal, X agreed not to attack ships that follow a corridor through Z": a term may
            # forbid; the places it names are still the deal's
            return None
        over = _OVER_ACTION if rule.predicate == "opposes" else _OVER
        if rule.name in _TERMS_RULES:
            # "Under the accord, a decision is deferred until 2001 and ... in Z": a term's time limit
            over = _OVER_TERMS
        former_before = rule.predicate != "opposes" and _FORMER_BEFORE.search(
            text[max(0, match.start() - 20):match.start()])
        if rule.predicate in ("brokered", "party_to"):
            # "Obasanjo, a former Nigerian president, led the mediation": the title is over, not the act
            span = _FORMER_ROLE.sub(" ", span)
        if not rule.allow_former and (over.search(span) or former_before):
            return None
        if rule.predicate in _HELD_TIES and _UNTIL_AFTER.match(text, match.end()):
            return None  # "X held Z until 2019", "X backed Y until the coup": the tie ended
        # "X, head of Y, was killed"; not "X, head of Y, is the son of Z, who died"
        tail = text[match.end():match.end() + 60].split("§")[0]
        if rule.predicate == "leader_of" and _ENDED_PERSON.search(tail):
            return None
        before = text[:match.start()]
        if rule.predicate in ("backs", "opposes", "allied_with") and (_IF_OPEN.search(before[-80:]) or
                                                                  _IF_START.match(span)):
            return "hypothetical"  # "If X attacks Y, ...": a condition
        # "which regards the YPG, the SDF's main component, as ...": the appositive is the narrator's
        appositive = rule.descriptive and _APPOSITIVE_START.match(span) is not None
        if not appositive and _VIEW.search(before[-40:]) or _VIEW_WORD.search(_RELATIVE.sub(",", span)):
            return "alleged"
        predicative = rule.name == "y-backed-by-x" and not _RELATIVE_WORD.search(span) and \
            _PREDICATIVE.search(span)
        if rule.descriptive and not predicative:
            # "Y, reportedly armed by X": a hedge inside the description
            if rule.predicate in ("backs", "opposes", "allied_with") and _PLANNED.search(span):
                return "hypothetical"  # "X is considering strikes on Y"
            if _DENIAL.search(_RELATIVE.sub(",", span)) and not appositive:
                return "denied"  # "X denies breaking away from Y"
            return "alleged" if _HEDGE.search(span) else "asserted"
        if _MODAL.search(span) or rule.predicate in ("backs", "opposes", "allied_with") and \
                _PLANNED.search(span):
            return "hypothetical"
        denial_after = _DENIAL.search(text, match.end())
        in_relative = _IN_RELATIVE.search(before) or ("§" in span
                                                      and _IN_RELATIVE.search(span[:span.rfind("§")]))
        if denial_after and in_relative and _TO_MAIN_VERB.fullmatch(text, match.end(), denial_after.start()):
            denial_after = None  # "X, which holds Z, rejected the plan": the denial is the main clause's
        if denial_after or _DENIAL.search(_RELATIVE.sub(",", span)) or _DENIED_THAT.search(before[-60:]):
            return "denied"  # "Rwanda denied that it backs the M23", "X backs Y, a claim Z denies"
        if rule.predicate in ("backs", "opposes", "allied_with") and \
                _ACCORDING_AFTER.match(text, match.end()):
            return "alleged"  # "Iran has sent drones to Russia, according to Western officials"
        # "Russian missiles struck Odesa, Kyiv said, a day after Moscow signed a deal": an attribution set
        # off by commas speaks for the clause before it, not the one after
        claims = [c for c in _CLAIM.finditer(before) if not _ATTRIBUTION_CLOSED.match(before, c.end())]
        claim = claims[-1] if claims else None
        if claim is not None or _CLAIM.search(span):
            speaker = re.search(r"§(\d+)\s*(?:\w+\s+)?$", before[:claim.start()] if claim else "")
            subject = match.groupdict().get("s") or ""
            first = REF.search(subject)
            if speaker and first:
                se = self.entity(int(speaker.group(1)))
                su = self.entity(int(first.group(1)))
                if se is not None and su is not None and se.id == su.id:
                    return "asserted"
                m = self.mentions[int(first.group(1))]
                if m.kind == "pronoun" and se is not None:
                    return "asserted"
            if speaker and claim is not None and rule.predicate in ("party_to", "brokered", "governs"):
                # "China said it had brokered a ceasefire between A and B": the mediator tells of its
                # own deal, and its sides with it
                own = _OWN_DEAL.match(before[claim.end():])
                se = self.entity(int(speaker.group(1)))
                su = self.entity(int(own.group(1))) if own else None
                if se is not None and su is not None and se.id == su.id:
                    return "asserted"
            return "alleged"
        return "asserted"
