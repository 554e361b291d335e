"""Text rules shared by every reader: paragraph labels, bullets, hyphen joins, sentence ends."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# "16.", "2.3", "2.3.1", "1)" at the start of a paragraph.
_NUMBER_LABEL = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,3})(\.|\))?(?=\s|$)")
# "(a)", "(iv)", "(12)", "(A)".
_PAREN_LABEL = re.compile(r"^\((\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6}|[a-z]{2})\)(?=\s|$)")
# "a)", "iv)".
_HALF_PAREN_LABEL = re.compile(r"^([a-z]|[ivx]{1,5})\)(?=\s|$)")
# "a.", "iv." (a letter list; the words after it start with a capital).
_LETTER_LABEL = re.compile(r"^([a-z]|[ivx]{1,5})\.(?=\s|$)")
# Bullets as typed, plus the private-use glyphs Word's Symbol and Wingdings bullets extract as.
BULLETS = "•●○◦▪▫■□◼◻‣⁃∙·►▶➢➤✓✔-–—*o\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf06e\uf0a8\uf071\uf0e0"
_BULLET = re.compile(r"^([" + re.escape(BULLETS) + r"])(?=\s|$)")
_SENTENCE_END = re.compile(r"[.!?:;][\"'’”)\]]*$")
_FULL_STOP = re.compile(r"[.!?][\"'’”)\]]*$")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_HYPHEN_END = re.compile(r"(\w+)[-\u00ad]$")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def split_label(text: str, *, strict: bool = True) -> tuple[str | None, str, str | None]:
    """Split a paragraph's leading label or bullet from its text.

    Returns (label, rest, bullet). `label` is stored without a trailing dot: "16", "2.3", "(a)";
    "1)" becomes "1", "a)" becomes "(a)" and "a." becomes "a". With `strict`, a bare number ("16 The ...") counts
    only when the caller knows the label stood apart from the text (`strict=False`), because a line
    starting "16 councils ..." is ordinary prose.
    """
    text = text.lstrip()
    bullet = _BULLET.match(text)
    if bullet:
        return None, text[bullet.end() :].lstrip(), bullet.group(1)
    paren = _PAREN_LABEL.match(text)
    if paren:
        return f"({paren.group(1)})", text[paren.end() :].lstrip(), None
    half = _HALF_PAREN_LABEL.match(text)
    if half:
        return f"({half.group(1)})", text[half.end() :].lstrip(), None
    letter = _LETTER_LABEL.match(text)
    if letter:
        rest = text[letter.end() :].lstrip()
        if not strict or (rest and (rest[0].isupper() or rest[0] in "\"'‘“(£")):
            return letter.group(1), rest, None
    number = _NUMBER_LABEL.match(text)
    if number:
        rest = text[number.end() :].lstrip()
        dotted = number.group(2) is not None or "." in number.group(1)
        if not rest and not strict:
            return number.group(1), rest, None
        if not rest:
            return None, text, None
        starts_sentence = rest[0].isupper() or rest[0] in "\"'‘“(£"
        if not strict or (dotted and starts_sentence):
            return number.group(1), rest, None
    return None, text, None


def is_label_only(text: str) -> bool:
    """True when the text is nothing but a label or bullet ("16.", "(a)", "•")."""
    label, rest, bullet = split_label(text, strict=False)
    return (label is not None or bullet is not None) and not rest


def ends_sentence(text: str) -> bool:
    """True when the text ends like a finished sentence or clause (. ! ? : ;)."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def ends_full_stop(text: str) -> bool:
    """True when the text ends with . ! or ? (not a colon or semicolon)."""
    return bool(_FULL_STOP.search(text.rstrip()))


def clean_text(text: str) -> str:
    """Drop control characters and soft hyphens, normalise spaces and compatibility forms."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co") or ch in BULLETS)
    return _SPACES.sub(" ", text).strip()


def looks_garbled(text: str) -> bool:
    """True for text drawn with a font that has no usable character map (mostly control codes)."""
    if not text:
        return False
    bad = sum(1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n" and ch not in BULLETS))
    return bad > 0.3 * len(text)


def vocabulary(lines: Iterable[str]) -> set[str]:
    """Lower-cased words (hyphenated compounds kept whole) a document writes within its lines.

    The halves of a word broken at a line end ("transfor-" / "mation") are left out, so they
    never count as words the document uses on their own.
    """
    words: set[str] = set()
    broken = False
    for line in lines:
        found = _WORD.findall(line)
        if broken and found:
            found = found[1:]
        broken = bool(_HYPHEN_END.search(line.rstrip()))
        if broken and found:
            found = found[:-1]
        words.update(w.lower() for w in found)
    return words


def join_lines(lines: Iterable[str], vocab: set[str] | frozenset[str] = frozenset()) -> str:
    """Join a paragraph's lines with spaces, mending words hyphenated across a line break.

    "transfor-" + "mation" becomes "transformation"; "multi-" + "agency" stays "multi-agency"
    when the document writes "multi-agency" elsewhere and never "multiagency"; "18-" + "bed"
    is "18-bed".
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        hyphen = _HYPHEN_END.search(out)
        if hyphen and line[0].isalpha() and line[0].islower() and hyphen.group(1)[-1].isalpha():
            out = out[:-1] + ("-" if _keeps_hyphen(hyphen.group(1), line, vocab) else "") + line
        elif hyphen and out[-1] == "-" and hyphen.group(1)[-1].isdigit() and line[0].isalnum():
            out = out + line  # "an 18-" + "bed ward", "2017-" + "18": a figure's compound keeps its hyphen
        else:
            out = out + " " + line
    return out


def _keeps_hyphen(left: str, right_line: str, vocab: set[str] | frozenset[str]) -> bool:
    right = _WORD.match(right_line)
    if not right:
        return False
    right_word = right.group(0).lower()
    left_word = left.lower()
    compound = f"{left_word}-{right_word}"
    joined = f"{left_word}{right_word}"
    if compound in vocab and joined not in vocab:
        return True
    if joined in vocab:
        return False
    # A right part that is a word the document uses on its own ("agency", "centred") is far more
    # often a compound's second half than the tail of a split word ("mation", "ment").
    return right_word in vocab and left_word in vocab


def introduces_list(text: str) -> bool:
    """True for a lead-in: text ending in a colon (council minutes often write ":-")."""
    return text.rstrip().rstrip("-–— ").endswith(":")


def last_sentence(text: str) -> str:
    """The final sentence of a paragraph (the lead-in of a list)."""
    text = text.strip()
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"'‘“(])", text)
    return parts[-1] if parts else text
