/// Checks that every place a zip's directory sends a reader to lies inside the bytes, before
/// ZIPFoundation reads them: its in-memory archive traps on a seek past the end of its data
/// (weichsel/ZIPFoundation#394), so a crafted offset would crash the run, and it leaks the
/// bytes of an archive whose end record it cannot read. The walk follows ZIPFoundation's own:
/// the end record nearest the end, then each central directory entry, its local header, its
/// data and its data descriptor.
enum ZipDirectoryBounds {
    enum Problem: Equatable {
        /// No end record that can be read whole: not a zip, or one cut short.
        case noEndRecord
        /// An offset or a length points outside the archive.
        case outOfBounds
        /// ZIP64 extensions, which a Word document within the size limit never needs.
        case zip64
    }

    private static let endRecordSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let centralHeaderSignature: UInt32 = 0x0201_4B50
    private static let localHeaderSignature: UInt32 = 0x0403_4B50
    private static let endRecordSize = 22, centralHeaderSize = 46, localHeaderSize = 30, zip64LocatorSize = 20

    /// The first problem found; nil when every offset is in bounds.
    static func problem(in bytes: [UInt8]) -> Problem? {
        guard let end = endRecordOffset(bytes),
              UInt64(end + endRecordSize) + value(bytes, end + 20, 2) <= UInt64(bytes.count) else { return .noEndRecord }
        if end > zip64LocatorSize, value(bytes, end - zip64LocatorSize, 4) == zip64LocatorSignature { return .zip64 }
        let entryCount = value(bytes, end + 10, 2)
        var header = value(bytes, end + 16, 4)
        for _ in 0..<entryCount {
            guard header + UInt64(centralHeaderSize) <= UInt64(bytes.count) else { return .outOfBounds }
            let at = Int(header)
            guard value(bytes, at, 4) == centralHeaderSignature else { return .outOfBounds }
            let compressedSize = value(bytes, at + 20, 4), uncompressedSize = value(bytes, at + 24, 4)
            let localOffset = value(bytes, at + 42, 4)
            // All ones defers the real value to a ZIP64 extra field.
            if [compressedSize, uncompressedSize, localOffset].contains(0xFFFF_FFFF) || value(bytes, at + 34, 2) == 0xFFFF {
                return .zip64
            }
            header += UInt64(centralHeaderSize) + value(bytes, at + 28, 2) + value(bytes, at + 30, 2) + value(bytes, at + 32, 2)
            guard header <= UInt64(bytes.count) else { return .outOfBounds }

            guard localOffset + UInt64(localHeaderSize) <= UInt64(bytes.count),
                  value(bytes, Int(localOffset), 4) == localHeaderSignature else { return .outOfBounds }
            let local = Int(localOffset)
            let dataOffset = localOffset + UInt64(localHeaderSize) + value(bytes, local + 26, 2) + value(bytes, local + 28, 2)
            let isStored = value(bytes, at + 10, 2) == 0
            // The data, and a data descriptor's position right after it, must both lie inside.
            guard dataOffset + (isStored ? uncompressedSize : compressedSize) <= UInt64(bytes.count) else {
                return .outOfBounds
            }
        }
        return nil
    }

    /// Where ZIPFoundation finds the end record: the signature nearest the end, at least 22 bytes from it.
    private static func endRecordOffset(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= endRecordSize else { return nil }
        return stride(from: bytes.count - endRecordSize, through: 0, by: -1).first {
            bytes[$0] == 0x50 && value(bytes, $0, 4) == endRecordSignature
        }
    }

    /// The little-endian unsigned number of `width` bytes at `offset` (which the caller keeps in bounds).
    private static func value(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> UInt64 {
        (0..<width).reduce(UInt64(0)) { result, index in result | UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
    }
}
