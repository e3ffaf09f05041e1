"""Citation lists in the styles medicine and biology pages paste from PubMed (Vancouver, AMA, NLM), and the pages
they live on, as small synthetic pages in our own words with invented names."""

from __future__ import annotations

from kg.importers import import_path
from kg.importers.common import parse_venue, split_authors


_ENTRY = """<table class="Pubs"><td>
<p class="Indented">{n}. {authors}. <em class="TitleHighlight">{title}</em>. <strong><a href="http://j.example/">{venue}</a></strong>. {tail}
<br>{links}
</td><td><div class="badge"></div></p><br></td></table>
"""


def _html_list(tmp_path, entries: list[dict]) -> list:
    body = "".join(_ENTRY.format(**e) for e in entries)
    page = tmp_path / "publications.htm"
    page.write_text(f"<html><head><title>Nora Quist</title></head><body><h1>Nora Quist</h1><h2>Publications</h2>"
                    f"{body}</body></html>")
    return import_path(page).profile.publications


_BAR = ('<a href="https://pubmed.example/1">abstract</a> | <a href="https://j.example/full/1">full text</a> | '
        '<a href="https://j.example/1.pdf">pdf</a> | <a href="https://j.example/supp/1">supp. materials</a> | '
        '<a href="https://stats.example/1">altmetric stats</a> | <a href="https://cites.example/1">scholar cites (4)</a>')


def test_a_bar_of_labelled_links_under_a_pubmed_citation_is_no_title(tmp_path):
    # the links under each citation, set apart by "|": two of them read as labels ("abstract", "pdf"), so the others
    # ("supp. materials", "altmetric stats", a count) are labels too, not the title of the work
    pubs = _html_list(tmp_path, [
        dict(n=2, authors="Quist N, Haldor PT, Vance K", title="Widget proteins shape the cell cycle",
             venue="Cell Widgets", tail="2017 Jan 31;49(2):170-174.", links=_BAR),
        dict(n=1, authors="Ortlund B, <strong class='NameHighlight'>Quist N</strong>", title="Gadget loci in yeast",
             venue="Widget Genetics", tail="2015 Nov 14. pii: wg-2015-07-12.", links=_BAR)])
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Widget proteins shape the cell cycle", 2017, "Cell Widgets"), ("Gadget loci in yeast", 2015, "Widget Genetics")]
    assert [a.name for a in pubs[0].authors] == ["Quist N", "Haldor PT", "Vance K"]
    assert pubs[0].volume == "49" and pubs[0].pages == "170-174"


def test_a_single_author_thesis_with_a_title_class_is_read_as_a_whole_citation(tmp_path):
    # the title's run carries a class naming it the title, but the names stand before it and the kind of work and
    # the year after it: the line is the whole citation; a Vancouver list closed by "et al." ends at its stop
    pubs = _html_list(tmp_path, [
        dict(n=2, authors="<strong class='NameHighlight'>Quist N</strong>, Haldor PT et al",
             title="Widget databases in an encyclopaedia of cells", venue="Widget Press",
             tail="Lind A, editors. Gadget House. 2014.", links='<a href="https://w.example/b">full text</a>'),
        dict(n=1, authors="<strong class='NameHighlight'>Quist N</strong>",
             title="Methods for widget discovery in gadget cells.", venue="PhD Dissertation",
             tail="2010. University of Nowhere, Town.", links='<a href="https://u.example/t.pdf">pdf</a>')])
    assert [(p.title, p.year) for p in pubs] == [("Widget databases in an encyclopaedia of cells", 2014),
                                                 ("Methods for widget discovery in gadget cells", 2010)]
    assert [a.name for a in pubs[0].authors] == ["Quist N", "Haldor PT"] and pubs[0].authors_truncated
    assert [a.name for a in pubs[1].authors] == ["Quist N"]


