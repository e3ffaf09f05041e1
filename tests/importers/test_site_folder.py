"""The site's folder in a repository (files.site_folder) and its owner from JavaScript/TypeScript configuration
modules (files.site_configs through js_data.config_data). Synthetic sites, invented people."""

from __future__ import annotations

from kg.importers import import_path
from kg.importers.site.files import site_configs, site_folder, site_settings_text
from kg.importers.site.js_data import config_data, read_module
from kg.importers.site.markdown_site import detect_org_dir

from .sitefiles import imported_site, write_site


_HUGO_SITE = {
    "config.toml": 'baseURL = "https://tove.example.org/"\ntitle = "{name}"\n',
    "content/_index.md": "---\ntitle: {name}\nsubtitle: Hydrologist\n---\n",
    "content/publications/index.md": (
        "---\ntitle: Publications\n---\n\n"
        "- {family}, T., & Berg, A. (2021). Snowmelt timing in alpine catchments. *Journal of Cold Water*, 4(2), 1-9.\n"
        "- {family}, T. (2019). River ice in a warming climate. *Hydrology Letters*, 7, 22-30.\n"),
    "content/authors/admin/_index.md": "---\ntitle: {name}\nrole: Hydrologist\n---\n",
}


def _hugo(name: str) -> dict[str, str]:
    family = name.split()[-1]
    return {k: v.replace("{name}", name).replace("{family}", family) for k, v in _HUGO_SITE.items()}


def test_a_hugo_theme_repository_is_read_from_the_example_site_its_owner_filled_in(tmp_path):
    """A Hugo theme's repository (theme.toml, layouts/) whose real site is its exampleSite/: read there, and said."""
    write_site(tmp_path, {"theme.toml": 'name = "Some Theme"\n', "layouts/index.html": "<html>{{ .Content }}</html>",
                      "README.md": "# Some Theme\n\nA theme for Hugo.\n",
                      **{f"exampleSite/{k}": v for k, v in _hugo("Tove Lindqvist").items()}})
    assert site_folder(tmp_path) == tmp_path / "exampleSite"
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Tove Lindqvist"
    assert any("exampleSite/" in u.text for u in profile.unparsed)


def test_the_owners_site_is_read_before_a_themes_demo_beside_it(tmp_path):
    """A theme's demo (Hugo Academic's "Nelson Bighetti") beside the owner's own site folder: the owner's is read."""
    write_site(tmp_path, {"README.md": "# my site\n",
                      **{f"exampleSite/{k}": v for k, v in _hugo("Nelson Bighetti").items()},
                      **{f"website/{k}": v for k, v in _hugo("Tove Lindqvist").items()}})
    assert site_folder(tmp_path) == tmp_path / "website"
    assert site_folder(tmp_path / "website") == tmp_path / "website"


def test_a_themes_demo_alone_is_not_taken_for_a_site(tmp_path):
    write_site(tmp_path, {"README.md": "# theme\n", **{f"exampleSite/{k}": v for k, v in _hugo("Nelson Bighetti").items()}})
    assert site_folder(tmp_path) == tmp_path


def test_an_example_site_titled_with_the_themes_name_is_its_demo(tmp_path):
    """exampleSite/ of the theme "Brisk" titled "Hugo Brisk" (its author's name in it): the theme's demo."""
    demo = _hugo("Cora Pelling")
    demo["config.toml"] = 'title = "Hugo Brisk"\nauthor = "Cora Pelling"\n'
    write_site(tmp_path, {"theme.toml": 'name = "Brisk"\n', **{f"exampleSite/{k}": v for k, v in demo.items()}})
    assert site_folder(tmp_path) == tmp_path
    (tmp_path / "exampleSite" / "config.toml").write_text('title = "Cora Pelling"\n', encoding="utf-8")
    assert site_folder(tmp_path) == tmp_path / "exampleSite"


def test_github_pages_docs_folder_is_the_site_beside_the_developers_readme(tmp_path):
    """GitHub Pages served from /docs: the repository's README is notes to its developers."""
    write_site(tmp_path, {
        "README.md": "# Website\n\nEdit the pages in docs/ and push.\n",
        "docs/_config.yml": "title: Marit Solberg\nauthor:\n  name: Marit Solberg\n  email: marit@example.org\n",
        "docs/index.md": "---\nlayout: home\n---\n\nI am Marit Solberg, a geologist at Fjordvik University.\n",
        "docs/publications.md": "---\ntitle: Publications\n---\n\n## Publications\n\n"
                                "- M. Solberg and K. Aas. Sediment cores of the north fjords. *Geo Letters*, 2020.\n",
    })
    assert site_folder(tmp_path) == tmp_path / "docs"
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Marit Solberg"
    assert [p.title for p in profile.publications] == ["Sediment cores of the north fjords"]


