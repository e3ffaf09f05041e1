"""BibTeX files: entries -> publications with bibtexparser v2."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers import import_path
from kg.importers.base import SourceDoc
from kg.importers.bibtex import decode_latex, detect, most_frequent_author, read_bibtex

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "bibtex"


@pytest.fixture(scope="module")
def mira():
    return import_path(FIX / "mira-okafor.bib")


def by_title(result):
    return {p.title: p for p in result.profile.publications}


def test_detection_and_owner_by_frequency(mira):
    assert mira.format == "bibtex"
    assert mira.profile.person.name == "Mira Okafor"
    assert mira.counts["publications"] == 6
    # the owner is is_self everywhere, also as "M. Okafor"
    assert all(sum(a.is_self for a in p.authors) == 1 for p in mira.profile.publications)


def test_full_entry(mira):
    p = by_title(mira)["LatticeNet: Sparse Lattice Features for 3D Scene Completion"]
    assert [a.name for a in p.authors] == ["Mira Okafor", "Erik Lindqvist", "Lucía Hernández", "Wei Zhou"]
    assert (p.year, p.date, p.venue, p.venue_type) == (2023, "2023-06", "CVPR", "conference")
    assert p.venue_full == "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition"
    assert p.doi == "10.1109/CVPR52729.2023.00105"
    assert p.links == {
        "pdf": "https://openaccess.thecvf.com/content/CVPR2023/papers/Okafor_LatticeNet.pdf",
        "code": "https://github.com/mokafor/latticenet",
        "doi": "https://doi.org/10.1109/CVPR52729.2023.00105",  # from the doi field, as sites render it
    }
    assert p.notes == ["Highlight"]
    assert p.abstract == "We propose LatticeNet, which completes scenes with sparse lattices and runs at 30 frames per second."
    assert p.keywords == ["scene completion", "sparse convolution"]
    assert (p.pages, p.line) == ("1021-1030", 5)


def test_string_macro_quoted_title_and_others(mira):
    p = by_title(mira)["A Survey of Occupancy Networks"]
    assert [a.name for a in p.authors] == ["Erik Lindqvist", "Mira Okafor"]
    assert p.authors_truncated
    assert (p.venue, p.venue_type, p.date, p.volume) == ("T-PAMI", "journal", "2021-09", "43")
    assert p.venue_full == "IEEE Transactions on Pattern Analysis and Machine Intelligence"


def test_arxiv_eprint_and_accented_names(mira):
    p = by_title(mira)["Diffusion Priors for Shape Completion under Occlusion"]
    assert p.arxiv == "2403.01234"
    assert p.links == {"arxiv": "https://arxiv.org/abs/2403.01234"}
    assert [a.name for a in p.authors] == ["Mira Okafor", "Jörg Müller"]
    assert p.date is None and p.year == 2024


def test_concatenated_string_and_thesis(mira):
    pubs = by_title(mira)
    ws = pubs["Fast Voxel Hashing"]
    assert ws.venue == "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops"
    assert ws.venue_type == "workshop"
    thesis = pubs["Learning Geometry from Incomplete Observations"]
    assert (thesis.venue, thesis.venue_type) == ("University of Edinburgh", "thesis")
    assert thesis.links == {"paper": "https://era.ed.ac.uk/handle/1842/0000"}
    icip = pubs["Edge-Aware Depth Upsampling"]
    assert (icip.venue, icip.venue_full) == ("ICIP", "IEEE International Conference on Image Processing")
    assert [(a.name, a.is_self) for a in icip.authors] == [("M. Okafor", True), ("Tunde Adeyemi", False)]


def test_malformed_entry_and_unknown_field_are_unparsed(mira):
    unparsed = [(u.line, u.text) for u in mira.profile.unparsed]
    assert unparsed == [
        (57, "@article{broken2020,"),
        (58, "title   = {An Entry Someone Forgot to Close,"),
        (59, "author  = {Okafor, Mira},"),
        (60, "journal = {Pattern Recognition},"),
        (67, "shortcode = {EADU},"),
    ]
    assert all(u.section == "publications" for u in mira.profile.unparsed)


def test_failed_blocks_are_reported_with_lines():
    result = read_bibtex((FIX / "mira-okafor.bib").read_text(encoding="utf-8"))
    assert [line for line, _ in result.failed] == [57]
    assert result.owner == "Mira Okafor"


def test_dblp_export():
    r = import_path(FIX / "dblp-export.bib")
    assert r.profile.person.name == "Anya Petrova"
    pubs = by_title(r)
    iclr = pubs["Gradient Flows on Graphs"]
    assert [a.name for a in iclr.authors] == ["Anya Petrova", "Sung-min Kim"]
    assert iclr.venue == "ICLR" and iclr.links == {"openreview": "https://openreview.net/forum?id=abcDEF123"}
    corr = pubs["Message Passing with Curvature"]
    assert (corr.venue_type, corr.arxiv) == ("preprint", "2105.01234")
    tnnls = pubs["Spectral Pooling Revisited"]
    assert (tnnls.venue, tnnls.venue_full) == ("TNNLS", "IEEE Trans. Neural Networks Learn. Syst.")
    assert tnnls.doi == "10.1109/TNNLS.2020.1234567"
    assert r.profile.unparsed == []  # timestamp/biburl/editor/publisher are bookkeeping


def test_owner_option():
    r = import_path(FIX / "dblp-export.bib", owner="Sung-min Kim")
    assert r.profile.person.name == "Sung-min Kim"
    assert [a.is_self for a in r.profile.publications[0].authors] == [False, True]


def test_no_entries_is_a_source_error():
    with pytest.raises(SourceError, match="no BibTeX entries"):
        import_path(FIX / "comments-only.bib", fmt="bibtex")
    with pytest.raises(SourceError) as err:
        import_path(FIX / "all-broken.bib")
    assert err.value.line == 3


def test_detect():
    assert detect(SourceDoc.read(FIX / "mira-okafor.bib")) >= 0.9
    md = SourceDoc(path=Path("a.md"), text="# Me\n\n```bibtex\n@article{a, title={X}}\n```\n")
    assert detect(md) < 0.2
    assert detect(SourceDoc(path=Path("a.txt"), text="Jane Doe\nCVAug 1, 2020\nTitle\n")) == 0.0


def test_read_bibtex_for_site_importers():
    pubs = read_bibtex(
        "@article{x, title={T}, author={Roe, Jane and Doe, John}, journal={J}, year={2020},\n"
        "  pdf={paper.pdf}, code={https://github.com/j/t}}",
        owner="Jane Roe",
        pdf_base="https://jane.example.org/assets/pdf/",
        file="_bibliography/papers.bib",
    ).publications
    assert len(pubs) == 1
    p = pubs[0]
    assert p.links == {"pdf": "https://jane.example.org/assets/pdf/paper.pdf", "code": "https://github.com/j/t"}
    assert p.file == "_bibliography/papers.bib" and p.line == 1
    assert [a.is_self for a in p.authors] == [True, False]


def test_most_frequent_author():
    assert most_frequent_author([["A B", "C D"], ["C D"], ["E F", "D, C"]]) == "C D"
    assert most_frequent_author([["A B", "C D"], ["E F"]]) is None
    assert most_frequent_author([["Solo Author"]]) == "Solo Author"


@pytest.mark.parametrize(
    "latex, text",
    [
        (r"{\'E}cole", "École"),
        (r"Z\"{u}rich", "Zürich"),
        (r"{\v{S}}koda", "Škoda"),
        (r"Fran\c{c}ois", "François"),
        (r"$\ell_1$ norms", "ℓ_1 norms"),
        (r"{BERT} for {NLP}", "BERT for NLP"),
        (r"50\% faster \& smaller", "50% faster & smaller"),
        (r"We study \emph{care}, see \cite{x} and $O(n^2)$.", "We study care, see and O(n^2)."),
        (r"\textbf{\emph{Bold}} \href{http://x.org}{link}", "Bold link"),
        (r"Self--Supervised --- ``quoted''", "Self–Supervised — “quoted”"),
        (r"\AA ngstr\"{o}m and \o{}re", "Ångström and øre"),
        (r"$\mathcal{O}(n \log n)$ and $\frac{1}{2}$", "𝒪(n log n) and 1/2"),  # \frac: pylatexenc
    ],
)
def test_decode_latex(latex, text):
    assert decode_latex(latex) == text


def test_entries_bibtexparser_flags_are_still_read(tmp_path):
    """A field given twice and names with too many commas: the entry is kept, the names readable."""
    bib = tmp_path / "edge.bib"
    bib.write_text(
        "@article{a,\n  title = {First Title},\n  title = {Second Title},\n  author = {Roe, Jane},\n  year = {2020},\n}\n"
        "@article{b,\n  title = {Weird Names},\n  author = {Roe, Jane, Jr, Extra and Doe, John},\n  year = {2021},\n}\n"
        "@article{c,\n  author = {Roe, Jane},\n  year = {2022},\n}\n",
        encoding="utf-8",
    )
    r = import_path(bib)
    pubs = r.profile.publications
    assert [p.line for p in pubs] == [1, 7]
    assert [(a.name, a.is_self) for a in pubs[0].authors] == [("Jane Roe", True)]
    assert [a.name for a in pubs[1].authors] == ["Jane Roe Jr Extra", "John Doe"]
    # the entry without a title is not a publication: its lines stay visible
    assert [u.line for u in r.profile.unparsed if u.line >= 12] == [12, 13, 14, 15]


def test_abbr_that_is_a_note_is_not_the_venue():
    """al-folio shows ``abbr`` as the badge; 'Cover paper' or 'Oral' there is a note, the journal is the venue."""
    pubs = read_bibtex(
        "@article{a, title={Tails of Lizards}, author={Roe, Jane}, journal={Copeia}, year={2020}, abbr={Cover paper}}\n"
        "@article{b, title={Heads of Lizards}, author={Roe, Jane}, journal={bioRxiv}, year={2021}, abbr={bioRxiv}}",
        owner="Jane Roe").publications
    assert [(p.venue, p.notes) for p in pubs] == [("Copeia", ["Cover paper"]), ("bioRxiv", [])]


def test_bibtex_names_reads_family_first_names_and_ampersands():
    from kg.importers.bibtex import bibtex_names

    assert bibtex_names("Sato, Yuko and Michael Wahman & Ann Lee") == ["Yuko Sato", "Michael Wahman", "Ann Lee"]
    assert bibtex_names("Vanessa A. Boese") == ["Vanessa A. Boese"]


def test_a_mark_in_a_family_name_is_a_mark_and_a_doi_field_is_a_doi_link():
    # Google-Scholar-style entries edited by hand: "Ostrova*, Mila K." marks a student; the doi field holds a
    # full https://doi.org/ address while url points at the publisher's page (which also contains the DOI)
    bib = """@article{ostrova2021,
  author = {Ostrova*, Mila K. and Brandt, Jonas and Quist, Ada},
  title = {Counting seabirds from drone images},
  journal = {Ecological Methods},
  doi = {https://doi.org/10.5555/ecm.2021.044},
  url = {https://publisher.example.org/doi/abs/10.5555/ecm.2021.044},
  year = {2021}
}
"""
    [pub] = read_bibtex(bib, owner="Jonas Brandt").publications
    # before: the author was 'Mila K. Ostrova*' and no doi link was given beside the publisher's page
    assert [a.name for a in pub.authors] == ["Mila K. Ostrova", "Jonas Brandt", "Ada Quist"]
    assert pub.authors[0].marks and pub.authors[1].is_self
    assert pub.links["doi"] == "https://doi.org/10.5555/ecm.2021.044"
    assert pub.links["paper"] == "https://publisher.example.org/doi/abs/10.5555/ecm.2021.044"


def test_an_abbr_badge_naming_the_kind_of_work_is_no_venue():
    from kg.importers.bibtex import read_bibtex

    text = ("@article{m1, abbr={Article}, title={Partitioned integrators for thermodynamic parameterization}, "
            "author={Leimkuhler, Ben and Matthews, Charlie}, journal={Foundations of Data Science}, year={2019}}\n"
            "@article{m2, abbr={ICML}, title={A paper with a real badge}, author={Matthews, Charlie}, "
            "journal={Proceedings of ICML}, year={2020}}\n")
    pubs = read_bibtex(text, "Charlie Matthews").publications
    assert [p.venue for p in pubs] == ["Foundations of Data Science", "ICML"]


def test_an_abbr_badge_naming_a_degree_or_outreach_is_no_venue():
    """al-folio's badge on a thesis names its degree ("M.Sc.", "PhD") and on a magazine piece its kind
    ("Outreach"): the school or the magazine is the venue."""
    from kg.importers.bibtex import read_bibtex

    text = ("@mastersthesis{t1, abbr={M.Sc.}, title={Tilings of the flat torus}, author={Lind, Ana}, "
            "school={Lakeside University}, year={2015}}\n"
            "@phdthesis{t2, abbr={PhD}, title={Twisted tilings}, author={Lind, Ana}, school={Lakeside University}, "
            "year={2019}}\n"
            "@misc{o1, abbr={Outreach}, title={Why tiles repeat}, author={Lind, Ana}, journal={Math Monthly Kids}, "
            "year={2016}}\n")
    pubs = read_bibtex(text, "Ana Lind").publications
    assert [p.venue for p in pubs] == ["Lakeside University", "Lakeside University", "Math Monthly Kids"]


def test_markup_in_a_title_is_no_part_of_it():
    pubs = read_bibtex("@article{k, title={The <i>Lacerta</i> of the Alps: a review of CO<sub>2</sub> &amp; "
                             "heat}, author={Roe, Jo}, journal={Herpetologica}, year={2020}}", owner="Jo Roe").publications
    assert pubs[0].title == "The Lacerta of the Alps: a review of CO2 & heat"


def test_a_url_that_is_another_address_of_the_doi_field_is_kept_beside_the_doi_button():
    """al-folio renders the DOI button from 'doi = {...}' as https://doi.org/<doi>; a 'url' field holding
    http://dx.doi.org/<doi> is the entry's own link, not the DOI button's address."""
    from kg.importers.bibtex import read_bibtex

    bib = ("@article{stone2016,\n  title={Tidal gauges},\n  author={Stone, Mira},\n  journal={Ocean Letters},\n"
           "  year={2016},\n  doi={10.1098/rspa.2016.0138},\n  url={http://dx.doi.org/10.1098/rspa.2016.0138}\n}\n")
    pub = read_bibtex(bib, "Mira Stone").publications[0]
    assert pub.doi == "10.1098/rspa.2016.0138"
    assert pub.links == {"url": "http://dx.doi.org/10.1098/rspa.2016.0138",
                         "doi": "https://doi.org/10.1098/rspa.2016.0138"}


def test_only_the_cited_entries_are_read_when_the_page_names_them():
    from kg.importers.bibtex import read_bibtex
    from kg.importers.base import SourceDoc

    text = ("@article{a1,\n  title={First Kept Work},\n  author={Moss, Ida},\n  journal={J. One},\n  year={2020}\n}\n"
            "@article{b2,\n  title={Work Not Shown},\n  author={Moss, Ida},\n  journal={J. Two},\n  year={2019}\n}\n")
    doc = SourceDoc(Path("refs.bib"), text)
    result = read_bibtex(text, "Ida Moss", doc=doc, cited={"a1"})
    assert [p.title for p in result.publications] == ["First Kept Work"]
    assert all(n in doc.ignored for n in range(7, 13))  # the entry the page does not cite is no part of it
    assert [p.title for p in read_bibtex(text, "Ida Moss").publications] == ["First Kept Work", "Work Not Shown"]


def test_a_key_used_twice_for_one_paper_gives_it_once_and_for_two_papers_gives_both(tmp_path):
    same = "@article{k1,\n  author = {Ana Lopes},\n  title = {Tidal {Flats}},\n  year = {2020}\n}\n"
    other = "@article{k1,\n  author = {Ana Lopes},\n  title = {Salt marsh carbon},\n  year = {2021}\n}\n"
    f = tmp_path / "a.bib"
    f.write_text(same + "\n" + same.replace("{Flats}", "Flats"), encoding="utf-8")
    assert [p.title for p in import_path(f).profile.publications] == ["Tidal Flats"]
    f.write_text(same + "\n" + other, encoding="utf-8")
    assert sorted(p.title for p in import_path(f).profile.publications) == ["Salt marsh carbon", "Tidal Flats"]
    # the key's entry copied again with its title cut before the subtitle: one paper (before: two)
    longer = same.replace("Tidal {Flats}", "Tidal Flats: mud and birds")
    f.write_text(longer + "\n" + same, encoding="utf-8")
    assert [p.title for p in import_path(f).profile.publications] == ["Tidal Flats: mud and birds"]


def test_three_papers_under_one_key_and_another_key_reused_give_every_paper_once():
    # a hand-merged file: "k1" labels three different papers, "k2" two; the parser sets the later ones apart and
    # they are read again together, where their keys clash once more (before: one paper lost, another doubled,
    # titles moved to the next paper's line)
    def entry(key, title, year):
        return f"@article{{{key},\n  author = {{Lopes, Ana}},\n  title = {{{title}}},\n  year = {{{year}}}\n}}\n\n"
    text = (entry("k1", "Tidal flats", 2018) + entry("k2", "Dune grass", 2019) + entry("k1", "Salt marsh carbon", 2020)
            + entry("k1", "Estuary silt budgets", 2021) + entry("k2", "Seagrass meadows", 2022))
    pubs = read_bibtex(text, "Ana Lopes").publications
    assert sorted((p.title, p.year) for p in pubs) == [
        ("Dune grass", 2019), ("Estuary silt budgets", 2021), ("Salt marsh carbon", 2020),
        ("Seagrass meadows", 2022), ("Tidal flats", 2018)]
    assert {p.title: p.line for p in pubs}["Estuary silt budgets"] == 19


def test_a_paper_set_apart_under_a_reused_key_whose_names_the_parser_refuses_keeps_its_place():
    # "Lopes, Ana, Jr, Extra" (a name of four comma pieces: bibtexparser's name splitter refuses it) on the second
    # paper under "k1": re-read apart, it came back as an error block, not an entry, so the papers after it in its
    # round moved onto its place (before: "Salt marsh carbon" lost, "Seagrass meadows" twice)
    def entry(key, title, year, author="Lopes, Ana"):
        return f"@article{{{key},\n  author = {{{author}}},\n  title = {{{title}}},\n  year = {{{year}}}\n}}\n\n"
    text = (entry("k1", "Tidal flats", 2018) + entry("k2", "Dune grass", 2019)
            + entry("k1", "Salt marsh carbon", 2020, "Lopes, Ana, Jr, Extra and Roe, Bo")
            + entry("k2", "Seagrass meadows", 2022))
    pubs = read_bibtex(text, "Ana Lopes").publications
    assert [(p.title, p.year, p.line) for p in pubs] == [
        ("Tidal flats", 2018, 1), ("Dune grass", 2019, 7), ("Salt marsh carbon", 2020, 13),
        ("Seagrass meadows", 2022, 19)]
    # (read as the same name in a paper of its own key is)
    alone = read_bibtex(entry("k3", "Salt marsh carbon", 2020, "Lopes, Ana, Jr, Extra and Roe, Bo"), "Ana Lopes")
    assert [a.name for a in pubs[2].authors] == [a.name for a in alone.publications[0].authors]


def test_markup_in_author_names_and_a_badge_is_no_part_of_them_its_mark_is_read():
    # "Lund<nobr><em>*</em></nobr>, Mira": a site's equal-contribution star written as HTML into the name; "<br>"
    # breaking an al-folio badge over lines
    text = ("@article{lund2021,\n  title={Pollinator paths in fragmented meadows},\n"
            "  author={Lund<nobr><em>*</em></nobr>, Mira and Berg<nobr><em>*</em></nobr>, Kai and Holm, Tove},\n"
            "  journal={Journal of Meadow Ecology},\n  abbr={J. <br>Meadow <br/>Ecol.},\n  year={2021}\n}\n")
    [pub] = read_bibtex(text, "Mira Lund").publications
    assert [(a.name, a.marks) for a in pub.authors] == [
        ("Mira Lund", ["equal_contribution"]), ("Kai Berg", ["equal_contribution"]), ("Tove Holm", [])]
    assert pub.authors[0].is_self
    assert (pub.venue, pub.venue_full) == ("J. Meadow Ecol.", "Journal of Meadow Ecology")


def test_a_preprint_field_is_the_entrys_preprint_link_beside_its_paper():
    # al-folio's customised bib.html renders a "preprint" button next to the published paper's "html" one
    text = ("@article{lund2020,\n  title={Bee paths},\n  author={Lund, Mira},\n  journal={Meadow Letters},\n"
            "  year={2020},\n  html={https://journal.example.org/bee-paths},\n"
            "  preprint={https://www.biorxiv.org/content/10.1101/000001v1}\n}\n")
    [pub] = read_bibtex(text, "Mira Lund").publications
    assert set(pub.links.values()) == {"https://journal.example.org/bee-paths",
                                       "https://www.biorxiv.org/content/10.1101/000001v1"}


def test_the_owners_own_thesis_states_a_degree():
    text = ("@phdthesis{lund2019,\n  title={Bee paths in meadows},\n  author={Lund, Mira},\n  year={2019},\n"
            "  school={Lakeside University}\n}\n"
            "@phdthesis{roe2018,\n  title={Seals},\n  author={Roe, Ida},\n  year={2018},\n  school={Harbor College}\n}\n")
    result = read_bibtex(text, "Mira Lund")
    assert [(e.degree, e.institution, e.year) for e in result.education] == [("PhD", "Lakeside University", 2019)]


def test_stars_in_family_names_without_a_legend_mean_what_where_they_stand_says():
    # no legend: a star on authors apart, or on one author after the first, marks the corresponding authors
    # (equal contribution takes two or more people side by side, at the head of the list)
    pubs = read_bibtex(
        "@article{a, title={One}, author={Lind, Ida and Roe*, Bo and Sato, Kai and Berg*, Ana and Holm, Tor},"
        " journal={J}, year={2021}}\n"
        "@article{b, title={Two}, author={Lind, Ida and Roe*, Bo and Sato, Kai}, journal={J}, year={2022}}\n"
        "@article{c, title={Three}, author={Lind*, Ida and Roe*, Bo and Sato, Kai}, journal={J}, year={2023}}\n"
    ).publications
    assert [[(a.name, a.marks) for a in p.authors if a.marks] for p in pubs] == [
        [("Bo Roe", ["corresponding"]), ("Ana Berg", ["corresponding"])],
        [("Bo Roe", ["corresponding"])],
        [("Ida Lind", ["equal_contribution"]), ("Bo Roe", ["equal_contribution"])]]


def test_et_al_after_the_last_family_first_name_cuts_the_list_short():
    # "Roe, Bo, et al." reads to BibTeX as "Last, Jr, First": the last name, then the names left out
    [pub] = read_bibtex("@article{a, title={T}, author={Lind, Ida and Roe, Bo, et al.}, journal={J}, year={2022}}"
                        ).publications
    assert [a.name for a in pub.authors] == ["Ida Lind", "Bo Roe"] and pub.authors_truncated


def test_a_name_set_in_bold_or_underlined_whole_is_the_owners_highlight():
    # a site writes its owner's name in bold (\textbf{...}, {\bf ...}) or underlined inside the author field: the
    # macro goes before the names are split (before, "\textbf{Lind, I.}" read "extbfLind, I."), and the one
    # highlighted name is the owner even in a short form the owner's name does not match
    text = ("@article{a, title={One}, author={Roe, Bo and \\textbf{Lind, I.} and Sato, Kai}, journal={J}, year={2021}}\n"
            "@article{b, title={Two}, author={{\\bf Lind, I.} and Holm, Tor}, journal={J}, year={2022}}\n"
            "@article{c, title={Three}, author={Berg, Ana and \\underline{Ida Lind}}, journal={J}, year={2023}}\n"
            "@article{d, title={Four}, author={\\emph{Lind, Ida} and Roe, Bo}, journal={J}, year={2024}}\n")
    pubs = read_bibtex(text, "Ida Q. Lindqvist").publications
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["Bo Roe", "I. Lind", "Kai Sato"], ["I. Lind", "Tor Holm"], ["Ana Berg", "Ida Lind"], ["Ida Lind", "Bo Roe"]]
    assert [[a.is_self for a in p.authors] for p in pubs] == [
        [False, True, False], [True, False], [False, True], [True, False]]
    # with no owner given, the highlighted name is whom the file is about
    assert read_bibtex(text).owner in ("I. Lind", "Ida Lind")


def test_capitalised_field_names_are_read_as_lower_case_ones():
    """BibDesk writes ``Author = {...}`` and ``Title = {...}``; field names are case-insensitive in BibTeX, and the
    author list of such a file was read as empty (the site had no owner among its works, and listed none)."""
    text = ("@article{Vance_2019,\n\tAuthor = {Ines Vance and Olek P. Marrow},\n\tJournal = {Ocean Letters},\n"
            "\tTitle = {{Eddies} on the shelf},\n\tYear = {2019}}\n")
    pub = read_bibtex(text, "Olek Marrow").publications[0]
    assert [a.name for a in pub.authors] == ["Ines Vance", "Olek P. Marrow"] and pub.authors[1].is_self
    assert pub.venue == "Ocean Letters" and pub.year == 2019


def test_an_abbr_badge_naming_a_link_is_no_venue():
    """al-folio's ``abbr = {PDF}`` on an entry with a ``pdf`` file: the badge says what the link is, and the
    venue is the book the chapter is in."""
    text = ("@inproceedings{r1, abbr={PDF}, pdf={essay.pdf}, title={Losing the head to the machine}, "
            "author={Roe, Ana}, booktitle={Cinema of thought: essays}, year={2013}}\n")
    [pub] = read_bibtex(text, "Ana Roe").publications
    assert pub.venue == "Cinema of thought: essays"


def test_an_eprint_field_holding_a_web_address_is_the_papers_full_text_link(tmp_path):
    # publishers' exports write the full text's address into 'eprint'; an arXiv id there stays the arXiv id
    text = ("@article{lund2022,\n  title={Bee paths in wet meadows},\n  author={Lund, Mira},\n"
            "  journal={Meadow Letters},\n  year={2022},\n  url={https://press.example.org/doi/abs/10.9999/ml.1},\n"
            "  arxiv={2201.04321},\n"
            "  eprint={https://press.example.org/doi/pdf/10.9999/ml.1}\n}\n"
            "@article{lund2023,\n  title={Bee paths in dry meadows},\n  author={Lund, Mira},\n  year={2023},\n"
            "  eprint={2301.01234},\n  archivePrefix={arXiv}\n}\n")
    (tmp_path / "papers.bib").write_text(text, encoding="utf-8")
    result = import_path(tmp_path / "papers.bib", owner="Mira Lund").profile
    wet, dry = sorted(result.publications, key=lambda p: p.year)
    assert wet.links["pdf"] == "https://press.example.org/doi/pdf/10.9999/ml.1"
    assert wet.arxiv == "2201.04321"
    assert dry.arxiv == "2301.01234" and "pdf" not in dry.links
    assert not [u for u in result.unparsed if "eprint" in u.text]


def test_an_empty_field_is_no_unparsed_line_and_a_custom_field_holding_an_address_is_a_link(tmp_path):
    # 'month = {}' says nothing; a field of the site's own naming ('prereg') that holds one web address is a link
    # of the work's: its kind's slot when free ("other" for a name of no kind), a further one beside it kept with
    # the field's name; a custom field holding text ('shortcode') stays unparsed
    text = ("@article{lund2021,\n  title={Moth counts at dusk},\n  author={Lund, Mira},\n  journal={Night Ecology},\n"
            "  year={2021},\n  month = {},\n  prereg = {https://trials.example.org/t/77},\n"
            "  registry = {https://registry.example.org/r/5},\n  shortcode = {MCD}\n}\n")
    (tmp_path / "papers.bib").write_text(text, encoding="utf-8")
    result = import_path(tmp_path / "papers.bib", owner="Mira Lund").profile
    [pub] = result.publications
    assert pub.links["other"] == "https://trials.example.org/t/77"
    assert [(x.label, x.url) for x in pub.more_links] == [("registry", "https://registry.example.org/r/5")]
    assert [u.text for u in result.unparsed] == ["shortcode = {MCD}"]


def test_a_custom_field_named_for_a_kind_of_link_fills_that_kinds_slot(tmp_path):
    # jekyll-scholar sites add their own fields: 'software = {https://...}' is the work's code (the word a link's
    # label uses for it), in links, not only in more_links; a second code address beside the 'code' field stays
    # in more_links under the field's name
    text = ("@inproceedings{lund2020,\n  title={Sparse moth graphs},\n  author={Lund, Mira},\n"
            "  booktitle={Proceedings of Night Learning},\n  year={2020},\n"
            "  software = {https://forge.example.org/mlund/mothgraph}\n}\n"
            "@article{lund2019,\n  title={Dense moth graphs},\n  author={Lund, Mira},\n  journal={Night Ecology},\n"
            "  year={2019},\n  code = {https://github.com/mlund/dense},\n"
            "  software = {https://cran.example.org/web/packages/dense/}\n}\n")
    (tmp_path / "papers.bib").write_text(text, encoding="utf-8")
    result = import_path(tmp_path / "papers.bib", owner="Mira Lund").profile
    dense, sparse = sorted(result.publications, key=lambda p: p.year)
    assert sparse.links["code"] == "https://forge.example.org/mlund/mothgraph" and not sparse.more_links
    assert dense.links["code"] == "https://github.com/mlund/dense"
    assert [(x.label, x.url) for x in dense.more_links] == [("software", "https://cran.example.org/web/packages/dense/")]


def test_a_site_record_of_a_bibtex_entry_type_has_the_bibtex_readers_venue_type():
    """One mapping of BibTeX entry types to venue types, the BibTeX reader's (bibtex.entry_venue_type), serves a
    site record whose ``type`` is an entry type too: the same type for the same word, None for a word of no type."""
    from kg.importers.bibtex import entry_venue_type
    from kg.importers.site.records import RECORD_KEYS, publication_from_record

    for entry_type, expected in (("phdthesis", "thesis"), ("inproceedings", "conference"), ("techreport", "preprint"),
                                 ("incollection", "book"), ("misc", None), ("poem", None)):
        assert entry_venue_type(entry_type) == expected
        bib = read_bibtex(f"@{entry_type}{{k, title={{Rivers that run uphill}}, author={{Lind, Ada}}, year={{2021}}}}",
                          owner="Ada Lind").publications if entry_type != "poem" else []
        record = publication_from_record({"title": "Rivers that run uphill", "authors": ["Ada Lind"], "year": 2021,
                                          "type": entry_type}, RECORD_KEYS, None)
        assert record is not None and record.venue_type == expected, entry_type
        assert not bib or bib[0].venue_type == expected, entry_type


def test_a_note_in_brackets_closing_the_title_field_is_a_note_not_part_of_the_title():
    """"Title (Best Paper Award)" in a title field: the award is a note on the paper, the title the words before it;
    a bracketed part of the title that is no note ("(Extended Version)") stays."""
    pubs = read_bibtex(
        "@inproceedings{lind2019,\n  title={Counting Gulls on Windy Cliffs (BEST PAPER AWARD)},\n"
        "  author={Lind, Mira},\n  booktitle={Seabird Workshop},\n  year={2019}\n}\n"
        "@inproceedings{lind2020,\n  title={Counting Gulls Again (Extended Version)},\n"
        "  author={Lind, Mira},\n  booktitle={Seabird Workshop},\n  year={2020}\n}\n").publications
    assert [(p.title, p.notes) for p in pubs] == [("Counting Gulls on Windy Cliffs", ["BEST PAPER AWARD"]),
                                                  ("Counting Gulls Again (Extended Version)", [])]


def test_an_alfolio_badge_naming_the_kind_of_work_is_no_venue():
    # al-folio's `abbr` badge used for the item's kind ("Research Article", "Data Descriptor", "Editorial",
    # "Dataset", "Proceedings Paper") was taken for the venue over the entry's journal
    from kg.importers.bibtex import read_bibtex

    kinds = ["Research Article", "Data Descriptor", "Editorial", "{Dataset}", "Proceedings Paper", "Perspective"]
    text = "\n".join(f"@article{{k{i}, abbr={{{kind}}}, title={{Kelp study {i}}}, author={{Vale, Nora}}, "
                     f"journal={{Ocean Biology}}, year={{2020}}}}" for i, kind in enumerate(kinds))
    text += "\n@article{k9, abbr={OB}, title={Kelp study 9}, author={Vale, Nora}, journal={Ocean Biology}, year={2020}}"
    pubs = read_bibtex(text, "Nora Vale").publications
    assert [p.venue for p in pubs] == ["Ocean Biology"] * len(kinds) + ["OB"]


def test_a_second_entry_under_a_used_key_is_read_like_the_first():
    # two works under one key (a book chapter and an article): the second was read as the parser left it, set
    # apart before its steps ran: its title and journal kept their quotes, an @string name stood for the journal
    from kg.importers.bibtex import read_bibtex

    text = ('@string{od = "Ocean Data"}\n'
            '@inbook{Vale2018, title="Kelp in Art", author="Vale, Nora", booktitle="Essays on the Sea", year="2018"}\n'
            '@article{Vale2018,\n  author  = "Nora Vale and Kai Hart",\n  title   = "Kelp {R}afts, a long dataset",\n'
            '  journal = od,\n  year    = "2018",\n}\n')
    pubs = read_bibtex(text, "Nora Vale").publications
    assert [(p.title, p.venue) for p in pubs] == [("Kelp in Art", "Essays on the Sea"),
                                                  ("Kelp Rafts, a long dataset", "Ocean Data")]
    assert [(a.name, a.is_self) for a in pubs[1].authors] == [("Nora Vale", True), ("Kai Hart", False)]


def test_a_star_before_a_bibtex_family_name_is_a_mark():
    from kg.importers.bibtex import read_bibtex

    pubs = read_bibtex("@article{a, title={Tides}, author={*Lund, Cai and *Vik, Tomas and Park, Jo}, year={2020},"
                       " journal={J}}", "Tomas Vik").publications
    assert [(a.name, a.marks) for a in pubs[0].authors] == [
        ("Cai Lund", ["equal_contribution"]), ("Tomas Vik", ["equal_contribution"]), ("Jo Park", [])]


def test_a_star_after_a_bibtex_given_name_is_a_mark(tmp_path):
    # "Agarwal, Navneet* and Milintsevich, Kirill*" (al-folio's papers.bib): the stars close the given names, which
    # BibTeX puts first ("Navneet* Agarwal"); they were kept inside the names and read as no marks
    bib = tmp_path / "papers.bib"
    bib.write_text("@inproceedings{k1,\n  title = {Moths at dusk},\n  author = {Holt, Pavel* and Varga, Ilse* and"
                   " Sand, Tomas},\n  booktitle = {Proc. of the Moth Meeting},\n  year = {2024}\n}\n",
                   encoding="utf-8")
    pub = import_path(bib, owner="Ilse Varga").profile.publications[0]
    assert [(a.name, a.marks) for a in pub.authors] == [
        ("Pavel Holt", ["equal_contribution"]), ("Ilse Varga", ["equal_contribution"]), ("Tomas Sand", [])]


_HTML_AUTHORS_BIB = """@misc{fox-moss-2021,
  title = {Moss on Northern Roofs},
  author = {Ivo Sand, <strong> Tova Brink </strong>, <a href="https://example.org/~ada/"> Ada van Lund</a>,},
  year = {2021}
}

@misc{brink-ferns-2019,
  title = {A Field Guide to Wall Ferns},
  author = {<strong> Tova Brink </strong>, Ivo Sand.},
  year = {2019}
}

@article{lund-keep-2018,
  title = {Lichen Counts},
  author = {van Lund, Ada Marie},
  year = {2018}
}
"""


def test_a_bibtex_author_list_of_full_names_between_commas_with_html_is_its_people():
    # a site's own BibTeX writes its lists between commas with no "and", in the HTML it renders them with, and
    # closes one with a comma or a full stop; a bold name is the site's highlight of its owner. ("van Lund, Ada
    # Marie" with no markup stays BibTeX's one "Last, First" name)
    from kg.importers.bibtex import read_bibtex

    pubs = read_bibtex(_HTML_AUTHORS_BIB).publications
    assert [[a.name for a in p.authors] for p in pubs] == [["Ivo Sand", "Tova Brink", "Ada van Lund"],
                                                          ["Tova Brink", "Ivo Sand"], ["Ada Marie van Lund"]]
    assert [[a.is_self for a in p.authors] for p in pubs[:2]] == [[False, True, False], [True, False]]


BRACED_AUTHORS = """@techreport{note1,
  title  = "{The Small Detector Event Survey}",
  author = "{O. K. Vantre and Z. Marrow}",
  year   = "2025",
}
@techreport{note2,
  title  = "{Light Losses in Long Fibres}",
  author = "{Z. Marrow, O. K. Vantre, et al.}",
  year   = "2025",
}
@article{collab1,
  title  = "{First Look at Slow Kaons in a Prototype}",
  author = "{GRAND Collaboration (including O. K. Vantre)}",
  year   = "2024",
}
"""


def test_author_list_in_one_more_pair_of_braces(tmp_path):
    # author = "{A and B}" is the two people the site shows, not one name; "{A, B, et al.}" likewise, cut short;
    # "{X Collaboration (including Owner)}" is the collaboration, the owner's work
    from kg.importers.bibtex import read_bibtex

    result = read_bibtex(BRACED_AUTHORS, owner="Osric K. Vantre")
    pubs = {p.title: p for p in result.publications}
    survey = pubs["The Small Detector Event Survey"]
    assert [(a.name, a.is_self) for a in survey.authors] == [("O. K. Vantre", True), ("Z. Marrow", False)]
    fibres = pubs["Light Losses in Long Fibres"]
    assert [a.name for a in fibres.authors] == ["Z. Marrow", "O. K. Vantre"] and fibres.authors_truncated
    kaons = pubs["First Look at Slow Kaons in a Prototype"]
    assert [(a.name, a.is_self) for a in kaons.authors] == [("GRAND Collaboration", True)]


SUBJECT_CLASS_BIB = """
@article{Vane:2023ab,
    author = {Vane, Corin and Ashgrove, Pell},
    title = {Quiet corners of a noisy lattice},
    abbr = {hep-th},
    primaryClass = "hep-th",
    journal = "Journal of Imaginary Fields",
    year = "2023"
}
@article{Vane:2021cd,
    author = {Ashgrove, Pell and Vane, Corin},
    title = {Slime trails that find short roads},
    abbr = {physics.bio-ph},
    journal = "Letters on Wandering",
    year = {2021}
}
@article{Vane:2020ef,
    author = {Vane, Corin},
    title = {A badge that names the venue},
    abbr = {JIF},
    journal = "Journal of Imaginary Fields",
    year = {2020}
}
"""


def test_an_arxiv_subject_class_as_the_badge_is_no_venue(tmp_path):
    # al-folio's "abbr" badge used for the paper's arXiv subject class ("hep-th", "physics.bio-ph"): the field of
    # study, not where the paper appeared; the journal is the venue, while a real short name stays the venue
    (tmp_path / "papers.bib").write_text(SUBJECT_CLASS_BIB, encoding="utf-8")
    pubs = import_path(tmp_path / "papers.bib").profile.publications
    assert [(x.title, x.venue) for x in pubs] == [
        ("Quiet corners of a noisy lattice", "Journal of Imaginary Fields"),
        ("Slime trails that find short roads", "Letters on Wandering"),
        ("A badge that names the venue", "JIF")]


def test_a_title_field_written_as_one_html_link_is_the_link_text_and_the_paper_link():
    """'title = {<a href="...">Tide Maps</a>}' (a site that renders each title as a link to its paper): the title
    is the link's text and its address the paper link (over the entry's own url field, which the site does not show
    on the title); an address from the site's root is placed with the base.
    Before, the whole anchor markup was the title and the address was lost."""
    text = ('@inproceedings{a1, title = {<a href="https://papers.example.org/tide.pdf">Tide Maps for Small Bays</a>},\n'
            '  author = {Ruiz, Ana and Bo Lee}, booktitle = {Coastal Days.}, year = {2019}}\n'
            '@article{a2, title = {<a href="/assets/pdf/reefs.pdf">Reef Counts</a>},\n'
            '  author = {Ruiz, Ana}, journal = {Sea Notes}, year = {2018}}\n'
            '@article{a3, title = {<a href="https://sea.example.org/view/9/99">Kelp Lines</a>},\n'
            '  url = {https://sea.example.org/view/9}, author = {Ruiz, Ana}, journal = {Sea Notes}, year = {2017}}\n')
    pubs = read_bibtex(text, "Ana Ruiz", pdf_base="https://ana.example.org/assets/pdf/").publications
    assert [(p.title, p.links.get("paper")) for p in pubs] == [
        ("Tide Maps for Small Bays", "https://papers.example.org/tide.pdf"),
        ("Reef Counts", "https://ana.example.org/assets/pdf/reefs.pdf"),
        ("Kelp Lines", "https://sea.example.org/view/9/99")]


def test_a_pdf_file_name_with_decomposed_accents_is_placed_under_the_base():
    """'pdf = {Tide Maps - Rui<U+0300>z, Ana - 2022.pdf}' (a file name saved on macOS, its accent a combining mark
    after the letter): the same file as its composed spelling, placed under the base and encoded as that; before,
    the combining mark was no word character and the name was left unparsed."""
    name = "Tide Maps - Rua\u0300, Ana and Lee, Bo - 2022.pdf"
    text = ('@article{t1, title = {Tide Maps}, author = {Ruiz, Ana and Lee, Bo}, journal = {Sea Notes},\n'
            f'  year = {{2022}}, pdf = {{{name}}}}}\n')
    pub, = read_bibtex(text, "Ana Ruiz", pdf_base="https://ana.example.org/assets/pdf/").publications
    assert pub.links.get("pdf") == ("https://ana.example.org/assets/pdf/Tide%20Maps%20-%20Ru%C3%A0,%20Ana%20and%20Lee,"
                                    "%20Bo%20-%202022.pdf")


def test_a_title_link_is_read_by_the_html_parser_however_its_tag_is_written():
    """'title = {<a href=/assets/pdf/kelp.pdf target="_blank" data-note="a>b">Kelp <i>Lines</i> &amp; Tides</a>}':
    the link read as a browser reads it (address unquoted, a '>' inside an attribute, entities); the regex over the
    raw markup read none of it and kept the tag in the title. Two links, or words outside the link, are no such
    title."""
    text = ('@article{k1, title = {<a href=/assets/pdf/kelp.pdf target="_blank" data-note="a>b">Kelp <i>Lines</i> &amp; '
            'Tides</a>},\n  author = {Ruiz, Ana}, journal = {Sea Notes}, year = {2017}}\n'
            '@article{k2, title = {<a href="/a.pdf">Reefs</a> and <a href="/b.pdf">Bays</a>},\n'
            '  author = {Ruiz, Ana}, journal = {Sea Notes}, year = {2016}}\n')
    pubs = read_bibtex(text, "Ana Ruiz", pdf_base="https://ana.example.org/assets/pdf/").publications
    assert (pubs[0].title, pubs[0].links.get("paper")) == ("Kelp Lines & Tides", "https://ana.example.org/assets/pdf/kelp.pdf")
    assert pubs[1].links.get("paper") is None


def test_the_themes_sample_entries_left_in_the_owners_file_are_no_works():
    # hunt46 (al-folio): the owner's two papers above the theme's sample entries, Albert Einstein's papers (alone, with
    # his coauthors, marks on the names) and a "John Smith and Jane Doe" example: before, all five were the owner's works
    text = """@article{p1, author={Ferro, Lia and Quint, Tom}, title={Robust medians in many dimensions},
  journal={Journal of Spread}, year={2025}}
@article{p2, author={Quint, Tom and Ferro, Lia}, title={Designs for splines with free knots},
  journal={Statistical Notes}, year={2024}}
@article{demo1, author={Einstein, Albert}, title={On the motion of small particles}, journal={Ann. Phys.}, year={1905}}
@article{demo2, author={Einstein*, A. and Podolsky*, B. and Rosen*, N.}, title={Is the description complete?},
  journal={PhysRev}, year={1935}}
@article{demo3, author={Smith, John and Doe, Jane}, title={Example Paper Title}, journal={Nature}, year={2023}}
"""
    doc = SourceDoc(path=Path("papers.bib"), text=text)
    result = read_bibtex(text, "Lia Ferro", doc=doc)
    assert [p.title for p in result.publications] == ["Robust medians in many dimensions",
                                                      "Designs for splines with free knots"]
    assert any("Einstein" in u.text for u in doc.unparsed())


def test_a_url_field_with_its_ampersands_written_as_character_references_is_the_address(tmp_path):
    # 'url = {...?a=1\&\#38;b=2}' (an address copied from a page's HTML, then escaped for LaTeX): the "&#38;" are the
    # address's own ampersands; the work links it and the field is not listed
    text = ("@inproceedings{lund2011,\n  title={Bee paths in salt marshes},\n  author={Lund, Mira},\n"
            "  booktitle={Marsh Workshop},\n  year={2011},\n"
            "  url={https://proc.example.org/show.jsp?sec=1\\&\\#38;paper\\_id=42\\&amp;vol=3}\n}\n")
    (tmp_path / "papers.bib").write_text(text, encoding="utf-8")
    result = import_path(tmp_path / "papers.bib", owner="Mira Lund").profile
    [pub] = result.publications
    assert "https://proc.example.org/show.jsp?sec=1&paper_id=42&vol=3" in pub.links.values()
    assert not [u for u in result.unparsed if "url" in u.text]


def test_biblatex_date_field_gives_the_date_and_the_year_unless_a_year_field_disagrees():
    # BibLaTeX's "date" in place of year/month (none of the measured pages' .bib files writes one)
    pubs = read_bibtex(
        "@article{a, author={Mira Kolb}, title={Water paths in cracked clay}, journal={Soil Letters},"
        " date={2021-06-14}}\n"
        "@article{b, author={Mira Kolb}, title={Roots and rain}, journal={Soil Letters}, year={2020},"
        " date={2021-06}}\n", "Mira Kolb").publications
    assert [(p.year, p.date) for p in pubs] == [(2021, "2021-06-14"), (2020, None)]


def test_a_biblatex_season_or_an_impossible_day_keeps_what_of_the_date_is_meant_and_the_entry():
    # biblatex writes seasons as months 21-24 ("2006-24", the winter of 2006); before, the whole import stopped
    # with an internal error (the model rejects month 24)
    pubs = read_bibtex(
        "@article{a, author={Mira Kolb}, title={Frost in clay}, journal={Soil Letters}, date={2006-24}}\n"
        "@article{b, author={Mira Kolb}, title={Thaw in clay}, journal={Soil Letters}, date={2019-02-30}}\n",
        "Mira Kolb").publications
    assert [(p.title, p.year, p.date) for p in pubs] == [("Frost in clay", 2006, "2006"),
                                                         ("Thaw in clay", 2019, "2019-02")]


def test_a_url_field_holding_two_addresses_gives_the_doi_of_the_first():
    # a reference manager's export: the DOI address, a space, then its own "papers3://" address; before, the DOI
    # was read with the space and what follows, and the model's refusal stopped the whole import
    [pub] = read_bibtex(
        "@article{a, author={Mira Kolb}, title={Frost in clay}, journal={Soil Letters}, year={2001},"
        " url={http://dx.doi.org/10.1000/B:2001 papers3://publication/doi/10.1000/B:2001}}\n",
        "Mira Kolb").publications
    assert pub.doi == "10.1000/B:2001"


def test_an_entry_of_a_type_left_out_is_left_out_even_with_a_field_written_twice():
    # the parser sets an entry with a repeated field apart; the types the page shows apply to it all the same
    text = ("@article{a, title={Tides of the North Sea}, author={Lund, Ida}, journal={Ocean Letters}, year={2022}}\n"
            "@presentation{b, place={Oslo}, title={Tides, a talk}, author={Lund, Ida}, place={Oslo, Norway},"
            " year={2023}}\n")
    pubs = read_bibtex(text, "Ida Lund", types={"article"}).publications
    assert [p.title for p in pubs] == ["Tides of the North Sea"]


def test_an_html_field_beside_a_url_of_another_address_is_kept_under_its_name():
    # al-folio's "HTML" button and the entry's url both name the paper's pages (an abstract page and the full text);
    # before, the html field found the "paper" slot taken and was dropped
    text = ("@article{lund2025,\n  title={Bee paths},\n  author={Lund, Mira},\n  journal={bioRxiv},\n  year={2025},\n"
            "  url={https://www.biorxiv.org/content/10.1101/000002v1.abstract},\n"
            "  html={https://www.biorxiv.org/content/10.1101/000002v1}\n}\n")
    [pub] = read_bibtex(text, "Mira Lund").publications
    assert pub.links == {"paper": "https://www.biorxiv.org/content/10.1101/000002v1.abstract",
                         "html": "https://www.biorxiv.org/content/10.1101/000002v1"}


def test_an_abbr_badge_naming_the_papers_topic_is_no_venue():
    """A site that badges each paper with its topic ("Sleep@Home", "Night Shifts") keeps the journal as the venue;
    badges that abbreviate the venue, even loosely ("MLJ" for "Mach. Learn.", "EMNLP Findings"), stay the venue."""
    text = ("@article{t1, abbr={Sleep@Home}, title={Napping habits of remote workers}, author={Lund, Ida and Berg, Ole},"
            " journal={Somnology}, year={2023}}\n"
            "@article{t2, abbr={Night Shifts}, title={Rota design and rest}, author={Lund, Ida},"
            " journal={Open Science Framework}, year={2022}}\n"
            "@article{t3, abbr={MLJ}, title={Learning rest schedules}, author={Lund, Ida},"
            " journal={Mach. Learn.}, year={2021}}\n"
            "@inproceedings{t4, abbr={EMNLP Findings}, title={Reading sleep diaries}, author={Lund, Ida},"
            " booktitle={Findings of the Association for Computational Linguistics: EMNLP 2020}, year={2020}}\n")
    pubs = read_bibtex(text, owner="Ida Lund").publications
    assert [p.venue for p in pubs] == ["Somnology", "Open Science Framework", "MLJ", "EMNLP Findings"]


def test_a_name_whose_family_and_given_names_are_each_set_in_bold_is_read_whole():
    # "\textbf{Holm}, \textbf{Per}": a site's highlight of its owner set on each half of "Family, Given"; the
    # macro's "\t" is no accent of the given name
    text = ("@article{h1,\n  title = {Lichen on bark},\n  author = {Roe, Ann and \\textbf{Holm}, \\textbf{Per} and "
            "Lee, Bo},\n  journal = {Journal of Lichens},\n  year = {2022}\n}\n")
    pub = read_bibtex(text, "Per Holm").publications[0]
    assert [a.name for a in pub.authors] == ["Ann Roe", "Per Holm", "Bo Lee"]
    assert [a.is_self for a in pub.authors] == [False, True, False]


def test_a_label_inside_an_author_field_ends_the_authors():
    # "... and Lind, Ola and With contributions by: and Moss, Ivo and ...": a flora's or an atlas's BibTeX lists its
    # contributors after a label in the author field; the label is no one's name and the people after it did not
    # write the work (before, the label and every contributor were authors)
    from kg.importers.bibtex import bibtex_names

    assert bibtex_names("Roe, Ana and Lind, Ola and With contributions by: and Moss, Ivo and Vidal, Pia") == [
        "Ana Roe", "Ola Lind"]
    assert bibtex_names("Roe, Ana and Lind, Ola") == ["Ana Roe", "Ola Lind"]


SERIAL_COMMA_BIB = """@article{a1,
  author = {Ivo Sand, Tova Brink, Ada Lund, and Bo Roe},
  title = {Tides in Narrow Bays},
  year = {2020}
}
@article{a2,
  author = {Ivo Sand, Tova Brink, Ada Lund and Bo Roe},
  title = {Tides in Wide Bays},
  year = {2021}
}
@article{a3,
  author = {van Lund, Ada Marie and Bo Roe},
  title = {Tides in No Bays},
  year = {2022}
}
"""


def test_a_bibtex_author_field_written_as_a_citations_serial_list_is_its_people():
    # "A, B, C, and D" copied from a citation into a BibTeX field is to BibTeX two names; a comma before the one
    # "and", or three full names before it, says it is a list ("van Lund, Ada Marie and Bo Roe" stays BibTeX's)
    from kg.importers.bibtex import read_bibtex

    pubs = read_bibtex(SERIAL_COMMA_BIB).publications
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["Ivo Sand", "Tova Brink", "Ada Lund", "Bo Roe"], ["Ivo Sand", "Tova Brink", "Ada Lund", "Bo Roe"],
        ["Ada Marie van Lund", "Bo Roe"]]


