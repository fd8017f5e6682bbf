"""The keys that single a person out, as 64-bit keyed hashes: what two appearances of one person share.

A subject's keys are its My Number; its passport, licence, pension or residence-card number; a personal
e-mail address; its name with a birth date, a phone, an address, an insurance, card or account number.
Each value is folded (width, case, spaces, hyphens), hashed once with keyed BLAKE2b under the installation
key, and a name–detail pair is the mix of the two hashes: the value is never kept, and hashing stays one
call per value even when a value pairs with several names. The top three bits of a key say its kind,
best first, so the smallest key of a person is their best one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence

from mamori.detect.addresses import PREFECTURES
from mamori.detect.dates import iso_date

KIND_SHIFT = 61
HASH_MASK = (1 << KIND_SHIFT) - 1
MASK64 = (1 << 64) - 1

# Key kinds, best first (the top three bits of a key).
KIND_MY_NUMBER = 0
KIND_DOCUMENT = 1  # passport, driver's licence, pension, residence card: one person each
KIND_EMAIL = 2
KIND_NAME_BIRTH = 3
KIND_NAME_PHONE = 4
KIND_NAME_ADDRESS = 5
KIND_NAME_OTHER = 6  # name + insurance, card or account number
KIND_LOCAL = 7  # weak details inside one table or document: joins nothing elsewhere

# Types that single a person out alone, and the kind of their key.
ALONE: dict[str, int] = {
    "MY_NUMBER": KIND_MY_NUMBER,
    "PASSPORT": KIND_DOCUMENT,
    "DRIVERS_LICENSE": KIND_DOCUMENT,
    "PENSION_NUMBER": KIND_DOCUMENT,
    "RESIDENCE_CARD": KIND_DOCUMENT,
    "EMAIL": KIND_EMAIL,
}
# Types that single a person out together with their name.
WITH_NAME: dict[str, int] = {
    "DATE_OF_BIRTH": KIND_NAME_BIRTH,
    "PHONE": KIND_NAME_PHONE,
    "ADDRESS": KIND_NAME_ADDRESS,
    "HEALTH_INSURANCE": KIND_NAME_OTHER,
    "CREDIT_CARD": KIND_NAME_OTHER,
    "BANK_ACCOUNT": KIND_NAME_OTHER,
}
# The details that make a subject a person (with or without a name).
CONTACT_TYPES: tuple[str, ...] = tuple(ALONE) + tuple(WITH_NAME)

_SEPARATOR_CHARS = " \t\u3000-‐‑‒–—―−()（）・"
_JOIN = "\x1e"
_ASCII_WORDS = re.compile(r"[a-z]+")

# Mailboxes of a function, not of a person (info@, support@ …): never a key, never a person.
ROLE_MAILBOXES = frozenset(
    {
        "info",
        "information",
        "support",
        "help",
        "helpdesk",
        "noreply",
        "no-reply",
        "donotreply",
        "do-not-reply",
        "sales",
        "contact",
        "contactus",
        "admin",
        "administrator",
        "webmaster",
        "postmaster",
        "hostmaster",
        "abuse",
        "office",
        "inquiry",
        "inquiries",
        "otoiawase",
        "toiawase",
        "soumu",
        "jinji",
        "keiri",
        "recruit",
        "saiyo",
        "saiyou",
        "service",
        "customer",
        "customers",
        "cs",
        "desk",
        "center",
        "centre",
        "shop",
        "store",
        "order",
        "orders",
        "mail",
        "marketing",
        "pr",
        "press",
        "team",
        "hello",
        "billing",
        "account",
        "accounts",
        "reception",
        "uketsuke",
        "news",
        "newsletter",
        "magazine",
        "system",
        "security",
        "privacy",
        "hr",
        "staff",
        "all",
        "group",
        "kojinjoho",
        "sysadmin",
        "root",
        "it",
        "ops",
        "devops",
        "dev",
        "backup",
        "server",
        "alerts",
        "alert",
        "monitor",
        "monitoring",
        "notification",
        "notifications",
        "notify",
        "mailer-daemon",
        "bounce",
        "daemon",
        "netadmin",
        "webadmin",
        "jobs",
        "career",
        "careers",
        "ir",
        "csr",
        "event",
        "events",
        "campaign",
        "helpline",
        "kikaku",
        "eigyo",
        "eigyou",
        "soumubu",
        "somu",
        # booking and staffing desks
        "yoyaku",
        "reserve",
        "reservation",
        "reservations",
        "booking",
        "bookings",
        "appointment",
        "staffing",
        "haken",
        # the desks and offices of a Japanese organisation, in romaji (配食, 居宅, 相談, 家族会, 事務局)
        "haishoku",
        "kyotaku",
        "soudan",
        "sodan",
        "volunteer",
        "kazokukai",
        "jimukyoku",
        "jimu",
        "honbu",
        "kaigo",
        "kango",
        "fukushi",
        "kouhou",
        "koho",
        "kenshin",
        "shomu",
        "kaikei",
        "keiyaku",
        "madoguchi",
        "members",
        "list",
        "ml",
        # back offices and desks (給与, 業務, 管理, 法人, 支店, 販売, 通販, 顧客 …)
        "payroll",
        "kyuyo",
        "kyuuyo",
        "recruiting",
        "hiring",
        "gyomu",
        "gyoumu",
        "kanri",
        "hojin",
        "houjin",
        "shiten",
        "honsha",
        "clinic",
        "dental",
        "shinryo",
        "hanbai",
        "tsuhan",
        "kokyaku",
        "enquiry",
        "feedback",
        "services",
        "legal",
        "compliance",
        "finance",
        "accounting",
        "purchasing",
        "procurement",
        "logistics",
        "shipping",
        "warehouse",
        "delivery",
        "haisou",
        "haiso",
        # mail magazines (メルマガ)
        "mag",
        "mailmag",
        "melmaga",
        "merumaga",
    }
)
# Words anywhere in a local part that make it a mailing list's or a robot's (bengo-ml-request@…).
ROLE_PARTS = frozenset({"request", "bounces", "bounce", "owner", "ml", "noreply", "mailmag", "melmaga"})
# Hosts of mailing lists (lists.example.org, ml.example.jp).
_LIST_HOST = re.compile(r"^(?:lists?|ml|mailman)\.")


def is_role_mailbox(address: str) -> bool:
    """info@…, support@…, noreply@…: a mailbox of a function, not of a person."""
    local = address.split("@", 1)[0].lower().strip()
    if local in ROLE_MAILBOXES:
        return True
    parts = re.split(r"[._+\-]", local)
    head = parts[0]
    if head in ROLE_MAILBOXES and head not in ("customer", "account", "staff"):
        return True
    host = address.rsplit("@", 1)[-1].lower().strip()
    return any(p in ROLE_PARTS for p in parts[1:]) or _LIST_HOST.match(host) is not None


_ROLE_START = re.compile(
    r"^(?:" + "|".join(sorted(ROLE_MAILBOXES, key=len, reverse=True)) + r")(?:[._+\-][^@\n]*)?@",
    re.MULTILINE,
)


_ROLE_INSIDE = re.compile(
    r"[._+\-](?:" + "|".join(sorted(ROLE_PARTS, key=len, reverse=True)) + r")(?:[._+\-][^@\n]*)?@"
    r"|@(?:lists?|ml|mailman)\."
)


def role_mailboxes(column: list[str]) -> list[int]:
    """The rows of a column of addresses that are role mailboxes: one regex over the column, then the
    few candidates checked one by one."""
    joined = "\n".join(column)
    if joined.count("\n") != len(column) - 1:  # a value with a line break of its own
        return [r for r, v in enumerate(column) if v and is_role_mailbox(v)]
    lowered = joined.lower()
    if _ROLE_START.search(lowered) is None and _ROLE_INSIDE.search(lowered) is None:
        return []
    return [
        r
        for r, v in enumerate(column)
        if v and (_ROLE_START.match(v.lower()) or _ROLE_INSIDE.search(v.lower())) and is_role_mailbox(v)
    ]


# Values kept once computed (hashes of names, forms of birth dates: they recur), a few MB at most.
CACHE_LIMIT = 50_000
_DATES: dict[str, str] = {}


def fold_phones(values: list[str]) -> list[str]:
    """Phone numbers in their national form: `+81 90-1234-5678` and `090-1234-5678` meet; free-dial and
    navi-dial numbers (0120, 0570 …), an organisation's, are dropped."""
    out = fold_all(values)
    for at, value in enumerate(out):
        if value.startswith("+81"):
            value = out[at] = "0" + value[3:].lstrip("0")
        elif value.startswith("81") and len(value) in (11, 12) and value[2] != "0":
            value = out[at] = "0" + value[2:]
        if value.startswith(FREE_DIAL):
            out[at] = ""
    return out


