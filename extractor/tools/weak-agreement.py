#!/usr/bin/env python3
"""How often each article's lead tally agrees with its incident's final count, on gva-weak.

gva-weak (../shared/corpus/gva-weak) holds 4,994 real articles with only the GVA incident's final
killed and injured counts: a weak label (an article may state fewer, earlier or no numbers), so the
figures are not accuracy. They are a check at scale: a change that reads real news better should
raise the agreeing tallies and not raise the disagreeing ones.

  ./crosscheck extract --format json ../shared/corpus/gva-weak/documents > /tmp/gva.json
  python3 extractor/tools/weak-agreement.py ../shared/corpus/gva-weak/documents.jsonl /tmp/gva.json
"""
import json
import sys


def main(labels_path, extraction_path):
    labels = {}
    with open(labels_path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            labels[record["id"]] = record
    with open(extraction_path, encoding="utf-8") as f:
        articles = json.load(f)["articles"]
    for predicate in ("killed", "injured"):
        agree = disagree = silent = 0
        for article in articles:
            label = labels.get(article["id"])
            if label is None:
                continue
            lead = next(e for e in article["events"] if e["lead"])
            tally = lead["tally"][predicate]
            if tally["min"] is None and tally["max"] is None:
                silent += 1
                continue
            value = label["incident_" + predicate]
            if tally["min"] == value and tally["max"] == value:
                agree += 1
            else:
                disagree += 1
        stated = agree + disagree
        rate = agree / stated if stated else 0.0
        print(f"{predicate}: agrees {agree}, disagrees {disagree}, states none {silent}; "
              f"agreeing share of stated tallies {rate:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
