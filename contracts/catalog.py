"""The product's operation catalog: the GHL operations ghl-mock promises (marked in the coverage report).

``catalog.tsv`` beside this module is our own list (seed name, method, path, spec file, operationId),
vendored from the design catalog so the project never reads ``../shared`` at run time. Regenerate it
with ``python -m mock_server.contracts.catalog ../shared/design/seed-operations.tsv``.
"""

from __future__ import annotations

import csv
import importlib.resources
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

COLUMNS = ("seed_name", "method", "path", "spec_file", "operationId")


@dataclass(frozen=True)
class CatalogItem:
    seed_name: str
    method: str
    path: str
    spec_file: str
    operation_id: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.spec_file, self.method, self.path)


@lru_cache(maxsize=1)
def items() -> tuple[CatalogItem, ...]:
    text = importlib.resources.files(__package__).joinpath("catalog.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return tuple(CatalogItem(r["seed_name"], r["method"], r["path"], r["spec_file"], r["operationId"]) for r in rows)


def names_by_key() -> dict[tuple[str, str, str], list[str]]:
    """Catalog names of each operation (one operation can serve several catalog items)."""
    names: dict[tuple[str, str, str], list[str]] = {}
    for item in items():
        names.setdefault(item.key, []).append(item.seed_name)
    return names


def vendor(seed_tsv: Path, out: Path) -> int:
    with open(seed_tsv, encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source, delimiter="\t"))
    with open(out, "w", encoding="utf-8", newline="") as target:
        writer = csv.writer(target, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([row[c] for c in COLUMNS])
    return len(rows)


if __name__ == "__main__":
    count = vendor(Path(sys.argv[1]), Path(__file__).with_name("catalog.tsv"))
    print(f"wrote {count} catalog items")