def test_pubmed_and_vancouver_dates_after_the_journal_are_no_part_of_its_name():
    cases = {
        "J Widg Res. 2010;28(3):45-67. doi:10.1000/xyz. PMID: 123456.": ("J Widg Res", 2010, "28", "45-67"),
        "Cell Widgets. 2017 Jan 31;49(2):170-174.": ("Cell Widgets", 2017, "49", "170-174"),
        "Gadget Research. 2008. Aug. 36(13):e80.": ("Gadget Research", 2008, "36", "e80"),
        "Widgets 2019; 567: 12-18": ("Widgets", 2019, "567", "12-18"),
        "Widget Letters. 2016 Nov 14. pii: wl-2016-07-12.": ("Widget Letters", 2016, None, None),
    }
    for text, want in cases.items():
        v = parse_venue(text)
        assert (v.venue, v.year, v.volume, v.pages) == want, text
    assert parse_venue("Cell Widgets. 2016 Sep 27;17(1):249-60. [Epub ahead of print]").notes == ["Epub ahead of print"]
    v = parse_venue("Proceedings of WIDGETCONF 2019, Lyon")  # (no date nor volume after the year: not read so)
    assert (v.venue, v.year, v.volume) == ("Proceedings of WIDGETCONF, Lyon", 2019, None)


def test_a_family_first_list_with_undotted_initials_and_a_name_left_bare():
    # "Quist, NB, Haldor, & Vance, KPT": a family name written without its initials inside the list is one author
    names = [a.name for a in split_authors("Quist, NB, Haldor, & Vance, KPT").authors]
    assert names == ["NB Quist", "Haldor", "KPT Vance"]


def test_mixed_name_forms_and_a_species_name_closing_the_title(tmp_path):
    page = tmp_path / "publications.qmd"
    page.write_text(
        "---\ntitle: Publications\n---\n\n## 2024\n\n"
        "1.  Quist, NB, Haldor, & Vance, KPT (2024). Foraging costs in a diving seabird colony. Ocean Widgets. "
        "DOI: 10.1000/ow.1\n\n## 2020\n\n"
        "1.  PT Haldor, LA Orm, **NB Quist**, KPT Vance (2020) Diet of island gulls *Larus widgetus*. "
        "Widget Ecology Series, 636, 207-220. [Link](https://doi.org/10.1000/wes.2)\n")
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\nwebsite:\n  title: \"Nora Quist\"\n")
    pubs = import_path(tmp_path).profile.publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Foraging costs in a diving seabird colony", 2024, "Ocean Widgets"),
        ("Diet of island gulls Larus widgetus", 2020, "Widget Ecology Series")]
    assert [a.name for a in pubs[0].authors] == ["NB Quist", "Haldor", "KPT Vance"]


def test_a_bold_title_with_italic_species_names_inside_is_one_title(tmp_path):
    # "**Rare *Widgetia*: two new species of *Widgetia minor***": the italic names are the bold title's, whether
    # the bold closes with them ("***") or goes on after them; the italic after the names is the journal
    page = tmp_path / "about.md"
    page.write_text(
        "# Nora Quist\n\n## Publications\n\n"
        "1. **Rare *Widgetia*: two new species from Peru and a look at *Widgetia minor***\n"
        "   Haldor P.T., Quist N.B. — *Widget Mycology*, 12(1), 2023.\n"
        "   [doi:10.1000/wm.1](https://doi.org/10.1000/wm.1)\n\n"
        "2. **Spread of the genus *Gizmo* in the north of Chile**\n"
        "   Quist N.B., Orm L.A. — *Widget Mycology*, 10(2), 2020.\n")
    pubs = import_path(tmp_path).profile.publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Rare Widgetia: two new species from Peru and a look at Widgetia minor", 2023, "Widget Mycology"),
        ("Spread of the genus Gizmo in the north of Chile", 2020, "Widget Mycology")]
    assert [a.name for a in pubs[1].authors] == ["Quist N.B", "Orm L.A"]


