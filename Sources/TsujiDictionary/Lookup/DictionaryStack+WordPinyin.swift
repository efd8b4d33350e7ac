import TsujiRomanize

extension DictionaryStack {
    /// The pinyin (with tone marks) of a written word, for ``Romanizer``: the first entry
    /// written so that gives pinyin and is a word, not a single character's reading; nil when
    /// none does. Hanzi are then read word by word where the dictionaries know the word.
    public var wordPinyin: Romanizer.WordPinyin {
        { word in
            self.entries(writtenAs: word).lazy.map(self.entry)
                .first { !$0.pinyin.isEmpty && $0.kind != .character }?.pinyin.first
        }
    }
}
