"""Text → findings. Knows nothing of files, databases or law."""

from mamori.detect.engine import Detector, detect, detect_stream
from mamori.detect.finding import Finding
from mamori.detect.recognizer import Recognizer, Segment
from mamori.detect.types import JAPANESE_NAMES, EntityType

__all__ = [
    "JAPANESE_NAMES",
    "Detector",
    "EntityType",
    "Finding",
    "Recognizer",
    "Segment",
    "detect",
    "detect_stream",
]
