"""mamori (守り): protect personal information held by Japanese organisations under the APPI."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mamori.detect import Finding, detect, detect_stream
    from mamori.mask import mask

__all__ = ["Finding", "__version__", "detect", "detect_stream", "mask"]
__version__ = "0.1.0"

# The public names load their packages on first use, so `mamori --help` and tools importing one
# submodule do not pay for the detectors (PEP 562).
_HOMES = {
    "Finding": "mamori.detect",
    "detect": "mamori.detect",
    "detect_stream": "mamori.detect",
    "mask": "mamori.mask",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'mamori' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
