"""`mamori detect`: find personal data in a text file or standard input.

A CSV/TSV file is read as a table: each cell is detected with its column's header, as `mamori mask` does.
The input is read in bounded chunks (`detect_stream.py`); a FIFO or a device given as a file is refused.
"""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from typing import IO, Annotated

import typer

from mamori.cli.detect_stream import CHUNK_BYTES, Found, table_chunk_findings, text_findings
from mamori.cli.inputs import special_file_refusal
from mamori.cli.output import console, err_console, finding_rows, findings_table, print_json
from mamori.detect import Detector
from mamori.detect.types import UnknownTypeError
from mamori.mask.formats import format_for
from mamori.mask.formats.csv import DELIMITERS
from mamori.sources.encoding import UndecodableError, iter_decoded


def register(app: typer.Typer) -> None:
    app.command("detect")(detect)


def detect(
    source: Annotated[
        str,
        typer.Argument(help="テキストファイル（CSV・TSV は列の見出しとともに判定）、または標準入力を表す -"),
    ] = "-",
    json_out: Annotated[bool, typer.Option("--json", help="JSON で出力する")] = False,
    types: Annotated[
        str | None, typer.Option("--types", help="検出する種類（カンマ区切り、例: PHONE,EMAIL）")
    ] = None,
    min_score: Annotated[float, typer.Option("--min-score", help="この値未満のスコアは報告しない")] = 0.5,
    show_values: Annotated[
        bool, typer.Option("--show-values", help="マスクせずに生の値を表示する（取扱注意）")
    ] = False,
) -> None:
    """テキスト中の個人情報（電話番号・マイナンバー・カード番号など）を検出する。"""
    try:
        detector = Detector(types=types, min_score=min_score)
    except UnknownTypeError as exc:
        err_console.print(f"[red]エラー[/red]: {exc.message_ja}", highlight=False)
        raise typer.Exit(2) from None
    name = "標準入力" if source == "-" else source
    path = Path(source)
    if source != "-" and (refusal := special_file_refusal(path) or _document_refusal(path)) is not None:
        err_console.print(f"[red]エラー[/red]: {refusal}", highlight=False)
        raise typer.Exit(2)
    delimiter = DELIMITERS.get(format_for(path).name) if source != "-" else None
    try:
        with nullcontext(sys.stdin.buffer) if source == "-" else path.open("rb") as stream:
            found = _findings(stream, delimiter, detector)
    except OSError as exc:
        err_console.print(f"[red]エラー[/red]: {name} を読めません: {exc.strerror or exc}")
        raise typer.Exit(2) from None
    except (UndecodableError, UnicodeDecodeError) as exc:
        err_console.print(f"[red]エラー[/red]: {name} の文字コードを判定できません（{exc}）")
        raise typer.Exit(2) from None
    findings, values = [f.finding for f in found], [f.value for f in found]
    if json_out:
        print_json(finding_rows(findings, values, show_values=show_values))
        return
    if not findings:
        console.print(f"{name}: 個人情報は見つかりませんでした。")
        return
    console.print(
        findings_table(findings, values, show_values=show_values, title=f"{name}: {len(findings)} 件")
    )


def _findings(stream: IO[bytes], delimiter: str | None, detector: Detector) -> list[Found]:
    """Every finding of the input, read a chunk at a time: memory stays bounded by the chunk and the
    findings, not by the input (which may be a pipe that never ends)."""
    chunks = iter_decoded(stream, chunk_bytes=CHUNK_BYTES)
    if delimiter is None:
        return list(text_findings(chunks, detector))
    return list(table_chunk_findings(chunks, delimiter, detector))


# What a binary document begins with: zip (xlsx, docx, pptx, odt), OLE (xls, doc, msg), PDF, gzip
_DOCUMENT_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF", b"\x1f\x8b")


def _document_refusal(path: Path) -> str | None:
    """`detect` reads text; a document or archive is read by `scan`, which opens it (a user who points
    `detect` at an xlsx should be sent there, not told its "encoding" is unknown)."""
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError:
        return None  # the read below reports it
    if not head.startswith(_DOCUMENT_MAGIC):
        return None
    return (
        f"{path} は文書・アーカイブのファイルです。detect はテキストを読みます。"
        f"中身を調べるには mamori scan {path} を使ってください（表・メール・PDF なども読めます）。"
    )
