#!/usr/bin/env python3
"""Writes the capitalized words that news prints about many incidents, so sharing them proves no
identity (comparator/src/main/resources/io/crosscheck/comparator/common-names.txt).

Reads a folder of news texts (one article per .txt file, e.g. ../shared/corpus/gva-weak/documents)
and keeps every capitalized word (a capital, then at least one small letter; not the first word of
a line) that appears in at least MIN_SHARE of the articles. Only words and their share are
written, never text. Adds the words of the extractor's lexicon of places, demonyms, organisations
and roles: a country, a nationality or an armed group is shared by many incidents too.
Deterministic: the same inputs give the same file.

    python3 comparator/tools/common-names.py ../shared/corpus/gva-weak/documents \
        extractor/src/main/resources/io/crosscheck/extractor/lexicon > \
        comparator/src/main/resources/io/crosscheck/comparator/common-names.txt
"""
import os
import re
import sys

MIN_SHARE = 0.005
WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def trim(word):
    word = word.strip(".'’-")
    for s in ("'s", "’s"):
        if word.endswith(s):
            word = word[: -len(s)]
    return word


def lexicon_words(folder):
    """Words of the names in the lexicon files: column and separator per file."""
    columns = {"places.tsv": 3, "demonyms.tsv": 0, "organisations.tsv": 3, "roles.tsv": 0}
    words = set()
    for name, column in columns.items():
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cells = line.rstrip("\n").split("\t")
                if len(cells) <= column:
                    continue
                for phrase in cells[column].split("|"):
                    for w in WORD.findall(phrase):
                        w = trim(w).lower()
                        if len(w) > 1:
                            words.add(w)
    return words


def main(folder, lexicon):
    files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    df = {}
    for name in files:
        seen = set()
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                words = WORD.findall(line)
                for w in words[1:]:
                    w = trim(w)
                    if len(w) > 1 and w[0].isupper() and any(c.islower() for c in w[1:]):
                        seen.add(w.lower())
        for w in seen:
            df[w] = df.get(w, 0) + 1
    floor = max(2, int(len(files) * MIN_SHARE))
    print("# Capitalized words printed in at least %.1f%% of %d news articles: they name cities,"
          % (MIN_SHARE * 100, len(files)))
    print("# days, agencies and titles common to many incidents, so sharing one proves no identity.")
    print("# With the words of the extractor's places, demonyms, organisations and roles.")
    print("# Made by comparator/tools/common-names.py; a newsroom may add its own beat's words.")
    common = {w for w, n in df.items() if n >= floor} | lexicon_words(lexicon)
    for w in sorted(common):
        print(w)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
