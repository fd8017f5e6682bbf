"""Masking a file end to end: path checks, staged write, re-scan of the output, and only then the rename."""

from __future__ import annotations

import stat
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from mamori.detect import EntityType
from mamori.mask.anonymised import QuasiIdentifier, Result, k_anonymise
from mamori.mask.atomic import staged
from mamori.mask.engine import Masker
from mamori.mask.formats import Format, FormatError, Transformer, format_for
from mamori.mask.formats.csv import DELIMITERS, read_table, transform_table


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


def rescan(fmt: Format, path: Path, masker: Masker) -> Counter[EntityType]:
    """Findings of masked types still in the written file, other than the replacements we wrote."""
    masked = masker.policy.masked_types()
    leaks: Counter[EntityType] = Counter()
    for unit in fmt.units(path):
        rule = masker.policy.columns.get(unit.column) if unit.column is not None else None
        if rule is not None and (rule.operator is not None or rule.kind is not None):
            continue
        text = _blanked(unit.text, masker.written)
        for finding in masker.detector.detect(text, column=unit.column):
            if finding.type in masked and not _produced(finding.value(unit.text), masker.outputs):
                leaks[finding.type] += 1
    return leaks


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


def _leak_message(path: Path, leaks: Counter[EntityType]) -> str:
    from mamori.detect.types import JAPANESE_NAMES

    found = "、".join(f"{JAPANESE_NAMES[t]} {n} 件" for t, n in sorted(leaks.items()))
    return (
        f"{path.name} の出力を再検査したところ、マスクすべき値が残っていました（{found}）。"
        "出力は作成していません"
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
                leaks = rescan(fmt, temp, transformer)
                if leaks:
                    raise MaskError(_leak_message(src, leaks))
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
    masker.outputs.update(v for values in result.values for v in values.values())

    def override(index: int, column: str, value: str) -> str | None:
        return result.values[index][column] if column in columns else None

    mask_file(
        src,
        dst,
        masker,
        force=force,
        transform=lambda s, d, t: transform_table(s, d, t, delimiter, override, result.suppressed),
    )
    return result
