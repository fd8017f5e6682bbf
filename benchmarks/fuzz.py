"""`make fuzz`: a million hostile inputs through `detect` and through every format reader (issue 16).

Each input is derived from its own seed (`random.Random(seed)`), so any failure is reproduced with
`python -m benchmarks.fuzz --only SEED`. Three kinds, interleaved:

- **text**: real Japanese business lines (the demo's sample and values of every type) mutated — bytes
  flipped, characters inserted from hostile ranges (surrogates, combining marks, full-width digits, RTL
  marks, NUL), pieces duplicated or cut — through the full detector, with the invariant that leading
  white space shifts every offset and changes nothing else;
- **bytes**: random bytes decoded leniently, through the full detector;
- **file**: a real file of each format mamori reads (CSV in three encodings, JSON, JSONL, XML, HTML, eml,
  mbox, vCard, SQL dump, docx, xlsx, pptx, PDF, zip) with its bytes mutated, read whole with
  `iter_items` (every unit and row consumed).

Pass: 0 exceptions, 0 inputs over 10 s, worker memory under a bound. A seeded mutator rather than
hypothesis or atheris: it runs a million inputs in minutes on two cores, needs no native build, and a
failing seed is its own reproduction. Results go to `benchmarks/results/fuzz.json`.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import random
import resource
import signal
import tempfile
import time
import traceback
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

RESULTS = Path(__file__).resolve().parent / "results"
HANG_SECONDS = 10
MEMORY_BOUND_MB = 2048
KINDS = ("text", "text", "text", "text", "text", "text", "text", "bytes", "file", "file")
_HOSTILE = (
    "\x00\ufeff\u200b\u202e\u3000\ufffd\u0301\u3099\uff10\uff19\uff0d\uff20\u2010\u30fc"
    "〒＠：・（）「」-_@.:/ \n\t\r"
)
_SEED_LINES = (
    "山田太郎様（ヤマダタロウ）生年月日 昭和50年10月1日 電話 090-1234-5678",
    "〒100-0005 東京都千代田区丸の内一丁目1-1 佐藤花子 hanako.sato@example.co.jp",
    "個人番号 1234 5678 9018 運転免許証 123456789012 旅券 TK1234567",
    "カード 4111 1111 1111 1111 有効期限 12/29 口座 普通 1234567",
    "[10:02] 佐藤: 鈴木さんの件、うつ病で休職中とのことです",
    "DOB: 3 Mar 1979, Tel +81 (0)90 1234 5678, Passport No. TZ1234567",
    "記号：12345 番号：6789012 保険者番号 06130012 H2.3.4 S47/11/03",
    "氏名,フリガナ,生年月日,電話\n高橋美咲,タカハシミサキ,1985/04/12,080-2222-3333",
    "やまだ＋ たなか・いちろう 〇九〇‐一二三四‐五六七八",
)


@dataclass
class Outcome:
    seed: int
    kind: str
    seconds: float
    error: str | None = None
    hang: bool = False


@dataclass
class Report:
    inputs: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    exceptions: list[dict[str, object]] = field(default_factory=list)
    hangs: list[dict[str, object]] = field(default_factory=list)
    invariant_breaks: int = 0
    slowest_seconds: float = 0.0
    worker_peak_rss_mb: float = 0.0
    wall_seconds: float = 0.0


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Hang


def _mutate_text(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(5)
        at = rng.randrange(len(chars) + 1)
        if op == 0:
            chars.insert(at, rng.choice(_HOSTILE))
        elif op == 1 and chars:
            chars.pop(min(at, len(chars) - 1))
        elif op == 2:
            chars.insert(at, chr(rng.choice((rng.randrange(0x20, 0x3000), rng.randrange(0xD800, 0xE000)))))
        elif op == 3 and chars:
            piece = chars[at : at + rng.randint(1, 20)]
            chars[at:at] = piece * rng.randint(1, 50)
        else:
            chars[at:at] = list(rng.choice(_SEED_LINES))
    return "".join(chars)


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(4)
        at = rng.randrange(len(out) + 1)
        if op == 0 and out:
            out[min(at, len(out) - 1)] = rng.randrange(256)
        elif op == 1:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2 and out:
            del out[at : at + rng.randint(1, 64)]
        else:
            out = out[: max(1, at)]  # cut off, as a copy that stopped
    return bytes(out)


def _mutate_member(rng: random.Random, data: bytes) -> bytes:
    """A zip container (docx, xlsx, pptx, zip) that stays a valid zip, one member's bytes mutated: the
    mutation reaches the XML and nested readers instead of stopping at the archive."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        members = source.infolist()
        chosen = rng.randrange(len(members))
        for n, info in enumerate(members):
            body = source.read(info.filename)
            target.writestr(info, _mutate_bytes(rng, body) if n == chosen else body)
    return out.getvalue()


