"""State cues: what the text around a name no list knows says about it being a state.

A name that heads or owns a state's institutions ("the X government", "X's defence ministry", "the
president of X", "President Y of X", "the capital of X", "ambassadors from X and Z", "X, whose prime
minister ...") is a state, however unknown the name: an invented country is typed by its context, not by
a list. ``state_cue`` returns the votes one mention's surroundings give (``Clustering.name`` adds them to
its cluster's ``state_votes``; two make a state, see ``Resolver.type_names``). Troops and soldiers give one
vote only: armed groups have them too, so one more cue is needed.
"""

from __future__ import annotations

import re

#: Institutions only a state has (heads of its name's phrase: "X's government", "the X army").
_INSTITUTIONS = (r"(?:government|cabinet|presidency|president|prime\s+minister|premier|parliament|"
                 r"legislature|(?:(?:foreign|defen[cs]e|interior|finance|home)\s+)?(?:ministry|ministries|ministers?)|"
                 r"army|armed\s+forces|military|navy|air\s+force|capital|embassy|embassies|ambassadors?|"
                 r"authorities|junta|head\s+of\s+state|king|monarch|constitution)")
#: Words that make the institution's word a modifier of something else: "X's military wing",
#: "the X army commander" (a group's wing or commander), "X's military support" (a backer's aid).
_NOT_HEAD = (r"(?!\s*-|\s+(?:wing|wings|arm|commanders?|council|leaders?|officers?|operations?|bases?|"
             r"campaign|court|intelligence|pressure|support|aid|advisers?|advisors?|trainers?|hardware|"
             r"equipment|uniforms?|style|rule)\b)")
#: "X's": a possessive, but not of a government ("Fenn's government" is a man's, the state's too).
_OWNED = r"(?:(?:'s|’s)(?!\s+(?:government|cabinet|junta|authorities)\b))?"
#: After the name: "X government", "X's defence ministry", "X's newly elected president", "X President Y".
_AFTER = re.compile(_OWNED + r"\s+(?:(?:own|new|newly|elected|appointed|acting|interim|then|former|top|"
                    r"civilian|military|federal|national)\s+){0,2}" + _INSTITUTIONS + r"\b" + _NOT_HEAD, re.I)
#: "X, whose president ...": the name's own institution in a relative clause.
_WHOSE = re.compile(r",\s+whose\s+(?:[a-z]+\s+){0,2}" + _INSTITUTIONS + r"\b" + _NOT_HEAD, re.I)
#: Armed men of the name: one vote ("X troops", "soldiers from X").
_TROOPS_AFTER = re.compile(_OWNED + r"\s+(?:troops|soldiers)\b", re.I)
_TROOPS_BEFORE = re.compile(r"\b(?:troops|soldiers)\s+(?:of|from)\s+(?:the\s+)?$", re.I)
#: Before the name: "the president of X", "ambassadors from X", "the capital of X", with a first conjunct
#: between ("the foreign ministers of X and Z").
_BEFORE = re.compile(r"\b(?:president|prime\s+minister|premier|parliament|ministers|"
                     r"(?:foreign|defen[cs]e|interior)\s+ministers?|army|armed\s+forces|capital|embassy|"
                     r"embassies|ambassadors?|king|head\s+of\s+state|constitution)\s+(?:of|from|to)\s+(?:the\s+)?"
                     r"(?:[A-Z][\w'’-]+\s+(?:and|or)\s+(?:the\s+)?|[A-Z][\w'’-]+,\s+)?$", re.I)
#: "backed by neighbouring X": a country beside another (a region is named with its kind: "neighbouring X
#: province")
_NEIGHBOURING = re.compile(r"\bneighbou?ring\s+$", re.I)
_PLACE_KIND_AFTER = re.compile(r"\s+(?:province|region|district|state|county|town|city|village|valley|"
                               r"island|islands|border|port)\b", re.I)
#: "President Y of X", "King Y of X": a head of state's title and name before the state.
_TITLED_OF = re.compile(r"\b(?:President|King|Queen|Emir|Sultan|Premier)\s+(?:[A-Z][\w'’.-]+\s+){1,4}of\s+$")


def state_cue(body: str, start: int, end: int) -> int:
    """The state votes the text around one name mention (body[start:end]) gives it."""
    votes = 0
    after = body[end:end + 60]
    if _AFTER.match(after) or _WHOSE.match(after):
        votes += 2
    elif _TROOPS_AFTER.match(after):
        votes += 1
    before = body[max(0, start - 70):start]
    if _BEFORE.search(before) or _TITLED_OF.search(before) or \
            _NEIGHBOURING.search(before) and not _PLACE_KIND_AFTER.match(after):
        votes += 2
    elif _TROOPS_BEFORE.search(before):
        votes += 1
    return votes
