"""An incident's facts, its triage under the APPI (using `law` and `risk`), and the documents drafted from it.

Public API: `load_facts(path) -> IncidentFacts`, `facts_from_dict(data) -> IncidentFacts`,
`facts_to_dict(facts) -> dict` (its inverse, for storing facts),
`triage(facts) -> Assessment` (deadlines are inside it; `Assessment.to_dict()` is the JSON contract).
"""

from mamori.incident.assessment import Assessment, Exemption, FinalReport, IndividualNotice, PreliminaryReport
from mamori.incident.dump import facts_to_dict
from mamori.incident.errors import FactsError
from mamori.incident.facts import IncidentFacts
from mamori.incident.load import facts_from_dict, load_facts
from mamori.incident.triage import triage

__all__ = [
    "Assessment",
    "Exemption",
    "FactsError",
    "FinalReport",
    "IncidentFacts",
    "IndividualNotice",
    "PreliminaryReport",
    "facts_from_dict",
    "facts_to_dict",
    "load_facts",
    "triage",
]
