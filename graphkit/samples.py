"""Where the bundled sample articles live (used by ``graphkit up``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def samples_dir() -> Path:
    """The folder of sample articles shipped inside the package."""
    return Path(str(resources.files("graphkit.data").joinpath("samples")))
