"""Pages in Japanese, Chinese and Korean: names, menu labels, section words, era dates (invented pages)."""

from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.common import cjk_dates, find_year, parse_date, section_kind
from kg.importers.page.parse import parse_html
from kg.importers.page.person import ADDRESS_RX, affiliation_from, education_from, name_candidate

from .sitefiles import imported_site, write_site


def _html(text: str, name: str = "page.html"):
    return parse_html(SourceDoc(Path(name), text), ImportOptions())


@pytest.mark.parametrize("label", ["ホーム", "首页", "主頁", "홈", "研究", "業績", "Startseite", "Accueil", "数学",
                                   "ホーム | 物理", "Home / ホーム", "导师"])
def test_a_menu_label_or_a_word_is_no_name(label):
    assert name_candidate(label, page_title=True) is None


@pytest.mark.parametrize("text, name", [
    ("田村 健一 / たむら けんいち | 物理", "田村 健一"),  # the name, its reading in kana after a slash
    ("周晓峰的个人主页", "周晓峰"),
    ("坂口真理子のホームページ", "坂口真理子"),
    ("박서연의 홈페이지", "박서연"),
    ("钱立群 教授", "钱立群"),
    ("林 浩二 准教授", "林 浩二"),
    ("略歴 - 田村 健一 -", "田村 健一"),
])
def test_a_name_in_chinese_japanese_or_korean_is_read_without_what_surrounds_it(text, name):
    assert name_candidate(text, page_title=True)[0] == name


@pytest.mark.parametrize("heading, kind", [
    ("業績", "publications"), ("査読付き国際会議", "publications"), ("著書", "publications"),
    ("發表論文", "publications"), ("논문", "publications"), ("국제학술지", "publications"),
    ("주요논문", "publications"), ("獲獎", "awards"), ("수상", "awards"), ("學歷", "education"),
    ("학력", "education"), ("経歴", "experience"), ("경력", "experience"), ("新聞", "news"), ("소식", "news"),
    ("教歴", "teaching"), ("私について", "bio"), ("研究助成金", "grants"), ("특허", "patents"),
    ("業績リスト", "publications"), ("论文列表", "publications"), ("受賞一覧", "awards"), ("最新情報", "news"),
    ("ニュース", "news"),
])
def test_section_words_in_chinese_japanese_and_korean(heading, kind):
    assert section_kind(heading) == kind


def test_a_name_in_latin_letters_keeps_its_spaced_japanese_form_whole():
    assert name_candidate("Kenichi Tamura (田村 健一)") == ("Kenichi Tamura", ["田村 健一"])


@pytest.mark.parametrize("line", ["住所: 920-0001 石川県金沢市北町1-2 北陸工業大学 理学部",
                                  "オフィス：北陸工業大学 南キャンパス 3号館"])
def test_an_address_in_japanese_reads_as_an_address(line):
    assert ADDRESS_RX.search(line)


def test_a_degree_line_in_japanese_is_no_affiliation():
    assert affiliation_from("学位 西都大学 博士（理学）") is None
    assert affiliation_from("北陸工業大学 理学部").name == "北陸工業大学 理学部"


def test_era_years_and_cjk_dates_read_as_western_dates():
    assert cjk_dates("平成 18年 04月 - 令和 元年 09月") == "2006.04 - 2019.09"
    assert cjk_dates("令和 02年 04月 - 現在") == "2020.04 - present"
    assert find_year("昭和 60年 3月") == 1985
    assert parse_date("2019年 11月 3日") == "2019-11-03"
    assert parse_date("2021년 5월") == "2021-05"