def test_a_bibtex_author_field_of_cjk_names_between_full_width_commas_is_its_people():
    # "王小明，李华，张伟" (or with the enumeration comma "、") typed without "and" is to BibTeX one name: each
    # piece is a person; a Japanese name keeps the space between its two parts; one name alone stays one
    pubs = read_bibtex("@inproceedings{1,\n  author = {王小明，李华，张伟},\n  title = {河流泥沙的输运},\n"
                       "  booktitle = {第三届水文学青年论坛},\n  year = {2023}\n}\n"
                       "@article{2,\n  author = {山田 太郎、鈴木 花子},\n  title = {雪の結晶の成長},\n"
                       "  journal = {気象学研究},\n  year = {2021}\n}\n"
                       "@article{3,\n  author = {王小明},\n  title = {一人的论文},\n  journal = {水文学报},\n"
                       "  year = {2020}\n}\n").publications
    assert [[a.name for a in p.authors] for p in pubs] == [["王小明", "李华", "张伟"], ["山田 太郎", "鈴木 花子"], ["王小明"]]


def test_a_bibtex_author_field_written_as_an_apa_list_is_its_people():
    # "Family, I., Family, I., & Family, I." copied from an APA reference into a BibTeX field has no "and": to
    # BibTeX it was one name; its "Family, I." pairs say it is a list (a given name first among them is whole)
    pubs = read_bibtex("@article{a,\n  author={Moss, T., Quill, R. B., Ada Fenwick, Lark D., & Brook, P.},\n"
                       "  title={Ripples on Still Ponds},\n  year={2021}\n}\n"
                       "@article{b,\n  author={Moss, Tamsin},\n  title={One Name Alone},\n  year={2020}\n}\n").publications
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["T. Moss", "R. B. Quill", "Ada Fenwick", "D. Lark", "P. Brook"], ["Tamsin Moss"]]


