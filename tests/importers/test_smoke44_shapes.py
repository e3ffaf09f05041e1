"""Shapes of real homepages that the smoke set of stop 44 misread, as small synthetic sites in our own words."""

from __future__ import annotations

from .sitefiles import imported_site

_README = (
    "## Hello, I'm Tomasz\n\n"
    "[Scholar](https://scholar.google.com/citations?user=AbCdEfGhIjKL) · tkbrzek@soils.example.org\n\n"
    "I study soil fungi at the University of Leeds.\n\n"
    "### Some papers\n\n"
    "1. **Fungal threads in moorland peat.** T. Brzek et al. Soil Letters (2024). "
    "[doi:10.5555/peat1](https://doi.org/10.5555/peat1)\n"
    "2. **Nitrogen in dry summers.** R. K. Olsen et al. Field Ecology (2023). "
    "[doi:10.5555/dry2](https://doi.org/10.5555/dry2)\n"
    "3. **Roots that share their sugar.** L. Ambrose, et al. Plant Notes (2022).\n")


def test_one_name_and_et_al_after_a_bold_title_are_its_authors_not_its_venue(tmp_path):
    """'**Title.** R. K. Olsen et al. Venue (2023).': the sentence that is one name and "et al." closes the
    authors, as ", et al." closing a list of names does. Before, the stop after "et al." was read as an
    abbreviation's, the names went into the venue ("R. K. Olsen et al. Field Ecology") and the owner was taken
    for the lone author."""
    p = imported_site(tmp_path, {"README.md": _README})
    got = sorted((x.title, x.year, x.venue, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("Fungal threads in moorland peat", 2024, "Soil Letters", ["T. Brzek"]),
                   ("Nitrogen in dry summers", 2023, "Field Ecology", ["R. K. Olsen"]),
                   ("Roots that share their sugar", 2022, "Plant Notes", ["L. Ambrose"])]


def test_a_given_name_greeting_takes_the_family_name_the_mail_address_and_a_paper_agree_on(tmp_path):
    """'Hello, I'm Tomasz' with 'tkbrzek@...' and 'T. Brzek et al.' in the papers: the address writes the given
    name's initial and a family name the page writes after that initial, so the owner is Tomasz Brzek (and the
    author of the first paper). Before, the owner was 'Tomasz' alone and no author was the owner."""
    p = imported_site(tmp_path, {"README.md": _README})
    assert p.person.name == "Tomasz Brzek"
    first = next(x for x in p.publications if x.year == 2024)
    assert [a.is_self for a in first.authors] == [True]
    # the greeting that named the owner is read, no line left unplaced
    assert not [u.text for u in p.unparsed if "Hello" in u.text]


def test_no_family_name_from_an_address_that_no_author_of_the_page_matches(tmp_path):
    """The address alone ('tkbrzek@...') without a name on the page that writes the family name after the
    initial: the given name stays alone (no family name guessed from where an address's letters split)."""
    readme = _README.replace("T. Brzek et al.", "M. Quill et al.")
    p = imported_site(tmp_path, {"README.md": readme})
    assert p.person.name == "Tomasz"


def _paper_box(badge: str, title: str, names: str) -> str:
    return (f"<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">{badge}</div></div></div>\n"
            f"<div class='paper-box-text' markdown=\"1\">\n\n**{title}**\n\n{names}\n\n</div>\n</div>\n\n")


def test_a_class_marking_the_owners_name_opening_the_list_is_no_end_of_the_names(tmp_path):
    """'<span class="author-me">**Mira Soto**</span> \\*, Lena Ortiz \\*, Paul Grey': an element whose class names an
    author opens the line and more names follow it after a comma. Before, the element was taken for the names'
    whole element and the names after it for the venue's words: the paper had the owner alone as author."""
    about = ("---\npermalink: /\n---\n\n# Publications\n\n"
             + _paper_box("ICML 2024", "Counting Birds From Space",
                          '<span class="author-me">**Mira Soto**</span> \\*, Lena Ortiz \\*, Paul Grey')
             + _paper_box("ICLR 2022", "Counting Trees From Space",
                          '<span class="author-me">**Mira Soto**</span>, Lena Ortiz and Paul Grey'))
    p = imported_site(tmp_path, {"_config.yml": "title: Mira Soto\nauthor:\n  name: Mira Soto\n",
                                 "_pages/about.md": about})
    got = sorted((x.title, x.year, x.venue, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("Counting Birds From Space", 2024, "ICML", ["Mira Soto", "Lena Ortiz", "Paul Grey"]),
                   ("Counting Trees From Space", 2022, "ICLR", ["Mira Soto", "Lena Ortiz", "Paul Grey"])]
    birds = next(x for x in p.publications if x.year == 2024)
    assert [(a.is_self, a.marks) for a in birds.authors] == [(True, ["equal_contribution"]),
                                                              (False, ["equal_contribution"]), (False, [])]


def _member(slug: str, name: str, role: str, group: str, orgs: str = "") -> tuple[str, str]:
    return (f"content/authors/{slug}/_index.md",
            f"---\ntitle: {name}\nrole: {role}\nuser_groups:\n  - {group}\n{orgs}---\n\n{name} works on rivers.\n")


_GROUP_HOME = (
    "---\ntitle:\ntype: landing\nsections:\n  - block: markdown\n    content:\n      title: River Data Project\n"
    "      text: We build open tools for river gauges.\n"
    "  - block: people\n    content:\n      user_groups:\n        - Principal Investigators\n        - Researchers\n"
    "  - block: collection\n    content:\n      title: News\n      count: 3\n      page_type: post\n"
    "      filters:\n        author: ''\n    design:\n      view: compact\n---\n")


def _group_site() -> dict[str, str]:
    return dict([
        ("config/_default/hugo.yaml", "title: RIVDAT\nbaseURL: https://rivdat.example.org/\n"),
        ("config/_default/params.yaml", "marketing:\n  seo:\n    site_type: Organization\n"
                                        "    org_name: 'RIVDAT - River Data Project'\n"),
        ("content/_index.md", _GROUP_HOME),
        _member("ana-lind", "Ana Lind", "Professor at Delta Water Institute (DWI)", "Principal Investigators",
                "organizations:\n- name: DWI\n  url: https://dwi.example.org\n"),
        _member("bo-kers", "Bo Kers", "Professor and Department Head, DWI", "Principal Investigators",
                "organizations:\n- name: Fenwick University\n- name: DWI\n"),
        _member("cy-moss", "Cy Moss", "PhD Student", "Researchers"),
        _member("di-rowe", "Di Rowe", "Senior Researcher", "Researchers"),
        ("content/post/gauges/index.md", "---\ntitle: Two papers on gauges accepted\ndate: 2024-05-02\n"
                                         "draft: false\n---\n\nBoth papers will be shown in June.\n"),
        ("content/post/demo/index.md", "---\ntitle: A theme's demo post\ndate: 2020-01-01\ndraft: true\n---\n\n"
                                       "Lorem ipsum.\n"),
        ("content/publication/moss-2024/index.md", "---\ntitle: Cheap river gauges\ndate: 2024-03-01\nauthors:\n"
                                                   "  - Cy Moss\n  - Bo Kers\npublication: '*Water Notes*'\n"
                                                   "publication_types: ['2']\n---\n"),
    ])


def test_a_group_site_that_two_leaders_lead_is_the_groups_own(tmp_path):
    """A Hugo Blox group site with no superuser or admin page, whose member pages file two people under
    "Principal Investigators" (one of them a "Department Head" elsewhere): the site is the group's, named as its
    configuration names the organization, and no author of its papers is its owner. Before, the one whose role
    said "Head" was taken for the owner."""
    p = imported_site(tmp_path, _group_site())
    assert (p.person.name, p.person.alternate_names) == ("RIVDAT - River Data Project", ["RIVDAT"])
    assert p.person.email is None
    # the organization both leaders' pages list, written out as a leader's role writes it
    assert [(a.name, a.url) for a in p.person.affiliations] == [
        ("Delta Water Institute (DWI)", "https://dwi.example.org")]
    (pub,) = p.publications
    assert [(a.name, a.is_self) for a in pub.authors] == [("Cy Moss", False), ("Bo Kers", False)]


def test_a_group_site_with_one_leader_is_still_that_leaders(tmp_path):
    """The same site with one member filed under "Principal Investigators": that member heads it and owns it."""
    files = _group_site()
    files.update([_member("ana-lind", "Ana Lind", "Professor at Delta Water Institute (DWI)", "Researchers")])
    p = imported_site(tmp_path, files)
    assert p.person.name == "Bo Kers"


def test_a_senior_researcher_is_no_student(tmp_path):
    """'role: Senior Researcher' in a group whose name says researchers: a member of the group's staff, no
    student (before, the group's name made every researcher a student)."""
    p = imported_site(tmp_path, _group_site())
    assert [s.name for s in p.students] == ["Cy Moss"]


def test_the_posts_a_news_block_lists_are_the_news(tmp_path):
    """The home page's collection block titled News lists the posts (``page_type: post``): each post is a news
    item, a draft none. Before, the posts were skipped as a blog's."""
    p = imported_site(tmp_path, _group_site())
    assert [(n.date, n.text) for n in p.news] == [
        ("2024-05-02", "Two papers on gauges accepted: Both papers will be shown in June.")]


def test_the_owners_name_with_a_second_family_name_after_it_is_the_owner(tmp_path):
    """A Hugo site titled 'Lina Sabet' whose papers write 'Lina Sabet Karimi': the whole name the page gives and a
    second family name after it (the way "E. Tirado-Bueno" adds one with a hyphen) is the owner. Before, the
    family names differed ('Sabet', 'Karimi') and no author was the owner."""
    p = imported_site(tmp_path, {
        "config/_default/config.yaml": "title: Lina Sabet\nbaseURL: https://lsabet.example.org/\n",
        "content/authors/admin/_index.md": "---\ntitle: Lina Sabet\nsuperuser: true\n---\n\nLina builds sensors.\n",
        "content/publication/grip/index.md": ("---\ntitle: Grip force from cheap sensors\ndate: 2021-09-02\nauthors:\n"
                                              "  - Omid Rahimi\n  - Lina Sabet Karimi\n"
                                              "publication: Sensor Letters\npublication_types: ['2']\n---\n")})
    (pub,) = p.publications
    assert [(a.name, a.is_self) for a in pub.authors] == [("Omid Rahimi", False), ("Lina Sabet Karimi", True)]


def test_names_whose_line_closes_with_a_comma_go_on_on_the_next_line(tmp_path):
    """'<a>Ola Berg</a>, <a>Tae Kwon</a>, <a>Ivo Tamm</a>, <br> <a>Rui Sato</a>, <strong>Ana Veldt</strong> <br>
    <em>CVPR</em>, 2021': an author list a <br> breaks after a comma. Before, the names after the break were lost
    (the first line was the authors, the second read as no field) and the owner was no author."""
    entry = ('<tr><td><a href="https://x.example.org/p1"><span class="papertitle">Light Fields From One Blurry '
             'Photo</span></a><br>\n<a href="https://a.example.org/">Ola Berg</a>,\n'
             '<a href="https://d.example.org/">Tae Kwon</a>,\n'
             '<a href="https://b.example.org/">Ivo Tamm</a>, <br>\n<a href="https://c.example.org/">Rui Sato</a>,\n'
             '<strong>Ana Veldt</strong>\n<br>\n<em>CVPR</em>, 2021\n<br>\n'
             '<a href="https://arxiv.org/abs/2101.00001">arXiv</a>\n<p>We recover light fields from a blur.</p>'
             '</td></tr>\n')
    page = ("<html><body><h1>Ana Veldt</h1><p>I work on cameras at Norrland University.</p>\n<h2>Research</h2>\n"
            "<table>\n" + entry + entry.replace("Light Fields From One Blurry Photo", "Depth From Two Shaky Photos")
            .replace("2101.00001", "2102.00002").replace("2021", "2020") + "</table></body></html>\n")
    p = imported_site(tmp_path, {"index.html": page})
    got = sorted((x.title, x.year, x.venue, [a.name for a in x.authors]) for x in p.publications)
    names = ["Ola Berg", "Tae Kwon", "Ivo Tamm", "Rui Sato", "Ana Veldt"]
    assert got == [("Depth From Two Shaky Photos", 2020, "CVPR", names),
                   ("Light Fields From One Blurry Photo", 2021, "CVPR", names)]


def test_the_degree_under_way_names_the_position_at_the_place_a_sentence_names(tmp_path):
    """'At present, I am working with Professor Ola Berg at Norrland University.' and, under Education,
    '- *2025.08 - Current*, CS PhD Student, Norrland University.': the sentence names the place and no position,
    the degree under way says what the owner is there. Before, the place without a role stopped the degree from
    giving the position (job title none)."""
    about = ("---\npermalink: /\n---\n\nHi, I am Mira Soto.\n=====\n\n"
             "At present, I am working with Professor [Ola Berg](https://oberg.example.org/) at Norrland University. "
             "Before that, I was a visiting student at Fjord College, where I worked with Professor "
             "[Rui Sato](https://rsato.example.org/).\n\n"
             "# Educations\n- *2025.08 - Current*, CS PhD Student, Norrland University.\n"
             "- *2021.09 - 2025.06*, BEng., Fjord Institute of Technology.\n")
    p = imported_site(tmp_path, {"_config.yml": "title: Mira Soto\nauthor:\n  name: Mira Soto\n",
                                 "_pages/about.md": about})
    assert p.person.job_title == "PhD Student"
    assert [(a.name, a.role) for a in p.person.affiliations] == [("Norrland University", "PhD Student")]


def test_a_link_to_the_top_of_the_page_closing_the_signature_is_no_work(tmp_path):
    """'<p>Owner<br>Email: ...<br>Date: 30 May 2024<br><a href="#top">Return to top of page</a></p>' at the foot of
    an old page: the owner's name, a date and a link to a place on the page itself. Before, the link's words were
    taken for a work's title (the owner its author, 'Date' its venue, 2024 its year)."""
    page = ('<html><body><a name="top"></a><h1>Aldo Brant</h1>\n<p>I write statistical software for medical '
            'research at Fenwick College.</p>\n<p><a href="papers.htm">My papers</a></p>\n<hr>\n<p>\nAldo B. Brant\n'
            '<br>\nEmail: <a href="mailto:a.brant@fenwick.example.org">a.brant@fenwick.example.org</a>\n<br>\n'
            'Date: 12 March 2023\n<br>\n<a href="#top">Return to top of page</a>\n</p>\n</body></html>\n')
    p = imported_site(tmp_path, {"index.html": page})
    assert p.publications == []
    assert p.person.email == "a.brant@fenwick.example.org"


def test_a_hugo_link_key_typed_inside_a_links_entry_is_that_link(tmp_path):
    """'links: [{name: Link, url: <abstract page>, url_pdf: <pdf>}]': the pdf key of Hugo's own links written inside
    the entry of the links list. Before, only the entry's url was read and the PDF was lost."""
    p = imported_site(tmp_path, {
        "config/_default/config.yaml": "title: Lina Sabet\nbaseURL: https://lsabet.example.org/\n",
        "content/authors/admin/_index.md": "---\ntitle: Lina Sabet\nsuperuser: true\n---\n\nLina builds sensors.\n",
        "content/publication/grip/index.md": ("---\ntitle: Grip force from cheap sensors\ndate: 2021-09-02\nauthors:\n"
                                              "  - Omid Rahimi\n  - admin\nlinks:\n - name: Link\n"
                                              "   url: https://arxiv.org/abs/2109.01234\n"
                                              "   url_pdf: https://arxiv.org/pdf/2109.01234.pdf\n"
                                              "publication: Sensor Letters\npublication_types: ['2']\n---\n")})
    (pub,) = p.publications
    assert pub.links["pdf"] == "https://arxiv.org/pdf/2109.01234.pdf"
    assert "https://arxiv.org/abs/2109.01234" in pub.links.values()