_CV = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>田村 健一 / たむら けんいち | 物理</title></head><body>
<ul class="menu"><li><a href="../index.html">Home</a></li><li>CV</li></ul>
<h1>田村 健一 / たむら けんいち</h1>
<address><span>所属</span> 北陸工業大学 理学部 物理学科</address>
<dl><dt>researchmap :</dt><dd><a href="https://researchmap.jp/tamura-k">田村 健一 (Kenichi Tamura) - researchmap</a></dd></dl>
<h2>学歴</h2>
<dl>
<dt>平成 12年 04月</dt><dd>南山学院大学 理学部 入学</dd>
<dt>平成 16年 03月</dt><dd>南山学院大学 理学部 卒業</dd>
<dt>平成 21年 03月</dt><dd>西都大学大学院 理学研究科 博士課程 修了 博士（理学）取得</dd>
</dl>
<h2>職歴</h2>
<dl>
<dt>平成 21年 04月 - 平成 26年 03月</dt><dd>西都大学大学院 理学研究科 特任研究員</dd>
<dt>平成 26年 04月 - <b>現在</b></dt><dd><b>北陸工業大学 理学部 准教授</b></dd>
</dl>
<h2>論文</h2>
<ol>
<li><span class="u">Kenichi Tamura</span> and Jiro Okabe,
Scattering of slow waves on a ring lattice,
Journal of Lattice Physics <b>12</b> (2011) 101--120.</li>
<li><span class="u">Kenichi Tamura</span>,
Decay estimates for a damped string with two ends,
Annals of Wave Problems <b>30</b> (2016) 55--80.</li>
</ol>
</body></html>
"""


def test_a_japanese_cv_page_reads_its_owner_career_and_papers():
    p = _html(_CV)
    assert p.person.name == "田村 健一" and "Kenichi Tamura" in p.person.alternate_names
    assert p.person.job_title == "准教授"
    assert any(a.name.startswith("北陸工業大学") and a.current for a in p.person.affiliations)
    assert [(e.institution, e.year) for e in p.person.education][-2:] == [("南山学院大学", 2004), ("西都大学", 2009)]
    assert education_from("2003.03　学位：博士（理学）−西都大学", school_only=True).institution == "西都大学"
    assert [x.title for x in p.publications] == ["Scattering of slow waves on a ring lattice",
                                                 "Decay estimates for a damped string with two ends"]
    # the single-author paper: the owner's Latin name, known from the page's own "田村 健一 (Kenichi Tamura)"
    assert [(a.name, a.is_self) for a in p.publications[1].authors] == [("Kenichi Tamura", True)]


def test_a_japanese_landing_page_names_its_owner_in_its_self_introduction(tmp_path):
    landing = ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>ホーム | 物理</title></head>"
               "<body><ul><li>Home</li><li><a href=\"cv/index.html\">経歴 CV</a></li></ul>\n<h1>Home / ホーム</h1>\n"
               "<h2>私について</h2>\n<p>物理を研究している <b>田村 健一（たむら けんいち）</b>です．</p>\n</body></html>\n")
    p = _html(landing, "index.html")
    assert p.person.name == "田村 健一"
    root = write_site(tmp_path, {"index.html": landing, "cv/index.html": _CV})
    from kg.importers import import_path

    site = import_path(root).profile
    assert site.person.name == "田村 健一" and len(site.publications) == 2


def test_citations_with_full_width_separators_and_corner_quotes_read_like_their_ascii_kin():
    page = ("<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>森 早苗</title></head><body><h1>森 早苗</h1>\n"
            "<h2>論文</h2>\n<ol>\n"
            "<li>森 早苗，木村 亮：「雪面反射の季節変化の推定」，北方気象学会誌，Vol.12，No.3，pp.10-20，2019．</li>\n"
            "<li>森 早苗，木村 亮，『山岳気象入門』，白峰書房，2020年3月．</li>\n"
            "<li>周晓峰，钱立群．基于卫星数据的积雪深度反演方法［J］．寒区地理学报，2018，41（3）：100-110．</li>\n"
            "<li>박서연, 정하늘, \"겨울철 적설 관측의 오차 분석\", 한국빙설학회지, 제12권, 2021.</li>\n"
            "</ol></body></html>\n")
    pubs = _html(page).publications
    assert [(x.title, x.year) for x in pubs] == [("雪面反射の季節変化の推定", 2019), ("山岳気象入門", 2020),
                                                 ("基于卫星数据的积雪深度反演方法", 2018), ("겨울철 적설 관측의 오차 분석", 2021)]
    assert [x.venue for x in pubs[:3]] == ["北方気象学会誌", "白峰書房", "寒区地理学报"]
    assert [[a.name for a in x.authors] for x in pubs] == [["森 早苗", "木村 亮"], ["森 早苗", "木村 亮"],
                                                           ["周晓峰", "钱立群"], ["박서연", "정하늘"]]


def test_a_career_line_left_open_is_the_current_position():
    from kg.importers.page.readers import _experience_from

    now = _experience_from("2023/10- 北陸工業大学理学研究センター 特命准教授")
    assert (now.name, now.role, now.current) == ("北陸工業大学理学研究センター", "特命准教授", True)
    assert _experience_from("2021.04～ 西都大学 講師").current
    assert not _experience_from("2017/10-2023/09 西都大学 助教").current


def test_a_chinese_career_line_with_the_position_glued_to_the_place():
    from kg.importers.page.readers import _experience_from

    now = _experience_from("2016.09 - 至今：江南理工大学信息学院副教授")
    assert (now.name, now.role, now.current, now.start_year) == ("江南理工大学信息学院", "副教授", True, 2016)


def test_a_korean_career_line_with_dates_written_year_stop_month_stop():
    from kg.importers.page.readers import _experience_from

    assert cjk_dates("2016. 4. ~ 현재") == "2016.04 ~ present"
    now = _experience_from("2016. 4. ~ 현재 한빛전자 · 설계팀 · 책임연구원")
    assert (now.name, now.role, now.current, now.start_year) == ("한빛전자 · 설계팀", "책임연구원", True, 2016)


def test_a_numbered_list_of_chinese_citations_with_the_journal_in_title_marks(tmp_path):
    # "题目，《期刊》2023年第2期，CSSCI;": the owner's own papers, no byline; the journal between title marks, its
    # issue and an index's tag after it
    profile = imported_site(tmp_path / "site", {
        "README.md": "# 林晓雨\n\n林晓雨，北岸大学法学院讲师。\n\n## 论文\n\n"
                     "1. 海岸湿地保护的立法路径，《北岸法学》2023年第2期，CSSCI;\n"
                     "2. 渔业资源的公共信托理论，《海洋法评论》2019年第4期；\n",
    })
    assert [(p.title, p.year, p.venue) for p in profile.publications] == [
        ("海岸湿地保护的立法路径", 2023, "北岸法学"), ("渔业资源的公共信托理论", 2019, "海洋法评论")]


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


def test_a_chinese_citation_closing_its_names_with_deng_reads_it_as_et_al(tmp_path):
    page = tmp_path / "papers.md"
    page.write_text("# 林静\n\n## 论文\n"
                    "[1]**林静**,等.一种焊缝图像的分割方法[J].自动化技术,2021,(3):10-15.  \n"
                    "[2]周立,**林静**,等.边缘设备上的图像压缩研究[J].计算机应用,2020,(7):1-6.  \n"
                    "[3]赵阳,**林静**.工业图像异常检测综述[J].计算机工程,2022,(2):30-36.  \n",
                    encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["一种焊缝图像的分割方法", "边缘设备上的图像压缩研究", "工业图像异常检测综述"]
    assert [[a.name for a in p.authors] for p in pubs] == [["林静"], ["周立", "林静"], ["赵阳", "林静"]]
    assert [p.authors_truncated for p in pubs] == [True, True, False]
    assert [p.venue for p in pubs] == ["自动化技术", "计算机应用", "计算机工程"]


def test_a_japanese_citation_closing_its_names_with_ta_or_hoka_reads_it_as_et_al(tmp_path):
    # "Aki Mori 他, “Title”" / "ほか": the Japanese "and others" after the last written name; no author, the list is cut,
    # and a paper whose only written name is the owner's is still the owner's
    page = tmp_path / "gyoseki.html"
    page.write_text("""<html lang="ja"><head><title>森 亜紀 - 業績</title></head><body>
