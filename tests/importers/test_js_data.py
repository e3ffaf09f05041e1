"""JavaScript and TypeScript data modules (:mod:`kg.importers.site.js_data`) and the sites that keep their records
in them: a SvelteKit site with one object per work under ``src/lib/data/publications/<kind>/*.ts``, its awards,
degrees and appointments one object a file beside them (``records-sveltekit``). Before the module reader the site
exited 2 ("no recognizable site"): a regular expression read array literals only, no object a module exports."""

from __future__ import annotations

import json
from pathlib import Path

from kg.importers import import_path
from kg.importers.base import SourceDoc
from kg.importers.site.js_data import js_record, js_records, read_module, rendered_markup
from kg.importers.site.record_files import file_records

SITES = Path(__file__).resolve().parent.parent / "fixtures" / "sites"


def test_a_module_s_literals_as_plain_values_with_their_lines():
    text = (
        "import type { Paper } from '$lib/types';\n"
        "// a note\n"
        "const journal = 'Shore Letters';\n"
        "export const paper: Paper = {\n"
        "  title:\n"
        "    'It\\u2019s \\'tidal\\'',  /* a comment */\n"
        '  subtitle: "a \\"quoted\\" word",\n'
        "  note: `two\n"
        "lines`,\n"
        "  venue: `${journal} 4`,\n"
        "  computed: fetchIt(),\n"
        "  year: 2_021, ratio: -0.5, open: true, doi: null,\n"
        "  authors: ['Ana Ruiz', ...['Li Wei']],\n"
        "  extra: { tags: ['a', \"b\"] },\n"
        "} satisfies Paper;\n"
        "export default paper;\n"
        "export const list = [paper, { title: 'B' } as const] as const;\n"
    )
    module = read_module(text)
    assert [b.name for b in module.bindings] == ["journal", "paper", "default", "list"]
    paper = module.bindings[1].value
    assert paper == {"title": "It\u2019s 'tidal'", "subtitle": 'a "quoted" word', "note": "two\nlines",
                     "venue": "Shore Letters 4", "year": 2021, "ratio": -0.5, "open": True, "doi": None,
                     "authors": ["Ana Ruiz", "Li Wei"], "extra": {"tags": ["a", "b"]}}
    assert module.bindings[2].value is paper  # (the name refers to the module's own object)
    assert module.spans_of(paper)["title"] == (5, 6) and module.spans_of(paper)["note"] == (8, 9)
    assert js_record(module)[0]["title"] == "It\u2019s 'tidal'"
    # the object is one record, however many names refer to it
    assert [d["title"] for d, _s, _k in js_records(module)] == ["It\u2019s 'tidal'", "B"]


def test_records_of_a_module_s_lists_and_of_a_cv_object():
    text = ("export default {\n  cv: {\n    education: [{ degree: 'PhD', institution: 'Lakeside U' }],\n"
            "    papers: [{ year: 2020, papers: [{ title: 'A', authors: 'B' }] }],\n  },\n};\n")
    records = js_records(read_module(text), nested=True)
    assert [(k, d) for d, _s, k in records] == [
        (("default", "cv", "education"), {"degree": "PhD", "institution": "Lakeside U"}),
        (("default", "cv", "papers"), {"year": 2020, "papers": [{"title": "A", "authors": "B"}]}),
        (("default", "cv", "papers", "papers"), {"title": "A", "authors": "B", "year": 2020})]


def test_a_module_s_list_of_talks_is_no_list_of_works():
    text = "export const recentTalks = [{ title: 'A', authors: 'B C', venue: 'D' }, { title: 'E', authors: 'F' }];\n"
    assert file_records(SourceDoc(path=Path("x.ts"), text=text, display="x.ts"), ".ts") == []


def test_a_sveltekit_site_with_one_object_per_work():
    result = import_path(SITES / "records-sveltekit")
    profile = result.profile
    assert profile.person.name == "Oriane Vasquez-Holt"
    pubs = {p.title: p for p in profile.publications}
    # the templates (an id saying so, authors that are placeholders) are no works; works of every kind's folder
    # are, however few a folder holds
    assert sorted(pubs) == ["Dune grasses as sediment traps", "Levee breaches in the lower valley, 1950-2015",
                            "Moving Coastlines: A Field Guide",
                            "Salt, silt and 'slow' water: sediment budgets of a tidal marsh",
                            "Where rivers stall: delta lobes after dams"]
    marsh = pubs["Salt, silt and 'slow' water: sediment budgets of a tidal marsh"]
    assert (marsh.year, marsh.venue, marsh.doi) == (2021, "Estuarine Letters", "10.5555/el.2021.12")
    assert [a.name for a in marsh.authors] == ["Oriane Vasquez-Holt", "Piet D'Aubigny"]
    assert (marsh.file, marsh.line) == ("src/lib/data/publications/articles/tidal-marsh-2021.ts", 6)
    # the works citing it and the book's reviews are other people's: no works, and their links are not its own
    assert not any("marsh-edges" in u or "cr.2023" in u for p in pubs.values() for u in p.links.values())
    assert "Review of Moving Coastlines" not in pubs
    # a chapter's editors are the book's, not its authors; its venue is the book, not the publisher
    dune = pubs["Dune grasses as sediment traps"]
    assert [a.name for a in dune.authors] == ["Oriane Vasquez-Holt", "Lars Fenwick"]
    assert dune.venue == "Handbook of Coastal Vegetation"
    assert pubs["Levee breaches in the lower valley, 1950-2015"].venue == "Valley Water Board Reports 7"
    # awards, degrees and the current appointment, one object a file, go where a data file's records go
    assert sorted((a.name, a.year) for a in profile.awards) == [
        ("Field Research Grant", 2016), ("Young Researcher Prize, Coastal Science Society", 2020)]
    assert sorted((e.degree, e.institution, e.year) for e in profile.person.education) == [
        ("M.Sc. in Earth Sciences", "Lakeside University", 2012),
        ("Ph.D. in Geography", "University of Northmere", 2017)]
    assert profile.person.job_title == "Senior Lecturer"
    assert [(a.name, a.current) for a in profile.person.affiliations] == [("University of Northmere", True)]
    # the modules' code (imports, declarations, brackets) is not reported as unread
    assert not any(u.text.startswith(("import ", "export ")) for u in profile.unparsed)