def _seed_files(folder: Path) -> list[Path]:
    """One real file per format, written by the libraries users' tools write them with."""
    from mamori.demo.drive import build_shared_drive

    drive = build_shared_drive(folder / "drive")
    rows = [("氏名", "電話", "メール"), ("山田太郎", "090-1234-5678", "taro@example.jp")]
    extra = folder / "extra"
    extra.mkdir()
    text = "\n".join(",".join(r) for r in rows) + "\n"
    (extra / "utf8.csv").write_text(text, encoding="utf-8")
    (extra / "sjis.csv").write_bytes(text.encode("cp932"))
    (extra / "euc.tsv").write_bytes(text.replace(",", "\t").encode("euc-jp"))
    records = [{"name": "山田太郎", "tel": "090-1234-5678", "address": {"zip": "100-0005"}}] * 3
    (extra / "a.json").write_text(json.dumps({"customers": records}, ensure_ascii=False), encoding="utf-8")
    (extra / "a.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8"
    )
    (extra / "a.xml").write_text(
        "<list>" + "<c><name>山田太郎</name><tel>090-1234-5678</tel></c>" * 3 + "</list>", encoding="utf-8"
    )
    (extra / "a.html").write_text(
        "<table><tr><th>氏名</th><th>電話</th></tr><tr><td>山田太郎</td><td>090-1234-5678</td></tr></table>",
        encoding="utf-8",
    )
    (extra / "a.vcf").write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:山田太郎\nTEL:090-1234-5678\nEND:VCARD\n", encoding="utf-8"
    )
    (extra / "a.sql").write_text(
        "INSERT INTO c (name, tel) VALUES ('山田太郎', '090-1234-5678'), ('佐藤花子', '03-1234-5678');\n",
        encoding="utf-8",
    )
    mail = next(drive.rglob("*.eml")).read_bytes()
    (extra / "a.mbox").write_bytes(b"From a@example.jp Mon Jan 1 00:00:00 2024\n" + mail + b"\n")
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "顧客 山田太郎 090-1234-5678"
    deck.save(str(extra / "a.pptx"))
    with zipfile.ZipFile(extra / "nested.zip", "w") as archive:
        archive.writestr("inner.csv", text)
        archive.writestr("inner.json", json.dumps(records, ensure_ascii=False))
    return sorted(p for p in folder.rglob("*") if p.is_file())


_SEEDS: list[tuple[str, bytes]] = []


def _init(seed_folder: str) -> None:
    from mamori.detect import Detector

    global _DETECTOR
    _DETECTOR = Detector()
    _SEEDS.extend((p.suffix, p.read_bytes()) for p in sorted(Path(seed_folder).rglob("*")) if p.is_file())
    signal.signal(signal.SIGALRM, _alarm)


_DETECTOR = None


def _run_text(rng: random.Random) -> bool:
    """The detector on a mutated line; whether leading white space left the findings as they were."""
    assert _DETECTOR is not None
    text = _mutate_text(rng, rng.choice(_SEED_LINES))
    found = [(f.type, f.start, f.end) for f in _DETECTOR.detect(text)]
    lead = rng.choice((" ", "\n", "\u3000", " \t"))
    shifted = [(f.type, f.start - len(lead), f.end - len(lead)) for f in _DETECTOR.detect(lead + text)]
    return found == shifted


