"""E-mail addresses and IPv6 addresses.

E-mail is found from its "@" outwards with bounded expansion, so a megabyte of letters without an "@"
costs one scan, never a regex retried at every position.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from mamori.detect.context import not_personal_label_before
from mamori.detect.finding import Finding
from mamori.detect.recognizer import Segment
from mamori.detect.types import EntityType

_LETTERS_BEFORE = re.compile(r"[A-Za-z0-9]+$")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_GLUED_MAIL_LABEL = re.compile(r"(?i)e-?mail(?=[a-z0-9])")
# Matched on the 64 characters before the "@", reversed: a search anchored at the end would try every
# start position in turn (64² steps per "@", the main cost of a log with an address on every line).
_LOCAL_REVERSED = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}")
_DOMAIN = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])"
)
# Either "::" or six colons around five hex groups: times (10:23:00) are neither. Starting with a
# colon lets the regex engine skip to the next colon in C.
_IPV6_HINT = re.compile(r"::|:(?:[0-9A-Fa-f]{1,4}:){5}")
# An address holds "::" or at least 6 colons (7, or 6 before an embedded IPv4); the look-ahead skips
# the times (10:23:00) of every log line inside the regex engine.
_IPV6 = re.compile(
    r"(?<![0-9A-Fa-f:.])(?=(?:[0-9A-Fa-f.]|:(?!:))*+::|(?:[0-9A-Fa-f.]*+:){6})"
    r"(?:[0-9A-Fa-f]{1,4}|:)?:(?:[0-9A-Fa-f]{0,4}:){1,7}[0-9A-Fa-f.]{0,15}"
)
# A message id header and its continuation lines, up to the id just before the "@".
_MESSAGE_ID = re.compile(
    r"(?im)^(?:Message-ID|In-Reply-To|References|Content-ID|X-Message-ID):(?:[^\n]*\n[ \t])*[^\n]*<$"
)
_PATTERN = "pattern:email"
_EMAIL_REASONS = (_PATTERN,)


class EmailRecognizer:
    name = "email"
    types = frozenset({EntityType.EMAIL})

    def find(self, segment: Segment) -> Iterator[Finding]:
        shadow = segment.shadow
        at = shadow.find("@")
        while at != -1:
            found = self._at(shadow, at)
            if found is not None:
                yield found
                at = shadow.find("@", found.end)
            else:
                at = shadow.find("@", at + 1)

    @staticmethod
    def _at(shadow: str, at: int) -> Finding | None:
        low = max(0, at - 64)
        local = _LOCAL_REVERSED.match(shadow[low:at][::-1])
        if local is None:
            return None
        start = at - local.end()
        glued = _GLUED_MAIL_LABEL.match(shadow, start, at)
        if glued is not None:  # 「E-mailtaro@…」: the label written without a colon
            start = glued.end()
        equals = shadow.rfind("=", start, at)
        if equals != -1 and _KEY.fullmatch(shadow, start, equals):  # user=taro@… in a log: the key is no part
            start = equals + 1
        while start < at and shadow[start] in ".-":  # a local part cannot start with a dot
            start += 1
        if start == at or shadow[at - 1] == ".":
            return None
        domain = _DOMAIN.match(shadow, at + 1)
        if domain is None:
            return None
        if _MESSAGE_ID.search(shadow, max(0, start - 400), start) is not None:
            return None  # Message-ID: <2024…@mail.example.jp> names a message, not a mailbox
        hit = not_personal_label_before(shadow, start)
        if hit is not None:
            return Finding(start, domain.end(), EntityType.EMAIL, 0.6, (_PATTERN, f"near:{hit.word}"))
        return Finding(start, domain.end(), EntityType.EMAIL, 0.95, _EMAIL_REASONS)


class IPv6Recognizer:
    name = "ipv6"
    types = frozenset({EntityType.IP_ADDRESS})

    def find(self, segment: Segment) -> Iterator[Finding]:
        shadow = segment.shadow
        # Most colons in Japanese text are labels (電話：); an address needs two hex groups around one.
        if shadow.count(":") < 2 or _IPV6_HINT.search(shadow) is None:
            return
        for match in _IPV6.finditer(shadow):
            candidate = match.group().rstrip(".")
            start = match.start()
            if candidate.startswith(":") and not candidate.startswith("::"):
                candidate, start = candidate[1:], start + 1  # 「IP：2001:db8::1」: the colon is the label's
            if candidate.count(":") < 2 or not any(c.isdigit() or c.isalpha() for c in candidate):
                continue
            if "::" not in candidate and candidate.count(":") < 6:
                continue  # 10:23:00 in every log line: an address without "::" has 7 colons (6 before IPv4)
            try:
                ipaddress.IPv6Address(candidate)
            except ValueError:
                continue
            end = start + len(candidate)
            if end < len(shadow) and shadow[end].isascii() and shadow[end].isalnum():
                continue
            if start > 0 and shadow[start - 1].isascii() and shadow[start - 1].isalpha():
                letters = _LETTERS_BEFORE.search(shadow, max(0, start - 8), start)
                if letters is None or letters.group().lower() not in (
                    "ip",
                    "ipv6",
                    "src",
                    "dst",
                    "from",
                    "host",
                ):
                    continue  # part of a word such as std::vector
            yield Finding(start, end, EntityType.IP_ADDRESS, 0.9, ("pattern:ipv6",))
