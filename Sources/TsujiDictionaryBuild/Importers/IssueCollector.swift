import TsujiDictionary

/// Collects malformed-line issues for one parse: counts each, keeps the first `limit`, or throws
/// the first one when `strict`. A class, so the line callbacks can report while the reader
/// that calls them holds it too.
final class IssueCollector {
    let file: String
    let strict: Bool
    let limit: Int
    private(set) var skipped = 0
    private(set) var issues: [ParseIssue] = []

    init(file: String, strict: Bool, limit: Int) {
        self.file = file
        self.strict = strict
        self.limit = limit
    }

    func skip(line: Int, _ message: String) throws(ParseIssue) {
        let issue = ParseIssue(file: file, line: line, message: message)
        if strict { throw issue }
        skipped += 1
        if issues.count < limit { issues.append(issue) }
    }

    func fill(_ report: inout ParseReport) {
        report.skipped = skipped
        report.issues = issues
    }
}