<h1>Aki Mori</h1><h2>主要論文</h2><ul>
<li><p>Ren Ohta, <strong>Aki Mori</strong> 他, “Drift chambers for a hyperon scattering run”, <em>Nucl. Instr. Meth.</em>, <strong>A912</strong>, 16 (2021).</p></li>
<li><p><strong>Aki Mori</strong> 他, “Spectral shape of a light hypernucleus”, <em>PTEP</em>, <strong>2019</strong>, 083D01 (2019).</p></li>
<li><p><strong>A. Mori</strong> ほか, “Tagging kaons with a ring counter”, <em>Phys. Lett. B</em>, <strong>845</strong>, 138190 (2017).</p></li>
</ul></body></html>""", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["Drift chambers for a hyperon scattering run", "Spectral shape of a light hypernucleus",
                                       "Tagging kaons with a ring counter"]
    assert [[a.name for a in p.authors] for p in pubs] == [["Ren Ohta", "Aki Mori"], ["Aki Mori"], ["A. Mori"]]
    assert [p.authors_truncated for p in pubs] == [True, True, True]
    assert [p.year for p in pubs] == [2021, 2019, 2017]


@pytest.mark.parametrize("text", ["その他, 研究会", "其他: 2", "このほか、学会"])
def test_the_ta_of_a_word_is_no_et_al(text):
    from kg.importers.page.citation import _CJK_ET_AL
    assert _CJK_ET_AL.search(text) is None


def test_a_japanese_latest_information_list_is_the_news(tmp_path):
    # "最新情報" ("latest information"), the heading Japanese sites give their news, over dated items "2026.03"
    page = tmp_path / "index.html"
    page.write_text("""<html lang="ja"><head><title>森 亜紀</title></head><body><h1>森 亜紀</h1>
<section><h2>最新情報</h2><ul class="news-list">
<li class="news-item"><span class="news-date">2026.03</span>
  <span class="news-content">太田君が修士論文賞を受賞しました。</span></li>
<li class="news-item"><span class="news-date">2025.11</span>
  <span class="news-content">研究会で招待講演を行いました。</span></li>
<li class="news-item"><span class="news-date">2025.04</span>
  <span class="news-content">ホームページを開設しました。</span></li>