def test_an_et_al_list_that_says_the_owner_is_included_names_the_owner(tmp_path):
    # "Roe B. et al. (incl. Quist N.B.)": the first name, the rest left out but for the owner, whom the bracket
    # names; after a bold title with an italic species name closing it, the names are not the title's words
    page = tmp_path / "about.md"
    page.write_text(
        "# Nora Quist\n\n## Publications\n\n"
        "1. **Two new species of *Widgetia minor***\n"
        "   Roe-Lind B. et al. (incl. Quist N.B.) — *Widget Mycology*, 12(1), 2023.\n\n"
        "2. **Widget sheets: 1042–1111**\n"
        "   Haldor P.T. et al. (incl. Quist N.B.) — *Gizmo Botany*, 44, 2020.\n")
    pubs = import_path(tmp_path).profile.publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Two new species of Widgetia minor", 2023, "Widget Mycology"), ("Widget sheets: 1042–1111", 2020, "Gizmo Botany")]
    assert [[a.name for a in p.authors] for p in pubs] == [["Roe-Lind B", "Quist N.B"], ["Haldor P.T", "Quist N.B"]]
    assert all(p.authors_truncated for p in pubs)


def test_a_vancouver_name_with_the_initial_a_is_a_name_not_an_article(tmp_path):
    # "Orm B, Haldor NM, **Quist A**, Vance E. [Title](url). J Widg. 2025 Jul 19:S1071-77.": the owner's bold name
    # ends in the initial "A", which reads as the article only when it opens a phrase
    page = tmp_path / "publications.md"
    page.write_text(
        "# Ada Quist\n\n## Publications\n\n"
        "* Orm B, Haldor NM, <strong>Quist A</strong>, Vance E, Lund K. [A widget curriculum improves gadget "
        "care in clinics](https://j.example/1). J Widg Fail. 2025 Jul 19:S1071-9164(25)00280-1. doi:10.1000/jwf.1\n\n"
        "* Lund K, Orm B, <strong>Quist A</strong>, et al. [Gadget surgery versus widget drugs in older "
        "adults](https://pubmed.example/2). Ann Widg. Published online June 11, 2024. doi:10.1000/aw.2\n")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("A widget curriculum improves gadget care in clinics", 2025, "J Widg Fail"),
        ("Gadget surgery versus widget drugs in older adults", 2024, "Ann Widg")]
    assert [a.name for a in pubs[0].authors] == ["Orm B", "Haldor NM", "Quist A", "Vance E", "Lund K"]
    assert [a.name for a in pubs[1].authors] == ["Lund K", "Orm B", "Quist A"] and pubs[1].authors_truncated


def test_a_paper_box_whose_first_bullet_is_the_whole_citation_and_the_others_its_highlights(tmp_path):
    page = tmp_path / "about.md"
    page.write_text(
        "# Ada Quist\n\n## Journal Papers\n\n"
        "<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">WJ 2022</div></div></div>\n"
        "<div class='paper-box-text' markdown=\"1\">\n\n"
        "- [Gadget: An open widget system for smart rooms](https://j.example/g). Bo Lind\\*, **Ada Quist**\\*, "
        "Cy Orm. **Widget Journal**.(2022). [Code link.](https://code.example/g)\n"
        "- A fully distributed widget system with strong flexibility and many functions.\n"
        "- High user acceptance during long-term stable operation in real rooms.\n\n"
        "</div>\n</div>\n")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.year) for p in pubs] == [("Gadget: An open widget system for smart rooms", 2022)]
    assert [a.name for a in pubs[0].authors] == ["Bo Lind", "Ada Quist", "Cy Orm"]


