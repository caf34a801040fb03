import XCTest
@testable import CouncilLintCore

/// The byte-level answers the readers rest on, each against what Swift or the scalar-level
/// definition says.
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

    func test_firstIndex_findsTheFirstOfThreeBytes_inAnyLaneAndFromAnyStart() {
        let text = Array("Item 7. Agreed! Was it? No — 25/041.".utf8)
        let wanted: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]
        for start in 0...text.count {
            let expected = text[start...].firstIndex(where: wanted.contains) ?? text.count
            let found = text.withUnsafeBufferPointer {
                UTF8Bytes.firstIndex(of: UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), in: $0, from: start)
            }
            XCTAssertEqual(found, expected, "from \(start)")
        }
        // A byte one above a wanted one borrows in the lane arithmetic: it must not be taken for it.
        let neighbours = Array("//////@@@@\"\"\"\"".utf8)
        XCTAssertEqual(neighbours.withUnsafeBufferPointer {
            UTF8Bytes.firstIndex(of: UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), in: $0, from: 0)
        }, neighbours.count)
    }

    func test_forEachByte_passesEveryByteBelowTheLimit_andNoOther() {
        var bytes: [UInt8] = []
        for value in 0...255 { bytes.append(UInt8(value)); bytes.append(contentsOf: "abc".utf8) }
        for limit: UInt8 in [0x01, 0x20, 0x21, 0x80] {
            for length in [0, 7, 8, 9, bytes.count] {
                var passed: [UInt8] = []
                bytes.withUnsafeBufferPointer { UTF8Bytes.forEachByte(below: limit, in: UnsafeBufferPointer(rebasing: $0[..<length])) { passed.append($0) } }
                XCTAssertEqual(passed, bytes[..<length].filter { $0 < limit }, "below \(limit), \(length) bytes")
            }
        }
    }

    func test_blockText_foldsSpaceRuns_andPlacesEveryCharacter_wherePlainStretchesMeetSpacesInAnyLane() throws {
        // Runs whose stretches of plain ASCII are cut by doubled, trailing or non-ASCII spaces,
        // tabs and typographic characters at every offset of the eight-byte lanes.
        var runs: [String] = []
        for offset in 0..<10 {
            let lead = String(repeating: "x", count: offset)
            runs += [lead + "ab  cd ef", lead + "a b c d e f g h ", lead + "ab\tcd", lead + "ab\u{00A0}cd e", lead + "“ab” – cd  e",
                     lead + "abcdefg hijklmn opq", lead + "abcdefgh ", lead + "a  "]
        }
        for run in runs {
            var builder = BlockTextBuilder()
            builder.append(run, at: SourcePosition(line: 3, column: 5))
            let block = try XCTUnwrap(builder.build(kind: .paragraph))
            let words = run.split(whereSeparator: { $0.unicodeScalars.allSatisfy(BlockTextBuilder.isFoldable) })
            XCTAssertEqual(block.text, words.joined(separator: " "), run)
            // Every character of the text sits at its own column of the run.
            var sourceColumn = [Int]()
            for (column, scalar) in run.unicodeScalars.enumerated() where !BlockTextBuilder.isFoldable(scalar) {
                sourceColumn.append(5 + column)
            }
            var textColumns = [Int]()
            var offset = 0
            for scalar in block.text.unicodeScalars {
                if scalar != " " { textColumns.append(block.position(atUTF8Offset: offset).column) }
                offset += String(scalar).utf8.count
            }
            XCTAssertEqual(textColumns, sourceColumn, run)
        }
    }

    func test_foldableLength_agreesWithIsFoldable_forEveryScalarOfTheBasicPlane() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8) + [UInt8(ascii: "x")]
            let length = bytes.withUnsafeBufferPointer { BlockTextBuilder.foldableLength($0, at: 0) }
            XCTAssertEqual(length, BlockTextBuilder.isFoldable(scalar) ? bytes.count - 1 : 0, "U+\(String(value, radix: 16))")
        }
    }

    func test_plainLines_holdOnlyScalarsThatStandAloneAsCharacters() {
        // On a plain line the bytes answer for Characters: no scalar may join its neighbours.
        var plainScalars = 0
        for value in UInt32(0x20)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            guard bytes.withUnsafeBufferPointer({ LineText($0).isPlain }) else { continue }
            plainScalars += 1
            XCTAssertEqual("a\(scalar)a".count, 3, "U+\(String(value, radix: 16)) joins a neighbour")
        }
        XCTAssertGreaterThan(plainScalars, 700, "the Latin and punctuation ranges are plain")
    }
}
