"""The corpus generators `make bench` runs, with the types each one is scored on."""

from __future__ import annotations

from benchmarks.corpus import identifiers, language

FORMAT_TYPES = (
    "POSTAL_CODE",
    "PHONE",
    "EMAIL",
    "MY_NUMBER",
    "CORPORATE_NUMBER",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
    "PASSPORT",
    "DRIVERS_LICENSE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "RESIDENCE_CARD",
    "IP_ADDRESS",
)
LANGUAGE_TYPES = ("PERSON", "ADDRESS", "DATE_OF_BIRTH", "SENSITIVE")

# name, generator module, types scored on it
GENERATORS = [
    ("identifiers", identifiers, FORMAT_TYPES),
    ("language", language, LANGUAGE_TYPES),
]

# Tuning may look at TUNE_SEED documents; targets are reported on HELD_BACK_SEED documents only.
TUNE_SEED = 1
HELD_BACK_SEED = 20261123
