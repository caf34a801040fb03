import Foundation
import XCTest
@testable import CouncilLintCore

final class AtomicFileTests: XCTestCase {
    func test_writingToADevice_writesInPlace_andLeavesTheDeviceADevice() throws {
        try AtomicFile.write(Data("report".utf8), to: "/dev/null")
        var status = stat()
        XCTAssertEqual(stat("/dev/null", &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR, "/dev/null must stay a character device")
    }

    func test_replacesAFileWhole_andLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("lint.sarif").path
        try AtomicFile.write(Data("old and longer".utf8), to: target)
        try AtomicFile.write(Data("new".utf8), to: target)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "new")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["lint.sarif"])
    }
}
