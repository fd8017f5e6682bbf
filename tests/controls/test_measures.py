from mamori.controls.evidence import RULES
from mamori.controls.measures import measure_for_rule, measures


def test_every_measure_cites_its_guideline_section() -> None:
    for m in measures():
        assert m.citation.startswith("通則編 10-"), m.id
        assert m.text and m.small and m.evidence, m.id


def test_the_checklist_covers_sections_10_1_to_10_7() -> None:
    sections = {m.section.split()[0] for m in measures()}
    assert sections == {f"10-{n}" for n in range(1, 8)}
    assert len({m.id for m in measures()}) == len(measures())


def test_every_evidence_rule_contradicts_one_measure() -> None:
    for rule in RULES:
        assert measure_for_rule(rule).citation.startswith("通則編 10-")
