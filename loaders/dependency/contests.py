"""Verbs of defeat and fighting said of a contest, no fight ("beat Y 4-0", "routed Y at the polls")."""

from __future__ import annotations

from typing import Any

#: Nouns of a contest that is no fight ("beat Y in the final", "routed Y at the polls").
CONTESTS = frozenset({"final", "finals", "semifinal", "semi-final", "match", "game", "games", "qualifier",
                       "tournament", "cup", "championship", "league", "election", "elections", "vote",
                       "polls", "poll", "ballot", "runoff", "run-off", "race", "contest", "primary",
                       "primaries"})


def in_contest(v: Any) -> bool:
    """Whether a verb of defeat or fighting is about a contest: a score ("4-0") or "in"/"at" a contest ("in
    the cup final", "at the polls") within the words after it, however the parse hangs them."""
    after = v.doc[v.i + 1:v.i + 9]
    for k, x in enumerate(after):
        if x.lower_ in CONTESTS and any(w.lower_ in ("in", "at") for w in after[max(0, k - 3):k]):
            return True
        if x.text in ("-", "–") and 0 < k < len(after) - 1 and after[k - 1].text.isdigit() and \
                after[k + 1].text.isdigit():
            return True
    return False
