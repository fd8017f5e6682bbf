"""The package's public names are the functions, whatever submodules were imported first."""

from __future__ import annotations

import subprocess
import sys


def test_detect_and_mask_are_callable_after_their_subpackages_are_imported() -> None:
    code = (
        "import mamori.mask.formats, mamori.detect.engine, mamori\n"
        "from mamori import Finding, detect_stream, mask\n"
        "assert mamori.detect('090-1234-5678')[0].type == 'PHONE'\n"
        "assert '090-1234-5678' not in mamori.mask('電話 090-1234-5678') == mask('電話 090-1234-5678')\n"
        "assert callable(detect_stream) and Finding.__name__ == 'Finding'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_a_submodule_imported_under_its_own_name_is_the_module() -> None:
    code = (
        "import mamori.detect.columns as columns, mamori.mask.formats as formats, mamori\n"
        "assert columns.column_meaning('氏名') is not None and formats.__name__ == 'mamori.mask.formats'\n"
        "assert mamori.detect('090-1234-5678')[0].type == 'PHONE'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_importing_the_package_does_not_load_the_detectors() -> None:
    code = "import sys, mamori\nprint('mamori.detect' in sys.modules, mamori.__version__)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split()[0] == "False"
