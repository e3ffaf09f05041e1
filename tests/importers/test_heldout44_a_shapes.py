"""Readings found on batch 44/a's misses (an academicpages site whose publications page sets each title as a
heading over one venue line and icon links, an AcadHomepage site whose author lines run on into the venue):
synthetic pages, own words, names invented."""
from __future__ import annotations

from .sitefiles import academicpages_home, imported_site


_TITLED_PAGE = """---
title: "Publications"
permalink: /publication2/
---

***
### Tidal Bores in Narrow Estuaries
arXiv preprint (2025).

<a class = "social-icon" href="https://arxiv.org/abs/2501.00001" target = "_blank">
<img height="20" width="20" src="images/pdf-outline-line.svg" />
</a>

<div style="margin-top: 10px;">
    <div style="display: none;">
        <strong>Abstract:</strong> We follow bores up three rivers and count the sand each one moves.
    </div>
</div>

***
### Sand Ripples Under Slow Currents in Shallow Bays
Poster at the Coast Workshop 2024.

***
### Mapping Salt Marsh Channels From Drone Images
Published in Journal of Tides (with Ada Roe, Ben Moss, and Cy Dunn, 2023).

<a class = "social-icon" href="https://github.com/ivo/marsh" target = "_blank">
<img height="20" width="20" src="images/code-brackets.svg" /></a>
<a class = "social-icon" href="https://tides.example.org/articles/marsh" target = "_blank">
    <img height="20" width="20" src="images/clip-paperclip.svg" />
</a>
"""


def test_title_headings_over_a_venue_line_each_are_a_paper(tmp_path):
    """A publications page that sets each paper's title as a heading, with a single dated line under it naming
    where it appeared (no author line: the owner's own list), then icon links and a hidden abstract: each heading
    and what follows it up to the next is one paper, titled by the heading. Before, the headings were read as
    sections and the venue lines as papers of their own (or not at all)."""
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": _TITLED_PAGE})
    pubs = {x.title: x for x in p.publications}
    assert sorted(pubs) == ["Mapping Salt Marsh Channels From Drone Images", "Sand Ripples Under Slow Currents in "
                            "Shallow Bays", "Tidal Bores in Narrow Estuaries"]
    assert pubs["Tidal Bores in Narrow Estuaries"].year == 2025
    assert pubs["Sand Ripples Under Slow Currents in Shallow Bays"].year == 2024
    assert [a.name for a in pubs["Tidal Bores in Narrow Estuaries"].authors] == ["Ivo Lema"]


def test_a_link_drawn_as_a_small_icon_named_for_its_kind_is_the_papers(tmp_path):
    """Links drawn as an icon alone (``<a class="social-icon"><img width="20" src="pdf-outline-line.svg"></a>``),
    the icon's file named for what the link is (a PDF, code, a paperclip for the publisher's page): the paper's
    links. Before, a picture with no alt text gave the link no label, and the link was lost."""
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": _TITLED_PAGE})
    pubs = {x.title: x for x in p.publications}
    assert pubs["Tidal Bores in Narrow Estuaries"].links == {"pdf": "https://arxiv.org/abs/2501.00001"}
    marsh = pubs["Mapping Salt Marsh Channels From Drone Images"]
    assert marsh.links.get("code") == "https://github.com/ivo/marsh"
    assert "https://tides.example.org/articles/marsh" in marsh.links.values()


def test_the_year_closing_a_with_phrase_is_the_papers(tmp_path):
    """"Published in *Journal* (with A, B, and C, 2023).": the coauthors, then the paper's year in the same
    bracket. Before, the year went with the phrase: the paper had none."""
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": _TITLED_PAGE})
    marsh = next(x for x in p.publications if x.title.startswith("Mapping"))
    assert [a.name for a in marsh.authors] == ["Ivo Lema", "Ada Roe", "Ben Moss", "Cy Dunn"]
    assert marsh.year == 2023


