"""README's table of areas is generated from the areas' declarations: adding an area edits no README row."""

from __future__ import annotations

from pathlib import Path

from mock_server.apis import REGISTERED
from mock_server.control.readme import AREAS_END, AREAS_START, areas_table, rewrite
from mock_server.control.seeds import README_END, README_START
from mock_server.platform.area import Area
from mock_server.platform.areas import Areas
from mock_server.platform.operations import Api

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_lists_every_area():
    text = README.read_text(encoding="utf-8")
    block = text[text.index(AREAS_START):text.index(AREAS_END) + len(AREAS_END)]
    assert block == areas_table(REGISTERED), \
        "README.md's table of areas is stale: run `python -m mock_server.control.readme README.md`"


def test_an_area_is_a_row_of_what_it_serves_and_its_files_and_its_tags_without_serves():
    described = Area("gadgets", serves="Gadgets: records", apis=(Api("gadgets.json", tag="Gadgets"),
                                                                  Api("v3/gadgets-v3.json", tag="Gadgets")))
    tagged = Area("widgets", apis=(Api("widgets.json", tag="Widgets"),))
    rows = areas_table(Areas((described, tagged))).splitlines()[3:-1]
    assert rows == ["| Gadgets: records | gadgets.json, v3/gadgets-v3.json |", "| Widgets | widgets.json |"]


def test_rewrite_replaces_both_blocks_and_keeps_the_rest(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"intro\n{AREAS_START}\nold\n{AREAS_END}\nmiddle\n{README_START}\nold\n{README_END}\nend\n",
                      encoding="utf-8")
    gadgets = Areas((Area("gadgets", serves="Gadgets", apis=(Api("gadgets.json", tag="Gadgets"),)),))
    assert rewrite(readme, gadgets) is True
    text = readme.read_text(encoding="utf-8")
    assert "| Gadgets | gadgets.json |" in text and "old" not in text
    assert text.startswith("intro\n") and "\nmiddle\n" in text and text.endswith(f"{README_END}\nend\n")
    assert rewrite(readme, gadgets) is False
