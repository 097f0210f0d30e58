"""Phrasing patterns: regular expressions over a sentence whose mentions are placeholders.

Before matching, every mention of a sentence is replaced by ``§N`` (N is the
mention's index), a ``the`` right before a mention is dropped and curly
apostrophes are straightened, so "the Turkey-backed National Liberation
Front" reads ``§6-backed §7`` and a pattern need not know names. Named groups:
``s`` subject, ``o`` object (each may hold a list ``§1, §2 and §3``), ``a``
an agreement when the pattern names it (otherwise the agreement in context).
"""

from __future__ import annotations

from pactgraph.loaders.lexicon import GROUP_PART_NOUNS
from pactgraph.loaders.patterns_agreements import AGREEMENT_RULES
from pactgraph.loaders.phrasing import (
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

#: A list of two or more mentions, each perhaps with its acronym ("§1 (§2), §3 and §4"), for rules that pair
#: two lists in order; an element named in two mentions ("§5 in §6 (§7)") counts as one.
_PAIRED_ELEMENT = rf"{E}(?:\s+(?:in|of)\s+{E})?(?:\s+\({E}\))?"
PAIRED_LIST = rf"{_PAIRED_ELEMENT}(?:,\s+{_PAIRED_ELEMENT})*,?\s+and\s+{_PAIRED_ELEMENT}"

RULES: tuple[Rule, ...] = (
    # ---- backs ----------------------------------------------------------------------------
    rule("y-backed-by-x", "backs",
       rf"(?P<o>{E})(?:\s+(?:troops|forces|fighters|navy|army|soldiers))?,?\s+(?:(?:which|who|that)\s+)?"
       rf"(?:(?:an?|the)\s+[^,§]{{0,40}}?\s)?{AUX}(?:(?:also|still|long|heavily|largely)\s+)?"
       rf"{BACK_PASSIVE}(?:\s+and\s+{BACK_PASSIVE})?\s+(?:(?:throughout|since|for)\s+[^§]*?\s)?by\s+"
       rf"(?:(?:fighters|troops|forces|militias|jets|members|advisers|contractors)\s+(?:from|of)\s+)?"
       # (no "and", "or" among the words before the backer: "financed by networks and encouraged all X")
       rf"(?:(?:(?!(?:and|or)\s)[a-z][\w-]*\s+)|(?:§\d+\s+(?=[a-z])))*?(?P<s>{L})"
       rf"(?!\s+(?:mercenary|private|paramilitary|security|military|regional)\b)",
       "backed by|supported by|armed by|funded by|financed by|sponsored by|equipped by|bankrolled by",
       descriptive=True, confidence=0.85),
    rule("x-backs-y", "backs",
       rf"(?P<s>{L})(?:\s+(?:troops|forces))?(?:,\s+(?:which|who)\s+|\s+){AUX}{BACK_VERB}"
       rf"(?:\s+and\s+{BACK_VERB})?\s+(?P<o>{L})(?!-)",
       "back|support|arm|fund|sponsor|financ|suppl|equip|protect", confidence=0.85),
    # "Iran has sent Shahed drones to Russia", "supplied weapons to the rebels"
    # ---- opposes --------------------------------------------------------------------------
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
       rf"gunboats|aircraft|helicopters|gunships|warships|gunners|bombers))?"
       rf"(?:\s+(?:led|backed|supported)\s+by\s+{L})?{APPOS}"
       rf"(?:,\s+whose\s+(?:coalition|forces|troops|fighters|army|soldiers|militias?)|"
       rf",\s+(?:which|who)(?=\s+(?:is|are|was|were|has|have|had)\s))?\s+{AUX}(?:been\s+)?"
       rf"(?:fighting|fought|fights|fight|battling|battled|battles|attacked|attacking|attacks|attack|bombed|"
       rf"bombing|bombarded|shelled|shelling|targeted|targeting|targets|clashed\s+with|clashing\s+with|"
       rf"pounded|pounding|strafed|strafing|pummell?ed|pummell?ing|besieged|ambushed|"
       rf"clashes\s+with|(?:is|are|was|were)\s+at\s+war\s+with|waging\s+war\s+on|waged\s+war\s+on|"
       rf"intervened\s+against|rose\s+up\s+against|(?:fighting|fought|fight|fights)\s+against|"
       rf"turned\s+against|invaded|invading|struck|strikes\s+on|retaliated\s+against|hit\s+back\s+at|"
       rf"fired\s+on|opened\s+fire\s+on|vowed\s+to\s+(?:fight|defeat|destroy|crush)|"
       rf"vowed\s+to\s+keep\s+up\s+(?:military\s+)?pressure\s+on|"
       rf"(?:fighting|fought|fight|fights|battling|struggling|waging\s+war|trying|seeking|vowing)\s+to\s+"
       rf"(?:topple|overthrow|oust|unseat|defeat|destroy|crush|drive\s+out|dislodge|bring\s+down)|"
       rf"(?:is|are|was|were)\s+fighting)\s+(?P<o>{L})(?:\s+alongside\s+(?P<x>{L}))?",
       "fight|fought|battl|attack|bomb|shell|target|clash|war|interven|rose|turned|invad|struck|strike|"
       "retaliat|hit back|fire|vowed|pound|straf|pummel|besieg|ambush",
       confidence=0.8),
    rule("x-offensive-against-y", "opposes",
       rf"(?P<s>{E})(?:'s)?\s+(?:(?!(?:{NOT_MODIFIER})\b)[a-z0-9][\w-]*\s+){{0,3}}?{OFFENSIVE}\s+"
       rf"(?:against|on|targeting)\s+"
       rf"(?P<o>{L})",
       "offensive|war|campaign|strike|attack|assault|bombardment|insurgency|raid|operation|onslaught|crackdown",
       descriptive=True, confidence=0.75),
    # "the SDF, the alliance that has been Washington's main partner in the war against Islamic State"
    rule("support-x-against-y", "opposes",
       rf"(?:^(?P<s>{E})(?:,\s+(?:which|who)\b|\s+(?:has|have|had|is|are|was|were|will|sent|deployed|keeps|"
       rf"uses)\b)"
       rf"[^.;]{{0,80}}?\s)?(?:support|supporting|supported|back|backing|backed|help|helping|helped|"
       rf"aid|aiding|aided|defend|defending)\s+(?P<x>{L})\s+(?:in\s+(?:its|their)\s+(?:fight|war|battle)\s+)?"
       rf"against\s+(?P<o>{L})",
       "against", confidence=0.75),
    # "The ELN ... is holding separate peace talks with the government": a war's sides talk peace
    rule("rival-sides", "opposes",
       rf"(?P<s>{E})\s+and\s+(?P<o>{E})(?:,\s+(?:which|who)\s+|\s+){AUX}(?:back|backed|support|supported|"
       rf"backing|supporting|on|are\s+on|were\s+on|have\s+been\s+on|took|take)\s+(?:opposing|rival|opposite|"
       rf"different|competing|opposed)\s+(?:sides|camps|factions|parties)",
       "opposing|rival|opposite|competing|opposed", descriptive=True, confidence=0.85),
    rule("in-rebel-hands", "controls",
       rf"(?P<o>{E})[^.§]*?\bin\s+(?P<s>{E})\s+hands", "hands", confidence=0.7),
    # ---- allied_with ----------------------------------------------------------------------
    rule("its-ally-y", "allied_with",
       rf"(?P<s>{E})\s+(?:closest\s+|close\s+|main\s+|key\s+|long-?time\s+)?(?:ally|partner)\s+(?P<o>{E})",
       "ally|partner", descriptive=True, confidence=0.7),
    *AGREEMENT_RULES,
    # ---- leader_of ------------------------------------------------------------------------
    rule("x-president-p", "leader_of",
       rf"(?P<o>{E})(?:'s)?\s+(?:(?:acting|interim|current|incumbent|new)\s+)?(?:{LEADER_TITLE}|president|"
       rf"prime\s+minister|leader|chancellor|king|emir|secretary-general|premier|ruler|sultan|queen)\s*,?\s+"
       rf"(?:[A-Z][\w-]*\.?\s+){{0,3}}?(?P<s>{E})",
       "president|prime minister|leader|chancellor|king|emir|secretary-general|premier|sultan|queen|ruler",
       descriptive=True, confidence=0.85),
    rule("regime-of-president-p", "leader_of",
       rf"(?P<o>{E})(?:\s+(?:government|regime|administration))?\s+of\s+(?:the\s+)?"
       rf"(?:{LEADER_TITLE}|Colonel|General|Field\s+Marshal|leader)\s+(?P<s>{E})",
       "president|prime|chancellor|king|emir|colonel|general|marshal|leader", descriptive=True,
       confidence=0.85),
    # "Haftar's self-styled Libyan National Army": a man's named force is the one he leads
    rule("persons-named-force", "leader_of",
       rf"(?P<s>{E})'s\s+(?:(?:self-styled|self-declared|self-proclaimed|so-called|own|personal)\s+)?"
       rf"(?P<o>{E_WHOLE})(?!\s*'s)",
       "'s", descriptive=True, confidence=0.65),
    # "Nabih Berri, the parliament speaker, whose Amal movement is ..."
    # "A spokesman for the group, Mohamed Ramadane, said": a role of the actor, then the person
    rule("x-leader-p", "leader_of",
       rf"(?P<o>{E})(?:'s)?\s+(?:(?:long-?time|new|current|top|supreme|overall|military|political|"
       rf"de\s+facto)\s+)*"
       rf"{LEADER_WORD},?\s+(?:[A-Z][\w-]*\.?\s+){{0,3}}?(?P<s>{E})",
       "leader|head|chief|commander|chair|president|prime minister|ruler|secretary-general",
       descriptive=True, confidence=0.8),
    rule("x-led-by-p", "leader_of",
       # (not "a faction of Y led by X": the faction's head is one of Y's men, the parse frames read it)
       "".join(f"(?<!{noun} of )" for noun in sorted(GROUP_PART_NOUNS)) + "(?<!splinter group of )"
       rf"(?P<o>{E})(?:,\s+whose\s+[a-z\s]+?\s+(?:is|are)\s+|,\s+(?:which\s+is\s+|who\s+are\s+)?|\s+"
       rf"(?:(?:is|are|was|will\s+be|has\s+been|had\s+been)\s+)?)(?:now\s+|still\s+)?(?:led|headed|"
       rf"commanded|chaired)\s+by\s+"
       rf"(?:[a-z-]+\s+){{0,3}}?(?:[A-Z][\w-]*\.?\s+){{0,3}}?(?P<s>{L})",
       "led by|headed by|commanded by|chaired by", descriptive=True, allow_former=True, confidence=0.85),
    # "the Justice Front (JF) of X", "the Ivorian government of X", "the royalist party of the former prime
    # minister X": a group named with the man whose it is (the subject must be a person, the object an actor)
    rule("x-of-p", "leader_of",
       rf"(?P<o>{E_WHOLE})(?:\s+\({E_WHOLE}\))?(?:\s+(?:government|regime|administration|faction|wing|gang|"
       rf"movement|party|alliance|militia|cartel))?\s+of\s+(?:the\s+)?(?:(?:former|veteran|jailed|exiled)\s+"
       rf"(?:[a-z][\w-]*\s+){{0,2}}?)?(?:[A-Z][\w.-]*\s+){{0,2}}?(?P<s>{E_WHOLE})(?!\s*'s)",
       "of", descriptive=True, allow_former=True, confidence=0.75),
    rule("x-whose-president-p", "leader_of",
       rf"(?P<o>{E}),\s+whose\s+(?:[\w-]+\s+)?{LEADER_WORD},?\s+(?:[A-Z][\w-]*\.?\s+){{0,2}}?(?P<s>{E})",
       "whose", descriptive=True, confidence=0.8),
    # two lists paired in order, the people after the bodies or before them: "the leaders of X and Y, A
    # and B"; "A, B and C, who lead, respectively, X, Y and Z"; "X and Y, led respectively by A and B" /
    # "led by A and B respectively" (an element may carry its acronym, "X (XF)")
    rule("paired-leaders", "leader_of",
       rf"\b(?:leaders|heads|chiefs|commanders|presidents|chairmen)\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
       rf"(?P<o>{PAIRED_LIST}),\s+(?P<s>{PAIRED_LIST})(?![\w§(-]|\s+(?:of|in)\s)"
       rf"|(?P<s2>{PAIRED_LIST}),?\s+(?:who\s+)?(?:lead|head|command)(?:s|ed)?,?\s+respectively,?\s+"
       rf"(?P<o2>{PAIRED_LIST})"
       rf"|(?P<o3>{PAIRED_LIST}),\s+(?:led|headed|commanded),?\s+respectively,?\s+by\s+(?P<s3>{PAIRED_LIST})"
       rf"|(?P<o4>{PAIRED_LIST}),\s+(?:led|headed|commanded)\s+by\s+(?P<s4>{PAIRED_LIST}),?\s+respectively\b",
       "leaders|heads|chiefs|commanders|presidents|chairmen|respectively", descriptive=True, confidence=0.75),
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
    # "the Manbij Military Council, which had run the city as part of the SDF"
    # "ATMIS, ..., which has about 19,000 troops in the country, many of them from Uganda and Kenya"
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
    rule("y-made-up-of-x", "member_of",
       rf"(?P<o>{E}),?\s+(?:(?:which\s+is|which\s+are)\s+)?(?:made\s+up\s+of|comprising|composed\s+of|"
       rf"consisting\s+of|which\s+includes|grouping|that\s+includes|which\s+comprises)\s+(?P<s>{L})",
       "made up|compris|composed|consisting|includes|grouping", descriptive=True, confidence=0.8),
    # "anti-Houthi forces backed by the coalition, among them the UAE-armed Giants Brigades"
    # ---- evolved_from ---------------------------------------------------------------------
    rule("x-grew-out-of-y", "evolved_from",
       rf"(?P<s>{E})(?:,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:that|which)|\s+(?:has|had|have))?\s+"
       rf"(?:grew|grown|evolved|emerged|developed|sprang|sprung|originated|was\s+born)\s+(?:out\s+of|from)\s+"
       # (not "emerged from the talks with Y": the words before the name are no preposition's)
       rf"(?:an?\s+|the\s+)?(?:(?!(?:with|between|against|after|by|in|on|at|and)\b)[a-z-]+\s+){{0,2}}?"
       rf"(?P<o>{E})",
       "grew|grown|evolved|emerged|developed|sprang|sprung|originated|born", descriptive=True,
       confidence=0.85),
    rule("x-split-from-y", "evolved_from",
       rf"(?P<s>{E})(?:'s\s+(?P<own>movement|group|party|faction|forces))?[^.§]*?(?:,\s+when\s+)?"
       rf"(?:(?P<s2>§\d+)\s+)?"
       rf"\b(?:split|broke\s+away|splintered|broken\s+away|breaking\s+away|defected|seceded)\s+from\s+"
       rf"(?:the\s+)?(?:(?:older|ruling|main|parent|larger)\s+)?(?P<o>{E})",
       "split|broke|splinter|broken|breaking|defected|seceded", descriptive=True, confidence=0.8),
)
