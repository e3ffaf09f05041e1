"""Readings found on real sites without gold (smoke runs, batch 26): a profile README whose greeting names its
owner by the given name alone, and the other general misreadings below.  Synthetic pages, own words."""
from __future__ import annotations

from pathlib import Path

from kg.importers import import_path

from .sitefiles import write_site


def test_greeting_heading_gives_the_given_name_and_the_addresses_the_family_name(tmp_path: Path):
    d = write_site(tmp_path / "readme", {"README.md": (
        "### Hey there, I'm Marisol! 👋\n\n"
        "I build tools for reading old maps with computers.\n\n"
        "- Site: [marisolquintana.net](https://marisolquintana.net)\n"
        "- Code: [github](https://github.com/marisol-quintana)\n")})
    p = import_path(d).profile.person
    assert p.name == "Marisol Quintana"


def test_greeting_heading_without_a_fuller_name_is_the_given_name(tmp_path: Path):
    d = write_site(tmp_path / "readme", {"README.md": (
        "### Hi, I'm Tobiah 👋\n\nI write compilers and teach them at night school.\n\n"
        "- Blog: [notes](https://tobiah-blog.example.org)\n")})
    p = import_path(d).profile.person
    assert p.name == "Tobiah"
