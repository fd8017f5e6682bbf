"""The persons a document names: each name with the details that follow it, one subject per person.

A memo about one customer lists the name, its kana reading, the birth date, the address, the phone and
the e-mail on lines of their own: that is one person, not six. So within one document (a file, a mail, a
sheet of text) a detail belongs to the name before it while it follows closely (each detail extends the
reach); a kana name right before or after a name is its reading; the same name, or its surname alone,
mentioned again is the same person. In a mail, the sender (From) and the signature that closes the
unquoted body are one person. A detail with no name before it counts only when it is personal: not a
role mailbox (info@, support@), not a switchboard or free-dial number (代表, 0120 …), never an address
alone (a letterhead's). A company's name (ヤマト運輸, 株式会社山田製作所) is nobody. Subjects are keyed as
in `people_keys.py`, so they join the same person in a table or another file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mamori.detect.column_words import RELATIONS
from mamori.detect.finding import Finding
from mamori.detect.types import EntityType
from mamori.scan.file_memory import FileMemory, is_name_part
from mamori.scan.organisations import beside_legal_form, is_organisation_name, organisation_end
from mamori.scan.people import CONTACT_TYPES, PeopleCounter, fold_name
from mamori.scan.people_keys import ALONE, alone_key, fold_all, is_role_mailbox
from mamori.scan.prose_names import NameIndex

# A detail belongs to the subject before it when it starts within this many characters of the subject's
# last name or detail.
CONTACT_REACH = 300
# A kana name this close to a name, with no detail between, is that name's reading.
READING_REACH = 60
# Details with no one before them belong to a name that follows this closely: a letter's 〒 and address
# above 「山田 太郎 様」, a mail-merge block per recipient.
PRECEDE_REACH = 80
# The first lines of a mail body, where it greets whom it is written to (みどり不動産株式会社／野村 文子 様).
GREETING_LINES = 3
# The last lines of a mail body where its writer signs.
SIGNATURE_LINES = 8
_CONTACTS = frozenset(EntityType(code) for code in CONTACT_TYPES)
_KANA_NAME = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f\s・]+")
# Words between a name and a detail that make the detail another party's (請求先 suzuki@…, 緊急連絡先 …).
_OTHER_PARTY = re.compile("|".join(sorted((w for w in RELATIONS if not w.isascii()), key=len, reverse=True)))
# Words just before (or after) a number that make it an organisation's, not a person's.
_ORGANISATION_PHONE = re.compile(
    r"(代表|本社|本店|支店|営業所|受付|窓口|問い?合わ?せ|ファックス|FAX|fax|Fax|コールセンター"
    r"|センター|事務局|フリーダイヤル)[^\n]{0,12}$"
)
_ORGANISATION_PHONE_AFTER = re.compile(r"^\s*[（(]?\s*(代表|本社|本店|受付|窓口|FAX|fax|ファックス)")
_FREE_DIAL = re.compile(r"^\s*[(（]?\s*(?:\+81[\s-]?)?0(120|800|570|990)")
# An honorific after a name: the person written to (酒井先生, 野村 文子 様), never the one who signs.
_ADDRESSED = re.compile(r"[ \u3000]*(?:様|さま|サマ|先生|殿|さん|くん|君|ちゃん|御中|各位)")
_ADDRESS_ON_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A line that is an item of a list (・, -, ●, 1.): the persons a mail lists, not who signs it.
_LIST_ITEM = re.compile(r"[ \t\u3000]*(?:[・•●○■□◆◇※*\-－]|[0-9０-９]{1,3}[.)．）])")
_LIST_SEPARATOR = re.compile(r"[,，;；]")
_QUOTED_HEADER = re.compile(r"[>＞\s]*(?:From|To|Cc|CC|Sent|差出人|宛先|送信者|送信日時|件名)\s*[:：]")
_SIGNATURE_RULE = re.compile(r"^\s*(--|―{2,}|-{3,}|━{2,}|={3,}|＝{2,}|\*{3,}|_{3,})\s*$", re.MULTILINE)
# Words that make what follows on their line an example, not a person (記入例：山田 太郎, 表示例：…).
_EXAMPLE_MARK = re.compile(
    r"(?:記入例|見本|サンプル(?:表記)?|ダミー|表示例|届出例|入力例|例)\s*[：:）)]|[（(]例[)）]"
)
# A title or heading that makes its document or section a template (治療計画書（記入例）, ## 記入例).
_EXAMPLE_TITLE = re.compile(r"記入例|見本|サンプル|ひな形|雛形|テンプレート|書式例")
_HEADING = re.compile(r"^(?:#{1,6}\s|【|■|◆|□)", re.MULTILINE)
# A former name written after 旧姓 (原 弘美（旧姓 服部）) names the same person.
_MAIDEN = re.compile(r"旧姓[\s:：は]*$")
# Details that make a person without a name.
_ALONE_PERSONAL = frozenset(
    {
        EntityType.MY_NUMBER,
        EntityType.EMAIL,
        EntityType.PHONE,
        EntityType.DATE_OF_BIRTH,
        EntityType.PASSPORT,
        EntityType.DRIVERS_LICENSE,
        EntityType.PENSION_NUMBER,
        EntityType.RESIDENCE_CARD,
        EntityType.HEALTH_INSURANCE,
        EntityType.CREDIT_CARD,
    }
)


@dataclass
class _Subject:
    names: list[str]
    last: int
    details: dict[str, list[str]] = field(default_factory=dict)
    has_detail: bool = False

    def absorb(self, other: _Subject) -> None:
        self.names.extend(n for n in other.names if n not in self.names)
        for code, values in other.details.items():
            self.details.setdefault(code, []).extend(values)
        self.has_detail |= other.has_detail


@dataclass
class _Unit:
    """Where one unit's text sits in the document, and what kind of unit it is."""

    text: str
    base: int
    sender: bool  # a mail's From header
    body: bool  # a mail's body (its signature is the sender's)
    header: bool = False  # a mail header line: its details stand alone


