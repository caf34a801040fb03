import Foundation
import ZIPFoundation

/// Random bytes almost never make a zip that unpacks, so input that is not already a zip
/// becomes word/document.xml of a package built around it: that fuzzes the XML and the body.
public func fuzzWordPackage(_ bytes: [UInt8]) -> [UInt8] {
    if bytes.starts(with: [0x50, 0x4B]) { return bytes }
    guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil) else { return bytes }
    let parts: [(String, Data)] = [
        ("[Content_Types].xml", Data(#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8)),
        ("word/document.xml", Data(bytes)),
    ]
    for (name, data) in parts {
        try? archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return archive.data.map { Array($0) } ?? bytes
}
