#!/usr/bin/env python3
"""Builds a prose corpus from the documentation of Debian packages.

Downloads each package with `apt-get download` (no root needed) and unpacks it with
`dpkg-deb -x` into the cache, then takes the running text out of its manual pages (roff
markup stripped) and HTML pages (tags, scripts, styles and <pre> blocks dropped). Only lines
in the wanted language are kept (Japanese: lines with kana; Chinese: lines with hanzi and no
kana), each distinct line once, in a fixed order, so the same packages give the same corpus.

usage: make_corpus.py --lang ja|zh --cache DIR --out FILE --bytes N --slice FILE --slice-bytes N PKG...
Prints one JSON line describing the corpus (packages with versions, bytes, lines).
Standard library only.
"""
import argparse
import gzip
import html.parser
import json
import os
import re
import subprocess
import sys

KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def fetch(package, cache):
    """Returns (unpacked folder, version), downloading and unpacking when not cached."""
    debs = os.path.join(cache, "debs")
    os.makedirs(debs, exist_ok=True)
    found = [f for f in os.listdir(debs) if f.startswith(package + "_") and f.endswith(".deb")]
    if not found:
        subprocess.run(["apt-get", "download", "-qq", package], cwd=debs, check=True,
                       stderr=subprocess.DEVNULL if os.geteuid() == 0 else None)
        found = [f for f in os.listdir(debs) if f.startswith(package + "_") and f.endswith(".deb")]
    if not found:
        sys.exit(f"make_corpus: apt-get download {package} gave no .deb")
    deb = os.path.join(debs, sorted(found)[-1])
    version = subprocess.run(["dpkg-deb", "-f", deb, "Version"], check=True,
                             capture_output=True, text=True).stdout.strip()
    target = os.path.join(cache, "unpacked", package)
    if not os.path.isdir(target):
        os.makedirs(target + ".part", exist_ok=True)
        subprocess.run(["dpkg-deb", "-x", deb, target + ".part"], check=True)
        os.rename(target + ".part", target)
    return target, version


class HTMLText(html.parser.HTMLParser):
    SKIP = {"script", "style", "pre", "code", "head", "title", "nav"}
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "dt", "dd", "table", "section", "blockquote", "caption", "figcaption"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data.replace("\n", " "))

    def text(self):
        return "".join(self.parts)


ROFF_ESCAPE = re.compile(r"\\f(\[[^\]]*\]|\(..|.)|\\\(..|\\\[[^\]]*\]|\\[&,/|^%:]|\\s[+-]?\d|\\\*(\(..|\[[^\]]*\]|.)|\\[a-zA-Z]")


BREAKS = {"SH", "SS", "PP", "LP", "P", "TP", "IP", "HP", "br", "sp", "TH", "nf", "fi", "RS", "RE"}
TEXT_MACROS = {"SH", "SS", "B", "I", "BR", "IR", "RB", "RI", "BI", "IB", "IP", "TP", "SM", "SB"}
CJK_EDGE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def roff_text(source):
    """The running text of a manual page: macro lines dropped (their words kept for text
    macros such as .B), escapes removed, and the lines of one paragraph joined the way groff
    fills them (with no space between two CJK characters)."""
    paragraphs, current = [], []

    def flush():
        if current:
            text = current[0]
            for piece in current[1:]:
                glue = "" if CJK_EDGE.match(text[-1:]) and CJK_EDGE.match(piece[:1]) else " "
                text += glue + piece
            paragraphs.append(text)
            current.clear()

    for line in source.splitlines():
        if line.startswith(('.\\"', "'\\\"", '\\"')):
            continue
        if line.startswith((".", "'")):
            parts = line[1:].split(None, 1)
            macro = parts[0] if parts else ""
            if macro in BREAKS:
                flush()
            if len(parts) == 2 and macro in TEXT_MACROS:
                line = parts[1].replace('"', "")
                if macro in {"SH", "SS"}:
                    # A heading is a line of its own.
                    current.append(ROFF_ESCAPE.sub("", line).strip())
                    flush()
                    continue
            else:
                continue
        line = ROFF_ESCAPE.sub("", line).replace("\\-", "-").replace("\\e", "\\").replace("\\ ", " ").strip()
        if line:
            current.append(line)
            # Unfilled blocks run on without breaks; keep lines short enough for every tool.
            if sum(map(len, current)) > 1000:
                flush()
        else:
            flush()
    flush()
    return "\n".join(paragraphs)


def read(path, lang):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    for encoding in ("utf-8", "euc-jp" if lang == "ja" else "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


def documents(root, lang):
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            base = name[:-3] if name.endswith(".gz") else name
            if "/man/" in path and re.search(r"\.\d\w*$", base):
                yield path, roff_text(read(path, lang))
            elif base.endswith((".html", ".htm", ".xhtml")):
                parser = HTMLText()
                parser.feed(read(path, lang))
                yield path, parser.text()


def wanted(line, lang):
    if lang == "ja":
        return len(KANA.findall(line)) >= 3
    return len(HAN.findall(line)) >= 5 and not KANA.search(line)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--lang", choices=["ja", "zh"], required=True)
    p.add_argument("--cache", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--bytes", type=int, required=True)
    p.add_argument("--slice")
    p.add_argument("--slice-bytes", type=int, default=100_000)
    p.add_argument("packages", nargs="+")
    a = p.parse_args()

    seen = set()
    out = []
    size = 0
    used = []
    for package in a.packages:
        if size >= a.bytes:
            break
        root, version = fetch(package, a.cache)
        taken = 0
        for _, text in documents(root, a.lang):
            for raw in text.splitlines():
                line = " ".join(raw.split())
                if not wanted(line, a.lang) or line in seen:
                    continue
                seen.add(line)
                encoded = len(line.encode()) + 1
                if size + encoded > a.bytes:
                    break
                out.append(line)
                size += encoded
                taken += encoded
            if size >= a.bytes - 200:
                break
        used.append({"package": package, "version": version, "bytes": taken})

    def write(path, lines):
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        os.replace(tmp, path)

    write(a.out, out)
    info = {"lang": a.lang, "file": a.out, "bytes": os.path.getsize(a.out), "lines": len(out), "packages": used}
    if a.slice:
        # Every k-th line, so the slice samples each package the way the whole corpus does.
        stride = max(1, size // a.slice_bytes)
        part, n = [], 0
        for line in out[::stride]:
            n += len(line.encode()) + 1
            if n > a.slice_bytes:
                break
            part.append(line)
        write(a.slice, part)
        info["slice"] = {"file": a.slice, "bytes": os.path.getsize(a.slice)}
    print(json.dumps(info, ensure_ascii=False))


if __name__ == "__main__":
    main()