def _run_bytes(rng: random.Random) -> None:
    assert _DETECTOR is not None
    data = bytes(rng.randrange(256) for _ in range(rng.randint(1, 400)))
    _DETECTOR.detect(data.decode(rng.choice(("utf-8", "cp932", "latin-1")), "replace"))


def _run_file(rng: random.Random, scratch: Path) -> None:
    from mamori.sources import Limits, iter_items

    suffix, data = rng.choice(_SEEDS)
    path = scratch / f"input{suffix}"
    inside = data.startswith(b"PK") and rng.random() < 0.5
    path.write_bytes(_mutate_member(rng, data) if inside else _mutate_bytes(rng, data))
    for found in iter_items(path, limits=Limits()):
        units = getattr(found, "units", None)
        if units is not None:
            for _ in units:
                pass
        table = getattr(found, "table", None)
        if table is not None:
            for _ in table.rows:
                pass


def _one(seed: int) -> tuple[Outcome, bool, float]:
    rng = random.Random(seed)
    kind = KINDS[seed % len(KINDS)]
    scratch = Path(tempfile.gettempdir()) / f"mamori-fuzz-{os.getpid()}"
    scratch.mkdir(exist_ok=True)
    started = time.perf_counter()
    held = True
    outcome = Outcome(seed, kind, 0.0)
    signal.alarm(HANG_SECONDS)
    try:
        if kind == "text":
            held = _run_text(rng)
        elif kind == "bytes":
            _run_bytes(rng)
        else:
            _run_file(rng, scratch)
    except _Hang:
        outcome.hang = True
    except Exception:  # the point of the run: any exception at all is a finding
        outcome.error = traceback.format_exc(limit=6)
    finally:
        signal.alarm(0)
    outcome.seconds = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return outcome, held, rss_mb


def run(count: int, first_seed: int, workers: int) -> Report:
    report = Report()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        _seed_files(Path(folder))
        context = multiprocessing.get_context("forkserver")
        with context.Pool(workers, initializer=_init, initargs=(folder,), maxtasksperchild=20_000) as pool:
            seeds = range(first_seed, first_seed + count)
            for outcome, held, rss_mb in pool.imap_unordered(_one, seeds, chunksize=64):
                _add(report, outcome, held, rss_mb)
                if report.inputs % 50_000 == 0:
                    failures = f"{len(report.exceptions)} exceptions, {len(report.hangs)} hangs"
                    print(f"{report.inputs:,} inputs, {failures}", flush=True)
    report.wall_seconds = round(time.perf_counter() - started, 1)
    return report


def _add(report: Report, outcome: Outcome, held: bool, rss_mb: float) -> None:
    report.inputs += 1
    report.by_kind[outcome.kind] = report.by_kind.get(outcome.kind, 0) + 1
    report.slowest_seconds = max(report.slowest_seconds, round(outcome.seconds, 3))
    report.worker_peak_rss_mb = max(report.worker_peak_rss_mb, round(rss_mb, 1))
    report.invariant_breaks += not held
    entry = {"seed": outcome.seed, "kind": outcome.kind}
    if outcome.error is not None and len(report.exceptions) < 50:
        report.exceptions.append({**entry, "error": outcome.error})
    if outcome.hang:
        report.hangs.append(entry)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=int(os.environ.get("MAMORI_FUZZ_COUNT", 1_000_000)))
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--only", type=int, help="run one seed in this process and show what it raised")
    args = parser.parse_args()
    if args.only is not None:
        with tempfile.TemporaryDirectory() as folder:
            _seed_files(Path(folder))
            _init(folder)
            outcome, held, _ = _one(args.only)
        print(asdict(outcome), "invariant held" if held else "INVARIANT BROKEN")
        return
    report = run(args.count, args.first_seed, args.workers)
    result = {"date": datetime.now(UTC).isoformat(timespec="seconds"), **asdict(report)}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "fuzz.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    failed = report.exceptions or report.hangs or report.invariant_breaks
    failed = failed or report.worker_peak_rss_mb > MEMORY_BOUND_MB
    print(json.dumps({k: v for k, v in result.items() if k != "exceptions"}, ensure_ascii=False, indent=2))
    for entry in report.exceptions[:5]:
        print(entry["seed"], entry["kind"], entry["error"], sep="\n")
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
