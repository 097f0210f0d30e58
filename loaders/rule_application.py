"""Applying one phrasing rule's match: its subjects, objects and agreement, and what each rule adds.

A mixin of ``loaders.relations.Extractor`` (on ``loaders.relation_state.RelationState``, with the
status of ``loaders.status``): ``apply`` reads the groups of a rule's match over a sentence's view,
with the rules that need more than a subject and an object ("the Z ceasefire", "between X and Y",
"X signed for Y"), and emits what fits.
"""

from __future__ import annotations

import re

from pactgraph.loaders.apposed import apposed_owner
from pactgraph.loaders.inference import SIDE_TYPES
from pactgraph.loaders.patterns import Rule
from pactgraph.loaders.relation_state import _DIRECTION_WORDS, RelationState, _Sentence
from pactgraph.loaders.resolve import ResolvedEntity
from pactgraph.loaders.status import REF, StatusMixin
from pactgraph.loaders.text import Sentence
from pactgraph.ontology.statements import normalise, slug

#: A relative clause whose verb agrees with one subject ("X and Y, which has backed Z"), right after a list.
_SINGULAR_RELATIVE = re.compile(r",\s+(?:which|who|that)\s+(?:\w+ly\s+)?(?:has|is|was|does)\b")

_PAIRED_SPLIT = re.compile(r",\s+(?:and\s+)?|,?\s+and\s+")


def _paired(group: str) -> list[int]:
    """The elements of a list read by ``PAIRED_LIST``, each by its first mention ("§1 (§2)" is §1)."""
    return [int(REF.findall(element)[0]) for element in _PAIRED_SPLIT.split(group) if REF.search(element)]


#: A zone's line right before a place ("a §3 along the", "a §3 through"): the place names the zone.
_ALONG_ZONE = re.compile(r"§(\d+)\s+(?:along|through)\s+(?:both\s+banks\s+of\s+)?(?:the\s+)?$")
#: "several districts of Z", "a few villages of Z": a part of the place.
_SOME_OF = re.compile(r"(?:several|a\s+few|some|many)\s+[a-z]+\s+of\b")
_PLACE_KINDS = r"(?:town|city|port|hub|village|district|province|region|stronghold|base|enclave|capital)"
_DIRECTION_BEFORE = re.compile(r"\b(" + "|".join(sorted(_DIRECTION_WORDS, key=len, reverse=True)) + r")\s+$")
#: What follows a list's last element when that element is the subject of a clause of its own
#: ("..., and Y units — no longer rebels — have fought ...", "..., and Y, long Z's protector, has said").
_NEW_CLAUSE_AFTER = re.compile(r"(?:\s+(?:troops|forces|fighters|units|soldiers|militias|officials))?"
                               r"(?:\s*[—–]\s[^—–]{0,80}[—–]|,\s[^,]{0,80},)?"
                               r"\s+(?:has|have|had|is|are|was|were|will|would|also|then|later|now|still)\b")
#: A verb of reporting right after a list ("..., the Z government said"): its last element is the source.
_REPORT_AFTER = re.compile(r"\s+(?:has\s+|have\s+)?(?:said|says|say|told|added|reported|claimed|alleged|"
                           r"insisted|confirmed)\b")
#: Rules of armed action whose coordinated subjects act together.
_JOINT_ACTION = frozenset({"x-launched-offensive-against-y", "x-fights-y", "x-offensive-against-y"})
#: Verbs of making or announcing an agreement right before it ("signed a truce in Z": Z is the venue), its
#: modifiers in between however many there are of them ("signed a fragile and partial truce in Z", "signed
#: the so-called 'Pact of Z' in Z": words, quotes, commas and "and", up to six).
_MADE_BEFORE = re.compile(r"\b(?:sign\w*|announc\w*|reach\w*|struck|strike|agreed|conclud\w*|initial\w*|"
                          r"negotiat\w*|clinch\w*|seal\w*|welcom\w*|ink\w*|hammer\w*)\s+"
                          r"(?:[\w§'\"‘’“”-]+,?\s+){0,6}[\"“‘']?$")
#: The lower-case kinds of place that end a name read as a zone of its own ("the Marovian enclave of Z").
_PLACE_KIND_WORDS = frozenset({"enclave", "district", "town", "city", "region", "province", "village", "port",
                               "exclave", "area"})
#: A hold the same sentence ends ("..., holding the town for hours before they withdrew").
_GAVE_UP_AFTER = re.compile(r"[^.;]{0,60}?\b(?:before|then|later)\s+(?:(?:they|it|§\d+)\s+)?"
                            r"(?:withdrew|withdrawing|pulled\s+out|pulling\s+out|retreated|retreating|abandoned|"
                            r"abandoning)\b")
#: A title the mention finder took for a name ("the Chairman of X", "the Special Envoy of Y").
_OFFICE_NAME = re.compile(r"\b(?:Chairman|Chairwoman|President|Envoy|Minister|Secretary|Commander|"
                          r"Representative|Leader|Head|Chief|Director|Coordinator|Spokesman|Ambassador)\b")