def test_jsx_in_a_module_is_read_as_the_html_it_renders():
    """A value written as JSX (a fragment, an HTML tag with constant attributes, a component's tag, a bare "&" in a
    text and in an address) is the HTML React renders; before, each was left out of its object, and a bare "&"
    lost the element around it."""
    text = (
        'const site = "https://tern.example.org";\n'
        "export const items = [\n"
        "  {\n"
        '    date: "March 2023",\n'
        "    note: (\n"
        "      <>\n"
        '        Spoke on gulls & terns at{" "}\n'
        '        <a href="https://birds.example.org/?a=1&b=2" target="_blank">\n'
        "          Shore Days\n"
        "        </a>\n"
        "        , <Link to={site}>our page</Link> {count} <br />\n"
        "        &amp; more\n"
        "      </>\n"
        "    ),\n"
        "  },\n"
        "];\n")
    module = read_module(text, tsx=True)
    assert [b.name for b in module.bindings] == ["site", "items"]
    assert module.bindings[1].value == [{
        "date": "March 2023",
        "note": 'Spoke on gulls & terns at <a href="https://birds.example.org/?a=1&amp;b=2" target="_blank">Shore '
                'Days</a>, our page  <br />&amp; more'}]
    assert module.spans_of(module.bindings[1].value[0]) == {"date": (4, 4), "note": (5, 14)}


def test_a_react_sites_news_module_gives_its_news(tmp_path):
    """A React site (package.json naming react) whose news is a TypeScript list of dated JSX texts that a component
    maps over: every item is news, its link kept; before, the JSX texts were left out and no news was read."""
    from .sitefiles import write_site

    write_site(tmp_path, {
        "package.json": '{"dependencies": {"react": "^19.0.0", "vite": "^6.0.0"}}',
        "index.html": "<html><head><title>Orla Brenn</title></head><body><div id='root'></div></body></html>",
        "src/data/publications.ts": (
            "export const pubs = [\n"
            "  { title: 'Salt marsh birds', authors: 'Brenn, O., & Ruiz, T.', journal: 'Marsh Letters', year: 2021 },\n"
            "  { title: 'Gulls at dusk', authors: 'Brenn, O.', journal: 'Coast Notes', year: 2020 },\n"
            "];\n"),
        "src/data/news.tsx": (
            "export type NewsItem = { date: string; content: ReactNode };\n"
            "export const newsItems: NewsItem[] = [\n"
            '  { date: "May 2024", content: <>Gave a talk on marsh & dune birds</> },\n'
            '  { date: "June 2023", content: (\n'
            '    <>\n      Joined the{" "}\n      <a href="https://coast.example.org">Coast Lab</a>\n    </>\n  ) },\n'
            "];\n"),
        "src/components/News.tsx": (
            'import { newsItems } from "../data/news";\n'
            "export default function News() {\n"
            "  return <ul>{newsItems.map((n) => <li>{n.date}: {n.content}</li>)}</ul>;\n}\n"),
    })
    news = import_path(tmp_path).profile.news
    assert [(n.date, n.text, n.links) for n in news] == [
        ("2024-05", "Gave a talk on marsh & dune birds", []),
        ("2023-06", "Joined the Coast Lab", ["https://coast.example.org"])]
    assert {n.file for n in news} == {"src/data/news.tsx"}


