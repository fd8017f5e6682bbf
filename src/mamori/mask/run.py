"""Masking a file end to end: path checks, staged write, re-scan of the output, and only then the rename."""

from __future__ import annotations

import stat
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from mamori.detect import EntityType
from mamori.mask.anonymised import QuasiIdentifier, Result, k_anonymise, linking_columns
from mamori.mask.atomic import staged
from mamori.mask.engine import Masker
from mamori.mask.formats import Format, FormatError, Transformer, Unit, format_for
from mamori.mask.formats.csv import DELIMITERS, read_table, transform_table
from mamori.privacy import masked_preview

# Surviving values named in a refusal; the rest are counted.
SHOWN_LEAKS = 5


class MaskError(Exception):
    """The run was refused or failed; the message is for the user, in Japanese. Nothing was written."""


Transform = Callable[[Path, Path, Transformer], None]


def check_paths(src: Path, dst: Path, *, force: bool) -> None:
    if not src.is_file():
        raise MaskError(f"入力ファイル {src} がありません")
    if src.resolve() == dst.resolve() or (dst.exists() and dst.samefile(src)):
        raise MaskError(f"出力先 {dst} が入力と同じです。別のファイル名を指定してください")
    if dst.exists() and not force:
        raise MaskError(f"出力先 {dst} は既にあります。上書きするには --force を指定してください")
    if not dst.parent.is_dir():
        raise MaskError(f"出力先のフォルダ {dst.parent} がありません")


def _produced(value: str, outputs: set[str]) -> bool:
    return value in outputs or any(value in o or (len(o) > 1 and o in value) for o in outputs)


@dataclass(frozen=True)
class Leak:
    """A masked type's value still in a written file: its type, its masked preview and where it is."""

    type: EntityType
    preview: str
    place: str


def rescan(fmt: Format, path: Path, masker: Masker) -> Counter[EntityType]:
    """Findings of masked types still in the written file, other than the replacements we wrote."""
    return Counter(leak.type for leak in leaks_in(fmt, path, masker))


def leaks_in(fmt: Format, path: Path, masker: Masker) -> list[Leak]:
    """Each value of a masked type left in the written file, with where it is (a column, or a line of
    the n-th part of the text), for the refusal to say."""
    masked = masker.policy.masked_types()
    leaks: list[Leak] = []
    for number, unit in enumerate(fmt.units(path), start=1):
        rule = masker.policy.columns.get(unit.column) if unit.column is not None else None
        if rule is not None and (rule.operator is not None or rule.kind is not None):
            continue
        text = _blanked(unit.text, masker.written)
        for finding in masker.detector.detect(text, column=unit.column):
            value = finding.value(unit.text)
            if finding.type in masked and not _produced(value, masker.outputs):
                leaks.append(
                    Leak(
                        finding.type, masked_preview(finding.type, value), _place(unit, number, finding.start)
                    )
                )
    return leaks


def _place(unit: Unit, number: int, start: int) -> str:
    if unit.column is not None:
        return f"列「{unit.column}」"
    line = unit.text.count("\n", 0, start) + 1
    return f"{line}行目" if number == 1 else f"{number}番目の部分の{line}行目"


# A form's blank (氏名：＿＿＿): no label, word or value is made of it, and the analyser reads each one as a
# symbol of its own (the geta mark 〓 glued with the punctuation around it into one unknown word).
_BLANK = "＿"


def _blanked(text: str, outputs: set[str]) -> str:
    """`text` with what the masker wrote blanked out, offsets kept: a placeholder such as <氏名_7> is no
    label (氏名：) or form context for what stands around it, and must not make a finding of its neighbour."""
    written = [o for o in outputs if len(o) > 1 and o in text]
    for value in sorted(written, key=len, reverse=True):
        text = text.replace(value, _BLANK * len(value))
    return text


def leak_message(path: Path, leaks: list[Leak]) -> str:
    from mamori.detect.types import JAPANESE_NAMES

    counts = Counter(leak.type for leak in leaks)
    found = "、".join(f"{JAPANESE_NAMES[t]} {n} 件" for t, n in sorted(counts.items()))
    where = "、".join(
        f"{JAPANESE_NAMES[leak.type]}「{leak.preview}」（{leak.place}）" for leak in leaks[:SHOWN_LEAKS]
    )
    more = f" ほか {len(leaks) - SHOWN_LEAKS} 件" if len(leaks) > SHOWN_LEAKS else ""
    return (
        f"{path.name} の出力を再検査したところ、マスクすべき値が残っていました（{found}: {where}{more}）。"
        "出力は作成していません。--operator や --policy でその種類・列の扱いを指定して再実行してください"
    )


def mask_file(
    src: Path, dst: Path, transformer: Transformer, *, force: bool = False, transform: Transform | None = None
) -> None:
    """Write the masked `src` to `dst`. With a `Masker`, the output is re-scanned before it is renamed."""
    check_paths(src, dst, force=force)
    fmt = format_for(src)
    try:
        with staged(dst) as temp:
            if isinstance(transformer, Masker):
                transformer.written.clear()
            (transform or fmt.transform)(src, temp, transformer)
            if isinstance(transformer, Masker):
                leaks = leaks_in(fmt, temp, transformer)
                if leaks:
                    raise MaskError(leak_message(src, leaks))
            temp.chmod(stat.S_IMODE(src.stat().st_mode))
    except FormatError as exc:
        raise MaskError(str(exc)) from None
    except OSError as exc:
        raise MaskError(f"{dst} に書けません: {exc.strerror or exc}") from None


def anonymise_file(
    src: Path,
    dst: Path,
    masker: Masker,
    quasi: Sequence[QuasiIdentifier],
    k: int,
    *,
    max_suppression: float,
    force: bool = False,
) -> Result:
    """k-anonymise the named columns of a CSV/TSV and mask the rest; refuse if k cannot be met."""
    check_paths(src, dst, force=force)
    fmt = format_for(src)
    if fmt.name not in DELIMITERS:
        raise MaskError(
            f"匿名加工情報の作成（--mode anonymised）は CSV と TSV のみ対応しています（{src.name}）"
        )
    delimiter = DELIMITERS[fmt.name]
    try:
        table = read_table(src, delimiter)
    except FormatError as exc:
        raise MaskError(str(exc)) from None
    missing = [q.column for q in quasi if q.column not in table.header]
    if missing:
        raise MaskError(f"{src.name} に列 {'、'.join(missing)} がありません")
    rows = [dict(zip(table.header, row, strict=False)) for row in table.rows]
    result = k_anonymise(rows, quasi, k, max_suppression=max_suppression, today=masker.run.today)
    if result.k_achieved < k:
        raise MaskError(f"{src.name}: k={k} を満たせません（レコードが少なすぎます）。出力は作成していません")
    columns = {q.column for q in quasi}
    # a column the user gave a rule keeps that rule; an unnamed linking code is emptied
    linking = set(linking_columns(table.header, rows, columns | set(masker.policy.columns)))
    result = replace(result, linking=tuple(c for c in table.header if c in linking))
    masker.outputs.update(v for values in result.values for v in values.values())

    def override(index: int, column: str, value: str) -> str | None:
        if column in linking:
            return ""
        return result.values[index][column] if column in columns else None

    mask_file(
        src,
        dst,
        masker,
        force=force,
        transform=lambda s, d, t: transform_table(s, d, t, delimiter, override, result.suppressed),
    )
    return result
