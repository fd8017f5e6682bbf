"""Morphological analysis with Sudachi (Rust; SudachiDict core ships in its package, nothing downloads).

Chosen on measurement over person-dev (Wikipedia sentences): Sudachi core ~245k chars/s with POS read per
token, F1 0.47 for raw 人名 tags; fugashi + unidic-lite ~190k chars/s, F1 0.44. The dictionary is loaded once
per process on first use, a tokenizer per thread. Text is cut into chunks (Sudachi refuses inputs above
~48 KB of UTF-8) at line or sentence ends, and chunks with no kana or kanji are never analysed.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from typing import Any


class Kind(IntEnum):
    SURNAME = 1  # 人名,姓
    GIVEN = 2  # 人名,名
    PERSON = 3  # 人名,一般 (foreign names, full names in the dictionary)
    PLACE = 4  # 地名
    PROPER = 5  # other proper nouns (organisations, products)
    NOUN = 6
    SUFFIX = 7
    SYMBOL = 8
    SPACE = 9
    PARTICLE = 10
    OTHER = 11


# Not frozen: a frozen dataclass's __init__ costs four times as much, and every morpheme builds one.
@dataclass(slots=True)
class Token:
    start: int
    end: int
    surface: str
    kind: Kind
    oov: bool


CHUNK = 8000
_JAPANESE = re.compile(r"[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヶ]")
_CUT = re.compile(r"[\n。！？!?]")

_lock = threading.Lock()
_dictionary: Any = None
_local = threading.local()  # a Sudachi tokenizer must not be shared between threads
_kinds: dict[int, Kind] = {}


def _kind_of(pos: tuple[str, ...]) -> Kind:
    if pos[0] == "名詞":
        if pos[1] == "固有名詞":
            if pos[2] == "人名":
                return {"姓": Kind.SURNAME, "名": Kind.GIVEN}.get(pos[3], Kind.PERSON)
            return Kind.PLACE if pos[2] == "地名" else Kind.PROPER
        return Kind.NOUN
    if pos[0] == "接尾辞":
        return Kind.SUFFIX
    if pos[0] in ("補助記号", "記号"):
        return Kind.SYMBOL
    if pos[0] == "空白":
        return Kind.SPACE
    if pos[0] in ("助詞", "助動詞"):
        return Kind.PARTICLE
    return Kind.OTHER


def _load() -> Any:
    """The calling thread's tokenizer; the dictionary (the large part) is loaded once per process."""
    global _dictionary
    with _lock:
        if _dictionary is None:
            from sudachipy import Dictionary

            dictionary = Dictionary(dict="core")
            pos_id = 0
            while (pos := dictionary.pos_of(pos_id)) is not None:
                _kinds[pos_id] = _kind_of(tuple(pos))
                pos_id += 1
            _dictionary = dictionary
    from sudachipy import SplitMode

    made = _dictionary.tokenizer(mode=SplitMode.C)
    _local.tokenizer = made
    return made


def tokenizer() -> Any:
    """The calling thread's Sudachi tokenizer (the benchmark times it alone: the analyser's ceiling)."""
    return getattr(_local, "tokenizer", None) or _load()


def has_japanese(text: str) -> bool:
    return _JAPANESE.search(text) is not None


def chunks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of at most CHUNK characters, cut after a line or sentence end when there is one."""
    pos = 0
    while pos < len(text):
        stop = min(len(text), pos + CHUNK)
        if stop < len(text):
            for match in _CUT.finditer(text, pos + CHUNK // 2, stop):
                stop = match.end()
        yield pos, stop
        pos = stop


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with offsets into it; chunks without kana or kanji are skipped.

    The last result is kept: several recognizers read the same segment, and it is analysed once.
    """
    last: tuple[str, list[Token]] | None = getattr(_local, "last", None)
    if last is not None and last[0] is text:
        return last[1]
    tokens = _analyse(text)
    _local.last = (text, tokens)
    return tokens


def _analyse(text: str) -> list[Token]:
    out: list[Token] = []
    for start, stop in chunks(text):
        piece = text[start:stop]
        if has_japanese(piece):
            _analyse_lines(piece, start, out)
    return out


