#!/usr/bin/env python3
"""Count the source lines whose data kg took and then lost: in no field of the profile and in no report line.

Usage: silent_report.py [--kg PATH] [--lines] [--jobs N] SET [SET ...]
A SET is a folder of cases (folders of a site's files, or page files), as for unparsed_report.py; each case is
copied without gold.json and SOURCE.txt and imported with `kg import CASE --verbose --to json` (case_runs.py).
Every line of every text file of the case is then read apart from kg, for its visible text: HTML and markdown
without tags, markup and link targets (entities decoded; script and style dropped), YAML/TOML/JSON/BibTeX values
without keys. A line is
- accounted when it holds no content word (words of 4+ letters that are not function words: markup, punctuation,
  dates and numbers only), or when >= 60% of its content words are words of the profile's JSON string values;
- reported when kg's report names it (`unparsed`/`relative link` FILE:LINE, a skipped note on it, or a note that
  its whole file was not read);
- chrome when it is navigation, a footer, or words of headings and buttons only (no data, fine unreported);
- else a **silent candidate**: kg marked it used (or ignored) and its words are nowhere. A text file kg neither
  read nor named in a note is one silent candidate (`FILE: file neither read nor reported`).
Prints per set the candidates per case and by kind (the kind guessed from the text, as unparsed_report.py does);
with --lines each candidate as `case FILE:LINE: text`. Exits 1 when kg could not import a case (its count, 0, would
be no count), 2 when a SET is no folder. The check shares no code with kg's readers on purpose: it
is meant to catch their mistakes, so it judges by words, and it errs on the side of listing.
"""
from __future__ import annotations

import bisect
import collections
import html
import json
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from case_runs import cases_of, kind_of, map_cases, set_parser, with_imported

TEXT_EXT = {".html", ".htm", ".xhtml", ".md", ".markdown", ".qmd", ".rmd", ".yml", ".yaml", ".toml", ".bib",
            ".json", ".txt", ".tex", ".org", ".rst"}
MARKDOWN_EXT = {".md", ".markdown", ".qmd", ".rmd", ".txt", ".org", ".rst"}
WORD = re.compile(r"[^\W\d_]{4,}")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
SHARE = 0.6
ENTRY_LINES = 30
"""How far a note on an entry's first line (a work kg left out, and why) speaks for the lines after it."""
# function words: no data of their own
STOP = set("""
with from this that have been were which their there these those they them then than into onto over under about
also such will would could should what when where while your yours more most some other only very just each both
here being after before since upon within without through between among during again further once does doing
done having like well many much must even ever every made make makes using used uses within across along around
toward towards whose whom because until unless though although however thus hence therefore where whereas
present current currently ongoing today since till january february march april june july august september
october november december sept spring summer fall autumn winter janvier fevrier mars avril juin juillet aout
septembre octobre novembre decembre januar februar marz juni juli oktober dezember enero febrero marzo abril mayo
junio julio agosto septiembre octubre noviembre diciembre
""".split())
# the words of navigation, headings, buttons and template text: a line of these alone holds no data
CHROME_WORDS = set("""
home about publications publication papers paper selected recent news updates update awards award honors honours
education experience teaching talks talk service students student research interests contact blog posts post
projects project software miscellaneous misc links link people members member group team alumni current former
past preprints preprint journal journals conference conferences articles article workshop workshops proceedings
books book chapters thesis theses presentations invited courses course professional activities academic employment
positions position appointments biography short more menu navigation search read show hide toggle abstract bibtex
code slides video videos poster website homepage page pages site email mail phone office address github twitter
linkedin scholar google orcid researchgate dblp download downloads full list archive archives tags categories
category next previous older newer view details html arxiv supplementary data overview welcome back skip main
content close open light dark mode theme english language table contents submit copy copied cite citation pdf
personal information info resume curriculum vitae press media gallery photos photo misc others other featured
highlights latest upcoming patents grants funding fellowships visitors opportunities openings join prospective
events event seminar seminars lab labs lectures lecture notes resources tools teaching mentoring supervision
advising outreach reviewing reviewer reviewers editorial committee committees organizer memberships skills
languages interests hobbies bio subscribe follow feed feeds loading error cancel reset print share posted
published tagged minute minutes read reading time author authors edit source sitemap powered generated jekyll hugo
theme themes template quarto wordpress academic academicpages alfolio jemdoc bootstrap github pages netlify
postdoctoral postdocs postdoc graduate undergraduate undergraduates doctoral masters master principal investigator
investigators scholars fellows visiting year years title titles status environment reprint reprints print notes
name names class period submitted accepted under review reviewed peer progress working papers manuscripts
text corrigendum publisher volume issue number pages pmid pmcid repository crossref cumulative citations cited issn isbn keywords click downloadable archived versions version printed electronic online contents
package packages free movies center bottom left right smart supplementary expertise selected refereed non-refereed forthcoming published
""".split())
# a setting's value in a data file or front matter: no data (true, null, an icon's or layout's name)
_TOKEN = r"['\"]?(?:(?i:true|false|yes|no|null|none|nil|blank)|[a-z0-9_.*@{}-]+)['\"]?"
SETTING = re.compile(rf"^\s*\[?\s*{_TOKEN}(?:\s*,\s*{_TOKEN})*\s*,?\s*\]?\s*,?\s*$")
# a site's configuration file (Jekyll, Hugo, Quarto): a value of one token there is a setting (``Gemfile``, a hash)
CONFIG_FILE = re.compile(r"(?:^|/)(?:_?config|hugo|_quarto|params|menus?|languages)[\w.-]*\.(?:ya?ml|toml)$", re.I)
# a site's templates and menus (what every page shows around its content): no data of the owner
TEMPLATE_FILE = re.compile(r"(?:^|/)(?:_includes|_layouts|layouts|_sass|themes|partials|assets)/|(?:^|/)_data/"
                           r"(?:navigation|menus?|ui-text)\.ya?ml$|(?:^|/)[^/]*template[^/]*$", re.I)
