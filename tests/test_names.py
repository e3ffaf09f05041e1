"""kg.names: the name and identifier helpers the build shares with the importers, in one place."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_importers_read_names_with_the_helpers_of_kg_names():
    # one definition: the importers' module hands on kg.names' functions (and their memos), no copy of them
    from kg import graph, identity, names
    from kg.importers import common

    for helper in ("fold", "has_cjk", "identifier_url", "name_key", "same_name", "arxiv_id", "name_parts"):
        assert getattr(common, helper) is getattr(names, helper)
    assert identity.same_name is names.same_name and graph.name_parts is names.name_parts
    assert common.HONORIFIC is names.HONORIFIC and common.IDENTIFIER_URLS is names.IDENTIFIER_URLS


def test_a_build_imports_no_importer(tmp_path):
    # `kg build` reads profiles, not pages: the importers' package (kg.importers.common compiles some 300 regular
    # expressions as it is imported, about 0.4 CPU s) is not imported by a build, cold or with its cache
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from kg.cli import main\n"
            f"for _ in range(2):\n"
            f"    sys.argv = ['kg', 'build', {str(ROOT / 'data')!r}, '--out', {str(tmp_path / 'build')!r}]\n"
            f"    try:\n"
            f"        main()\n"
            f"    except SystemExit as e:\n"
            f"        assert not e.code, e.code\n"
            f"print(sorted(m for m in sys.modules if m.startswith('kg.importers')))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "build" / "graph.ttl").exists()


def test_pr_with_its_stop_is_a_professors_title():
    # "supervised by Pr. A and Pr. B": the French (and Belgian, Moroccan) professor's title, read off as "Prof." is
    from kg.importers.common import without_honorifics
    from kg.importers.page.person import advisors_in

    assert without_honorifics("Pr. Lise Marchand") == "Lise Marchand"
    assert advisors_in("During my PhD I was supervised by Pr. Lise Marchand and Pr. Paul Aubert, in Brest.") == [
        "Lise Marchand", "Paul Aubert"]
    assert without_honorifics("Pradeep Rao") == "Pradeep Rao"


def test_same_name_parses_no_name_whose_family_name_the_other_lacks(monkeypatch):
    # the site assembler asks same_name of every piece of an unparsed line against the owner's names: a piece
    # that holds no word of the owner's family name is answered without parsing it (nameparser, ~0.2 ms a name);
    # the name keys and joined syllables are asked first, so their answers stand
    from kg import names

    parsed = []
    real = names.name_parts
    monkeypatch.setattr(names, "name_parts", lambda n: parsed.append(n) or real(n))
    assert names.same_name("Oswin Q. Brightwater and the Delta Survey", "Ilse Marrow") is False
    assert parsed == ["Ilse Marrow"]
    assert names.same_name("Yeong Hyeon Kim", "Kim YeongHyeon") is True  # (joined syllables, family order aside)
    assert names.same_name("I. Marrow", "Ilse Marrow") is True and names.same_name("Marrow, I.", "Ilse Marrow")
    assert names.same_name("I. Marlow", "Ilse Marrow") is False
    assert names.family_absent("Tomas Pell", "Ilse Marrow") and not names.family_absent("I. Marrow", "Ilse Marrow")


def test_a_name_in_cjk_script_is_one_with_and_without_its_space():
    # Japanese and Chinese pages write the owner "岩波 翔也" in one place and "岩波翔也" in a list of papers: one
    # person (before, the list's papers were read as other people's works); a different name stays different,
    # and a Latin name whose words run together is not joined by this rule
    from kg import names
    from kg.importers.page.memo import same_name as memo_same_name

    for same in (names.same_name, memo_same_name):
        assert same("岩波翔也", "岩波 翔也") and same("岩波 翔也", "岩波翔也") and same("王云鹤", "王\u3000云鹤")
        assert not same("岩波翔", "岩波 翔也") and not same("岩波翔也", "岩見 翔也")
    assert not names.same_name("Anbang Yao", "AnbangYao Li")


def test_vancouver_initials_whose_last_stop_the_list_took_are_still_initials():
    # smoke126: "Lind K., Tamm J.D. Title": the author list's closing stop taken off with the last name's, "Tamm
    # J.D" was parsed as given name "Tamm", family "J.D", and no paper of the owner "Jana D. Tamm" was theirs
    from kg.names import name_parts, same_name

    assert name_parts("Tamm J.D") == name_parts("Tamm J.D.") == ("J D", "Tamm")
    assert same_name("Tamm J.D", "Jana D. Tamm")
    assert not same_name("Tamm J.K", "Jana D. Tamm")
