"""mamori (守り): protect personal information held by Japanese organisations under the APPI."""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mamori.detect import Finding, detect, detect_stream
    from mamori.mask import mask

__all__ = ["Finding", "__version__", "detect", "detect_stream", "mask"]
__version__ = "0.1.0"

# The public names load their packages on first use, so `mamori --help` and tools importing one
# submodule do not pay for the detectors (PEP 562).
_HOMES = {"Finding": "mamori.detect", "detect_stream": "mamori.detect"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'mamori' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def _function_of(package: str) -> property:
    """`mamori.detect` and `mamori.mask` are functions although subpackages share their names: importing
    a subpackage sets the attribute to the module, which this setter ignores (the module stays in
    `sys.modules`), so the public function is what `mamori.detect` and `from mamori import mask` give."""

    def get(module: ModuleType) -> Any:
        return getattr(import_module(f"mamori.{package}"), package)

    def ignore(module: ModuleType, value: object) -> None:
        pass

    return property(get, ignore)


class _Package(ModuleType):
    detect = _function_of("detect")
    mask = _function_of("mask")


sys.modules[__name__].__class__ = _Package
