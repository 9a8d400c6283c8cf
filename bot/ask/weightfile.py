"""The trained heads' and the emergency net's weight files: named numpy arrays in one `.npz`.

One place for how they are stored: read without pickles (a weight file is data, never code),
every float array kept as float32 (half the size; the heads compute in float64 or cast back).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["read", "write"]


def read(path: Path) -> dict[str, np.ndarray] | None:
    """Every array in `path` by name, or None when there is no such file."""
    if not path.is_file():
        return None
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        return {name: data[name] for name in data.files}


def write(path: Path, **arrays: np.ndarray) -> None:
    """Store `arrays` by name in `path` (compressed; float arrays as float32)."""
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    stored = {
        name: a.astype(np.float32) if np.issubdtype(a.dtype, np.floating) else a
        for name, a in arrays.items()
    }
    np.savez_compressed(path, **stored)  # type: ignore[arg-type]