</ul></section></body></html>""", encoding="utf-8")
    news = import_path(page).profile.news
    assert [(n.date, n.text) for n in news] == [("2026-03", "太田君が修士論文賞を受賞しました。"),
                                                 ("2025-11", "研究会で招待講演を行いました。"),
                                                 ("2025-04", "ホームページを開設しました。")]


def test_an_education_list_in_chinese_reads_the_degree_that_ends_its_line(tmp_path):
    page = tmp_path / "index.md"
    page.write_text("# 林静\n\n## 教育经历\n\n### **北江大学**\n\n计算机博士 <span>2020.09-至今</span>\n\n"
                    "### **南湖理工大学**\n\n应用物理学士 <span>2012.09-2016.06</span>\n", encoding="utf-8")
    education = import_path(page).profile.person.education
    assert [(e.degree, e.institution) for e in education] == [("博士", "北江大学"), ("学士", "南湖理工大学")]


def test_a_career_line_in_chinese_names_an_engineer_post_and_its_unit(tmp_path):
    # "高级研发工程师 人工智能研究所 2019.11-至今" (senior R&D engineer, AI institute, since 2019.11): the post, the unit,
    # and the dates with their months no part of the unit's name
    page = tmp_path / "index.md"
    page.write_text("# 林静\n\n## 工作经历\n\n### **北江软件**\n\n高级研发工程师 人工智能研究所 <span>2019.11-至今</span>\n\n"
                    "负责视觉方案。\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert person.job_title == "高级研发工程师"
    assert [(a.name, a.role, a.current) for a in person.affiliations] == [("人工智能研究所", "高级研发工程师", True)]


def test_a_bio_in_chinese_says_where_the_owner_works_now(tmp_path):
    # "曾就职于百度" (once worked at Baidu) is past; "2019年就职于X公司" (employed at X since 2019) is the workplace
    page = tmp_path / "index.md"
    page.write_text("# 林静\n\n## 关于我\n\n北江大学在职博士，曾就职于南湖网络。2019年就职于上海北江软件股份有限公司，"
                    "专注于工业视觉方向。\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [(a.name, a.start_year) for a in person.affiliations] == [("上海北江软件股份有限公司", 2019)]
    assert person.description.startswith("北江大学在职博士")


def test_a_bilingual_title_written_as_one_keeps_its_translation(tmp_path):
    # "中文标题(English Title)" in one bold run is the title as the page wrote it; a translation set off after the
    # title by a space ("中文标题 (English Title)") is an aside, dropped
    from kg.importers.page.context import clean_title
    assert clean_title("湖泊沉积物的微生物群落演替研究(Succession of Microbial Communities in Lake Sediments)") \
        == "湖泊沉积物的微生物群落演替研究(Succession of Microbial Communities in Lake Sediments)"
    assert clean_title("湖泊沉积物的微生物群落演替研究 (Succession of Microbial Communities in Lake Sediments)") \
        == "湖泊沉积物的微生物群落演替研究"
    page = tmp_path / "index.md"
    page.write_text("# Lan Zhou\n\n## Publications\n\n"
                    "<b>湖泊沉积物的微生物群落演替研究(Succession of Microbial Communities in Lake Sediments)</b><br>\n"
                    "<i>湖泊科学(Journal of Lake Sciences), 2021</i><br>\n"
                    "<b>周岚(Lan Zhou)</b>, 钱明(Ming Qian)*<br>\n\n"
                    "<b>Nitrogen Cycling in Shallow Lakes Under Warming</b><br>\n"
                    "<i>Water Research, 2020</i><br>\n"
                    "<b>Lan Zhou</b>, Ming Qian*<br>\n", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert pubs[0].title == "湖泊沉积物的微生物群落演替研究(Succession of Microbial Communities in Lake Sediments)"


def test_a_japanese_citation_quotes_its_title_in_corners_and_its_journal_or_book_in_double_corners(tmp_path):
    # 「Title」『Journal』vol(no): pages — no separator between title and venue; a chapter's book may follow its
    # editors (X・Y編『Book』); a book's links below it are labelled "homepage" and "amazon", no title
    page = tmp_path / "research.md"
    page.write_text(
        "# 山田花子\n\n## 論文\n\n"
        "山田花子，2024，「雪の結晶の形成——低温実験による検討」『気象学研究』91(1): 1–12．  \n"
        "[open access](https://doi.org/10.1234/kisho.91.1)\n\n"
        "## 書籍\n\n"
        "山田花子，2025，「冬の湖の観測——パネル調査から」中村太郎・佐藤次郎編『寒冷地の科学』北山出版会，211-25．  \n"
        "[homepage](https://books.example.jp/b1)\n[amazon](https://www.amazon.co.jp/dp/41305)\n",
        encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.year) for p in pubs] == [("雪の結晶の形成——低温実験による検討", 2024),
                                                ("冬の湖の観測——パネル調査から", 2025)]
    assert pubs[0].venue == "気象学研究" and pubs[0].volume == "91"
    assert pubs[1].venue and pubs[1].venue.startswith("寒冷地の科学") and "編" not in pubs[1].venue


def test_a_staff_post_in_japanese_is_a_position_word():
    # "学術専門職員" (an academic specialist on the staff) after the centre's name: a post, as "特任研究員" is
    from kg.importers.common import JOB_WORDS

    assert JOB_WORDS.search("北山大学理学部 附属観測センター 学術専門職員")
    assert not JOB_WORDS.search("事務職員の皆様へのお知らせ")  # (inside a sentence: no post)


def test_an_honors_page_grouped_by_what_the_awards_were_for_keeps_every_group_and_its_dates(tmp_path):
    # a page titled "荣誉获奖" (honors) whose groups say what each award was for ("科学研究" research, "教育教学"
    # teaching, "工程应用" engineering); each item opens with its year and month in Chinese
    page = tmp_path / "honors.md"
    page.write_text("---\ntitle: \"荣誉获奖\"\nauthor: 谭雨文\n---\n\n"
                    "## 科学研究\n* 2019年01月，2018年河海科学技术二等奖（排名3）\n\n"
                    "## 教育教学\n* 2018年12月，北岸大学青年教师教学大赛一等奖\n"
                    "* 2012年08月，北岸大学2011-2012学年度优秀助教\n\n"
                    "## 工程应用\n* 2016年04月，全国数字河道大赛一等奖\n", encoding="utf-8")
    profile = import_path(page).profile
    assert [(a.name, a.year) for a in profile.awards] == [
        ("2018年河海科学技术二等奖（排名3）", 2019), ("北岸大学青年教师教学大赛一等奖", 2018),
        ("北岸大学2011-2012学年度优秀助教", 2012), ("全国数字河道大赛一等奖", 2016)]
    assert profile.teaching == []


@pytest.mark.parametrize("text, post, place", [
    ("北岸大学 讲师/博士后。 博士毕业于 南湖大学， 本科西岭大学。", "讲师/博士后", "北岸大学"),  # the first sentence only
    ("东湖研究院副研究员", "副研究员", "东湖研究院"),
    ("西岭大学副教授，博士生导师，某学会会员", "副教授", "西岭大学"),  # the first post of the list
    ("副教授", "副教授", None),
])
def test_a_line_in_chinese_names_the_place_then_the_post(text, post, place):
    from kg.importers.page.person import split_title_aff

    assert split_title_aff(text) == (post, place)


def test_a_first_person_bio_in_chinese_is_prose_and_names_the_advisors(tmp_path):
    # "大家好，我是X大学的博士二年级学生，导师是A教授和B教授。" with no heading over it: a bio paragraph (its words are
    # its characters, not its few spaces), not a header line whose whole first sentence is a job title; the
    # advisors it names after "导师是" are the owner's. Before, the paragraph was read as a position line
    # (a job word inside it, "转为博士研究生") and its first sentence became the job title
    page = tmp_path / "index.md"
    page.write_text("# 林静\n\n大家好，我是北岸大学信息学院，软件工程专业的博士二年级学生，导师是[王林](https://example.org/wl)"
                    "教授和[胡开明](https://example.org/hk)教授。\n之后，我于 2021 年经过考核，转为博士研究生，"
                    "目前的导师为王林教授。\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert person.advisors == ["王林", "胡开明"]
    # (the post named after the place and its last "的", as "I am a PhD student at X" says it)
    assert person.job_title == "博士二年级学生"
    assert [a.name for a in person.affiliations] == ["北岸大学"]
    assert person.description.startswith("大家好，我是北岸大学信息学院")


def test_a_bio_in_chinese_names_the_degrees_its_owner_earned(tmp_path):
    # "她于2015年从X研究所获得博士学位" (the place before the verb, after 从/在/于) and "2010年获得Y大学学士学位" (the
    # place between the verb and the degree): each a degree and its year, in a paragraph of the third person
    page = tmp_path / "index.md"
    page.write_text("# 林静\n\n她于2015年从西岭科学院地理研究所获得博士学位，专业为水文学。2010年获得东湖大学"
                    "学士学位，专业为地理学。\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("博士", "西岭科学院地理研究所", 2015), ("学士", "东湖大学", 2010)]


_OWN_DEGREE = "## 个人简介\n\n林静，东湖大学教授，2012年获得东湖大学博士学位。"
"""A bio whose owner states her own degree, before a sentence about someone else's."""


