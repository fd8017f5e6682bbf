"""Zip archives (stdlib zipfile), with the checks that keep a zip bomb from filling memory or disk:
member count, per-member compression ratio, total uncompressed bytes for the whole file (nested
archives included), total bytes of members compressed past the ratio but too small to be judged alone,
and nesting depth. Declared sizes are what is checked, and zipfile never inflates a
member past its declared size, so a lying header cannot get around them."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator

from mamori.sources.items import Item, ItemError, ItemKind
from mamori.sources.limits import Limits
from mamori.sources.location import nested
from mamori.sources.source import BinaryStream, Context, Source, SourceError

ZIP_BOMB = "zip 爆弾の疑いがあるため展開しません"
ENCRYPTED = ("暗号化（パスワード保護）されているため読み取れません", "encrypted")
_UTF8_NAME_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1


def member_name(info: zipfile.ZipInfo) -> str:
    """Zips made on Japanese Windows store CP932 names without the UTF-8 flag; zipfile then reads them
    as CP437. Undo that: UTF-8 first (some tools omit the flag for it too), then CP932."""
    if info.flag_bits & _UTF8_NAME_FLAG:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "cp932"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def check_members(archive: zipfile.ZipFile, ctx: Context) -> list[zipfile.ZipInfo]:
    """Members to read, after the checks that concern the whole archive; raises `SourceError`."""
    infos = [info for info in archive.infolist() if not info.is_dir()]
    if len(infos) > ctx.limits.max_members:
        raise SourceError(
            f"{ZIP_BOMB}（ファイル数 {len(infos)} が上限 {ctx.limits.max_members} を超えています）",
            f"zip bomb suspected: {len(infos)} members, limit {ctx.limits.max_members}",
        )
    return infos


def bomb_reason(info: zipfile.ZipInfo, ctx: Context) -> tuple[str, str] | None:
    """Why this member must not be inflated, if it must not; counts it against the file's budget."""
    limits: Limits = ctx.limits
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size >= limits.ratio_min_bytes and ratio > limits.max_ratio:
        return (
            f"{ZIP_BOMB}（圧縮率 {ratio:.0f} 倍）",
            f"zip bomb suspected: compression ratio {ratio:.0f} exceeds {limits.max_ratio:.0f}",
        )
    if ctx.uncompressed + info.file_size > limits.max_total_uncompressed:
        return (
            f"{ZIP_BOMB}（展開後の合計サイズが上限 {limits.max_total_uncompressed} バイトを超えます）",
            f"zip bomb suspected: total uncompressed size exceeds {limits.max_total_uncompressed} bytes",
        )
    dense = ratio > limits.max_ratio
    if dense and ctx.dense_uncompressed + info.file_size > limits.max_dense_uncompressed:
        return (
            f"{ZIP_BOMB}（圧縮率 {ratio:.0f} 倍のファイルの展開後の合計が上限 "
            f"{limits.max_dense_uncompressed} バイトを超えます）",
            f"zip bomb suspected: members compressed more than {limits.max_ratio:.0f} times add up to more "
            f"than {limits.max_dense_uncompressed} bytes",
        )
    ctx.uncompressed += info.file_size
    if dense:
        ctx.dense_uncompressed += info.file_size
    return None


def check_container(stream: BinaryStream, ctx: Context) -> None:
    """The same checks for a zip-based office file before a library inflates it."""
    with zipfile.ZipFile(stream) as archive:
        for info in check_members(archive, ctx):
            reason = bomb_reason(info, ctx)
            if reason is not None:
                raise SourceError(f"{reason[0]}: {member_name(info)}", f"{reason[1]}: {member_name(info)}")
    stream.seek(0)


def read_zip(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    with zipfile.ZipFile(stream) as archive:
        infos = check_members(archive, ctx)
        yield Item(src.location, ItemKind.ARCHIVE, "zip", src.path)
        for info in infos:
            name = member_name(info)
            location = nested(src.location, [("member", name)])
            if info.flag_bits & _ENCRYPTED_FLAG:
                yield ItemError(location, *ENCRYPTED, src.path)
                continue
            reason = bomb_reason(info, ctx)
            if reason is not None:
                yield ItemError(location, *reason, src.path)
                continue
            member = Source(location, name, _opener(archive, info), src.path, src.depth + 1)
            yield from ctx.dispatch(member)


def _opener(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], BinaryStream]:
    return lambda: archive.open(info)
