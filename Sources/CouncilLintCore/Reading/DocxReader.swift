/// Reads Word `.docx` files (word/document.xml inside the zip).
public struct DocxReader: DocumentReader {
    public init() {}

    public func read(bytes: [UInt8], path: String) throws(ReadError) -> Document {
        throw ReadError(path: path, message: "Word documents are not read yet")
    }
}