CHROME_LINE = re.compile(r"^\s*(?:presented at|accepted at|published in)\W*$|"r"copyright|©|all rights reserved|powered by|last (?:updated|modified)|back to top|skip to"
                         r"|toggle navigation|built with|made with|hosted (?:on|by)|theme by|designed by|"
                         r"cookie|javascript"
                         # a theme's sample text left in a site's files
                         r"|new comment\.|personal description|theme for academics|best to reach me", re.I)
CHROME_ATTR = re.compile(r"\b(?:nav|navbar|navigation|menu|footer|site-footer|masthead|breadcrumbs?|toc|sidebar-nav"
                         r"|skip-link|pagination)\b", re.I)
SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "math"}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "dt", "th"}
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s|^\s*\|?\s*\*\*[^*]+\*\*\s*\|")
SHORT_HEADING = 3
"""A heading (or a table's head) of this many content words or fewer names a section: no data of its own."""
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
             "wbr", "keygen", "command"}
URLISH = re.compile(r"(?:https?://|ftp://|mailto:|www\.)\S+|\S*[/\\]\S*|\S+\.(?:png|jpe?g|gif|svg|webp|pdf|html?|md"
                    r"|bib|css|js|json|ya?ml|ico|zip|pptx?|docx?)\b|\S+@\S+\.\w+", re.I)
