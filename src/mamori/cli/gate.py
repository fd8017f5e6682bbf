"""`mamori scan --fail-on`: which findings make a scan exit 1, so that CI and cron jobs can act on them.

A value is an entity type (`MY_NUMBER`), an APPI class (`要配慮個人情報`, or its English alias), which
matches that class and every graver one, a report trigger (`R7-4`), or `personal` (any personal data).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mamori.detect.types import EntityType
from mamori.law.triggers import TRIGGERS
from mamori.report.model import AssetView, ScanReport
from mamori.scan.assess import APPI_CLASSES

# English names for scripts: the classes in APPI_CLASSES order (gravest first).
_CLASS_ALIASES = {
    "specific-personal-information": APPI_CLASSES[0],
    "my-number-data": APPI_CLASSES[0],
    "sensitive": APPI_CLASSES[1],
    "sensitive-personal-information": APPI_CLASSES[1],
    "personal-data": APPI_CLASSES[2],
    "personal-information": APPI_CLASSES[3],
}
ANY_PERSONAL = "personal"

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_UNREACHABLE = 3


@dataclass(frozen=True)
class FailOn:
    types: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()
    triggers: frozenset[str] = frozenset()
    any_personal: bool = False

    @property
    def empty(self) -> bool:
        return not (self.types or self.classes or self.triggers or self.any_personal)


def parse_fail_on(values: Iterable[str]) -> FailOn:
    """Raises ValueError, with a message in Japanese, for a value that is none of the kinds above."""
    types: set[str] = set()
    classes: set[str] = set()
    triggers: set[str] = set()
    any_personal = False
    for value in (v.strip() for raw in values for v in raw.split(",")):
        if not value:
            continue
        if value.lower() == ANY_PERSONAL:
            any_personal = True
        elif value.upper() in EntityType.__members__:
            types.add(value.upper())
        elif value.upper() in TRIGGERS:
            triggers.add(value.upper())
        elif (named := _CLASS_ALIASES.get(value.lower(), value)) in APPI_CLASSES:
            classes.update(APPI_CLASSES[: APPI_CLASSES.index(named) + 1])
        else:
            raise ValueError(
                f"--fail-on の値「{value}」を解釈できません。種類（MY_NUMBER など）、区分（"
                f"{'・'.join(APPI_CLASSES)}）、報告の要件（R7-1〜R7-4）、または personal を指定してください"
            )
    return FailOn(frozenset(types), frozenset(classes), frozenset(triggers), any_personal)


def failing(report: ScanReport, gate: FailOn) -> list[AssetView]:
    """The assets of this scan that meet the gate: what made it exit 1."""
    return [a for a in report.assets if a.state == "ok" and _meets(a, gate)]


def _meets(asset: AssetView, gate: FailOn) -> bool:
    if gate.any_personal and asset.personal:
        return True
    if asset.appi_class in gate.classes:
        return True
    if gate.triggers.intersection(asset.report_triggers):
        return True
    return any(asset.types.get(code, 0) > 0 for code in gate.types)
