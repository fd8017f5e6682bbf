"""Whether the hot path runs compiled: `make native` builds some modules into C extension modules
(mypyc) beside their sources, and Python then imports those instead."""

from __future__ import annotations

import importlib
import sys
from importlib.machinery import EXTENSION_SUFFIXES

_SUFFIXES = tuple(EXTENSION_SUFFIXES)


def is_compiled(module_name: str) -> bool:
    """Whether `module_name` is (imported as) an extension module."""
    module = importlib.import_module(module_name)
    return str(getattr(module, "__file__", "")).endswith(_SUFFIXES)


def compiled_modules() -> list[str]:
    """The mamori modules imported so far that are extension modules."""
    return sorted(
        name
        for name, module in list(sys.modules.items())
        if name.startswith("mamori.") and str(getattr(module, "__file__", "")).endswith(_SUFFIXES)
    )
