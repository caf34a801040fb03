import CouncilLintCore

/// The fuzzer's bytes, copied out of libFuzzer's buffer (which must not be kept).
public func fuzzBytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
}

/// Reads the bytes with one reader: a `ReadError` is an answer; a crash, a hang or a block
/// anchored outside its own text or the source lines is a failure.
public func fuzzRead(_ reader: some DocumentReader, _ bytes: [UInt8], path: String) {
    guard let document = try? reader.read(bytes: bytes, path: path) else { return }
    for block in document.blocks {
        for anchor in block.anchors {
            precondition((0...block.text.utf8.count).contains(anchor.textOffset), "anchor past the end of its block's text")
            precondition(anchor.position.line >= 1 && anchor.position.column >= 1, "anchor before line 1, column 1")
            precondition(document.sourceLines.isEmpty || anchor.position.line <= document.sourceLines.count,
                         "anchor on line \(anchor.position.line) of \(document.sourceLines.count)")
        }
        _ = block.sourceRange(utf8Range: 0..<block.text.utf8.count)
    }
}
