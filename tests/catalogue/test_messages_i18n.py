"""The known messages in Simplified Chinese: every translation belongs to a message, says both
texts in Chinese, covers (nearly) all of them, and a message without one stays English."""

from __future__ import annotations

from httpcodes.catalogue.i18n import CHINESE, ENGLISH, load_overlay, localise_message
from httpcodes.catalogue.messages import load_messages

# The share of known messages that must have a Chinese summary and advice. Every message had
# one when the overlay was written; a floor rather than "all" lets a new message land in
# messages.json before its translation does (it shows in English, marked, meanwhile).
COVERAGE_FLOOR = 0.95
TRANSLATED_WHEN_WRITTEN = 399


def has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def test_every_translation_names_a_message_and_gives_both_texts_in_chinese() -> None:
    known = {m.id: m for m in load_messages().messages}
    overlay = load_overlay(CHINESE).messages
    assert len(overlay) >= TRANSLATED_WHEN_WRITTEN
    for message_id, texts in overlay.items():
        assert message_id in known, f"{message_id}: no such message (an orphan translation)"
        assert set(texts) == {"summary", "advice"}, message_id
        for field in ("summary", "advice"):
            assert has_han(texts[field]), (message_id, field)
            assert "'" not in texts[field], (message_id, "prose quotes are “”")


def test_the_translations_cover_the_known_messages() -> None:
    messages = load_messages().messages
    overlay = load_overlay(CHINESE).messages
    missing = [m.id for m in messages if m.id not in overlay]
    coverage = 1 - len(missing) / len(messages)
    assert coverage >= COVERAGE_FLOOR, f"{coverage:.0%} translated; missing: {missing}"


def test_a_message_is_chinese_when_translated_and_english_otherwise() -> None:
    message = load_messages().get("nginx-upstream-timed-out-header")
    assert message is not None and message.text_language == ENGLISH
    chinese = localise_message(message, CHINESE)
    assert chinese.text_language == CHINESE
    assert has_han(chinese.summary) and has_han(chinese.advice)
    assert (chinese.name, chinese.patterns, chinese.codes) == (
        message.name,
        message.patterns,
        message.codes,
    )
    assert localise_message(message, ENGLISH) is message
    newcomer = message._replace(id="added-after-the-translation")
    assert localise_message(newcomer, CHINESE) == newcomer
