"""Field values of a site's configuration and front matter as kg wants them.

Takes one YAML/TOML/front-matter value; gives plain text (markdown and HTML markup out, entities decoded), the
links it holds, an absolute URL (joined to the site's base URL), an author line without emphasis, and the
profile settings (``github_username``, Hugo's ``social:`` icons) put on a :class:`~kg.model.Person`.
"""

from __future__ import annotations

import html as _html
import re
from typing import Any
from urllib.parse import urljoin

from ...model import Person
from ..common import IDENTIFIER_URLS, find_email, identifier_from_url, identifier_url, repair_url, setting_address


MD_LINK = re.compile(r"!?\[([^\]]*)\]\(\s*(<[^>]*>|[^)\s]+(?:\s[^)\s]+)*?)\s*(?:\"[^\"]*\")?\)")


def md_text(text: str) -> str:
    """Markdown/HTML of one field -> plain text (links keep their label)."""
    text = MD_LINK.sub(lambda m: m.group(1), str(text))
    text = re.sub(r"\{\{[<%].*?[>%]\}\}", "", text)  # Hugo shortcodes: {{< staticref "cv.pdf" >}}CV{{< /staticref >}}
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"(\*\*|__|\*|_(?=\w)|(?<=\w)_|`)", "", text)
    return " ".join(_html.unescape(text).split())


def md_links(text: str) -> list[tuple[str, str]]:
    """(label, target) of every markdown link and HTML anchor in a field."""
    out = [(m.group(1), m.group(2).strip("<>")) for m in MD_LINK.finditer(text)]
    out += [(re.sub(r"<[^>]+>", "", m.group(2)), m.group(1)) for m in re.finditer(
        r"<a\s[^>]*href=['\"]([^'\"]+)['\"][^>]*>(.*?)</a>", text, re.I | re.S)]
    return out


def absolute_url(url: str | None, base: str | None) -> str | None:
    """A link target as an absolute URL; relative ones are joined to the site's base URL."""
    if not url or not str(url).strip():
        return None
    url = str(url).strip()
    fixed = repair_url(url)
    if fixed:
        return fixed
    if base and not re.match(r"^[a-z][a-z0-9+.\-]*:", url, re.I) and not url.startswith("#"):
        return repair_url(urljoin(base.rstrip("/") + "/", url.lstrip("/")))
    return None


def as_text(value: Any) -> str | None:
    """A scalar of a YAML/TOML file as text, HTML entities decoded (``Jos&eacute;`` -> ``José``)."""
    if value is None:
        return None
    if isinstance(value, (list, dict)):
        return None
    text = _html.unescape(str(value)).strip() if "&" in str(value) else str(value).strip()
    return text or None


_SOCIAL_KINDS = {
    "googlescholar": "google_scholar", "google_scholar": "google_scholar", "scholar": "google_scholar",
    "google_scholar_id": "google_scholar", "orcid": "orcid", "github": "github", "github_username": "github",
    "linkedin": "linkedin", "linkedin_username": "linkedin", "twitter": "twitter", "twitter_username": "twitter",
    "x_username": "twitter", "researchgate": "researchgate", "research_gate_profile": "researchgate",
    "scholar_userid": "google_scholar", "orcid_id": "orcid", "dblp_url": None, "dblp": None,
    "semanticscholar_id": "semantic_scholar", "zhihu": "zhihu", "openreview_id": "openreview",
    "arxiv": None, "pubmed": None, "uri": None, "wikipedia": None, "youtube": None, "facebook": None,
    "instagram": None, "bluesky": None, "mastodon": None, "wechat_qr": None, "inspirehep_id": None,
    "gitlab": "gitlab", "kaggle": None, "medium": None, "stackoverflow": None,
}
"""The profile settings of a site's configuration (``_config.yml``, al-folio's ``socials.yml``), each with the
kind of profile a bare user name in it names (its URL from :data:`kg.importers.common.IDENTIFIER_URLS`); None:
only a URL is read."""
_OTHER_PROFILE_URLS = {"gitlab": "https://gitlab.com/{}"}
"""Profiles kg keeps as links only, not as identifiers."""