class ProsePeople:
    """Feed the units of one document in order; `close` counts its persons into `people`."""

    def __init__(
        self,
        people: PeopleCounter,
        scope: str,
        *,
        detailed_only: bool = False,
        memory: FileMemory | None = None,
    ) -> None:
        self._people = people
        # what the file's other documents tell (a mailbox's messages); a document on its own keeps its own
        self._own_memory = memory is None
        self._memory = FileMemory() if memory is None else memory
        self._scope = scope
        # Within a table's text cell: only named persons with details of their own are counted
        self._detailed_only = detailed_only
        self._offset = 0
        self._subjects: list[_Subject] = []
        self._by_name: NameIndex[_Subject] = NameIndex()
        self._current: _Subject | None = None
        self._alone: list[tuple[str, str]] = []
        self._sender: _Subject | None = None
        self._signature: _Subject | None = None
        self._recipients: list[str] = []  # To addresses without a display name
        self._quoted: list[_Subject] = []  # persons named in quoted lines ("> ")
        self._greeted: _Subject | None = None  # 「野村 文子 様」 opening the body: whom the mail is to
        self._body_lines = 0  # non-blank body lines read before this unit
        self._pending: list[tuple[EntityType, str, int]] = []  # details waiting for a name after them
        self._template: bool | None = None  # a document titled as an example (記入例): no one in it
        # An HTML body comes a block at a time: where its quoted history begins is told across units
        self._part = ""
        self._part_history = False  # this part's units from here on are the mail it quotes
        self._after_attribution = False  # the last non-blank block was an attribution line (… <a@b>:)
        self._signature_before: _Subject | None = None  # the signature before that line

    def feed(self, text: str, findings: list[Finding], fragment: str = "") -> None:
        unit = _Unit(
            text,
            self._offset,
            fragment == "header=From",
            fragment.startswith("part="),
            fragment.startswith("header="),
        )
        recipient = fragment == "header=To"
        if unit.sender or unit.header or _SIGNATURE_RULE.fullmatch(text):
            # a header line stands alone (To and Cc are other persons); a paragraph that is a rule line
            # (――――) ends one record of a document (a mail-merge block)
            self._current = None
            self._flush_pending()
        history = self._part_start(fragment, text) if unit.body else len(text)
        signed_from = _signature_start(text[:history]) if unit.body else len(text)
        if self._template is None and text.strip():
            title = text.strip().split("\n", 1)[0]
            self._template = _EXAMPLE_TITLE.search(title) is not None
        if self._template:
            return
        examples = _example_sections(text)
        crossed = history >= len(text)
        for f in _joined_names(text, sorted(findings)):
            if _in_example(text, f.start, examples):
                continue
            if not crossed and f.start >= history:
                # the mail quoted below (-----Original Message----- From: …): nothing in it belongs to the
                # name that signed above it
                crossed = True
                self._current = None
                self._flush_pending()
            if f.type is EntityType.PERSON:
                subject = self._name(unit, f)
            elif f.type in _CONTACTS:
                subject = self._detail(unit, f)
            else:
                continue
            if unit.sender and subject is not None and self._sender is None:
                self._sender = subject
            earlier = f.start >= history or _quoted(text, f.start)  # the mail replied to, quoted
            if (
                unit.body
                and subject is not None
                and f.start >= signed_from
                and not earlier
                and not _ADDRESSED.match(text, f.end)
                and not _OTHER_PARTY.search(text, text.rfind("\n", 0, f.start) + 1, f.start)
                and not _LIST_ITEM.match(text, text.rfind("\n", 0, f.start) + 1)
            ):
                # not a person written to, nor another party named in the signature's 追伸 (連帯保証人の …),
                # nor the last of a list of staff (・岩崎奈々（070-…）) above it
                self._signature = subject
            quoted = unit.body and earlier
            if quoted and subject is not None and f.type is EntityType.PERSON and subject not in self._quoted:
                self._quoted.append(subject)
            if (
                unit.body
                and not earlier
                and self._greeted is None
                and subject is not None
                and f.type is EntityType.PERSON
                and _ADDRESSED.match(text, f.end)
                and self._body_lines + _lines(text, f.start) < GREETING_LINES
            ):
                self._greeted = subject
            if recipient and subject is None and f.type is EntityType.EMAIL and self._alone:
                self._recipients.append(self._alone[-1][1])
        if unit.body:
            self._body_lines += _lines(text, len(text))
        self._offset = unit.base + len(text) + 1

    def _part_start(self, fragment: str, text: str) -> int:
        """Where the quoted history of a body unit begins (its end when none). A part read whole is
        judged on its own; one read a block at a time (an HTML mail's lines) carries the state: after an
        Original-Message rule, or from an attribution line followed by a quoted line, every later block of
        the part is history, and the attribution line's name was never the signature."""
        part, _, where = fragment.partition("&")
        if part != self._part:
            self._part, self._part_history, self._after_attribution = part, False, False
        if not where:
            return _history_start(text)
        if self._part_history:
            return 0
        line = text.strip()
        if _ORIGINAL.match(line) or (line[:1] in (">", "＞") and self._after_attribution):
            if self._after_attribution:
                self._signature = self._signature_before
            self._part_history = True
            return 0
        if line:
            self._after_attribution = _ATTRIBUTION.search(line) is not None
            self._signature_before = self._signature
        return len(text)

    def feed_details(self, found: list[tuple[EntityType, str]]) -> None:
        """Details without positions or names (the fast pipeline): each one stands alone."""
        for kind, value in found:
            if kind in _ALONE_PERSONAL:
                self._alone.append((kind.value, value))

    def _name(self, unit: _Unit, f: Finding) -> _Subject | None:
        value = f.value(unit.text)
        folded = fold_name(value)
        if not folded or is_organisation_name(value) or beside_legal_form(unit.text, f.start, f.end):
            self._flush_pending()  # an organisation's address and number above its name are its own
            return None
        start, end = unit.base + f.start, unit.base + f.end
        current = self._current
        if _MAIDEN.search(unit.text, max(0, f.start - 6), f.start) and (known := self._maiden_of(value)):
            return known
        if current is not None and not current.has_detail and start - current.last <= READING_REACH:
            kana_now = _KANA_NAME.fullmatch(value) is not None
            kana_before = all(_KANA_NAME.fullmatch(n) for n in current.names)
            if kana_now != kana_before:  # a name and its reading, in either order
                current.names.append(value)
                self._by_name.add(folded, current)
                current.last = end
                return current
        # in a header each address is its own person: 伊藤 亮 in Cc is not the From's 伊藤
        known = self._by_name.get(folded) if unit.header else self._known(folded, value)
        if known is None:
            known = _Subject([value], end)
            self._subjects.append(known)
            self._by_name.add(folded, known)
        elif folded not in self._by_name:  # the full name of a person met by surname: both name them
            known.names.append(value)
            self._by_name.add(folded, known)
        known.last = end
        self._current = known
        self._take_pending(known, start)
        return known

    def _maiden_of(self, value: str) -> _Subject | None:
        """The person whose former name (旧姓 服部) this is: the last one named, now known by it too."""
        subject = self._current or (self._subjects[-1] if self._subjects else None)
        if subject is None:
            return None
        folded = fold_name(value)
        if value not in subject.names:
            subject.names.append(value)
        self._by_name.add(folded, subject)
        return subject

    def _take_pending(self, subject: _Subject, start: int) -> None:
        """Details just above a name with nothing between (a letter's address block) are its own."""
        if self._pending and start - self._pending[-1][2] <= PRECEDE_REACH:
            for kind, value, _ in self._pending:
                subject.details.setdefault(kind.value, []).append(value)
            subject.has_detail = True
            self._pending = []
        self._flush_pending()

    def _flush_pending(self) -> None:
        """Details no name claimed: those that make a person alone are counted as before."""
        for kind, value, _ in self._pending:
            if kind in _ALONE_PERSONAL and not _role(kind, value):
                self._alone.append((kind.value, value))
        self._pending = []

    @staticmethod
    def _separated(unit: _Unit, since: int, until: int) -> bool:
        """Whether a rule line (――――, -----, ＝＝＝) lies between two places: one record ends there."""
        return _SIGNATURE_RULE.search(unit.text, max(0, since - unit.base), until) is not None

    def _known(self, folded: str, value: str) -> _Subject | None:
        """The subject already met under this name, or whose full name starts with this surname, or met
        before by its surname alone (「採用担当の小林です」 … 小林 さくら; 「森です」 … 森 花子, where a
        one-kanji surname must be the full name's first word: 森 is not 森田 陽子)."""
        found = self._by_name.get(folded)
        if found is not None or not folded:
            return found
        if len(folded) < 2:  # 森 after 森 花子: the surname of a full name written with a space
            return next((x for x in self._subjects if any(_surname(n) == folded for n in x.names)), None)
        first_word = value.split(maxsplit=1)[0] if " " in value or "\u3000" in value else ""
        return self._by_name.first_related(
            folded,
            lambda name, subject: (
                len(subject.names) == 1 and (len(name) >= 2 or name == fold_name(first_word))
            ),
        )

    def _detail(self, unit: _Unit, f: Finding) -> _Subject | None:
        kind, value, text = f.type, f.value(unit.text), unit.text
        start, end = unit.base + f.start, unit.base + f.end
        if kind is EntityType.PHONE and (
            _FREE_DIAL.match(value)
            or _ORGANISATION_PHONE.search(text[max(0, f.start - 24) : f.start])
            or _ORGANISATION_PHONE_AFTER.match(text[f.end : f.end + 8])
        ):
            return None
        if kind in (EntityType.PHONE, EntityType.EMAIL) and self._after_organisation(unit, f.start):
            return None
        if kind is EntityType.PHONE and any(
            is_role_mailbox(m.group())
            for m in _ADDRESS_ON_LINE.finditer(text, text.rfind("\n", 0, f.start) + 1, f.start)
        ):
            return None  # 問い合わせ先: info@… / 03-…: the number of the desk whose mailbox it follows
        current = self._current
        if current is not None and self._separated(unit, current.last, f.start):
            current = self._current = None
        if (
            current is not None
            and unit.header
            and _LIST_SEPARATOR.search(text, current.last - unit.base, f.start)
        ):
            # To: 山田 花子 <hanako@…>, suzuki@…: each address of a header's list is its own person
            current = self._current = None
        # 「From: Sakai, Yui [mailto:…]」 of a quoted mail in a body: that address is its own, as in a header
        header = unit.header or _QUOTED_HEADER.match(text, text.rfind("\n", 0, f.start) + 1) is not None
        if header and not unit.header:
            current = self._current = None
        if current is not None and start - current.last <= CONTACT_REACH:
            # the words that label this detail, on its own line: 請求先 suzuki@… is another party's
            line_start = text.rfind("\n", 0, f.start) + 1
            label = text[max(line_start, f.start - (start - current.last)) : f.start]
            if not _OTHER_PARTY.search(label):
                current.details.setdefault(kind.value, []).append(value)
                current.has_detail = True
                current.last = end
                return current
        self._current = None
        if unit.sender and self._sender is None and kind in _ALONE_PERSONAL and not _role(kind, value):
            # a From without a display name: the sender still
            subject = _Subject([], end, {kind.value: [value]}, has_detail=True)
            self._subjects.append(subject)
            return subject
        if self._pending and (header or self._separated(unit, self._pending[-1][2], f.start)):
            self._flush_pending()
        self._pending.append((kind, value, end))
        if header:
            self._flush_pending()
        return None

    def _after_organisation(self, unit: _Unit, at: int) -> bool:
        """A number on a line that names a company before it, with no one named since (株式会社みどり不動産
        練馬店 TEL …): the company's. After 「株式会社ABC 営業部 山田」 it is still 山田's."""
        line_start = unit.text.rfind("\n", 0, at) + 1
        line = unit.text[line_start:at]
        form_end = organisation_end(line)
        if form_end is None:
            return False
        current = self._current
        return current is None or current.last <= unit.base + line_start + form_end

    def _to_the_addressee(self) -> None:
        """A mail to one address without a name is to the person its body greets (「野村 文子 様」), or,
        when it greets no one, a reply quoting one person's mail is sent to that person: the To address
        and that name are one person."""
        quoted = [s for s in self._quoted if "EMAIL" not in s.details and s is not self._sender]
        greeted = self._greeted
        if greeted is not None and "EMAIL" not in greeted.details and greeted is not self._sender:
            quoted = [greeted]
        if len(self._recipients) != 1 or len(quoted) != 1:
            return
        address = self._recipients[0]
        folded = fold_all([address])[0]
        if any(folded in fold_all(s.details.get("EMAIL", [])) for s in self._subjects):
            return  # the address of a person named in the quoted mail (its signature): theirs already
        if ("EMAIL", address) in self._alone:
            self._alone.remove(("EMAIL", address))
            quoted[0].details.setdefault("EMAIL", []).append(address)

    def _alone_keys(self) -> list[list[int]]:
        """Details without a name, a type at a time (a log has thousands): an e-mail address or a My
        Number is a key of its own; a phone or a birth date alone only meets itself in this document."""
        keys = self._people.keys
        by_code: dict[str, list[str]] = {}
        for code, value in self._alone:
            by_code.setdefault(code, []).append(value)
        records: list[list[int]] = []
        for code, values in by_code.items():
            if code == "EMAIL":
                values = [v for v in values if not is_role_mailbox(v)]
            folded = [v for v in fold_all(values) if v]
            kind = ALONE.get(code)
            if kind is not None:
                records.extend([alone_key(kind, h)] for h in keys.hash_all(code + "\x1f", folded))
            else:
                # a phone alone is a person unless a named person of the file holds it (its quoted copy)
                for value in folded:
                    self._memory.alone_detail(code, value, self._scope)
        return records

    def close(self) -> None:
        sender, signature = self._sender, self._signature
        if (
            sender is not None
            and signature is not None
            and signature is not sender
            and _same_writer(sender, signature)
        ):
            sender.absorb(signature)  # the mail's writer, by address in From and by name below the body
            self._subjects.remove(signature)
        self._flush_pending()
        self._to_the_addressee()
        scope = self._scope
        mailbox = _mailbox(scope)
        memory = self._memory
        for subject in self._subjects:
            if self._detailed_only and not subject.has_detail:
                continue
            names = _full_names(subject.names)
            if mailbox and names and all(is_name_part(n) for n in names):
                # 「伊藤様」: which 伊藤 of the mailbox, if only one, is known when the file ends; with
                # details of its own it is counted by them, its surname joining no other 伊藤
                if not subject.details:
                    memory.mention(names, scope, mailbox)
                else:
                    self._people.add_subject(names, subject.details, scope=scope)
                continue
            self._people.add_subject(names, subject.details, scope=scope, name_scope=mailbox)
            if names:
                memory.add_person(names, subject.details, mailbox)
        if not self._detailed_only:
            self._people.add_records(self._alone_keys())
        if self._own_memory:
            memory.finish(self._people)
        self._subjects = []
        self._by_name = NameIndex()
        self._alone = []
        self._current = self._sender = self._signature = None
        self._recipients = []
        self._quoted = []
        self._greeted = None
        self._body_lines = 0
        self._template = None