FREE_DIAL = ("0120", "0800", "0570", "0990")


def fold_dates(values: list[str]) -> list[str]:
    """Birth dates in one form (`1992-07-10`) however written; a value that is no full date is folded.
    Parsed once per distinct value: a table's birth dates repeat."""
    if len(_DATES) > CACHE_LIMIT:
        _DATES.clear()
    out: list[str] = []
    for value in values:
        if not value:
            out.append("")
            continue
        known = _DATES.get(value)
        if known is None:
            known = _DATES[value] = iso_date(value) or fold(value)
        out.append(known)
    return out


def fold(value: str) -> str:
    """The form two spellings of one person's value share: width and case folded (NFKC), spaces, hyphens
    and brackets dropped, so `山田　太郎` and `山田太郎`, `090-1234-5678` and `09012345678` meet."""
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value)
    value = value.lower()
    for separator in _SEPARATOR_CHARS:
        if separator in value:
            value = value.replace(separator, "")
    return value


_KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_BLOCK = re.compile(r"([〇一二三四五六七八九十]+)(?=丁目|番地|番|号)")
_BLOCK_WORDS = re.compile(r"丁目|番地の?|番の?|号|の(?=\d)")
_PREFECTURE_HEAD = re.compile("^(?:" + "|".join(PREFECTURES) + ")")


