import TsujiDictionary
import TsujiText

/// Merges a new glossary into an existing one (`--merge EXISTING`): the user's edits win, new
/// terms are added, counts are updated, and no existing row is ever lost.
///
/// Rows meet by term key; a row from a file without keys (a plain two-column list) meets the
/// first new term with one of its written forms. For a row in both: the existing English, readings, kind and note win when present;
/// forms are the union; counts are recounted per document (a document in both counts as the new
/// run saw it, so re-running over the same articles does not double them); the first context and
/// the place in first-seen order stay the existing ones. Existing rows that meet nothing are kept
/// as they are; new terms follow in their own order. So a run over A merged with a run over B
/// equals a run over A and B.
public enum GlossaryMerger {
    /// The merged glossary and what the merge found.
    public struct Result: Sendable {
        /// The existing rows, updated, then the new terms.
        public var glossary: Glossary
        /// Where the user's value differs from what tsuji found now.
        public var conflicts: [GlossaryConflict]
        /// Per row of `glossary`: whether it is a row of the existing glossary (which a filter
        /// must not drop).
        public var fromExisting: [Bool] = []
        /// Rows of the existing glossary that met a new term, that met none, and new terms.
        public var updated = 0, kept = 0, added = 0
    }

    /// Merges the terms of a new run into an existing glossary, keeping every existing row and the user's edits.
    public static func merge(existing: LoadedGlossary, new: Glossary) -> Result {
        // Existing rows in their first-seen order (rows without one keep their file place, last).
        let old = existing.rows.enumerated().sorted {
            ($0.element.term.order ?? Int.max, $0.offset) < ($1.element.term.order ?? Int.max, $1.offset)
        }.map(\.element)
        var byKey: [String: Int] = [:]
        var byForm: [String: Int] = [:]
        for (index, term) in new.terms.enumerated() {
            if byKey[term.key] == nil { byKey[term.key] = index }
            for form in term.allForms where byForm[form] == nil { byForm[form] = index }
        }
        // A row with a real key meets only that term (two entries may share a written form); a
        // row from a file without keys meets the first term with one of its forms.
        let assigned: [Int?] = old.map { row in
            if let index = byKey[row.term.key] { return index }
            guard row.term.key.hasPrefix(GlossaryTerm.unkeyedPrefix) else { return nil }
            return row.term.allForms.lazy.compactMap { byForm[$0] }.first
        }
        var rowsFor: [Int: [Int]] = [:]
        for (oldIndex, newIndex) in assigned.enumerated() {
            if let newIndex { rowsFor[newIndex, default: []].append(oldIndex) }
        }
        var result = Result(glossary: Glossary(documents: [], terms: []), conflicts: [])
        var emitted = Set<Int>()
        var origin: [Int?] = []  // per output row: the existing row it came from
        for (oldIndex, row) in old.enumerated() {
            guard let newIndex = assigned[oldIndex] else {
                result.glossary.terms.append(row.term)
                origin.append(oldIndex)
                result.kept += 1
                continue
            }
            guard emitted.insert(newIndex).inserted else { continue }
            let rows = rowsFor[newIndex]!.map { old[$0] }
            result.glossary.terms.append(combine(rows, new.terms[newIndex], file: existing.file, conflicts: &result.conflicts))
            origin.append(oldIndex)
            result.updated += 1
        }
        for (index, term) in new.terms.enumerated() where !emitted.contains(index) {
            result.glossary.terms.append(term)
            origin.append(nil)
            result.added += 1
        }
        for index in result.glossary.terms.indices { result.glossary.terms[index].order = index + 1 }
        result.fromExisting = origin.map { $0 != nil }
        // Formats without a document list (TSV, CSV, Markdown) give it through their rows.
        var documents = existing.documents
        if documents.isEmpty {
            for row in old { for document in row.term.documents where !documents.contains(document.name) { documents.append(document.name) } }
        }
        for name in new.documents where !documents.contains(name) { documents.append(name) }
        result.glossary.documents = documents
        result.conflicts += crossRowConflicts(result.glossary.terms, origin: origin.map { $0.map { old[$0] } }, file: existing.file)
        return result
    }