def test_a_home_page_titled_with_the_configured_name_in_full_names_the_owner(tmp_path):
    """An academicpages home page whose title (shown over the bio) writes the owner's name with a second family
    name the configuration leaves out ("Ivo Lema Sol" beside "name: Ivo Lema"): the name in full is the owner's,
    the short one another name of theirs, and the papers that name no authors are the full name's. Before, the
    configured short name was the owner's only name."""
    files = academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n")
    files["_pages/about.md"] = files["_pages/about.md"].replace("permalink: /\n", 'permalink: /\ntitle: "Ivo Lema Sol"\n')
    p = imported_site(tmp_path, {**files, "_pages/publications_2.md": _TITLED_PAGE})
    assert p.person.name == "Ivo Lema Sol"
    assert "Ivo Lema" in p.person.alternate_names
    tides = next(x for x in p.publications if x.title.startswith("Tidal"))
    assert [a.name for a in tides.authors] == ["Ivo Lema Sol"]
    other = files["_pages/about.md"].replace("Ivo Lema Sol", "About Me")
    p = imported_site(tmp_path / "other", {**files, "_pages/about.md": other})
    assert p.person.name == "Ivo Lema"


def _box(badge: str, body: str) -> str:
    return (f"<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">{badge}</div>"
            f"<img src='images/a.png' alt=\"sym\" width=\"100%\"></div></div>\n"
            f"<div class='paper-box-text' markdown=\"1\">\n\n{body}\n</div>\n</div>\n\n")


def test_an_author_line_of_full_names_run_on_into_the_venue_ends_at_the_venue(tmp_path):
    """AcadHomepage's paper box whose author line goes on into the venue after a comma, with no "and" before the
    last name ("**Mara Quill**, Bo Lint, Cy Dorn, **Journal of Slow Rivers**, 2022"): the names up to the piece of
    venue words are the authors. Before, a list of full names ended only where "and" closed it, so the line was
    no author line and the paper had the owner alone."""
    body = "# Publications\n\n## Journal papers\n" + _box("RIV 2022", (
        "**Braided Channels Seen From Orbit With Cheap Cameras** [[PDF]](https://arxiv.org/pdf/2201.00001.pdf)\n"
        "  \n**Mara Quill**, Bo Lint, Cy Dorn, **Journal of Slow Rivers**, 2022\n\n- A system that maps channels.")) \
        + _box("RIV 2021", (
            "**Sediment Clocks: Timing Deltas With Rocks** [[PDF]](https://arxiv.org/pdf/2101.00001.pdf)\n  \n"
            "Bo Lint, **Mara Quill**, Cy Dorn, **Transactions on Slow Rivers**, 2021\n\n- A way to time deltas."))
    p = imported_site(tmp_path, {"_config.yml": "title: Site\nauthor:\n  name: Mara Quill\n",
                                 "_pages/about.md": "---\npermalink: /\ntitle: \"\"\n---\n\nMara Quill is a PhD "
                                                    "student at Riverbend University.\n\n" + body})
    pubs = {x.title: x for x in p.publications}
    assert [a.name for a in pubs["Braided Channels Seen From Orbit With Cheap Cameras"].authors] == [
        "Mara Quill", "Bo Lint", "Cy Dorn"]
    assert [a.name for a in pubs["Sediment Clocks: Timing Deltas With Rocks"].authors] == [
        "Bo Lint", "Mara Quill", "Cy Dorn"]


def test_a_paper_box_badged_in_lower_case_with_no_year_is_a_paper(tmp_path):
    """A preprint's paper box whose badge is a server's name in lower case ("arxiv"), its title, an author line
    broken over two lines and a description, no year anywhere: a paper, its venue the badge. Before, the badge's
    lower-case word right before the title read as a sentence leading into a link (prose, no paper), and the box
    was dropped."""
    body = "# Publications\n\n## Preprints\n\n" + _box("arxiv", (
        "**Tide Legs: Walking Robots on Wet Sand With Many Sensors** [[PDF]](https://arxiv.org/pdf/2503.00001)\n\n"
        "**Mara Quill**, Bo Lint, Cy Dorn, Ed Fenn,\nGus Hale, Ida Moss, Jon Park\n\n"
        "- A walking robot that fuses what the sensors on each of its legs measure with a filter."))
    p = imported_site(tmp_path, {"_config.yml": "title: Site\nauthor:\n  name: Mara Quill\n",
                                 "_pages/about.md": "---\npermalink: /\ntitle: \"\"\n---\n\nMara Quill is a PhD "
                                                    "student at Riverbend University.\n\n" + body})
    [pub] = p.publications
    assert pub.title == "Tide Legs: Walking Robots on Wet Sand With Many Sensors"
    assert pub.venue == "arxiv" and pub.year is None
    assert [a.name for a in pub.authors][:2] == ["Mara Quill", "Bo Lint"] and len(pub.authors) == 7


