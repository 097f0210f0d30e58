"""Phrasing patterns about agreements and territory: party_to, brokered, governs, controls.

Part of ``loaders.patterns.RULES``; see there for how a pattern reads a sentence.
"""

from __future__ import annotations

from pactgraph.loaders.phrasing import (
    APPOS,
    AUX,
    BROKER_PASSIVE,
    E_WHOLE,
    ELEMENT,
    SIGN_VERB,
    E,
    L,
    Rule,
    rule,
)

#: Inside the gap of "A, signed ... by X": no verb of a go-between ("reached after talks mediated by X": X
#: mediated, and signed nothing).
_NOT_BROKERED = r"(?!(?<=\s)(?:mediated|brokered|facilitated|hosted|chaired|co-chaired|sponsored)\s)"

AGREEMENT_RULES: tuple[Rule, ...] = (
    # ---- party_to -------------------------------------------------------------------------
    rule("x-signed-a", "party_to",
       # (not "X agreed that the accord had failed": a view shared, no deal made)
       rf"(?P<s>{L})\s+{AUX}(?:(?:formally|finally|jointly)\s+)?{SIGN_VERB}\s+(?:(?:on|in|late\s+on|"
       rf"early\s+on)\s+"
       rf"\w+\s+)?(?:to\s+|on\s+)?(?:(?!\b(?:that|whether|how)\s)[^§.]){{0,40}}?(?P<a>{E})"
       # "signed the accord as guarantors": a broker's signature, read by the parse rules
       rf"(?!\s+as\s+(?:[\w-]+\s+)?(?:guarantors?|witness(?:es)?|mediators?|observers?)\b)",
       "sign|struck|reach|conclud|seal|hammered|thrashed|clinch|ink|agree", confidence=0.85),
    # "a five-day pause, ..., which both Turkey and the SDF had agreed to observe"
    # "the Jeddah declaration of May 11, ..., in which the two forces committed to protect civilians"
    rule("a-signed-by-x", "party_to",
       rf"(?P<a>{E})(?:\s+(?:for|in|on|over)\s+[^§,.]{{0,25}}?(?=\s))?,?\s+(?:(?:which|that)\s+)?(?:was\s+|"
       rf"were\s+|is\s+|has\s+been\s+)?(?:formally\s+)?"
       rf"(?:signed|agreed|concluded|struck|hammered\s+out|thrashed\s+out|reached|sealed)\s+"
       rf"(?:(?:{_NOT_BROKERED}[^§]){{0,40}}?|(?:in|at)\s+(?:[^§]{{0,30}}?)§\d+[^§]{{0,25}}?)\s*(?:by|between)\s+"
       rf"(?:(?:the\s+)?(?:envoys|representatives|leaders|delegates|ministers|officers|defence\s+ministers|"
       rf"foreign\s+ministers|delegations|heads|governments|officials|negotiators)\s+of\s+)?"
       rf"(?:§\d+\s+(?=[a-z])(?:[a-z][\w-]*\s+){1,3}(?=§))?(?P<s>{L})",
       "signed|agreed|concluded|struck|hammered|thrashed|reached|sealed", confidence=0.85),
    rule("a-between-x-and-y", "party_to",
       rf"(?P<a>{E})\s+(?:agreement\s+)?between\s+"
       rf"(?:the\s+governments\s+of\s+)?(?:an?\s+)?(?P<s>{ELEMENT})\s+and\s+(?:an?\s+)?(?P<o>{ELEMENT})",
       "between", confidence=0.75),
    rule("x-signed-for-y", "party_to",
       rf"(?P<s>{E})(?:,[^,]*,|,)?\s+(?:also\s+)?signed\s+(?:for|on\s+behalf\s+of)\s+(?P<o>{E})",
       "signed for|signed on behalf", confidence=0.8),
    rule("commits-x", "party_to", rf"(?P<a>{E})[^.]*?\bcommits\s+(?P<s>.*?)\s+to\s+", "commits",
       confidence=0.75),
    # ---- brokered -------------------------------------------------------------------------
    rule("a-brokered-by-x", "brokered",
       rf"(?P<a>{E})(?:\s+between\s+{E}(?:\s+and\s+{E})?)?,?\s+(?:(?:which|that)\s+)?{AUX}"
       rf"{BROKER_PASSIVE}(?:\s+and\s+(?:is\s+)?{BROKER_PASSIVE})?(?:\s+(?:in|at)\s+§\d+)?"
       rf"(?:\s+(?:last|on|this|next|early|late|in)\s+\w+)*\s+(?:[a-z]+\s+){{0,3}}?by\s+"
       rf"(?:(?:the\s+)?(?:envoys|representatives|leaders|mediators)\s+of\s+)?(?:§\d+\s+(?=[a-z])"
       rf"(?:[a-z][\w-]*\s+){1,3}(?=§))?(?P<s>{L})",
       "brokered|mediated|facilitated|guaranteed|negotiated|sponsored|overseen", confidence=0.9),
    rule("brokered-by-x-in-context", "brokered",
       rf"(?:brokered|mediated|guaranteed|facilitated)(?:\s+(?:in|at)\s+§\d+)?\s+by\s+(?P<s>{L})",
       "brokered by|mediated by|guaranteed by|facilitated by", confidence=0.75),
    rule("under-x-auspices", "brokered", rf"under\s+(?P<s>{L})\s+auspices", "auspices", confidence=0.75),
    rule("x-mediated-between", "brokered",
       rf"(?P<s>{L})(?:,\s+who\s+has\s+been|,\s+which\s+has\s+been)?\s+{AUX}(?:mediated|mediating|"
       rf"brokering|facilitating|facilitated)\s+(?:between|talks|negotiations|the\s+talks|more\s+than)",
       "mediat|broker|facilitat", confidence=0.75),
    # ---- governs --------------------------------------------------------------------------
    rule("a-covers-z", "governs",
       rf"(?P<a>{E}),?\s+(?:(?:which|that)\s+)?(?:also\s+)?(?:covers|covered|cover|applies\s+(?:to|across|"
       rf"in)|"
       rf"applied\s+(?:to|across|in)|will\s+apply\s+to|extends\s+to|governs|regulates|"
       rf"(?:was|is)\s+meant\s+to\s+(?:cover|apply\s+to)|includes)\s+(?:the\s+whole\s+of\s+|all\s+of\s+|"
       rf"[^§.;]{{0,30}}?)?(?P<z>{L})",
       "cover|appl|extends|governs|regulat|include|meant", confidence=0.85),
    rule("a-took-effect-in-z", "governs",
       rf"(?P<a>{E_WHOLE})(?:[^.;§]|{E_WHOLE}){{0,90}}?\b(?:took\s+effect|took\s+hold|came\s+into\s+(?:force|effect)|"
       rf"went\s+into\s+effect|entered\s+into\s+force|(?:is|was)\s+holding|held|collapsed|broke\s+down)\s+"
       rf"(?:in|across|along|over|around|on)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:§\d+'s\s+(?:[a-z][\w-]*\s+)?)?(?P<z>{L})",
       "took effect|took hold|came into|went into|entered into|holding|held|collapsed|broke down",
       confidence=0.75),
    rule("including-z", "governs",
       rf"(?P<a>{E})\s+(?:covers|applies)[^.]*?\bincluding\s+(?:[^§]{{0,30}}?)(?P<z>{L})",
       "including", confidence=0.75),
    rule("a-sets-up-z", "governs",
       rf"(?P<a>{E})[^.;]*?\b(?:sets\s+up|set\s+up|creates|create|created|establishes|established|"
       rf"provides\s+for|demarcates|fixes)\s+(?:an?\s+|the\s+)?(?:[^§.]{{0,30}}?)(?P<z>{E})",
       "set up|sets up|creat|establish|provides for|demarcat|fixes", confidence=0.75),
    rule("z-established-under-a", "governs",
       rf"(?P<z>{E})(?:\s+(?:on|in|along|around|near)\s+{E})?,?\s+(?:[^§]{{0,40}}?\s)?(?:established|created|"
       rf"set\s+up|agreed)"
       rf"\s+(?:as\s+part\s+of|under|by|in)\s+"
       rf"(?:an?\s+|the\s+)?(?:(?:[a-z0-9][\w-]*)\s+){{0,2}}?(?P<a>{E})",
       "established|created|set up|agreed", confidence=0.8),
    rule("a-in-z", "governs",
       rf"(?P<a>{E})\s+(?:in|for|around|across|over|covering)\s+(?:the\s+)?(?:(?:[a-z][\w-]*|"
       rf"§\d+)\s+){{0,5}}?"
       rf"(?:(?:city|town|province|region|enclave|port|district|area|state)\s+of\s+)?(?P<z>{E})"
       rf"(?!\s+(?:port|city|town|coast|region|province|district|capital)\b)"
       rf"(?!\s+(?:on|last|this|late|early)\s)(?!\s*,?\s+(?:on|last)\s)",
       " in | for | around | across | over | covering ", confidence=0.7),
    rule("a-terms-z", "governs",
       rf"(?:(?P<a>{E})|^Under\s+(?:its|their|§\d+)\s+terms)\b[^.;]*?\b(?:withdr(?:aw(?:al)?|ew)"
       rf"(?:\s+of\s+[^§.;]{{0,30}}?)?\s+from|"
       rf"pull\s+(?:(?:§\d+\s+)?[^§.;]{{0,40}}?\s)?(?:out\s+of|back\s+from)|hand\s+back|hand\s+over|return|"
       rf"redeploy\s+from|leave)\s+(?:§\d+\s+(?=[a-z]))?(?:[^§.;]{{0,30}}?)(?P<z>{L})",
       "withdraw|withdrew|pull|hand back|hand over|return|redeploy|leave", confidence=0.7),
    # (also "Under the deal announced on Monday, ...", "Under the terms agreed in Z, ...": deal in context)
    rule("under-a-places", "governs", rf"^(?:But\s+|And\s+)?Under\s+(?:(?P<a>{E})(?:\s+terms)?|the\s+terms)"
       rf"(?:\s+(?:announced|agreed|signed|reached|struck|set\s+out|hammered\s+out)\b[^,]{{0,40}})?,(?P<rest>.*)$",
       "under", confidence=0.6),
    # "Norland is also to hand back the Olo and Marr districts": a term of the deal in context
    rule("x-is-to-hand-back-z", "governs",
       rf"^(?:Under\s+[^,]*,\s+)?(?P<s>{E})(?:\s+(?:troops|forces))?\s+(?:is|are)\s+(?:also\s+)?to\s+"
       rf"(?:hand\s+back|return|withdraw\s+from|pull\s+out\s+of|cede|hand\s+over|regain\s+control\s+of|"
       rf"pull\s+back\s+from|leave)\b(?P<rest>.*)$",
       "hand back|return|withdraw|pull out|cede|hand over|regain control|pull back|leave", confidence=0.6),
    # "Units of both sides are to be withdrawn from Z", "rebel units are to move into Z", "X forces are to
    # help ... and then pull back to Z": where a deal in context sends the armed men is a place of its terms
    rule("units-are-to-move-z", "governs",
       rf"(?:^|,\s+and\s+|;\s+(?:and\s+)?)(?:(?:Under|During|In|Within)\s+[^,]*,\s+)?"
       rf"(?P<s>(?:[A-Za-z][\w'-]*\s+){{0,2}}(?:{E}|[Uu]nits|troops|forces|fighters|combatants|soldiers))"
       rf"(?:\s+(?:troops|forces|units|fighters))?(?:\s+of\s+(?:both\s+sides|the\s+two\s+sides|{E}))?"
       rf"\s+(?:is|are)\s+(?:also\s+|then\s+)?to\s+(?:[^.;]{{0,80}}?\s+and\s+(?:then\s+)?)?(?:be\s+)?"
       rf"(?:withdrawn?|pull(?:ed)?\s+back|pull(?:ed)?\s+out|move[ds]?|redeploy(?:ed)?|regroup(?:ed)?|"
       rf"relocated?|confined)\b(?P<rest>[^;,]*)",
       "withdraw|pull|move|redeploy|regroup|relocate|confine", confidence=0.6),
    # "It requires both sides to withdraw ... to create a buffer zone": the places its terms regulate
    rule("a-terms-places", "governs",
       # (after a fronted phrase of its making: "Signed on 9 May off Z, the truce commits ...")
       rf"^(?:(?:Signed|Agreed|Brokered|Reached|Struck|Concluded|Mediated)\s[^,;]{{0,120}},\s+)?"
       rf"(?P<a>{E})\s+(?:also\s+)?(?:requires|required|commits|committed|obliges|obliged|calls\s+for|"
       rf"provides\s+for|sets\s+up|set\s+up|creates|created|establishes|established|freezes|froze|"
       rf"foresees|envisages|demands|orders|bars|bans|allows)\b(?P<rest>.*)$",
       "requir|commit|oblige|calls for|provides for|set up|sets up|creat|establish|freez|froze|foresee|"
       "envisage|demand|order|bar|ban|allow", confidence=0.6),
    # ---- located_in: where a place lies (zone queries match the places around it) ------------
    rule("xs-place", "located_in",
       rf"(?P<o>{E})'s\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
       rf"north-\w+|south-\w+|coastal|restive|rural)\s+)?(?P<s>{E})\b",
       "'s", descriptive=True, confidence=0.7),
    rule("kind-of-y-in-x", "located_in",
       rf"\b(?:town|city|village|port|district|province|region|enclave|hub|camp)s?\s+of\s+(?P<s>{E})(?:,)?"
       rf"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
       rf"north-\w+|south-\w+)\s+)?(?P<o>{E})",
       "of", descriptive=True, confidence=0.7),
    rule("y-the-capital-of-x", "located_in",
       rf"(?P<s>{E}),\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:capital|city|town|village|port|"
       rf"province|region|district|enclave|hub)\s+(?:of|in)\s+(?:the\s+)?(?P<o>{E})",
       "capital|city|town|village|port|province|region|district|enclave|hub", descriptive=True,
       confidence=0.75),
    # ---- controls -------------------------------------------------------------------------
    rule("x-held-z", "controls",
       rf"(?P<s>{E})-(?:held|controlled|run|occupied|dominated|ruled)\s+"
       # "regime-held areas close to Idlib" hold the areas, not Idlib
       rf"(?:(?!(?:close|near|around|outside|beyond|next|towards?|north|south|east|west|across|along|"
       rf"bordering|facing|in|inside|within)\b)[a-z][\w-]*,?\s+){{0,3}}?(?P<z>{E})",
       "-held|-controlled|-run|-occupied|-dominated|-ruled", descriptive=True, confidence=0.85),
    rule("x-holds-z", "controls",
       rf"(?P<s>{L})(?:\s+(?:troops|forces|soldiers|fighters|militants))?"
       # "X and allied clan militias have captured": unnamed helpers beside the named actor
       rf"(?:\s+and\s+(?:[a-z][\w-]*\s+){{1,3}}?(?:militias|fighters|forces|troops|allies))?"
       rf"{APPOS}(?:,\s+(?:which|who))?\s+"
       rf"(?:(?:still|now|today|also|effectively|firmly|already|last\s+week|on\s+\w+)\s+)*"
       rf"(?:(?:has|have)\s+(?:long\s+|also\s+)?)?(?:holds?|held|controls?|controlled|runs|run|"
       rf"took\s+(?:full\s+|effective\s+)?control\s+of|taken\s+(?:full\s+)?control\s+of|seized|seize|"
       rf"captured|capture|"
       rf"overran|overrun|took|retook|retaken|occupies|occupy|occupied|entered|dominates?|dominated|"
       rf"administers?|administered|took\s+over)(?!\s+(?:effect|part|place|hold|power|office|note|aim|charge|shape|"
       rf"steps)\b)\s+(?P<gap>(?:(?!(?:into|near|around|outside|beyond|towards?|close)\b)[\w-]+,?\s+){{0,5}}?)"
       rf"(?P<z>{L})"
       rf"(?:,\s+including\s+(?P<incl>{L}))?",
       "hold|held|control|run|took|taken|seiz|captur|overr|retook|retaken|occup|enter|dominat|administ",
       confidence=0.8),
    rule("z-which-x-holds", "controls",
       rf"(?P<z>{L})(?:\s+(?:districts|provinces|towns|cities|regions|villages|areas))?,\s+which\s+"
       rf"(?P<s>{E})(?:\s+(?:troops|forces|soldiers|fighters))?\s+(?:(?:has|have)\s+)?"
       rf"(?:(?:long|also|still)\s+)?(?:held|holds|controlled|controls|run|runs|seized|captured)\b",
       "held|holds|control|run|seized|captured", descriptive=True, confidence=0.8),
    rule("z-held-by-x", "controls",
       rf"(?P<z>{L}),?\s+(?:(?:is|are|was|remains?)\s+)?(?:still\s+)?(?:held|controlled|run|occupied|"
       rf"captured|seized|dominated)\s+by\s+(?P<s>{E})",
       "held by|controlled by|run by|occupied by|captured by|seized by|dominated "
       "by", descriptive=True, confidence=0.8),
)
