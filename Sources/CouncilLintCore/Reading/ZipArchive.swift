import CZlibInflate

/// A zip archive in memory, read as far as a Word document needs: the central directory's
/// entries and each entry's bytes, stored or deflated. Every offset and length is checked
/// against the bytes, inflating stops at a caller's size limit, and a deflate stream that does
/// not end inside its entry is damage. (ZIPFoundation, used before, trapped on an offset past
/// the end, kept the bytes of archives it refused, and on Linux inflated a stream cut short
/// forever; hostile documents found all three.)
struct ZipArchive {
    struct Entry {
        /// The name as stored, decoded as UTF-8 ("word/document.xml").
        let name: String
        let uncompressedSize: Int
        fileprivate let compressedSize: Int
        fileprivate let method: UInt16
        fileprivate let isEncrypted: Bool
        fileprivate let checksum: UInt32
        fileprivate let dataOffset: Int
    }

    enum Problem: Error, Equatable {
        /// No end record that can be read whole: not a zip, or one cut short.
        case noEndRecord
        /// An offset or a length points outside the archive, or a header is not where it should be.
        case damaged
        /// ZIP64 extensions, which a Word document within the size limit never needs.
        case zip64
    }

    enum ExtractionProblem: Error, Equatable {
        case tooLarge
        case damaged
        case checksumMismatch
        case unsupported(String)
    }

    private static let endRecordSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let centralHeaderSignature: UInt32 = 0x0201_4B50
    private static let localHeaderSignature: UInt32 = 0x0403_4B50
    private static let endRecordSize = 22, centralHeaderSize = 46, localHeaderSize = 30, zip64LocatorSize = 20

    let entries: [Entry]
    private let bytes: [UInt8]

    init(bytes: [UInt8]) throws(Problem) {
        guard let end = Self.endRecordOffset(bytes) else { throw .noEndRecord }
        if end >= Self.zip64LocatorSize, Self.value(bytes, end - Self.zip64LocatorSize, 4) == Self.zip64LocatorSignature {
            throw .zip64
        }
        var entries: [Entry] = []
        var header = Self.value(bytes, end + 16, 4)
        for _ in 0..<Self.value(bytes, end + 10, 2) {
            let entry = try Self.entry(at: header, in: bytes)
            entries.append(entry.entry)
            header = entry.next
        }
        self.entries = entries
        self.bytes = bytes
    }

    /// The central directory entry at `offset`, checked down to its data, and where the next one starts.
    private static func entry(at offset: Int, in bytes: [UInt8]) throws(Problem) -> (entry: Entry, next: Int) {
        guard offset + centralHeaderSize <= bytes.count, value(bytes, offset, 4) == centralHeaderSignature else { throw .damaged }
        let compressedSize = value(bytes, offset + 20, 4), uncompressedSize = value(bytes, offset + 24, 4)
        let localOffset = value(bytes, offset + 42, 4)
        // All ones defers the real value to a ZIP64 extra field.
        if [compressedSize, uncompressedSize, localOffset].contains(0xFFFF_FFFF) || value(bytes, offset + 34, 2) == 0xFFFF {
            throw .zip64
        }
        let nameStart = offset + centralHeaderSize, nameLength = value(bytes, offset + 28, 2)
        let next = nameStart + nameLength + value(bytes, offset + 30, 2) + value(bytes, offset + 32, 2)
        guard next <= bytes.count else { throw .damaged }
        guard localOffset + localHeaderSize <= bytes.count, value(bytes, localOffset, 4) == localHeaderSignature else { throw .damaged }
        let dataOffset = localOffset + localHeaderSize + value(bytes, localOffset + 26, 2) + value(bytes, localOffset + 28, 2)
        guard dataOffset + compressedSize <= bytes.count else { throw .damaged }
        let flags = value(bytes, offset + 8, 2)
        let entry = Entry(name: String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self),
                          uncompressedSize: uncompressedSize, compressedSize: compressedSize,
                          method: UInt16(value(bytes, offset + 10, 2)), isEncrypted: flags & 1 == 1,
                          checksum: UInt32(value(bytes, offset + 16, 4)), dataOffset: dataOffset)
        return (entry, next)
    }

    /// The entry's bytes, refused once they would pass `limit`.
    func contents(of entry: Entry, limit: Int) throws(ExtractionProblem) -> [UInt8] {
        guard !entry.isEncrypted else { throw .unsupported("it is encrypted") }
        let data = bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)]
        let contents: [UInt8]
        switch entry.method {
        case 0:
            guard data.count <= limit else { throw .tooLarge }
            contents = Array(data)
        case 8:
            contents = try Self.inflate(data, limit: limit, expectedSize: entry.uncompressedSize)
        default:
            throw .unsupported("compression method \(entry.method)")
        }
        let checksum = contents.withUnsafeBufferPointer { UInt32(truncatingIfNeeded: crc32(0, $0.baseAddress, uInt($0.count))) }
        guard checksum == entry.checksum else { throw .checksumMismatch }
        return contents
    }

    /// Raw deflate, in a loop that ends: every pass consumes input or produces output, and output is capped.
    private static func inflate(_ data: ArraySlice<UInt8>, limit: Int, expectedSize: Int) throws(ExtractionProblem) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw .damaged }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(expectedSize, limit))
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let outcome: ExtractionProblem? = data.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return CZlibInflate.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                guard output.count + produced <= limit else { return .tooLarge }
                output.append(contentsOf: chunk[..<produced])
                if status == Z_STREAM_END { return nil }
                // Z_BUF_ERROR: no progress was possible, so the stream stops short of its end.
                guard status == Z_OK else { return .damaged }
            }
        }
        if let outcome { throw outcome }
        return output
    }

    /// The end record nearest the end of the bytes whose comment fits inside them.
    private static func endRecordOffset(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= endRecordSize else { return nil }
        return stride(from: bytes.count - endRecordSize, through: 0, by: -1).first { offset in
            bytes[offset] == 0x50 && value(bytes, offset, 4) == endRecordSignature
                && offset + endRecordSize + value(bytes, offset + 20, 2) <= bytes.count
        }
    }

    /// The little-endian unsigned number of `width` bytes at `offset` (which the caller keeps in bounds).
    private static func value(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> Int {
        (0..<width).reduce(0) { result, index in result | Int(bytes[offset + index]) << (8 * index) }
    }
}