def test_a_long_vancouver_author_list_that_breaks_off_is_judged_at_once():
    # a life-science page's citation of 35 authors written "Family I" whose list ends in a misplaced comma
    # ("... Lund S Berg, BM"): whether the full stop after it closed a Vancouver list was tried every way each
    # one-capital initial could be read, and the import of a small Jekyll site did not finish in five minutes
    import signal

    from kg.importers.page.context import vancouver_end

    names = ", ".join(f"{family} {initials}" for family, initials in zip(
        ("Skarp", "Olde", "Vinter", "Hagen", "Lind", "Mora", "Tell", "Brask", "Ekdal", "Fjell", "Gran", "Holm", "Isak",
         "Jarl", "Kvist", "Lager", "Mork", "Norr", "Ost", "Palm", "Rask", "Stig", "Torp", "Ulf", "Vass", "Wik"),
        ("A", "B", "CD", "E", "F", "GH", "J", "K", "L", "MN", "P", "R", "S", "T", "U", "V", "W", "AB", "C", "D", "E",
         "F", "G", "H", "J", "K")))

    def too_slow(*_args):
        raise TimeoutError("vancouver_end took over 3 s")

    before = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(3)
    try:
        assert vancouver_end(names + " Lund S Berg, BM", "Ancient genomes of the northern steppe. Nature 2022") is False
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)


def test_family_names_with_initials_then_the_title_with_no_stop_between(tmp_path):
    # "Lee A, Roe B, and Von Hoff D Role of tides in ...": the stop after the last initials left out; the title
    # opens with a capitalised word and goes on in lower case
    page = tmp_path / "index.html"
    page.write_text("""\
<html><body><h1>Jo Roe</h1><h2>Publications</h2><ul>
<li>Lee A, Roe J, Kim B. Tides of narrow bays. Coast Res. 2021 Oct. PMID: 10000001</li>
<li>Ruiz S, Roe J, Moss C, and Von Hoff D Role of salt wedges in the mixing of estuaries. Estuar Sci. 2021 Jul. PMID: 10000002</li>
<li>Roe J, Lee A. River plumes seen from above. Remote Sens Lett. 2020. PMID: 10000003</li>
</ul></body></html>
""", encoding="utf-8")
    pubs = import_path(page).profile.publications
    second = pubs[1]
    assert (second.title, second.venue) == ("Role of salt wedges in the mixing of estuaries", "Estuar Sci")
    assert [a.name for a in second.authors] == ["Ruiz S", "Roe J", "Moss C", "Von Hoff D"]


def test_vancouver_initials_of_latin_extended_a_capitals_are_initials(tmp_path):
    # "Novák Š", "Kowalik ŁŻ": Vancouver initials are any capital of a name (common.NAME_CAPITALS), not [A-Z]; the
    # list ends at the stop after them, or before the title where the stop is left out
    page = tmp_path / "index.html"
    page.write_text("""\
<html><body><h1>Jo Roe</h1><h2>Publications</h2><ul>
<li>Lee A, Roe J, Kim B. Tides of narrow bays. Coast Res. 2021 Oct. PMID: 10000001</li>
<li>Ślusarz Ł, Roe J, Dvořák Š, and Kowalik ŁŻ Role of salt wedges in the mixing of estuaries. Estuar Sci. 2021 Jul.</li>
<li>Roe J, Novák Š, Żak Ł 2nd. River plumes seen from above. Remote Sens Lett. 2020. PMID: 10000003</li>
</ul></body></html>
""", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue) for p in pubs[1:2]] == [("Role of salt wedges in the mixing of estuaries", "Estuar Sci")]
    assert pubs[2].title == "River plumes seen from above"
    assert [a.name for a in pubs[1].authors] == ["Ślusarz Ł", "Roe J", "Dvořák Š", "Kowalik ŁŻ"]
    assert [a.name for a in pubs[2].authors] == ["Roe J", "Novák Š", "Żak Ł 2nd"]
    assert [a.name for a in split_authors("Lind Ł, Oda, Š, Brandt, WR, Moe K").authors] == [
        "Lind Ł", "Oda Š", "Brandt WR", "Moe K"]


