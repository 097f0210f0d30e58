"""Phrasing patterns: regular expressions over a sentence whose mentions are placeholders.

Before matching, every mention of a sentence is replaced by ``§N`` (N is the
mention's index), a ``the`` right before a mention is dropped and curly
apostrophes are straightened, so "the Turkey-backed National Liberation
Front" reads ``§6-backed §7`` and a pattern need not know names. Named groups:
``s`` subject, ``o`` object (each may hold a list ``§1, §2 and §3``), ``a``
an agreement when the pattern names it (otherwise the agreement in context).
"""

from __future__ import annotations

from loaders.patterns_agreements import AGREEMENT_RULES
from loaders.phrasing import (
    APPOS,
    APPOS_EL,
    AUX,
    BACK_PASSIVE,
    BACK_VERB,
    E_WHOLE,
    ELEMENT,
    LEADER_TITLE,
    LEADER_WORD,
    MEMBER_TITLE,
    MEMBER_WORD,
    NOT_MODIFIER,
    OFFENSIVE,
    E,
    L,
    Rule,
    rule,
)

__all__ = ["APPOS_EL", "AGREEMENT_RULES", "RULES", "Rule"]

RULES: tuple[Rule, ...] = (
    # ---- backs ----------------------------------------------------------------------------
    rule("x-backed-y", "backs", rf"(?P<s>{E})-{BACK_PASSIVE}\s+(?:[a-z][\w-]*\s+){{0,3}}?(?P<o>{E})(?!\s*-)",
       "-backed|-supported|-armed|-funded|-sponsored|-financed|-equipped", descriptive=True, confidence=0.9),
    rule("backed-by-x-fronted", "backs",
       rf"^(?:Backed|Supported|Armed|Funded|Equipped|Bankrolled)\s+(?:[a-z]+\s+)?by\s+(?P<s>[^;]*?),\s+"
       rf"(?P<o>{E})(?:'s\s+(?:forces|troops|army|fighters|soldiers|military))?\s+{AUX}(?!by\b)[a-z]+\b",
       "backed by|supported by|armed by|funded by|equipped by|bankrolled by", descriptive=True,
       confidence=0.75),
    rule("x-backed-ys-including-z", "backs",
       rf"(?P<s>{E})-{BACK_PASSIVE}\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:§\d+|militias|groups|factions|fighters|"
       rf"forces|rebels|proxies),?\s+(?:including|among\s+them|such\s+as)\s+(?:(?:fighters|members|units|"
       rf"militiamen)\s+(?:from|of)\s+)?(?:§\d+'s\s+)?(?P<o>{E}(?:,?\s+and\s+{E})?)",
       "including|among them|such as", descriptive=True, confidence=0.7),
    rule("y-an-x-backed", "backs",
       rf"(?P<o>{E}),\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+)?(?P<s>{E})-{BACK_PASSIVE}\b",
       "-backed|-supported|-armed|-funded", descriptive=True, confidence=0.85),
    rule("y-backed-by-x", "backs",
       rf"(?P<o>{E})(?:\s+(?:troops|forces|fighters|navy|army|soldiers))?,?\s+(?:(?:which|who|that)\s+)?"
       rf"(?:(?:an?|the)\s+[^,§]{{0,40}}?\s)?{AUX}(?:(?:also|still|long|heavily|largely)\s+)?"
       rf"{BACK_PASSIVE}(?:\s+and\s+{BACK_PASSIVE})?\s+(?:(?:throughout|since|for)\s+[^§]*?\s)?by\s+"
       rf"(?:(?:fighters|troops|forces|militias|jets|members|advisers|contractors)\s+(?:from|of)\s+)?"
       rf"(?:(?:[a-z][\w-]*\s+)|(?:§\d+\s+(?=[a-z])))*?(?P<s>{L})"
       rf"(?!\s+(?:mercenary|private|paramilitary|security|military|regional)\b)",
       "backed by|supported by|armed by|funded by|financed by|sponsored by|equipped by|bankrolled by",
       descriptive=True, confidence=0.85),
    rule("y-long-gap-backed-by-x", "backs",
       rf"(?P<o>{E}),\s+[^§]{{0,50}}?(?:§\d+[^§]{{0,40}}?)?\s+and\s+(?:(?:is|are|was|were|has\s+been)\s+)?"
       rf"(?:still\s+)?{BACK_PASSIVE}"
       rf"(?:\s+and\s+{BACK_PASSIVE})?\s+by\s+(?P<s>{L})",
       "backed by|supported by|armed by|funded by", descriptive=True, confidence=0.7),
    rule("x-backs-y", "backs",
       rf"(?P<s>{L})(?:\s+(?:troops|forces))?(?:,\s+(?:which|who)\s+|\s+){AUX}{BACK_VERB}"
       rf"(?:\s+and\s+{BACK_VERB})?\s+(?P<o>{L})(?!-)",
       "back|support|arm|fund|sponsor|financ|suppl|equip|protect", confidence=0.85),
    rule("x-denies-backing-y", "backs",
       rf"(?P<s>{E})\s+(?:has\s+|had\s+)?(?:denies|denied|deny|rejects|rejected)\s+(?:ever\s+)?"
       rf"(?:backing|arming|funding|supporting|supplying|sponsoring|sending\s+(?:troops|"
       rf"weapons)\s+to)\s+(?P<o>{L})",
       "denie|deny|reject", confidence=0.8),
    rule("accuse-x-of-backing-y", "backs",
       rf"(?:accuse[sd]?|accusing|blame[sd]?)\s+(?P<s>{E})\s+of\s+(?:[a-z]+\s+){{0,2}}?"
       rf"(?:backing|arming|funding|supporting|supplying|sponsoring|smuggling\s+[\w\s]{{0,30}}?\s+to|"
       rf"sending\s+[\w\s]{{0,30}}?\s+to|sheltering)\s+(?P<o>{L})",
       "accus|blame", confidence=0.8),
    rule("y-backer-x", "backs",
       rf"(?P<o>{E})(?:'s)?\s+(?:[a-z][\w-]*\s+)?(?:backers?|sponsors?|patrons?|benefactors?),?\s+(?P<s>{L})",
       "backer|sponsor|patron|benefactor", descriptive=True, confidence=0.8),
    rule("y-its-x-backers", "backs", rf"(?P<o>{E})\s+(?P<s>{E})\s+(?:backers?|sponsors?|patrons?)\b",
       "backer|sponsor|patron", descriptive=True, confidence=0.7),
    rule("x-backer-of-y", "backs",
       rf"(?P<s>{E}),\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:backer|sponsor|patron|"
       rf"supplier)s?\s+of\s+(?P<o>{E})",
       "backer|sponsor|patron|supplier", descriptive=True, confidence=0.8),
    rule("x-arms-supplier-of-y", "backs",
       rf"(?P<s>{E})\s+is\s+(?:one\s+of\s+)?(?P<o>{E})(?:'s)?\s+(?:main\s+|key\s+|biggest\s+|largest\s+|"
       rf"chief\s+)?"
       rf"(?:arms\s+|weapons\s+|military\s+)?(?:suppliers?|backers?|sponsors?)",
       "supplier|backer|sponsor", confidence=0.8),
    # "Iran has sent Shahed drones to Russia", "supplied weapons to the rebels"
    rule("x-sent-weapons-to-y", "backs",
       rf"(?P<s>{L})\s+{AUX}(?:sent|supplied|delivered|shipped|provided|transferred|smuggled|gave|sold)\s+"
       rf"(?:(?:[a-z][\w-]*|§\d+|[\d,.]+)\s+){{0,4}}?(?:weapons|arms|drones|missiles|rockets|ammunition|"
       rf"munitions|tanks|artillery|jets|warplanes|rifles|equipment|military\s+aid|funds|money)\s+to\s+"
       rf"(?P<o>{L})",
       "sent|supplied|delivered|shipped|provided|transferred|smuggled|gave|sold", confidence=0.75),
    rule("x-sent-troops-to-defend-y", "backs",
       rf"(?P<s>{E})\s+(?:sent|deployed|dispatched)\s+(?:troops|soldiers|forces|fighters|advisers)\s+to\s+"
       rf"(?:defend|support|help|protect|prop\s+up|back)\s+(?P<o>{E})",
       "sent|deployed|dispatched", confidence=0.8),
    rule("in-support-of-y", "backs", rf"^(?P<s>{E})\b[^.;]*?\bin\s+support\s+of\s+(?P<o>{E})",
       "in support of", confidence=0.65),
    rule("x-to-support-y", "backs",
       rf"(?P<s>{E}),\s+which\s+keeps\s+(?:[^§.;]|{E_WHOLE}){{0,60}}?\s+to\s+(?:support|back|help|protect)\s+"
       rf"(?P<o>{E})",
       "keeps", descriptive=True, confidence=0.75),
    # ---- opposes --------------------------------------------------------------------------
    rule("anti-x-y", "opposes", rf"[Aa]nti-(?P<o>{E})\s+(?:[a-z]+\s+)?(?P<s>{E})", "anti-",
       descriptive=True, confidence=0.85),
    rule("anti-x-fighters-of-y", "opposes",
       rf"[Aa]nti-(?P<o>{E})\s+(?:fighters|forces|rebels|militias)\s+of\s+(?P<s>{E})",
       "anti-", descriptive=True, confidence=0.8),
    rule("fighting-between", "opposes",
       rf"(?:[Ff]ighting|[Cc]lashes|war|conflict|[Bb]attles?|hostilities|violence|confrontation|"
       rf"tensions)\s+between\s+"
       rf"(?P<s>{ELEMENT})\s+and\s+(?P<o>{ELEMENT})",
       "between", descriptive=True, confidence=0.8),
    rule("the-z-ceasefire", "governs", r"(?P<a>§\d+)", "§", descriptive=True, confidence=0.8),
    rule("x-launched-offensive-against-y", "opposes",
       rf"(?P<s>{L})(?:\s+(?:troops|forces))?(?:,\s+or\s+§\d+)?(?:,\s+(?:which|who))?\s+{AUX}(?:launched|"
       rf"began|mounted|waged|stepped\s+up|intensified|"
       rf"led|opened|carried\s+out|conducted|unleashed|renewed|pressed|pursued|escalated|expanded|"
       rf"continued)\s+(?:an?\s+|its\s+|their\s+)?"
       rf"(?:[\w-]+\s+){{0,4}}?(?:offensive|assault|attacks?|campaign|war|strikes|insurgency|incursion|"
       rf"operation|invasion|raids|bombardment)\s+(?:against|on|into|inside|in)\s+(?P<o>{L})",
       "launch|began|mount|wag|step|intensif|led|open|carried|conduct|unleash|renew|press|pursu|escalat|"
       "expand|continu", confidence=0.8),
    rule("x-fights-y", "opposes",
       rf"(?P<s>{L})(?:\s+(?:troops|forces|fighters|soldiers|jets|warplanes|missiles|drones|rockets|artillery|"
       rf"gunboats|aircraft))?"
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
       rf"(?:fighting|fought|fight|fights|battling|struggling|waging\s+war|trying|seeking|vowing)\s+to\s+"
       rf"(?:topple|overthrow|oust|unseat|defeat|destroy|crush|drive\s+out|dislodge|bring\s+down)|"
       rf"(?:is|are|was|were)\s+fighting)\s+(?P<o>{L})(?:\s+alongside\s+(?P<x>{L}))?",
       "fight|fought|battl|attack|bomb|shell|target|clash|war|interven|rose|turned|invad|struck|strike|"
       "retaliat|hit back|fire|vowed",
       confidence=0.8),
    rule("x-offensive-against-y", "opposes",
       rf"(?P<s>{E})(?:'s)?\s+(?:(?!(?:{NOT_MODIFIER})\b)[a-z0-9][\w-]*\s+){{0,3}}?{OFFENSIVE}\s+"
       rf"(?:against|on|targeting)\s+"
       rf"(?P<o>{L})",
       "offensive|war|campaign|strike|attack|assault|bombardment|insurgency|raid|operation",
       descriptive=True, confidence=0.75),
    rule("attacks-by-x-on-y", "opposes",
       rf"{OFFENSIVE}\s+by\s+(?P<s>{L})\s+(?:on|against|targeting)\s+(?P<o>{L})",
       "offensive|war|campaign|strike|attack|assault|bombardment|insurgency|raid|operation", confidence=0.75),
    rule("fighting-against-y-done-by-x", "opposes",
       rf"(?:fighting|{OFFENSIVE})\s+against\s+(?P<o>{L})\s+(?:has|have|had)?\s*(?:been|was|were|is|are)\s+"
       rf"(?:\w+\s+)?(?:done|carried\s+out|led|waged|conducted|fought|launched|borne)\s+"
       rf"(?:mainly\s+|largely\s+|mostly\s+)?by\s+(?P<s>{L})",
       "against", confidence=0.75),
    # "the SDF, the alliance that has been Washington's main partner in the war against Islamic State"
    rule("x-partner-in-war-against-y", "opposes",
       rf"(?P<s>{E}),?\s+(?:(?:that|which|who)\s+{AUX}(?:been\s+)?|(?:is|are|was|were|has\s+been)\s+)"
       rf"(?P<x>{E})'s\s+(?:(?:main|key|closest|chief|principal|local)\s+)?(?:partner|ally)\s+in\s+the\s+"
       rf"(?:war|fight|battle|campaign|struggle)\s+against\s+(?P<o>{L})",
       "partner in the|ally in the", descriptive=True, confidence=0.75),
    rule("support-x-against-y", "opposes",
       rf"(?:^(?P<s>{E})(?:,\s+(?:which|who)\b|\s+(?:has|have|had|is|are|was|were|will|sent|deployed|keeps|"
       rf"uses)\b)"
       rf"[^.;]{{0,80}}?\s)?(?:support|supporting|supported|back|backing|backed|help|helping|helped|"
       rf"aid|aiding|aided|defend|defending)\s+(?P<x>{L})\s+(?:in\s+(?:its|their)\s+(?:fight|war|battle)\s+)?"
       rf"against\s+(?P<o>{L})",
       "against", confidence=0.75),
    rule("x-sent-troops-to-fight-y", "opposes",
       rf"(?P<s>{E})\s+{AUX}(?:sent|deployed|dispatched)\s+(?:troops|soldiers|forces|fighters|jets|"
       rf"warplanes)\b"
       rf"[^.;§]{{0,40}}?(?:§\d+[^.;§]{{0,30}}?)?\s+to\s+(?:fight|attack|battle|confront|drive\s+out|"
       rf"push\s+back)\s+"
       rf"(?P<o>{L})",
       "sent|deployed|dispatched", confidence=0.75),
    # "The ELN ... is holding separate peace talks with the government": a war's sides talk peace
    rule("x-peace-talks-with-y", "opposes",
       rf"(?P<s>{E})(?:,[^,]*,)?\s+{AUX}(?:holding|held|hold|holds|opened|began|begun|resumed|started|"
       rf"entered(?:\s+into)?)\s+(?:(?:separate|direct|indirect|new|fresh|formal|secret)\s+)?peace\s+"
       rf"(?:talks|negotiations)\s+with\s+(?P<o>{E})",
       "peace talks|peace negotiations", confidence=0.65),
    rule("rival-sides", "opposes",
       rf"(?P<s>{E})\s+and\s+(?P<o>{E})(?:,\s+(?:which|who)\s+|\s+){AUX}(?:back|backed|support|supported|"
       rf"backing|supporting|on|are\s+on|were\s+on|have\s+been\s+on|took|take)\s+(?:opposing|rival|opposite|"
       rf"different|competing|opposed)\s+(?:sides|camps|factions|parties)",
       "opposing|rival|opposite|competing|opposed", descriptive=True, confidence=0.85),
    rule("on-opposing-sides-x-and-y", "opposes",
       rf"on\s+(?:opposing|rival|opposite|different)\s+sides,\s+(?P<s>{E})\s+and\s+(?P<o>{E})",
       "sides", descriptive=True, confidence=0.85),
    rule("rivals-x-and-y", "opposes",
       rf"\b(?:rivals|foes|enemies|adversaries),?\s+(?P<s>{E})\s+and\s+(?P<o>{E})",
       "rivals|foes|enemies|adversar",
       descriptive=True, confidence=0.8),
    rule("x-rival-y", "opposes",
       rf"(?P<s>{E})(?:'s|\s+and\s+(?:its|their|his))\s+(?:main\s+|arch-?|bitter\s+|long-time\s+)?"
       rf"(?:rival|enemy|foe|adversary|nemesis),?\s+(?P<o>{E})",
       "rival|enemy|foe|adversary|nemesis", descriptive=True, confidence=0.8),
    rule("pits-x-against-y", "opposes",
       rf"\bpits?\s+(?:[^§]*?)(?P<s>{E})(?:\s+[a-z]+)?(?:,\s+(?:[A-Z][\w.-]*\s+){{0,2}}(?P<s2>{E}))?[^§]*?"
       rf"(?:§\d+[^§]*?)*?against\s+(?:his\s+|her\s+|its\s+|their\s+)?(?:[^§]*?)(?P<o>{E})"
       rf"(?:\s+[a-z]+){{0,5}}(?:,\s+(?:[A-Z][\w.-]*\s+){{0,2}}(?P<o2>{E}))?",
       "pits|pit ", confidence=0.75),
    rule("drove-y-out", "opposes",
       rf"(?P<s>{E})(?:\s+(?:troops|forces|soldiers|fighters))?(?:,[^,]*,)?\s+(?:drove|pushed|expelled|"
       rf"ousted|"
       rf"forced)\s+(?P<o>{E})(?:\s+(?:fighters|troops|forces|militants|rebels))?\s+out\s+of",
       "drove|pushed|expelled|ousted|forced", confidence=0.8),
    rule("alongside-against", "opposes",
       rf"(?P<s>{E})(?:,\s+whose\s+(?:troops|forces|fighters|soldiers))?(?:\s+(?:troops|forces|fighters|"
       rf"soldiers))?"
       rf"\s+{AUX}(?:fought|fighting|fight|fights|battled)\s+alongside\s+(?:§\d+\s+)?[^§]*?(?P<x>{E})[^§]*?"
       rf"\s+against\s+(?P<o>{E})",
       "alongside", confidence=0.8, symmetric_list=True),
    rule("in-rebel-hands", "controls",
       rf"(?P<o>{E})[^.§]*?\bin\s+(?P<s>{E})\s+hands", "hands", confidence=0.7),
    # ---- allied_with ----------------------------------------------------------------------
    rule("x-ally-y", "allied_with",
       rf"(?P<s>{E})'s\s+(?:closest\s+|close\s+|main\s+|key\s+|long-?time\s+|staunch\s+|regional\s+|"
       rf"traditional\s+|strategic\s+|military\s+)*(?:ally|allies|partner|partners)\s*,?\s+(?P<o>{L})",
       "ally|allies|partner", descriptive=True, confidence=0.85),
    rule("y-an-ally-of-x", "allied_with",
       rf"(?P<o>{E}),\s+(?:an?|the|its|their|his)\s+(?:[\w-]+\s+){{0,2}}?(?:ally|partner)\s+of\s+(?P<s>{E})",
       "ally|partner", descriptive=True, confidence=0.85),
    rule("y-their-ally", "allied_with",
       rf"(?P<o>{E}),\s+(?P<s>{E})(?:'s)?\s+(?:closest\s+|close\s+|main\s+|key\s+|staunchest\s+|"
       rf"long-?time\s+|only\s+)?(?:ally|partner)\b",
       "ally|partner", descriptive=True, confidence=0.7),
    rule("its-ally-y", "allied_with",
       rf"(?P<s>{E})\s+(?:closest\s+|close\s+|main\s+|key\s+|long-?time\s+)?(?:ally|partner)\s+(?P<o>{E})",
       "ally|partner", descriptive=True, confidence=0.7),
    rule("x-aligned-with-y", "allied_with",
       rf"(?P<s>{L}),?\s+(?:(?:who|which)\s+)?{AUX}(?:closely\s+)?(?:allied|aligned)\s+(?:with|"
       rf"to)\s+(?P<o>{L})",
       "allied|aligned", descriptive=True, confidence=0.85),
    rule("pro-x-y", "allied_with", rf"\b[Pp]ro-(?P<o>{E})\s+(?:[a-z]+\s+){{0,2}}?(?P<s>{E})", "pro-",
       descriptive=True, confidence=0.8),
    rule("x-aligned-y", "allied_with",
       rf"(?P<o>{E})-(?:aligned|allied)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<s>{E})", "-aligned|-allied",
       descriptive=True, confidence=0.8),
    rule("fought-alongside", "allied_with",
       rf"(?P<s>{L})(?:,\s+whose\s+(?:troops|forces|fighters|soldiers))?(?:\s+(?:troops|forces|fighters|"
       rf"soldiers))?"
       rf"\s+{AUX}(?:fought|fighting|fight|fights|battled|battling|operate|operated|operating|deployed)\s+"
       rf"alongside\s+(?P<o>{L})",
       "alongside", confidence=0.8),
    rule("made-y-its-partner", "allied_with",
       rf"^(?P<s>{E})[^.]*?\bmade\s+(?P<o>{E})\s+(?:its|§\d+)\s+(?:[\w-]+\s+){{0,2}}(?:partner|ally)",
       "partner|ally", confidence=0.75),
    rule("x-that-is-ys-partner", "allied_with",
       rf"(?P<s>{E})(?:,\s+an?\s+[a-z]+)?\s+(?:that|which|who)\s+{AUX}(?:been\s+)?(?P<o>{E})'s\s+(?:(?:main|"
       rf"key|closest|close|"
       rf"principal|strongest|long-?time)\s+)?(?:ally|partner)\b",
       "ally|partner", descriptive=True, confidence=0.8),
    rule("x-and-y-allies", "allied_with",
       rf"(?P<s>{E})\s+and\s+(?P<o>{E})\s+(?:are|were|have\s+been|became)\s+(?:close\s+|long-?time\s+)?"
       rf"(?:allies|partners)",
       "allies|partners", confidence=0.8),
    rule("whose-x-is-ys-ally", "allied_with",
       rf"(?P<s>{E})\s+(?:movement\s+|party\s+|group\s+)?(?:is|are|was)\s+(?P<o>{E})'s\s+"
       rf"(?:closest\s+|close\s+|main\s+|key\s+)?(?:ally|partner)",
       "ally|partner", descriptive=True, confidence=0.8),
    *AGREEMENT_RULES,
    # ---- leader_of ------------------------------------------------------------------------
    rule("x-president-p", "leader_of",
       rf"(?P<o>{E})(?:'s)?\s+(?:(?:acting|interim|current|incumbent|new)\s+)?(?:{LEADER_TITLE}|president|"
       rf"prime\s+minister|leader|chancellor|king|emir|secretary-general)\s*,?\s+"
       rf"(?:[A-Z][\w-]*\.?\s+){{0,3}}?(?P<s>{E})",
       "president|prime minister|leader|chancellor|king|emir|secretary-general|premier|sultan|queen",
       descriptive=True, confidence=0.85),
    rule("regime-of-president-p", "leader_of",
       rf"(?P<o>{E})(?:\s+(?:government|regime|administration))?\s+of\s+(?:the\s+)?"
       rf"(?:{LEADER_TITLE}|Colonel|General|Field\s+Marshal|leader)\s+(?P<s>{E})",
       "president|prime|chancellor|king|emir|colonel|general|marshal|leader", descriptive=True,
       confidence=0.85),
    rule("p-head-of-x", "leader_of",
       rf"(?P<s>{E}),\s+(?:the\s+|an?\s+)?(?:(?P<o1>{E})(?:'s)?\s+(?:§\d+\s+)?)?(?:(?:acting|interim|current|"
       rf"long-?time|new|top|supreme|overall|military|political|de\s+facto)\s+)*{LEADER_WORD}"
       rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<o2>{E}))?",
       "leader|head|chief|commander|chair|president|prime minister|ruler|secretary-general",
       descriptive=True, confidence=0.85),
    # "Haftar's self-styled Libyan National Army": a man's named force is the one he leads
    rule("persons-named-force", "leader_of",
       rf"(?P<s>{E})'s\s+(?:(?:self-styled|self-declared|self-proclaimed|so-called|own|personal)\s+)?"
       rf"(?P<o>{E})(?!\s*'s)",
       "'s", descriptive=True, confidence=0.65),
    # "Nabih Berri, the parliament speaker, whose Amal movement is ..."
    rule("p-whose-named-movement", "leader_of",
       rf"(?P<s>{E}),\s+(?:[^,§]*,\s+)?whose\s+(?P<o>{E})\s+(?:movement|party|militia|faction|group|"
       rf"organisation|organization)\b",
       "whose", descriptive=True, confidence=0.7),
    # "A spokesman for the group, Mohamed Ramadane, said": a role of the actor, then the person
    rule("a-role-for-x-p", "member_of",
       rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:senior|top|chief|lead|deputy|military|political)\s+)?"
       rf"(?:spokesman|spokeswoman|spokesperson|negotiator|official|envoy|representative)\s+(?:for|of)\s+"
       rf"(?P<o>{E}),\s+(?:[A-Z][\w-]*\.?\s+){{0,2}}?(?P<s>{E})",
       "spokes|negotiator|official|envoy|representative", descriptive=True, confidence=0.8),
    rule("x-leader-p", "leader_of",
       rf"(?P<o>{E})(?:'s)?\s+(?:(?:long-?time|new|current|top|supreme|overall|military|political|"
       rf"de\s+facto)\s+)*"
       rf"{LEADER_WORD},?\s+(?:[A-Z][\w-]*\.?\s+){{0,3}}?(?P<s>{E})",
       "leader|head|chief|commander|chair|president|prime minister|ruler|secretary-general",
       descriptive=True, confidence=0.8),
    rule("x-led-by-p", "leader_of",
       rf"(?P<o>{E})(?:,\s+whose\s+[a-z\s]+?\s+(?:is|are)\s+|,\s+(?:which\s+is\s+|who\s+are\s+)?|\s+"
       rf"(?:(?:is|are|was|will\s+be|has\s+been|had\s+been)\s+)?)(?:now\s+|still\s+)?(?:led|headed|"
       rf"commanded|chaired)\s+by\s+"
       rf"(?:[a-z-]+\s+){{0,3}}?(?:[A-Z][\w-]*\.?\s+){{0,3}}?(?P<s>{L})",
       "led by|headed by|commanded by|chaired by", descriptive=True, allow_former=True, confidence=0.85),
    rule("his-counterpart-p", "leader_of",
       rf"(?:his|her|§\d+)\s+(?P<o>{E})\s+counterpart,?\s+(?:[A-Z][\w-]*\.?\s+){{0,2}}?(?P<s>{E})",
       "counterpart", descriptive=True, confidence=0.7),
    rule("p-who-heads-x", "leader_of",
       rf"(?P<s>{E}),?\s+(?:who\s+)?(?:(?:now|also|currently)\s+)?(?:heads|leads|commands|chairs|runs)\s+"
       rf"(?:(?:{E})'s\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?P<o>{E})",
       "heads|leads|commands|chairs|runs", descriptive=True, confidence=0.8),
    rule("x-which-p-heads", "leader_of",
       rf"(?P<o>{E})(?:\s+\(§\d+\))?,\s+which\s+(?:[A-Z][\w.]*\s+){{0,2}}?(?P<s>{E})\s+(?:heads|leads|"
       rf"commands|chairs|founded\s+and\s+leads)",
       "heads|leads|commands|chairs", descriptive=True, confidence=0.8),
    rule("x-whose-minister-p", "member_of",
       rf"(?P<o>{E}),\s+whose\s+(?:[\w-]+\s+)?{MEMBER_WORD},?\s+(?:[A-Z][\w-]*\.?\s+){{0,2}}?(?P<s>{E})",
       "whose", descriptive=True, confidence=0.8),
    rule("x-whose-president-p", "leader_of",
       rf"(?P<o>{E}),\s+whose\s+(?:[\w-]+\s+)?{LEADER_WORD},?\s+(?:[A-Z][\w-]*\.?\s+){{0,2}}?(?P<s>{E})",
       "whose", descriptive=True, confidence=0.8),
    rule("states-person", "leader_of",
       rf"(?P<o>{E})'s\s+(?P<s>{E})(?:\s+and\s+(?P<o2>{E})'s\s+(?P<s2>{E}))?",
       "'s", descriptive=True, confidence=0.6),
    # ---- member_of ------------------------------------------------------------------------
    rule("x-minister-p", "member_of",
       rf"(?P<o>{E})(?:'s)?\s+(?:(?:acting|special|chief|lead|top|senior|former)\s+)*(?:{MEMBER_TITLE}|"
       rf"{MEMBER_WORD})\s*,?\s+(?:[A-Z][\w-]*\.?\s+){{0,3}}?(?P<s>{E})",
       "minister|spokes|envoy|negotiator|official|ambassador|deputy|representative|delegate|"
       "diplomat|vice|secretary|member|senior commander",
       descriptive=True, confidence=0.8),
    rule("p-spokesman-of-x", "member_of",
       rf"(?P<s>{E}),\s+(?:the\s+|an?\s+)?(?:(?:acting|interim|special|senior|top|chief)\s+)?"
       rf"(?:(?P<o1>{E})(?:'s)?\s+(?:§\d+\s+)?)?(?:(?:acting|special|chief|"
       rf"lead|"
       rf"top|senior|deputy|national|foreign|official)\s+)*{MEMBER_WORD}(?:\s+(?:of|for|to|in)\s+(?:the\s+)?"
       rf"(?P<o2>{E}))?",
       "minister|spokes|envoy|negotiator|official|ambassador|deputy|representative|delegate|"
       "diplomat|member|senior commander|adviser",
       descriptive=True, confidence=0.8),
    rule("x-part-of-y", "member_of",
       rf"(?P<s>{L}),?\s+(?:(?:which|who)\s+)?(?:is|are|was|were|remains?|became)\s+(?:also\s+|formally\s+|"
       rf"now\s+)?"
       rf"(?:an?\s+)?(?:part|member|members|faction|factions|affiliate|branch|wing|component|"
       rf"(?:armed|political|military)\s+wing|constituent|(?:one|some)\s+of\s+(?:the\s+)?"
       rf"(?:[a-z-]+\s+){{0,4}}?"
       rf"(?:groups|factions|members|militias|components))\s+(?:of|in|within)\s+(?:the\s+)?"
       rf"(?:[a-z-]+\s+){{0,3}}?(?P<o>{E})",
       "part|member|faction|affiliate|branch|wing|component|constituent|one of|some of", confidence=0.85),
    # "the Manbij Military Council, which had run the city as part of the SDF"
    rule("x-as-part-of-y", "member_of",
       rf"(?P<s>{E})(?![^§.]*\b(?:once|formerly|former|until|no\s+longer|used\s+to)\b)"
       rf"(?:,\s+(?:which|who)\b[^§]{{0,50}}?|\s+{AUX}(?:[a-z]+ed|fought|ran|run|operates?|serves?)"
       rf"\b[^§]{{0,30}}?)\s+as\s+(?:a\s+)?(?:part|member|members|unit|component)\s+of\s+(?:the\s+)?(?P<o>{E})",
       "as part of|as a part of|as a member of|as members of|as a unit of|as a component of",
       # "which had run the city as part of the SDF": the running is over, the membership is not
       descriptive=True, allow_former=True, confidence=0.7),
    # "ATMIS, ..., which has about 19,000 troops in the country, many of them from Uganda and Kenya"
    rule("troops-from-x", "member_of",
       rf"(?P<o>{E})(?:,\s+(?:§\d+'s\s+)?[^,§]*?)?,\s+which\s+(?:has|had|fields|deploys|includes)\s+"
       rf"[^§;]{{0,60}}?\b(?:troops|soldiers|personnel|peacekeepers)\b[^§;]{{0,40}}?,\s+(?:many|most|some|"
       rf"all)\s+of\s+them\s+from\s+(?P<s>{L})",
       "many of them|most of them|some of them|all of them", descriptive=True, confidence=0.7),
    rule("x-ys-affiliate", "member_of",
       rf"(?P<s>{E})(?:\s+\(§\d+\))?,\s+(?P<o>{E})'s?\s+(?:[\w-]+\s+)?(?:affiliate|branch|wing|armed\s+wing|"
       rf"political\s+wing|faction|"
       rf"franchise|main\s+component|component|offshoot\s+in|(?:peacekeeping|military|stabilisation|"
       rf"stabilization|"
       rf"transition|protection)\s+(?:force|mission))",
       "affiliate|branch|wing|faction|franchise|component|force|mission", descriptive=True, confidence=0.8),
    rule("x-a-branch-of-y", "member_of",
       rf"(?P<s>{E})(?:\s+\(§\d+\))?,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:affiliate|branch|wing|faction|"
       rf"member|component|"
       rf"constituent|unit)\s+(?:of|in)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<o>{E})",
       "affiliate|branch|wing|faction|member|component|constituent|unit", descriptive=True, confidence=0.8),
    rule("y-linked-x", "member_of",
       rf"(?P<o>{E})-(?:linked|affiliated|allied)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<s>{E})",
       "-linked|-affiliated",
       descriptive=True, confidence=0.75),
    rule("y-made-up-of-x", "member_of",
       rf"(?P<o>{E}),?\s+(?:(?:which\s+is|which\s+are)\s+)?(?:made\s+up\s+of|comprising|composed\s+of|"
       rf"consisting\s+of|which\s+includes|grouping|that\s+includes|which\s+comprises)\s+(?P<s>{L})",
       "made up|compris|composed|consisting|includes|grouping", descriptive=True, confidence=0.8),
    rule("members-of-y-including-x", "member_of",
       rf"members\s+of\s+(?P<o>{E}),\s+including\s+(?P<s>{L})", "including", confidence=0.8),
    # "anti-Houthi forces backed by the coalition, among them the UAE-armed Giants Brigades"
    rule("ys-among-them-x", "member_of",
       rf"(?P<o>{E})(?:\s+(?:backed|supported|armed|led)\s+by\s+{L})?,\s+(?:among\s+them|among\s+whom)\s+"
       rf"(?P<s>{L})",
       "among them|among whom", descriptive=True, confidence=0.75),
    rule("x-backbone-of-y", "member_of",
       rf"(?P<s>{E})(?:,\s+which)?\s+(?:is|was|forms|form|now\s+forms|remains)\s+(?:the\s+)?(?:backbone|"
       rf"core|nucleus|"
       rf"main\s+component|largest\s+faction)\s+of\s+(?:an?\s+|the\s+)?(?:[^§]{{0,60}}?)"
       rf"(?:§\d+\s+of\s+[^§]{{0,40}}?(?:known\s+as|called)\s+)?(?P<o>{E})",
       "backbone|core|nucleus|main component|largest faction", descriptive=True, confidence=0.8),
    rule("y-troops-from-x", "member_of",
       rf"(?P<o>{E}),\s+[^.§]*?\b(?:has|with|of|fields|deploys)\s+(?:about\s+|some\s+|nearly\s+|around\s+|"
       rf"more\s+than\s+)?"
       rf"[\d,]+\s+(?:troops|soldiers|peacekeepers|personnel)[^.§]*?,\s+(?:many|most|some|all)\s+"
       rf"(?:of\s+them\s+)?"
       rf"from\s+(?P<s>{L})",
       "from", descriptive=True, confidence=0.75),
    rule("x-belongs-to-y", "member_of",
       rf"(?P<s>{E})(?:,[^,]*,)?\s+(?:belongs|belong|belonged)\s+to\s+(?:the\s+)?(?P<o>{E})", "belong",
       confidence=0.8),
    rule("x-led-coalition", "member_of",
       rf"(?P<s>{E}(?:\s+and\s+{E})?)-led\s+(?P<o>{E})", "-led", descriptive=True, confidence=0.85),
    rule("coalition-led-by-x", "member_of",
       rf"(?P<o>{E})\s+led\s+by\s+(?P<s>{L})", "led by", descriptive=True, confidence=0.8),
    rule("x-joined-y", "member_of",
       rf"(?P<s>{E})\s+{AUX}(?:joined|join)\s+(?P<o>{E})", "join", confidence=0.7),
    # ---- evolved_from ---------------------------------------------------------------------
    rule("x-grew-out-of-y", "evolved_from",
       rf"(?P<s>{E})(?:,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:that|which)|\s+(?:has|had|have))?\s+"
       rf"(?:grew|grown|evolved|emerged|developed|sprang|sprung|originated|was\s+born)\s+(?:out\s+of|from)\s+"
       rf"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<o>{E})",
       "grew|grown|evolved|emerged|developed|sprang|sprung|originated|born", descriptive=True,
       confidence=0.85),
    rule("x-split-from-y", "evolved_from",
       rf"(?P<s>{E})(?:'s\s+(?P<own>movement|group|party|faction|forces))?[^.§]*?(?:,\s+when\s+)?"
       rf"(?:(?P<s2>§\d+)\s+)?"
       rf"\b(?:split|broke\s+away|splintered|broken\s+away|breaking\s+away|defected|seceded)\s+from\s+"
       rf"(?:the\s+)?(?:(?:older|ruling|main|parent|larger)\s+)?(?P<o>{E})",
       "split|broke|splinter|broken|breaking|defected|seceded", descriptive=True, confidence=0.8),
    rule("x-formerly-known-as-y", "evolved_from",
       rf"(?P<s>{E}),?\s+(?:(?:which|who)\s+(?:was|were)\s+)?(?:(?:was|were)\s+)?(?:formerly|previously|once|"
       rf"originally)\s+(?:known|called)\s+as\s+(?P<o>{E})",
       "formerly|previously|originally", descriptive=True, allow_former=True, confidence=0.8),
    rule("x-known-as-y-until", "evolved_from",
       rf"(?P<s>{E})\s+(?:was|were)\s+known\s+as\s+(?P<o>{E})\s+until", "until", descriptive=True,
       allow_former=True, confidence=0.8),
    rule("x-offshoot-of-y", "evolved_from",
       rf"(?P<s>{E}),?\s+(?:is\s+|was\s+|as\s+)?(?:an?\s+|the\s+)?(?:offshoot|splinter(?:\s+group|"
       rf"\s+faction)?|"
       rf"spin-off|outgrowth|successor)\s+(?:group\s+)?(?:of|to)\s+(?:the\s+)?(?P<o>{E})",
       "offshoot|splinter|spin-off|outgrowth|successor", descriptive=True, confidence=0.8),
    rule("x-renamed-from-y", "evolved_from",
       rf"(?P<o>{E})\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:renamed|rebranded|relaunched|"
       rf"reborn)\s+(?:as\s+)?(?P<s>{E})",
       "renamed|rebranded|relaunched|reborn", allow_former=True, confidence=0.75),
)
