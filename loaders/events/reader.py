"""One document's sentences read for events: triggers, clauses, agents, targets, places, tolls."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pactgraph.loaders.events.lexicon import (
    _ANONYMOUS_SPEAKER,
    _BOUNDARY,
    _BOUNDARY_GATE,
    _CLAIM_VERBS,
    _COMPOUND,
    _COORDINATION,
    _COUNT_AFTER,
    _COUNT_BEFORE,
    _COUNT_CUES,
    _COUNT_PHRASE,
    _DETERMINERS,
    _MULTIPLIERS,
    _NOUNS,
    _NUMBER,
    _NUMBER_WORDS,
    _OBJECT_GAP,
    _PAST,
    _PREP,
    _PREPOSITIONS,
    _PREVENTION,
    _PREVENTION_GATE,
    _PUNCTUATION_GATE,
    _RELATIVE,
    _RELATIVE_GATE,
    _SPEAKER_GAP,
    _SPEECH,
    _SPEECH_GATE,
    _STATE_HEADS,
    _STATE_MODIFIERS,
    _SUPPORT,
    _TITLE_WORDS,
    _VIOLENT,
    _WORD,
    _WORD_KIND,
    _YEAR,
)
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.resolve import ResolvedEntity
from pactgraph.loaders.text import Sentence
from pactgraph.ontology.statements import slug
from pactgraph.ontology.vocabulary import ACTOR_TYPES

# --- per-document state -----------------------------------------------------------------------


@dataclass(slots=True)
class _Trigger:
    kind: str  # an event type, or "kill"
    start: int
    end: int
    text: str
    subjects: list[Mention] = field(default_factory=list)
    by: list[Mention] = field(default_factory=list)
    clause_start: int = 0
    prevented: bool = False


@dataclass(slots=True)
class _Speech:
    verb_start: int
    verb_end: int
    cut_start: int  # the speaker and verb are no part of any event
    speakers: list[ResolvedEntity]
    claim: bool
    #: ", Kyiv said," after what it reports: it reports only what comes before it
    trailing: bool = False


@dataclass(slots=True)
class _Event:
    type: str
    triggers: list[_Trigger]
    agents: list[ResolvedEntity] = field(default_factory=list)
    targets: list[ResolvedEntity] = field(default_factory=list)
    place: ResolvedEntity | None = None
    killed: int | None = None
    displaced: int | None = None
    start: int = 0  # the span whose dates are the event's
    end: int = 0

    @property
    def main(self) -> _Trigger:
        return next((t for t in self.triggers if t.kind != "kill"), self.triggers[0])


def parse_count(text: str) -> int | None:
    """A stated number of people: "39" -> 39, "140,000" -> 140000, "2.5m" -> 2500000, "twelve" -> 12."""
    m = _COUNT_PHRASE.fullmatch(text)
    return _count(m) if m else None


def _count(m: re.Match[str]) -> int | None:
    if m.group("word"):
        return _NUMBER_WORDS.get(" ".join(m.group("word").lower().split()))
    number = float(m.group("num").replace(",", ""))
    mult = (m.group("mult") or "").lower()
    return int(round(number * _MULTIPLIERS.get(mult, 1)))


class _Reader:
    """Reads the sentences of one document; holds per-document state only."""

    def __init__(self, body: str, lower: str, mentions: list[Mention],
                 resolved: list[ResolvedEntity | None]) -> None:
        self.body = body
        self.lower = lower
        self.mentions = mentions
        self.resolved = resolved
        self._places: dict[str, ResolvedEntity] = {}
        self._use: dict[int, str] = {}

    # -- entities --------------------------------------------------------------------------------
    def entity(self, m: Mention) -> ResolvedEntity | None:
        return self.resolved[m.entity] if 0 <= m.entity < len(self.resolved) else None

    def territory(self, m: Mention, e: ResolvedEntity) -> ResolvedEntity | None:
        """The place a mention names: a place, a capital, or a state named as a territory."""
        if e.type == "Place":
            return e
        if e.type != "State" or m.kind not in ("gaz", "name"):
            return None
        if m.form == "capital":
            key, name = "place-" + slug(m.text), m.text
        elif m.form == "demonym":
            return None
        else:
            key, name = "place-" + e.id, e.name
        place = self._places.get(key)
        if place is None:
            place = self._places[key] = ResolvedEntity(-1, key, name, "Place", (), None, None)
        return place

    def actor(self, m: Mention, e: ResolvedEntity | None, trigger_start: int | None = None) -> bool:
        """Whether the mention stands for an actor taking part (not "anti-Assad", "Turkey-backed").

        An owner ("Russia's", "its") takes part only in the event named right after it
        ("Russia's air strikes", not "Turkey's president ... pledged").
        """
        use = self._use.get(m.index)
        if use is None:
            use = self._use[m.index] = self._usability(m, e)
        if use == "owner":
            following = self.mentions[m.index + 1] if m.index + 1 < len(self.mentions) else None
            return trigger_start is not None and 0 <= trigger_start - m.end <= 30 and (
                following is None or following.start >= trigger_start)
        return use == "yes"

    def _usability(self, m: Mention, e: ResolvedEntity | None) -> str:
        if m.kind == "pronoun" and e is None:
            # may still stand for a speaker ("Azerbaijan said its forces had shelled ...")
            return "owner" if m.text.lower() in ("its", "their") else "yes"
        if e is None or e.type not in ACTOR_TYPES:
            return "no"
        lower = self.lower
        if lower.endswith(("anti-", "pro-"), max(0, m.start - 5), m.start):
            return "no"
        after = lower[m.end:m.end + 32]
        if _COMPOUND.match(after):
            return "no"
        if after.startswith(("'s", "’s")):
            return "owner"
        if m.kind == "pronoun":
            word = m.text.lower()
            if word in ("it", "they", "he", "she"):
                return "yes"
            return "owner" if word in ("its", "their") else "no"
        if m.kind == "gaz" and m.form == "demonym":
            following = [w.strip(",.;:") for w in after.replace("“", " ").replace('"', " ").split()[:2]]
            if following and following[0] in _STATE_MODIFIERS:
                following = following[1:]
            head = following[0] if following else ""
            return "yes" if head in _STATE_HEADS or after.lstrip().startswith((",", "and ", "or ")) else "no"
        return "yes"

    def nominal(self, t: _Trigger, subject: Mention | None) -> bool:
        """Whether the trigger is a noun here ("the attack", "Israeli air strikes"), not a verb."""
        words = t.text.lower().split()
        word = words[-1]
        if word in _NOUNS or word.endswith(("ion", "ions", "ment", "ments")):
            return True
        if words[0].endswith("ed") or words[0] in _PAST:
            return False
        before = self.lower[max(0, t.start - 20):t.start].split()
        if before and before[-1].strip(",") in _DETERMINERS:
            return True
        return subject is not None and not self.lower[subject.end:t.start].strip(" ’'s")

    def subject_position(self, m: Mention, floor: int) -> bool:
        """No preposition governs the mention ("on Idlib", "brokered by Russia"), bar "officials from X"."""
        words = [w.strip(",.;:\"“”'()") for w in self.lower[max(floor, m.start - 40):m.start].split()]
        while words and words[-1] in _TITLE_WORDS:
            words.pop()
        if not words:
            return True
        last = words[-1]
        if last in ("of", "from") and len(words) >= 2 and words[-2] in _STATE_HEADS:
            return True
        return last not in _PREPOSITIONS and last not in ("close", "next")

    # -- one sentence ----------------------------------------------------------------------------
    def sentence(self, s: Sentence, triggers: list[_Trigger], ms: list[Mention],
                 words: frozenset[str]) -> tuple[list[_Event], list[_Speech]]:
        """The sentence's events (before status and filtering) and its speech acts."""
        ms = [m for m in ms if m.text.lower() not in _WORD_KIND]  # "Talks ..." opening a sentence
        triggers = [t for t in triggers if not any(m.start <= t.start < m.end for m in ms)]
        if not triggers:
            return [], []
        speeches = self.speeches(s, ms) if words & _SPEECH_GATE else []
        cuts = [(sp.cut_start, sp.verb_end) for sp in speeches]
        text = self.lower[s.start:s.end]
        if words & _BOUNDARY_GATE or _PUNCTUATION_GATE.search(text):
            cuts += [(s.start + b.start(), s.start + b.end()) for b in _BOUNDARY.finditer(text)]
        cuts.sort()
        prevent = bool(words & _PREVENTION_GATE)
        antecedents: dict[int, Mention] = {}
        if words & _RELATIVE_GATE:
            for r in _RELATIVE.finditer(self.lower, s.start, s.end):
                head = next((m for m in reversed(ms) if m.end <= r.start()), None)
                if head is not None and not self.lower[head.end:r.start()].strip() and self.actor(
                        head, self.entity(head)):
                    antecedents[r.end()] = head
                    cuts.append((r.start(), r.end()))
            cuts.sort()

        def boundary_before(pos: int, floor: int) -> int:
            out = floor
            for _, b in cuts:
                if b <= pos:
                    out = max(out, b)
            return out

        def cut_between(a: int, b: int) -> bool:
            return any(a <= x < b or a < y <= b for x, y in cuts)

        previous_end = s.start
        for t in triggers:
            t.clause_start = boundary_before(t.start, max(s.start, previous_end))
            previous_end = t.end
            prevention = list(_PREVENTION.finditer(self.lower, t.clause_start, t.start)) if prevent else []
            floor = t.clause_start
            if prevention:
                t.prevented = True
                floor = prevention[-1].end()
            subjects = [m for m in ms if floor <= m.start and m.end <= t.start
                        and self.actor(m, self.entity(m), t.start) and self.subject_position(m, floor)]
            if subjects and self.nominal(t, subjects[-1]):
                # a noun: its own modifiers ("Israeli air strikes", "Haftar's assault"), or the
                # subject of a verb that makes it happen ("X launched an offensive")
                last = subjects[-1]
                gap = self.lower[last.end:t.start]
                modifier = len(gap.split()) <= 3 and "," not in gap and not any(
                    w.endswith("ed") for w in gap.split())
                if not _SUPPORT.search(gap) and not modifier:
                    subjects = []
                elif not _SUPPORT.search(gap):
                    subjects = [m for m in subjects
                                if m is last or _COORDINATION.match(self.lower[m.end:last.start])]
            if not subjects and antecedents:
                # ", which sent ...": the clause's subject is what the relative pronoun stands for
                head = antecedents.get(t.clause_start)
                if head is not None and not self.nominal(t, None):
                    subjects = [head]
            t.subjects = subjects

        # the roles after each trigger, up to the next trigger or boundary
        events: list[_Event] = []
        for i, t in enumerate(triggers):
            nxt = triggers[i + 1] if i + 1 < len(triggers) else None
            end = s.end
            for a, _ in cuts:
                if a >= t.end:
                    end = min(end, a)
                    break
            if nxt is not None:
                # "accused Russia of shelling": Russia is the accused and the shelling's agent
                own = nxt.subjects and t.kind != "accuse"
                end = min(end, nxt.subjects[0].start if own else nxt.start)
            roles = self.after(t, [m for m in ms if t.end <= m.start and m.end <= end], end)
            t.by = roles["agent"]
            current = events[-1] if events else None
            joins = current is not None and not t.subjects and not t.by and not cut_between(
                current.triggers[-1].end, t.start) and (
                t.kind == current.type or (t.kind == "kill" and current.type in _VIOLENT)
                or (current.type == "assault" and all(x.kind == "kill" for x in current.triggers)
                    and t.kind in _VIOLENT))
            if joins:
                assert current is not None
                current.triggers.append(t)
                if t.kind in _VIOLENT and current.main.kind == "kill":
                    current.type = t.kind
            else:
                current = _Event("assault" if t.kind == "kill" else t.kind, [t])
                current.start = t.subjects[0].start if t.subjects else t.start
                events.append(current)
            current.end = end
            self.add_roles(current, t, roles)
        if words & _COUNT_CUES:
            self.counts(s, events)
        return events, speeches

    def after(self, t: _Trigger, ms: list[Mention], end: int) -> dict[str, list]:
        """Mentions after the trigger by the preposition that governs them."""
        body = self.body
        out: dict[str, list] = {"agent": [], "between": [], "target": [], "with": [], "place": [], "from": [],
                                "to": [], "object": []}
        role: str | None = None if t.text.lower().split()[-1] in _NOUNS else "object"
        last: str | None = None
        cursor = t.end
        for m in ms:
            gap = body[cursor:m.start]
            preps = _PREP.findall(gap)
            if preps:
                prep = " ".join(preps[-1].lower().split())
                role = "place" if prep in ("close to", "next to") else _PREPOSITIONS.get(prep)
                if role == "of":
                    role = last if last in ("target", "place", "object") else None
            elif role == "object" and cursor == t.end:
                role = "object" if _OBJECT_GAP.match(gap) else None
            elif not _COORDINATION.match(gap):
                role = None
            cursor = m.end
            last = role
            if role is not None:
                out[role].append(m)
        return out

    def add_roles(self, event: _Event, t: _Trigger, roles: dict[str, list[Mention]]) -> None:
        kind = event.type

        def add(entities: list[ResolvedEntity], e: ResolvedEntity | None) -> None:
            if e is not None and all(x.id != e.id for x in entities):
                entities.append(e)

        for m in t.subjects:
            add(event.agents, self.entity(m))
        for m in roles["agent"] + roles["between"]:
            e = self.entity(m)
            if self.actor(m, e):
                add(event.agents, e)
        for role_name in ("object", "target", "with", "to", "place", "from"):
            # "fled Sudan": the place left
            role = "from" if role_name == "object" and kind == "displace" else role_name
            for m in roles[role_name]:
                e = self.entity(m)
                if e is None:
                    continue
                place = self.territory(m, e)
                is_actor = self.actor(m, e) and m.kind != "pronoun" and not (
                    m.kind == "gaz" and m.form == "capital")
                if place is not None and (role in ("place", "from") or not is_actor):
                    if role == "from" and kind != "displace":
                        continue
                    if role == "target" and kind in ("consult", "agree", "protest"):
                        continue  # "talks on Syria": a topic
                    if event.place is None:
                        event.place = place
                    continue
                if not is_actor or role == "from" or (role == "place" and kind not in _VIOLENT | {"coerce"}):
                    continue  # "strikes on areas near Idlib and a Russian base": the base is a target
                if role == "to" and kind != "aid":
                    continue
                if role == "target" and kind in ("consult", "agree"):
                    continue
                if role == "object" and kind in ("displace", "protest", "aid"):
                    continue
                add(event.targets, e)
        event.targets = [e for e in event.targets if all(a.id != e.id for a in event.agents)]

    def speeches(self, s: Sentence, ms: list[Mention]) -> list[_Speech]:
        out: list[_Speech] = []
        body = self.body
        for v in _SPEECH.finditer(self.lower, s.start, s.end):
            vs, ve = v.start(), v.end()
            if v.group("according"):
                after = [m for m in ms if ve <= m.start < ve + 60 and self.actor(m, self.entity(m))]
                if after and not _BOUNDARY.search(self.lower, ve, after[0].start):
                    e = self.entity(after[0])
                    assert e is not None
                    out.append(_Speech(vs, after[0].end, vs, [e], False))
                continue
            before = [m for m in ms if m.end <= vs]
            speaker: Mention | None = None
            if before:
                last = before[-1]
                gap = body[last.end:vs]
                words = [w.lower() for w in _WORD.findall(gap)]
                if "," not in gap and all(w in _SPEAKER_GAP for w in words) and len(words) <= 4:
                    speaker = last
                else:
                    first = before[0]
                    lead = body[s.start:first.start].strip().lower()
                    if lead in ("", "the", "“", '"') and gap.rstrip().endswith(",") and \
                            body[first.end:first.end + 2].startswith(","):
                        speaker = first
            if speaker is None:
                if before or _ANONYMOUS_SPEAKER.search(body, max(s.start, vs - 20), vs):
                    out.append(_Speech(vs, ve, max(s.start, vs - 20) if not before else vs, [],
                                       v.group("verb") in _CLAIM_VERBS))
                continue
            speakers = [speaker]
            k = before.index(speaker)
            while k > 0 and _COORDINATION.match(body[before[k - 1].end:before[k].start]):
                k -= 1
                speakers.insert(0, before[k])
            entities = [e for m in speakers if (e := self.entity(m)) is not None and self.actor(m, e)]
            trailing = body[max(s.start, speakers[0].start - 8):speakers[0].start].rstrip().endswith(",")
            claim = v.group("verb") in _CLAIM_VERBS
            out.append(_Speech(vs, ve, speakers[0].start, entities, claim, trailing))
        return out

    def counts(self, s: Sentence, events: list[_Event]) -> None:
        """Killed and displaced from number phrases, each given to the event its cue word belongs to."""
        lower = self.lower
        for n in _NUMBER.finditer(lower, s.start, s.end):
            if n.group("num") and not n.group("mult") and _YEAR.fullmatch(n.group("num")):
                continue  # a year
            found: list[tuple[str, int]] = []
            for kind, pattern in _COUNT_AFTER:
                m = pattern.match(lower, n.end(), s.end)
                if m:
                    found.append((kind, m.start("cue")))
            for kind, pattern, tail in _COUNT_BEFORE:
                m = pattern.search(lower, max(s.start, n.start() - 60), n.start())
                if m and tail is None:
                    found.append((kind, m.start()))
                elif m and tail is not None and (t := tail.match(lower, n.end(), s.end)):
                    found.append((kind, t.start("cue") if t.group("cue") else t.start("cue2")))
            value = _count(n)
            for kind, cue in found[:1]:
                wanted = _VIOLENT if kind == "killed" else {"displace"}
                own = [e for e in events if any(t.start <= cue < t.end for t in e.triggers)]
                fits = own or [e for e in events if e.type in wanted]
                if not fits or value is None:
                    continue
                event = own[0] if own else min(fits, key=lambda e: abs(e.main.start - cue))
                if getattr(event, kind) is None:
                    setattr(event, kind, value)