def test_a_react_sites_components_say_who_the_owner_is(tmp_path):
    """A React site whose bio is JSX in its components (no page of markdown or HTML, an empty index.html shell)
    and whose papers write the owner short ("Brenn, O."): the components' markup gives the name written out, the
    post, the degrees and the Scholar link; a link inside a JSX comment is no profile. Before, the owner was
    "O. Brenn" with no post, degree nor identifier."""
    from .sitefiles import write_site

    write_site(tmp_path, {
        "package.json": '{"dependencies": {"react": "^19.0.0", "vite": "^6.0.0"}}',
        "index.html": "<html><head><title>Lab site</title></head><body><div id='root'></div></body></html>",
        "src/data/publications.ts": (
            "export const pubs = [\n"
            "  { title: 'Salt marsh birds', authors: 'Brenn, O., & Ruiz, T.', journal: 'Marsh Letters', year: 2021 },\n"
            "  { title: 'Gulls at dusk', authors: 'Brenn, O.', journal: 'Coast Notes', year: 2020 },\n"
            "];\n"),
        "src/components/Links.tsx": (
            "export default function Links() {\n  return (\n    <div>\n"
            '      <a href="https://scholar.google.com/citations?user=QwErTyUiOpAs&hl=en">Google Scholar</a>{" "}\n'
            '      {/* <a href="https://twitter.com/orla_b">Twitter</a> */}\n'
            "    </div>\n  );\n}\n"),
        "src/pages/Bio.tsx": (
            'import Links from "../components/Links";\n'
            "export default function Bio() {\n  return (\n    <div style={{ padding: 4 }}>\n"
            "      <h1>Orla Brenn</h1>\n      <Links />\n      <p>\n"
            '        Orla Brenn is an associate professor in the{" "}\n'
            '        <a href="https://bio.northgate.example.edu">Department of Biology</a>{" "}\n'
            "        at Northgate University. She received a PhD in Ecology from Eastlake University.\n"
            "      </p>\n    </div>\n  );\n}\n"),
    })
    person = import_path(tmp_path).profile.person
    assert person.name == "Orla Brenn"
    assert person.job_title.lower() == "associate professor"
    assert "Northgate University" in [a.name for a in person.affiliations]
    assert person.identifiers == {"google_scholar": "QwErTyUiOpAs"}
    assert [e.institution for e in person.education] == ["Eastlake University"]


def test_a_name_a_function_declares_first_does_not_hide_the_modules_own():
    # a helper declares its own "pubs" above the module's: the default export's "pubs" is the module's
    text = ("function first() {\n  const pubs = [{ title: 'Scratch' }];\n  return pubs;\n}\n"
            "const pubs = [{ title: 'Tidal mixing', year: 2020 }];\nexport default { papers: pubs };\n")
    default = [b.value for b in read_module(text).bindings if b.name == "default"]
    assert default == [{"papers": [{"title": "Tidal mixing", "year": 2020}]}]


def test_literals_no_measured_page_writes_escapes_concatenation_computed_keys_spreads_hex():
    # JavaScript forms none of the measured sites' modules uses: "\x41" and a line continuation in a string, a
    # string joined with "+", a computed key, an object spread into the record, a hexadecimal number
    text = ("const extra = { venue: 'Tide Notes' };\nconst site = 'https://ex.org/';\nconst key = 'doi';\n"
            "export const pubs = [{\n  title: 'Gull \\x41tlas of the \\\nNorth',\n  url: site + 'gull.pdf',\n"
            "  [key]: '10.1/x',\n  ...extra,\n  year: 0x7E4,\n}];\n")
    pubs = [b.value for b in read_module(text).bindings if b.name == "pubs"]
    assert pubs == [[{"title": "Gull Atlas of the North", "url": "https://ex.org/gull.pdf", "doi": "10.1/x",
                      "venue": "Tide Notes", "year": 2020}]]


def test_a_degree_records_details_note_names_its_advisors(tmp_path):
    # "details: 'Co-supervisors: A and B (University of X)'" in a degree's module: its advisors, as a "description"
    # note or an "advisor" key would name them
    folder = tmp_path / "src" / "lib" / "data" / "education"
    folder.mkdir(parents=True)
    for name, degree, note in (("phd", "Ph.D. in Geography", "Co-supervisors: Ines Varga and Tom Holt (Lake U)"),
                               ("ma", "M.A. in Geography", "Thesis on dunes.")):
        (folder / f"{name}.ts").write_text(
            "import type { Education } from '$lib/types';\n\n"
            f"export const {name}: Education = {{\n\tid: '{name}',\n\tdegree: '{degree}',\n"
            f"\tinstitution: 'University of Northmere',\n\tyear: 2017,\n\tdetails: '{note}'\n}};\n\n"
            f"export default {name};\n")
    (tmp_path / "src" / "lib" / "data" / "siteConfig.ts").write_text(
        "export const siteConfig = {\n\tauthor: {\n\t\tname: 'Oriane Holt',\n\t\tjobTitle: 'Lecturer'\n\t}\n};\n")
    person = import_path(tmp_path).profile.person
    assert sorted(e.degree for e in person.education) == ["M.A. in Geography", "Ph.D. in Geography"]
    assert person.advisors == ["Ines Varga", "Tom Holt"]


