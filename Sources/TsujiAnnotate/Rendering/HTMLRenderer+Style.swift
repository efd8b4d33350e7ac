extension HTMLRenderer {
    /// The page around a plain-text article (after `termStyle`, whose light colours it can
    /// then override for a dark scheme): reading width, Japanese fonts the system has
    /// (nothing is downloaded), a light and a dark scheme.
    static let pageStyle = """
        :root { color-scheme: light dark; --tsuji-ink: #1f1d1a; --tsuji-paper: #fbfaf6; --tsuji-muted: #6d675e;
          --tsuji-zh: #9d2a1f; --tsuji-ja: #1f4f8a; --tsuji-card: #fffdf4; --tsuji-line: #d9d2c1; }
        @media (prefers-color-scheme: dark) {
          :root { --tsuji-ink: #e9e5dc; --tsuji-paper: #1c1b19; --tsuji-muted: #a79f92;
            --tsuji-zh: #ff9c8c; --tsuji-ja: #9cc2ff; --tsuji-card: #2a2825; --tsuji-line: #4a463f; }
        }
        html { background: var(--tsuji-paper); color: var(--tsuji-ink); }
        body { margin: 0 auto; max-width: 44em; padding: 2em 1.5em 4em; font-size: 18px; line-height: 2.3;
          font-family: "Noto Serif CJK JP", "Source Han Serif JP", "Hiragino Mincho ProN", "Yu Mincho",
            "Noto Sans CJK JP", "Noto Sans JP", serif; }
        .tsuji-source { font: 13px/1.5 system-ui, "Noto Sans CJK JP", sans-serif; color: var(--tsuji-muted);
          border-bottom: 1px solid var(--tsuji-line); padding-bottom: .4em; margin-bottom: 1.5em; }
        .tsuji-document + .tsuji-document { margin-top: 4em; }
        .tsuji-article { overflow-wrap: anywhere; }
        .tsuji-article p { margin: 0 0 1.1em; }
        @media print { html { background: none; } body { max-width: none; padding: 0; font-size: 11pt; } }

        """

    /// What the terms, cards and table need; scoped to tsuji's own classes so that it can also
    /// go into someone else's page (HTML input).
    static let termStyle = """
        :root { --tsuji-ink: #1f1d1a; --tsuji-muted: #6d675e; --tsuji-zh: #9d2a1f; --tsuji-ja: #1f4f8a;
          --tsuji-card: #fffdf4; --tsuji-line: #d9d2c1; }
        :lang(zh-Hans) { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "PingFang SC",
          "Microsoft YaHei", sans-serif; }
        :lang(zh-Hant) { font-family: "Noto Sans CJK TC", "Noto Serif CJK TC", "Source Han Sans TC", "PingFang TC",
          "Microsoft JhengHei", sans-serif; }
        .tsuji-term { position: relative; border-radius: 3px; }
        .tsuji-term:hover, .tsuji-term:focus { background: color-mix(in srgb, var(--tsuji-line) 45%, transparent); }
        .tsuji-term:focus { outline: 2px solid var(--tsuji-ja); outline-offset: 1px; }
        .tsuji-term .term { ruby-position: over; }
        .tsuji-term .term.zh { color: var(--tsuji-zh); }
        .tsuji-term .term.ja { color: var(--tsuji-ja); }
        .tsuji-term rt { font: 0.5em/1.1 system-ui, "Noto Sans", "DejaVu Sans", sans-serif; letter-spacing: 0;
          color: var(--tsuji-muted); }
        .tsuji-term .term.zh rt { color: var(--tsuji-zh); }
        .tsuji-term rt:lang(ja) { font-family: "Noto Sans CJK JP", sans-serif; }
        .tsuji-card { display: none; position: absolute; left: 0; top: 100%; z-index: 20; width: max-content;
          max-width: min(26em, 86vw); margin-top: 2px; padding: .55em .8em .6em; text-align: left; white-space: normal;
          font: 14px/1.55 system-ui, "Noto Sans CJK JP", sans-serif; color: var(--tsuji-ink);
          background: var(--tsuji-card); border: 1px solid var(--tsuji-line); border-radius: 6px;
          box-shadow: 0 6px 18px rgba(0, 0, 0, .18); }
        .tsuji-term:hover .tsuji-card, .tsuji-term:focus-within .tsuji-card { display: block; }
        .tsuji-card > span { display: block; }
        .tsuji-card-forms { font-size: 1.35em; margin-bottom: .25em; }
        .tsuji-key { display: inline-block; min-width: 6.5em; color: var(--tsuji-muted); font-size: .85em; }
        .tsuji-card code { font-size: .85em; }
        .tsuji-terms { margin-top: 3em; line-height: 1.6; }
        .tsuji-terms h2 { font: 600 1.05em/1.4 system-ui, sans-serif; }
        .tsuji-terms table { border-collapse: collapse; width: 100%; font-size: 15px; }
        .tsuji-terms th, .tsuji-terms td { border-bottom: 1px solid var(--tsuji-line); padding: .35em .5em;
          text-align: left; vertical-align: top; }
        .tsuji-terms th { font: 600 13px/1.4 system-ui, sans-serif; color: var(--tsuji-muted); }
        .tsuji-terms tr.zh .tsuji-table-forms { color: var(--tsuji-zh); }
        .tsuji-count { text-align: right; font-variant-numeric: tabular-nums; }
        @media print {
          .tsuji-card { display: none !important; }
          .tsuji-term:hover, .tsuji-term:focus { background: none; outline: none; }
          .tsuji-terms { break-before: auto; }
          .tsuji-terms tr { break-inside: avoid; }
          .tsuji-term .term.zh, .tsuji-term .term.zh rt, .tsuji-terms tr.zh .tsuji-table-forms { color: #000; }
        }

        """
}