def _lines(text: str, end: int) -> int:
    """Non-blank lines of `text` before `end`."""
    return sum(1 for line in text[:end].split("\n") if line.strip())


def _full_names(names: list[str]) -> list[str]:
    """A person's names without the surname alone that a full one starts with (高橋 of 高橋 美咲), nor,
    beside a full name, a short one word alone (「裕子と申します」 signed under フクダユウコ): each would
    join every 高橋 or 裕子 of the mailbox."""
    folded = [fold_name(n) for n in names]
    full = any(not is_name_part(n) for n in names)
    return [
        name
        for name, short in zip(names, folded, strict=True)
        if not short
        or (
            not (full and is_name_part(name))
            and not any(other != short and other.startswith(short) for other in folded)
        )
    ]


def _same_writer(sender: _Subject, signature: _Subject) -> bool:
    """Whether the name signed below a body can be the From's: not when each has an address of its own
    and they differ (an HTML mail's quoted 「2023/06/05 松田 誠 <m.matsuda@…>:」 line read as the last
    signature of a reply from 藤井)."""
    own = {fold_all([e])[0] for e in sender.details.get("EMAIL", [])}
    signed = {fold_all([e])[0] for e in signature.details.get("EMAIL", [])}
    return not own or not signed or bool(own & signed)


