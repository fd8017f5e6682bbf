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


class _CallablePackage(ModuleType):
    """A subpackage that is also the function it is named after: `mamori.detect(text)` calls
    `mamori.detect.detect`, and `import mamori.detect.columns as columns` still finds the submodule."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(self, self.__name__.rsplit(".", 1)[1])(*args, **kwargs)


def _function_of(package: str) -> property:
    """`mamori.detect` and `mamori.mask` are called as functions although they are subpackages: the
    attribute is the subpackage made callable. Importing a submodule sets the attribute to the plain
    module, which this setter ignores (the module is the same object, made callable on first access)."""

    def get(module: ModuleType) -> Any:
        sub = import_module(f"mamori.{package}")
        if type(sub) is ModuleType:
            sub.__class__ = _CallablePackage
        return sub

    def ignore(module: ModuleType, value: object) -> None:
        pass

    return property(get, ignore)


class _Package(ModuleType):
    detect = _function_of("detect")
    mask = _function_of("mask")


sys.modules[__name__].__class__ = _Package
