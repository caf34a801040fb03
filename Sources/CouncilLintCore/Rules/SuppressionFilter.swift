import Foundation

/// Removes findings switched off by suppression comments in the document or `ignore` entries
/// of the profile, and reports comments without a reason or that suppress nothing.
struct SuppressionFilter {
    static let ruleID = "suppression-comment"

    let document: Document
    let profile: CouncilProfile?

    func apply(to findings: [Finding]) -> [Finding] {
        let comments = document.suppressions
        var used = Set<Int>()
        var kept: [Finding] = []
        for finding in findings {
            if let index = suppressingComment(for: finding, comments: comments) {
                used.insert(index)
                continue
            }
            if isIgnoredByProfile(finding) { continue }
            kept.append(finding)
        }
        for (index, comment) in comments.enumerated() where comment.scope != .regionEnd {
            if comment.reason == nil {
                kept.append(note(at: comment.line, "suppression comment has no reason: add one after \" -- \""))
            }
            if !used.contains(index) {
                let rules = comment.rules.isEmpty ? "any rule" : comment.rules.joined(separator: ", ")
                kept.append(note(at: comment.line, "suppression comment for \(rules) suppresses nothing: remove it"))
            }
        }
        return kept
    }

    private func suppressingComment(for finding: Finding, comments: [SuppressionComment]) -> Int? {
        let line = finding.range.start.line
        for (index, comment) in comments.enumerated() where comment.rules.isEmpty || comment.rules.contains(finding.rule) {
            switch comment.scope {
            case .nextLine:
                if let block = document.blocks.first(where: { $0.startPosition.line > comment.line }) {
                    let lastLine = block.anchors.last?.position.line ?? block.startPosition.line
                    if line >= block.startPosition.line && line <= lastLine { return index }
                }
            case .regionStart:
                let end = comments[(index + 1)...].first { other in
                    other.scope == .regionEnd && (other.rules.isEmpty || comment.rules.isEmpty || !Set(other.rules).isDisjoint(with: comment.rules))
                }?.line ?? Int.max
                if line > comment.line && line < end { return index }
            case .regionEnd:
                continue
            }
        }
        return nil
    }

    private func isIgnoredByProfile(_ finding: Finding) -> Bool {
        guard let entries = profile?.ignore else { return false }
        return entries.contains { entry in
            guard entry.rule == finding.rule || entry.rule == "*" else { return false }
            if let contains = entry.contains, !finding.excerpt.localizedCaseInsensitiveContains(contains) { return false }
            return Self.path(finding.path, matches: entry.file)
        }
    }

    /// Whether `path`, or any tail of it starting after a "/", matches the glob `pattern`.
    static func path(_ path: String, matches pattern: String) -> Bool {
        var candidate = Substring(path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
        while true {
            if fnmatch(pattern, String(candidate), 0) == 0 { return true }
            guard let slash = candidate.firstIndex(of: "/") else { return false }
            candidate = candidate[candidate.index(after: slash)...]
        }
    }

    private func note(at line: Int, _ message: String) -> Finding {
        let position = SourcePosition(line: line, column: 1)
        return Finding(rule: Self.ruleID, severity: .info, path: document.path,
                       range: SourceRange(start: position, end: position), message: message,
                       excerpt: String(document.sourceLine(line)), citation: "")
    }
}