def test_a_page_named_config_md_marks_no_site_as_franklins_configuration_does(tmp_path):
    """A page config.md (notes on one's editor) beside the README is no site's configuration: the site is still the
    one in docs/; an Org site holding such a page is still read as Org. Franklin.jl's config.md (its variables)
    marks its folder as a site."""
    notes = "# My editor settings\n\nI keep them here.\n"
    repo = write_site(tmp_path / "repo", {
        "README.md": "# Website\n\nEdit the pages in docs/ and push.\n", "config.md": notes,
        "docs/_config.yml": "title: Marit Solberg\nauthor:\n  name: Marit Solberg\n",
        "docs/index.md": "---\nlayout: home\n---\n\nI am Marit Solberg, a geologist at Fjordvik University.\n"})
    assert site_folder(repo) == repo / "docs"
    write_site(repo, {"config.md": '<!-- the site -->\n+++\nauthor = "Marit Solberg"\n+++\n'})
    assert site_folder(repo) == repo
    org = write_site(tmp_path / "org", {
        "index.org": "#+TITLE: Marit Solberg\n#+AUTHOR: Marit Solberg\n\n* About\nI am a geologist.\n",
        "config.md": notes})
    assert detect_org_dir(org) > 0


def test_the_sources_are_read_not_also_their_built_copy(tmp_path):
    """Sources (site/) and their built copy (public/) side by side: one of them is read, the sources."""
    built = "<html><body><h1>Tove Lindqvist</h1><ul><li>Tove Lindqvist. River ice in a warming climate. " \
            "Hydrology Letters, 2019.</li></ul></body></html>"
    write_site(tmp_path, {"README.md": "# site\n", "public/index.html": built, "public/publications/index.html": built,
                      **{f"site/{k}": v for k, v in _hugo("Tove Lindqvist").items()}})
    assert site_folder(tmp_path) == tmp_path / "site"


def test_two_generators_sites_side_by_side_are_chosen_by_the_build_settings(tmp_path):
    """Two complete sites ("jekyll/" and "astro/"): the one the repository's build settings name."""
    write_site(tmp_path, {
        "netlify.toml": '[build]\n  base = "jekyll"\n  command = "jekyll build"\n',
        "jekyll/_config.yml": "title: Tove Lindqvist\n", "jekyll/index.md": "Hello\n", "jekyll/_posts/x.md": "x\n",
        "astro/astro.config.mjs": "export default {}\n", "astro/src/pages/index.astro": "---\n---\n<h1>Hi</h1>\n",
        "astro/src/content/x.md": "x\n"})
    assert site_folder(tmp_path) == tmp_path / "jekyll"
    (tmp_path / "netlify.toml").unlink()
    assert site_folder(tmp_path) == tmp_path  # nothing says which: the families' own finders choose


def test_a_folder_that_is_a_site_is_read_where_it_is(tmp_path):
    write_site(tmp_path, {"_config.yml": "title: Tove Lindqvist\n", **{f"docs/{k}": v for k, v in
                                                                     _hugo("Tove Lindqvist").items()}})
    assert site_folder(tmp_path) == tmp_path


def test_a_configuration_module_is_read_as_a_configuration():
    """export const profile = {fullName, title, institute} and a social object: the owner and their settings."""
    module = read_module(
        "export const profile = {\n  fullName: 'Ilse Varga',\n  title: 'Research Fellow',\n"
        "  institute: 'Oldbridge University',\n}\n"
        "export const social = { email: 'ilse@example.org', github: 'https://github.com/ivarga' }\n"
        "export default defineConfig({ site: 'https://ivarga.example.org' })\n")
    data, spans = config_data(module)
    assert data["author"]["name"] == "Ilse Varga" and data["social"]["github"].endswith("ivarga")
    assert data["site"] == "https://ivarga.example.org" and spans["social"] == (6, 6)