_MESSAGE = re.compile(r"[#&]message=\d+")


def _mailbox(scope: str) -> str:
    """The mailbox file a message of it is read from (`box.mbox#message=3` → `box.mbox`): a person named in
    one message of a correspondence is the person of that name in the others. "" for anything else."""
    found = _MESSAGE.search(scope)
    return scope[: found.start()] if found else ""


def _surname(name: str) -> str:
    """The first word of a name written with a space (森 花子 → 森), folded; "" for one word."""
    words = name.split()
    return fold_name(words[0]) if len(words) > 1 else ""


def _joined_names(text: str, findings: list[Finding]) -> list[Finding]:
    """Names the detector split at a space (`わたなべ しんご`) made whole again; a name and its reading
    side by side (`石田結衣   ｲｼﾀﾞﾕｲ`, one kana and one not) stay two, the reading read as such."""
    out: list[Finding] = []
    for f in findings:
        last = out[-1] if out else None
        if (
            last is not None
            and last.type is EntityType.PERSON
            and f.type is EntityType.PERSON
            and f.start > last.end
            and text[last.end : f.start].strip(" \u3000") == ""
            and (_KANA_NAME.fullmatch(text[last.start : last.end]) is None)
            == (_KANA_NAME.fullmatch(text[f.start : f.end]) is None)
        ):
            out[-1] = Finding(last.start, f.end, EntityType.PERSON, max(last.score, f.score), last.reasons)
            continue
        out.append(f)
    return out