def test_an_apa_list_in_a_bibtex_author_field_keeps_the_names_it_leaves_out():
    # "et al." or APA's ". . ." before the last name closing the list is BibTeX's "and others": the list stays
    # truncated (before, read as its people, it lost the mark)
    pubs = read_bibtex("@article{a,\n  author={Smith, J., Doe, B., et al.},\n  title={Alpha},\n  year={2021}\n}\n"
                       "@article{b,\n  author={Smith, J., Doe, B., Roe, C., . . . Zhu, T.},\n  title={Beta},\n"
                       "  year={2021}\n}\n").publications
    assert [([a.name for a in p.authors], p.authors_truncated) for p in pubs] == [
        (["J. Smith", "B. Doe"], True), (["J. Smith", "B. Doe", "C. Roe", "T. Zhu"], True)]
    # review r78e #4: the lists the family-first reader reads are APA lists too: hyphenated initials, a family name
    # with LaTeX accents, an "and" before the last name (were one name, left as BibTeX's, two names); BibTeX's own
    # "Family, I. and Family, I." stays as it is
    pubs = read_bibtex("@article{a,\n  author={Kim, H.-J., Park, S.-Y., & Smith, J.},\n  title={A},\n  year={2021}\n}\n"
                       "@article{b,\n  author={{\\\"O}zt{\\\"u}rk, S., Smith, J., & Doe, B.},\n  title={B},\n  year={2021}\n}\n"
                       "@article{c,\n  author={Smith, J., Doe, B., and Roe, C.},\n  title={C},\n  year={2021}\n}\n"
                       "@article{d,\n  author={Smith, J. and Doe, B.},\n  title={D},\n  year={2021}\n}\n").publications
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["H.-J. Kim", "S.-Y. Park", "J. Smith"], ["S. Öztürk", "J. Smith", "B. Doe"], ["J. Smith", "B. Doe", "C. Roe"],
        ["J. Smith", "B. Doe"]]


