#!/usr/bin/env python3
"""Writes src/Knowledge/Indexing/arabic-words.txt: Arabic words known to carry no clitic.

The Arabic analysis (ArabicCliticStemmer) takes a one-letter preposition or conjunction off a word ("بلجنة",
"برفع", "وللدول") or reads a pronoun after a feminine ending ("سكرتاريتها") only when what remains is one of
these words and the whole word is not: "برنامج" keeps its ب. A word is listed when the text shows it bare:
after the article ("اللجنة" lists "لجنة"), or not starting with a letter that could be a clitic (و ف ب ل ك),
and not ending with a pronoun after ت or a hamza seat. Usage: scripts/arabic-words.py FILE... (Arabic texts,
glossary.json, lexicon.json); with no file, the bundled corpus and the glossary and lexicon.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "Knowledge", "Indexing", "arabic-words.txt")
DIACRITICS = re.compile("[\u064B-\u0652\u0640]")
WORD = re.compile("[\u0621-\u064A]+")
CLITIC_LETTERS = "وفبلك"
ARTICLES = ("وال", "بال", "كال", "فال", "ال")
# Words of their own that a clitic letter would otherwise seem to open: "لماذا" is "why", not ل + "ماذا".
FUNCTION_WORDS = {
    "ماذا", "لماذا", "هذا", "هذه", "هذان", "هاتان", "هؤلاء", "ذلك", "تلك", "أولئك", "الذي", "التي", "الذين", "اللذان",
    "اللتان", "اللواتي", "اللاتي", "متى", "أين", "كيف", "كم", "هل", "ما", "من", "مما", "ممن", "عن", "على", "إلى", "في",
    "منذ", "حتى", "إذا", "إذ", "أن", "إن", "لكن", "لكي", "كي", "لدى", "لدي", "لذلك", "كذلك", "هنا", "هناك", "ثم", "أو",
    "أم", "لا", "لم", "لن", "ليس", "نحن", "هو", "هي", "هم", "هما", "أنت", "أنتم", "أنا", "نفس", "كل", "بعض", "غير",
    "سوى", "عند", "عندما", "بين", "حول", "دون", "قبل", "بعد", "خلال", "مع", "ضد", "نحو", "لأن", "بأن", "كأن", "لعل",
}
PRONOUN_AFTER_SEAT = re.compile("[تئؤ](ه|ها|هم|هما|هن|ك|كم|كما|كن|نا|ي)$")


def texts(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            content = f.read()
        if path.endswith(".json"):
            yield " ".join(strings(json.loads(content)))
        else:
            yield content


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)


def bare(word):
    for article in ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            rest = word[len(article):]
            # "للجنة" may be لـ + اللجنة: after "لل" the word's own first letter is unknown.
            return None if PRONOUN_AFTER_SEAT.search(rest) else rest
    if word in FUNCTION_WORDS or word.startswith("لل") or word[0] in CLITIC_LETTERS or PRONOUN_AFTER_SEAT.search(word):
        return None
    return word


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "corpus", "*.ar.txt"))) + [
        os.path.join(ROOT, "src", "Knowledge", "Glossary", "glossary.json"),
        os.path.join(ROOT, "src", "Knowledge", "Glossary", "lexicon.json"),
    ]
    words = set()
    for text in texts(paths):
        for word in WORD.findall(DIACRITICS.sub("", text)):
            found = bare(word)
            if found and len(found) >= 3 and found not in FUNCTION_WORDS:
                words.add(found)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Arabic words seen without a clitic (scripts/arabic-words.py); one a line.\n")
        for word in sorted(words):
            f.write(word + "\n")
    print(f"{len(words)} words -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