def test_corresponding_author_said_in_brackets_after_a_name_is_its_mark(tmp_path):
    """"Bo Lint, Cy Dorn, **Mara Quill** (Corresponding author), **Bulletin of Small Stones**, 2021 (in Chinese)":
    the bracketed role after the owner's name marks them as the corresponding author, and the names end before
    the venue. Before, the bracket stood between the names and the venue: the venue was read as one more author
    and a remark further on as the venue."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Site\nauthor:\n  name: Mara Quill\n",
        "_pages/about.md": ("---\npermalink: /\ntitle: \"\"\n---\n\nMara Quill is a PhD student at Riverbend "
                            "University.\n\n# Publications\n\n- **Counting Pebbles on Shared Bicycles**, Bo Lint, Ed "
                            "Fenn, Cy Dorn, **Mara Quill** (Corresponding author), **Bulletin of Small Stones**, 2021 "
                            "(in Chinese)(Ed Fenn was an undergraduate I supervised.) "
                            "[[PDF]](https://example.org/pebbles.pdf)\n\n- **Sand Clocks**, Bo Lint, **Mara Quill**, "
                            "**Bulletin of Small Stones**, 2020\n")})
    pub = next(x for x in p.publications if x.title == "Counting Pebbles on Shared Bicycles")
    assert [(a.name, a.marks) for a in pub.authors] == [("Bo Lint", []), ("Ed Fenn", []), ("Cy Dorn", []),
                                                        ("Mara Quill", ["corresponding"])]
    assert pub.venue == "Bulletin of Small Stones" and pub.year == 2021


_BRACKETED_PAGE = """---
title: "Publications"
permalink: /publication2/
---

***
### Can Boats Count Rivers Better Than Satellites?
Working paper (Ada Roe, Ben Moss, and Cy Dunn, 2024).

***
### Un estudio de las mareas en la costa del sur
As Research Assistant. Coast Office, 2020.
"""


def test_a_bracket_of_names_closing_the_venue_line_names_the_coauthors(tmp_path):
    """"Working paper (A, B, and C, 2024).": the names in the bracket are the coauthors of the owner, who is
    implied ("with" left unsaid), and the venue is what comes before the bracket. Before, the names stayed in
    the venue and the owner was the paper's only author."""
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": _BRACKETED_PAGE})
    boats = next(x for x in p.publications if x.title.startswith("Can Boats"))
    assert [a.name for a in boats.authors] == ["Ivo Lema", "Ada Roe", "Ben Moss", "Cy Dunn"]
    assert (boats.venue, boats.year) == ("Working paper", 2024)


def test_the_owners_role_opening_the_venue_line_is_no_author(tmp_path):
    """"As Research Assistant. Coast Office, 2020." under a title heading: the owner's role on the work, no
    author's name ("As" is no word of a name); the paper is the owner's alone. Before, "As Research Assistant"
    read as one person's name and was the paper's author."""
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": _BRACKETED_PAGE})
    report = next(x for x in p.publications if x.title.startswith("Un estudio"))
    assert [a.name for a in report.authors] == ["Ivo Lema"]
    assert "Coast Office" in (report.venue or "") and report.year == 2020