def test_fields_a_reference_manager_writes_twice_are_read_with_what_they_repeat(tmp_path):
    # a BibDesk export of RIS records: the journal under "booktitle" and "journal", its abbreviation, the DOI in
    # "m3", the year in "year1", the date in "da" (written 2015/03/09), the RIS type in "ty"; before, only the
    # year of the date was read and every repeated field was listed as unread
    (tmp_path / "papers.bib").write_text(
        "@article{a,\n"
        "\tAuthor = {Kolb, Mira and Lund, Ida},\n"
        "\tBooktitle = {Journal of Clay Physics},\n"
        "\tDa = {2015/03/09},\n"
        "\tDate = {2015/03/09},\n"
        "\tDate-Added = {2016-01-02 10:11:12 +0000},\n"
        "\tDoi = {10.1000/clay.42},\n"
        "\tJournal = {Journal of Clay Physics},\n"
        "\tJournal1 = {J. Clay Phys.},\n"
        "\tM3 = {doi: 10.1000/clay.42},\n"
        "\tMonth = {03},\n"
        "\tTitle = {Cracks in drying clay},\n"
        "\tTy = {JOUR},\n"
        "\tYear = {2015},\n"
        "\tYear1 = {2015}}\n", encoding="utf-8")
    result = import_path(tmp_path / "papers.bib", owner="Mira Kolb").profile
    [pub] = result.publications
    assert (pub.venue, pub.venue_type, pub.year, pub.date, pub.doi) == (
        "Journal of Clay Physics", "journal", 2015, "2015-03-09", "10.1000/clay.42")
    # the export's own bookkeeping (when the record was added) is read past, as JabRef's "timestamp" and BibSonomy's
    # "added-at" are
    assert [u.text.split("=")[0].strip() for u in result.unparsed] == []


