"""Tokens and sentences: one spaCy tokenizer pass per document, offsets kept.

spaCy's blank English pipeline gives tokens with character offsets and no
trained model; sentences are cut by rule on those tokens, because news prose
is regular enough ("Mr Varo", "U.S." and initials stay single tokens in
spaCy's tokenizer, so a lone full stop is nearly always the end of a sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

_ENDS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
#: A stop after these does not end a sentence ("Gen. Dagalo", "No. 3").
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "st",
                            "no", "vs", "prof", "rev", "adm", "brig", "gov", "sen", "rep", "jr", "sr"})


#: A hyphen after a dotted abbreviation and before a participle ("the N.R.-backed militia", "a K.U.-brokered
#: truce"): spaCy's own infixes split a hyphen between letters only, which leaves the abbreviation glued to
#: the participle.
_DOTTED_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


@lru_cache(maxsize=1)
def _nlp():
    import spacy
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, _DOTTED_HYPHEN]).finditer
    return nlp


class Tok(NamedTuple):
    """A token as the extractor needs it (plain data: cheaper to read than spaCy's views)."""

    text: str
    idx: int
    whitespace_: str
    is_space: bool
    is_punct: bool
    i: int


@lru_cache(maxsize=1)
def _attrs() -> tuple[int, ...]:
    """What ``tokenize`` reads of each token, as one array (spaCy is imported on first use only)."""
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SPACY

    return (IDX, LENGTH, SPACY, IS_SPACE, IS_PUNCT)


def tokenize(text: str) -> list[Tok]:
    """The text's tokens (one tokenizer pass; ``idx`` are character offsets into ``text``).

    The token attributes are read as one array, column by column, rather than through spaCy's
    ``Token`` views: each view and each of its properties is a call into Cython. A token's text is
    the slice of ``text`` it covers (spaCy's tokenizer never alters characters), and its trailing
    whitespace is one space or none.
    """
    doc = _nlp().tokenizer(text)
    starts, lengths, spaced, spaces, puncts = doc.to_array(_attrs()).T.tolist() if len(doc) else ([],) * 5
    make = tuple.__new__  # Tok(...) through its Python-level __new__ is slower still
    return [make(Tok, (text[a:a + n], a, " " if w else "", s == 1, p == 1, i))
            for i, (a, n, w, s, p) in enumerate(zip(starts, lengths, spaced, spaces, puncts, strict=True))]


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # character offsets into the body
    end: int
    first: int  # token range [first, last)
    last: int


def _starts_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in "\"“‘'(["


#: A news dateline before the first sentence of a story ("BRENN, Kessa, Aug 9 –", "OLO, 3 March (wire) —"):
#: the city in capitals, then perhaps its country or island (group ``country``, a place the story is about),
#: a date and the agency, up to the dash. With a comma or an agency it is a sentence of its own, so that the
#: parse of the story's first sentence does not take the city as a subject; the city, date and agency name
#: no actor (``mentions``).
DATELINE = re.compile(r"(?P<city>[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*)"
                      r"(?:,\s+(?P<country>[A-Z][a-z][\w'.-]*(?:\s+[A-Z][a-z][\w'.-]*){0,2}))?,?"
                      r"(?:\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+))?(?:\s+\([^)\n]{1,40}\))?"
                      r"\s+[-—–]+\s")


def split_sentences(tokens: list[Tok], text: str) -> list[Sentence]:
    """Sentences by rule: a stop followed by a capital, or a line break."""
    out: list[Sentence] = []
    begin: int | None = None
    i = 0
    n = len(tokens)

    def close(last: int) -> None:
        nonlocal begin
        if begin is None:
            return
        first_tok, last_tok = tokens[begin], tokens[last - 1]
        start, end = first_tok.idx, last_tok.idx + len(last_tok.text)
        if text[start:end].strip():
            out.append(Sentence(len(out), start, end, begin, last))
        begin = None

    while i < n:
        token = tokens[i]
        if token.is_space:
            if "\n" in token.text:
                close(i)
            i += 1
            continue
        if begin is None:
            begin = i
            dateline = DATELINE.match(text, token.idx) if token.text[:1].isupper() else None
            if dateline and dateline.end() < len(text) and any(c in dateline.group() for c in ",("):
                while i < n and tokens[i].idx < dateline.end() - 1:
                    i += 1
                close(i)
                continue
        if "\n" in token.whitespace_:
            close(i + 1)
            i += 1
            continue
        is_stop = token.text in _ENDS or (
            token.text.endswith((".", "!", "?")) and len(token.text) > 1 and token.text[-2:] in ('."', ".”")
        )
        if is_stop:
            j = i + 1
            while j < n and tokens[j].text in _CLOSERS and not tokens[j - 1].whitespace_:
                j += 1
            previous = tokens[i - 1].text.lower().rstrip(".") if i > 0 else ""
            # the next token that is not a space, found by index: a slice of the tokens after every stop
            # copied the rest of the document each time (quadratic in a long document)
            k = j
            while k < n and tokens[k].is_space:
                k += 1
            following = tokens[k] if k < n else None
            if token.text == "." and previous in _ABBREVIATIONS and not tokens[i - 1].whitespace_:
                i += 1
                continue
            if following is None or _starts_sentence(following.text) or any(
                    "\n" in t.text for t in tokens[j:following.i]):
                close(j)
                i = j
                continue
        i += 1
    close(n)
    return out
