"""Profile files: YAML loading with file:line problems, folders, atomic writes, no silent overwrite."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import LoadError, ProfileError, UsageError
from kg.model import Person, Profile, Source
from kg.profiles import dump_profile, load_profile, load_profiles, parse_profile, save_profile

from .conftest import BAD, GOOD


def test_every_problem_is_reported_with_its_yaml_line():
    with pytest.raises(ProfileError) as exc:
        load_profile(BAD / "broken-publication.yaml")
    problems = [(p.line, p.field) for p in exc.value.problems]
    assert problems == [(7, "publications[1].year"), (10, "publications[1].authors[0].marks[0]")]
    assert str(exc.value).splitlines()[0].startswith(f"{BAD / 'broken-publication.yaml'}:7: publications[1].year: ")


def test_unknown_key_points_at_its_line(tmp_path):
    p = tmp_path / "x.yaml"
    p.write_text("person:\n  name: A\n  job: typo\n")
    with pytest.raises(ProfileError) as exc:
        load_profile(p)
    assert str(exc.value) == f"{p}:3: person.job: unknown field"


def test_broken_yaml_is_a_load_error_with_a_line(tmp_path):
    p = tmp_path / "x.yaml"
    p.write_text("person:\n  name: [unclosed\n")
    with pytest.raises(LoadError) as exc:
        load_profile(p)
    assert exc.value.path == str(p) and exc.value.line is not None
    assert "not valid YAML" in str(exc.value)


def test_not_a_mapping(tmp_path):
    p = tmp_path / "x.yaml"
    p.write_text("- just\n- a list\n")
    with pytest.raises(ProfileError, match="a profile must be a YAML mapping"):
        load_profile(p)


def test_missing_file_and_folder():
    with pytest.raises(LoadError, match="no such file"):
        load_profiles([Path("does/not/exist")])


def test_folder_loads_sorted_and_keeps_line_map():
    loaded = load_profiles([GOOD])
    assert [lp.path.name for lp in loaded] == ["ada-lovelace.yaml", "charles-babbage.yaml"]
    ada = loaded[0]
    assert ada.line_of(("publications", 0)) == 26
    assert ada.line_of(("publications", 0, "authors", 1, "name")) == 34


def test_dump_round_trips():
    lp = load_profile(GOOD / "ada-lovelace.yaml")
    again = parse_profile(dump_profile(lp.profile), Path("x.yaml")).profile
    assert again == lp.profile


def _profile(file: str) -> Profile:
    return Profile(person=Person(name="Ada Lovelace"),
                   source=Source(file=file, format="markdown", checksum="sha256:" + "0" * 64))


def test_save_never_overwrites_silently(tmp_path):
    path, msg = save_profile(_profile("a.md"), tmp_path)
    assert path == tmp_path / "ada-lovelace.yaml" and msg == f"wrote {path}"
    with pytest.raises(UsageError, match="already holds a.md; use --force to replace it"):
        save_profile(_profile("a.md"), tmp_path)
    path2, msg2 = save_profile(_profile("a.md"), tmp_path, force=True)
    assert path2 == path and msg2 == f"replaced {path} (--force)"
    path3, msg3 = save_profile(_profile("b.txt"), tmp_path)
    assert path3 == tmp_path / "ada-lovelace-2.yaml" and "beside ada-lovelace.yaml" in msg3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ada-lovelace-2.yaml", "ada-lovelace.yaml"]


def test_two_worker_processes_load_what_one_loads(tmp_path):
    import shutil

    from kg.profiles import load_profiles

    from .conftest import GOOD

    for i in range(3):
        for f in GOOD.glob("*.yaml"):
            shutil.copy(f, tmp_path / f"{i}-{f.name}")
    one, two = load_profiles([tmp_path], workers=1), load_profiles([tmp_path], workers=2)
    assert [(x.path, x.profile, x.lines) for x in one] == [(x.path, x.profile, x.lines) for x in two]
    (tmp_path / "2-zz-broken.yaml").write_text("person: [unclosed\n", encoding="utf-8")
    errors = []
    for workers in (1, 2):
        with pytest.raises(LoadError) as exc:
            load_profiles([tmp_path], workers=workers)
        errors.append((type(exc.value), str(exc.value)))
    assert errors[0] == errors[1] and "2-zz-broken.yaml:" in errors[0][1]


def test_a_loaded_profile_read_back_from_its_pickle_reads_its_line_map_only_when_a_line_is_asked():
    """The build cache pickles every loaded profile; its line map (an entry per field path) is pickled apart and
    read back when a line is first asked for: a rebuild whose validation finds nothing never asks."""
    import pickle

    for lp in load_profiles([Path(__file__).resolve().parent.parent / "data"]):
        back = pickle.loads(pickle.dumps(lp, protocol=pickle.HIGHEST_PROTOCOL))
        assert "lines" not in back.__dict__ and back.profile == lp.profile and back.path == lp.path
        again = pickle.loads(pickle.dumps(back, protocol=pickle.HIGHEST_PROTOCOL))
        assert "lines" not in back.__dict__  # pickled again unread: not read to be pickled
        assert back.line_of(("publications", 0, "authors", 1)) == lp.line_of(("publications", 0, "authors", 1))
        assert "lines" in back.__dict__ and back.lines == lp.lines
        assert again == lp and again.lines == lp.lines
    with pytest.raises(AttributeError):
        back.no_such_attribute