def test_a_month_beside_a_date_of_the_year_alone_dates_the_work_to_it(tmp_path):
    # "date = {2021}" and "month = {mar}": the date says the year only, the month dates the work to March, as it
    # does beside "year" (the BibTeX reader and the site's record reader ask one rule, bibtex.date_to_month);
    # before, a date of any kind kept the month from being read and its line stayed listed
    (tmp_path / "papers.bib").write_text(
        "@article{a,\n author={Mira Kolb},\n title={Cracks in drying clay},\n journal={Clay Letters},\n"
        " date={2021},\n month={mar}}\n"
        "@article{b,\n author={Mira Kolb},\n title={Sand under ice},\n journal={Clay Letters},\n"
        " date={2021-05-02},\n month={jun}}\n", encoding="utf-8")
    result = import_path(tmp_path / "papers.bib", owner="Mira Kolb").profile
    assert {p.title: str(p.date) for p in result.publications} == {
        "Cracks in drying clay": "2021-03", "Sand under ice": "2021-05-02"}
    assert [u.text.split("=")[0].strip() for u in result.unparsed] == ["month"]  # (June: another month, left)


def test_a_field_of_the_sites_own_naming_the_kind_of_work_gives_its_venue_type(tmp_path):
    # "group = {preprint}" (the heading the site's page lists the entry under): the kind of a @misc entry, read;
    # "group = {journal}" on an @article says the kind the entry type gave, read with it; "group = {thesis}" on an
    # @article contradicts it and stays listed. Before, every such line was listed.
    (tmp_path / "papers.bib").write_text(
        "@misc{a,\n author={Mira Kolb},\n title={Sand under ice},\n year={2022},\n group={preprint}}\n"
        "@article{b,\n author={Mira Kolb},\n title={Cracks in drying clay},\n journal={Clay Letters},\n"
        " year={2021},\n group={Journal}}\n"
        "@article{c,\n author={Mira Kolb},\n title={Salt flats},\n journal={Clay Letters},\n year={2020},\n"
        " group={thesis}}\n", encoding="utf-8")
    result = import_path(tmp_path / "papers.bib", owner="Mira Kolb").profile
    assert {p.title: p.venue_type for p in result.publications} == {
        "Sand under ice": "preprint", "Cracks in drying clay": "journal", "Salt flats": "journal"}
    assert [u.text.strip() for u in result.unparsed] == ["group={thesis}}"]


