/// The text of `councillint explain RULE`: what the rule checks, the protocol's words, how to
/// fix a finding, and the catalogue's examples.
public struct RuleExplanation {
    public let rule: RuleDescription

    public init(_ rule: RuleDescription) {
        self.rule = rule
    }

    public var text: String {
        var lines = [
            "\(rule.id) (\(rule.severity.rawValue)): \(rule.title)",
            "",
            rule.description,
            "",
            "Protocol: \(rule.protocol.citation)",
            "  \u{201C}\(rule.protocol.text)\u{201D}",
            "",
            "How to fix: \(rule.help)",
        ]
        func show(_ title: String, _ examples: [RuleExample]) {
            guard !examples.isEmpty else { return }
            lines += ["", title]
            for example in examples {
                let body = example.document.replacingOccurrences(of: "\u{2193}", with: "")
                    .split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "    \($0)" }.joined(separator: "\n")
                if let note = example.note { lines.append("  - \(note)") } else { lines.append("  -") }
                lines.append(body)
            }
        }
        show("Reported:", rule.examples.triggering)
        show("Not reported:", rule.examples.nonTriggering)
        return lines.joined(separator: "\n")
    }
}