_DOTTED = """<html><body><h1>Ilse Varga</h1><h2>Papers</h2><ol>
<li><p><author>Holt P., Varga I., Sand T.</author>
  Moths at dusk: a field count of the night.<br>(2020); <i>Journal of Night Insects</i> 12: 1-10</p></li>
<li><p><author>Varga I.</author>
  Counting moths by their sound alone in a mixed wood.<br>(2019); <i>Acoustic Ecology</i> 2: 40-52</p></li>
<li><p><author>Holt P.J. and Varga I.</author>
  Why lamps draw moths, and why some do not.<br>(2018); <i>Insect Letters</i> 9: 11-19</p></li>
<li><p><author>Sand T., Varga I., Pat J. Holt.</author>
  Wing scales under the lens of a microscope.<br>(2017); <i>Lepidoptera Review</i> 3: 5-30</p></li>
</ol></body></html>
"""


def test_vancouver_names_with_dotted_initials_end_at_the_last_initials_stop(tmp_path):
    # "Holt P., Varga I., Sand T. Title.": family names and dotted initials; the list ends at the stop of its last
    # initial, the title after it (it was read as the title, the owner implied); a name joined by "and" goes on
    # after an initial's stop, and a last name written given name first ends at its family name's stop
    page = tmp_path / "papers.html"
    page.write_text(_DOTTED)
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == [
        "Moths at dusk: a field count of the night", "Counting moths by their sound alone in a mixed wood",
        "Why lamps draw moths, and why some do not", "Wing scales under the lens of a microscope"]
    assert [len(p.authors) for p in pubs] == [3, 1, 2, 3]


def test_an_ellipsis_before_the_last_name_then_an_italic_title_with_no_stop_keeps_the_names_whole(tmp_path):
    # PubMed lists cut by an R script: "A, B, <strong>Owner</strong>, C, …, Z <em>Title.</em> Journal (2026). <a>doi</a>":
    # the ellipsis stands for the names left out before the last one; no title opens at it
    page = tmp_path / "publikationen.html"
    page.write_text("""<html><head><title>Ola Brenner</title></head><body><h1>Ola Brenner</h1><h2>Publikationen</h2>
<p>Tove Hild, Rasmus Kell, <strong>Ola Brenner</strong>, Ines Marr, …, Per Svale <em>Sleep timing and mood in shift workers.</em> The journal of sleep studies (2026). <a href="https://dx.doi.org/10.1000/sleep.7" class="uri">https://dx.doi.org/10.1000/sleep.7</a></p>
<p>Tove Hild, <strong>Ola Brenner</strong>, Ines Marr, ..., Per Svale. <em>Nap length and recall in students.</em> Memory letters (2024). <a href="https://dx.doi.org/10.1000/nap.2" class="uri">https://dx.doi.org/10.1000/nap.2</a></p>
<p><strong>Ola Brenner</strong>, Rasmus Kell <em>Light at night and alertness.</em> Memory letters (2022). <a href="https://dx.doi.org/10.1000/light.1" class="uri">https://dx.doi.org/10.1000/light.1</a></p>
</body></html>""", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Sleep timing and mood in shift workers", "The journal of sleep studies", 2026),
        ("Nap length and recall in students", "Memory letters", 2024),
        ("Light at night and alertness", "Memory letters", 2022)]
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["Tove Hild", "Rasmus Kell", "Ola Brenner", "Ines Marr", "Per Svale"],
        ["Tove Hild", "Ola Brenner", "Ines Marr", "Per Svale"], ["Ola Brenner", "Rasmus Kell"]]
    assert [p.authors_truncated for p in pubs] == [True, True, False]
    assert [a.name for a in pubs[0].authors if a.is_self] == ["Ola Brenner"]


# --- chemistry's style: the journal set in bold after the title ends the title ----------------------------------------