MD_PARTS = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),                   # an image
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),               # a link: its words
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),              # a reference link
    (re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$"), ""),               # a link definition
    (re.compile(r"^\s*(?:```|~~~).*$"), ""),                     # a code fence
    (re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{:[^}]*\}|\{[#.][^}]*\}|\{\s*[\w-]+=[^}]*\}"), ""),  # Liquid, Hugo shortcodes, kramdown attrs
]
INNER_ROOT = re.compile(r"site read from its folder (\S+/)")
LIQUID_BLOCK = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
YAML_KEY = re.compile(r"^\s*(?:-\s+)?[\w.@$-]+\s*:(?:\s+|$)")
YAML_ITEM = re.compile(r"^\s*-\s+")
TOML_KEY = re.compile(r"^\s*[\w.\"'-]+\s*=\s*")
BIB_KEY = re.compile(r"^\s*[\w-]+\s*=\s*")
# BibTeX fields a profile has no slot for and that kg's BibTeX reader keeps out on purpose (kg/importers/bibtex.py):
# bookkeeping, not a loss
BIB_BOOKKEEPING = re.compile(r"^\s*(?:publisher|address|organization|isbn|issn|timestamp|biburl|bibsource|file|owner"
                             r"|added-at|date-added|date-modified|langid|language|copyright|urldate|eprinttype|archiveprefix|primaryclass"
                             r"|location|series|edition|month_numeric|collection|interhash|intrahash"
                             # (the editors of the book a chapter is in: the model has no slot for them)
                             r"|editor)\s*=", re.I)
BIB_HEAD = re.compile(r"^\s*@\w+\s*[{(][^,]*,?\s*$")
JSON_KEY = re.compile(r"\"(?:[^\"\\]|\\.)*\"\s*:")
TEX = re.compile(r"\\[a-zA-Z]+\*?|[{}]")


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


class _Text(HTMLParser):
    """The visible text of each line of an HTML text (or of markdown's HTML), and the lines of navigation."""

    def __init__(self, first_line: int = 1):
        super().__init__(convert_charrefs=True)
        self.first = first_line - 1
        self.lines: dict[int, list[str]] = collections.defaultdict(list)
        self.chrome: set[int] = set()
        self.headings: set[int] = set()
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, chrome)

    def _state(self) -> tuple[bool, bool]:
        return (self.stack[-1][1], self.stack[-1][2]) if self.stack else (False, False)

    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            return
        skipped, chrome = self._state()
        named = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        self.stack.append((tag, skipped or tag in SKIP_TAGS,
                           chrome or tag in ("nav", "footer") or bool(CHROME_ATTR.search(named))))

    def handle_endtag(self, tag):
        for k in range(len(self.stack) - 1, max(-1, len(self.stack) - 40), -1):
            if self.stack[k][0] == tag:
                del self.stack[k:]
                return

    def handle_data(self, data):
        skipped, chrome = self._state()
        if skipped:
            return
        line = self.getpos()[0] + self.first
        heading = any(t in HEADING_TAGS for t, _, _ in self.stack)
        for k, part in enumerate(data.split("\n")):
            if part.strip():
                self.lines[line + k].append(part)
                if chrome:
                    self.chrome.add(line + k)
                if heading:
                    self.headings.add(line + k)


def _html_lines(text: str, first_line: int = 1) -> tuple[dict[int, str], set[int], set[int]]:
    p = _Text(first_line)
    try:
        p.feed(text)
        p.close()
    except Exception:  # a text the parser cannot take: its lines as written
        return {n: t for n, t in enumerate(text.split("\n"), first_line)}, set(), set()
    return {n: " ".join(parts) for n, parts in p.lines.items()}, p.chrome, p.headings


def _keyed(lines: list[str], first_line: int, key: re.Pattern, head: re.Pattern | None = None,
           config: bool = False) -> dict[int, str]:
    out = {}
    for n, line in enumerate(lines, first_line):
        if line.lstrip().startswith("#") or (head is not None and head.match(line)):
            continue
        line = re.sub(r"\s+#.*$", "", line)
        value = key.sub("", line, count=1)
        bare = YAML_ITEM.sub("", value)
        bare = re.sub(r"^[&*]\w+\s*", "", bare)  # a YAML anchor or alias
        if (key.match(line) or YAML_ITEM.match(line) or config) and (
                SETTING.match(bare) or config and (len(bare.split()) == 1 or bare.lstrip().startswith("{"))):
            continue  # a setting's value (``draft: false``, ``layout: single``, ``icon: envelope``)
        out[n] = value
    return out


def visible_lines(name: str, text: str) -> tuple[dict[int, str], set[int], set[int]]:
    """Line number -> the line's visible text; the lines of navigation/footer chrome; the lines of headings."""
    ext = Path(name).suffix.lower()
    lines = text.split("\n")
    chrome: set[int] = set()
    headings: set[int] = set()
    config = bool(CONFIG_FILE.search(name))
    if ext in (".yml", ".yaml"):
        out = _keyed(lines, 1, YAML_KEY, config=config)
        out = {n: YAML_ITEM.sub("", t) for n, t in out.items()}
    elif ext == ".toml":
        out = _keyed(lines, 1, TOML_KEY, re.compile(r"^\s*\["), config=config)
    elif ext == ".bib":
        out = {n: TEX.sub(" ", t) for n, t in _keyed(lines, 1, BIB_KEY, BIB_HEAD).items()
               if not BIB_BOOKKEEPING.match(lines[n - 1]) and not lines[n - 1].lstrip().startswith("%")}
    elif ext == ".json":
        out = {n: " ".join(re.findall(r"\"((?:[^\"\\]|\\.)*)\"", JSON_KEY.sub("", t))) for n, t in enumerate(lines, 1)}
    else:  # markdown, HTML and plain text: front matter as YAML/TOML, the body as markdown or HTML
        out = {}
        body_from = 0
        if lines and lines[0].strip() in ("---", "+++"):
            fence = lines[0].strip()
            for k in range(1, len(lines)):
                if lines[k].strip() in (fence, "..."):
                    matter = lines[1:k]
                    if fence == "---":
                        out.update({n: YAML_ITEM.sub("", t) for n, t in _keyed(matter, 2, YAML_KEY).items()})
                    else:
                        out.update(_keyed(matter, 2, TOML_KEY, re.compile(r"^\s*\[")))
                    body_from = k + 1
                    break
        # (a Liquid tag or a Hugo shortcode over several lines: template, no text; its lines kept, empty)
        body = LIQUID_BLOCK.sub(lambda m: "\n" * m.group(0).count("\n"), "\n".join(lines[body_from:]))
        for pattern, repl in (MD_PARTS if ext not in (".html", ".htm", ".xhtml") else MD_PARTS[-1:]):
            body = "\n".join(pattern.sub(repl, line) for line in body.split("\n"))
        texts, chrome, headings = _html_lines(body, body_from + 1)
        out.update(texts)
        if ext not in (".html", ".htm", ".xhtml"):
            headings |= {n for n, line in enumerate(lines[body_from:], body_from + 1) if MD_HEADING.match(line)}
    return {n: html.unescape(URLISH.sub(" ", t)) for n, t in out.items() if t.strip()}, chrome, headings


GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
"""Where a scraped text glued two words ("CVAug 15, 2023Code"): split there."""


def content_words(text: str) -> list[str]:
    return [w for w in WORD.findall(fold(GLUED.sub(" ", text))) if w not in STOP]


def profile_words(profile: dict) -> tuple[set[str], str]:
    """The words of the profile's string values (and of its identifier and link names), and all its text."""
    texts: list[str] = []

    def walk(v, key=None):
        if isinstance(v, str):
            texts.append(v)
        elif isinstance(v, dict):
            for k, x in v.items():
                if key in ("identifiers", "links"):
                    texts.append(k.replace("_", " "))
                walk(x, k)
        elif isinstance(v, list):
            for x in v:
                walk(x, key)

    walk({k: v for k, v in profile.items() if k not in ("unparsed", "source")})
    blob = fold(GLUED.sub(" ", " ".join(texts)))
    return set(WORD.findall(blob)), blob


def judge(text: str, words: set[str], blob: str) -> str:
    """'accounted', 'chrome' or 'silent' for a line's visible text (the report aside). The words of headings and
    buttons count for neither side ("Published in <venue> (2020). [link]" is its venue)."""
    found = content_words(text)
    if CJK.search(text):
        runs = re.findall(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}", text)
        if runs and sum(r in blob for r in runs) >= SHARE * len(runs):
            return "accounted"
        if runs and not found:
            return "silent"
    if not found:
        return "accounted"
    if sum(w in words for w in found) >= SHARE * len(found):
        return "accounted"
    data = [w for w in found if w not in CHROME_WORDS]
    if CHROME_LINE.search(text) or not data:
        return "chrome"
    if sum(w in words for w in data) >= SHARE * len(data):
        return "accounted"
    return "silent"


def silent_lines(root: Path, profile: dict) -> list[tuple[str, int, str]]:
    """The silent candidates of one imported case: (file, line, text); line 0 for a whole file."""
    words, blob = profile_words(profile)
    single = root.is_file()
    reported: set[tuple[str | None, int]] = set()
    whole: set[str | None] = set()
    notes: set[tuple[str | None, int]] = set()
    read = {p.get("file") for p in (profile.get("source") or {}).get("parts", [])}
    # ("site read from its folder docs/": kg names the files from there)
    inner = next((m.group(1) for u in profile.get("unparsed", []) if (m := INNER_ROOT.match(u.get("text", "")))), "")
    for u in profile.get("unparsed", []):
        f = None if single else u.get("file")
        if u.get("section") == "skipped" and f not in read:
            whole.add(f)  # a note on a file no part read ("not read: ...", "read by the records reader: ...")
        reported.add((f, u.get("line")))
        if u.get("section") == "skipped":
            notes.add((f, u.get("line")))
    folders = tuple(f for f in whole if f and f.endswith("/"))
    files = [root] if single else sorted(p for p in root.rglob("*") if p.is_file())
    out = []
    for path in files:
        if path.suffix.lower() not in TEXT_EXT:
            continue
        rel = None if single else path.relative_to(root).as_posix()
        if inner and rel.startswith(inner):
            rel = rel[len(inner):]
        if rel in whole or rel and rel.startswith(folders):
            continue
        text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        if not single and rel not in read and TEMPLATE_FILE.search(rel):
            continue  # a template or menu no reader took: what every page shows around its content
        if not single and read and rel not in read:
            out.append((rel, 0, "file neither read nor reported"))
            continue
        lines, chrome, headings = visible_lines(rel or path.name, text)
        source = text.split("\n")
        # the lines of the notes on entries kg left out ("not the owner's work: <title>", "not shown ...: @talk")
        noted = sorted(line for f, line in notes if f == rel and line)
        for n, t in sorted(lines.items()):
            if (rel, n) in reported:
                continue
            if n in chrome or n in headings and len(content_words(t)) <= SHORT_HEADING:
                continue
            if judge(t, words, blob) == "silent":
                # (a note on an entry's first line speaks for the entry: its lines up to a blank line)
                k = bisect.bisect_right(noted, n)
                entry = noted[k - 1] if k else 0
                if entry and n - entry <= ENTRY_LINES and all(source[i].strip() for i in range(entry, n - 1)):
                    continue
                out.append((rel or path.name, n, " ".join(t.split())))
    return out


def run_case(kg: str, case: Path) -> tuple[str, list[tuple[str, int, str]], str | None]:
    def then(dest: Path, proc) -> tuple[str, list[tuple[str, int, str]], str | None]:
        try:
            profile = json.loads(proc.stdout)
        except ValueError:
            return case.name, [], (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return case.name, silent_lines(dest, profile), None
    return with_imported(kg, case, ["--verbose", "--to", "json"], then)


def main() -> int:
    args = set_parser(__doc__, "print every silent candidate").parse_args()
    failed = False  # (a case kg could not import counts no line: its 0 is no count, so the run fails)
    for s in args.sets:
        if not s.is_dir():
            print(f"silent_report.py: no such set folder: {s}", file=sys.stderr)
            return 2
        cases = cases_of(s)
        results = map_cases(lambda c: run_case(args.kg, c), cases, args.jobs)
        total = sum(len(r[1]) for r in results)
        print(f"== {s}: {total} silent candidates in {len(cases)} cases")
        print("  by case:  " + ", ".join(f"{name} {len(rows)}" for name, rows, _ in
                                         sorted(results, key=lambda r: -len(r[1])) if rows))
        kinds = collections.Counter(kind_of(f, t) if n else "whole file" for _, rows, _ in results for f, n, t in rows)
        print("  by kind:  " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
        for name, _, err in results:
            if err:
                failed = True
                print(f"  {name}: not imported: {err}")
        if args.lines:
            for name, rows, _ in results:
                for f, n, t in rows:
                    print(f"    {name} {f}:{n}: {t[:160]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
