import Foundation
import XCTest
@testable import CouncilLintCore

/// Folders as they are found on disk: loops, pipes, files that vanish mid-run, many files at once.
final class FileSystemSafetyTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fs-safety-\(UUID().uuidString)")
            .resolvingSymlinksInPath().path
        try FileManager.default.createDirectory(atPath: folder + "/minutes/2025", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func write(_ text: String, to name: String) throws {
        try text.write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
    }

    private var linter: Linter { Linter(catalogue: .builtIn, options: Linter.Options(discoverProfiles: false)) }

    func test_symlinkLoops_areVisitedOnce_andTheWalkEnds() throws {
        try write(SampleMinutes.clean, to: "minutes/2025/april.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/minutes/2025/again", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder + "/minutes/self", withDestinationPath: folder + "/minutes")
        try FileManager.default.createSymbolicLink(atPath: folder + "/minutes/dangling.txt", withDestinationPath: "nowhere.txt")
        let inputs = InputExpander.expand([folder + "/minutes"])
        XCTAssertEqual(inputs.map(\.displayPath), [folder + "/minutes/2025/april.txt"])
    }

    func test_namedPipeInAFolder_isSkipped_soTheRunCannotBlockOnIt() throws {
        try write(SampleMinutes.clean, to: "minutes/april.txt")
        XCTAssertEqual(mkfifo(folder + "/minutes/pipe.txt", 0o644), 0, String(cString: strerror(errno)))
        let inputs = InputExpander.expand([folder + "/minutes"])
        XCTAssertEqual(inputs.map(\.displayPath), [folder + "/minutes/april.txt"])
    }

    func test_fileOverTheSizeLimit_isRefusedUnread_andTheOthersAreLinted() throws {
        try write(SampleMinutes.withCapabilityMatter, to: "minutes/april.txt")
        // A sparse file, 64 GB long on paper and nothing on disk: more than the machine's memory,
        // so the run only passes if the file is refused before it is read.
        let huge = folder + "/minutes/archive.txt"
        XCTAssertTrue(FileManager.default.createFile(atPath: huge, contents: nil))
        XCTAssertEqual(truncate(huge, 64 << 30), 0, String(cString: strerror(errno)))
        let report = linter.lint(InputExpander.expand([folder + "/minutes"]))
        let refused = try XCTUnwrap(report.files.first { $0.path == huge })
        XCTAssertEqual(refused.error?.description, huge + ": too large to lint (65536 MB; documents over 256 MB are refused)")
        XCTAssertFalse(try XCTUnwrap(report.files.first { $0.path.hasSuffix("april.txt") }).findings.isEmpty)
    }

    func test_bytesOverTheSizeLimit_areRefused_whereverTheyComeFrom() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: DocumentReaders.maximumSize + 1)
        let report = linter.lint(bytes: bytes, path: "-", format: .plainText, profile: nil)
        XCTAssertEqual(report.error?.message, "too large to lint (256 MB; documents over 256 MB are refused)")
    }

    func test_fileRemovedDuringTheRun_isALocatedError_andTheOthersAreLinted() throws {
        for name in ["april", "may", "june"] { try write(SampleMinutes.withCapabilityMatter, to: "minutes/\(name).txt") }
        let inputs = InputExpander.expand([folder + "/minutes"])
        try FileManager.default.removeItem(atPath: folder + "/minutes/may.txt")
        let report = linter.lint(inputs)
        XCTAssertEqual(report.files.map { URL(fileURLWithPath: $0.path).lastPathComponent }, ["april.txt", "june.txt", "may.txt"])
        let removed = try XCTUnwrap(report.files.first { $0.path.hasSuffix("may.txt") })
        XCTAssertEqual(removed.error?.description, folder + "/minutes/may.txt: no such file")
        for file in report.files where file.path != removed.path {
            XCTAssertNil(file.error)
            XCTAssertEqual(file.findings.map(\.rule), ["staff-capability-in-public"], file.path)
        }
    }

    func test_folderNamedLikeADocument_isWalked_notRead() throws {
        try FileManager.default.createDirectory(atPath: folder + "/minutes/old.txt", withIntermediateDirectories: true)
        try write(SampleMinutes.clean, to: "minutes/old.txt/april.txt")
        XCTAssertEqual(InputExpander.expand([folder + "/minutes"]).map(\.displayPath), [folder + "/minutes/old.txt/april.txt"])
        XCTAssertEqual(linter.lint(.file(folder + "/minutes/old.txt")).error?.message, "is a directory")
    }

    func test_fileOfAnySize_isReadWhole() throws {
        for size in [0, 1, 4_095, 4_096, 4_097, 200_000] {
            let bytes = (0..<size).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            let path = folder + "/minutes/\(size).txt"
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            XCTAssertEqual(try LintInput.file(path).read(), bytes, "\(size) bytes")
        }
    }

    func test_fileWhoseSizeIsUnknownBeforeItIsRead_isReadToItsEnd() throws {
        // Files of /proc say they are empty until read.
        let expected = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "/proc/self/cmdline")))
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(try LintInput.file("/proc/self/cmdline").read(), expected)
    }

    func test_pathThroughAFile_isNoSuchFile() throws {
        try write(SampleMinutes.clean, to: "minutes/april.txt")
        XCTAssertEqual(linter.lint(.file(folder + "/minutes/april.txt/may.txt")).error?.message, "no such file")
    }

    func test_linksToFilesAndFolders_areFollowed() throws {
        try write(SampleMinutes.clean, to: "minutes/2025/april.txt")
        try FileManager.default.createDirectory(atPath: folder + "/archive", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/archive/latest.txt", withDestinationPath: folder + "/minutes/2025/april.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/archive/minutes", withDestinationPath: folder + "/minutes")
        XCTAssertEqual(InputExpander.expand([folder + "/archive"]).map(\.displayPath),
                       [folder + "/archive/latest.txt", folder + "/archive/minutes/2025/april.txt"])
    }

    /// Many files at once through the parallel linter, each with the profile of its folder:
    /// the run ThreadSanitizer checks (scripts/sanitize).
    func test_manyFilesInParallel_eachGetTheirOwnReport_inInputOrder() throws {
        try CouncilProfile.starterJSON.write(toFile: folder + "/minutes/" + ProfileLocator.fileName, atomically: true, encoding: .utf8)
        for index in 0..<120 {
            let text = index.isMultiple(of: 3) ? SampleMinutes.withCapabilityMatter : SampleMinutes.clean
            try write(text, to: "minutes/2025/\(String(format: "%03d", index)).\(index.isMultiple(of: 2) ? "txt" : "md")")
        }
        let inputs = InputExpander.expand([folder + "/minutes"])
        XCTAssertEqual(inputs.count, 120)
        let report = Linter(catalogue: .builtIn).lint(inputs)
        XCTAssertEqual(report.files.map(\.path), inputs.map(\.displayPath))
        for (index, file) in report.files.enumerated() {
            XCTAssertNil(file.error, file.path)
            XCTAssertEqual(file.findings.contains { $0.rule == "staff-capability-in-public" }, index.isMultiple(of: 3), file.path)
        }
    }
}
