#!/usr/bin/env python3
"""Writes 10,000 mixed lookup queries, one per line, for timing `tsuji lookup` on every kind of
query the issue names (not only the kanji/katakana runs of queries.txt):

  hanzi, traditional and simplified (CC-CEDICT headwords)   2,500
  pinyin with tone marks, spaced and joined                  1,000
  pinyin with tone numbers                                   1,000
  pinyin without tones, spaced and joined                    1,000
  kana readings, hiragana and katakana (EDICT)               1,500
  romaji of those readings (through `tsuji romanize`)        1,000
  English words and phrases (EDICT and CC-CEDICT glosses)    2,000

The samples are drawn with a fixed seed, so the file is the same on every run.

  make_lookup_queries.py CEDICT.txt.gz EDICT TSUJI OUT
"""
import gzip
import random
import re
import subprocess
import sys
import unicodedata

MARKS = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "ü": "ǖǘǚǜ"}


def marked(syllable):
    """tong1 → tōng (the usual rule: a or e takes the mark, else the o of ou, else the last vowel)."""
    m = re.fullmatch(r"([a-zü:]+)([1-5])", syllable.lower().replace("u:", "ü"))
    if not m:
        return None
    body, tone = m.group(1), int(m.group(2))
    if tone == 5:
        return body
    if "a" in body:
        at = body.index("a")
    elif "e" in body:
        at = body.index("e")
    elif "ou" in body:
        at = body.index("o")
    else:
        vowels = [i for i, c in enumerate(body) if c in MARKS]
        if not vowels:
            return None
        at = vowels[-1]
    return body[:at] + MARKS[body[at]][tone - 1] + body[at + 1:]


def main():
    cedict_path, edict_path, tsuji, out_path = sys.argv[1:5]
    rng = random.Random(20261125)
    cedict = []
    with gzip.open(cedict_path, "rt", encoding="utf-8") as f:
        for line in f:
            m = re.match(r"(\S+) (\S+) \[([^\]]+)\] /(.*)/$", line.rstrip("\n"))
            if m and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", m.group(1)):
                cedict.append((m.group(1), m.group(2), m.group(3), m.group(4).split("/")))
    edict = []
    with open(edict_path, encoding="euc-jp", errors="replace") as f:
        for line in f:
            m = re.match(r"(\S+) \[([\u3041-\u30ff]+)\] /(.*)/$", line.rstrip("\n"))
            if m:
                edict.append((m.group(1), m.group(2), m.group(3).split("/")))
    queries = []
    for trad, simp, _, _ in rng.sample(cedict, 1250):
        queries += [trad, simp]
    pinyin = [p for _, _, p, _ in rng.sample(cedict, 4500)
              if all(re.fullmatch(r"[a-z:]+[1-5]", s) for s in p.split())][:3000]
    for i, p in enumerate(pinyin[:1000]):
        words = [marked(s) for s in p.split()]
        queries.append((" " if i % 2 else "").join(words))
    for i, p in enumerate(pinyin[1000:2000]):
        queries.append(p.replace(" ", "") if i % 2 else p)
    for i, p in enumerate(pinyin[2000:3000]):
        bare = [s[:-1].replace("u:", "v") for s in p.split()]
        queries.append((" " if i % 2 else "").join(bare))
    readings = [r for _, r, _ in rng.sample(edict, 2500)]
    for i, r in enumerate(readings[:1500]):
        # Every third as katakana.
        queries.append("".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in r) if i % 3 == 0 else r)
    romaji = subprocess.run([tsuji, "romanize"], input="\n".join(readings[1500:2500]) + "\n", text=True,
                            capture_output=True, check=True).stdout.split("\n")[:1000]
    for i, r in enumerate(romaji):
        # Half without macrons, as a user types them.
        queries.append(r if i % 2 else unicodedata.normalize("NFKD", r).encode("ascii", "ignore").decode())
    english = []
    for _, _, glosses in rng.sample(edict, 2500):
        english.append(re.sub(r"\([^)]*\)", "", glosses[0]).strip())
    for _, _, _, glosses in rng.sample(cedict, 2500):
        english.append(re.sub(r"\([^)]*\)", "", glosses[0]).strip())
    english = [e for e in english if re.fullmatch(r"[A-Za-z][A-Za-z' -]{1,29}", e)
               and not e.startswith(("variant of", "old variant", "see "))]
    english = english[:1000] + english[len(english) // 2:len(english) // 2 + 1000]
    queries += english
    queries = [q for q in queries if q.strip()]
    rng.shuffle(queries)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(queries[:10000]) + "\n")


if __name__ == "__main__":
    main()