    /// One row from the existing rows that met a new term and the new term.
    static func combine(_ rows: [LoadedGlossary.Row], _ new: GlossaryTerm, file: String,
                        conflicts: inout [GlossaryConflict]) -> GlossaryTerm {
        var term = new
        func existing<T>(_ field: KeyPath<GlossaryTerm, T?>) -> T? { rows.lazy.compactMap { $0.term[keyPath: field] }.first }
        var english: [String] = []
        var seenEnglish = UniqueStrings()
        for row in rows { for name in row.term.english where seenEnglish.insert(name) { english.append(name) } }
        if !english.isEmpty { term.english = english }
        if let pinyin = existing(\.pinyin) {
            if let theirs = new.pinyin, normalizedPinyin(theirs) != normalizedPinyin(pinyin) {
                let line = rows.first { $0.term.pinyin == pinyin }?.line
                conflicts.append(GlossaryConflict(
                    file: file, line: line, form: new.hanzi ?? new.term,
                    message: "pinyin \(pinyin) in the glossary, \(theirs) from \(new.source ?? "the dictionary"); kept \(pinyin)"))
            }
            term.pinyin = pinyin
        }
        term.reading = existing(\.reading) ?? new.reading
        term.romaji = existing(\.romaji) ?? new.romaji
        term.kind = existing(\.kind) ?? new.kind
        term.language = existing(\.language) ?? new.language
        term.hanzi = existing(\.hanzi) ?? new.hanzi
        term.simplified = existing(\.simplified) ?? new.simplified
        term.note = existing(\.note) ?? new.note
        term.context = existing(\.context) ?? new.context
        var forms: [String] = []
        var seenForms = UniqueStrings()
        for form in rows.flatMap(\.term.forms) + new.forms where seenForms.insert(form) { forms.append(form) }
        term.forms = forms
        if let source = existing(\.source) {
            term.source = source
            term.confidence = existing(\.confidence) ?? new.confidence
        } else if !english.isEmpty && english != new.english {
            // A plain row's English is the user's.
            term.source = DictionarySource.user.name
        }
        // Recount per document: the new run's counts replace the old for a document it read.
        let known = rows.first { !$0.term.documents.isEmpty }?.term.documents ?? []
        if known.isEmpty {
            term.documents = new.documents
            term.count = new.count
        } else {
            var documents = known
            for document in new.documents {
                if let index = documents.firstIndex(where: { $0.name == document.name }) {
                    documents[index].count = document.count
                } else {
                    documents.append(document)
                }
            }
            term.documents = documents
            // Cannot overflow: the existing row's counts add up to at most
            // GlossaryTerm.maximumCount (the readers check it), and so do the new run's.
            term.count = documents.reduce(0) { $0 + $1.count }
        }
        return term
    }

    /// Rows that give one hanzi form two different pinyin, where one of them is an existing row.
    static func crossRowConflicts(_ terms: [GlossaryTerm], origin: [LoadedGlossary.Row?], file: String) -> [GlossaryConflict] {
        var byForm: [String: [Int]] = [:]
        for (index, term) in terms.enumerated() where term.pinyin != nil {
            for form in term.allForms where isHan(form) { byForm[form, default: []].append(index) }
        }
        var conflicts: [GlossaryConflict] = []
        var reported = Set<[Int]>()
        for (form, indexes) in byForm.sorted(by: { $0.value.first! < $1.value.first! }) where indexes.count > 1 {
            let readings = Set(indexes.map { normalizedPinyin(terms[$0].pinyin!) })
            guard readings.count > 1, indexes.contains(where: { origin[$0] != nil }), reported.insert(indexes).inserted else { continue }
            let line = indexes.lazy.compactMap { origin[$0]?.line }.first
            let list = indexes.map { "\(terms[$0].pinyin!) (\(terms[$0].key))" }.joined(separator: ", ")
            conflicts.append(GlossaryConflict(file: file, line: line, form: form, message: "two pinyin for one hanzi: \(list)"))
        }
        return conflicts
    }

    static func isHan(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ScriptRuns.scriptClass(of: $0) == .han }
    }

    /// Pinyin compared without case, spaces and apostrophes (tones count).
    static func normalizedPinyin(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0 != " " && $0 != "'" && $0 != "’" && $0 != "-" }.map(Character.init))
    }
}
