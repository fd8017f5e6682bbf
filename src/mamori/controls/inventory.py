"""What the evidence rules need to know of a scan, read from the ledger: one `ScannedAsset` per file or
table (items nested in a file are folded into it), and incidents as `IncidentRecord`s.

Only locations, masked previews, counts, modes and ages cross into here, never a value.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import yaml

from mamori.ledger import Asset, FindingSummary, Incident, Ledger
from mamori.scan.assess import APPI_CLASSES

# Asset kinds that are no file: the items inside a file and the database as a whole.
_NOT_ASSETS = frozenset({"item", "database"})
# How a table is written in a location: `postgresql://host/db#table=public.customers`.
_TABLE_KEY = "table="


@dataclass(frozen=True)
class ScannedAsset:
    """One file or table as the last scan saw it. `name` is what a person reads: a file relative to
    the scanned folder (prefixed by that folder's own name, `drive/共有/顧客.csv`), a table as
    `db:<schema>.<table>`; `relative` is the file's path below the scanned folder (None for tables)."""

    location: str
    name: str
    relative: str | None
    kind: str
    personal: bool
    people: int
    jnsa_yen: int
    mtime_ns: int | None
    flags: tuple[str, ...]
    readers: tuple[dict[str, object], ...]
    report_triggers: tuple[str, ...]
    my_numbers: int
    attachment_previews: tuple[str, ...]
    preview: str

    @property
    def is_table(self) -> bool:
        return self.relative is None


@dataclass(frozen=True)
class IncidentRecord:
    """An incident: its name (`incident:<file name>` or `incident:#<ledger id> <title>`) and what it
    records of measures to prevent recurrence, done and planned."""

    name: str
    title: str
    prevention_done: tuple[str, ...]
    prevention_planned: tuple[str, ...]
    people: int


def _path_of(location: str) -> str | None:
    base = location.split("#", 1)[0]
    return unquote(base[len("file://") :]) if base.startswith("file://") else None


def _relative(path: str, roots: Sequence[str]) -> tuple[str, str] | None:
    """(the root's own folder name, the path below it) for the deepest scanned folder holding `path`."""
    best: tuple[str, str] | None = None
    for root in roots:
        root = root.rstrip("/") or "/"
        if path == root:
            return os.path.basename(os.path.dirname(path)), os.path.basename(path)
        if path.startswith(root + "/") or root == "/":
            below = path[len(root) :].lstrip("/")
            if best is None or len(below) < len(best[1]):
                best = (os.path.basename(root), below)
    return best


def _table_name(location: str) -> str | None:
    _, _, fragment = location.partition("#")
    for pair in fragment.split("&"):
        if pair.startswith(_TABLE_KEY):
            return "db:" + unquote(pair[len(_TABLE_KEY) :])
    return None


def _is_attachment(finding: FindingSummary, base: str) -> bool:
    """A finding inside an attachment of a mail: its location names a part with a file name."""
    location = finding.location or ""
    if not location.startswith(base + "#"):
        return False
    pairs = location[len(base) + 1 :].split("&")
    return bool(pairs) and pairs[0].startswith("part=") and any(p.startswith("name=") for p in pairs[1:])


def scanned_asset(
    asset: Asset, findings: Sequence[FindingSummary], roots: Sequence[str]
) -> ScannedAsset | None:
    """The asset as the rules see it; None for what is not a file or table of its own."""
    if asset.kind in _NOT_ASSETS or asset.state != "ok":
        return None
    path = _path_of(asset.location)
    relative: str | None = None
    if path is not None:
        placed = _relative(path, roots)
        root_name, relative = placed if placed is not None else ("", path.lstrip("/"))
        name = f"{root_name}/{relative}" if root_name else relative
    else:
        name = _table_name(asset.location) or asset.location
    base = asset.location.split("#", 1)[0]
    exposure = asset.exposure
    readers = exposure.get("readers") or []
    return ScannedAsset(
        location=asset.location,
        name=name,
        relative=relative,
        kind=asset.kind,
        personal=asset.appi_class in APPI_CLASSES,
        people=asset.people_estimate or 0,
        jnsa_yen=asset.jnsa_yen or 0,
        mtime_ns=asset.mtime_ns,
        flags=tuple(str(f) for f in exposure.get("flags", [])),
        readers=tuple(r for r in readers if isinstance(r, dict)),
        report_triggers=asset.report_triggers,
        my_numbers=sum(f.count for f in findings if f.type == "MY_NUMBER"),
        attachment_previews=tuple(f.preview for f in findings if _is_attachment(f, base)),
        preview=findings[0].preview if findings else "",
    )


def scanned_assets(ledger: Ledger, scan_id: int) -> list[ScannedAsset]:
    """Every file and table of scan `scan_id`, in the ledger's order."""
    scan = ledger.scans.get(scan_id)
    by_asset = ledger.scans.findings_of_scan(scan_id)
    out = []
    for asset in ledger.scans.assets(scan_id):
        seen = scanned_asset(asset, by_asset.get(asset.id, []), scan.roots)
        if seen is not None:
            out.append(seen)
    return out


def _texts(value: object) -> tuple[str, ...]:
    """Measures as a facts file writes them: a text or a list of texts; blanks are no measure."""
    items = value if isinstance(value, list) else [value]
    return tuple(str(v).strip() for v in items if v is not None and str(v).strip())


def _people(facts: dict[str, object]) -> int:
    """`people` of a facts file: a whole number or `{min, max}` (the larger is what may be exposed)."""
    people = facts.get("people")
    if isinstance(people, dict):
        people = people.get("max", people.get("min"))
    return people if isinstance(people, int) and not isinstance(people, bool) else 0


def incident_record(name: str, facts: dict[str, object]) -> IncidentRecord:
    """Read leniently from the facts as a mapping: a facts file that fails full validation still
    says whether it records prevention."""
    return IncidentRecord(
        name=name,
        title=str(facts.get("title") or ""),
        prevention_done=_texts(facts.get("prevention_done")),
        prevention_planned=_texts(facts.get("prevention_planned")),
        people=_people(facts),
    )


class IncidentFileError(ValueError):
    """An incident facts file that cannot be read as a mapping (message in Japanese)."""


def incident_from_file(path: Path) -> IncidentRecord:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise IncidentFileError(f"{path}: 事案ファイルを読めません（{str(exc).splitlines()[0]}）") from None
    if not isinstance(data, dict):
        raise IncidentFileError(f"{path}: 事案ファイルの最上位は「キー: 値」の形で書いてください")
    return incident_record(f"incident:{path.name}", {str(k): v for k, v in data.items()})


def incidents_from_files(paths: Iterable[Path]) -> list[IncidentRecord]:
    """Facts files, and every .yaml/.yml/.json inside a folder given."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in (".yaml", ".yml", ".json"))
        else:
            files.append(path)
    return [incident_from_file(p) for p in files]


def incidents_from_ledger(incidents: Iterable[Incident]) -> list[IncidentRecord]:
    return [incident_record(f"incident:#{i.id} {i.title}", i.facts) for i in incidents]
