"""Full-text search over Japanese without a language model: character bigrams ranked by BM25.

Japanese has no spaces, and a morphological analyser would be a heavy dependency for fifty entries;
overlapping character bigrams match 漏洩/漏えい-style variants only partly, so the text is first folded
(NFKC, lower case, a few spelling variants) before it is cut into bigrams. Latin words are kept whole, so
that "abc" does not match "BCC".
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from mamori.detect.morph import kanji_spellings
from mamori.guide.entries import GuideEntry

K1 = 1.2
B = 0.75
# The question and its phrasings say what an entry is about; the answer only supports the match.
QUESTION_WEIGHT = 3
KEYWORD_WEIGHT = 2
# A whole Latin word (IP, BCC, JNSA) says as much as the several bigrams of a Japanese word of its length.
LATIN_WEIGHT = 3
# How much the share of the question carried by an entry's own questions counts in its rank (`_rank`).

VARIANTS = (
    ("漏洩", "漏えい"),
    ("流出", "漏えい"),
    ("ろうえい", "漏えい"),
    ("個人情報保護委員会", "委員会"),
    ("ipアドレス", "ip"),
    ("メアド", "メールアドレス"),
    ("ばれ", "バレ"),
    ("罰則", "ペナルティ罰金"),
    ("懲役", "拘禁刑"),
    # this way round: マイナンバー's bigrams are distinctive, 個人番号's (番号) are everywhere
    ("個人番号", "マイナンバー"),
    ("五千", "5000"),
    ("千人", "1000人"),
    ("いくら", "金額"),
    # readings typed in kana where the dictionary knows the word only in kanji
    ("かめい加工", "仮名加工"),
    ("とくめい加工", "匿名加工"),
    ("かくほう", "確報"),
    ("そくほう", "速報"),
    ("いいんかい", "委員会"),
    ("ようはいりょ", "要配慮"),
    ("ほんにん", "本人"),
    ("じゅうしょ", "住所"),
    ("でんわばんごう", "電話番号"),
    ("まいなんばー", "マイナンバー"),
    ("こじんじょうほう", "個人情報"),
)
# マイナ alone (マイナ漏れた) is the number; マイナンバー and マイナ保険証 stay as they are
_MY_NUMBER_SHORT = re.compile(r"マイナ(?!ンバー|保険証|ポータル|ポイント)")
LATIN = re.compile(r"[a-z0-9][a-z0-9_\-/.@]*")
DROP = re.compile(r"[\s、。,.!?！？・「」『』（）()\[\]:：;；\"'“”]+")


def _variants(text: str) -> str:
    for variant, canonical in VARIANTS:
        text = text.replace(variant, canonical)
    return text


def fold(text: str) -> str:
    # the table first, for kana the analyser would read as other words (ほんにん → 本にん); then kana-only
    # words spelt in kanji (ほうこく → 報告) by the analyser mamori ships for names; then the table again
    folded = _variants(unicodedata.normalize("NFKC", text))
    folded = _variants(kanji_spellings(folded).lower().replace(",", ""))
    return DROP.sub(" ", _MY_NUMBER_SHORT.sub("マイナンバー", folded))


def bigrams(text: str) -> list[str]:
    """Latin words (IP, BCC, Cookie) stay whole; runs of Japanese become overlapping bigrams."""
    grams: list[str] = []
    for chunk in LATIN.sub(r" \g<0> ", fold(text)).split():
        if LATIN.fullmatch(chunk) or len(chunk) == 1:
            grams.append(chunk)
        else:
            grams.extend(chunk[i : i + 2] for i in range(len(chunk) - 1))
    return grams


def _document(entry: GuideEntry) -> list[str]:
    asked = " ".join((entry.question, *entry.aliases))
    # what changed is what a question carrying the old belief says (努力義務, 懲役, 5,000人): it finds the
    # entry that corrects it
    return (
        bigrams(asked) * QUESTION_WEIGHT
        + bigrams(" ".join(entry.keywords)) * KEYWORD_WEIGHT
        + bigrams(" ".join((entry.answer, entry.changed or "")))
    )


@dataclass(frozen=True)
class Hit:
    entry: GuideEntry
    score: float
    coverage: float


class Index:
    def __init__(self, entries: Sequence[GuideEntry]) -> None:
        self.entries = tuple(entries)
        self._docs = [Counter(_document(e)) for e in self.entries]
        self._asked = [set(bigrams(" ".join((e.question, *e.aliases, *e.keywords)))) for e in self.entries]
        self._lengths = [sum(d.values()) for d in self._docs]
        self._avg = sum(self._lengths) / max(len(self._lengths), 1)
        frequency: Counter[str] = Counter()
        for doc in self._docs:
            frequency.update(doc.keys())
        n = len(self._docs)
        self._idf = {g: math.log(1 + (n - f + 0.5) / (f + 0.5)) for g, f in frequency.items()}

    def _score(self, i: int, query: Counter[str]) -> float:
        doc, length = self._docs[i], self._lengths[i]
        total = 0.0
        for gram, times in query.items():
            tf = doc.get(gram, 0)
            if tf:
                norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / self._avg))
                total += self._idf[gram] * norm * times
        return total

    def _coverage(self, i: int, query: Counter[str]) -> float:
        """Share of the query's informative weight (by IDF) that the entry's questions and keywords carry."""
        rarest = max(self._idf.values(), default=1.0)
        weight = {g: self._idf.get(g, rarest) * times for g, times in query.items()}
        whole = sum(weight.values())
        return sum(w for g, w in weight.items() if g in self._asked[i]) / whole if whole else 0.0

    def search(self, question: str, limit: int = 5) -> list[Hit]:
        query = Counter(bigrams(question))
        for gram in query:
            if LATIN.fullmatch(gram):
                query[gram] *= LATIN_WEIGHT
        if not query:
            return []
        hits = [Hit(e, self._score(i, query), self._coverage(i, query)) for i, e in enumerate(self.entries)]
        ranked = sorted((h for h in hits if h.score > 0), key=lambda h: h.score, reverse=True)
        return ranked[:limit]
