"""Mail: .eml (stdlib `email`, policy.default, so RFC 2047 and ISO-2022-JP headers arrive decoded),
.mbox (split as it streams) and Outlook .msg (extract-msg). Headers and bodies are the mail item's units;
attachments follow as nested items, read like any file (an attached zip or mail expands in turn)."""

from __future__ import annotations

import email
import io
import os
import re
from collections.abc import Iterator
from email import policy
from email.message import Message
from typing import Any

from mamori.sources.encoding import DecodedText, UndecodableError, decode_whole
from mamori.sources.items import Item, ItemError, ItemKind, TextUnit
from mamori.sources.location import fragment, nested
from mamori.sources.markup import html_units
from mamori.sources.source import BinaryStream, Context, Source, SourceError
from mamori.sources.text import note_replaced

HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Subject")
# Japanese mailers label CP932 text as Shift_JIS; CP932 is the superset that reads it (①, 髙, ㈱)
_CHARSET_ALIASES = {"shift_jis": "cp932", "shift-jis": "cp932", "x-sjis": "cp932", "sjis": "cp932"}
_MBOX_FROM = re.compile(rb"^>+From ")


def read_eml(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    """The stdlib parser holds a whole message in memory, so a message over `max_parse_bytes` is refused."""
    size = stream.seek(0, os.SEEK_END)
    stream.seek(0)
    if size > ctx.limits.max_parse_bytes:
        raise SourceError(
            f"メールが大きすぎるため読み取りません（{size} バイト）", f"mail too large to parse: {size} bytes"
        )
    message = email.message_from_binary_file(stream, policy=policy.default)
    yield from _mail_items(src, message, ctx)


def _mail_items(src: Source, message: Message, ctx: Context) -> Iterator[Item | ItemError]:
    leaves = list(enumerate(_leaves(message), 1))
    bodies = [(n, part) for n, part in leaves if not _is_attachment(part)]
    units = list(_header_units(message))
    charset = None
    for number, part in bodies:
        charset = charset or part.get_content_charset()
        text, decoded = _body_text(part)
        units.extend(_body_units(part, number, text))
        if decoded is not None:
            note_replaced(src, ctx, decoded, nested(src.location, [("part", str(number))]))
    yield Item(src.location, ItemKind.MAIL, "eml", src.path, charset, units=iter(units))
    for number, part in leaves:
        if _is_attachment(part):
            yield from _attachment(src, ctx, number, part)


def _leaves(message: Message) -> Iterator[Message]:
    """Parts in order, not descending into an attached mail: that one is read as an attachment."""
    if message.is_multipart() and message.get_content_type() != "message/rfc822":
        for part in message.get_payload():
            if isinstance(part, Message):
                yield from _leaves(part)
    else:
        yield message


def _is_attachment(part: Message) -> bool:
    if part.get_content_type() == "message/rfc822":
        return True
    if part.get_content_maintype() != "text" or part.get_filename():
        return True
    return part.get_content_disposition() == "attachment"


def _header_units(message: Message) -> Iterator[TextUnit]:
    for name in HEADERS:
        for value in message.get_all(name) or []:
            text = str(value)
            if text.strip():
                yield TextUnit(text, fragment([("header", name)]))


def _body_units(part: Message, number: int, text: str) -> Iterator[TextUnit]:
    at = fragment([("part", str(number))])
    if part.get_content_subtype() == "html":
        for unit in html_units(io.StringIO(text)):
            yield TextUnit(unit.text, f"{at}&{unit.fragment}")
    elif text.strip():
        yield TextUnit(text, at)


def _body_text(part: Message) -> tuple[str, DecodedText | None]:
    """The part's text and, when some bytes did not decode (a damaged byte, a wrong charset label),
    the reader that replaced and counted them. The declared charset is kept while it fails on few bytes,
    so one bad byte in an ISO-2022-JP mail does not turn the rest into escape codes."""
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    charset = (part.get_content_charset() or "").lower()
    declared = _CHARSET_ALIASES.get(charset, charset or "ascii")
    try:
        return raw.decode(declared), None
    except (LookupError, UnicodeDecodeError):
        pass
    try:
        return decode_whole(raw, declared)
    except UndecodableError:
        return raw.decode("utf-8", "replace"), None


def _attachment(src: Source, ctx: Context, number: int, part: Message) -> Iterator[Item | ItemError]:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        attached = inner[0] if isinstance(inner, list) else inner
        data = attached.as_bytes() if isinstance(attached, Message) else b""
        name = part.get_filename() or f"part{number}.eml"
    else:
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        name = part.get_filename() or f"part{number}"
    location = nested(src.location, [("part", str(number)), ("name", name)])
    yield from ctx.dispatch(_bytes_source(src, location, name, data))


def _bytes_source(src: Source, location: str, name: str, data: bytes) -> Source:
    return Source(location, name, lambda: io.BytesIO(data), src.path, src.depth + 1)


def read_mbox(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    yield Item(src.location, ItemKind.ARCHIVE, "mbox", src.path)
    for number, data in enumerate(_mbox_messages(stream), 1):
        location = nested(src.location, [("message", str(number))])
        yield from ctx.dispatch(_bytes_source(src, location, f"message{number}.eml", data))


def _mbox_messages(stream: BinaryStream) -> Iterator[bytes]:
    """One message at a time: only the current message is held in memory, never the whole mailbox."""
    lines: list[bytes] = []
    previous_blank = True
    for line in stream:
        if line.startswith(b"From ") and previous_blank:
            if lines:
                yield b"".join(lines)
            lines = []
        else:
            lines.append(line[1:] if _MBOX_FROM.match(line) else line)
        previous_blank = not line.strip()
    if lines:
        yield b"".join(lines)


def read_msg(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    import extract_msg  # a fifth of a second to import: only when an Outlook file is met

    message = extract_msg.openMsg(stream.read(), delayAttachments=False)
    try:
        units = list(_msg_units(message))
        yield Item(src.location, ItemKind.MAIL, "msg", src.path, units=iter(units))
        for number, attachment in enumerate(message.attachments, 1):
            yield from _msg_attachment(src, ctx, number, attachment)
    finally:
        message.close()


def _msg_units(message: Any) -> Iterator[TextUnit]:
    for name, value in (
        ("From", message.sender),
        ("To", message.to),
        ("Cc", message.cc),
        ("Bcc", message.bcc),
    ):
        if value and str(value).strip():
            yield TextUnit(str(value), fragment([("header", name)]))
    if message.subject and message.subject.strip():
        yield TextUnit(message.subject, fragment([("header", "Subject")]))
    if message.body and message.body.strip():
        yield TextUnit(message.body, fragment([("part", "1")]))


def _msg_attachment(src: Source, ctx: Context, number: int, attachment: Any) -> Iterator[Item | ItemError]:
    data = attachment.data
    name = attachment.longFilename or attachment.shortFilename or f"attachment{number}"
    if not isinstance(data, bytes):  # an embedded Outlook item: export it as .msg bytes
        buffer = io.BytesIO()
        data.export(buffer)
        data, name = buffer.getvalue(), f"{name}.msg"
    location = nested(src.location, [("attachment", str(number)), ("name", name)])
    yield from ctx.dispatch(_bytes_source(src, location, name, data))
