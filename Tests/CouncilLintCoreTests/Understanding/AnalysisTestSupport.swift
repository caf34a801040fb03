import Foundation
@testable import CouncilLintCore

/// Reads a document given as text in a format and analyses it, as the linter does.
func analyse(_ text: String, format: DocumentFormat = .plainText, profile: CouncilProfile? = nil,
             kind: DocumentKind? = nil) throws -> AnalysedDocument {
    let document = try DocumentReaders.reader(for: format).read(bytes: Array(text.utf8), path: "test")
    return AnalysedDocument(document, profile: profile, kind: kind)
}

extension AnalysedDocument {
    /// The first sentence containing `fragment`.
    func sentence(containing fragment: String) -> Sentence? {
        text.sentences.first { $0.text.contains(fragment) }
    }

    func session(of fragment: String) -> Session? {
        sentence(containing: fragment).map { session(of: $0) }
    }

    func itemLabel(of fragment: String) -> String? {
        sentence(containing: fragment).flatMap { text.item(of: $0)?.label }
    }

    func memberName(_ id: Int) -> String { meeting.directory.identities[id].displayName }
}