def test_a_folder_of_modules_each_exporting_one_dated_record_is_the_news(tmp_path):
    """A SvelteKit site whose news is a folder of TypeScript modules, one dated record each (``dateISO`` beside a
    ``date`` the module computes), gathered by an index module with ``import.meta.glob``: each file is a news item,
    the template file (its date 'YYYY-MM-DD') none. Before, only a module of two records or more was read: no
    news."""
    from .sitefiles import write_site

    def item(name, when, text):
        return (f"import {{ shown }} from '$lib/utils/dates';\nconst iso = '{when}';\n"
                f"export const {name}: Event = {{\n  id: '{name}',\n  title: 'A title',\n  dateISO: iso,\n"
                f"  date: shown(iso),\n  content: `<p>{text}</p>`\n}};\n")

    write_site(tmp_path, {
        "package.json": '{"devDependencies": {"@sveltejs/kit": "^2.0.0"}}',
        "src/routes/+page.svelte": "<h1>Orla Brenn</h1>\n<p>I study shore birds at Tarn University.</p>\n",
        "src/lib/data/publications.ts": (
            "export const pubs = [\n"
            "  { title: 'Salt marsh birds', authors: 'Brenn, O., & Ruiz, T.', journal: 'Marsh Letters', year: 2021 },\n"
            "  { title: 'Gulls at dusk', authors: 'Brenn, O.', journal: 'Coast Notes', year: 2020 },\n"
            "];\n"),
        "src/lib/data/activities/index.ts": "const mods = import.meta.glob(['./*.ts', '!./index.ts']);\n",
        "src/lib/data/activities/talk.ts": item("talk", "2025-03-04", "Gave a talk on dune birds."),
        "src/lib/data/activities/grant.ts": item("grant", "2024-11-20", "Won a grant for gull counts."),
        "src/lib/data/activities/template.ts": item("template", "YYYY-MM-DD", "First paragraph."),
    })
    news = import_path(tmp_path).profile.news
    assert sorted((n.date, n.text) for n in news) == [
        ("2024-11-20", "Won a grant for gull counts."), ("2025-03-04", "Gave a talk on dune birds.")]


def test_a_module_of_dated_work_records_left_out_as_a_template_is_no_news(tmp_path):
    # a works folder's template module ("id: 'book-template-id'", placeholder title, authors and publisher, a
    # date): the works' reader leaves it out, and its dated records are works, not news items
    folder = tmp_path / "src" / "lib" / "data" / "publications" / "books"
    folder.mkdir(parents=True)
    (folder / "book-template.ts").write_text(
        "import type { Publication } from '$lib/types';\n\n"
        "export const bookTemplate: Publication = {\n\tid: 'book-template-id',\n\ttype: 'book',\n"
        "\ttitle: 'Book Title',\n\tauthors: ['Author Name'],\n\tdate: '2025',\n\tpublisher: 'Publisher Name'\n};\n\n"
        "export const volumeTemplate: Publication = {\n\tid: 'volume-template-id',\n\ttype: 'book',\n"
        "\ttitle: 'Edited Volume Title',\n\tauthors: ['Editor Name'],\n\tdate: '2025',\n\tpublisher: 'Publisher Name'\n};\n")
    (folder / "tide-atlas-2020.ts").write_text(
        "export const tideAtlas = {\n\tid: 'tide-atlas-2020',\n\ttype: 'book',\n\ttitle: 'A Tide Atlas of the North',\n"
        "\tauthors: ['Oriane Holt'],\n\tdate: '2020',\n\tyear: 2020,\n\tpublisher: 'Lake Press'\n};\n")
    (folder / "dune-maps-2022.ts").write_text(
        "export const duneMaps = {\n\tid: 'dune-maps-2022',\n\ttype: 'book',\n\ttitle: 'Dune Maps and Their Makers',\n"
        "\tauthors: ['Oriane Holt', 'Tom Lind'],\n\tdate: '2022',\n\tyear: 2022,\n\tpublisher: 'Lake Press'\n};\n")
    (tmp_path / "src" / "lib" / "data" / "siteConfig.ts").write_text(
        "export const siteConfig = {\n\tauthor: {\n\t\tname: 'Oriane Holt',\n\t\tjobTitle: 'Lecturer'\n\t}\n};\n")
    profile = import_path(tmp_path).profile
    assert profile.news == []
    assert "Book Title" not in [p.title for p in profile.publications]


def test_a_module_of_the_sites_every_list_gives_its_works_and_its_positions(tmp_path):
    """One data module holds every list a React site shows (its profile, a timeline, positions, projects, works and
    blog posts), each list under a name of its own: the works list is read though the other lists' titled records
    outnumber it, and the positions list still gives the owner's posts. Before, the module was taken for a CV (its
    positions) and no work was read, nor would the titled timeline and projects have let it count as a works file."""
    from .sitefiles import write_site

    work = "  {{ id: 'w{n}', title: '{t}', journal: '{j}', year: '{y}', authors: '{a}' }},\n"
    titled = "  {{ year: '{y}', title: '{t}', description: 'Somewhere in the hills.' }},\n"
    write_site(tmp_path, {
        "package.json": '{"dependencies": {"react": "^19.0.0"}, "devDependencies": {"vite": "^6.0.0"}}',
        "index.html": "<html><head><title>Portfolio</title></head><body><div id='root'></div></body></html>",
        "src/data/siteData.js": (
            "export const profileInfo = { name: 'Ines Okafor', email: 'ines@example.org' };\n"
            "export const aboutTimeline = [\n" + "".join(titled.format(y=2010 + k, t=f"Moved town {k}")
                                                          for k in range(4)) + "];\n"
            "export const experienceData = [\n"
            "  { role: 'Lecturer', organization: 'Hill College', period: '2019 - 2021' },\n"
            "  { role: 'Research Assistant', organization: 'Vale University', period: '2016 - 2019' },\n];\n"
            "export const projectsData = [\n" + "".join(f"  {{ id: 'p{k}', title: 'Field trip {k}', tagline: 'Maps' }},\n"
                                                      for k in range(4)) + "];\n"
            "export const publicationsData = [\n"
            + work.format(n=1, t="Tone in river songs", j="Sound Letters", y="2024", a="Ines Okafor")
            + work.format(n=2, t="Gesture timing in stories", j="Voice Studies", y="2023",
                          a="Bo Lind & Ines Okafor") + "];\n"
            "export const blogPostsData = [\n  { id: 'b1', title: 'Why we record', date: '2024-01-02' },\n];\n"),
    })
    profile = import_path(tmp_path).profile
    assert [(p.title, p.venue, p.year) for p in profile.publications] == [
        ("Tone in river songs", "Sound Letters", 2024), ("Gesture timing in stories", "Voice Studies", 2023)]
    assert profile.person.name == "Ines Okafor"
    assert {a.name for a in profile.person.affiliations} >= {"Hill College", "Vale University"}


