"""The building blocks of the phrasing patterns: placeholders, lists, verbs, titles, and ``Rule``.

A sentence is matched with its mentions as ``§N`` placeholders (see
``loaders.patterns``); these pieces say what a list of actors, an auxiliary
or a kind of verb looks like there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

E = r"§\d+"
#: A placeholder read whole, where what follows could also read its digits: in a gap such as
#: ``(?:[^.;§]|§\d+){0,90}?`` the other branch takes digits too, so a search that fails tried every
#: split of every number it passed over, exponential in the placeholders of the sentence and in their
#: digits (a long document's ``§5842``: one sentence took 0.1 s). A split reading reaches only
#: positions the whole one reaches, with more repetitions spent, so the matches are the same.
E_WHOLE = r"§\d+(?!\d)"
#: One element of a list: "§4", "§4's army", "§2 President §5" (a titled person), "§4 (§5)".
ELEMENT = (r"(?:(?:the\s+)?(?:paramilitary|rebel|federal|military|ruling|armed|separatist|national|"
       r"internationally\s+recognised|internationally\s+recognized|shadow)\s+)?"
       # a descriptor that names its actor at the end: "soldiers from §3", "militias known as §4"
       r"(?:(?:troops|soldiers|forces|fighters|militias|units|contingents?)\s+(?:from|of|sent\s+by)\s+|"
       r"(?:[a-z][\w-]*\s+){0,3}?known\s+as\s+|an?\s+(?:force|contingent|unit|mission)\s+(?:sent|"
       r"deployed)\s+by\s+|"
       # a place named by its kind: "the border town of §3", "the coltan-mining hub of §4"
       # ("the Ukrainian port of §5": a demonym may stand before the kind)
       r"(?:the\s+)?(?:§\d+\s+)?(?:(?!(?:of|in|and|or|to|at|on|by|from|with|including|the)\b)[a-z][\w-]*\s+){0,2}?"
       r"(?:town|city|port|hub|village|district|province|region|"
       r"stronghold|base|enclave)s?\s+of\s+)?"
       r"(?:§\d+(?:'s)?\s+(?:(?:[A-Z][\w-]*|(?!(?:of|in|at|on|for|to|from|by|with|and|or|across|along|"
       r"near|into|over|against|under|between|is|was|are|were|has|have|had|met|told|took|left|hit|made|won|"
       r"lost|says|said|will|would|can|could|may|until|unless|because|after|before|while|when|since|if|as|"
       r"than|but|so|where|whose|which|who|alongside|beside|fight|fights|back|backs|support|supports|control|"
       r"controls|holds|leads|joins|signs)\b)(?![a-z]+ed\b)[a-z][\w-]*),?\s+){1,3}(?=§)|"
       # a titled person or a role: "President §5", "rebel leader §6"
       r"(?:[A-Z][a-z][\w-]*\.?\s+){1,3}(?=§)|(?:(?:rebel|opposition|army|group)\s+)?"
       r"(?:leader|chief|commander|president|head|minister|envoy|spokesman|negotiator)\s+(?=§))?"
       # a compound descriptor: "§1-led §2", "§3-backed §4"
       # "attacks on regime-held areas and a Russian military base": the holder, the base's state
       r"(?:an?\s+(?=§\d+\s+(?:military|air|naval|army)\s+base))?"
       r"(?:(?:anti|pro)-§\d+\s+|§\d+-(?:led|backed|aligned|allied|supported|armed|dominated|linked|affiliated|inspired|"
       r"held|controlled|occupied)\s+"
       r"(?:(?!(?:and|or|in|of|on|at|to|by|with)\b)[a-z][\w-]*\s+){0,2}?(?=§))?"
       r"§\d+(?:\s+\(§\d+\))?(?:\s+§\d+(?=\s+(?:backers|allies|sponsors|partners)\b))?"
       # "its NATO allies", "their Western backers"
       r"(?:\s+(?:backers|allies|sponsors|partners)\b)?"
       r"(?:\s+(?:government|regime|army|navy|forces|troops|soldiers|military|authorities|administration|"
       r"junta)(?:\s+(?:forces|troops|soldiers))?\b)?"
       r"(?:'s\s+(?:army|(?:military\s+)?government|military|forces|federal\s+government|junta|regime|"
       r"fighters|troops|soldiers|militiamen|loyalists)|"
       r"(?!'s))")
#: An appositive after a list element, dropped when the list is read: ", §2's affiliate in §3",
#: ", a local branch of §5 group".
APPOS_EL = (r"(?:,\s+(?:§\d+'s?\s+(?!(?:army|government|military|forces)\b)|(?:an?|its|their)\s+)"
            r"(?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*(?:\s+(?:in|of|for)\s+§\d+(?:\s+group)?)?(?=\s*(?:,|$|\.|"
            r";)))")
#: A list starts at a word's or a placeholder's start: the check fails fast everywhere else.
L = (rf"(?<![\w§']){ELEMENT}{APPOS_EL}?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+(?:by\s+)?|\s+as\s+well\s+as\s+|"
     rf"\s*,?\s+together\s+with\s+)(?:both\s+)?{ELEMENT}{APPOS_EL}?)*")
AUX = (r"(?:(?:has|have|had|is|are|was|were|will|would)\s+)?(?:(?:also|long|still|now|already|reportedly|"
       r"openly|formally|largely|heavily|been)\s+)*")
APPOS = (r"(?:,\s+(?:who|which)\s+(?:[^,]*?,){1,3}?|,\s+(?:an?|the)\s+[^,]*?,|,\s+[a-z]+(?:ed|en)\s+[^,]*?,|"
         r",\s+(?:meanwhile|however|though|too|in\s+turn|for\s+its\s+part|so\s+far),)?")
#: (with the plural's form, "both countries fund Z"; not "arm", a noun in "its military arm")
BACK_VERB = (r"(?:backs?|backed|backing|supports?|supported|arms|armed|funds?|funded|sponsors?|sponsored|"
             r"finances?|financed|supplies|supply|supplied|equips?|equipped|protects?|protected)")
BACK_PASSIVE = r"(?:backed|supported|armed|funded|financed|sponsored|equipped|bankrolled)"
SIGN_VERB = (r"(?:signed|struck|reached|concluded|sealed|hammered\s+out|thrashed\s+out|clinched|inked|"
             r"agreed(?:\s+(?:on|to))?)")
BROKER_PASSIVE = r"(?:brokered|mediated|facilitated|guaranteed|negotiated|sponsored|overseen)"
#: Nouns of armed action ("a five-month offensive against", "air strikes on").
OFFENSIVE = (r"(?:offensives?|war|campaigns?|(?:air\s+|drone\s+|missile\s+)?strikes|attacks?|assaults?|"
             r"bombardments?|insurgency|raids?|operations?|invasion|onslaughts?|counter-?offensives?|crackdown)")
#: Words that end a noun phrase: "§1 said the offensive against §2" is not §1's offensive.
NOT_MODIFIER = (r"said|says|condemned|denounced|criticised|criticized|ended|halted|stopped|called|urged|"
                 r"opposed|backed|supported|joined|blamed|accused|welcomed|resumed|and|or|the|a|an|in|of|"
                 r"to|for|with|by|after|since|against|on|its|their|his|her|that|which|who|"
                 # a plan, not an act ("X's planned offensive against Y was called off")
                 r"planned|proposed|intended|threatened|mooted|possible|potential|expected|feared|failed|"
                 r"aborted|abortive")
LEADER_WORD = (r"(?:leader|head|chief|commander|chair|chairman|chairwoman|president|prime\s+minister|"
               r"ruler|commander-in-chief|secretary-general)")
MEMBER_WORD = (r"(?:spokesman|spokeswoman|spokesperson|envoy|special\s+envoy|minister|negotiator|"
               r"chief\s+negotiator|lead\s+negotiator|official|member|senior\s+commander|deputy|ambassador|"
               r"representative|delegate|diplomat|foreign\s+minister|defence\s+minister|"
               r"defense\s+minister|interior\s+minister|infrastructure\s+minister|"
               r"(?!prime\b)[a-z]+\s+minister)")
LEADER_TITLE = (r"(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Premier|Supreme\s+Leader|"
                r"Secretary-General|Sultan)")
MEMBER_TITLE = (r"(?:(?:Foreign|Defence|Defense|Interior|Finance|Deputy|Justice|Economy|Energy)\s+Minister|"
                r"Minister|Vice-President|Vice\s+President|Secretary\s+of\s+State|Ambassador|Envoy)")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    predicate: str
    pattern: re.Pattern[str]
    triggers: tuple[str, ...]
    #: A descriptor ("X-backed Y", "Y, which X supports") holds even inside a reported claim.
    descriptive: bool = False
    allow_former: bool = False
    confidence: float = 0.85
    #: Also emit this predicate between s and o ("fought alongside ... against").
    symmetric_list: bool = False


def rule(name: str, predicate: str, pattern: str, triggers: str, **kw: object) -> Rule:
    return Rule(name, predicate, re.compile(pattern), tuple(triggers.split("|")), **kw)  # type: ignore[arg-type]
