/// Reads XHTML (libxml2's XML parser) and HTML (libxml2's HTML parser).
public struct MarkupReader: DocumentReader {
    public enum Dialect: Sendable { case xhtml, html }
    public let dialect: Dialect

    public init(dialect: Dialect) {
        self.dialect = dialect
    }

    public func read(bytes: [UInt8], path: String) throws(ReadError) -> Document {
        throw ReadError(path: path, message: "markup is not read yet")
    }
}