class RuleApplication(RelationState, StatusMixin):
    """What a phrasing rule's match adds (needs the extractor's state and ``status``)."""

    def named_place_of(self, i: int, text: str) -> int:
        """"the Marovian enclave of Z", read as a zone of its own: the named place after its "of" (as the
        parse frames read it)."""
        if self.mentions[i].text.split()[-1] not in _PLACE_KIND_WORDS:
            return i
        after = re.compile(rf"§{i}\s+of\s+(?:the\s+)?§(\d+)").search(text)
        if after is None or (e := self.entity(int(after.group(1)))) is None or e.type != "Place":
            return i
        return int(after.group(1))

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
        if name == "commits-x":
            # "Signed aboard a Kessan ship off Z, the truce commits ...": the last agreement before the verb,
            # not the first name of a fronted phrase
            a_refs = [r for r in map(int, REF.findall(match.group()[:match.start("s") - match.start()]))
                      if (e := self.entity(r)) is not None and e.type == "Agreement"][-1:] or a_refs
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
            # "signed a deal in Pell", "announced the agreement in Vesk": where it was made
            z = self.mentions[int(groups["z"][1:])] if groups.get("z", "").startswith("§") else None
            if _MADE_BEFORE.search(text, max(0, match.start() - 80), match.start()) or (
                    z is not None and z.form == "capital"):
                return
        if name == "commits-x":
            subjects = [i for i in self.refs(groups["s"], last_of_element=False)
                        if (e := self.entity(i)) is not None and e.type != "Person"]
            for i in subjects:
                self.emit(i, p, agreement, s, rule, status, conf)
            return
        if name in ("x-is-to-hand-back-z", "units-are-to-move-z") or name == "under-a-places" and not a_refs:
            # only where a deal was named just before: the obligation is one of its terms
            back = 1 if name == "x-is-to-hand-back-z" else 2
            if self.last_agreement is None or not any(
                    m.entity == self.last_agreement for k in range(max(0, s.index - back), s.index + 1)
                    for m in self.by_sentence[k]):
                return
            agreement = self.entities[self.last_agreement]
        if name in ("under-a-places", "a-terms-places", "x-is-to-hand-back-z", "units-are-to-move-z"):
            rest = groups["rest"]
            for ref in re.finditer(r"§(\d+)", rest):
                before = rest[max(0, ref.start() - 25):ref.start()]
                if re.search(r"\b(?:signed|struck|agreed|reached|concluded|held|talks)\s+(?:in|at)\s+$",
                             before):
                    continue
                if re.search(r"\b(?:in\s+place\s+of|instead\s+of|replacing)\s+(?:the\s+)?$", before):
                    continue  # "provides for a new region in place of Z": Z is what the deal does away with
                zone = _ALONG_ZONE.search(rest, 0, ref.start())
                if zone and self.mentions[int(zone.group(1))].kind == "zone":
                    continue  # "a security zone along the Lisk river": the zone's line, named in the zone
                e = self.entity(int(ref.group(1)))
                if e is not None and e.type == "Place":
                    self.emit_entities(agreement, "governs", e, s, rule, status, conf)
            return
        if name == "x-holds-z" and _GAVE_UP_AFTER.match(text, match.end()):
            return  # "overran Z, holding the town for hours before they withdrew": a raid, no hold
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
        if len(subjects) > 1 and _SINGULAR_RELATIVE.match(text, match.end("s")):
            subjects = subjects[-1:]  # "X and Y, which has backed Z": the last name's clause
        # "strikes on X and by Y": the list of targets ends where a new agent begins
        objects = self.refs((groups.get("o") or groups.get("z") or "").split(" and by ")[0])
        if p in ("backs", "opposes", "allied_with") and ", and " in (groups.get("o") or "") and \
                _NEW_CLAUSE_AFTER.match(text, match.end()):
            # "X has been trying to dislodge it, and Y units have fought ...": the last "and" opens a
            # clause of its own, not one more object
            objects = self.refs(groups["o"].rsplit(", and ", 1)[0])
        if p in ("backs", "opposes", "allied_with") and "," in (groups.get("o") or "") and \
                _REPORT_AFTER.match(text, match.end()):
            # "X backs Y, the Z government said": the last element is the report's source, no object
            objects = self.refs(groups["o"].rsplit(",", 1)[0])
        objects = [i for i in objects if self.usable(i, rule)]
        if name == "z-which-x-holds" and len(objects) == 1 and (owner := apposed_owner(
                self.body, self.by_sentence[s.index], self.mentions[objects[0]])) is not None and (
                e := self.entity(owner)) is not None and e.type == "Place":
            objects = [owner]  # "A, the town above the capital, B, which X seized": A is the one seized
        if p == "opposes":
            # "Norlandic missiles struck the Tessalian port of Olo": the target is the port's state
            objects = [self.owner_of_place(i, groups.get("o") or "") for i in objects]
        if p == "controls":
            objects = [i for i in objects if (e := self.entity(i)) is not None and e.type == "Place"]
        if p == "governs":
            objects = [i for i in objects if (e := self.entity(i)) is not None and (
                e.type == "Place" or self.mentions[i].place > 0)]
        if p in ("governs", "controls"):
            objects = [self.named_place_of(i, text) for i in objects]
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
        if name == "paired-leaders":
            # the n-th person heads the n-th actor; lists of unequal length pair nothing
            branch = next(k for k in ("", "2", "3", "4") if groups["s" + k])
            people, bodies = _paired(groups["s" + branch]), _paired(groups["o" + branch])
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
            if len(subjects) > 1 and re.search(r"\brespectively\b", text[match.start():]):
                return  # "X and Y, led by A and B respectively": the paired-leaders rule pairs them
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
            # "Norland and Tessaly launched strikes on ...": joint military action is alliance
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
        """"The truce applies to northern Olo province": the part of the place the words name."""
        m = self.mentions[ref]
        e = self.entity(ref)
        word = _DIRECTION_BEFORE.search(self.body, max(0, m.start - 20), m.start)
        if e is None or e.type != "Place" or word is None or m.kind == "gaz":
            return
        if re.search(r"['’]s\s+$", self.body[max(0, word.start() - 3):word.start()]):
            return  # "Tessaly's north-western Olo province": where the place lies, not a part of it
        name = f"{word.group(1)} {e.name}"
        self.override[ref] = ResolvedEntity(-1, slug(name), name, "Place", (), None, None)