def test_a_data_module_of_any_name_that_exports_an_object_about_the_owner_describes_them(tmp_path):
    """'export const profileInfo = {name, title, bio, email}' in src/data/portfolioData.js (not a configuration's
    name) with an 'aboutTimeline' list of degrees: the bio gives the position, the place and the advisors, the
    timeline (its name's last word) the degrees. Before, the module was read for its works only."""
    from .sitefiles import write_site

    write_site(tmp_path, {
        "package.json": '{"dependencies": {"react": "^19.0.0"}, "devDependencies": {"vite": "^6.0.0"}}',
        "index.html": "<html><head><title>Portfolio</title></head><body><div id='root'></div></body></html>",
        "src/data/portfolioData.js": (
            "export const profileInfo = {\n  name: 'Ines Okafor',\n  email: 'ines@example.org',\n"
            "  bio: 'I am a PhD candidate in the Department of Geography at Hillside University, supervised by Tomas"
            " Brenn and co-supervised by Ada Quill.',\n};\n"
            "export const aboutTimeline = [\n"
            "  { year: '2016', title: 'B.A. in Geography', description: 'Lakeview University, Ghana.' },\n"
            "  { year: 'Expected 2026', title: 'Ph.D. Candidate in Geography', description: 'Hillside University.' },\n"
            "];\n"
            "export const publicationsData = [\n"
            "  { title: 'Rivers that move', journal: 'Map Letters', year: '2024', authors: 'Ines Okafor' },\n"
            "  { title: 'Sand on the move', journal: 'Dune Notes', year: '2023', authors: 'Bo Lind & Ines Okafor' },\n"
            "];\n"),
    })
    person = import_path(tmp_path).profile.person
    assert person.name == "Ines Okafor"
    assert person.advisors == ["Tomas Brenn", "Ada Quill"]
    assert {e.institution for e in person.education} >= {"Lakeview University", "Hillside University"}
    assert any(a.name == "Hillside University" and a.role == "PhD candidate" for a in person.affiliations)


def test_the_place_another_position_key_writes_after_the_job_title(tmp_path):
    """A SvelteKit site's author settings give the job title alone ('jobTitle: Data Curator') and, under another
    key, the roles with the place after a comma ('position: Historian | Data Curator, University of Northmere'):
    the owner works there, as that role. Before, no affiliation was read."""
    from .sitefiles import write_site

    write_site(tmp_path, {
        "package.json": '{"devDependencies": {"@sveltejs/kit": "^2.0.0"}}',
        "src/routes/+page.svelte": "<h1>Oriane Holt</h1>\n<p>I study dunes.</p>\n",
        "src/lib/data/siteConfig.ts": (
            "export const author = {\n\tname: 'Oriane Holt',\n"
            "\tposition: 'Historian | Data Curator, University of Northmere',\n\tjobTitle: 'Data Curator'\n};\n"),
    })
    person = import_path(tmp_path).profile.person
    assert person.job_title == "Data Curator"
    assert [(a.name, a.role) for a in person.affiliations] == [("University of Northmere", "Data Curator")]


def test_the_files_a_module_imports_are_read_off_its_syntax_tree(tmp_path):
    # an import statement names the file; a commented-out one or a type-only one names none (a pattern over the text
    # once took the comment's file too)
    from kg.importers.site.js_data import imported_files

    (tmp_path / "news.json").write_text("[]", encoding="utf-8")
    (tmp_path / "old.json").write_text("[]", encoding="utf-8")
    (tmp_path / "types.ts").write_text("export type N = {date: string}\n", encoding="utf-8")
    text = ("// import old from './old.json'\nimport type { N } from './types'\nimport data from './news.json'\n"
            "export default data\n")
    assert imported_files(text, str(tmp_path / "news.ts")) == {tmp_path / "news.json"}


