"""The recognizers the default pipeline runs, in one list."""

from __future__ import annotations

from mamori.detect.internet import EmailRecognizer, IPv6Recognizer
from mamori.detect.names import NameRecognizer
from mamori.detect.numbers import NumberRecognizer
from mamori.detect.recognizer import Recognizer


def default_recognizers() -> list[Recognizer]:
    return [NumberRecognizer(), EmailRecognizer(), IPv6Recognizer(), NameRecognizer()]
