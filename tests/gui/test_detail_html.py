"""The detail page's HTML, read as HTML: what it says, where its links go, and that a user's
own catalogue text can never become markup."""

from __future__ import annotations

from html.parser import HTMLParser

from httpcodes.catalogue import Catalogue
from httpcodes.catalogue.i18n import CHINESE, localise
from httpcodes.catalogue.model import SpecLink
from httpcodes.gui.detail_html import class_html, empty_html, entry_html
from httpcodes.gui.theme import Colours

LIGHT = Colours("#111111", "#666666", "#ffffff", "#eeeeee", "#cccccc", "#0044aa", False)


class Page(HTMLParser):
    """The text, links, headings and tags of a page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.headings: list[str] = []
        self.tags: set[str] = set()
        self._href: str | None = None
        self._heading = False
        self._in_style = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "a":
            self._href = dict(attrs).get("href") or ""
        self._heading = tag in ("h1", "h3")
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._href = None if tag == "a" else self._href
        self._heading = False
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            return
        self.text.append(data)
        if self._href is not None:
            self.links.append((self._href, data))
        if self._heading:
            self.headings.append(" ".join(data.split()))

    @property
    def plain(self) -> str:
        return " ".join("".join(self.text).split())


def page_of(catalogue: Catalogue, entry_id: str, language: str = "en") -> Page:
    entry = catalogue.get(entry_id)
    assert entry is not None
    names = {e.code: e.display_name for e in catalogue.entries}
    return Page(entry_html(entry, "4xx Client Error", LIGHT, names, language))


def test_a_registry_code_has_its_sections_links_and_example(catalogue: Catalogue) -> None:
    page = page_of(catalogue, "429")
    assert page.headings[0] == "429 Too Many Requests"
    for heading in ("At a glance", "Headers", "Related codes", "Specifications", "Example"):
        assert heading in page.headings
    assert ("code:503", "503 Service Unavailable") in page.links
    assert ("https://www.rfc-editor.org/rfc/rfc6585#section-4", "RFC 6585 §4") in page.links
    assert "HTTP/1.1 429 Too Many Requests" in page.plain
    assert "Retry-After" in page.plain


def test_a_vendor_code_says_who_sends_it_and_how_sure_we_are(catalogue: Catalogue) -> None:
    page = page_of(catalogue, "499-nginx")
    for label in ("Origin", "Sent to clients", "Confidence"):
        assert label in page.plain
    assert "nginx" in page.plain
    assert "unofficial" in page.plain


def test_text_from_a_users_catalogue_never_becomes_markup(catalogue: Catalogue) -> None:
    entry = catalogue.get("404")
    assert entry is not None
    hostile = entry._replace(
        summary="<script>alert(1)</script>",
        description='<img src=x onerror="alert(1)">\n\n<b>bold?</b>',
        specs=(
            SpecLink("click me", None, "javascript:alert(1)"),
            SpecLink("<i>RFC</i>", None, 'https://example.com/"><script>'),
        ),
        source="/home/me/<mine>.json",
    )
    html = entry_html(hostile, "4xx", LIGHT, {})
    page = Page(html)
    assert not page.tags & {"script", "img", "i"}
    assert "<script>alert(1)</script>" in page.plain  # shown as text, as written
    assert all(not href.startswith("javascript:") for href, _ in page.links)
    assert "click me" in page.plain
    assert ('https://example.com/"><script>', "<i>RFC</i>") in page.links
    assert "/home/me/<mine>.json" in page.plain


def test_chinese_pages_mark_the_texts_still_in_english(catalogue: Catalogue) -> None:
    chinese = localise(catalogue, CHINESE)
    translated = page_of(chinese, "404", CHINESE)
    assert translated.headings[0].startswith("404")
    assert "(英文)" not in translated.plain  # every text of 404 is translated
    entry = chinese.get("404")
    assert entry is not None
    untranslated = entry._replace(text_languages=(("summary", "en"),))
    page = Page(entry_html(untranslated, "4xx", LIGHT, {}, CHINESE))
    assert "(英文)" in page.plain  # "English", said in Chinese


def test_a_class_page_lists_its_codes_as_links(catalogue: Catalogue) -> None:
    status_class = catalogue.classes[1]
    members = [e for e in catalogue.entries if e.class_key == "2xx"]
    page = Page(class_html(status_class, members, LIGHT))
    assert page.headings[0] == "2xx Successful"
    assert f"{len(members)} codes" in page.headings
    assert [href for href, _ in page.links] == [f"code:{e.id}" for e in members]


def test_no_match_explains_the_search_and_offers_escaped_suggestions() -> None:
    query = "<b>" + "x" * 200
    page = Page(empty_html(LIGHT, query, [("404", "the code"), ("<i>", "odd")]))
    assert page.headings[0].startswith("No code matches “<b>xxx")
    assert page.headings[0].endswith("<b>" + "x" * 77 + "”")  # the first 80 characters
    assert ("search:404", "404") in page.links and ("search:<i>", "<i>") in page.links
    assert "i" not in page.tags and "b" not in page.tags
    assert "Try" in page.headings
    assert "Try" not in Page(empty_html(LIGHT, "zzz", [])).headings
