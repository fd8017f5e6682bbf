"""Files behind a URL of Spark's file system layer (`hdfs://`, `s3a://`, `abfss://`, `file://`).

Only the Spark engine can read them: its driver lists them through the Hadoop `FileSystem` API and its
executors read their bytes through the same layer (`spark_engine`, `spark_tasks`). This module is what
the scan and the command line need to know of them, without pyspark.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from mamori.sources.location import encoded_path

REMOTE_SCHEMES = ("hdfs://", "s3a://", "abfss://", "file://")
NEEDS_SPARK = (
    "hdfs://・s3a://・abfss://・file:// の URL は Spark のファイルシステム経由で読むため、"
    "--engine spark を指定してください"
)


def is_remote_url(target: str) -> bool:
    return target.lower().startswith(REMOTE_SCHEMES)


@dataclass(frozen=True)
class RemoteFile:
    """A listed file: `url` as Hadoop spells it (what executors are given to read), `location` the URL
    the user gave with the file's path under it (what the ledger shows, before screening)."""

    url: str
    location: str
    size: int
    mtime_ns: int


# Lists every file under a URL (recursively), or raises `OSError` with a Japanese message.
RemoteLister = Callable[[str], Iterator[RemoteFile]]


def remote_location(root: str, relative: str) -> str:
    """The ledger's location of a file `relative` (a decoded, `/`-separated path) under the URL `root`,
    its names encoded as a local file's location is (`#`, `%`, `?` and spaces)."""
    if not relative:
        return root
    return root.rstrip("/") + "/" + encoded_path(relative)
