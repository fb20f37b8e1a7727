"""README.md's generated blocks, each between its markers: the table of areas (each area's ``serves`` with its
official files) and the table of seed endpoints (``seeds.readme_table``). Adding an area edits neither by hand:

    python -m mock_server.control.readme README.md

rewrites both (tests/control/test_readme.py and test_seeds.py say when they are stale).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mock_server.control import seeds
from mock_server.platform.area import Area
from mock_server.platform.areas import Areas

AREAS_START = "<!-- areas: generated from the areas' declarations (Area.serves, mock_server/control/readme.py) -->"
AREAS_END = "<!-- end of areas -->"


def areas_table(areas: Areas) -> str:
    """README's table of areas, in the registry's order, between its markers."""
    rows = [f"| {_serves(area)} | {_files(area)} |" for area in areas.areas]
    return "\n".join([AREAS_START, "| area | official files |", "|---|---|", *rows, AREAS_END])


def _serves(area: Area) -> str:
    return area.serves or "; ".join(dict.fromkeys(api.tag for api in area.apis)) or area.name


def _files(area: Area) -> str:
    return ", ".join(dict.fromkeys(api.spec_file for api in area.apis)) or "(the mock's own)"


BLOCKS = ((AREAS_START, AREAS_END, areas_table), (seeds.README_START, seeds.README_END, seeds.readme_table))


def rewrite(path: Path, areas: Areas) -> bool:
    """Put the current blocks into the README at ``path``; True when it changed."""
    text = updated = path.read_text(encoding="utf-8")
    for start, end, render in BLOCKS:
        block = re.compile(re.escape(start) + ".*?" + re.escape(end), re.S)
        if not block.search(updated):
            raise ValueError(f"{path} has no block between {start!r} and {end!r}")
        updated = block.sub(lambda _, render=render: render(areas), updated)
    if updated != text:
        path.write_text(updated, encoding="utf-8")
    return updated != text


if __name__ == "__main__":
    from mock_server.apis import REGISTERED

    changed = rewrite(Path(sys.argv[1] if len(sys.argv) > 1 else "README.md"), REGISTERED)
    print("README updated" if changed else "README already current")