def test_a_field_that_only_resembles_what_kg_read_is_not_taken_for_it(tmp_path):
    # another journal's abbreviation, another year, a type tag the entry's type contradicts: each stays listed
    (tmp_path / "papers.bib").write_text(
        "@inproceedings{a,\n author={Mira Kolb},\n title={Cracks in drying clay},\n booktitle={Clay Physics Meeting},\n"
        " year={2015},\n journal1={J. Sand Res.},\n year1={2016},\n ty={JOUR}}\n", encoding="utf-8")
    result = import_path(tmp_path / "papers.bib", owner="Mira Kolb").profile
    [pub] = result.publications
    assert (pub.venue_type, pub.year) == ("conference", 2015)
    assert sorted(u.text.split("=")[0].strip() for u in result.unparsed) == ["journal1", "ty", "year1"]


def test_a_books_publisher_is_where_it_appeared():
    """A @book names no journal nor proceedings: its publisher is its venue; a chapter's book (its booktitle)
    still is the chapter's, whatever its publisher."""
    bib = """@book{roe2019sand, author = {Roe, Ana}, title = {Sand and Stone}, year = {2019},
                 publisher = {Harbour Science Board}, address = {Lahore}}
             @incollection{roe2020dunes, author = {Roe, Ana}, title = {Dunes of the North}, year = {2020},
                 booktitle = {Essays on Sand}, publisher = {Harbour Science Board}}"""
    pubs = {p.title: p for p in read_bibtex(bib, owner="Ana Roe").publications}
    assert pubs["Sand and Stone"].venue == "Harbour Science Board"
    assert pubs["Dunes of the North"].venue == "Essays on Sand"


def test_an_edited_volume_with_no_booktitle_came_out_at_its_publisher_as_a_book_does():
    """@proceedings and @collection (a volume the owner edited) name no journal nor booktitle: the series, else the
    publisher, is the venue, as of a @book. Before: no venue."""
    bib = """@proceedings{lee2020, title = {Culture and Computing: Mixed Reality}, year = {2020},
                 editor = {Lee, Ann and Roe, Bo}, address = {Kiel}, publisher = {Verlag Dune}}
             @collection{lee2021, title = {Sand in Stories}, year = {2021}, editor = {Lee, Ann},
                 publisher = {Harbour Press}}
             @proceedings{lee2022, title = {Proceedings of the Dune Workshop}, year = {2022}, editor = {Lee, Ann},
                 booktitle = {Dune Workshop 2022}, publisher = {Harbour Press}}"""
    pubs = {p.title: p for p in read_bibtex(bib, owner="Ann Lee").publications}
    assert pubs["Culture and Computing: Mixed Reality"].venue == "Verlag Dune"
    assert pubs["Sand in Stories"].venue == "Harbour Press"
    assert pubs["Proceedings of the Dune Workshop"].venue == "Dune Workshop 2022"


def test_a_books_series_before_its_publisher_as_a_data_records_venue_keys_read_them():
    """A @book in a series: the series is its venue, as a data record's venue keys read "series" before
    "publisher" (one order, BOOK_VENUE_KEYS). Before: the publisher ("Harbour Press")."""
    from kg.importers.site.records import RECORD_KEYS, publication_from_record

    bib = """@book{roe2019sand, author = {Roe, Ana}, title = {Sand and Stone}, year = {2019},
                 series = {Lecture Notes in Sand}, publisher = {Harbour Press}}"""
    assert read_bibtex(bib, owner="Ana Roe").publications[0].venue == "Lecture Notes in Sand"
    record = publication_from_record({"title": "Sand and Stone", "series": "Lecture Notes in Sand",
                                      "publisher": "Harbour Press", "date": "2019-01-02"}, RECORD_KEYS, None)
    assert record.venue == "Lecture Notes in Sand"


def test_an_edited_volume_without_authors_names_its_editors_as_its_people():
    """A @book with only an ``editor`` field (an edited volume): its editors are the people its citation names,
    read as its authors with the owner among them; a volume with authors keeps them (its editors are the book's).
    Before: no author at all, and the owner nowhere in the work."""
    bib = """@book{vol, editor = {Lind, Cara and Roe, Ana and Moss, Ben}, title = {Essays on Sand}, year = {2019},
                 publisher = {Harbour Science Board}}
             @book{own, author = {Vidal, Teo}, editor = {Roe, Ana}, title = {Letters from the Dunes}, year = {2020},
                 publisher = {Harbour Science Board}}"""
    pubs = {p.title: p for p in read_bibtex(bib, owner="Ana Roe").publications}
    vol = pubs["Essays on Sand"]
    assert [a.name for a in vol.authors] == ["Cara Lind", "Ana Roe", "Ben Moss"]
    assert [a.is_self for a in vol.authors] == [False, True, False]
    assert [a.name for a in pubs["Letters from the Dunes"].authors] == ["Teo Vidal"]


