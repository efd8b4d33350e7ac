extension Romanizer {
    /// One style option for either system, as `tsuji romanize --style` takes it: a Hepburn style,
    /// a pinyin style, or `ascii`, which is both (plain ASCII Hepburn and toneless pinyin).
    public enum Style: String, CaseIterable, Sendable {
        case modified, traditional, kunrei, nihon, ascii, marks, numbered, toneless

        /// The Hepburn style this sets, if any.
        public var hepburn: HepburnStyle? {
            switch self {
            case .modified: .modified
            case .traditional: .traditional
            case .kunrei: .kunrei
            case .nihon: .nihon
            case .ascii: .ascii
            case .marks, .numbered, .toneless: nil
            }
        }

        /// The pinyin style this sets, if any.
        public var pinyin: PinyinStyle? {
            switch self {
            case .marks: .marks
            case .numbered: .numbered
            case .ascii, .toneless: .toneless
            case .modified, .traditional, .kunrei, .nihon: nil
            }
        }

        /// Why this style cannot go with `system` (a pinyin style with Hepburn alone, or the
        /// reverse), or nil when it can.
        public func conflict(with system: System) -> String? {
            switch system {
            case .hepburn where hepburn == nil:
                "--style \(rawValue) is a pinyin style; --system hepburn takes modified, traditional, kunrei, nihon or ascii."
            case .pinyin where pinyin == nil:
                "--style \(rawValue) is a Hepburn style; --system pinyin takes marks, numbered, toneless or ascii."
            default: nil
            }
        }
    }

    /// A romanizer for `system` in `style` (the defaults, modified Hepburn and pinyin with
    /// marks, for what the style does not set).
    public init(system: System, style: Style?, wordPinyin: WordPinyin? = nil) {
        self.init(system: system, hepburnStyle: style?.hepburn ?? .modified, pinyinStyle: style?.pinyin ?? .marks,
                  wordPinyin: wordPinyin)
    }
}