def test_a_line_where_a_data_module_does_not_parse_is_reported_read_or_not(tmp_path):
    # a quote left open in a title ('Moss isn't dry'): the grammar reads on and the title is cut short ("Moss isn");
    # the line was read, so nothing said the module was broken there
    from .sitefiles import write_site

    paper = "  {{title: '{}', authors: 'I. Marquardt', venue: 'Bog Letters', year: {}}},\n"
    text = ("export const publications = [\n" + paper.format("Peat fires and carbon loss", 2024)
            + paper.format("Moss isn't dry", 2023) + paper.format("Third paper on bogs", 2022) + "];\n")
    assert read_module(text).errors == [3] and read_module(text.replace("isn't", "is not")).errors == []
    write_site(tmp_path, {
        "package.json": '{"dependencies": {"astro": "^5.0.0"}}\n',
        "src/pages/index.astro": "<h1>Ilse Marquardt</h1>\n",
        "src/data/publications.ts": text,
    })
    profile = import_path(tmp_path).profile
    assert len(profile.publications) == 3
    assert [(u.file, u.line) for u in profile.unparsed if u.file.endswith(".ts")] == [
        ("src/data/publications.ts", 3)]


def test_an_imported_picture_is_not_read_as_a_module(tmp_path):
    # an Astro site's constants import its pictures (``import portrait from './assets/me.png'``): the picture was
    # parsed as TypeScript (a 2 MB screenshot, 6 CPU s a parse, eight of them: the site's import took minutes)
    from kg.importers.site.js_data import imported_files, module_of

    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "me.png").write_text("export default {title: 'not a module'}\n", encoding="utf-8")
    (tmp_path / "venues.ts").write_text("export default ['Tide Letters']\n", encoding="utf-8")
    text = ("import portrait from './assets/me.png'\nimport venues from './venues'\n"
            "export const about = {name: 'Oriane Holt', photo: portrait, venues}\n")
    display = str(tmp_path / "consts.ts")
    assert imported_files(text, display) == {tmp_path / "venues.ts"}
    about = next(b.value for b in module_of(text, display).bindings if b.name == "about")
    assert about == {"name": "Oriane Holt", "venues": ["Tide Letters"]}


def test_a_library_copied_into_the_site_is_read_as_empty_and_a_module_is_parsed_once(monkeypatch):
    # a library copied into the site (viz.js, 2 MB in a blogdown site's libs/, "Copyright ... Licensed under MIT") was
    # parsed by each reader that asked (its values, its news, its imports) at 2-3 CPU s a parse; a site's own long list
    # (a thousand papers with their abstracts, a record a line) is still read
    from kg.importers.site import js_data

    record = "  {title: 'A tidal paper', year: 2020, abstract: '" + "tides " * 150 + "'},\n"
    own = "export const papers = [\n" + record * 1200 + "]\n"
    assert len(own) > 1_000_000 and len(js_records(read_module(own))) == 1200
    one_line = "export const papers = [" + record.strip() * 300 + "]\n"  # (a JSON.stringify of the site's works)
    assert len(one_line) > 200_000 and len(js_records(read_module(one_line))) == 300
    notice = "/* Copyright (c) 2024 Mara Quill. Content licensed under CC BY 4.0 */\n"
    assert len(js_records(read_module(notice + "export const papers = [\n" + record * 300 + "]\n"))) == 300
    banner = "/*!\n * Tidelib v1.2.0\n * Copyright (c) 2019 Tide Authors\n * Licensed under the MIT license\n */\n"
    assert not read_module(banner + "export const papers = [\n" + record * 300 + "]\n").bindings
    assert not read_module("export const papers = [" + record.strip() * 1300 + "]\n").bindings  # (minified, 1 MB)
    text = "export const papers = [{title: 'A tidal paper', year: 2020}]\n"
    js_data._parse.cache_clear()
    parsed = []
    real = js_data._parser
    monkeypatch.setattr(js_data, "_parser", lambda tsx: parsed.append(tsx) or real(tsx))
    read_module(text, tsx=True)
    js_data.imported_files(text, "/site/data.js")
    assert parsed == [True]


def test_a_components_classes_are_written_as_the_html_class_react_renders():
    # JSX names an element's classes "className"; the page reader looks for "class" (a stat card's label, a section's
    # kicker), so the markup says "class", padded to keep every character of the line where it was
    text = 'export default function Stats() {\n  return <div className="stat-label">Field Seasons</div>;\n}\n'
    markup = rendered_markup(text)
    assert '<div class    ="stat-label">Field Seasons</div>' in markup
    assert [len(x) for x in markup.split("\n")] == [len(x) for x in text.split("\n")]


def test_a_next_page_s_records_with_their_years_in_the_byline(tmp_path):
    # the same records as a Next.js page writes them: the owner's name and each work's year read right
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "publications.jsx").write_text(
        'const research = [\n'
        '  { ref: "Lind, K.; Roe, J. (2024)", title: "Sand waves of the northern banks.", outlet: "Sand Letters",\n'
        '    url: "https://doi.org/10.5555/sl.2024.1" },\n'
        '  { ref: "Roe, J.; Oda, M. (2021)", title: "Tidal bores and their echoes.", outlet: "Tide Journal",\n'
        '    url: "https://doi.org/10.5555/tj.2021.2" },\n'
        '];\n'
        'export default function Publications() {\n'
        '  return (<ul>{research.map((r) => (<li key={r.title}>{r.ref} <a href={r.url}>{r.title}</a></li>))}</ul>);\n'
        '}\n', encoding="utf-8")
    profile = import_path(tmp_path).profile
    assert profile.person.name == "J. Roe"
    assert [([a.name for a in p.authors], p.year) for p in profile.publications] == [
        (["K. Lind", "J. Roe"], 2024), (["J. Roe", "M. Oda"], 2021)]