def test_and_typed_twice_between_two_names_separates_them_once():
    """``author = {Roe, Ana and and Lind, Cara}``: the doubled "and" is one separator; before, the second became
    a word of the next name ("Cara and Lind")."""
    bib = "@article{a, author = {Roe, Ana and and Lind, Cara}, title = {Sand under ice}, year = {2021}}"
    [pub] = read_bibtex(bib, owner="Ana Roe").publications
    assert [a.name for a in pub.authors] == ["Ana Roe", "Cara Lind"]


def test_a_chapter_without_authors_does_not_take_its_books_editors_as_authors():
    """@incollection / @inbook with only ``editor``: the editors are the book's, not the chapter's authors.
    Before: the chapter 'Winds of the North' had authors ['Cara Lind'] (its book's editor); after: none."""
    bib = """@inbook{ib1, editor = {Lind, Cara}, title = {Winds of the North}, booktitle = {Handbook of Sand},
                 chapter = {3}, year = {2018}, publisher = {Harbour}}
             @incollection{ch1, editor = {Lind, Cara and Moss, Ben}, title = {Dunes of the North},
                 booktitle = {Essays on Sand}, year = {2019}, publisher = {Harbour Press}}
             @article{own1, author = {Roe, Ana}, title = {Own}, journal = {J Sand}, year = {2020}}"""
    pubs = {p.title: p for p in read_bibtex(bib, owner="Ana Roe").publications}
    assert pubs["Winds of the North"].authors == []
    assert pubs["Dunes of the North"].authors == []


def test_a_volume_whose_authors_stand_under_authors_does_not_take_its_editor_as_author():
    """``authors = {...}`` (a misspelt key) with an editor: the editor is not the volume's sole author.
    Before: 'Winds' had authors [('Ben Moss', False)] (the owner lost, a stranger credited); after: none."""
    bib = """@book{au2, authors = {Vidal, Teo and Roe, Ana}, editor = {Moss, Ben}, title = {Winds}, year = {2020},
                 publisher = {Harbour}}
             @article{own1, author = {Roe, Ana}, title = {Own}, journal = {J Sand}, year = {2020}}"""
    pubs = {p.title: p for p in read_bibtex(bib, owner="Ana Roe").publications}
    assert "Ben Moss" not in [a.name for a in pubs["Winds"].authors]  # (the editor is credited with nothing)


def test_a_mark_field_marks_the_authors_whose_family_name_it_holds():
    # the fields a site's bib layout draws marks by (read by the site importer from its layout): Liquid's
    # "entry.field contains author.last", on the field's text
    text = ("@article{k, title={Rivers at night}, author={Hale, Ona and van Dorn, Piet and Sato, Emi},"
            " author_equal_contribution={Hale, O. and van Dorn, P.}, journal={Water}, year={2021}}")
    [pub] = read_bibtex(text, "Ona Hale", mark_fields={"author_equal_contribution": "equal_contribution"}).publications
    assert [(a.name, a.marks) for a in pub.authors] == [
        ("Ona Hale", ["equal_contribution"]), ("Piet van Dorn", ["equal_contribution"]), ("Emi Sato", [])]
    # a layout known to draw no mark by the field: none (with no layout known, a field naming a role is read by its
    # name: test_role_list_fields_mark_the_authors_they_name)
    [pub] = read_bibtex(text, "Ona Hale", mark_fields={}).publications
    assert not any(a.marks for a in pub.authors)


def test_a_pdf_file_name_with_an_ampersand_a_comma_or_brackets_is_placed_under_the_pdf_folder():
    # al-folio's "pdf = {20250707 B&B.pdf}" (the journal's initials) and a name a reference manager wrote
    # ("Title - Roe, Ada - 2022.pdf"): file names, placed as "20250707 IECR.pdf" is; before, only word characters,
    # '-', '.', '/', ' ' and '%' made a file name, and these buttons were dropped
    text = ("@article{a1, title = {Reed Beds}, author = {Ana Ruiz}, year = {2025}, pdf = {20250707 B&B.pdf}}\n"
            "@article{a2, title = {Salt Flats}, author = {Ana Ruiz and Ada Roe}, year = {2022},\n"
            "  pdf = {Salt Flats (draft) - Ruiz, Ana and Roe, Ada - 2022.pdf}}\n")
    pubs = read_bibtex(text, "Ana Ruiz", pdf_base="https://ana.example.org/assets/pdf/").publications
    assert [p.links.get("pdf") for p in pubs] == [
        "https://ana.example.org/assets/pdf/20250707%20B&B.pdf",
        "https://ana.example.org/assets/pdf/Salt%20Flats%20(draft)%20-%20Ruiz,%20Ana%20and%20Roe,%20Ada%20-%202022.pdf"]


def test_prose_in_a_link_field_is_no_file_name():
    # review r78f #5: with '&', brackets and commas allowed in a file's name, a link field's prose became a link
    # under the pdf folder ("salt.pdf, slides.pdf" one address, "(coming soon)" a slides button); the wider set of
    # characters holds only in one name closed by its extension
    text = ("@article{a1, title = {Salt Flats}, author = {Ana Ruiz}, year = {2022}, pdf = {salt.pdf, slides.pdf}}\n"
            "@article{a2, title = {Moss Walls}, author = {Ana Ruiz}, year = {2020}, slides = {(coming soon)}}\n"
            "@article{a3, title = {Peat Bogs}, author = {Ana Ruiz}, year = {2021}, code = {Available on request (email me)}}\n")
    pubs = read_bibtex(text, "Ana Ruiz", pdf_base="https://ana.example.org/assets/pdf/").publications
    assert [p.links for p in pubs] == [{}, {}, {}]


def test_an_apa_list_with_any_latex_accent_is_read_by_the_one_latex_reader():
    # review: the APA-list reader decoded only braced accents ("{\"O}"), so "\v{S}imunovi\'{c}, A., ..." stayed one
    # name; it reads the field with decode_latex now; a protected "{Group Name}" is still one name, no list
    pubs = read_bibtex("@article{a,\n  author={\\v{S}imunovi\\'{c}, A., Lind, K., \\& Moss, T.},\n  title={A},\n"
                       "  year={2021}\n}\n"
                       "@article{b,\n  author={{Tide Survey Team}, Lind, K., Moss, T.},\n  title={B},\n  year={2021}\n}\n"
                       ).publications
    assert [a.name for a in pubs[0].authors] == ["A. Šimunović", "K. Lind", "T. Moss"]
    assert len(pubs[1].authors) == 1


def test_a_link_field_holding_words_is_no_link_and_its_line_is_reported():
    # review: 'pdf = {coming soon}' became a link to "<base>/coming%20soon"; a link field holds a URL or a path (a
    # folder's slash or a file's extension); what it rejects stays unparsed, listed, not dropped
    text = ("@article{a,\n  author={Ana Ruiz},\n  title={Tides},\n  year={2021},\n  pdf={coming soon},\n"
            "  slides={talk.pdf},\n  code={not yet}\n}\n")
    doc = SourceDoc(Path("papers.bib"), text)
    pubs = read_bibtex(text, "Ana Ruiz", doc=doc, pdf_base="https://ana.example.org/assets/pdf/").publications
    assert pubs[0].links == {"slides": "https://ana.example.org/assets/pdf/talk.pdf"}
    assert [u.text.strip() for u in doc.unparsed()] == ["pdf={coming soon},", "code={not yet}"]


def test_two_whole_names_a_comma_parts_are_two_people_when_the_file_names_them():
    # ncaren (smoke109) "author = {Edwin Amenta, Neal Caren}" (a catalog record, no "and"), the file's other
    # entries naming "Caren, Neal": two people, not "Neal Caren Edwin Amenta"
    pubs = read_bibtex(
        "@book{a, title={Rough Notes on Tides}, author={Ivo Brandt, Jane Roe}, year={2022}}\n"
        "@article{b, title={Heads of Lizards}, author={Roe, Jane and Lind, Kai}, journal={Copeia}, year={2021}}\n"
        "@article{c, title={Tails of Lizards}, author={Silva Santos, Ana Maria}, journal={Copeia}, year={2020}}",
        owner="Jane Roe").publications
    by = {p.title: p for p in pubs}
    assert [(a.name, a.is_self) for a in by["Rough Notes on Tides"].authors] == [("Ivo Brandt", False), ("Jane Roe", True)]
    # a compound family name and two given names, no one the file names elsewhere: one person
    assert [a.name for a in by["Tails of Lizards"].authors] == ["Ana Maria Silva Santos"]


def test_role_list_fields_mark_the_authors_they_name():
    # kfukushima (smoke111): the site's own bib layout draws '*' by "corresponding_authors = {...}" and '†' by
    # "cofirst_authors = {...}" (names as the author field writes them); the citation shows no mark of its own.
    # Read as the marks of the authors named, whatever the layout; a list naming no author stays unparsed
    text = ("@article{a,\n  author = {Brandt, Ivo and Roe, Jane and Lind, Kai},\n  title = {Heads of Lizards},\n"
            "  year = {2021},\n  corresponding_authors = {Lind, Kai and Roe, Jane},\n"
            "  cofirst_authors = {Brandt, Ivo and Roe, Jane},\n}\n"
            "@article{b,\n  author = {Roe, Jane and Moss, Tam},\n  title = {Tails of Lizards},\n  year = {2020},\n"
            "  corresponding_authors = {Poe, Dan},\n}\n")
    doc = SourceDoc(Path("papers.bib"), text)
    by = {p.title: p for p in read_bibtex(text, "Jane Roe", doc=doc).publications}
    assert [(a.name, a.marks) for a in by["Heads of Lizards"].authors] == [
        ("Ivo Brandt", ["equal_contribution"]), ("Jane Roe", ["corresponding", "equal_contribution"]),
        ("Kai Lind", ["corresponding"])]
    assert all(not a.marks for a in by["Tails of Lizards"].authors)
    assert [u.text.strip() for u in doc.unparsed()] == ["corresponding_authors = {Poe, Dan},"]


