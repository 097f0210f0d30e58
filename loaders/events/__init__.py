"""Events: what a sentence says happened, by whom, to whom, where, when, at what toll.

Built on the mentions and resolved entities the relation extractor uses. One
regular expression finds every trigger of the document in one pass (verbs and
nouns per type, see :data:`pactgraph.ontology.vocabulary.EVENT_TYPES`); only sentences
holding a trigger are read further. In each:

* clauses are cut at ``;``, dashes, quotes, ", as", "while", "but", ... and
  at speech acts ("X said", "according to X"), whose speaker becomes the
  event's ``reported_by``;
* triggers of one type in one clause make one event ("air raids on Idlib,
  barrel bombing areas") unless the later one has actors of its own
  ("Russia bombed Idlib and Turkey shelled Afrin"); a bare "killed" joins the
  violent event of its clause and only stands alone when there is none;
* agents are the actor mentions in subject position before the trigger
  ("Syrian and Russian jets ...") and after "by"/"between"; targets follow
  "on"/"against"/"targeting"/"with" or are a verb's object; the place is the
  first place after "in"/"near"/"on"/... (a state named there becomes its
  territory);
* the date is the time expression nearest the trigger in its clause, resolved
  against the publication date; killed and displaced come from number
  phrases around "killed", "displaced", "forced ... to flee";
* the status is ``hypothetical`` under a modal or a verb of prevention ("would",
  "averted a ground assault", "deterring any offensive"), ``denied`` under a
  denial, ``alleged`` when the event is an accusation's content ("accused X of
  shelling"), "allegedly"/"reportedly" or a claim ("X claimed"); else
  ``asserted``. A neutral report ("the UN says") keeps ``asserted`` and names
  the reporter: monitors and agencies are how news knows of most events.
  A negated trigger ("no air strikes") is no event.

Events with no agent, target, place or toll say too little and are dropped.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from pactgraph.loaders.dates import TimeRef, combine, find_dates
from pactgraph.loaders.events.lexicon import (
    _ACCUSED_OF,
    _ACCUSED_TAIL,
    _ALLEGED,
    _ALLEGED_GATE,
    _DATE_GATE,
    _DATE_HINT,
    _DENIAL,
    _DENIAL_GATE,
    _HYPOTHETICAL,
    _HYPOTHETICAL_GATE,
    _KEYS,
    _LOWER_WORD,
    _MAY,
    _MODAL_AFTER,
    _NEGATED,
    _NEGATION_GATE,
    _PHRASE,
    _THAT,
    _WORD_KIND,
    _YEAR,
)
from pactgraph.loaders.events.reader import (
    _Event,
    _Reader,
    _Speech,
    _Trigger,
    parse_count,
)
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.resolve import ResolvedEntity
from pactgraph.loaders.text import Sentence
from pactgraph.ontology.statements import Entity, Event, Evidence


def _status(body: str, lower: str, event: _Event, speech: _Speech | None, sentence: Sentence,
            words: frozenset[str]) -> str:
    t = event.main
    if words & _DENIAL_GATE and (_DENIAL.search(lower, t.clause_start, t.start) or (
            event.type != "accuse" and _DENIAL.search(lower, t.end, sentence.end))):
        return "denied"
    if any(x.prevented for x in event.triggers) or words & _HYPOTHETICAL_GATE and (
            _HYPOTHETICAL.search(lower, t.clause_start, t.start)
            or _MODAL_AFTER.match(lower, t.end, event.end)
            or "may" in words and _MAY.search(body, t.clause_start, t.start)):
        return "hypothetical"
    if speech is not None and speech.claim:
        return "alleged"
    if words & _ALLEGED_GATE:
        if _ALLEGED.search(lower, sentence.start, t.start):
            return "alleged"
        accused = list(_ACCUSED_OF.finditer(lower, sentence.start, t.start))
        if accused and _ACCUSED_TAIL.search(lower, accused[-1].end(), t.start):
            return "alleged"
    return "asserted"


def _negated(lower: str, t: _Trigger, words: frozenset[str]) -> bool:
    if not words & _NEGATION_GATE:
        return False
    before = lower[max(t.clause_start, t.start - 30):t.start]
    return bool(_NEGATED.search(before)) and not _DENIAL.search(before)


def _dates(lower: str, body: str, sentences: list[Sentence], reference: str | None) -> list[TimeRef]:
    """The time expressions of the sentences, read in one pass over the text around date words."""
    windows: list[tuple[int, int]] = []
    for s in sentences:
        for h in _DATE_HINT.finditer(lower, s.start, s.end):
            lo, hi = max(s.start, h.start() - 24), min(s.end, h.end() + 24)
            while lo > s.start and body[lo - 1].isalnum():
                lo -= 1
            while hi < s.end and body[hi].isalnum():
                hi += 1
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
            else:
                windows.append((lo, hi))
    if not windows:
        return []
    # One call over the windows joined by blank lines (no pattern spans one), offsets mapped back.
    parts: list[str] = []
    origins: list[tuple[int, int]] = []  # (offset in the joined text, offset in the body)
    cursor = 0
    for lo, hi in windows:
        origins.append((cursor, lo))
        parts.append(body[lo:hi])
        cursor += hi - lo + 3
    joined = " \n\n".join(parts)
    keys = [o[0] for o in origins]
    out = []
    for ref in find_dates(joined, reference):
        joined_start, body_start = origins[bisect_right(keys, ref.start) - 1]
        shift = body_start - joined_start
        out.append(TimeRef(ref.value, ref.precision, ref.start + shift, ref.end + shift, ref.text))
    return out


def find_events(body: str, sentences: list[Sentence], mentions: list[Mention],
                resolved: list[ResolvedEntity | None], reference_date: str | None = None, doc_id: str = "",
                *, entity: Callable[[ResolvedEntity], Entity] | None = None) -> list[Event]:
    """Every event the document's sentences state, in text order (see the module doc).

    ``entity`` turns a resolved entity into the ontology's ``Entity`` (the extractor passes its
    own, so that an entity is one object across relations and events).
    """
    if not sentences:
        return []
    lower = _lower(body)
    found = find_triggers(body, lower)
    if not found:
        return []
    convert = entity or _to_entity
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[_Trigger]] = {}
    for start, end, kind, text in found:
        k = bisect_right(starts, start) - 1
        if k >= 0 and start < sentences[k].end:
            by_sentence.setdefault(k, []).append(_Trigger(kind, start, end, text))
    mentions_of: dict[int, list[Mention]] = {k: [] for k in by_sentence}
    for m in mentions:
        if m.sent in mentions_of:
            mentions_of[m.sent].append(m)

    reader = _Reader(body, lower, mentions, resolved)
    read: list[tuple[Sentence, frozenset[str], list[_Event], list[_Speech]]] = []
    dated: list[Sentence] = []
    for k in sorted(by_sentence):
        s = sentences[k]
        words = frozenset(_LOWER_WORD.findall(lower, s.start, s.end))
        events, speeches = reader.sentence(s, by_sentence[k], mentions_of[k], words)
        if events:
            read.append((s, words, events, speeches))
            if words & _DATE_GATE or _YEAR.search(lower, s.start, s.end):
                dated.append(s)
    dates = _dates(lower, body, dated, reference_date)
    starts = [d.start for d in dates]  # in text order: ``_date`` looks them up by offset

    out: list[Event] = []
    for s, words, events, speeches in read:
        text = body[s.start:s.end]
        for event in events:
            main = event.main
            if _negated(lower, main, words):
                continue
            speech = _speech_for(main, speeches)
            agents = list(event.agents)
            if speech is not None and speech.speakers:
                # "Russia says its jets struck ...": the pronoun is the speaker
                pronouns = [m for m in event.triggers[0].subjects
                            if m.kind == "pronoun" and speech.verb_end <= m.start]
                if pronouns and _THAT.fullmatch(body, speech.verb_end, pronouns[0].start):
                    wrong = reader.entity(pronouns[0])
                    kept = [e for e in agents if e is not wrong]
                    agents = kept + [e for e in speech.speakers if e not in kept]
            if not (agents or event.targets or event.place or event.killed is not None
                    or event.displaced is not None):
                continue
            status = _status(body, lower, event, speech, s, words)
            date = _date(dates, starts, event, main)
            evidence = Evidence(doc=doc_id, sentence=text, start=s.start, end=s.end,
                                rule=f"event-{event.type}")
            reporter = speech.speakers[0] if speech is not None and speech.speakers else None
            out.append(Event(
                type=event.type, trigger=main.text, trigger_start=main.start, evidence=evidence,
                agents=tuple(convert(e) for e in agents),
                targets=tuple(convert(e) for e in event.targets if e not in agents),
                place=convert(event.place) if event.place else None,
                date=date.value if date else None, date_precision=date.precision if date else None,
                killed=event.killed, displaced=event.displaced,
                reported_by=convert(reporter) if reporter is not None else None,
                status=status,
            ))
    return out


def _lower(body: str) -> str:
    """The body in lower case, offset for offset (what the regular expressions read)."""
    lower = body.lower()
    if len(lower) != len(body):  # a few characters lower-case to two: keep offsets exact
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in body)
    return lower


def find_triggers(body: str, lower: str | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, text) of every trigger, in text order, none inside another."""
    lower = lower if lower is not None else _lower(body)
    keys = _KEYS.intersection(_LOWER_WORD.findall(lower))
    if not keys:
        return []
    found: list[tuple[int, int, str, str]] = []
    for word in keys:
        size = len(word)
        pos = lower.find(word)
        while pos >= 0:
            end = pos + size
            if (pos == 0 or not lower[pos - 1].isalpha()) and (end == len(lower) or not lower[end].isalpha()):
                phrase = _PHRASE.get(word)
                m = phrase[1].match(lower, pos) if phrase else None
                if m is not None:
                    found.append((pos, m.end(), phrase[0], body[pos:m.end()]))  # type: ignore[index]
                elif word in _WORD_KIND:
                    found.append((pos, end, _WORD_KIND[word], body[pos:end]))
            pos = lower.find(word, end)
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int, str, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