def test_a_modules_site_constants_are_its_settings(tmp_path):
    """The Astro blog starter's src/consts.ts writes each setting as a constant of its own (SITE_TITLE, SITE_URL):
    the keys "SITE.title" would give, so a title that is a person's name names the owner, though both records have
    two authors on each."""
    module = read_module("export const SITE_TITLE = 'Oskar Lindgren';\nexport const SITE_URL = 'https://ol.example.org';\n"
                         "export const title = 'kept';\nexport const SITE_DESCRIPTION = 'Notes.';\n")
    data, spans = config_data(module)
    assert data["url"] == "https://ol.example.org" and data["description"] == "Notes." and data["title"] == "kept"
    assert spans["url"] == (2, 2)
    write_site(tmp_path, {
        "astro.config.mjs": "export default defineConfig({ integrations: [] });\n",
        "src/consts.ts": "export const SITE_TITLE = 'Oskar Lindgren';\nexport const SITE_URL = 'https://ol.example.org';\n",
        "src/pages/index.astro": "---\nimport Base from '../layouts/Base.astro';\n---\n<Base title=\"Hi!\">\n"
                                 "<p>I build compilers.</p>\n</Base>\n",
        "src/data/publications.json": (
            '[{"title": "Register allocation by colouring", "authors": ["Oskar Lindgren", "Pia Moe"], "year": 2022,'
            ' "venue": "Compiler Notes"}, {"title": "Loop tiling again", "authors": ["Pia Moe", "Oskar Lindgren"],'
            ' "year": 2020, "venue": "Code Letters"}]'),
    })
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Oskar Lindgren" and len(profile.publications) == 2
    assert profile.person.homepage == "https://ol.example.org/"


def test_an_astro_sites_settings_module_gives_the_owners_particulars(tmp_path):
    """A site whose person data lives in src/settings.ts (name, position, organisation, email, profile ids)."""
    write_site(tmp_path, {
        "src/settings.ts": (
            "export const profile = {\n  fullName: 'Ilse Varga',\n  title: 'Research Fellow',\n"
            "  institute: 'Oldbridge University',\n}\n\n"
            "export const social = {\n  email: 'ilse@example.org',\n  github: 'https://github.com/ivarga',\n"
            "  scholar: 'https://scholar.google.com/citations?user=AbCdEfGhIjkL',\n"
            "  orcid: 'https://orcid.org/0000-0002-1825-0097',\n  x: 'https://x.com/ilsevarga',\n  gitlab: '',\n}\n"),
        "src/data/publications.json": (
            '[{"title": "Tidal mixing in narrow straits", "authors": "Ilse Varga, Pal Odd", "year": 2022,'
            ' "venue": "Ocean Notes"}, {"title": "Salt wedges revisited", "authors": "Ilse Varga", "year": 2020,'
            ' "venue": "Estuary Letters"}]'),
    })
    assert [p.name for p, *_ in site_configs(tmp_path)] == ["settings.ts"]
    person = import_path(tmp_path).profile.person
    assert person.name == "Ilse Varga"
    assert person.job_title == "Research Fellow"
    assert [a.name for a in person.affiliations][:1] == ["Oldbridge University"]
    assert person.email == "ilse@example.org"
    assert person.identifiers == {"github": "ivarga", "google_scholar": "AbCdEfGhIjkL",
                                  "orcid": "0000-0002-1825-0097", "twitter": "ilsevarga"}


def test_a_gatsby_sites_site_metadata_gives_the_owners_profiles(tmp_path):
    """gatsby-config.js siteMetadata: its author and social ids reach the generator reader's person."""
    write_site(tmp_path, {
        "package.json": '{"dependencies": {"gatsby": "^5.0.0"}}',
        "gatsby-config.js": (
            "module.exports = {\n  siteMetadata: {\n    title: `Pal Odd`,\n"
            "    description: `Website of Pal Odd and the Tides group at the Northgate Institute`,\n"
            "    author: { name: `Pal Odd`,"
            " summary: `oceanographer` },\n    siteUrl: `https://palodd.example.org`,\n"
            "    social: { github: `palodd`, twitter: `pal_odd` },\n  },\n  plugins: [`gatsby-plugin-image`],\n}\n"),
        "src/pages/index.md": "# Pal Odd\n\nI study tides.\n",
        "src/data/publications.json": '[{"title": "Tides of the north", "authors": ["Pal Odd"], "year": 2021}]',
    })
    person = import_path(tmp_path).profile.person
    assert person.name == "Pal Odd"
    assert person.identifiers.get("github") == "palodd" and person.identifiers.get("twitter") == "pal_odd"
    assert person.affiliations == []  # (the site's description for search engines says no one's post)


