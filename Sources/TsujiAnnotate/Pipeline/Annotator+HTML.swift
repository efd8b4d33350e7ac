import TsujiText

extension Annotator {
    /// The annotations of an HTML source's text nodes, with offsets and surfaces in the source
    /// itself (a surface may hold a character reference, as the source wrote it).
    ///
    /// The annotatable text nodes are decoded and annotated together, one line each, so that a
    /// name learned from an apposition in one paragraph applies in the others; a match never
    /// runs across markup (`<b>通義</b>千問` is not found).
    public func annotateHTML(_ html: String) -> [Annotation] {
        let nodes = HTMLTextNodes(html)
        let extraction = nodes.extraction()
        var annotations: [Annotation] = []
        for var annotation in annotate(extraction.text) {
            guard let range = extraction.sourceRange(of: annotation.start..<annotation.end) else { continue }
            annotation.start = range.lowerBound
            annotation.end = range.upperBound
            annotation.surface = UTF8Writer.string(nodes.scalars[range])
            annotations.append(annotation)
        }
        return annotations
    }
}
