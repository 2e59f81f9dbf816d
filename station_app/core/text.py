"""Vietnamese text: search folding and the Vietnamese sort order of people's names.

Folding turns what people type (with or without diacritics, any case, NFC or NFD, old or new
tone placement such as Hòa/Hoà) into one plain form: lowercase ASCII letters, Đ/đ -> d, words
separated by single spaces. Folding is done with one ``str.translate`` table so a whole chunk of
names can be folded in a single call (see ``fold_many``), which keeps roster import fast.
"""

from __future__ import annotations

import unicodedata

__all__ = ["nfc", "fold", "fold_many", "reverse_words", "given_family", "name_columns", "sort_key", "split_name"]

_COMBINING_TONES = {  # dictionary order of tones: ngang, huyền, hỏi, ngã, sắc, nặng
    "\u0300": 1,  # huyền (grave)
    "\u0309": 2,  # hỏi (hook above)
    "\u0303": 3,  # ngã (tilde)
    "\u0301": 4,  # sắc (acute)
    "\u0323": 5,  # nặng (dot below)
}
_MODIFIERS = {"\u0306": "\u0306", "\u0302": "\u0302", "\u031b": "\u031b"}  # breve, circumflex, horn

# Vietnamese alphabet order; f j w z (foreign names) slot in where Latin puts them.
_ALPHABET = [
    "a", "a\u0306", "a\u0302", "b", "c", "d", "đ", "e", "e\u0302", "f", "g", "h", "i", "j", "k",
    "l", "m", "n", "o", "o\u0302", "o\u031b", "p", "q", "r", "s", "t", "u", "u\u031b", "v", "w",
    "x", "y", "z",
]
_LETTER_RANK = {letter: chr(0x41 + i) for i, letter in enumerate(_ALPHABET)}


def _build_tables() -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    fold_table: dict[int, str] = {}
    primary_table: dict[int, str] = {}
    tone_table: dict[int, str] = {}
    for code in list(range(0x20, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(code)
        low = ch.lower()
        decomposed = unicodedata.normalize("NFD", low)
        base = decomposed[:1]
        marks = decomposed[1:]
        if low == "đ":
            base, marks = "đ", ""
        folded = "d" if base == "đ" else base
        if not folded.isascii():
            folded = ch.lower() if ch.isalpha() else " "
        if ch.isspace() or ch in "-,.;/_":
            folded = " "
        if folded != ch:
            fold_table[code] = folded
        letter = base + "".join(m for m in marks if m in _MODIFIERS)
        if letter in _LETTER_RANK:
            primary_table[code] = _LETTER_RANK[letter]
        elif ch.isalpha():
            primary_table[code] = chr(0x60) + low  # unknown letters sort after the alphabet
        tones = [_COMBINING_TONES[m] for m in marks if m in _COMBINING_TONES]
        tone_table[code] = str(tones[0]) if tones else ""
    # Combining marks themselves (NFD input is NFC-normalised first, but be safe).
    for mark in list(_COMBINING_TONES) + list(_MODIFIERS):
        fold_table[ord(mark)] = ""
    for ch in " \t\n":
        tone_table[ord(ch)] = ch
    return fold_table, primary_table, tone_table


_FOLD, _PRIMARY, _TONE = _build_tables()


def nfc(text: str) -> str:
    """Unicode NFC with surrounding and repeated whitespace removed: how text is stored."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def fold(text: str) -> str:
    """Search form: lowercase ASCII, Đ->d, no diacritics, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_FOLD).split())


def fold_many(texts: list[str]) -> list[str]:
    """``fold`` of many texts at once: one normalize and one translate over the joined chunk."""
    if not texts:
        return []
    joined = unicodedata.normalize("NFC", "\n".join(texts)).translate(_FOLD)
    return [" ".join(part.split()) for part in joined.split("\n")]


def reverse_words(text: str) -> str:
    """'nguyen van an' -> 'an van nguyen': given name first, the order Vietnamese lists use."""
    return " ".join(reversed(text.split()))


def given_family(folded: str) -> str:
    """'le thi thu hoa' -> 'hoa le thi thu': given name, family name, then the middle names
    (so a search for family + given without the middle name is one index range)."""
    words = folded.split()
    if len(words) < 3:
        return " ".join(reversed(words))
    return " ".join([words[-1], words[0], *words[1:-1]])


def name_columns(full_name: str) -> dict[str, str]:
    """The stored search and sort forms of a resident's name (``full_name`` in NFC)."""
    folded = fold(full_name)
    return {"name_fold": folded, "name_rfold": reverse_words(folded),
            "name_gfold": given_family(folded), "sort_key": sort_key(full_name)}


def split_name(full_name: str) -> tuple[str, str, str]:
    """(family, middle, given) of a Vietnamese full name."""
    words = nfc(full_name).split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def _word_key(word: str) -> str:
    # characters outside the table (’, CJK, ...) translate to themselves: keep tone digits only
    tone = next((c for c in word.lower().translate(_TONE) if c in "12345"), "0")
    return word.lower().translate(_PRIMARY) + chr(0x21 + int(tone))


_WORD_KEYS: dict[str, str] = {}  # names reuse few words: memoise each word's key


def sort_key(full_name: str) -> str:
    """Vietnamese order: given name, then middle, then family name; within a word, letters in
    Vietnamese alphabet order (a ă â b c d đ e ê …), then tone (ngang, huyền, hỏi, ngã, sắc,
    nặng). Expects NFC text (as stored)."""
    keys = _WORD_KEYS
    parts = []
    for word in reversed(full_name.split()):
        key = keys.get(word)
        if key is None:
            key = keys[word] = _word_key(unicodedata.normalize("NFC", word))
        parts.append(key)
    return " ".join(parts)