def _signature_start(body: str) -> int:
    """Where a mail body's signature may begin: after its last `--` rule, else its last few lines."""
    unquoted = [m.start() for m in re.finditer(r"^(?![>＞]).*$", body, re.MULTILINE)]
    rules = [m.end() for m in _SIGNATURE_RULE.finditer(body) if not _quoted(body, m.start())]
    tail = unquoted[-SIGNATURE_LINES:]
    if rules and body[rules[-1] :].strip():  # a rule closing the signature box does not open it
        return rules[-1]
    return tail[0] if tail else len(body)


# What opens the mail a reply quotes: 「2024年06月01日 岡田 直美 <okada@…>:」, "On … wrote:", an
# Outlook-style 「-----Original Message-----」 / 「----- 元のメッセージ -----」.
_ATTRIBUTION = re.compile(r"(?:[:：]|wrote|書きました|より)\s*$")
_ORIGINAL = re.compile(
    r"^-{3,}\s*(?:Original Message|元のメッセージ|転送メッセージ|Forwarded message)", re.I | re.M
)


def _history_start(body: str) -> int:
    """Where the earlier mail a reply quotes begins: an Original-Message rule (Outlook quotes without
    「>」), or the attribution line (「2024年06月01日 岡田 直美 <okada@…>:」, the line ending with 「:」
    right above a quoted line) when only quoted lines follow it; the body's end when there is none.
    Names from there on are the earlier mail's, never this one's signature."""
    ends = [m.start() for m in _ORIGINAL.finditer(body)]
    first = re.search(r"^[>＞]", body, re.MULTILINE)
    if first is not None:
        start = first.start()
        rest = body[start:].splitlines()
        if all(not line.strip() or line.lstrip()[:1] in (">", "＞") for line in rest):
            above = body.rfind("\n", 0, max(0, start - 1)) + 1
            line = body[above : max(above, start - 1)]
            ends.append(above if line.strip() and _ATTRIBUTION.search(line) else start)
    return min(ends, default=len(body))


def _quoted(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at) + 1
    return text[line : line + 1] in (">", "＞")


def _role(kind: EntityType, value: str) -> bool:
    return kind is EntityType.EMAIL and is_role_mailbox(value)


def _example_sections(text: str) -> list[tuple[int, int]]:
    """Spans under a heading that names an example (## 記入例 … up to the next heading)."""
    headings = [m.start() for m in _HEADING.finditer(text)]
    spans: list[tuple[int, int]] = []
    for k, start in enumerate(headings):
        line_end = text.find("\n", start)
        line = text[start : len(text) if line_end < 0 else line_end]
        if _EXAMPLE_TITLE.search(line):
            spans.append((start, headings[k + 1] if k + 1 < len(headings) else len(text)))
    return spans


def _in_example(text: str, at: int, sections: list[tuple[int, int]]) -> bool:
    """Whether a value at `at` is an example: under an example heading, or after an example mark on its
    line."""
    if any(start <= at < end for start, end in sections):
        return True
    line_start = text.rfind("\n", 0, at) + 1
    return _EXAMPLE_MARK.search(text, line_start, at) is not None
