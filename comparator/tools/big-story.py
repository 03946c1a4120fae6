#!/usr/bin/env python3
"""Writes a folder of invented articles for the comparison's scale check: 3,000 articles on one
warehouse fire (the same place, day and victim; counts that differ between outlets) and 17,000
unrelated shootings in ten cities over nine months. Deterministic (seeded).

    python3 comparator/tools/big-story.py /tmp/big-story
    CROSSCHECK_JAVA_OPTS=-Xmx1g /usr/bin/time -v ./crosscheck compare --intake --format json /tmp/big-story > /dev/null
"""
import os
import random
import sys


def main(folder):
    random.seed(1)
    os.makedirs(folder, exist_ok=True)
    outlets = ["Wire%d" % i for i in range(200)]
    for i in range(3000):
        killed = random.choice([3, 3, 3, 4, 5])
        injured = random.choice([7, 7, 8, 9, 12])
        with open(os.path.join(folder, "a%05d.txt" % i), "w", encoding="utf-8") as f:
            f.write(f"""---
source: {random.choice(outlets)}
published: 2024-03-1{random.randint(0, 3)}
title: {killed} killed in Dayton warehouse fire on Keowee Street
---
DAYTON, Ohio — {killed} people were killed and {injured} were injured when a fire swept through a warehouse on Keowee Street in Dayton on Saturday, fire chief Jeffrey Payne said. The victims included Marcus Ellerbe, 34, a forklift driver.
""")
    cities = ["Dayton", "Toledo", "Akron", "Columbus", "Cleveland", "Cincinnati", "Detroit",
              "Chicago", "Houston", "Memphis"]
    for i in range(3000, 20000):
        city = random.choice(cities)
        killed = random.randint(1, 4)
        with open(os.path.join(folder, "b%05d.txt" % i), "w", encoding="utf-8") as f:
            f.write(f"""---
source: Local{random.randint(0, 500)}
published: 2024-0{random.randint(1, 9)}-{random.randint(10, 28)}
title: Shooting in {city} leaves {killed} dead
---
{city.upper()} — {killed} people were shot dead on Street{random.randint(1, 900)} Avenue in {city} on Friday night, police said. The victim was identified as Person{random.randint(1, 99999)} Name{random.randint(1, 99999)}, {random.randint(18, 70)}.
""")


if __name__ == "__main__":
    main(sys.argv[1])
