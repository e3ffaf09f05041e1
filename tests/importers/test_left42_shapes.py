"""Shapes of real homepages that batches 40 and 41 still misread (issues 7 and 8), as small synthetic sites and pages
in our own words."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import imported_site

_FAMILY_NAME_ENTRY = """\
<li><a href="p{n}.pdf">{title}</a>
<dl><dt>Authors:</dt><dd>{authors}</dd><dt>Journal:</dt><dd>{venue}</dd></dl></li>
"""


def test_two_family_names_a_comma_apart_on_a_page_of_family_names_are_two_people(tmp_path):
    # the page writes its author lists as family names only ("Lind, Ruiz & Okafor"); a list of an even number of
    # names with no "&" reads like names written family name first ("Okafor, Ruiz" as "Ruiz Okafor"), but the
    # owner's family name standing in such a name says it is two people
    entries = [("Tides in narrow bays", "Lind, Ruiz &amp; Okafor", "Coastal Letters"),
               ("Salt wedges in tidal rivers", "Ruiz &amp; Lind", "Estuaries"),
               ("Mixing at river mouths", "Okafor, Lind &amp; Ruiz", "Coastal Letters"),
               ("Wave set-up on reefs", "Okafor, Ruiz", "Reef Science"),
               ("Sediment plumes seen from above", "Lind, Ruiz, Okafor, Vance", "Remote Sensing Notes")]
    items = "".join(_FAMILY_NAME_ENTRY.format(n=n, title=t, authors=a, venue=v) for n, (t, a, v) in enumerate(entries))
    page = tmp_path / "publications.html"
    page.write_text(f"<html><head><title>Publications</title></head><body><h1>Publications</h1><ul>{items}</ul>"
                    "</body></html>", encoding="utf-8")
    profile = import_path(page, owner="Ana Ruiz").profile
    by_title = {p.title: p for p in profile.publications}
    assert [a.name for a in by_title["Wave set-up on reefs"].authors] == ["Okafor", "Ruiz"]
    assert [a.name for a in by_title["Sediment plumes seen from above"].authors] == ["Lind", "Ruiz", "Okafor", "Vance"]
    assert [a.is_self for a in by_title["Sediment plumes seen from above"].authors] == [False, True, False, False]


def test_members_a_labs_data_file_lists_as_alumni_without_a_role_are_former_students(tmp_path):
    # "alumni:" in the lab's people file: each record a name, years and a line of prose, no role; a member of the
    # lab's alumni is one of its former students (the head's record heads the lab)
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Roe Group\n",
        "_data/group.yml": """\
principal_investigator:
  - name: "Prof. Jo Roe"
    bio: "Jo Roe is a professor at Hill University."
graduate_students:
  - name: "Ann Lee"
    description: "Ann works on tides."
alumni:
  - name: "Ben Moss"
    period: "2019 - 2022"
    description: "Ben Moss graduated in 2022. He now teaches at a school."
  - name: "Cara Diaz"
    period: "2015 - 2020"
    description: "Cara Diaz works for a city's water board."
""",
        "index.md": "---\nlayout: home\n---\n\nWe study tides.\n",
    })
    assert profile.person.name == "Jo Roe"
    assert [s.name for s in profile.students] == ["Ann Lee", "Ben Moss", "Cara Diaz"]



def test_the_research_interests_line_of_a_members_card_names_no_students(tmp_path):
    # a people page of member cards (name, e-mail, interests, each a classed line); the interests are capitalised
    # topics a comma apart, which read like names, but the line's class says what they are
    card = ('<div class="member">\n  <img src="{img}.png">\n  <div class="member-name">{name}</div>\n'
            '  <div class="affiliation">Hill University</div>\n'
            '  <div class="member-email">{img}@hill.example.edu</div>\n'
            '  <div class="research-interests">{topics}</div>\n</div>\n')
    head, *others = [card.format(img=i, name=n, topics=t) for i, n, t in [
        ("jo", "Jo Roe", "Tide Models, Coastal Flooding, Salt Marshes"),
        ("ann", "Ann Lee", "Wave Breaking, Storm Surges, Beach Erosion"),
        ("ben", "Ben Moss", "River Plumes, Sediment Transport, Remote Sensing")]]
    cards = head + '<div class="others">\n' + "".join(others) + "</div>\n"
    page = tmp_path / "people.html"
    page.write_text(f"<html><head><title>Our Group</title></head><body>\n<div class='team'>\n{cards}</div>\n</body></html>",
                    encoding="utf-8")
    profile = import_path(page, owner="Jo Roe").profile
    assert [s.name for s in profile.students] == ["Ann Lee", "Ben Moss"]


def test_a_work_listed_under_two_topics_is_one_work(tmp_path):
    # a list of works by topic: the paper on two topics is written out under each, word for word; a conference
    # and a journal version (another venue and year) stay two works
    page = tmp_path / "index.md"
    page.write_text("""\
