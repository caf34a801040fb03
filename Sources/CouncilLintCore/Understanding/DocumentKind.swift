/// What a council document is, as detected from its content.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case minutes
    case agenda
    case pressRelease = "press-release"
    case unknown
}
