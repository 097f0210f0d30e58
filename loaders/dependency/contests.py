"""Verbs of defeat and fighting said of a contest, no fight ("beat Y 4-0", "routed Y at the polls")."""

from __future__ import annotations

from typing import Any

#: Nouns of a contest that is no fight ("beat Y in the final", "routed Y at the polls", "crushed Y in
#: parliament"), and of its score ("routed Y by three goals", "beat Y on penalties").
CONTESTS = frozenset({
    "final", "finals", "semifinal", "semifinals", "semi-final", "semi-finals", "quarterfinal",
    "quarterfinals", "quarter-final", "quarter-finals", "match", "game", "games", "qualifier", "tournament",
    "cup", "championship", "league", "election", "elections", "vote", "polls", "poll", "ballot",
    "runoff", "run-off", "race", "contest", "primary", "primaries", "parliament"})
#: Nouns of a score, a contest only after "by" or "on" ("by three goals", "on penalties"; not "at three
#: points along the river").
SCORES = frozenset({"goals", "penalties", "points", "seats", "votes"})
#: Prepositions that set a contest or its score after the verb ("in the final", "by three goals").
_CONTEST_PREPS = frozenset({"in", "at", "by", "on"})
_SCORE_PREPS = frozenset({"by", "on"})
_HYPHENS = frozenset({"-", "–"})


def in_contest(v: Any) -> bool:
    """Whether a verb of defeat or fighting is about a contest: a score ("4-0") or "in"/"at"/"by"/"on" a
    contest ("in the cup final", "at the polls", "on penalties") within the words after it, however the parse
    hangs them. A word broken at a hyphen ("semi-finals", read as three tokens) is one word looking back."""
    after = v.doc[v.i + 1:v.i + 9]
    for k, x in enumerate(after):
        if x.lower_ in CONTESTS or x.lower_ in SCORES:
            # the three words before the noun, not counting the pieces of a hyphenated word
            words = [w for j, w in enumerate(after[:k]) if w.text not in _HYPHENS
                     and not (j + 1 < k and after[j + 1].text in _HYPHENS)]
            preps = _CONTEST_PREPS if x.lower_ in CONTESTS else _SCORE_PREPS
            if any(w.lower_ in preps for w in words[-3:]):
                return True
        if x.text in _HYPHENS and 0 < k < len(after) - 1 and after[k - 1].text.isdigit() and \
                after[k + 1].text.isdigit():
            return True
    return False
