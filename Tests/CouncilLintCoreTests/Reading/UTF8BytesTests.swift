import XCTest
@testable import CouncilLintCore

/// The byte counts the readers' columns rest on, which go eight bytes at a time.
final class UTF8BytesTests: XCTestCase {
    func test_scalarCount_agreesWithSwift_atEveryLengthAndOffset() {
        let text = "Cllr Ó Súilleabháin — 12 May · item 25/041 ✓ 👍🏽 café naïve"
        let bytes = Array(text.utf8)
        for start in 0..<12 {
            for end in start...bytes.count {
                let slice = bytes[start..<end]
                // Only whole scalars: a slice that starts or ends inside one is not what readers pass.
                guard let string = String(bytes: slice, encoding: .utf8) else { continue }
                let counted = slice.withUnsafeBufferPointer { UTF8Bytes.scalarCount($0) }
                XCTAssertEqual(counted, string.unicodeScalars.count, "bytes \(start)..<\(end)")
            }
        }
    }

    func test_asciiPrefixLength_stopsAtTheFirstNonASCIIByteInAnyLane() {
        for position in 0..<20 {
            var bytes = Array(repeating: UInt8(ascii: "a"), count: 20)
            bytes[position] = 0xC3
            XCTAssertEqual(bytes.withUnsafeBufferPointer { UTF8Bytes.asciiPrefixLength($0) }, position)
        }
    }
}
