#!/usr/bin/env python3
"""Renders the authored sources of one test set (python3 eval/author.py eval/documents: <set>/source/<doc-id>.<lang>.src) into the text and HTML test documents and their truth.

Every test document is written by hand in source/, in a small line markup that says what each printed line is,
so the truth (truth/<doc-id>.<lang>.json) can never drift from the document it describes. The sources are invented
resolutions in the shapes /work/shared/DOCUMENT-FORMS.md describes; no real document's text is copied.

Markup, one printed block per line:
  @name value        document metadata: id, lang, body, symbol (or "none"), session (or "none"), incomplete,
                     formats ("text html"), html ("ol" | "plain"), digits ("ascii" | "arabic-indic"), title
  ~ text             a printed line that is not a paragraph (headings, furniture, dates, footnotes, annexes)
  ~t text            the same, text file only;   ~h <raw html>   HTML file only
  = KEY | title      a resolution starts (prints nothing: write its heading with ~ lines)
  P text             a preambular paragraph (PP1, PP2 … in order)
  +P label | text    an item of a list inside the preceding preambular paragraph (folded into its text)
  O key | label | text   an operative paragraph; label as printed ("1.", "1 -", "•", "" for none);
                     a label ending in ^ is printed alone on its line (the text follows on the next line)
  S key | label | text   a sub-item ("2(a)", "2(a)(i)"); its parent is the key without the last "(…)"
  §                  inside a paragraph: the copy breaks it with a blank line (truth joins with one space)
  **bold**           printed bold ("**" kept in text files, <b> in HTML); never part of the truth
  blank line         a blank line in the text file
  @wrap N            (held-out addition) the text file hard-wraps every paragraph line at N characters, as a web
                     copy pasted from a fixed-width page does; the truth is unchanged (line breaks are white space)
"""
import html
import json
import pathlib
import re
import sys
import textwrap

# The test set to render: a folder holding source/ (eval/documents, eval/heldout, eval/final), given as the argument.
ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def clean(text):
    return re.sub(r"\s+", " ", text.replace("**", "").replace("§", " ")).strip()


def parse(path):
    meta, items = {}, []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("@"):
            name, _, value = line[1:].partition(" ")
            meta[name] = value.strip()
        elif line.startswith("~h "):
            items.append(("html", line[3:]))
        elif line.startswith("~t ") or line == "~t":
            items.append(("textonly", line[3:]))
        elif line.startswith("~ ") or line == "~":
            items.append(("raw", line[2:]))
        elif line.startswith("= "):
            key, _, title = line[2:].partition("|")
            items.append(("res", key.strip(), title.strip()))
        elif line.startswith("P "):
            items.append(("P", line[2:].strip()))
        elif line.startswith("+P "):
            label, _, text = line[3:].partition("|")
            items.append(("+P", label.strip(), text.strip()))
        elif line.startswith(("O ", "S ")):
            key, label, text = (part.strip() for part in line[2:].split("|", 2))
            items.append((line[0], key, label, text))
        elif line == "":
            items.append(("blank",))
        else:
            sys.exit(f"{path.name}: unknown line: {line}")
    return meta, items


def truth(meta, items):
    resolutions, current, pp = [], None, 0
    for item in items:
        if item[0] == "res":
            current = {"key": item[1], "title": item[2], "paragraphs": []}
            resolutions.append(current)
            pp = 0
        elif item[0] == "P":
            pp += 1
            current["paragraphs"].append({"key": f"PP{pp}", "kind": "preambular", "text": clean(item[1])})
        elif item[0] == "+P":
            last = current["paragraphs"][-1]
            last["text"] = clean(f"{last['text']} {item[1]} {item[2]}")
        elif item[0] in ("O", "S"):
            _, key, label, text = item
            paragraph = {"key": key, "kind": "operative", "text": clean(text)}
            if item[0] == "S":
                parent = key[: key.rindex("(")]
                paragraph["parent"] = parent
                # The sub-item belongs to every paragraph above it: its label and text join theirs.
                ancestor = parent
                while True:
                    target = next(p for p in current["paragraphs"] if p["key"] == ancestor)
                    target["text"] = clean(f"{target['text']} {label.rstrip('^')} {text}")
                    if "(" not in ancestor:
                        break
                    ancestor = ancestor[: ancestor.rindex("(")]
            current["paragraphs"].append(paragraph)
    none = ("", "none", "null")
    return {
        "symbol": None if meta.get("symbol", "none") in none else meta["symbol"],
        "body": meta["body"],
        "session": None if meta.get("session", "none") in none else int(meta["session"]),
        "language": meta["lang"],
        "incomplete": meta.get("incomplete", "false") == "true",
        "resolutions": resolutions,
    }


def digits(meta, text):
    return text.translate(INDIC) if meta.get("digits") == "arabic-indic" else text