def test_an_abbr_badge_joining_a_workshop_to_its_host_conference_is_the_venue():
    # al-folio's "TrustLog-CIKM": the workshop's short name (its letters the workshop's, in order) joined to the
    # conference that hosted it; a badge naming the paper's topic ("Sleep@Home" over "Somnology") stays no venue
    pubs = read_bibtex(
        "@article{a, title={Tracing Answers}, author={Roe, Jane}, journal={2nd Workshop on Fair Ranking of Pages},"
        " year={2022}, abbr={FairRank-WSDM}}\n"
        "@article{b, title={Naps}, author={Roe, Jane}, journal={Somnology}, year={2021}, abbr={Sleep@Home}}\n"
        # (words of a topic whose letters happen to run through the venue's: no short name, no capitals inside)
        "@article{c, title={Cuts}, author={Roe, Jane}, journal={Genome Biology}, year={2021}, abbr={Gene Editing}}\n"
        # (a topic written with the venue's acronym and a plain word: "<topic> at work")
        "@article{d, title={Jobs}, author={Roe, Jane}, booktitle={Conference on Sleep Apnea (CSA)}, year={2021},"
        " abbr={SA@Work}}\n"
        # (an abbreviated word, its stop written, is a short name's part)
        "@article{e, title={Maps}, author={Roe, Jane}, journal={ANNALS OF THE SOCIETY OF MAPS}, year={2021},"
        " abbr={Annu. of SOM}}",
        owner="Jane Roe").publications
    assert [(p.venue, p.venue_full) for p in pubs] == [
        ("FairRank-WSDM", "2nd Workshop on Fair Ranking of Pages"), ("Somnology", None), ("Genome Biology", None),
        ("CSA", "Conference on Sleep Apnea"), ("Annu. of SOM", "ANNALS OF THE SOCIETY OF MAPS")]


def test_an_entry_the_page_does_not_show_is_said_not_dropped_in_silence():
    # a jekyll-scholar publications page queries "@article" and the file also holds a "@presentation" (the
    # talks page's): the talk was marked as no data (in no field, no report line); it is a note now, at its line
    text = ("@article{ka, author = {Ines Varga and Tom Hale}, title = {Drift of alpine moss}, journal = {Moss Letters},"
            " year = {2021}}\n\n"
            "@presentation{kb,\n  author = {Ines Varga},\n  title = {Moss on the {Move}},\n"
            "  conference = {Alpine Botany Days},\n  year = {2022}\n}\n\n"
            "@article{kc, author = {Ines Varga}, title = {Moss under snow}, journal = {Moss Letters}, year = {2023}}\n")
    result = read_bibtex(text, "Ines Varga", types={"article"})
    assert [p.title for p in result.publications] == ["Drift of alpine moss", "Moss under snow"]
    assert result.unshown == [(3, "not shown by the page that lists the file's works: @presentation Moss on the Move")]
    # an uncited entry, where the page cites keys, the same
    result = read_bibtex(text, "Ines Varga", cited={"ka", "kb"})
    assert [line for line, _ in result.unshown] == [10]


# --- stop 83: what real homepage .bib files wrote that was left unread or misread ---------------------------------


def test_a_bib_file_opening_with_text_that_is_no_comment_is_still_bibtex(tmp_path):
    # BibDesk's header when the user's name holds a line break: its second line has no "%"
    (tmp_path / "pubs.bib").write_text(
        "%% Created for Ola Berg\n at 2019-04-01 10:00:00 +0000\n\n"
        "@article{a, author = {Berg, Ola and Nye, Tam}, title = {Tides of the fjord}, journal = {Fjord Letters},"
        " year = {2019}}\n"
        "@article{b, author = {Berg, Ola}, title = {Salt wedges}, journal = {Fjord Letters}, year = {2020}}\n",
        encoding="utf-8")
    result = import_path(tmp_path / "pubs.bib")
    assert result.format == "bibtex"
    assert [p.title for p in result.profile.publications] == ["Tides of the fjord", "Salt wedges"]


def test_a_key_on_its_own_line_and_a_field_written_twice_leave_no_line_unread():
    text = ("@inbook{\n\t40_1234,\n\tauthor = {Berg, Ola},\n\ttitle = {Salt wedges},\n"
            "\tbooktitle = {Notes on Estuaries},\n\tyear = {2020},\n\tisbn = {9780000000001},\n"
            "\tisbn = {9780000000002},\n\tpages = {1--9}\n}\n")
    doc = SourceDoc(Path("pubs.bib"), text)
    [pub] = read_bibtex(text, owner="Ola Berg", doc=doc).publications
    assert (pub.title, pub.venue, pub.year) == ("Salt wedges", "Notes on Estuaries", 2020)
    assert doc.unparsed() == []


def test_a_field_written_twice_with_another_value_is_reported_not_dropped():
    # the same value twice is one field read; a second address or note beside the one read is no repeat: its line
    # stays in the report (the last one written is the value read, as BibTeX keeps one)
    text = ("@article{a,\n\tauthor = {Berg, Ola},\n\ttitle = {Salt wedges},\n\tjournal = {Fjord Letters},\n"
            "\tyear = {2020},\n\tyear = 2020,\n\turl = {https://example.org/wedges},\n"
            "\turl = {https://example.org/wedges-slides}\n}\n")
    doc = SourceDoc(Path("pubs.bib"), text)
    [pub] = read_bibtex(text, owner="Ola Berg", doc=doc).publications
    assert (pub.year, list(pub.links.values())) == (2020, ["https://example.org/wedges-slides"])
    assert [u.line for u in doc.unparsed()] == [7]


def test_the_owner_written_with_initials_counts_toward_the_owner():
    # an ADS export writes one person "{Lind}, Ebba" on some papers and "{Lind}, E.~K." on others; their
    # supervisor, written one way, is on fewer papers than the two spellings together
    entries = [("{Lind}, Ebba and {Moss}, P.~R.", "A"), ("{Lind}, E.~K. and {Moss}, P.~R.", "B"),
               ("{Moss}, P.~R. and {Lind}, E.~K.", "C"), ("{Lind}, Ebba and {Ray}, Al", "D"),
               ("{Ray}, Al and {Lind}, Ebba", "E")]
    text = "".join(f"@article{{k{t}, author = {{{a}}}, title = {{Paper {t}}}, year = 2021}}\n" for a, t in entries)
    result = read_bibtex(text)
    assert result.owner == "Ebba Lind"
    assert all(any(a.is_self and "Lind" in a.name for a in p.authors) for p in result.publications)
    # a family name of two words, hyphenated or not ("{Alonso-Tetilla}, Alba V." beside "{Alonso Tetilla}, A.~V."),
    # beside a coauthor also written both ways on every paper: the owner keeps their count and comes first
    two = read_bibtex("".join(
        f"@article{{k{i}, author = {{{a} and {b}}}, title = {{Paper {i}}}, year = 2021}}\n" for i, (a, b) in enumerate(
            [("{Alonso-Tetilla}, Alba V.", "{Moss}, Pia"), ("{Alonso Tetilla}, A.~V.", "{Moss}, P."),
             ("{Alonso-Tetilla}, Alba V.", "{Moss}, P."), ("{Alonso Tetilla}, A.~V.", "{Moss}, Pia")])))
    assert two.owner == "Alba V. Alonso-Tetilla"
    assert all(p.authors[0].is_self and not p.authors[1].is_self for p in two.publications)
    # another given name is another person, and one spelling alone keeps its own count
    assert most_frequent_author([["Ann Lind", "P. Moss"], ["Ebba Lind", "P. Moss"], ["E. Lind"]]) == "P. Moss"


def test_the_owner_is_not_the_theme_demo_author_beside_the_owners_papers():
    text = ("@article{a, author = {Einstein, Albert}, title = {Relativity}, year = {1920}}\n"
            "@article{b, author = {Einstein, A. and Podolsky, B.}, title = {EPR}, year = {1935}}\n"
            "@article{c, author = {Berg, Ola and Nye, Tam}, title = {Tides of the fjord}, year = {2019}}\n"
            "@article{d, author = {Nye, Tam and Berg, Ola}, title = {Salt wedges}, year = {2020}}\n")
    result = read_bibtex(text)
    assert result.owner == "Ola Berg"
    assert [p.title for p in result.publications] == ["Tides of the fjord", "Salt wedges"]
    # the theme's file alone: its years, however long ago, are read from the year field
    demo = read_bibtex(text.split("@article{c")[0])
    assert [p.year for p in demo.publications] == [1920, 1935]


def test_links_written_as_html_without_a_scheme_or_in_howpublished():
    text = ('@article{a, author = {Berg, Ola}, title = {Tides}, year = {2019},'
            ' url = {doi:<a href="https://doi.org/10.1000/tide.1">10.1000/tide.1</a>}}\n'
            '@misc{b, author = {Berg, Ola}, title = {Fjord model guide}, year = {2020},'
            ' howpublished = {\\url{https://fjord.example.org/guide\\_v2.pdf}}}\n'
            '@book{c, author = {Berg, Ola}, title = {Estuaries}, year = {2021}, url = {www.example.org/series/12}}\n'
            '@article{d, author = {Berg, Ola}, title = {Wedges}, year = {2022}, doi = {arXiv:2301.01234}}\n')
    a, b, c, d = read_bibtex(text, owner="Ola Berg").publications
    assert a.doi == "10.1000/tide.1"
    assert b.venue is None and b.links == {"pdf": "https://fjord.example.org/guide_v2.pdf"}
    assert list(c.links.values()) == ["http://www.example.org/series/12"]
    assert (d.doi, d.arxiv) == (None, "2301.01234")


def test_bookkeeping_of_reference_managers_is_read_past():
    text = ("@article{a,\n author = {Berg, Ola},\n title = {Tides},\n journal = {Fjord Letters},\n year = {2019},\n"
            " shorttitle = {Tides},\n adsurl = {https://ui.adsabs.harvard.edu/abs/2019FjL.....1B},\n"
            " adsnote = {Provided by the SAO/NASA Astrophysics Data System},\n"
            " Bdsk-File-1 = {YnBsaXN0MDDUAQIDBAUGJCVY},\n OPTnote = {},\n OPTpages = {1--2}\n}\n")
    doc = SourceDoc(Path("pubs.bib"), text)
    [pub] = read_bibtex(text, owner="Ola Berg", doc=doc).publications
    assert (pub.title, pub.venue, pub.links) == ("Tides", "Fjord Letters", {})
    assert doc.unparsed() == []


def test_nasa_ads_journal_macros_are_the_journals_astronomers_name():
    text = ('@ARTICLE{2021MNRAS.1.1L,\n  author = {{Lind}, Ebba and {Moss}, P.~R.},\n'
            '  title = "{Faint haloes at z {\\ensuremath{\\sim}} 2}",\n  journal = {\\mnras},\n  year = 2021}\n'
            '@ARTICLE{2022ApJ.1.1L,\n  author = {{Lind}, Ebba},\n  title = "{Cold gas}",\n  journal = {\\apjl},\n'
            '  year = 2022}\n')
    a, b = read_bibtex(text, owner="Ebba Lind").publications
    assert (a.venue, a.venue_full, a.venue_type) == ("MNRAS", "Monthly Notices of the Royal Astronomical Society",
                                                      "journal")
    assert (b.venue, b.venue_full) == ("ApJL", "The Astrophysical Journal Letters")
    # a macro kg does not know gives no venue, and its line stays in the report rather than read past in silence
    other = '@article{c,\n  author = {{Lind}, Ebba},\n  title = {Hot gas},\n  journal = {\\fjl},\n  year = 2023}\n'
    doc = SourceDoc(Path("pubs.bib"), other)
    [c] = read_bibtex(other, owner="Ebba Lind", doc=doc).publications
    assert c.venue is None and [u.line for u in doc.unparsed()] == [4]
