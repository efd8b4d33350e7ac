import TsujiText

/// What kind of text a document's `text` is. Renderers that insert markup need to know whether
/// the original is plain text (escape it) or HTML (keep its markup, annotate its text nodes).
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    case text
    /// `text` is an HTML source; annotation offsets and surfaces refer to that source, and only
    /// text nodes carry annotations (see `HTMLTextNodes`).
    case html
}
