"""``httpcodes choose``: the guide's questions in a terminal, ending at the code to send.

Answers are numbered; ``b`` goes back, ``q`` (or the end of input) quits. Bad input gets one
line and the question again. ``--json`` prints the whole guide instead."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

from httpcodes.catalogue.i18n import localise
from httpcodes.cli.commands import load_with_user_entries, resolve_language
from httpcodes.cli.render import Style, _columns, _wrap, render_entry
from httpcodes.exits import EXIT_FOUND, EXIT_USAGE
from httpcodes.guide import GuideError, load_guide

if TYPE_CHECKING:
    from httpcodes.catalogue.model import Catalogue
    from httpcodes.cli.main import Options
    from httpcodes.guide import Guide, Node, Outcome

# The command's own words in Chinese (the terminal command never loads Qt's translations).
_CHINESE = {
    "Which code should I send?": "该发送哪个状态码？",
    "Type a number; b goes back, q quits.": "输入编号；b 返回上一步，q 退出。",
    "Type a number from 1 to {n}, b to go back or q to quit.": (
        "请输入 1 到 {n} 的编号，b 返回上一步，q 退出。"
    ),
    "This is the first question; type a number, or q to quit.": (
        "这已经是第一个问题；请输入编号，或 q 退出。"
    ),
    "Send {title}": "发送 {title}",
    "Why": "原因",
    "Send with it": "随之发送",
    "Near miss": "易混淆",
    "Sources": "依据",
}
_LABEL_WIDTH = 14


def run_choose(options: Options) -> int:
    """Ask the guide's questions on stdin/stdout, or print the guide as JSON."""
    language = resolve_language(options.lang)
    try:
        guide = load_guide()
    except GuideError as error:
        print(f"httpcodes: broken guide data: {error}", file=sys.stderr)
        return EXIT_USAGE
    if options.json:
        import json

        from httpcodes.guide.data import guide_to_dict

        print(json.dumps(guide_to_dict(guide, language), indent=2, ensure_ascii=False))
        return EXIT_FOUND
    base = load_with_user_entries(options.catalogue)
    if base is None:
        return EXIT_USAGE
    style = Style.for_stream(sys.stdout, language)
    outcome = ask(guide, sys.stdin, sys.stdout, style)
    if outcome is not None:
        print(render_outcome(outcome, localise(base, language), style))
    return EXIT_FOUND


def _word(style: Style, text: str) -> str:
    return _CHINESE.get(text, text) if style.language == "zh-CN" else text


def ask(guide: Guide, stream: TextIO, out: TextIO, style: Style) -> Outcome | None:
    """Walk the questions until an outcome, or None when the user quits or input ends."""
    out.write(style.bold(_word(style, "Which code should I send?")) + "\n")
    out.write(style.dim(_word(style, "Type a number; b goes back, q quits.")) + "\n")
    trail: list[Node] = [guide.first]
    show_question = True
    while True:
        node = trail[-1]
        if show_question:
            out.write("\n" + _question(node, style) + "\n")
        show_question = False
        out.write("> ")
        out.flush()
        line = stream.readline()
        if not line:  # end of input: quit as if q had been typed
            out.write("\n")
            return None
        choice = line.strip().lower()
        if choice in ("q", "quit"):
            return None
        if choice in ("b", "back"):
            if len(trail) == 1:
                out.write(
                    _word(style, "This is the first question; type a number, or q to quit.") + "\n"
                )
            else:
                trail.pop()
                show_question = True
            continue
        number = int(choice) if choice.isascii() and choice.isdigit() and len(choice) < 4 else 0
        if not 1 <= number <= len(node.answers):
            message = _word(style, "Type a number from 1 to {n}, b to go back or q to quit.")
            out.write(message.format(n=len(node.answers)) + "\n")
            continue
        answer = node.answers[number - 1]
        if answer.outcome is not None:
            return guide.outcome(answer.outcome)
        assert answer.next is not None
        trail.append(guide.node(answer.next))
        show_question = True


def _question(node: Node, style: Style) -> str:
    lines = [style.bold(line) for line in _wrap(node.question.get(style.language), style.width)]
    for index, answer in enumerate(node.answers, start=1):
        number = f"{index:>3}. "
        wrapped = _wrap(answer.label.get(style.language), style.width - len(number))
        lines.append(number + wrapped[0])
        lines.extend(" " * len(number) + rest for rest in wrapped[1:])
    return "\n".join(lines)


def _field(style: Style, label: str, text: str) -> list[str]:
    shown = _word(style, label)
    wrapped = _wrap(text, style.width - _LABEL_WIDTH) or [""]
    padding = " " * max(1, _LABEL_WIDTH - _columns(shown))
    return [style.bold(shown + padding) + wrapped[0]] + [
        " " * _LABEL_WIDTH + line for line in wrapped[1:]
    ]


def render_outcome(outcome: Outcome, catalogue: Catalogue, style: Style) -> str:
    """The answer: the code, why, what to send, the near misses; then the code as ``show``
    prints it."""
    language = style.language
    entry = catalogue.standard(outcome.code)
    title = entry.display_title if entry else str(outcome.code)
    lines = ["", style.bold("→ " + _word(style, "Send {title}").format(title=title)), ""]
    lines += _field(style, "Why", outcome.why.get(language))
    lines += _field(style, "Send with it", outcome.send.get(language))
    for miss in outcome.near_misses:
        other = catalogue.standard(miss.code)
        name = other.display_title if other else str(miss.code)
        colon = "：" if language == "zh-CN" else ": "
        lines += _field(style, "Near miss", f"{name}{colon}{miss.why.get(language)}")
    lines += _field(style, "Sources", ("；" if language == "zh-CN" else "; ").join(outcome.sources))
    if entry is not None:
        lines += ["", render_entry(entry, catalogue, style)]
    return "\n".join(line.rstrip() for line in lines)