def _kanji_number(match: re.Match[str]) -> str:
    """二 → 2, 十二 → 12, 二十三 → 23: the numbers of a block address (丁目, 番, 号) are small."""
    text = match.group(1)
    if "十" not in text:
        return "".join(str(_KANJI_DIGITS[c]) for c in text)
    tens, _, ones = text.partition("十")
    return str((_KANJI_DIGITS.get(tens, 1) if tens else 1) * 10 + (_KANJI_DIGITS.get(ones, 0) if ones else 0))


def fold_address(value: str) -> str:
    """An address's folded form: the prefecture dropped (a city's name says it), 丁目・番地・号 written as
    hyphens and kanji block numbers as digits, so `東京都新宿区西新宿二丁目8番1号` and
    `新宿区西新宿2-8-1` meet."""
    text = unicodedata.normalize("NFKC", value).replace(" ", "")
    text = _PREFECTURE_HEAD.sub("", text)
    text = _KANJI_BLOCK.sub(_kanji_number, text)
    return fold(_BLOCK_WORDS.sub("-", text))


def fold_addresses(values: list[str]) -> list[str]:
    return [fold_address(v) if v else "" for v in values]


def fold_name(value: str) -> str:
    """A name's folded form; a name in Latin letters also loses its word order (`Taro Yamada` and
    `YAMADA, Taro` meet)."""
    if value.isascii():
        return "".join(sorted(_ASCII_WORDS.findall(value.lower())))
    folded = unicodedata.normalize("NFKC", value).lower()
    if folded.isascii():
        return "".join(sorted(_ASCII_WORDS.findall(folded)))
    return fold(folded)


def fold_all(values: list[str]) -> list[str]:
    """`fold` of every value, done on one joined string so the work stays in C (a table column at once)."""
    if not values:
        return []
    joined = _JOIN.join(values)
    if joined.count(_JOIN) != len(values) - 1:  # a value holds the joiner itself
        return [fold(v) for v in values]
    return fold(joined).split(_JOIN)


def mix(value: int) -> int:
    """SplitMix64's finaliser: a bijection on 64 bits that spreads every input bit over the output."""
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & MASK64
    return value ^ (value >> 31)


def alone_key(kind: int, value_hash: int) -> int:
    return (kind << KIND_SHIFT) | (value_hash & HASH_MASK)


# Pairs combine two keyed hashes: multiplying one by an odd constant keeps (name, value) and (value, name)
# apart, and both inputs are already uniform, so no further mixing is needed.
PAIR_FACTOR = 0x9E3779B97F4A7C15


def pair_key(kind: int, name_hash: int, value_hash: int) -> int:
    return (kind << KIND_SHIFT) | (((name_hash * PAIR_FACTOR) ^ value_hash) & HASH_MASK)


_RECURRING = frozenset({"PERSON\x1f", "DATE_OF_BIRTH\x1f"})