def test_a_modules_fallback_copy_of_the_data_it_fetches_holds_no_records():
    # "const fallbackPublications = {...}" shown only when the page cannot fetch its publications.json (a template's
    # sample papers among them): no records of the owner's; a module's own list beside it still is
    text = ("const fallbackPublications = {\n  '2026': [{ title: 'Sample Paper', authors: 'I. Author, Z. Lin' }],\n};\n"
            "const MOCK_NEWS = [{ title: 'Demo', date: '2020' }];\n"
            "export const talks = [{ title: 'Heat flow in small rivers', venue: 'Hydro Days' }];\n")
    assert [(k, d["title"]) for d, _s, k in js_records(read_module(text), nested=True)] == [
        (("talks",), "Heat flow in small rivers")]


def test_a_modules_list_of_the_owners_demos_is_no_stand_in():
    # a binding named for demos ("demoVideos") lists the owner's demos, a kind of their work, not a stand-in for data
    text = "const demoVideos = [{ title: 'Folding arm picks apples', url: 'https://video.example/7' }];\n"
    assert [(k, d["title"]) for d, _s, k in js_records(read_module(text), nested=True)] == [
        (("demoVideos",), "Folding arm picks apples")]


def test_a_modules_fallback_copy_is_said_once_at_its_first_line(tmp_path):
    """A hand-written site whose script fetches data/publications.json and keeps a hard-coded copy to show when that
    fails ("const fallbackPublications = {...}", a template's sample paper among them): its records are not read,
    and the import says so in one "skipped" note at the binding's first line (before, its lines went unreported)."""
    from .sitefiles import write_site

    papers = [{"title": f"Dune grass paper {n}", "authors": "O. Brenn, T. Ruiz", "journal": "Marsh Letters",
               "year": 2020 + n} for n in range(3)]
    write_site(tmp_path, {
        "index.html": ("<html><head><title>Orla Brenn</title></head><body><h1>Orla Brenn</h1>"
                       "<p>Coastal ecologist.</p><a href='publications.html'>Publications</a></body></html>"),
        "publications.html": ("<html><head><title>Publications - Orla Brenn</title></head><body>"
                              "<div id='list'></div><script src='publications.js'></script></body></html>"),
        "data/publications.json": json.dumps(papers, indent=2),
        "publications.js": (
            "const list = document.getElementById('list');\n"
            "\n"
            "const fallbackPublications = {\n"
            "  '2026': [\n"
            "    { title: 'A sample paper of the template', authors: 'I. Author, J. Author', journal: 'Sample J.',"
            " year: 2026 },\n"
            "    { title: 'Another sample paper', authors: 'I. Author, O. Brenn', journal: 'Sample J.', year: 2026 },\n"
            "  ],\n"
            "};\n"
            "fetch('data/publications.json').then((r) => r.json()).then(show)"
            ".catch(() => show(fallbackPublications));\n"),
    })
    profile = import_path(tmp_path).profile
    assert sorted(p.title for p in profile.publications) == [p["title"] for p in papers]
    notes = [(u.file, u.line, u.section, u.text) for u in profile.unparsed if u.file == "publications.js"]
    assert notes == [("publications.js", 3, "skipped",
                      "fallbackPublications: a stand-in for the site's data (the site reads this list from another "
                      "file), not read")]


def _react_site(tmp_path, data: str, api: str = "/api/cv") -> None:
    """A React site whose component asks an API for the owner's lists and shows ``src/data/fallback.ts`` (``data``)
    when the API does not answer: the repository holds no other copy of those lists."""
    from .sitefiles import write_site

    write_site(tmp_path, {
        "index.html": ("<html><head><title>Tova Renn</title></head><body><h1>Tova Renn</h1>"
                       "<div id='root'></div><script type='module' src='/src/main.tsx'></script></body></html>"),
        "package.json": json.dumps({"name": "tova-renn-site", "dependencies": {"react": "^18.2.0"}}),
        "src/Works.tsx": ("import { useEffect, useState } from 'react';\n"
                          "import { fallbackPublications } from './data/fallback';\n"
                          "export default function Works() {\n"
                          "  const [items, setItems] = useState(fallbackPublications);\n"
                          f"  useEffect(() => {{ fetch('{api}').then((r) => r.json()).then(setItems)"
                          ".catch(() => setItems(fallbackPublications)); }, []);\n"
                          "  return <ul>{items.map((p) => <li key={p.id}>{p.title}</li>)}</ul>;\n}\n"),
        "src/data/fallback.ts": data,
    })