def test_a_sveltekit_sites_social_links_as_mappings_give_the_owners_ids(tmp_path):
    """socialLinks = {github: {name, url, icon}, ...} and an email built from another constant."""
    write_site(tmp_path, {
        "src/lib/data/siteConfig.ts": (
            "export const author = { name: 'Rhea Tamm', jobTitle: 'Archivist' };\n"
            "export const contact = { email: 'rhea@example.org' };\n"
            "export const socialLinks = {\n  email: { name: 'Email', url: `mailto:${contact.email}` },\n"
            "  github: { name: 'GitHub', url: 'https://github.com/rtamm', icon: 'mdi:github' },\n"
            "  googleScholar: { name: 'Scholar', url: 'https://scholar.google.com/citations?user=QwErTyUiOpAs' },\n"
            "};\n"),
        "src/lib/data/publications/a.ts": (
            "export const a = { title: 'Letters of a river town', authors: ['Rhea Tamm'], year: 2019 };\n"),
    })
    person = import_path(tmp_path).profile.person
    assert person.name == "Rhea Tamm" and person.job_title == "Archivist" and person.email == "rhea@example.org"
    assert person.identifiers == {"github": "rtamm", "google_scholar": "QwErTyUiOpAs"}


def test_a_commonjs_data_module_is_read_as_the_other_modules_are(tmp_path):
    """src/data/publications.cjs (module.exports = [...]): a data file as its .js or .ts twin would be (issue 7: the
    data files' list of module suffixes lacked .cjs and .mts, which the configuration's and the imports' had)."""
    write_site(tmp_path, {
        "src/settings.ts": "export const profile = {\n  fullName: 'Ilse Varga',\n  title: 'Research Fellow',\n}\n",
        "src/data/publications.cjs": (
            "module.exports = [\n  {title: 'Tidal mixing in narrow straits', authors: 'Ilse Varga, Pal Odd',"
            " year: 2022, venue: 'Ocean Notes'},\n  {title: 'Salt wedges revisited', authors: 'Ilse Varga',"
            " year: 2020, venue: 'Estuary Letters'},\n]\n"),
    })
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Ilse Varga"
    assert [(p.title, p.year) for p in profile.publications] == [
        ("Tidal mixing in narrow straits", 2022), ("Salt wedges revisited", 2020)]


def test_a_link_out_of_the_site_folder_is_no_page_of_it(tmp_path):
    """files.inside_site, which the HTML and the markdown site readers ask where a link's target is: a path in the
    folder, resolved; one that climbs out of it (``../``) or does not resolve, None."""
    from kg.importers.site.files import inside_site

    root = tmp_path / "site"
    (root / "pages").mkdir(parents=True)
    (tmp_path / "secret.html").write_text("<p>not the site's</p>\n")
    assert inside_site(root, root / "pages" / ".." / "index.html") == (root / "index.html").resolve()
    assert inside_site(root, root / "pages" / ".." / ".." / "secret.html") is None


def test_a_links_path_on_the_site_is_without_its_fragment_and_query(tmp_path):
    """files.local_href, the markdown site reader's one reading of a link's target: the path without fragment or
    query; None for an empty link or another site's address."""
    from kg.importers.site.files import local_href

    assert local_href(" papers.md#2024 ") == "papers.md" and local_href("/talks/?page=2") == "/talks/"
    assert [local_href(h) for h in ("#top", "https://example.org/a", "mailto:ada@example.org", "//cdn/x.js")] == \
        [None, None, None, None]


def _shard(n: int) -> str:
    # one shard of a tool's data set: an object of 2 MB of records keyed by id, each with a name, a year and a residue position
    records = ",".join(f'"k{n}-{i}": {{"name": "Sample {i} of the enzyme table", "year": 2020, "position": {i}}}'
                       for i in range(30_000))
    return f'// shard {n}\nwindow.ATLAS = window.ATLAS || {{}};\nwindow.ATLAS["shard-{n}"] = {{{records}}};\n'


def test_a_folder_of_a_tools_data_set_is_not_read_as_the_owners_lists(tmp_path, monkeypatch):
    # a lab site whose repository also holds a tool's data set: a hundred and fifty JavaScript shards of 2 MB of
    # records; kg parsed every one of them and had not finished after five minutes. A folder of data files adding
    # up to more than a site's own lists ever do is left out (the site's own publications file is still read)
    from kg.importers.site import js_data

    parsed: list[str] = []
    real = js_data.read_module
    monkeypatch.setattr(js_data, "read_module", lambda text, *a, **k: parsed.append(text[:12]) or real(text, *a, **k))
    js_data.module_of.cache_clear()
    files = {
        "index.html": "<html><head><title>Mara Hale</title></head><body><h1>Mara Hale</h1>"
                      "<p>Professor of Biochemistry, Vale University.</p><h2>Publications</h2><ul>"
                      "<li>Mara Hale, Ivo Tan. Enzymes that fold twice. <em>Bio Letters</em>, 2022.</li>"
                      "<li>Ivo Tan, Mara Hale. A kinase under pressure. <em>Cell Notes</em>, 2021.</li>"
                      "</ul></body></html>",
        "_data/publications.yml": "- title: Enzymes that fold twice\n  year: 2022\n  venue: Bio Letters\n"
                                  "  authors: Mara Hale, Ivo Tan\n- title: A kinase under pressure\n  year: 2021\n"
                                  "  venue: Cell Notes\n  authors: Ivo Tan, Mara Hale\n",
    }
    files.update({f"tools/atlas/data/details-{n:03}.js": _shard(n) for n in range(4)})
    p = imported_site(tmp_path, files)
    assert not [t for t in parsed if t.startswith("// shard")]
    assert sorted(x.title for x in p.publications) == ["A kinase under pressure", "Enzymes that fold twice"]