@pytest.mark.parametrize("bio,degrees", [
    # an award for a doctoral thesis, or for supervising one, is no degree ("优秀博士学位论文奖")
    ("他于2014年获得北岸大学优秀博士学位论文奖，现任东湖大学教授。", []),
    ("## 个人简介\n\n林静，东湖大学教授。2018年获得北岸大学优秀博士学位论文指导教师奖。", []),
    # the degrees the owner's students earned are theirs ("已指导12名学生...获得硕士学位", "他指导的学生王明...")
    ("## 个人简介\n\n已指导12名学生在北岸大学获得硕士学位。", []),
    ("他于2010年加入东湖大学。他指导的学生王明于2020年在北岸大学获得博士学位。", []),
    # a student named earlier in the sentence, the degree in a clause of its own: the student's, beside the owner's
    *((_OWN_DEGREE + student, [("博士", "东湖大学", 2012)]) for student in (
        "她指导的学生王明，2020年获得北岸大学博士学位。", "其博士生王明于2020年获得北岸大学博士学位。",
        "她的研究生王明，2020年获得北岸大学硕士学位。", "在她的指导下，王明于2020年获得北岸大学博士学位。")),
])
def test_a_bio_in_chinese_gives_no_degree_of_an_award_or_a_student(tmp_path, bio, degrees):
    page = tmp_path / "index.md"
    page.write_text(f"# 林静\n\n{bio}\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [(e.degree, e.institution, e.year) for e in person.education] == degrees
    if bio.startswith("他于2010年"):
        assert not person.description  # (a paragraph of a student's degree does not say who the owner is)


def test_a_bio_in_chinese_gives_its_owners_degree_beside_a_students(tmp_path):
    # the owner's degree earned, then the students supervised: the owner's degree only; "博士生导师" (a doctoral
    # supervisor, a title) before it is no student
    page = tmp_path / "index.md"
    page.write_text("# 林静\n\n她于2016年在东湖大学获得博士学位。已指导12名学生在北岸大学获得硕士学位。\n", encoding="utf-8")
    assert [(e.degree, e.institution, e.year) for e in import_path(page).profile.person.education] == [
        ("博士", "东湖大学", 2016)]
    page.write_text("# 林静\n\n## 个人简介\n\n林静，东湖大学教授，博士生导师，2016年获得北岸大学博士学位。\n", encoding="utf-8")
    assert [(e.degree, e.institution, e.year) for e in import_path(page).profile.person.education] == [
        ("博士", "北岸大学", 2016)]
    # (a degree earned under an advisor's guidance, "在X教授指导下", after the owner's own studies as a 研究生)
    page.write_text("# 林静\n\n## 个人简介\n\n林静，2010年在东湖大学攻读硕士研究生，2016年在王林教授指导下获得北岸大学"
                    "博士学位。\n", encoding="utf-8")
    assert [(e.degree, e.institution, e.year) for e in import_path(page).profile.person.education] == [
        ("博士", "北岸大学", 2016)]


@pytest.mark.parametrize("bio, degree", [
    # under an advisor's guidance ("在导师王林教授的指导下"), or thereafter ("其后"): the owner's own degree
    ("林静，东湖大学教授，2012年在导师王林教授的指导下，获得东湖大学博士学位。", ("博士", "东湖大学")),
    ("林静，2008年本科毕业于东湖大学，其后于2013年获得北岸大学博士学位。", ("博士", "北岸大学")),
])
def test_a_bio_in_chinese_gives_its_owners_degree_after_an_advisor_or_a_time(tmp_path, bio, degree):
    page = tmp_path / "index.md"
    page.write_text(f"# 林静\n\n## 个人简介\n\n{bio}\n", encoding="utf-8")
    assert degree in [(e.degree, e.institution) for e in import_path(page).profile.person.education]


@pytest.mark.parametrize("bio, post, place", [
    # one line and no job word of its own elsewhere: the post named after the place and "的" makes it a bio
    ("大家好，我是东湖大学物理系的硕士生，导师是王林教授和胡开明副教授。", "硕士生", "东湖大学"),
    # the university, not the academy whose name opens it, nor its school after it
    ("我是西岭科学院大学化学学院的博士研究生，导师是王林教授和胡开明副教授。", "博士研究生", "西岭科学院大学"),
    # "一名" (one, as a measure word) after "的" is no part of the post
    ("我是南湖大学的一名学生，导师是王林教授和胡开明副教授。", "学生", "南湖大学"),
])
def test_a_one_line_first_person_bio_in_chinese_names_post_place_and_advisors(tmp_path, bio, post, place):
    page = tmp_path / "index.md"
    page.write_text(f"# 林静\n\n{bio}\n", encoding="utf-8")
    profile = import_path(page).profile
    assert (profile.person.job_title, [a.name for a in profile.person.affiliations]) == (post, [place])
    assert profile.person.advisors == ["王林", "胡开明"]
    assert profile.unparsed == []


@pytest.mark.parametrize("text, names", [
    ("我是北岸大学的博士研究生，导师为王林教授与胡开明教授。", ["王林", "胡开明"]),
    ("硕士期间师从李华副教授，研究图像压缩。", ["李华"]),
    ("我的导师是张三老师", ["张三"]),
    ("获得博士学位，导师为赵林助理教授和孙明教授。", ["赵林", "孙明"]),  # (the title's own words no part of the name)
    ("导师是冒险", []),  # (a word with no title after it may be no one's name)
    ("教授，博士生导师，研究方向为计算机视觉", []),  # (the owner's own post as a doctoral supervisor)
])
def test_advisors_named_in_chinese_prose_each_with_a_title_after_the_name(text, names):
    from kg.importers.page.person import advisors_in

    assert advisors_in(text) == names


@pytest.mark.parametrize("body", [
    '<div class="brand">NORTHWIND 자동 배포</div><p>설정을 마치면 명령을 만들 수 있습니다.</p>',  # a brand and a label
    '<p class="mini">关于我</p><p>偏好清晰的边界与稳定的反馈。</p>',  # a menu's label ("about me")
])
def test_a_label_or_a_sentence_end_in_cjk_introduces_no_owner(body):
    # no heading names anyone: the last words of a line or a sentence, or a menu's label, are no self-introduction,
    # and the page is refused rather than given an owner it never names
    from kg.importers.base import SourceError

    with pytest.raises(SourceError, match="no name"):
        _html(f"<html><body>{body}</body></html>")


@pytest.mark.parametrize("body, name", [
    ("<p>大家好，我是王晓梅，北岸大学的博士生。</p>", "王晓梅"),
    # ("저는", "I", spaced from the name, was taken for its first word: "저는 박지우")
    ("<p>안녕하세요. 저는 박지우입니다. 북안대학교 교수입니다.</p>", "박지우"),
    # the polite copula spaced after the name, or after a spaced family and given name, ends it (before:
    # "박지우 입니다", "山田 太郎です")
    ("<p>안녕하세요. 저는 박지우 입니다. 북안대학교 교수입니다.</p>", "박지우"),
    ("<p>北岸大学情報理工学系研究科の准教授、山田 太郎です。</p>", "山田 太郎"),
])
def test_a_self_introduction_in_cjk_still_names_the_owner(body, name):
    assert _html(f"<html><body>{body}</body></html>").person.name == name


def test_names_a_colon_then_title_venue_numbers_and_a_closing_year_unbracketed():
    # "A, B: Title, Venue, vol. 5, pp. 1-10, 2021." (Japanese lists, in Latin letters too): the year closes the line
    # after the volume and pages without brackets; the title was read to the stop of "vol.", venue and year lost
    page = ("<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>Kenta Mori</title></head><body><h1>Kenta Mori</h1>\n"
            "<h2>Publications</h2>\n<ol>\n"
            "<li>Kenta Mori, Aoi Kimura: Snow depth from small radars, Journal of Cold Regions, vol. 5, pp. 1-10, 2021.</li>\n"
            "<li>K. Mori and A. Kimura: Glacier flow in warm winters, Proc. of the Ice Meeting, Sapporo, pp. 100-105, "
            "Sep. 2018.</li>\n"
            "<li>森健太，木村葵：積雪深の推定，雪氷学会誌，第12巻，第3号，pp.45-67，(2019年).</li>\n"
            "<li>森健太・木村葵：氷河流動の観測，『寒冷地学報』，Vol.J84-D，No.2，pp.146 -- 154，(2001).</li>\n"
            "<li>森健太，木村葵，雪崩の予測手法， 雪氷学会誌，Vol.57, No.1, pp.12-24，2016.</li>\n"
            "<li>森健太、木村葵：「融雪の季節変化」，雪氷学会誌，Vol.8，No.1，pp.1-9，2019年3月.</li>\n"
            "</ol></body></html>\n")
    pubs = _html(page).publications
    # (the place after a meeting's name is kept with it: the venue starts at the piece its words name)
    assert pubs[1].venue == "Proc. of the Ice Meeting, Sapporo"
    assert [(x.title, x.venue, x.year) for x in pubs[:1] + pubs[2:]] == [
        ("Snow depth from small radars", "Journal of Cold Regions", 2021),
        ("積雪深の推定", "雪氷学会誌", 2019), ("氷河流動の観測", "寒冷地学報", 2001),
        ("雪崩の予測手法", "雪氷学会誌", 2016), ("融雪の季節変化", "雪氷学会誌", 2019)]
    assert [[a.name for a in x.authors] for x in pubs] == [
        ["Kenta Mori", "Aoi Kimura"], ["K. Mori", "A. Kimura"], ["森健太", "木村葵"], ["森健太", "木村葵"],
        ["森健太", "木村葵"], ["森健太", "木村葵"]]
    assert pubs[1].title == "Glacier flow in warm winters" and pubs[1].year == 2018
    assert pubs[2].volume == "12"


def test_comma_citation_needs_numbers_before_an_unbracketed_year():
    from kg.importers.page.citation import _comma_citation

    assert _comma_citation("Tides, Sea Notes, vol. 5, pp. 1-10, 2021.")[:2] == ("Tides", "Sea Notes, vol. 5, pp. 1-10, 2021.")
    # no volume nor pages: the commas may be the title's own ("Cats, dogs and mice, 2020"), nothing is taken
    assert _comma_citation("Rain, Sea Notes, 2021.") is None
    assert _comma_citation("Rain at sea, a survey, 2021.") is None


def test_names_quoted_inside_a_corner_quoted_title_keep_their_marks():
    # 「『Corpus』とその検索系『Tool』」: every corner bracket became a quotation mark, the title cut at the first
    # inner one ("Corpus") and the rest run into the venue
    from kg.importers.common import ascii_separators

    assert ascii_separators("森健太 (2018) 「『雪氷コーパス』とその検索系『白峰』」雪氷学会誌, Vol 5, pp.1-9.") == \
        "森健太 (2018) “『雪氷コーパス』とその検索系『白峰』” 雪氷学会誌, Vol 5, pp.1-9."
    page = ("<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>森健太</title></head><body><h1>森健太</h1>\n"
            "<h2>論文</h2>\n<ol>\n<li>森健太, 木村葵 (2018) 「『雪氷コーパス』とその検索系『白峰』」雪氷学会誌, Vol 5, "
            "No. 2, pp.1-9.</li>\n</ol></body></html>\n")
    (pub,) = _html(page).publications
    assert (pub.title, pub.venue, pub.year) == ("『雪氷コーパス』とその検索系『白峰』", "雪氷学会誌", 2018)


def test_a_chinese_bio_opening_with_the_owners_name_then_place_and_post_gives_both(tmp_path):
    # a theme-less Jekyll site in Chinese: the profile page (titled "个人简介", no name heading) opens its bio the way
    # Chinese faculty pages do, "Name，PlaceProfessor，doctoral supervisor，..."; the configured author is the owner.
    # Before: no position and no place (the English and first-person patterns only)
    p = imported_site(tmp_path, {
        "_config.yml": "author: 林晓雯\n",
        "index.md": "---\ntitle: 个人简介\nlayout: page\n---\n\n"
                    "林晓雯，南岭师范大学副教授，博士生导师，主要从事湿地鸟类生态学研究。\n\n"
                    "课题组长期在南岭地区开展野外调查。\n",
    })
    assert p.person.name == "林晓雯"
    assert p.person.job_title == "副教授"
    assert [(a.name, a.role) for a in p.person.affiliations] == [("南岭师范大学", "副教授")]


def test_a_chinese_bio_names_no_post_for_a_degree_or_a_post_once_held():
    from kg.importers.page.bio import cjk_place_post

    assert cjk_place_post("林晓雯，博士，南岭师范大学教授，博士生导师。", ["林晓雯"]) == ("教授", "南岭师范大学")
    assert cjk_place_post("现任东湖研究所副研究员，主要研究鸟类迁徙。", []) == ("副研究员", "东湖研究所")
    assert cjk_place_post("林晓雯，南岭大学博士，研究方向为生态学。", ["林晓雯"]) is None  # (a degree there)
    assert cjk_place_post("林晓雯，曾任南岭大学教授。", ["林晓雯"]) is None  # (a post once held)
    assert cjk_place_post("南岭大学教授林晓雯主持了该项目。", ["林晓雯"]) is None  # (not opening with the name)


def test_the_chinese_place_words_are_one_vocabulary_for_the_bio_and_the_header():
    """A company is a place a post is held at in a bio's first sentence as in a header line ("X公司高级工程师"): the
    bio's and the header's patterns end a place with the same words (common.PLACE_END_CJK)."""
    from kg.importers.common import PLACE_END_CJK
    from kg.importers.page.bio import cjk_place_post
    from kg.importers.page.person import split_title_aff

    assert "公司" in PLACE_END_CJK.split("|") and "大学" in PLACE_END_CJK.split("|")
    assert cjk_place_post("林晓雯，南岭数据公司高级工程师，主要从事遥感研究。", ["林晓雯"]) == ("高级工程师", "南岭数据公司")
    assert split_title_aff("南岭数据公司 高级工程师") == ("高级工程师", "南岭数据公司")


def test_a_chinese_header_line_after_the_name_keeps_the_name_out_of_the_place():
    from kg.importers.page.person import split_title_aff

    assert split_title_aff("林晓雯，南岭大学教授，博士生导师") == ("教授", "南岭大学")


def test_a_japanese_list_names_the_owner_in_its_own_script_alone_before_a_colon(tmp_path):
    """A Jekyll site titled in Latin letters ("Rin Tanabe") whose Japanese list of works writes the owner "田辺 凛":
    "田辺 凛: 題目, 誌名, 12(3):45-67 (2021)." for a work of their own, the names before the colon for the
    others. The page reader gives a work with no byline it knows to the owner, so the site's other name lost its
    vote (the owner "written" on every sole work): the other script was not taken as the owner's name, the sole
    works kept "田辺 凛: " in their title and the others had no self position."""
    items = "\n".join([
        "* 田辺 凛: 潮汐の数理モデル, 情報処理学会論文誌, 61(2):10-20 (2020).",
        "* 田辺 凛: 干潟の観測手法について, 海洋学研究, 12(3):45-67 (2021).",
        "* 田辺 凛: 沿岸域の流れと堆積, 地球科学, 5(1):1-9 (2019).",
        "* 佐藤 光, 田辺 凛, 鈴木 一郎: 河口の塩水くさび, 水文学雑誌, 40(1):3-8 (2022).",
        "* 田辺 凛, 佐藤 光: 潮位の長期変動, 海洋学研究, 13(1):1-12 (2022).",
        "* 鈴木 一郎, 田辺 凛: 波浪の推定, 土木学会論文集, 77(2):30-41 (2021).",
    ])
    p = imported_site(tmp_path, {"_config.yml": "title: Rin Tanabe\n", "index.md": "# Rin Tanabe\n\n[Publications](publications.md)\n",
                                 "publications.md": f"---\ntitle: Publications\n---\n\n論文\n----\n\n{items}\n"})
    assert "田辺 凛" in p.person.alternate_names
    works = {w.title: w for w in p.publications}
    assert [a.name for a in works["干潟の観測手法について"].authors] == ["田辺 凛"]
    assert works["干潟の観測手法について"].authors[0].is_self
    assert [a.is_self for a in works["河口の塩水くさび"].authors] == [False, True, False]


def test_a_coauthor_in_the_native_script_on_every_japanese_work_is_not_the_owners_other_name(tmp_path):
    """A bilingual list: the owner's English papers, three written "Rin Tanabe." alone, and Japanese talks that
    all name the owner's advisor "山田 太郎" (once with "田辺 凛"). The owner's own sole works vote for the owner's
    name, so the advisor, on more works than the owner's native name but on no more than the owner's, is no
    alternate name of the owner (w85a's rule let only works with two authors vote and took him)."""
    items = "\n".join([
        "1. Rin Tanabe. Tidal mixing in shallow bays. *Journal of Tides*, 2021.",
        "2. Rin Tanabe. Salt wedges of small estuaries. *Marine Letters*, 2022.",
        "3. Rin Tanabe. Sediment plumes after storms. *Coastal Notes*, 2023.",
        "4. Rin Tanabe, Bo Roe. Waves on sand bars. *Coastal Notes*, 2023.",
        "", "## Domestic conferences", "",
        "1. 山田 太郎, 田辺 凛: 浅い湾の潮汐混合, 海洋学会誌, 2020.",
        "2. 山田 太郎, 佐藤 花子: 河口の塩水くさび, 海洋学会誌, 2021.",
        "3. 山田 太郎, 佐藤 花子: 嵐の後の土砂, 沿岸研究, 2022.",
        "4. 山田 太郎, 鈴木 一郎: 砂州の波, 沿岸研究, 2023.",
    ])
    p = imported_site(tmp_path, {"_config.yml": 'title: "Rin Tanabe"\nauthor:\n  name: "Rin Tanabe"\n',
                                 "_pages/about.md": "---\ntitle: Home\npermalink: /\n---\nI am a PhD student.\n",
                                 "_pages/publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n"
                                                           f"## Journal papers\n\n{items}\n"})
    assert p.person.alternate_names == []
    assert not any(a.is_self for w in p.publications for a in w.authors if a.name == "山田 太郎")
    assert sum(1 for w in p.publications if w.authors and w.authors[0].name == "Rin Tanabe") == 4
