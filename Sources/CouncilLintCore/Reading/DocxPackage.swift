/// The zip container of a Word document. Parts are extracted under one uncompressed-size
/// budget, checked against each entry's declared size and again while inflating, because
/// a zip bomb can lie in its headers.
struct DocxPackage {
    private let archive: ZipArchive
    private let path: String
    private let maximumUncompressedSize: Int
    private var extractedSize = 0

    init(bytes: [UInt8], path: String, maximumUncompressedSize: Int) throws(ReadError) {
        do {
            archive = try ZipArchive(bytes: bytes)
        } catch .noEndRecord where !bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw ReadError(path: path, message: "not a Word document (not a zip archive)")
        } catch .zip64 {
            throw ReadError(path: path, message: "not a Word document (the zip archive uses ZIP64 extensions, "
                + "which no Word document within the size limit needs)")
        } catch {
            throw ReadError(path: path, message: "not a Word document (the zip archive is damaged or truncated)")
        }
        self.path = path
        self.maximumUncompressedSize = maximumUncompressedSize
    }

    /// The bytes of part `name` ("word/document.xml"), or nil when the package has no such part.
    mutating func part(_ name: String) throws(ReadError) -> [UInt8]? {
        // Part names in a package are case-insensitive (ECMA-376 part 2, 9.1.1).
        let lowercasedName = name.lowercased()
        guard let entry = archive.entries.first(where: { $0.name.lowercased() == lowercasedName }) else { return nil }
        let remaining = maximumUncompressedSize - extractedSize
        if entry.uncompressedSize > remaining {
            throw tooLarge(name, declaredSize: entry.uncompressedSize)
        }
        let bytes: [UInt8]
        do {
            bytes = try archive.contents(of: entry, limit: remaining)
        } catch .tooLarge {
            throw tooLarge(name, declaredSize: nil)
        } catch .checksumMismatch {
            throw ReadError(path: path, message: "not a Word document (\(name) is damaged: checksum mismatch)")
        } catch .unsupported(let reason) {
            throw ReadError(path: path, message: "not a Word document (\(name) cannot be unpacked: \(reason))")
        } catch {
            throw ReadError(path: path, message: "not a Word document (\(name) is damaged and cannot be unpacked)")
        }
        extractedSize += bytes.count
        return bytes
    }

    private func tooLarge(_ name: String, declaredSize: Int?) -> ReadError {
        let limit = Self.describe(size: maximumUncompressedSize)
        let alone = declaredSize.map { $0 > maximumUncompressedSize } ?? (extractedSize == 0)
        let message = alone
            ? "\(name) is larger than \(limit) uncompressed; refusing to read (zip bomb?)"
            : "the parts of this document are larger than \(limit) uncompressed in all; refusing to read (zip bomb?)"
        return ReadError(path: path, message: message)
    }

    private static func describe(size: Int) -> String {
        let mebibyte = 1 << 20
        return size % mebibyte == 0 ? "\(size / mebibyte) MiB" : "\(size) bytes"
    }
}
