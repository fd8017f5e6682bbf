"""The vault: an encrypted table from placeholder tokens back to original values, for `mamori unmask`.

Encrypted with Fernet (AES-128-CBC + HMAC-SHA256, from `cryptography`) under a key derived from a
passphrase with scrypt; the file is written atomically with mode 0600. My Number is never put in it:
the My Number Act (番号法) limits its use, so a reversible copy is not kept.
"""

from __future__ import annotations

import base64
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from mamori.detect import EntityType
from mamori.mask.atomic import write_private
from mamori.mask.engine import Edit
from mamori.mask.operators import Target
from mamori.privacy.keys import canonical

MAGIC = b"MAMORI-VAULT-1\n"
_SALT_BYTES = 16
TOKEN = re.compile(r"<([^<>\s]+)_(\d+)>")


class VaultError(Exception):
    """The vault cannot be opened or written; the message is for the user, in Japanese."""


def _fernet(passphrase: str, salt: bytes) -> Fernet:
    key = Scrypt(salt=salt, length=32, n=2**14, r=8, p=1).derive(passphrase.encode("utf-8"))
    return Fernet(base64.urlsafe_b64encode(key))


@dataclass(slots=True)
class Vault:
    path: Path
    passphrase: str
    salt: bytes
    # label → original values; a value's token number is its index + 1
    entries: dict[str, list[str]] = field(default_factory=dict)
    _index: dict[tuple[str, str], int] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path, passphrase: str, *, create: bool) -> Vault:
        if not path.exists():
            if not create:
                raise VaultError(f"対応表 {path} がありません")
            return cls(path, passphrase, os.urandom(_SALT_BYTES))
        data = path.read_bytes()
        if not data.startswith(MAGIC):
            raise VaultError(f"{path} は mamori の対応表ではありません")
        salt = data[len(MAGIC) : len(MAGIC) + _SALT_BYTES]
        try:
            plain = _fernet(passphrase, salt).decrypt(data[len(MAGIC) + _SALT_BYTES :])
        except InvalidToken:
            raise VaultError(
                f"対応表 {path} を開けません: パスフレーズが違うか、ファイルが壊れています"
            ) from None
        vault = cls(path, passphrase, salt, json.loads(plain))
        for label, values in vault.entries.items():
            for i, value in enumerate(values):
                vault._index[(label, canonical(value))] = i + 1
        return vault

    def number(self, target: Target) -> int:
        slot = (target.label, canonical(target.value))
        if slot not in self._index:
            values = self.entries.setdefault(target.label, [])
            values.append(target.value)
            self._index[slot] = len(values)
        return self._index[slot]

    def lookup(self, label: str, number: int) -> str | None:
        values = self.entries.get(label, [])
        return values[number - 1] if 1 <= number <= len(values) else None

    def save(self) -> None:
        plain = json.dumps(self.entries, ensure_ascii=False).encode("utf-8")
        write_private(self.path, MAGIC + self.salt + _fernet(self.passphrase, self.salt).encrypt(plain))


@dataclass(slots=True)
class Unmasker:
    """A transformer (see `formats.Transformer`) that puts vault values back in place of their tokens."""

    vault: Vault
    restored: int = 0

    def plan(self, text: str, column: str | None = None) -> list[Edit]:
        edits = []
        for match in TOKEN.finditer(text):
            value = self.vault.lookup(match.group(1), int(match.group(2)))
            if value is not None:
                edits.append(Edit(match.start(), match.end(), value))
                self.restored += 1
        return edits

    def whole(self, value: str, kind: EntityType) -> str:
        edits = self.plan(value)
        return (
            edits[0].text if len(edits) == 1 and edits[0].start == 0 and edits[0].end == len(value) else value
        )