class KeyMaker:
    """Keyed hashes of folded values under the installation key, and the keys of a subject."""

    def __init__(self, key: bytes) -> None:
        self.key = key if len(key) <= hashlib.blake2b.MAX_KEY_SIZE else hashlib.sha256(key).digest()
        self._cache: dict[str, int] = {}
        # Copying a keyed state costs half of keying a new one for each value.
        self._base = hashlib.blake2b(key=self.key, digest_size=8)

    def hash(self, text: str) -> int:
        state = self._base.copy()
        state.update(text.encode("utf-8", "surrogatepass"))
        return int.from_bytes(state.digest(), "big")

    def hash_all(self, prefix: str, folded: list[str]) -> list[int]:
        """The hash of each folded value under `prefix` (0 for an empty value): a column at a time.
        Names and birth dates, which recur, are looked up when met before rather than hashed again."""
        hash_one = self.hash
        if prefix not in _RECURRING:
            return [hash_one(prefix + v) if v else 0 for v in folded]
        cache = self._cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        out: list[int] = []
        for value in folded:
            if not value:
                out.append(0)
                continue
            text = prefix + value
            known = cache.get(text)
            if known is None:
                known = cache[text] = hash_one(text)
            out.append(known)
        return out

    def name_hash(self, folded_name: str) -> int:
        return self.hash("PERSON\x1f" + folded_name)

    def value_hash(self, code: str, folded: str) -> int:
        return self.hash(code + "\x1f" + folded)

    def local_key(self, scope: str, weak: list[str]) -> int:
        """A key that only meets itself inside `scope` (a table, a document): the same weak details there."""
        return alone_key(KIND_LOCAL, self.hash(f"{scope}\x1f" + "\x1f".join(sorted(weak))))

    def subject(
        self,
        names: Sequence[str],
        details: Mapping[str, Sequence[str]],
        *,
        scope: str = "",
        name_scope: str = "",
    ) -> list[int] | None:
        """The keys of one subject: its names and details (type code → values), raw or folded alike.

        None when the subject is no person (nothing but role mailboxes, say). An empty list: a person that
        joins nothing. With a `scope`, a subject without a strong key gets one local key made of its weak
        details, so the same name alone twice in one table or document is one person. With a `name_scope`
        (the messages of one mailbox), each name is also a key there: a name written alone in one message
        is the person written with details under that name in another.
        """
        folded_names = sorted({n for n in (fold_name(x) for x in names if x) if n})
        name_hashes = [self.name_hash(n) for n in folded_names]
        keys: list[int] = []
        weak: list[str] = []
        personal = bool(folded_names)
        for code, values in details.items():
            alone = ALONE.get(code)
            paired = WITH_NAME.get(code)
            if alone is None and paired is None:
                continue
            for raw in values:
                if not raw or (code == "EMAIL" and is_role_mailbox(raw)):
                    continue
                if code == "DATE_OF_BIRTH":
                    value = fold_dates([raw])[0]
                elif code == "PHONE":
                    value = fold_phones([raw])[0]
                elif code == "ADDRESS":
                    value = fold_address(raw)
                else:
                    value = fold(raw)
                if not value:
                    continue
                personal = True
                if alone is not None:
                    keys.append(alone_key(alone, self.value_hash(code, value)))
                elif name_hashes:
                    hashed = self.value_hash(code, value)
                    assert paired is not None
                    keys.extend(pair_key(paired, n, hashed) for n in name_hashes)
                else:
                    weak.append(f"{code}={value}")
        if not personal:
            return None
        threaded = [self.local_key(name_scope, [f"PERSON={n}"]) for n in folded_names] if name_scope else []
        if keys or not scope:
            return keys + threaded
        weak.extend(f"PERSON={n}" for n in folded_names)
        return [self.local_key(scope, weak), *threaded]


# What a total row writes where a name would be (合計, 小計, Total): no one.
_DIGIT = re.compile(r"[0-9]")
SUMMARY_WORDS = frozenset(
    {"合計", "小計", "総計", "計", "累計", "平均", "総合計", "total", "subtotal", "grandtotal"}
)


def fold_names(values: list[str]) -> list[str]:
    """`fold_name` of every value: Japanese names folded a column at a time, Latin ones word by word; a
    total row's label (合計, Total) is no name."""
    folded = fold_all(values)
    names = [fold_name(v) if f and f.isascii() else f for v, f in zip(values, folded, strict=True)]
    # a name has no digits: 「34名」 is the count a total row writes where a name would be
    return ["" if name in SUMMARY_WORDS or _DIGIT.search(name) else name for name in names]
