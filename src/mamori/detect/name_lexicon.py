"""Japanese family and given names with readings, from `japanese-personal-name-dataset` (ships its CSVs).

2,000 family names with household counts and ~9,000 given-name readings with ~70,000 kanji spellings: enough
to confirm a guessed name the analyser left unknown, to read kana and romaji names, and to rank surnames.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class NameLexicon:
    surnames: frozenset[str]  # kanji
    given: frozenset[str]  # kanji spellings
    surname_kana: frozenset[str]  # katakana readings
    given_kana: frozenset[str]
    surname_romaji: frozenset[str]  # lower case, long vowels in both spellings (satou, sato)
    given_romaji: frozenset[str]


def to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


def romaji_forms(word: str) -> set[str]:
    """Hepburn as written in passports and on business cards: satou, sato, satoh."""
    word = word.lower()
    short = word.replace("ou", "o").replace("uu", "u").replace("oo", "o")
    return {word, short, word.replace("ou", "oh")}


def is_person_name(name: str, lex: NameLexicon) -> bool:
    """`name` is a name the lexicon knows: a surname, a given name, or a surname and a given name, with or
    without a space between (佐藤, 花子, 佐藤花子, 佐藤　花子)."""
    parts = name.replace("\u3000", " ").split()
    if len(parts) == 2:
        return parts[0] in lex.surnames and (parts[1] in lex.given or to_katakana(parts[1]) in lex.given_kana)
    if len(parts) != 1:
        return False
    whole = parts[0]
    if whole in lex.surnames or whole in lex.given:
        return True
    return any(whole[:k] in lex.surnames and whole[k:] in lex.given for k in range(1, min(4, len(whole))))


@lru_cache(maxsize=1)
def lexicon() -> NameLexicon:
    from japanese_personal_name_dataset import load_dataset

    men, women, last = load_dataset(include_last_names=True)
    given_kanji: set[str] = set()
    given_kana: set[str] = set()
    given_romaji: set[str] = set()
    for table in (men, women):
        for reading, entry in table.items():
            given_kanji.update(entry["kanji"])
            given_kana.add(to_katakana(reading))
            given_romaji.update(romaji_forms(entry["en"]))
    surname_romaji: set[str] = set()
    for surname in last.values():
        surname_romaji.update(romaji_forms(surname["en"]))
    return NameLexicon(
        surnames=frozenset(last),
        given=frozenset(given_kanji),
        surname_kana=frozenset(to_katakana(e["reading"]) for e in last.values()),
        given_kana=frozenset(given_kana),
        surname_romaji=frozenset(surname_romaji),
        given_romaji=frozenset(given_romaji),
    )
