"""Substitute personal names: same script (kanji, katakana, hiragana, romaji) and similar length.

Candidates come from Faker's ja_JP lists (shipped offline with the package); the choice is keyed (see `Prf`).
Family and given names are substituted separately, so every 山田 in a file becomes the same surname.
"""

from __future__ import annotations

import re
from functools import cache

from mamori.mask.prf import Prf

_KATAKANA = re.compile(r"^[\u30a1-\u30fa\u30fc]+$")
_HIRAGANA = re.compile(r"^[\u3041-\u3096\u30fc]+$")
_LATIN = re.compile(r"^[A-Za-z'\-.]+$")
_SEPARATOR = re.compile(r"([ \u3000・]+)")


def _to_hiragana(katakana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in katakana)


@cache
def _lists(script: str, family: bool) -> tuple[str, ...]:
    # Imported here: Faker takes a tenth of a second to load and most processes never mask a name.
    from faker.providers.person.ja_JP import Provider

    pairs = list(Provider.last_name_pairs) if family else list(Provider.first_name_pairs)
    if script == "katakana":
        return tuple(kana for _, kana, _ in pairs)
    if script == "hiragana":
        return tuple(_to_hiragana(kana) for _, kana, _ in pairs)
    if script == "latin":
        return tuple(roman for _, _, roman in pairs)
    return tuple(kanji for kanji, _, _ in pairs)


def _script(token: str) -> str:
    if _KATAKANA.match(token):
        return "katakana"
    if _HIRAGANA.match(token):
        return "hiragana"
    if _LATIN.match(token):
        return "latin"
    return "kanji"


def _length_class(token: str) -> int:
    return min(len(token), 3) if len(token) > 1 else 1


def _pick(candidates: tuple[str, ...], original: str, prf: Prf) -> str:
    same = tuple(c for c in candidates if _length_class(c) == _length_class(original) and c != original)
    pool = same or tuple(c for c in candidates if c != original)
    return prf.choice(pool)


def _restyle(token: str, original: str) -> str:
    if original.isupper():
        return token.upper()
    if original.islower():
        return token.lower()
    return token


def _substitute(token: str, family: bool, key: bytes) -> str:
    script = _script(token)
    prf = Prf(key, f"name:{'family' if family else 'given'}:{script}", token)
    return _restyle(_pick(_lists(script, family), token, prf), token)


def _unsplit(name: str, key: bytes) -> str:
    """A name written without a separator: 山田太郎. Substitute it as a whole, keeping its length."""
    script = _script(name)
    prf = Prf(key, f"name:full:{script}", name)
    families, givens = _lists(script, True), _lists(script, False)
    if len(name) <= 2 and script == "kanji":
        return _pick(families, name, prf)
    # never the name itself: 佐藤花子 may be drawn as 佐藤 + 花子 under some keys, and would be left as it was
    fitting = [(f, g) for f in families for g in givens if len(f) + len(g) == len(name) and f + g != name]
    family, given = prf.choice(fitting) if fitting else (prf.choice(families), prf.choice(givens))
    return _restyle(family + given, name)


def pseudonym_name(name: str, key: bytes) -> str:
    parts = _SEPARATOR.split(name)
    words = [i for i, p in enumerate(parts) if p and not _SEPARATOR.fullmatch(p)]
    if len(words) < 2:
        return _unsplit(name, key) if name else name
    latin = all(_script(parts[i]) == "latin" for i in words)
    # Romaji names are usually written given-name first (Taro Yamada); Japanese script family-name first.
    family_index = words[-1] if latin else words[0]
    return "".join(_substitute(p, i == family_index, key) if i in words else p for i, p in enumerate(parts))
