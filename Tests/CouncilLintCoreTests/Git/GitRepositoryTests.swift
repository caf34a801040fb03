import XCTest
@testable import CouncilLintCore

final class GitRepositoryTests: XCTestCase {
    private var repository: TemporaryGitRepository!

    override func setUpWithError() throws {
        repository = try TemporaryGitRepository()
    }

    override func tearDown() {
        repository = nil
    }

    private func git(in subfolder: String = "") throws -> GitRepository {
        try GitRepository(directory: repository.root + "/" + subfolder)
    }

    func test_root_isTheTopOfTheWorkingTree_fromASubfolder() throws {
        try repository.write("minutes/2025/a.txt", "x")
        XCTAssertEqual(try git(in: "minutes/2025").root, repository.root)
    }

    func test_aFolderOutsideARepository_isNotAGitRepository() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("not-git-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        XCTAssertThrowsError(try GitRepository(directory: outside)) { error in
            XCTAssertEqual("\(error)", "\(outside): not a git repository (nor is any folder above it)")
        }
    }

    func test_stagedFiles_beforeTheFirstCommit_areEveryAddedFile() throws {
        try repository.write("minutes/a.txt", SampleMinutes.clean)
        try repository.write("notes.md", "# Notes")
        try repository.git("add", "-A")
        XCTAssertEqual(try git().stagedFiles().map(\.path), ["minutes/a.txt", "notes.md"])
    }

    func test_stagedFiles_leaveOutDeletedUnstagedAndLinkedFiles() throws {
        try repository.write("kept.txt", "kept")
        try repository.write("deleted.txt", "deleted")
        try repository.commitAll()
        try repository.write("kept.txt", "kept, edited")
        try repository.write("new.txt", "new")
        try repository.write("unstaged.txt", "not added")
        try FileManager.default.createSymbolicLink(atPath: repository.root + "/link.txt", withDestinationPath: "kept.txt")
        try repository.git("add", "kept.txt", "new.txt", "link.txt")
        try repository.git("rm", "-q", "deleted.txt")
        XCTAssertEqual(try git().stagedFiles().map(\.path), ["kept.txt", "new.txt"])
    }

    func test_stagedContents_areTheIndexVersion_notTheWorkingTree() throws {
        try repository.write("a.txt", "staged version\n")
        try repository.write("b.txt", "")
        try repository.git("add", "-A")
        try repository.write("a.txt", "working-tree version\n")
        let gitRepository = try git()
        let contents = try gitRepository.contents(ofBlobs: try gitRepository.stagedFiles().map(\.blob))
        XCTAssertEqual(contents.map { String(decoding: $0, as: UTF8.self) }, ["staged version\n", ""])
    }

    func test_changedFiles_sinceARevision_includeWorkingTreeEdits_notUntrackedFiles() throws {
        try repository.write("old.txt", "old")
        try repository.write("edited.txt", "v1")
        try repository.commitAll()
        let first = try repository.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        try repository.write("committed.txt", "later")
        try repository.commitAll("Later")
        try repository.write("edited.txt", "v2, not committed")
        try repository.write("untracked.txt", "never added")
        XCTAssertEqual(try git().changedFiles(since: first), ["committed.txt", "edited.txt"])
        XCTAssertEqual(try git().changedFiles(since: "HEAD"), ["edited.txt"])
    }

    func test_unknownRevision_isAClearError() throws {
        try repository.write("a.txt", "a")
        try repository.commitAll()
        XCTAssertThrowsError(try git().changedFiles(since: "origin/nowhere")) { error in
            XCTAssertTrue("\(error)".hasPrefix("unknown git revision 'origin/nowhere'"), "\(error)")
        }
        XCTAssertThrowsError(try git().changedFiles(since: "--output=/tmp/x")) { error in
            XCTAssertEqual("\(error)", "'--output=/tmp/x' is not a git revision")
        }
    }

    func test_hooksDirectory_isAbsolute_andHonoursCoreHooksPath() throws {
        try repository.write("minutes/a.txt", "x")
        XCTAssertEqual(try git(in: "minutes").hooksDirectory(), repository.root + "/.git/hooks")
        try repository.git("config", "core.hooksPath", "githooks")
        XCTAssertEqual(try git(in: "minutes").hooksDirectory(), repository.root + "/githooks")
    }

    func test_readingTheIndex_leavesTheRepositoryAsItWas() throws {
        try repository.write("a.txt", "committed")
        try repository.commitAll()
        try repository.write("a.txt", "staged")
        try repository.git("add", "a.txt")
        try repository.write("a.txt", "in the working tree")
        let before = try repository.state()
        let gitRepository = try git()
        _ = try gitRepository.contents(ofBlobs: try gitRepository.stagedFiles().map(\.blob))
        _ = try gitRepository.changedFiles(since: "HEAD")
        XCTAssertEqual(try repository.state(), before)
    }
}
