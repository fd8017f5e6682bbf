"""The recognizers the default pipeline runs, in one list."""

from __future__ import annotations

from mamori.detect.addresses import AddressRecognizer
from mamori.detect.birthdates import BirthDateRecognizer
from mamori.detect.health_marks import HealthMarkRecognizer
from mamori.detect.internet import EmailRecognizer, IPv6Recognizer
from mamori.detect.names import NameRecognizer
from mamori.detect.numbers import NumberRecognizer
from mamori.detect.recognizer import Recognizer
from mamori.detect.sensitive import SensitiveRecognizer
from mamori.detect.speakers import SpeakerRecognizer
from mamori.detect.spoken_numbers import SpokenNumberRecognizer


def default_recognizers() -> list[Recognizer]:
    return [
        NumberRecognizer(),
        SpokenNumberRecognizer(),
        HealthMarkRecognizer(),
        EmailRecognizer(),
        IPv6Recognizer(),
        NameRecognizer(),
        SpeakerRecognizer(),
        AddressRecognizer(),
        BirthDateRecognizer(),
        SensitiveRecognizer(),
    ]
