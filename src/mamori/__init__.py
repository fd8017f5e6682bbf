"""mamori (守り): protect personal information held by Japanese organisations under the APPI."""

from mamori.detect import Finding, detect, detect_stream
from mamori.mask import mask

__all__ = ["Finding", "__version__", "detect", "detect_stream", "mask"]
__version__ = "0.1.0"