def test_a_fallback_list_that_is_the_sites_only_copy_is_read(tmp_path):
    """A React site whose fallback module (``fallbackPublications``, ``fallbackEducation``, shown when its API is
    down) is the only copy of the owner's lists in the repository: read like any binding, nothing said skipped."""
    _react_site(tmp_path, (
        "export interface Item { id: string; title: string }\n"
        "export const fallbackEducation = [\n"
        "  { id: 'e1', title: 'Master of Science in Soil Physics', institution: 'Vell University', date: '2009' },\n"
        "];\n"
        "export const fallbackPublications = [\n"
        "  { id: 'p1', title: 'Crust formation on loess after rain', authors: 'Tova Renn and Ilse Marr',"
        " venue: 'Soil Letters', year: '2015' },\n"
        "  { id: 'p2', title: 'Measuring seal strength in dry fields', authors: 'Tova Renn', venue: 'Field Notes',"
        " year: '2012' },\n"
        "];\n"))
    profile = import_path(tmp_path).profile
    assert sorted((p.title, p.year) for p in profile.publications) == [
        ("Crust formation on loess after rain", 2015), ("Measuring seal strength in dry fields", 2012)]
    assert [(e.institution, e.year) for e in profile.person.education] == [("Vell University", 2009)]
    assert not [u for u in profile.unparsed if "stand-in" in u.text]


def test_a_fallback_list_of_the_templates_samples_is_set_aside(tmp_path):
    """The same site whose fallback holds the template's sample papers ("I. Author, J. Author", a DOI of x's):
    set aside though no other copy exists, in one note."""
    _react_site(tmp_path, (
        "export const fallbackPublications = [\n"
        "  { id: 'p1', title: 'Cluster bonding in a light metal', authors: 'I. Author, J. Author, T. Renn',"
        " venue: 'J. Sample Chem.', year: 2026, doi: '10.1000/jsc.xxxxx' },\n"
        "  { id: 'p2', title: 'Planar rings of boron', authors: 'A. Author, T. Renn', venue: 'J. Sample Chem.',"
        " year: 2025, doi: '10.1000/jsc.xxxxx' },\n"
        "];\n"
        "export const fallbackAwards = [\n"
        "  { title: 'Honors & Awards', summary: 'List your prizes and fellowships in content/awards.md.' },\n"
        "];\n"))
    profile = import_path(tmp_path).profile
    assert profile.publications == [] and profile.awards == []
    assert [(u.file, u.line, u.section, u.text) for u in profile.unparsed if "stand-in" in u.text] == [
        ("src/data/fallback.ts", 1, "skipped",
         "fallbackPublications: a stand-in for the site's data (a template's sample), not read"),
        ("src/data/fallback.ts", 5, "skipped",
         "fallbackAwards: a stand-in for the site's data (a template's sample), not read")]


def test_a_mock_list_is_never_read(tmp_path):
    """``mockPublications`` is a mock-up's invented rows, whether or not the site has another copy: said, not read."""
    _react_site(tmp_path, (
        "export const mockPublications = [\n"
        "  { id: 'p1', title: 'Deep methods for everything', authors: 'R. Kade, Your Name', venue: 'Journal A',"
        " year: 2023 },\n"
        "  { id: 'p2', title: 'Ethics of sorting hats', authors: 'R. Kade', venue: 'Journal B', year: 2022 },\n"
        "];\n"))
    profile = import_path(tmp_path).profile
    assert profile.publications == []
    assert [u.text for u in profile.unparsed if "stand-in" in u.text] == [
        "mockPublications: a stand-in for the site's data (its name says it is made up), not read"]


def test_a_sample_record_by_its_doi_or_tag():
    # (a stand-in's records only: the owner's own record may hold a DOI not yet given or a "template" tag, below)
    from kg.importers.site.record_files import _sample
    from kg.importers.site.records import template_publication

    assert _sample({"title": "Rings", "authors": "Z. Cui", "doi": "10.1021/jpcl.xxxxx"})
    assert _sample({"title": "Rings", "authors": "Z. Cui", "tags": "Template, Replace me"})
    assert not _sample({"title": "Rings", "authors": "Z. Cui", "doi": "10.1021/jpcl.5b01234",
                        "tags": "clusters, template synthesis"})
    assert not template_publication({"title": "Rings", "authors": "Z. Cui", "doi": "10.1109/TPAMI.2023.XXXXXXX"})
    assert not template_publication({"title": "Rings", "authors": "Z. Cui", "tags": ["template", "carbon"]})


def test_an_owners_record_with_a_doi_not_yet_given_or_a_template_tag_is_read(tmp_path):
    from .sitefiles import academicpages_home, imported_site

    files = {**academicpages_home("Ada Moss", "I study noise.\n"),
             "_publications/a.md": "---\ntitle: 'Deep hashing for retrieval'\ncollection: publications\n"
             "authors: 'Ada Moss, Kai Lind'\nvenue: 'IEEE TPAMI'\ndoi: '10.1109/TPAMI.2023.XXXXXXX'\n"
             "date: 2023-01-01\n---\n",
             "_publications/b.md": "---\ntitle: 'Template synthesis of porous carbon'\ncollection: publications\n"
             "authors: 'Ada Moss, Kai Lind'\nvenue: 'Carbon'\ntags: [template, carbon]\ndate: 2021-01-01\n---\n"}
    profile = imported_site(tmp_path, files)
    assert sorted(p.title for p in profile.publications) == ["Deep hashing for retrieval",
                                                             "Template synthesis of porous carbon"]