def test_a_jekyll_pages_site_settings_are_written_as_its_configuration_gives_them(tmp_path):
    # "[**{{ site.people.me.name }}**](...)": Jekyll renders a page's output tags of the site's settings from
    # _config.yml, so the author lists of the papers name the owner; a setting the file lacks, a list and a filtered
    # tag are template leftovers, blanked as before, and a page with no front matter is shown as written
    p = imported_site(tmp_path, {
        "_config.yml": ("title: Runa Holm\nauthor:\n  name: Runa Holm\ntags: [moss, lichen]\npeople:\n"
                        "  me:\n    name: Runa Holm\n    page: https://example.org/runa\n"
                        "  ode:\n    name: Kaspar Ode\n"),
        "index.md": "---\nlayout: page\n---\n\nI study {{ site.tags }} on north walls{{ site.missing }}.\n",
        "publications.md": (
            "---\nlayout: page\ntitle: Publications\n---\n\n"
            "- [**{{ site.people.me.name }}**]({{ site.people.me.page }}) and {{ site.people.ode.name }} (2021). "
            "Lichens on north walls. *Journal of Walls*, 4, 1-9.\n"
            "- [**{{ site.people.me.name }}**]({{ site.people.me.page }}) (2019). Moss under snow. *Snow Letters*, 2, "
            "5-8. {{ site.people.ode.name | upcase }}\n"),
        "notes.md": "Plain notes by {{ site.people.ode.name }}.\n",
    })
    got = [(x.title, [a.name for a in x.authors], [a.is_self for a in x.authors]) for x in p.publications]
    assert got[0] == ("Lichens on north walls", ["Runa Holm", "Kaspar Ode"], [True, False])
    assert got[1] == ("Moss under snow", ["Runa Holm"], [True])
    assert not any("{" in x.title or "upcase" in (x.venue or "") for x in p.publications)
    assert "{{" not in (p.person.description or "") and "site." not in (p.person.description or "")


def test_site_settings_text_fills_only_pages_liquid_renders(tmp_path):
    # a page with front matter and a template of _includes are rendered by Liquid; site.url and a switch are left
    # to the reader, and a page without front matter is copied as it is (its text itself given back)
    (tmp_path / "_config.yml").write_text("email: runa@example.org\nurl: https://example.org\nshow: true\n")
    page = "---\ntitle: Contact\n---\n[{{ site.email }}](mailto:{{site.email}}) {{ site.url }} {{ site.show }}\n"
    assert site_settings_text(tmp_path, tmp_path / "contact.md", page) == (
        "---\ntitle: Contact\n---\n[runa@example.org](mailto:runa@example.org) {{ site.url }} {{ site.show }}\n")
    assert site_settings_text(tmp_path, tmp_path / "_includes/footer.html", "<p>{{ site.email }}</p>") == \
        "<p>runa@example.org</p>"
    bare = "Mail {{ site.email }}\n"
    assert site_settings_text(tmp_path, tmp_path / "readme.md", bare) is bare


def test_a_site_setting_inside_a_raw_span_is_shown_as_written(tmp_path):
    # "{% raw %}{{ site.email }}{% endraw %}": Liquid shows the tag itself (a page that teaches the theme), so it
    # is not filled; the tag outside the span is
    (tmp_path / "_config.yml").write_text("email: runa@example.org\n")
    page = "---\n---\nMail {{ site.email }}; write {% raw %}{{ site.email }}{% endraw %} in a layout.\n"
    assert site_settings_text(tmp_path, tmp_path / "howto.md", page) == (
        "---\n---\nMail runa@example.org; write {% raw %}{{ site.email }}{% endraw %} in a layout.\n")