# Jo Roe

## Publications by topic

### Tides

- **Tides in narrow bays.** Jo Roe, Ann Lee. *Coastal Letters*, 2021.
- **Salt wedges in tidal rivers.** Ann Lee, Jo Roe. *Estuaries*, 2020.
- **Salt wedges in tidal rivers.** Ann Lee, Jo Roe. *Proceedings of the Estuary Conference*, 2019.

### Rivers

- **Salt wedges in tidal rivers.** Ann Lee, Jo Roe. *Estuaries*, 2020.
- **River plumes seen from above.** Jo Roe. *Remote Sensing Notes*, 2018.
""", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Tides in narrow bays", 2021), ("Salt wedges in tidal rivers", 2020), ("Salt wedges in tidal rivers", 2019),
        ("River plumes seen from above", 2018)]


def test_a_title_in_japanese_then_a_comma_and_its_venue_is_a_work(tmp_path):
    # "Title, Venue vol. (year) pages." with no names (the owner's own list): a title in Japanese writes its words
    # close, so its length, not its spaces, says it is a title; the venue after the comma may open in Japanese too
    page = tmp_path / "index.html"
    page.write_text("""\
<html lang="ja"><head><title>小池研究室</title></head><body>
<h1>Jo Roe</h1>
<h2>Papers</h2>
<ol>
<li>Waves on rough tubes in shallow water, <span class="jr">J. Coastal Math. vol. 12 (2019) 33-51.</span></li>
<li>Tides of narrow bays and their resonance, <span class="jr">Tokyo J. Ocean. vol. 3 (2017) 1-20.</span></li>
<li>浅い湾における潮汐の共鳴と減衰, <span class="jr">海洋数理・論説 41 日本海洋学会 (2015) 26-54.</span></li>
<li>潮汐入門 −基礎から共鳴まで−, <span class="jr">共立出版, ISBN:978-0-00-000000-0, (2021), 280ページ.</span></li>
</ol>
</body></html>
""", encoding="utf-8")
    pubs = import_path(page, owner="Jo Roe").profile.publications
    assert [(p.title, p.year, p.venue) for p in pubs][2:] == [
        ("浅い湾における潮汐の共鳴と減衰", 2015, "海洋数理・論説 41 日本海洋学会"),
        ("潮汐入門 −基礎から共鳴まで−", 2021, "共立出版, ISBN:978-0-00-000000-0")]


def test_a_work_written_under_two_kinds_of_work_is_kept_under_each(tmp_path):
    # the same paper under "Conference Papers" and again under "Book Chapters": the page lists it as two kinds of
    # work, each kept (unlike a work under two topics of one list)
    page = tmp_path / "index.md"
    page.write_text("""\
# Jo Roe

## Conference Papers

- **Salt wedges in tidal rivers.** Ann Lee, Jo Roe. *Proceedings of the Estuary Workshop*, 2019.
- **Tides in narrow bays.** Jo Roe, Ann Lee. *Proceedings of the Coast Conference*, 2021.

## Book Chapters

- **Salt wedges in tidal rivers.** Ann Lee, Jo Roe. *Proceedings of the Estuary Workshop*, 2019.
""", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["Salt wedges in tidal rivers", "Tides in narrow bays", "Salt wedges in tidal rivers"]


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


def test_a_groups_welcome_naming_its_university_gives_its_heads_affiliation(tmp_path):
    # "Welcome to the webpage of the University of X's Tides Group, ... led by Jo Roe": the group's university is
    # its head's (an editor's zero-width spaces and bold before the greeting)
    page = tmp_path / "index.md"
    page.write_text("# Jo Roe\n\n\u200b\u200b\u200b\u200b**Welcome to the webpage of the University of Lakeside's Tides "
                    "Group, located within the [School of Marine Science](https://marine.example.edu) and led by "
                    "[Jo Roe](https://marine.example.edu/jo/).**\n\nWe study tides.\n", encoding="utf-8")
    assert [a.name for a in import_path(page).profile.person.affiliations] == ["University of Lakeside"]