def render_text(meta, items):
    out = []
    for item in items:
        kind = item[0]
        if kind in ("raw", "textonly"):
            out.append(item[1])
        elif kind == "blank":
            out.append("")
        elif kind == "P":
            out.append(wrap(meta, item[1].replace(" § ", "\n\n").replace("§", "\n\n")))
        elif kind == "+P":
            out.append(wrap(meta, f"{item[1]} {item[2]}"))
        elif kind in ("O", "S"):
            _, _, label, text = item
            text = text.replace(" § ", "\n\n").replace("§", "\n\n")
            if label.endswith("^"):
                out.append(label[:-1])
                out.append(wrap(meta, text))
            else:
                out.append(wrap(meta, f"{label} {text}".strip()))
    return digits(meta, "\n".join(out).rstrip("\n") + "\n")


def wrap(meta, line):
    width = int(meta.get("wrap", "0") or 0)
    if not width:
        return line
    return "\n\n".join(textwrap.fill(part, width, break_on_hyphens=False, break_long_words=False) if part.strip() else part for part in line.split("\n\n"))


def inline(text):
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html.escape(text, quote=False))


def render_html(meta, items):
    arabic = meta["lang"] == "ar"
    use_ol = meta.get("html") == "ol"
    body, in_list, open_item = [], False, False

    def close_list():
        nonlocal in_list, open_item
        if open_item:
            body.append("</li>")
            open_item = False
        if in_list:
            body.append("</ol>")
            in_list = False

    def paragraphs(text, attributes=""):
        return [f"<p{attributes}>{inline(part.strip())}</p>" for part in text.split("§")]

    previous_number = None
    for item in items:
        kind = item[0]
        if kind == "O" and use_ol and re.fullmatch(r"(?:[A-Z]\.)?\d+", item[1]):
            number = int(item[1].split(".")[-1])
            if in_list and previous_number is not None and number != previous_number + 1:
                close_list()
            if not in_list:
                body.append("<ol>" if number == 1 else f'<ol start="{number}">')
                in_list = True
            if open_item:
                body.append("</li>")
            parts = item[3].split("§")
            body.append("<li>" + inline(parts[0].strip()))
            body.extend(f"<p>{inline(p.strip())}</p>" for p in parts[1:])
            open_item = True
            previous_number = number
            continue
        if kind == "S" and in_list:
            body.append(f"<p>{inline((item[2].rstrip('^') + ' ' + item[3]).strip())}</p>")
            continue
        if kind == "blank":
            continue
        close_list()
        previous_number = None
        if kind == "html":
            body.append(item[1])
        elif kind == "raw":
            if item[1].strip():
                body.append(f"<p>{inline(item[1])}</p>")
        elif kind == "P":
            body.extend(paragraphs(item[1]))
        elif kind == "+P":
            body.append(f"<p>{inline(item[1] + ' ' + item[2])}</p>")
        elif kind == "O":
            label = item[2].rstrip("^")
            body.extend(paragraphs(f"{label} {item[3]}".strip()))
        elif kind == "S":
            label = item[2].rstrip("^")
            indent = ' style="margin-right:2em"' if arabic else ' style="margin-left:2em"'
            body.extend(paragraphs(f"{label} {item[3]}".strip(), indent))
    close_list()
    direction = ' dir="rtl"' if arabic else ""
    font = "Noto Naskh Arabic, Noto Sans Arabic, serif" if arabic else "Noto Serif, serif"
    page = [
        "<!DOCTYPE html>",
        f'<html lang="{meta["lang"]}"{direction}>',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(meta.get('title', meta['id']))}</title>",
        f"<style>body {{ font-family: {font}; }}</style>",
        "</head>",
        f"<body{direction}>",
        *body,
        "</body>",
        "</html>",
    ]
    return digits(meta, "\n".join(page) + "\n")


def main():
    sources = sorted((ROOT / "source").glob("*.src"))
    for folder in ("text", "html", "truth"):
        (ROOT / folder).mkdir(exist_ok=True)
    for source in sources:
        meta, items = parse(source)
        stem = f"{meta['id']}.{meta['lang']}"
        if source.stem != stem:
            sys.exit(f"{source.name}: @id and @lang say {stem}")
        formats = meta.get("formats", "text html").split()
        truth_json = json.dumps(truth(meta, items), ensure_ascii=False, indent=1)
        (ROOT / "truth" / f"{stem}.json").write_text(truth_json + "\n", encoding="utf-8")
        for fmt, ext, render in (("text", "txt", render_text), ("html", "html", render_html)):
            target = ROOT / fmt / f"{stem}.{ext}"
            if fmt in formats:
                target.write_text(render(meta, items), encoding="utf-8")
            elif target.exists():
                target.unlink()
    print(f"{len(sources)} sources rendered")


if __name__ == "__main__":
    main()