_BOLD_JOURNAL_LIST = """# Ivo Lind

## Publications

<ol reversed>
  <li>Berg, F.; <strong>Lind, I.</strong>; Okoro, B. Wet Cells with Acid Additives for Silicon Electrodes. Part 1: Gas and Heat, <strong>J. Cell Sci.</strong> 2023, <em>5</em> (2), 025003. <a href="https://doi.org/10.5555/wc.1">https://doi.org/10.5555/wc.1</a></li>
  <li><strong>Lind, I.*</strong> Tracking Gas in Wet Cells by Mass Spectrometry: Progress and Outlook, <strong>Cell Mater. Au</strong> 2025, <em>5</em> (6), 896-905. <strong>[Special Issue: Rising Stars]</strong>. <a href="https://doi.org/10.5555/wc.2">https://doi.org/10.5555/wc.2</a></li>
  <li>Berg, F.; Okoro, B.; <strong>Lind, I.</strong> Dry Cells Made Simple. <strong>Cell Rep.</strong> 2022, <em>3</em>, 100. <a href="https://doi.org/10.5555/wc.3">https://doi.org/10.5555/wc.3</a></li>
  <li><strong>Lind, I.</strong>; Okoro, B. Looking at Wet Cells by <em>Operando</em> Sensing: Gas and Heat. <strong>Cell Chem.</strong> 2020, <em>7</em> (8), 12. <a href="https://doi.org/10.5555/wc.5">https://doi.org/10.5555/wc.5</a></li>
  <li><strong>Lind, I.</strong>; Berg, F. Triggering the <em>In Situ</em> Growth of Salt Films. <strong>Cell Mater.</strong> 2019, <em>2</em>, 3. <a href="https://doi.org/10.5555/wc.6">https://doi.org/10.5555/wc.6</a></li>
</ol>
"""


def test_a_bold_journal_after_the_title_ends_the_title(tmp_path):
    page = tmp_path / "publications.md"
    page.write_text(_BOLD_JOURNAL_LIST, encoding="utf-8")
    pubs = import_path(page).profile.publications
    # the title's own full stop ("... Electrodes. Part 1: ...") does not end it: the bold journal does
    assert [p.title for p in pubs] == [
        "Wet Cells with Acid Additives for Silicon Electrodes. Part 1: Gas and Heat",
        "Tracking Gas in Wet Cells by Mass Spectrometry: Progress and Outlook",
        "Dry Cells Made Simple",
        # an italic word or two inside the title's sentence, the bold journal after it, are the title's own words
        "Looking at Wet Cells by Operando Sensing: Gas and Heat", "Triggering the In Situ Growth of Salt Films"]
    # the bold journal is the venue, not a bold note after it ("[Special Issue: ...]"), nor its abbreviation's tail
    assert [p.venue for p in pubs] == ["J. Cell Sci", "Cell Mater. Au", "Cell Rep", "Cell Chem", "Cell Mater"]
    assert [p.year for p in pubs] == [2023, 2025, 2022, 2020, 2019]
    assert [[a.name for a in p.authors] for p in pubs][0] == ["F. Berg", "I. Lind", "B. Okoro"]


def test_pubmed_full_text_and_pdf_links_each_take_their_own_slot(tmp_path):
    # "[PubMed] [Full Text] [PDF]" under a citation: PubMed's record is a link of its own kind, so the journal's full
    # text is the paper's link, not a second "paper" set aside in more_links
    links = ('[<a href="http://www.ncbi.nlm.nih.gov/pubmed/31415926">PubMed</a>] '
             '[<a href="https://widgets.example/article/77/fulltext.html">Full Text</a>] '
             '[<a href="https://widgets.example/article/77.pdf">PDF</a>]')
    old = ('[<a href="http://www.ncbi.nlm.nih.gov/entrez/query.fcgi?cmd=Retrieve&db=PubMed&list_uids=2718281">'
           'PubMed</a>] [<a href="https://gadgets.example/s0022-2836">Full Text</a>]')
    pubs = _html_list(tmp_path, [
        dict(n=2, authors="Quist N, Haldor PT", title="Widget proteins shape the cell cycle", venue="Cell Widgets",
             tail="2017;49(2):170-174.", links=links),
        dict(n=1, authors="Ortlund B, Quist N", title="Gadget loci in yeast", venue="Widget Genetics",
             tail="2001;12:1-9.", links=old)])
    # (the template links each venue to the journal's home: the "other" link beside them)
    assert pubs[0].links == {"pubmed": "http://www.ncbi.nlm.nih.gov/pubmed/31415926",
                             "paper": "https://widgets.example/article/77/fulltext.html",
                             "pdf": "https://widgets.example/article/77.pdf", "other": "http://j.example/"}
    assert pubs[1].links == {
        "pubmed": "http://www.ncbi.nlm.nih.gov/entrez/query.fcgi?cmd=Retrieve&db=PubMed&list_uids=2718281",
        "paper": "https://gadgets.example/s0022-2836", "other": "http://j.example/"}
    assert pubs[0].more_links == [] and pubs[1].more_links == []