def _social_link(key: str, value: str) -> str | None:
    value = str(value).strip()
    url = repair_url(value)
    if url:
        return url
    if setting_address(value):
        return setting_address(value)  # "linkedin: www.linkedin.com/in/ann-lee": no user name
    kind = _SOCIAL_KINDS.get(key)
    template = (_OTHER_PROFILE_URLS.get(kind) or IDENTIFIER_URLS.get(kind)) if kind else None
    if template and "?" in template and "?" in value:
        # "scholar_userid: citations?user=IwA8Y3EAAAAJ&hl=en": the address's query, not the bare id
        m = re.search(r"[?&]" + re.escape(template.split("?", 1)[1].split("=")[0]) + r"=([\w.\-]+)", "?" + value)
        value = m.group(1) if m else value
    if kind and "?" not in value:
        value = re.split(r"[&#]", value)[0]  # "scholar: Y0HIltkAAAAJ&hl": the id, a query's tail left on it
    if kind and re.fullmatch(r"[\w.\-@/]+", value):
        name = value.lstrip("@")
        if kind in _OTHER_PROFILE_URLS:
            return repair_url(_OTHER_PROFILE_URLS[kind].format(name))
        try:
            return identifier_url(kind, name)
        except ValueError:
            return None
    return None


def apply_social(person: Person, key: str, value: Any) -> bool:
    """Put one social/profile setting on the person; True when it was used."""
    text = as_text(value)
    if not text:
        return False
    if key in ("email",) or key.endswith("_email"):
        email = find_email(text.removeprefix("mailto:"))
        if email and person.email is None:
            person.email = email
        return bool(email)
    if key not in _SOCIAL_KINDS:
        return False
    url = _social_link(key, text)
    if not url:
        return False
    ident = identifier_from_url(url)
    if ident:
        person.identifiers.setdefault(*ident)
    label = key.removesuffix("_username").removesuffix("_userid").removesuffix("_id").removesuffix("_profile")
    label = {"googlescholar": "google_scholar", "scholar": "google_scholar", "uri": "homepage", "x": "twitter"}.get(label, label)
    if label == "homepage":
        person.homepage = person.homepage or url
    else:
        person.links.setdefault(label, url)
    return True


def unemphasize(text: str) -> str:
    """Markdown/HTML emphasis out of an author line, marks kept: ``"**A B***"`` -> ``"A B*"``."""
    text = re.sub(r"</?(?:b|strong|em|i|u)\s*>", "", text, flags=re.I)
    text = re.sub(r"<sup>\s*([^<]*?)\s*</sup>", r"\1", text, flags=re.I)
    text = re.sub(r"\*\*(?=\S)(.+?)(?<=[^\s*])\*\*", r"\1", text)
    text = re.sub(r"__(?=\S)(.+?)(?<=\S)__", r"\1", text)
    text = re.sub(r"(?<![\w*])_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", text)
    text = MD_LINK.sub(lambda m: m.group(1), text)
    return " ".join(_html.unescape(text).split())


def social_items(person: Person, items: Any, base: str | None) -> bool:
    """A list of profile links (Hugo's ``social:``/``links:``, Quarto's ``about: links:``; each with an
    ``icon`` and a ``link``/``url``/``href``) -> email, links, ids. True when one was read."""
    took = False
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        link = as_text(item.get("link")) or as_text(item.get("url")) or as_text(item.get("href"))
        icon = (as_text(item.get("icon")) or "").split("/")[-1]
        # Font Awesome classes ("fab fa-orcid"): the icon's name; an image file ("lab_logo.png"): no name
        icon = "" if re.search(r"\.(?:png|svg|jpe?g|gif|ico|webp)$", icon, re.I) else \
            re.sub(r"^(?:(?:fa[bsrl]?|fa-brands|fa-solid|fa-regular)\s+)+(?:fa-)?", "", icon)
        if not link:
            continue
        if link.startswith("mailto:") or icon in ("envelope", "at-symbol"):
            email = find_email(link.removeprefix("mailto:"))
            if email:
                person.email = person.email or email
                took = True
            continue
        url = absolute_url(link, base)
        if not url:
            continue
        ident = identifier_from_url(url)
        if ident:
            person.identifiers.setdefault(*ident)
        label = {"graduation-cap": "google_scholar", "google-scholar": "google_scholar", "mortarboard": "google_scholar",
                 "mortarboard-fill": "google_scholar", "cv": "cv", "ai": "cv"}.get(icon, icon or "other")
        if ident and ident[0] == "google_scholar":
            label = "google_scholar"  # whatever the icon: a Scholar profile
        person.links.setdefault(label.replace("-", "_"), url)
        took = True
    return took
