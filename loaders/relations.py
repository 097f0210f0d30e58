"""Relations: the phrasing patterns applied to each sentence, with status and confidence.

Each sentence is rewritten with its mentions as ``§N`` placeholders (see
``loaders.patterns``); a match gives subject and object mentions, whose
resolved entities become a relation if their types fit the predicate. The
sentence around the match decides the status: a denial, a reported claim
(unless the speaker claims it for itself), a hypothesis; relations the text
marks as over ("former", "once", "until") are dropped.

Here are the walk over the sentences (the rules a sentence's trigger words fire, the parse rules of
``loaders.dependency``) and the document passes after it; a rule's match is applied in
``loaders.rule_application``, on the state, look-ups and emission of ``loaders.relation_state``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pactgraph.loaders.dependency import DependencyRules
from pactgraph.loaders.inference import SIDE_TYPES, DocumentPasses, Found
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.one_status import one_status
from pactgraph.loaders.owned_titles import OwnedTitles
from pactgraph.loaders.patterns import RULES, Rule
from pactgraph.loaders.relation_state import _Sentence
from pactgraph.loaders.resolve import ResolvedEntity
from pactgraph.loaders.rule_application import RuleApplication
from pactgraph.loaders.status import _FORMER_BEFORE
from pactgraph.loaders.syntax import Parse
from pactgraph.loaders.tables import TableRows
from pactgraph.loaders.text import Sentence

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
#: Not a pattern: "X's government" is read while the sentence view is built.
_GOVERNMENT_OF = Rule("persons-government", "leader_of", re.compile(r"(?!)"), (), descriptive=True)
_LEADER_TITLE = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir)\b")
_GOVERNMENT_WORDS = frozenset({"government", "regime", "administration", "junta"})
_BETWEEN = re.compile(r"\bbetween\s+(?:[\w-]+\s+){0,3}?§(\d+)(?:'s)?(?:\s+[a-z][\w-]*){0,2}\s+and\s+"
                      r"(?:[\w-]+\s+){0,3}?§(\d+)")
#: Rules whose agreement is found by a gap that may also pass over other actors.
_RETRY_AFTER_NON_AGREEMENT = frozenset({"a-took-effect-in-z"})


class Extractor(RuleApplication, DocumentPasses, OwnedTitles, TableRows, DependencyRules):
    """The relations of one document: the walk over its sentences, then the passes over the whole."""

    # -- the walk ------------------------------------------------------------------------
    def run(self, parses: dict[int, Parse] | None = None) -> list[Found]:
        """The document's relations; ``parses``: its sentences' parses when they were parsed with other
        documents' (``parse_job``), else they are parsed here."""
        if parses is None:
            self.parse_pass()
        else:
            self.parses = parses
        for s in self.sentences:
            ms = self.by_sentence[s.index]
            if ms:
                before = len(self.found)
                self.sentence(s, ms)
                one_status(self.found, before)
                self.note_pair(s, before)
            for m in ms:
                e = self.entities[m.entity] if m.entity >= 0 else None
                if e is not None and e.type == "Agreement":
                    self.last_agreement = m.entity
        self.table_leaders()
        self.suppress_not_party()
        self.two_sides()
        self.owned_titles()  # "Y's General X", "ZRG Prime Minister X"
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