# Files repeat their lines (templates, a CSV's notes, minutes quoted in replies, form labels): a line seen
# before takes its morphemes from here instead of the analyser. A line is keyed with the white space before
# it, its left context in the analyser's lattice (the start of the text when there is none); analysed so,
# a line gets the morphemes the analysis of the whole chunk gives it (a newline is always a cut). The
# morphemes are kept as (begin, end, kind, oov) from the line's start; the table is emptied when it holds
# too many, so that memory stays flat over a long scan (200,000 morphemes are about 20 MB).
_LINE = re.compile(r"[^\n]*(?:\n[ \t\r\n\u3000]*|$)")
_LINE_END = re.compile(r"\n[ \t\r\n\u3000]*$")
_LINES: dict[tuple[str, str], list[tuple[int, int, Kind, bool]]] = {}
_LINES_MAX = 8192
_MORPHEMES_MAX = 200_000
_LINE_MAX = 300  # longer lines are rarely repeated: not kept
_kept = 0  # morphemes in the table


def _analyse_lines(piece: str, base: int, out: list[Token]) -> None:
    """Tokens of `piece` (at offset `base` of the text) appended to `out`: lines seen before from the
    table, each run of new lines analysed in one call to the analyser."""
    lead = ""  # the white space ending the line before, the next line's left context
    run_start = -1  # the first new line waiting for the analyser, with its lead
    run_lead = ""
    run_lines: list[tuple[int, int, str]] = []  # (start, end, lead) of the lines in the run
    for match in _LINE.finditer(piece):
        start, end = match.span()
        if start == end:
            continue
        line = match.group()
        known = _LINES.get((lead, line)) if len(line) <= _LINE_MAX else None
        if known is None:
            if run_start < 0:
                run_start, run_lead = start, lead
            run_lines.append((start, end, lead))
        else:
            if run_start >= 0:
                _analyse_run(piece, base, run_start, run_lead, run_lines, out)
                run_start = -1
                run_lines = []
            offset = base + start
            for b, e, kind, oov in known:
                out.append(Token(b + offset, e + offset, line[b:e], kind, oov))
        trailing = _LINE_END.search(line)
        lead = trailing.group() if trailing is not None else ""
    if run_start >= 0:
        _analyse_run(piece, base, run_start, run_lead, run_lines, out)


def _analyse_run(
    piece: str, base: int, run_start: int, lead: str, lines: list[tuple[int, int, str]], out: list[Token]
) -> None:
    global _kept
    kinds = _kinds
    run_end = lines[-1][1]
    first = len(out)
    shift = run_start - len(lead)  # offset in `piece` of what the analyser reads
    for m in tokenizer().tokenize(lead + piece[run_start:run_end]):
        begin = m.begin() + shift
        if begin < run_start:
            continue  # the lead: the line before already has it
        end = m.end() + shift
        kind = kinds.get(m.part_of_speech_id(), Kind.OTHER)
        # the surface is the slice of the input (Sudachi's offsets are the input's): one call fewer
        out.append(Token(begin + base, end + base, piece[begin:end], kind, m.is_oov()))
    # each line's morphemes into the table
    k = first
    for start, end, line_lead in lines:
        morphemes: list[tuple[int, int, Kind, bool]] = []
        while k < len(out) and out[k].end - base <= end:
            tok = out[k]
            morphemes.append((tok.start - base - start, tok.end - base - start, tok.kind, tok.oov))
            k += 1
        if end - start <= _LINE_MAX:
            if len(_LINES) >= _LINES_MAX or _kept >= _MORPHEMES_MAX:
                _LINES.clear()
                _kept = 0
            _LINES[(line_lead, piece[start:end])] = morphemes
            _kept += len(morphemes)


_KANA_WORD = re.compile(r"[\u3041-\u309f\u30a0-\u30ffー]+")
_KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々]")


def kanji_spellings(text: str) -> str:
    """`text` with each word written in kana alone spelt as the dictionary spells it (ほうこく → 報告,
    ろうえい → 漏洩): what a search over kanji text needs from a question typed in kana."""
    if not has_japanese(text):
        return text
    out: list[str] = []
    for morpheme in tokenizer().tokenize(text):
        surface = morpheme.surface()
        normal = morpheme.normalized_form()
        kana_word = _KANA_WORD.fullmatch(surface) is not None and len(surface) >= 3
        # しまった is grammar (…てしまった), not 仕舞う: only words that stand on their own are spelt
        content = kana_word and morpheme.part_of_speech()[1] != "非自立可能"
        out.append(normal if content and _KANJI.search(normal) else surface)
    return "".join(out)
