#!/usr/bin/env python3
"""Runs one Python peer on one file and reports its times as one JSON line.

usage: peer.py TOOL FILE
TOOL: fugashi, sudachipy, cutlet, pykakasi, pypinyin-jieba.

Times (seconds, time.perf_counter): `import` (the module), `load` (building the tokenizer or
converter, which loads its dictionary: the start-up a user waits for) and `process` (the
whole file, line by line: the steady state). Each tool does its ordinary job: tokens with
their features (fugashi, sudachipy mode C), romaji (cutlet, pykakasi), pinyin with tone marks
of jieba's words (pypinyin). Output is consumed (lengths summed), not printed.
"""
import json
import sys
import time


def main():
    tool, path = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    if tool == "fugashi":
        import fugashi
        t1 = time.perf_counter()
        tagger = fugashi.Tagger()  # unidic-lite

        def work(line):
            return sum(len(word.surface) + len(word.feature_raw) for word in tagger(line))
    elif tool == "sudachipy":
        from sudachipy import Dictionary, SplitMode
        t1 = time.perf_counter()
        tokenizer = Dictionary(dict="core").create()
        mode = SplitMode.C

        def work(line):
            return sum(len(m.surface()) + len(m.reading_form()) for m in tokenizer.tokenize(line, mode))
    elif tool == "cutlet":
        import cutlet
        t1 = time.perf_counter()
        katsu = cutlet.Cutlet()

        def work(line):
            return len(katsu.romaji(line))
    elif tool == "pykakasi":
        import pykakasi
        t1 = time.perf_counter()
        kks = pykakasi.kakasi()

        def work(line):
            return sum(len(item["hepburn"]) for item in kks.convert(line))
    elif tool == "pypinyin-jieba":
        import jieba
        import pypinyin
        t1 = time.perf_counter()
        jieba.setLogLevel(60)
        jieba.initialize()  # loads jieba's dictionary (otherwise done on the first call)
        pypinyin.pinyin("中文")  # loads pypinyin's phrase tables

        def work(line):
            return sum(len(p[0]) for p in pypinyin.pinyin(jieba.lcut(line), style=pypinyin.Style.TONE))
    else:
        sys.exit(f"peer.py: unknown tool {tool}")
    t2 = time.perf_counter()
    total = 0
    lines = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                total += work(line)
                lines += 1
    t3 = time.perf_counter()
    print(json.dumps({"tool": tool, "import": t1 - t0, "load": t2 - t1, "process": t3 - t2,
                      "lines": lines, "output_chars": total}))


if __name__ == "__main__":
    main()