def _speech_for(t: _Trigger, speeches: list[_Speech]) -> _Speech | None:
    """The speech act that reports the trigger: the last one before it, else the first after it."""
    before = [sp for sp in speeches if sp.verb_end <= t.start and not sp.trailing]
    if before:
        return before[-1]
    after = [sp for sp in speeches if sp.verb_start >= t.end]
    return after[0] if after else None


def _date(dates: list[TimeRef], starts: list[int], event: _Event, main: _Trigger) -> TimeRef | None:
    """The time expression nearest the trigger within the event's span, else within its clause.

    ``dates`` are in text order and ``starts`` are their offsets: only those that start inside the
    span are read, not every date of the document for every event (quadratic in a long document).
    """
    for lo in (event.start, main.clause_start):
        window = dates[bisect_left(starts, lo):bisect_right(starts, event.end)]
        inside = [d for d in window if d.end <= event.end]
        if inside:
            nearest = min(inside, key=lambda d: min(abs(d.start - main.end), abs(main.start - d.end)))
            years = [d for d in inside if d.precision == "year" and d is not nearest]
            return combine([nearest, *years]) if years else nearest
    return None


def _to_entity(e: ResolvedEntity) -> Entity:
    return Entity(id=e.id, name=e.name, type=e.type, aliases=e.aliases, wikidata=e.wikidata, kind=e.kind)


__all__ = ["find_events", "find_triggers", "parse_count"]
