#!/usr/bin/env python3
"""Writes comparator/src/test/resources/incident-training: the comparison cases and the seeds as
annotated article pairs (DESIGN section 7 format), so that train-incidents also learns from the
conflict, disaster and wire reporting the project's invented cases are written in, beside the
real corpora (whose pairs are all one city and one month: they teach little about places).

Every case's articles tell one incident, except the cases written as different incidents, listed
in DIFFERENT; each case's first article is also paired with the next case's (different incidents
in other places). The texts stay where they are: documents.jsonl points at them with "file".
Deterministic: run it again after adding cases.

    python3 comparator/tools/incident-training.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "src", "test", "resources")
CASES = os.path.join(RESOURCES, "cases")
OUT = os.path.join(RESOURCES, "incident-training")
SEEDS = os.path.join(HERE, "..", "..", "seeds")

# cases whose articles tell different incidents (the case names say which)
DIFFERENT = {
    "34_chicago_two_shootings_same_night",
    "35_philadelphia_two_house_fires_same_night",
    "36_afghanistan_kabul_and_jalalabad_bombings",
    "37_nigeria_kano_and_ibadan_bus_crashes",
    "38_maiduguri_market_bombings_weeks_apart",
    "39_denver_colfax_bar_shootings_two_weeks_apart",
    "40_china_shanxi_and_guizhou_mine_accidents",
}


def main():
    documents, pairs = [], []
    cases = sorted(d for d in os.listdir(CASES) if os.path.isdir(os.path.join(CASES, d)))
    firsts = []
    for case in cases:
        articles = sorted(f for f in os.listdir(os.path.join(CASES, case))
                          if len(f) == 5 and f.endswith(".txt"))
        ids = []
        for name in articles:
            doc = "case-%s-%s" % (case.split("_")[0], name[0])
            incident = case + ("/" + name[0] if case in DIFFERENT else "")
            documents.append({"id": doc, "file": "../cases/%s/%s" % (case, name),
                              "incident": incident, "cluster": case,
                              "text_killed": None, "text_injured": None})
            ids.append(doc)
        firsts.append(ids[0])
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                pairs.append({"a": ids[i], "b": ids[j], "same_incident": case not in DIFFERENT})
    for i in range(len(firsts)):
        pairs.append({"a": firsts[i], "b": firsts[(i + 1) % len(firsts)], "same_incident": False})
    seeds = sorted(f for f in os.listdir(SEEDS) if f.endswith(".txt"))
    for name in seeds:
        documents.append({"id": "seed-" + name[:3], "file": "../../../../../seeds/" + name,
                          "incident": "seeds", "cluster": "seeds",
                          "text_killed": None, "text_injured": None})
    for i in range(len(seeds)):
        for j in range(i + 1, len(seeds)):
            pairs.append({"a": "seed-" + seeds[i][:3], "b": "seed-" + seeds[j][:3],
                          "same_incident": True})
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "documents.jsonl"), "w", encoding="utf-8") as f:
        for d in documents:
            f.write(json.dumps(d) + "\n")
    with open(os.path.join(OUT, "pairs.jsonl"), "w", encoding="utf-8") as f:
        for p in pairs:
            f.write(json.dumps(p) + "\n")


if __name__ == "__main__":
    main()
