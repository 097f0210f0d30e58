"""Phrasing patterns: regular expressions over a sentence whose mentions are placeholders.

Before matching, every mention of a sentence is replaced by ``§N`` (N is the
mention's index), a ``the`` right before a mention is dropped and curly
apostrophes are straightened, so "the Turkey-backed National Liberation
Front" reads ``§6-backed §7`` and a pattern need not know names. Named groups:
``s`` subject, ``o`` object (each may hold a list ``§1, §2 and §3``), ``a``
an agreement when the pattern names it (otherwise the agreement in context).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

E = r"§\d+"
#: One element of a list: "§4", "§4's army", "§2 President §5" (a titled person), "§4 (§5)".
_EL = (r"(?:(?:the\s+)?(?:paramilitary|rebel|federal|military|ruling|armed|separatist|national|"
       r"internationally\s+recognised|internationally\s+recognized|shadow)\s+)?"
       # a descriptor that names its actor at the end: "soldiers from §3", "militias known as §4"
       r"(?:(?:troops|soldiers|forces|fighters|militias|units|contingents?)\s+(?:from|of|sent\s+by)\s+|"
       r"(?:[a-z][\w-]*\s+){0,3}?known\s+as\s+|an?\s+(?:force|contingent|unit|mission)\s+(?:sent|"
       r"deployed)\s+by\s+|"
       # a place named by its kind: "the border town of §3", "the coltan-mining hub of §4"
       r"(?:the\s+)?(?:(?!(?:of|in|and|or|to|at|on|by|from|with|including|the)\b)[a-z][\w-]*\s+){0,2}?"
       r"(?:town|city|port|hub|village|district|province|region|"
       r"stronghold|base|enclave)s?\s+of\s+)?"
       r"(?:§\d+(?:'s)?\s+(?:(?:[A-Z][\w-]*|(?!(?:of|in|at|on|for|to|from|by|with|and|or|across|along|"
       r"near|into|over|against|under|between|is|was|are|were|has|have|had|met|told|took|left|hit|made|won|"
       r"lost|says|said|will|would|can|could|may)\b)(?![a-z]+ed\b)[a-z][\w-]*),?\s+){1,3}(?=§)|"
       # a titled person or a role: "President §5", "rebel leader §6"
       r"(?:[A-Z][a-z][\w-]*\.?\s+){1,3}(?=§)|(?:(?:rebel|opposition|army|group)\s+)?"
       r"(?:leader|chief|commander|president|head|minister|envoy|spokesman|negotiator)\s+(?=§))?"
       # a compound descriptor: "§1-led §2", "§3-backed §4"
       r"(?:(?:anti|pro)-§\d+\s+|§\d+-(?:led|backed|aligned|allied|supported|armed|dominated)\s+"
       r"(?:(?!(?:and|or|in|of|on|at|to|by|with)\b)[a-z][\w-]*\s+){0,2}?(?=§))?"
       r"§\d+(?:\s+\(§\d+\))?(?:\s+§\d+(?=\s+(?:backers|allies|sponsors|partners)\b))?"
       r"(?:\s+(?:government|regime|army|navy|forces|troops|soldiers|military|authorities|administration|"
       r"junta)\b)?"
       r"(?:'s\s+(?:army|(?:military\s+)?government|military|forces|federal\s+government|junta|regime)|"
       r"(?!'s))")
#: An appositive after a list element, dropped when the list is read: ", §2's affiliate in §3",
#: ", a local branch of §5 group".
APPOS_EL = (r"(?:,\s+(?:§\d+'s?\s+(?!(?:army|government|military|forces)\b)|(?:an?|its|their)\s+)"
            r"(?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*(?:\s+(?:in|of|for)\s+§\d+(?:\s+group)?)?(?=\s*(?:,|$|\.|"
            r";)))")
#: A list starts at a word's or a placeholder's start: the check fails fast everywhere else.
L = (rf"(?<![\w§']){_EL}{APPOS_EL}?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+(?:by\s+)?|\s+as\s+well\s+as\s+|"
     rf"\s*,?\s+together\s+with\s+)(?:both\s+)?{_EL}{APPOS_EL}?)*")
AUX = (r"(?:(?:has|have|had|is|are|was|were|will|would)\s+)?(?:(?:also|long|still|now|already|reportedly|"
       r"openly|formally|largely|heavily|been)\s+)*")
APPOS = (r"(?:,\s+(?:who|which)\s+(?:[^,]*?,){1,3}?|,\s+(?:an?|the)\s+[^,]*?,|,\s+[a-z]+(?:ed|en)\s+[^,]*?,|"
         r",\s+(?:meanwhile|however|though|too|in\s+turn|for\s+its\s+part|so\s+far),)?")
BACK_VERB = (r"(?:backs?|backed|backing|supports?|supported|arms|armed|funds|funded|sponsors?|sponsored|"
             r"finances|financed|supplies|supplied|equips|equipped|protects|protected)")
BACK_PASSIVE = r"(?:backed|supported|armed|funded|financed|sponsored|equipped|bankrolled)"
SIGN_VERB = (r"(?:signed|struck|reached|concluded|sealed|hammered\s+out|thrashed\s+out|clinched|inked|"
             r"agreed(?:\s+(?:on|to))?)")
BROKER_PASSIVE = r"(?:brokered|mediated|facilitated|guaranteed|negotiated|sponsored|overseen)"
#: Nouns of armed action ("a five-month offensive against", "air strikes on").
OFFENSIVE = (r"(?:offensives?|war|campaigns?|(?:air\s+|drone\s+|missile\s+)?strikes|attacks?|assaults?|"
             r"bombardments?|insurgency|raids?|operations?|invasion)")
#: Words that end a noun phrase: "§1 said the offensive against §2" is not §1's offensive.
_NOT_MODIFIER = (r"said|says|condemned|denounced|criticised|criticized|ended|halted|stopped|called|urged|"
                 r"opposed|backed|supported|joined|blamed|accused|welcomed|resumed|and|or|the|a|an|in|of|"
                 r"to|for|with|by|after|since|against|on|its|their|his|her|that|which|who")
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


def _r(name: str, predicate: str, pattern: str, triggers: str, **kw: object) -> Rule:
    return Rule(name, predicate, re.compile(pattern), tuple(triggers.split("|")), **kw)  # type: ignore[arg-type]


RULES: tuple[Rule, ...] = (
    # ---- backs ----------------------------------------------------------------------------
    _r("x-backed-y", "backs", rf"(?P<s>{E})-{BACK_PASSIVE}\s+(?:[a-z][\w-]*\s+){{0,3}}?(?P<o>{E})(?!\s*-)",
       "-backed|-supported|-armed|-funded|-sponsored|-financed|-equipped", descriptive=True, confidence=0.9),
    _r("y-an-x-backed", "backs",
       rf"(?P<o>{E}),\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+)?(?P<s>{E})-{BACK_PASSIVE}\b",
       "-backed|-supported|-armed|-funded", descriptive=True, confidence=0.85),
    _r("y-backed-by-x", "backs",
       rf"(?P<o>{E})(?:\s+(?:troops|forces|fighters|navy|army|soldiers))?,?\s+(?:(?:which|who|that)\s+)?"
       rf"(?:(?:an?|the)\s+[^,§]{{0,40}}?\s)?{AUX}(?:(?:also|still|long|heavily|largely)\s+)?"
       rf"{BACK_PASSIVE}(?:\s+and\s+{BACK_PASSIVE})?\s+(?:(?:throughout|since|for)\s+[^§]*?\s)?by\s+"
       rf"(?:(?:fighters|troops|forces|militias|jets|members|advisers|contractors)\s+(?:from|of)\s+)?"
       rf"(?:(?:[a-z][\w-]*\s+)|(?:§\d+\s+(?=[a-z])))*?(?P<s>{L})"
       rf"(?!\s+(?:mercenary|private|paramilitary|security|military|regional)\b)",
       "backed by|supported by|armed by|funded by|financed by|sponsored by|equipped by|bankrolled by",
       descriptive=True, confidence=0.85),
    _r("y-long-gap-backed-by-x", "backs",
       rf"(?P<o>{E}),\s+[^§]{{0,50}}?(?:§\d+[^§]{{0,40}}?)?\s+and\s+(?:(?:is|are|was|were|has\s+been)\s+)?"
       rf"(?:still\s+)?{BACK_PASSIVE}"
       rf"(?:\s+and\s+{BACK_PASSIVE})?\s+by\s+(?P<s>{L})",
       "backed by|supported by|armed by|funded by", descriptive=True, confidence=0.7),
    _r("x-backs-y", "backs",
       rf"(?P<s>{L})(?:\s+(?:troops|forces))?(?:,\s+(?:which|who)\s+|\s+){AUX}{BACK_VERB}"
       rf"(?:\s+and\s+{BACK_VERB})?\s+(?P<o>{L})(?!-)",
       "back|support|arm|fund|sponsor|financ|suppl|equip|protect", confidence=0.85),
    _r("x-denies-backing-y", "backs",
       rf"(?P<s>{E})\s+(?:has\s+|had\s+)?(?:denies|denied|deny|rejects|rejected)\s+(?:ever\s+)?"
       rf"(?:backing|arming|funding|supporting|supplying|sponsoring|sending\s+(?:troops|"
       rf"weapons)\s+to)\s+(?P<o>{L})",
       "denie|deny|reject", confidence=0.8),
    _r("accuse-x-of-backing-y", "backs",
       rf"(?:accuse[sd]?|accusing|blame[sd]?)\s+(?P<s>{E})\s+of\s+(?:[a-z]+\s+){{0,2}}?"
       rf"(?:backing|arming|funding|supporting|supplying|sponsoring|smuggling\s+[\w\s]{{0,30}}?\s+to|"
       rf"sending\s+[\w\s]{{0,30}}?\s+to|sheltering)\s+(?P<o>{L})",
       "accus|blame", confidence=0.8),
    _r("y-backer-x", "backs",
       rf"(?P<o>{E})(?:'s)?\s+(?:[a-z][\w-]*\s+)?(?:backers?|sponsors?|patrons?|benefactors?),?\s+(?P<s>{L})",
       "backer|sponsor|patron|benefactor", descriptive=True, confidence=0.8),
    _r("y-its-x-backers", "backs", rf"(?P<o>{E})\s+(?P<s>{E})\s+(?:backers?|sponsors?|patrons?)\b",
       "backer|sponsor|patron", descriptive=True, confidence=0.7),
    _r("x-backer-of-y", "backs",
       rf"(?P<s>{E}),\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:backer|sponsor|patron|"
       rf"supplier)s?\s+of\s+(?P<o>{E})",
       "backer|sponsor|patron|supplier", descriptive=True, confidence=0.8),
    _r("x-arms-supplier-of-y", "backs",
       rf"(?P<s>{E})\s+is\s+(?:one\s+of\s+)?(?P<o>{E})(?:'s)?\s+(?:main\s+|key\s+|biggest\s+|largest\s+|"
       rf"chief\s+)?"
       rf"(?:arms\s+|weapons\s+|military\s+)?(?:suppliers?|backers?|sponsors?)",
       "supplier|backer|sponsor", confidence=0.8),
    _r("x-sent-troops-to-defend-y", "backs",
       rf"(?P<s>{E})\s+(?:sent|deployed|dispatched)\s+(?:troops|soldiers|forces|fighters|advisers)\s+to\s+"
       rf"(?:defend|support|help|protect|prop\s+up|back)\s+(?P<o>{E})",
       "sent|deployed|dispatched", confidence=0.8),
    _r("in-support-of-y", "backs", rf"^(?P<s>{E})\b[^.;]*?\bin\s+support\s+of\s+(?P<o>{E})",
       "in support of", confidence=0.65),
    _r("x-to-support-y", "backs",
       rf"(?P<s>{E}),\s+which\s+keeps\s+[^§]*?\s+to\s+(?:support|back|help|protect)\s+(?P<o>{E})",
       "keeps", descriptive=True, confidence=0.75),
    # ---- opposes --------------------------------------------------------------------------
    _r("anti-x-y", "opposes", rf"[Aa]nti-(?P<o>{E})\s+(?:[a-z]+\s+)?(?P<s>{E})", "anti-",
       descriptive=True, confidence=0.85),
    _r("anti-x-fighters-of-y", "opposes",
       rf"[Aa]nti-(?P<o>{E})\s+(?:fighters|forces|rebels|militias)\s+of\s+(?P<s>{E})",
       "anti-", descriptive=True, confidence=0.8),
    _r("fighting-between", "opposes",
       rf"(?:[Ff]ighting|[Cc]lashes|war|conflict|[Bb]attles?|hostilities|violence|confrontation|"
       rf"tensions)\s+between\s+"
       rf"(?P<s>{_EL})\s+and\s+(?P<o>{_EL})",
       "between", descriptive=True, confidence=0.8),
    _r("the-z-ceasefire", "governs", r"(?P<a>§\d+)", "§", descriptive=True, confidence=0.8),
    _r("x-launched-offensive-against-y", "opposes",
       rf"(?P<s>{L})(?:\s+(?:troops|forces))?(?:,\s+or\s+§\d+)?(?:,\s+(?:which|who))?\s+{AUX}(?:launched|"
       rf"began|mounted|waged|stepped\s+up|intensified|"
       rf"led|opened|carried\s+out|conducted|unleashed|renewed)\s+(?:an?\s+|its\s+|their\s+)?"
       rf"(?:[\w-]+\s+){{0,4}}?(?:offensive|assault|attacks?|campaign|war|strikes|insurgency|incursion|"
       rf"operation|invasion|raids|bombardment)\s+(?:against|on|into|inside|in)\s+(?P<o>{L})",
       "launch|began|mount|wag|step|intensif|led|open|carried|conduct|unleash|renew", confidence=0.8),
    _r("x-fights-y", "opposes",
       rf"(?P<s>{L})(?:\s+(?:troops|forces|fighters|soldiers|jets|warplanes))?"
       rf"(?:\s+(?:led|backed|supported)\s+by\s+{L})?{APPOS}"
       rf"(?:,\s+whose\s+(?:coalition|forces|troops|fighters|army|soldiers|militias?)|"
       rf",\s+(?:which|who)(?=\s+(?:is|are|was|were|has|have|had)\s))?\s+{AUX}(?:been\s+)?"
       rf"(?:fighting|fought|fights|fight|battling|battled|battles|attacked|attacking|attacks|attack|bombed|"
       rf"bombing|bombarded|shelled|shelling|targeted|targeting|targets|clashed\s+with|clashing\s+with|"
       rf"clashes\s+with|(?:is|are|was|were)\s+at\s+war\s+with|waging\s+war\s+on|waged\s+war\s+on|"
       rf"intervened\s+against|rose\s+up\s+against|(?:fighting|fought|fight|fights)\s+against|"
       rf"turned\s+against|invaded|invading|struck|strikes\s+on|retaliated\s+against|hit\s+back\s+at|"
       rf"fired\s+on|opened\s+fire\s+on|vowed\s+to\s+(?:fight|defeat|destroy|crush)|"
       rf"vowed\s+to\s+keep\s+up\s+(?:military\s+)?pressure\s+on|"
       rf"(?:is|are|was|were)\s+fighting)\s+(?P<o>{L})(?:\s+alongside\s+(?P<x>{L}))?",
       "fight|fought|battl|attack|bomb|shell|target|clash|war|interven|rose|turned|invad|struck|strike|"
       "retaliat|hit back|fire|vowed",
       confidence=0.8),
    _r("x-offensive-against-y", "opposes",
       rf"(?P<s>{E})(?:'s)?\s+(?:(?!(?:{_NOT_MODIFIER})\b)[a-z0-9][\w-]*\s+){{0,3}}?{OFFENSIVE}\s+"
       rf"(?:against|on|targeting)\s+"
       rf"(?P<o>{L})",
       "offensive|war|campaign|strike|attack|assault|bombardment|insurgency|raid|operation",
       descriptive=True, confidence=0.75),
    _r("attacks-by-x-on-y", "opposes",
       rf"{OFFENSIVE}\s+by\s+(?P<s>{L})\s+(?:on|against|targeting)\s+(?P<o>{L})",
       "offensive|war|campaign|strike|attack|assault|bombardment|insurgency|raid|operation", confidence=0.75),
    _r("fighting-against-y-done-by-x", "opposes",
       rf"(?:fighting|{OFFENSIVE})\s+against\s+(?P<o>{L})\s+(?:has|have|had)?\s*(?:been|was|were|is|are)\s+"
       rf"(?:\w+\s+)?(?:done|carried\s+out|led|waged|conducted|fought|launched|borne)\s+"
       rf"(?:mainly\s+|largely\s+|mostly\s+)?by\s+(?P<s>{L})",
       "against", confidence=0.75),
    _r("support-x-against-y", "opposes",
       rf"(?:^(?P<s>{E})(?:,\s+(?:which|who)\b|\s+(?:has|have|had|is|are|was|were|will|sent|deployed|keeps|"
       rf"uses)\b)"
       rf"[^.;]{{0,80}}?\s)?(?:support|supporting|supported|back|backing|backed|help|helping|helped|"
       rf"aid|aiding|aided|defend|defending)\s+(?P<x>{L})\s+(?:in\s+(?:its|their)\s+(?:fight|war|battle)\s+)?"
       rf"against\s+(?P<o>{L})",
       "against", confidence=0.75),
    _r("x-sent-troops-to-fight-y", "opposes",
       rf"(?P<s>{E})\s+{AUX}(?:sent|deployed|dispatched)\s+(?:troops|soldiers|forces|fighters|jets|"
       rf"warplanes)\b"
       rf"[^.;§]{{0,40}}?(?:§\d+[^.;§]{{0,30}}?)?\s+to\s+(?:fight|attack|battle|confront|drive\s+out|"
       rf"push\s+back)\s+"
       rf"(?P<o>{L})",
       "sent|deployed|dispatched", confidence=0.75),
    _r("rival-sides", "opposes",
       rf"(?P<s>{E})\s+and\s+(?P<o>{E})(?:,\s+(?:which|who)\s+|\s+){AUX}(?:back|backed|support|supported|"
       rf"backing|supporting|on|are\s+on|were\s+on|have\s+been\s+on|took|take)\s+(?:opposing|rival|opposite|"
       rf"different|competing|opposed)\s+(?:sides|camps|factions|parties)",
       "opposing|rival|opposite|competing|opposed", descriptive=True, confidence=0.85),
    _r("on-opposing-sides-x-and-y", "opposes",
       rf"on\s+(?:opposing|rival|opposite|different)\s+sides,\s+(?P<s>{E})\s+and\s+(?P<o>{E})",
       "sides", descriptive=True, confidence=0.85),
    _r("rivals-x-and-y", "opposes",
       rf"\b(?:rivals|foes|enemies|adversaries),?\s+(?P<s>{E})\s+and\s+(?P<o>{E})",
       "rivals|foes|enemies|adversar",
       descriptive=True, confidence=0.8),
    _r("x-rival-y", "opposes",
       rf"(?P<s>{E})(?:'s|\s+and\s+(?:its|their|his))\s+(?:main\s+|arch-?|bitter\s+|long-time\s+)?"
       rf"(?:rival|enemy|foe|adversary|nemesis),?\s+(?P<o>{E})",
       "rival|enemy|foe|adversary|nemesis", descriptive=True, confidence=0.8),
    _r("pits-x-against-y", "opposes",
       rf"\bpits?\s+(?:[^§]*?)(?P<s>{E})(?:\s+[a-z]+)?(?:,\s+(?:[A-Z][\w.-]*\s+){{0,2}}(?P<s2>{E}))?[^§]*?"
       rf"(?:§\d+[^§]*?)*?against\s+(?:his\s+|her\s+|its\s+|their\s+)?(?:[^§]*?)(?P<o>{E})"
       rf"(?:\s+[a-z]+){{0,5}}(?:,\s+(?:[A-Z][\w.-]*\s+){{0,2}}(?P<o2>{E}))?",
       "pits|pit ", confidence=0.75),
    _r("drove-y-out", "opposes",
       rf"(?P<s>{E})(?:\s+(?:troops|forces|soldiers|fighters))?(?:,[^,]*,)?\s+(?:drove|pushed|expelled|"
       rf"ousted|"
       rf"forced)\s+(?P<o>{E})(?:\s+(?:fighters|troops|forces|militants|rebels))?\s+out\s+of",
       "drove|pushed|expelled|ousted|forced", confidence=0.8),
    _r("alongside-against", "opposes",
       rf"(?P<s>{E})(?:,\s+whose\s+(?:troops|forces|fighters|soldiers))?(?:\s+(?:troops|forces|fighters|"
       rf"soldiers))?"
       rf"\s+{AUX}(?:fought|fighting|fight|fights|battled)\s+alongside\s+(?:§\d+\s+)?[^§]*?(?P<x>{E})[^§]*?"
       rf"\s+against\s+(?P<o>{E})",
       "alongside", confidence=0.8, symmetric_list=True),
    _r("in-rebel-hands", "controls",
       rf"(?P<o>{E})[^.§]*?\bin\s+(?P<s>{E})\s+hands", "hands", confidence=0.7),
    # ---- allied_with ----------------------------------------------------------------------
    _r("x-ally-y", "allied_with",
       rf"(?P<s>{E})'s\s+(?:closest\s+|close\s+|main\s+|key\s+|long-?time\s+|staunch\s+|regional\s+|"
       rf"traditional\s+|strategic\s+|military\s+)*(?:ally|allies|partner|partners)\s*,?\s+(?P<o>{L})",
       "ally|allies|partner", descriptive=True, confidence=0.85),
    _r("y-an-ally-of-x", "allied_with",
       rf"(?P<o>{E}),\s+(?:an?|the|its|their|his)\s+(?:[\w-]+\s+){{0,2}}?(?:ally|partner)\s+of\s+(?P<s>{E})",
       "ally|partner", descriptive=True, confidence=0.85),
    _r("y-their-ally", "allied_with",
       rf"(?P<o>{E}),\s+(?P<s>{E})\s+(?:closest\s+|close\s+|main\s+|key\s+)?(?:ally|partner)\b",
       "ally|partner", descriptive=True, confidence=0.7),
    _r("its-ally-y", "allied_with",
       rf"(?P<s>{E})\s+(?:closest\s+|close\s+|main\s+|key\s+|long-?time\s+)?(?:ally|partner)\s+(?P<o>{E})",
       "ally|partner", descriptive=True, confidence=0.7),
    _r("x-aligned-with-y", "allied_with",
       rf"(?P<s>{L}),?\s+(?:(?:who|which)\s+)?{AUX}(?:closely\s+)?(?:allied|aligned)\s+(?:with|"
       rf"to)\s+(?P<o>{L})",
       "allied|aligned", descriptive=True, confidence=0.85),
    _r("pro-x-y", "allied_with", rf"\b[Pp]ro-(?P<o>{E})\s+(?:[a-z]+\s+){{0,2}}?(?P<s>{E})", "pro-",
       descriptive=True, confidence=0.8),
    _r("x-aligned-y", "allied_with",
       rf"(?P<o>{E})-(?:aligned|allied)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<s>{E})", "-aligned|-allied",
       descriptive=True, confidence=0.8),
    _r("fought-alongside", "allied_with",
       rf"(?P<s>{L})(?:,\s+whose\s+(?:troops|forces|fighters|soldiers))?(?:\s+(?:troops|forces|fighters|"
       rf"soldiers))?"
       rf"\s+{AUX}(?:fought|fighting|fight|fights|battled|battling|operate|operated|operating|deployed)\s+"
       rf"alongside\s+(?P<o>{L})",
       "alongside", confidence=0.8),
    _r("made-y-its-partner", "allied_with",
       rf"^(?P<s>{E})[^.]*?\bmade\s+(?P<o>{E})\s+(?:its|§\d+)\s+(?:[\w-]+\s+){{0,2}}(?:partner|ally)",
       "partner|ally", confidence=0.75),
    _r("x-that-is-ys-partner", "allied_with",
       rf"(?P<s>{E})(?:,\s+an?\s+[a-z]+)?\s+(?:that|which|who)\s+{AUX}(?:been\s+)?(?P<o>{E})'s\s+(?:(?:main|"
       rf"key|closest|close|"
       rf"principal|strongest|long-?time)\s+)?(?:ally|partner)\b",
       "ally|partner", descriptive=True, confidence=0.8),
    _r("x-and-y-allies", "allied_with",
       rf"(?P<s>{E})\s+and\s+(?P<o>{E})\s+(?:are|were|have\s+been|became)\s+(?:close\s+|long-?time\s+)?"
       rf"(?:allies|partners)",
       "allies|partners", confidence=0.8),
    _r("whose-x-is-ys-ally", "allied_with",
       rf"(?P<s>{E})\s+(?:movement\s+|party\s+|group\s+)?(?:is|are|was)\s+(?P<o>{E})'s\s+"
       rf"(?:closest\s+|close\s+|main\s+|key\s+)?(?:ally|partner)",
       "ally|partner", descriptive=True, confidence=0.8),
    # ---- party_to -------------------------------------------------------------------------
    _r("x-signed-a", "party_to",
       rf"(?P<s>{L})\s+{AUX}(?:(?:formally|finally|jointly)\s+)?{SIGN_VERB}\s+(?:(?:on|in|late\s+on|"
       rf"early\s+on)\s+"
       rf"\w+\s+)?(?:to\s+|on\s+)?(?:[^§.]{{0,40}}?)(?P<a>{E})",
       "sign|struck|reach|conclud|seal|hammered|thrashed|clinch|ink|agree", confidence=0.85),
    _r("x-signed-a-with-y", "party_to",
       rf"(?P<s>{L})\s+{AUX}(?:signed|struck|reached|concluded|sealed|clinched|agreed)\s+(?:an?\s+|the\s+)?"
       rf"(?:[\w-]+\s+){{0,3}}?(?P<a>{E})\s+with\s+(?P<o>{L})",
       "signed|struck|reached|concluded|sealed|clinched|agreed", confidence=0.8),
    _r("a-signed-by-x", "party_to",
       rf"(?P<a>{E})(?:\s+(?:for|in|on|over)\s+[^§,.]{{0,25}}?(?=\s))?,?\s+(?:(?:which|that)\s+)?(?:was\s+|"
       rf"were\s+|is\s+|has\s+been\s+)?(?:formally\s+)?"
       rf"(?:signed|agreed|concluded|struck|hammered\s+out|thrashed\s+out|reached|sealed)\s+"
       rf"(?:[^§]{{0,40}}?|(?:in|at)\s+(?:[^§]{{0,30}}?)§\d+[^§]{{0,25}}?)\s*(?:by|between)\s+"
       rf"(?:(?:the\s+)?(?:envoys|representatives|leaders|delegates|ministers|officers|defence\s+ministers|"
       rf"foreign\s+ministers|delegations|heads|governments|officials|negotiators)\s+of\s+)?"
       rf"(?:§\d+\s+(?=[a-z])(?:[a-z][\w-]*\s+){1,3}(?=§))?(?P<s>{L})",
       "signed|agreed|concluded|struck|hammered|thrashed|reached|sealed", confidence=0.85),
    _r("a-between-x-and-y", "party_to",
       rf"(?P<a>{E})\s+(?:agreement\s+)?between\s+"
       rf"(?:the\s+governments\s+of\s+)?(?P<s>{_EL})\s+and\s+(?P<o>{_EL})",
       "between", confidence=0.75),
    _r("a-between-the-sides", "party_to", rf"(?P<a>{E})\s+between\s+(?P<s>{E})(?!\s*(?:'s\s+\w+\s+)?and\b)",
       "between", confidence=0.7),
    _r("x-signed-for-y", "party_to",
       rf"(?P<s>{E})(?:,[^,]*,|,)?\s+(?:also\s+)?signed\s+(?:for|on\s+behalf\s+of)\s+(?P<o>{E})",
       "signed for|signed on behalf", confidence=0.8),
    _r("and-z-for-w", "party_to",
       rf"signed\s+for\s+{E}[^§]*?,?\s+and\s+(?:[A-Z][\w-]*\s+){{0,3}}(?P<s>{E})\s+for\s+(?P<o>{E})",
       "signed for", confidence=0.75),
    _r("commits-x", "party_to", rf"(?P<a>{E})[^.]*?\bcommits\s+(?P<s>.*?)\s+to\s+", "commits",
       confidence=0.75),
    _r("x-ended-a-with-y", "party_to",
       rf"(?P<s>{L})\s+{AUX}(?:ended|terminated|scrapped|abandoned|suspended|renounced|tore\s+up|"
       rf"withdrew\s+from|pulled\s+out\s+of)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?(?P<a>{E})"
       rf"(?:\s+with\s+(?P<o>{L}))?",
       "ended|terminated|scrapped|abandoned|suspended|renounced|tore up|withdrew|pulled "
       "out", confidence=0.75),
    _r("x-party-to-a", "party_to",
       rf"(?P<s>{L})\s+(?:is|are|was|were|became)\s+(?:also\s+)?(?:a\s+)?(?:party|parties|signatory|"
       rf"signatories)\s+"
       rf"(?:to|of)\s+(?P<a>{E})",
       "party|parties|signator", confidence=0.8),
    _r("x-also-signed", "party_to", rf"(?P<s>{E}),?\s+(?:also\s+)?signed(?:\s+it)?(?:\s+too)?\s*[.;]",
       "signed", confidence=0.75),
    _r("x-signed-a-together-with-y", "party_to",
       rf"(?P<s>{E})\s+signed\s+(?P<a>{E})[^§]*?(?:together\s+with|along\s+with|alongside)\s+(?P<o>{E})",
       "signed", confidence=0.8),
    # ---- brokered -------------------------------------------------------------------------
    _r("a-brokered-by-x", "brokered",
       rf"(?P<a>{E})(?:\s+between\s+{E}(?:\s+and\s+{E})?)?,?\s+(?:(?:which|that)\s+)?{AUX}"
       rf"{BROKER_PASSIVE}(?:\s+and\s+(?:is\s+)?{BROKER_PASSIVE})?(?:\s+(?:in|at)\s+§\d+)?"
       rf"(?:\s+(?:last|on|this|next|early|late|in)\s+\w+)*\s+(?:[a-z]+\s+){{0,3}}?by\s+"
       rf"(?:(?:the\s+)?(?:envoys|representatives|leaders|mediators)\s+of\s+)?(?:§\d+\s+(?=[a-z])"
       rf"(?:[a-z][\w-]*\s+){1,3}(?=§))?(?P<s>{L})",
       "brokered|mediated|facilitated|guaranteed|negotiated|sponsored|overseen", confidence=0.9),
    _r("brokered-by-x-in-context", "brokered",
       rf"(?:brokered|mediated|guaranteed|facilitated)(?:\s+(?:in|at)\s+§\d+)?\s+by\s+(?P<s>{L})",
       "brokered by|mediated by|guaranteed by|facilitated by", confidence=0.75),
    _r("x-brokered-a", "brokered",
       rf"(?P<s>{E})-(?:brokered|mediated|sponsored)\s+(?:[\w-]+\s+){{0,3}}?(?P<a>{E})",
       "-brokered|-mediated|-sponsored", descriptive=True, confidence=0.9),
    _r("x-brokers-a", "brokered",
       rf"(?P<s>{L})\s+{AUX}(?:brokered|mediated|facilitated|guaranteed|negotiated)\s+"
       rf"(?:(?:an?|the|this|that)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?P<a>{E})",
       "brokered|mediated|facilitated|guaranteed|negotiated", confidence=0.85),
    _r("x-who-brokered-a", "brokered",
       rf"(?P<s>{E}),\s+(?:the\s+|an?\s+)?(?:§\d+\s+)?(?:[\w-]+\s+){{0,3}}(?:who|which)\s+{AUX}"
       rf"(?:brokered|mediated|facilitated)\s+(?P<a>{E})",
       "brokered|mediated|facilitated", descriptive=True, confidence=0.85),
    _r("x-as-mediator", "brokered",
       rf"(?P<s>{L})\s+(?:acting\s+|acted\s+|served\s+|serving\s+)?as\s+(?:the\s+)?(?:guarantors?|mediators?|"
       rf"facilitators?|co-?mediators?|brokers?)\b",
       "guarantor|mediator|facilitator|broker", confidence=0.8),
    _r("x-which-led-the-mediation", "brokered",
       rf"(?P<s>{E}),\s+which\s+{AUX}(?:led|headed|chaired)\s+the\s+(?:[a-z][\w-]*\s+)?(?:mediation|talks|"
       rf"negotiations)"
       rf"\s+(?:that|which)\s+(?:produced|led\s+to|yielded|delivered)\s+(?P<a>{E})",
       "led the|headed the|chaired the", descriptive=True, confidence=0.75),
    _r("x-led-the-mediation", "brokered",
       rf"(?P<s>{E})(?:,[^.]*?,)?\s+led\s+the\s+(?:mediation|talks|negotiations)", "led the",
       confidence=0.75),
    _r("under-auspices-of-x", "brokered",
       rf"under\s+the\s+auspices\s+of\s+(?P<s>{L})", "auspices", confidence=0.75),
    _r("under-x-auspices", "brokered", rf"under\s+(?P<s>{L})\s+auspices", "auspices", confidence=0.75),
    _r("x-mediated-between", "brokered",
       rf"(?P<s>{L})(?:,\s+who\s+has\s+been|,\s+which\s+has\s+been)?\s+{AUX}(?:mediated|mediating|"
       rf"brokering|facilitating|facilitated)\s+(?:between|talks|negotiations|the\s+talks|more\s+than)",
       "mediat|broker|facilitat", confidence=0.75),
    _r("talks-mediated-by-x", "brokered",
       rf"(?:talks|negotiations|mediation|deal)\s+(?:were|was)\s+(?:mediated|brokered|facilitated|"
       rf"led)\s+by\s+(?P<s>{L})",
       "mediated|brokered|facilitated|led", confidence=0.8),
    _r("x-which-facilitated", "brokered",
       rf"(?P<s>{E}),\s+which\s+[^§]*?(?:facilitated|mediated|brokered)\b", "facilitated|mediated|brokered",
       descriptive=True, confidence=0.7),
    # ---- governs --------------------------------------------------------------------------
    _r("a-covers-z", "governs",
       rf"(?P<a>{E}),?\s+(?:(?:which|that)\s+)?(?:also\s+)?(?:covers|covered|cover|applies\s+(?:to|across|"
       rf"in)|"
       rf"applied\s+(?:to|across|in)|will\s+apply\s+to|extends\s+to|governs|regulates|"
       rf"(?:was|is)\s+meant\s+to\s+(?:cover|apply\s+to)|includes)\s+(?:the\s+whole\s+of\s+|all\s+of\s+|"
       rf"[^§.;]{{0,30}}?)?(?P<z>{L})",
       "cover|appl|extends|governs|regulat|include|meant", confidence=0.85),
    _r("including-z", "governs",
       rf"(?P<a>{E})\s+(?:covers|applies)[^.]*?\bincluding\s+(?:[^§]{{0,30}}?)(?P<z>{L})",
       "including", confidence=0.75),
    _r("a-sets-up-z", "governs",
       rf"(?P<a>{E})[^.;]*?\b(?:sets\s+up|set\s+up|creates|create|created|establishes|established|"
       rf"provides\s+for|demarcates)\s+(?:an?\s+|the\s+)?(?:[^§.]{{0,30}}?)(?P<z>{E})",
       "set up|sets up|creat|establish|provides for|demarcat", confidence=0.75),
    _r("z-established-under-a", "governs",
       rf"(?P<z>{E})(?:\s+(?:on|in|along|around|near)\s+{E})?\s+(?:[^§]{{0,40}}?\s)?(?:established|created|"
       rf"set\s+up|agreed)"
       rf"\s+(?:as\s+part\s+of|under|by|in)\s+"
       rf"(?:an?\s+|the\s+)?(?:(?:[a-z0-9][\w-]*)\s+){{0,2}}?(?P<a>{E})",
       "established|created|set up|agreed", confidence=0.8),
    _r("a-in-z", "governs",
       rf"(?P<a>{E})\s+(?:in|for|around|across|over|covering)\s+(?:the\s+)?(?:(?:[a-z][\w-]*|"
       rf"§\d+)\s+){{0,5}}?"
       rf"(?:(?:city|town|province|region|enclave|port|district|area|state)\s+of\s+)?(?P<z>{E})"
       rf"(?!\s+(?:port|city|town|coast|region|province|district|capital)\b)"
       rf"(?!\s+(?:on|last|this|late|early)\s)(?!\s*,?\s+(?:on|last)\s)",
       " in | for | around | across | over | covering ", confidence=0.7),
    _r("a-terms-z", "governs",
       rf"(?:(?P<a>{E})|^Under\s+(?:its|their|§\d+)\s+terms)\b[^.;]*?\b(?:withdraw(?:al)?"
       rf"(?:\s+of\s+[^§.;]{{0,30}}?)?\s+from|"
       rf"pull\s+(?:(?:§\d+\s+)?[^§.;]{{0,40}}?\s)?(?:out\s+of|back\s+from)|hand\s+back|hand\s+over|return|"
       rf"redeploy\s+from|leave)\s+(?:§\d+\s+(?=[a-z]))?(?:[^§.;]{{0,30}}?)(?P<z>{L})",
       "withdraw|pull|hand back|hand over|return|redeploy|leave", confidence=0.7),
    _r("under-a-places", "governs", rf"^(?:But\s+|And\s+)?Under\s+(?P<a>{E})(?:\s+terms)?,(?P<rest>.*)$",
       "under", confidence=0.6),
    # ---- controls -------------------------------------------------------------------------
    _r("x-held-z", "controls",
       rf"(?P<s>{E})-(?:held|controlled|run|occupied|dominated|ruled)\s+"
       rf"(?:[a-z][\w-]*,?\s+){{0,3}}?(?P<z>{E})",
       "-held|-controlled|-run|-occupied|-dominated|-ruled", descriptive=True, confidence=0.85),
    _r("x-holds-z", "controls",
       rf"(?P<s>{L})(?:\s+(?:troops|forces|soldiers|fighters|militants))?{APPOS}(?:,\s+(?:which|who))?\s+"
       rf"(?:(?:still|now|also|effectively|firmly|already|last\s+week|on\s+\w+)\s+)*"
       rf"(?:(?:has|have)\s+(?:long\s+|also\s+)?)?(?:holds?|held|controls?|controlled|runs|run|"
       rf"took\s+(?:full\s+|effective\s+)?control\s+of|taken\s+(?:full\s+)?control\s+of|seized|seize|"
       rf"captured|capture|"
       rf"overran|overrun|took|retook|retaken|occupies|occupy|occupied|entered|dominates?|dominated|"
       rf"took\s+over)(?!\s+(?:effect|part|place|hold|power|office|note|aim|charge|shape|"
       rf"steps)\b)\s+(?P<gap>(?:[\w-]+,?\s+){{0,5}}?)(?P<z>{L})"
       rf"(?:,\s+including\s+(?P<incl>{L}))?",
       "hold|held|control|run|took|taken|seiz|captur|overr|retook|retaken|occup|enter|dominat",
       confidence=0.8),
    _r("x-advanced-seizing-z", "controls",
       rf"(?P<s>{L})\s+{AUX}(?:advanced|pushed|swept|moved|pressed)\b[^.;§]{{0,60}}?,\s+(?:seizing|"
       rf"capturing|taking)\s+"
       rf"(?P<z>{L})",
       "seizing|capturing|taking", confidence=0.75),
    _r("z-which-x-holds", "controls",
       rf"(?P<z>{E}),\s+which\s+(?P<s>{E})(?:\s+(?:troops|forces|soldiers|fighters))?\s+(?:(?:has|have)\s+)?"
       rf"(?:(?:long|also|still)\s+)?(?:held|holds|controlled|controls|run|runs|seized|captured)\b",
       "held|holds|control|run|seized|captured", descriptive=True, confidence=0.8),
    _r("z-held-by-x", "controls",
       rf"(?P<z>{L}),?\s+(?:(?:is|are|was|remains?)\s+)?(?:still\s+)?(?:held|controlled|run|occupied|"
       rf"captured|seized|dominated)\s+by\s+(?P<s>{E})",
       "held by|controlled by|run by|occupied by|captured by|seized by|dominated "
       "by", descriptive=True, confidence=0.8),
    _r("under-x-control", "controls", rf"^(?P<pre>.*?)\bunder\s+(?P<s>{E})\s+control\b", "control",
       confidence=0.7),
    _r("remains-x-controlled", "controls",
       rf"(?P<z>{E})[^.]*?\b(?:remains?|stays?|is)\s+(?P<s>{E})-(?:controlled|held)\b", "-controlled|-held",
       confidence=0.75),
    _r("drove-out-of-z", "controls",
       rf"(?P<s>{E})(?:\s+(?:troops|forces|soldiers|fighters))?(?:,[^,]*,)?\s+(?:drove|pushed|expelled|"
       rf"forced)\s+"
       rf"{E}(?:\s+(?:fighters|troops|forces|militants|rebels))?\s+out\s+of\s+(?:§\d+\s+(?=[a-z]))?"
       rf"(?:[^§]{{0,30}}?)"
       rf"(?P<z>{E})",
       "drove|pushed|expelled|forced", confidence=0.75),
    # ---- leader_of ------------------------------------------------------------------------
    _r("x-president-p", "leader_of",
       rf"(?P<o>{E})(?:'s)?\s+(?:(?:acting|interim|current|incumbent|new)\s+)?(?:{LEADER_TITLE}|president|"
       rf"prime\s+minister|leader|chancellor|king|emir|secretary-general)\s*,?\s+"
       rf"(?:[A-Z][\w-]*\.?\s+){{0,3}}?(?P<s>{E})",
       "president|prime minister|leader|chancellor|king|emir|secretary-general|premier|sultan|queen",
       descriptive=True, confidence=0.85),
    _r("regime-of-president-p", "leader_of",
       rf"(?P<o>{E})(?:\s+(?:government|regime|administration))?\s+of\s+(?:the\s+)?"
       rf"(?:{LEADER_TITLE}|Colonel|General|Field\s+Marshal|leader)\s+(?P<s>{E})",
       "president|prime|chancellor|king|emir|colonel|general|marshal|leader", descriptive=True,
       confidence=0.85),
    _r("p-head-of-x", "leader_of",
       rf"(?P<s>{E}),\s+(?:the\s+|an?\s+)?(?:(?P<o1>{E})(?:'s)?\s+(?:§\d+\s+)?)?(?:(?:acting|interim|current|"
       rf"long-?time|new|top|supreme|overall|military|political|de\s+facto)\s+)*{LEADER_WORD}"
       rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<o2>{E}))?",
       "leader|head|chief|commander|chair|president|prime minister|ruler|secretary-general",
       descriptive=True, confidence=0.85),
    _r("x-leader-p", "leader_of",
       rf"(?P<o>{E})(?:'s)?\s+(?:(?:long-?time|new|current|top|supreme|overall|military|political|"
       rf"de\s+facto)\s+)*"
       rf"{LEADER_WORD},?\s+(?:[A-Z][\w-]*\.?\s+){{0,3}}?(?P<s>{E})",
       "leader|head|chief|commander|chair|president|prime minister|ruler|secretary-general",
       descriptive=True, confidence=0.8),
    _r("x-led-by-p", "leader_of",
       rf"(?P<o>{E})(?:,\s+whose\s+[a-z\s]+?\s+(?:is|are)\s+|,\s+(?:which\s+is\s+|who\s+are\s+)?|\s+"
       rf"(?:(?:is|are|was|will\s+be|has\s+been|had\s+been)\s+)?)(?:now\s+|still\s+)?led\s+by\s+"
       rf"(?:[a-z-]+\s+){{0,3}}?(?:[A-Z][\w-]*\.?\s+){{0,3}}?(?P<s>{L})",
       "led by", descriptive=True, allow_former=True, confidence=0.85),
    _r("his-counterpart-p", "leader_of",
       rf"(?:his|her|§\d+)\s+(?P<o>{E})\s+counterpart,?\s+(?:[A-Z][\w-]*\.?\s+){{0,2}}?(?P<s>{E})",
       "counterpart", descriptive=True, confidence=0.7),
    _r("p-who-heads-x", "leader_of",
       rf"(?P<s>{E}),?\s+(?:who\s+)?(?:(?:now|also|currently)\s+)?(?:heads|leads|commands|chairs|runs)\s+"
       rf"(?:(?:{E})'s\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?P<o>{E})",
       "heads|leads|commands|chairs|runs", descriptive=True, confidence=0.8),
    _r("x-which-p-heads", "leader_of",
       rf"(?P<o>{E})(?:\s+\(§\d+\))?,\s+which\s+(?:[A-Z][\w.]*\s+){{0,2}}?(?P<s>{E})\s+(?:heads|leads|"
       rf"commands|chairs|founded\s+and\s+leads)",
       "heads|leads|commands|chairs", descriptive=True, confidence=0.8),
    _r("x-whose-minister-p", "member_of",
       rf"(?P<o>{E}),\s+whose\s+(?:[\w-]+\s+)?{MEMBER_WORD},?\s+(?:[A-Z][\w-]*\.?\s+){{0,2}}?(?P<s>{E})",
       "whose", descriptive=True, confidence=0.8),
    _r("x-whose-president-p", "leader_of",
       rf"(?P<o>{E}),\s+whose\s+(?:[\w-]+\s+)?{LEADER_WORD},?\s+(?:[A-Z][\w-]*\.?\s+){{0,2}}?(?P<s>{E})",
       "whose", descriptive=True, confidence=0.8),
    _r("states-person", "leader_of",
       rf"(?P<o>{E})'s\s+(?P<s>{E})(?:\s+and\s+(?P<o2>{E})'s\s+(?P<s2>{E}))?",
       "'s", descriptive=True, confidence=0.6),
    # ---- member_of ------------------------------------------------------------------------
    _r("x-minister-p", "member_of",
       rf"(?P<o>{E})(?:'s)?\s+(?:(?:acting|special|chief|lead|top|senior|former)\s+)*(?:{MEMBER_TITLE}|"
       rf"{MEMBER_WORD})\s*,?\s+(?:[A-Z][\w-]*\.?\s+){{0,3}}?(?P<s>{E})",
       "minister|spokes|envoy|negotiator|official|ambassador|deputy|representative|delegate|"
       "diplomat|vice|secretary|member|senior commander",
       descriptive=True, confidence=0.8),
    _r("p-spokesman-of-x", "member_of",
       rf"(?P<s>{E}),\s+(?:the\s+|an?\s+)?(?:(?P<o1>{E})(?:'s)?\s+(?:§\d+\s+)?)?(?:(?:acting|special|chief|"
       rf"lead|"
       rf"top|senior|deputy|national|foreign|official)\s+)*{MEMBER_WORD}(?:\s+(?:of|for|to|in)\s+(?:the\s+)?"
       rf"(?P<o2>{E}))?",
       "minister|spokes|envoy|negotiator|official|ambassador|deputy|representative|delegate|"
       "diplomat|member|senior commander|adviser",
       descriptive=True, confidence=0.8),
    _r("x-part-of-y", "member_of",
       rf"(?P<s>{L}),?\s+(?:(?:which|who)\s+)?(?:is|are|was|were|remains?|became)\s+(?:also\s+|formally\s+|"
       rf"now\s+)?"
       rf"(?:an?\s+)?(?:part|member|members|faction|factions|affiliate|branch|wing|component|"
       rf"(?:armed|political|military)\s+wing|constituent|(?:one|some)\s+of\s+(?:the\s+)?"
       rf"(?:[a-z-]+\s+){{0,4}}?"
       rf"(?:groups|factions|members|militias|components))\s+(?:of|in|within)\s+(?:the\s+)?"
       rf"(?:[a-z-]+\s+){{0,3}}?(?P<o>{E})",
       "part|member|faction|affiliate|branch|wing|component|constituent|one of|some of", confidence=0.85),
    _r("x-ys-affiliate", "member_of",
       rf"(?P<s>{E}),\s+(?P<o>{E})'s?\s+(?:[\w-]+\s+)?(?:affiliate|branch|wing|armed\s+wing|"
       rf"political\s+wing|faction|"
       rf"franchise|main\s+component|component|offshoot\s+in|(?:peacekeeping|military|stabilisation|"
       rf"stabilization|"
       rf"transition|protection)\s+(?:force|mission))",
       "affiliate|branch|wing|faction|franchise|component|force|mission", descriptive=True, confidence=0.8),
    _r("x-a-branch-of-y", "member_of",
       rf"(?P<s>{E}),\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:affiliate|branch|wing|faction|member|component|"
       rf"constituent|unit)\s+(?:of|in)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<o>{E})",
       "affiliate|branch|wing|faction|member|component|constituent|unit", descriptive=True, confidence=0.8),
    _r("y-linked-x", "member_of",
       rf"(?P<o>{E})-(?:linked|affiliated|allied)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<s>{E})",
       "-linked|-affiliated",
       descriptive=True, confidence=0.75),
    _r("y-made-up-of-x", "member_of",
       rf"(?P<o>{E}),?\s+(?:(?:which\s+is|which\s+are)\s+)?(?:made\s+up\s+of|comprising|composed\s+of|"
       rf"consisting\s+of|which\s+includes|grouping|that\s+includes|which\s+comprises)\s+(?P<s>{L})",
       "made up|compris|composed|consisting|includes|grouping", descriptive=True, confidence=0.8),
    _r("members-of-y-including-x", "member_of",
       rf"members\s+of\s+(?P<o>{E}),\s+including\s+(?P<s>{L})", "including", confidence=0.8),
    _r("x-backbone-of-y", "member_of",
       rf"(?P<s>{E})(?:,\s+which)?\s+(?:is|was|forms|form|now\s+forms|remains)\s+(?:the\s+)?(?:backbone|"
       rf"core|nucleus|"
       rf"main\s+component|largest\s+faction)\s+of\s+(?:an?\s+|the\s+)?(?:[^§]{{0,60}}?)"
       rf"(?:§\d+\s+of\s+[^§]{{0,40}}?(?:known\s+as|called)\s+)?(?P<o>{E})",
       "backbone|core|nucleus|main component|largest faction", descriptive=True, confidence=0.8),
    _r("y-troops-from-x", "member_of",
       rf"(?P<o>{E}),\s+[^.§]*?\b(?:has|with|of|fields|deploys)\s+(?:about\s+|some\s+|nearly\s+|around\s+|"
       rf"more\s+than\s+)?"
       rf"[\d,]+\s+(?:troops|soldiers|peacekeepers|personnel)[^.§]*?,\s+(?:many|most|some|all)\s+"
       rf"(?:of\s+them\s+)?"
       rf"from\s+(?P<s>{L})",
       "from", descriptive=True, confidence=0.75),
    _r("x-belongs-to-y", "member_of",
       rf"(?P<s>{E})(?:,[^,]*,)?\s+(?:belongs|belong|belonged)\s+to\s+(?:the\s+)?(?P<o>{E})", "belong",
       confidence=0.8),
    _r("x-led-coalition", "member_of",
       rf"(?P<s>{L})-led\s+(?P<o>{E})", "-led", descriptive=True, confidence=0.85),
    _r("coalition-led-by-x", "member_of",
       rf"(?P<o>{E})\s+led\s+by\s+(?P<s>{L})", "led by", descriptive=True, confidence=0.8),
    _r("x-joined-y", "member_of",
       rf"(?P<s>{E})\s+{AUX}(?:joined|join)\s+(?P<o>{E})", "join", confidence=0.7),
    # ---- evolved_from ---------------------------------------------------------------------
    _r("x-grew-out-of-y", "evolved_from",
       rf"(?P<s>{E})(?:,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:that|which)|\s+(?:has|had|have))?\s+"
       rf"(?:grew|grown|evolved|emerged|developed|sprang|sprung|originated|was\s+born)\s+(?:out\s+of|from)\s+"
       rf"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<o>{E})",
       "grew|grown|evolved|emerged|developed|sprang|sprung|originated|born", descriptive=True,
       confidence=0.85),
    _r("x-split-from-y", "evolved_from",
       rf"(?P<s>{E})(?:'s\s+(?P<own>movement|group|party|faction|forces))?[^.§]*?(?:,\s+when\s+)?"
       rf"(?:(?P<s2>§\d+)\s+)?"
       rf"\b(?:split|broke\s+away|splintered|broken\s+away|breaking\s+away|defected|seceded)\s+from\s+"
       rf"(?:the\s+)?(?:(?:older|ruling|main|parent|larger)\s+)?(?P<o>{E})",
       "split|broke|splinter|broken|breaking|defected|seceded", descriptive=True, confidence=0.8),
    _r("x-formerly-known-as-y", "evolved_from",
       rf"(?P<s>{E}),?\s+(?:(?:which|who)\s+(?:was|were)\s+)?(?:(?:was|were)\s+)?(?:formerly|previously|once|"
       rf"originally)\s+(?:known|called)\s+as\s+(?P<o>{E})",
       "formerly|previously|originally", descriptive=True, allow_former=True, confidence=0.8),
    _r("x-known-as-y-until", "evolved_from",
       rf"(?P<s>{E})\s+(?:was|were)\s+known\s+as\s+(?P<o>{E})\s+until", "until", descriptive=True,
       allow_former=True, confidence=0.8),
    _r("x-offshoot-of-y", "evolved_from",
       rf"(?P<s>{E}),?\s+(?:is\s+|was\s+|as\s+)?(?:an?\s+|the\s+)?(?:offshoot|splinter(?:\s+group|"
       rf"\s+faction)?|"
       rf"spin-off|outgrowth|successor)\s+(?:group\s+)?(?:of|to)\s+(?:the\s+)?(?P<o>{E})",
       "offshoot|splinter|spin-off|outgrowth|successor", descriptive=True, confidence=0.8),
    _r("x-renamed-from-y", "evolved_from",
       rf"(?P<o>{E})\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:renamed|rebranded|relaunched|"
       rf"reborn)\s+(?:as\s+)?(?P<s>{E})",
       "renamed|rebranded|relaunched|reborn", allow_former=True, confidence=0.75),
)
