import Foundation

/// JUnit XML in the Ant schema that CI test views read: one suite "councillint"; a passing test
/// case per clean file, a failing one per finding at or above warning, an errored one per
/// unreadable file. The schema allows one failure per test case, hence a case per finding.
/// Info findings are not failures: they go to the suite's system-out.
public struct JUnitReporter: Reporter {
    private static let suiteName = "councillint"

    /// When the run happened: the schema requires a timestamp, and a fixed one keeps output reproducible.
    public var timestamp: Date

    public init(timestamp: Date = Date()) {
        self.timestamp = timestamp
    }

    public func render(_ report: LintReport) -> String {
        var cases: [TestCase] = []
        var notes: [String] = []
        for file in report.files {
            if let error = file.error {
                cases.append(TestCase(classname: file.path, name: file.path,
                                      outcome: .error(message: error.message, type: "read-error", body: error.description)))
                continue
            }
            let failing = file.findings.filter { $0.severity >= .warning }
            notes += file.findings.filter { $0.severity < .warning }.map { Self.note($0, location: $0.locationDescription) }
            cases += failing.isEmpty
                ? [TestCase(classname: file.path, name: file.path, outcome: .passed)]
                : failing.map { Self.failingCase($0, classname: file.path, location: $0.locationDescription) }
        }
        for finding in report.runFindings {
            if finding.severity >= .warning {
                cases.append(Self.failingCase(finding, classname: Self.suiteName, location: Self.suiteName))
            } else {
                notes.append(Self.note(finding, location: Self.suiteName))
            }
        }
        return document(cases: cases, notes: notes)
    }

    private static func failingCase(_ finding: Finding, classname: String, location: String) -> TestCase {
        TestCase(classname: classname, name: "\(location) [\(finding.rule)]", outcome: .failure(
            message: "[\(finding.rule)] \(finding.message)", type: finding.rule,
            body: "\(location): \(finding.severity.rawValue): \(finding.message)"))
    }

    private static func note(_ finding: Finding, location: String) -> String {
        "\(location): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]"
    }

    private func document(cases: [TestCase], notes: [String]) -> String {
        let failures = cases.filter { if case .failure = $0.outcome { true } else { false } }.count
        let errors = cases.filter { if case .error = $0.outcome { true } else { false } }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuite name=\"\(Self.suiteName)\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\""
        xml += " time=\"0\" timestamp=\"\(Self.schemaTimestamp(timestamp))\" hostname=\"localhost\">\n"
        xml += "  <properties>\n"
        xml += "    <property name=\"councillint.version\" value=\"\(XMLEscaping.escapedAttribute(CouncilLint.version))\"/>\n"
        xml += "  </properties>\n"
        for testCase in cases { xml += testCase.xml }
        xml += notes.isEmpty
            ? "  <system-out/>\n"
            : "  <system-out>" + XMLEscaping.escapedText(notes.joined(separator: "\n")) + "</system-out>\n"
        xml += "  <system-err/>\n"
        xml += "</testsuite>\n"
        return xml
    }

    /// The schema's pattern: UTC, seconds, no zone designator.
    private static func schemaTimestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func padded(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(parts.year, 4))-\(padded(parts.month, 2))-\(padded(parts.day, 2))"
            + "T\(padded(parts.hour, 2)):\(padded(parts.minute, 2)):\(padded(parts.second, 2))"
    }
}

private struct TestCase {
    enum Outcome {
        case passed
        case failure(message: String, type: String, body: String)
        case error(message: String, type: String, body: String)
    }

    let classname: String
    let name: String
    let outcome: Outcome

    var xml: String {
        let opening = "  <testcase classname=\"\(XMLEscaping.escapedAttribute(classname))\""
            + " name=\"\(XMLEscaping.escapedAttribute(name))\" time=\"0\""
        switch outcome {
        case .passed:
            return opening + "/>\n"
        case .failure(let message, let type, let body):
            return opening + ">\n" + Self.child("failure", message: message, type: type, body: body) + "  </testcase>\n"
        case .error(let message, let type, let body):
            return opening + ">\n" + Self.child("error", message: message, type: type, body: body) + "  </testcase>\n"
        }
    }

    private static func child(_ element: String, message: String, type: String, body: String) -> String {
        "    <\(element) message=\"\(XMLEscaping.escapedAttribute(message))\" type=\"\(XMLEscaping.escapedAttribute(type))\">"
            + XMLEscaping.escapedText(body) + "</\(element)>\n"
    }
}
