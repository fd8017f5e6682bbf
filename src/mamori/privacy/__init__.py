"""What mamori may keep about a value instead of the value: masked previews and keyed hashes."""

from mamori.privacy.keys import installation_key, keyed_hash
from mamori.privacy.preview import masked_preview

__all__ = ["installation_key", "keyed_hash", "masked_preview"]