def _academic_site(contact_active: str = "false") -> dict[str, str]:
    """A Hugo Academic site of Ada Lind: the author page, the configuration's params (the theme's sample contact
    address left in), the home page's contact widget (switched on or off) and one paper."""
    return {
        "config/_default/config.toml": 'baseurl = "https://adalind.example.org/"\ntitle = "Ada Lind"\n',
        "config/_default/params.toml": ('email = "sample@example.org"\nphone = "000 000 00 00"\n'
                                        'address = {street = "1 Sample Way", city = "Sampletown"}\n'),
        "content/home/contact.md": ('+++\nwidget = "contact"\nheadless = true\nactive = ' + contact_active
                                    + '\nweight = 130\ntitle = "Contact"\n+++\n'),
        "content/authors/admin/_index.md": (
            "---\nname: Ada Lind\nauthors:\n- admin\nsuperuser: true\nrole: Assistant Professor\norganizations:\n"
            "- name: Department of Tides\n  url: https://tides.example.edu/\n- name: University of Northfield,\n"
            "  url: https://northfield.example.edu/\n- name: East Campus\n  url: https://northfield.example.edu/\n"
            "---\n\nAda Lind studies how tides move sand.\n"),
        "content/publication/lind-2019/index.md": (
            '---\ntitle: "Sand Ripples Under Slow Currents"\ndate: 2019-06-01\n'
            'authors: ["Bo Roe*", "admin*", "Cy Kim"]\npublication_types: ["2"]\npublication: "*Coast Letters*"\n'
            "links:\n  - name: PDF\n    url: 'https://coast.example.org/articles/12'\n"
            "  - name: PREPRINT\n    url: 'https://preprints.example.org/12v1'\n"
            "  - name: DATA\n    url: 'https://data.example.org/ripples'\n"
            "  - name: SUMMARY\n    url: 'https://coast.example.org/articles/12#summary'\n---\n")}


def test_the_contact_details_of_a_switched_off_contact_widget_are_no_ones(tmp_path):
    """A Hugo Academic site whose home page switches its contact widget off (``active = false``) while the
    configuration's params keep the theme's sample email and address: those are shown nowhere, so they are not the
    owner's. Before, the sample address was read as the owner's email."""
    p = imported_site(tmp_path / "off", _academic_site("false"))
    assert p.person.email is None and p.person.location is None
    p = imported_site(tmp_path / "on", _academic_site("true"))
    assert p.person.email == "sample@example.org"


def test_an_organization_whose_name_ends_in_a_comma_goes_on_in_the_next(tmp_path):
    """``organizations: [University of Northfield,] [East Campus]``: the comma says the name goes on in the next
    entry, one organization "University of Northfield, East Campus". Before, they were two affiliations."""
    p = imported_site(tmp_path, _academic_site())
    assert [a.name for a in p.person.affiliations] == ["Department of Tides", "University of Northfield, East Campus"]


def test_stars_written_after_the_names_of_a_hugo_paper_are_marks(tmp_path):
    """``authors: ["Bo Roe*", "admin*", "Cy Kim"]``: the stars on the first two names mark equal contribution (the
    names without them). Before, the stars were dropped with no mark."""
    p = imported_site(tmp_path, _academic_site())
    [pub] = p.publications
    assert [(a.name, a.marks) for a in pub.authors] == [("Bo Roe", ["equal_contribution"]),
                                                        ("Ada Lind", ["equal_contribution"]), ("Cy Kim", [])]


def test_a_third_link_of_no_kind_of_a_hugo_paper_is_kept(tmp_path):
    """A Hugo paper's link buttons "PREPRINT", "DATA" and "SUMMARY" after its PDF: each is kept, the first of no
    kind of its own in the "other" slot, the next in the slot its label names. Before, a link of no kind after
    "other" was taken was lost."""
    p = imported_site(tmp_path, _academic_site())
    [pub] = p.publications
    assert "https://coast.example.org/articles/12#summary" in pub.links.values()
    assert "https://preprints.example.org/12v1" in pub.links.values()


def test_a_venue_line_saying_published_in_names_the_venue_whatever_its_words(tmp_path):
    """"Published in Nature Sand Dynamics (with A and B, 2023)." under a title heading: what follows "Published in"
    is the venue, though its words could read as a person's name. Before, the line was read as a name and dropped:
    the paper had no venue."""
    page = _TITLED_PAGE.replace("Published in Journal of Tides", "Published in Nature Sand Dynamics")
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": page})
    marsh = next(x for x in p.publications if x.title.startswith("Mapping"))
    assert marsh.venue == "Nature Sand Dynamics"
    assert [a.name for a in marsh.authors] == ["Ivo Lema", "Ada Roe", "Ben Moss", "Cy Dunn"]