_DISPATCH_LIST = """# Ines Varga

## Publications

- Oskar Brandt<sup>*</sup>, _**Ines Varga**_<sup>*</sup>, Lena Holm, Piet Ruys. [Measles cluster in a rowing club, Tarnow, Poland, March 2019.](https://doi.org/10.1000/eid.0001) **Emerging pond diseases**, 25(8): 1220--1222. (2019)
- _**Ines Varga**_, Mara Lind. [Ticks on migrating geese, Lake Vetter, 2016-2018.](https://doi.org/10.1000/eid.0002) **Vector Notes**, 12, 40-44. (2020)
- _**Ines Varga**_, Mara Lind. [Sparrows of the Old Harbour.](https://doi.org/10.1000/eid.0003) **Bird Letters**, 7, 1-9. (2021)
"""


def test_a_linked_title_naming_a_place_and_a_date_is_the_title_before_its_bold_journal(tmp_path):
    # an outbreak report's title closes with its place and month: the year the citation gives again at its end is
    # the citation's, the one in the link is the title's; the bold run after it stays the journal
    page = tmp_path / "publications.md"
    page.write_text(_DISPATCH_LIST, encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["Measles cluster in a rowing club, Tarnow, Poland, March 2019",
                                       "Ticks on migrating geese, Lake Vetter, 2016-2018", "Sparrows of the Old Harbour"]
    # (the journal written in sentence case, as its own site writes it, reads as a title as well as the link does)
    assert [p.venue for p in pubs] == ["Emerging pond diseases", "Vector Notes", "Bird Letters"]
    assert [p.year for p in pubs] == [2019, 2020, 2021]
    assert [a.name for a in pubs[0].authors] == ["Oskar Brandt", "Ines Varga", "Lena Holm", "Piet Ruys"]
    assert pubs[0].authors[1].is_self


_MIXED_GIVEN_FIRST = """# Ines Varga

## Publications

- _**Ines Varga**_, Tomas Lind, Hana Roe, L. K. Moss, W. Y. Tan, Alex Y. M. Ho, K. T. Yip, Leo P. Quist. [Gulls carrying ticks across the Baltic.](https://doi.org/10.1000/gull.1) **Vector Notes**, 20(3), e70249. (2024)
- Tomas Lind, Hana Roe, L. K. Moss, _**Ines Varga**_. [Ticks of the dunes.](https://doi.org/10.1000/gull.2) **Vector Notes**, 19, 4-9. (2023)
"""


def test_a_given_name_first_list_with_initials_is_not_read_family_name_first(tmp_path):
    # "Ines Varga, Tomas Lind, ..., L. K. Moss, W. Y. Tan" reads family-first as "Ines Varga, Tomas Lind", ...,
    # "Moss, W. Y." (the cut falls inside the list); the owner's whole name where a family name would stand says
    # the list is written given name first
    page = tmp_path / "publications.md"
    page.write_text(_MIXED_GIVEN_FIRST, encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["Gulls carrying ticks across the Baltic", "Ticks of the dunes"]
    assert [a.name for a in pubs[0].authors] == ["Ines Varga", "Tomas Lind", "Hana Roe", "L. K. Moss", "W. Y. Tan",
                                                 "Alex Y. M. Ho", "K. T. Yip", "Leo P. Quist"]
    assert [a.name for a in pubs[1].authors] == ["Tomas Lind", "Hana Roe", "L. K. Moss", "Ines Varga"]
    assert [p.venue for p in pubs] == ["Vector Notes", "Vector Notes"]
