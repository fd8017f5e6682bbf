"""`python -m mamori.schemas [FOLDER]`: write the JSON Schemas (default `schemas/`); `--check` only says
whether the files there are current (exit 1 when not), for CI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mamori.schemas import rendered, write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mamori.schemas", description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=Path("schemas"))
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    folder: Path = args.folder
    if args.check:
        stale = [
            name
            for name, text in rendered().items()
            if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
        ]
        for name in stale:
            print(f"{folder / name} is not what the models generate: run `make schemas`", file=sys.stderr)
        return 1 if stale else 0
    for path in write(folder):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
