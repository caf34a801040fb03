import Foundation

/// Reads `councillint-disable-next-line`, `councillint-disable` and `councillint-enable`
/// comments, with rules separated by commas and an optional reason after " -- ".
enum SuppressionCommentParser {
    /// `body` is the comment's text without `<!--` and `-->`.
    static func parse(_ body: Substring, line: Int) -> SuppressionComment? {
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        let directives: [(String, SuppressionComment.Scope)] = [
            ("councillint-disable-next-line", .nextLine),
            ("councillint-disable", .regionStart),
            ("councillint-enable", .regionEnd),
        ]
        guard let (keyword, scope) = directives.first(where: { trimmed.hasPrefix($0.0) }) else { return nil }
        var rest = trimmed.dropFirst(keyword.count)
        guard rest.isEmpty || rest.first!.isWhitespace else { return nil }
        var reason: String?
        if let separator = rest.range(of: "--") {
            let text = rest[separator.upperBound...].trimmingCharacters(in: .whitespaces)
            reason = text.isEmpty ? nil : text
            rest = rest[..<separator.lowerBound]
        }
        let rules = rest.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        return SuppressionComment(scope: scope, rules: rules, reason: reason, line: line)
    }
}
