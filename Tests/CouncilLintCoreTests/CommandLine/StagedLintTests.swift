import XCTest

/// `councillint lint --staged` and `--changed-since` against real temporary repositories.
final class StagedLintTests: XCTestCase {
    private var repository: TemporaryGitRepository!
    private let minutes = "minutes/2025-04-09.txt"

    override func setUpWithError() throws {
        repository = try TemporaryGitRepository()
    }

    override func tearDown() {
        repository = nil
    }

    private func lint(_ arguments: String..., in subfolder: String = "") throws -> ProgramRun {
        try ProgramRun.councillint(["lint"] + arguments, in: repository.root + "/" + subfolder)
    }

    func test_cleanStagedCommit_passes() throws {
        try repository.write(minutes, SampleMinutes.clean)
        try repository.git("add", "-A")
        let run = try lint("--staged")
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
    }

    func test_stagedViolation_blocks_reportingTheWorkingTreePathAndLine_andChangesNothing() throws {
        try repository.write(minutes, SampleMinutes.withCapabilityMatter)
        try repository.git("add", "-A")
        // Fixed in the working tree but not staged: the commit would still carry the violation.
        try repository.write(minutes, SampleMinutes.clean)
        let before = try repository.state()
        let run = try lint("--staged")
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("\(minutes):\(SampleMinutes.staffingLineNumber):"), run.stdout)
        XCTAssertTrue(run.stdout.contains("[staff-capability-in-public]"), run.stdout)
        XCTAssertEqual(try repository.state(), before)
    }

    func test_stagedClean_workingTreeDirty_passes_andChangesNothing() throws {
        try repository.write(minutes, SampleMinutes.clean)
        try repository.commitAll()
        try repository.write(minutes, SampleMinutes.clean + "\n6. Any other business\nNone.\n")
        try repository.git("add", "-A")
        try repository.write(minutes, SampleMinutes.withCapabilityMatter)
        let before = try repository.state()
        let run = try lint("--staged")
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertEqual(try repository.state(), before)
    }

    func test_staged_fromASubfolder_namesFilesFromThere_andPathsLimitIt() throws {
        try repository.write(minutes, SampleMinutes.withCapabilityMatter)
        try repository.write("press/2025-04-10.txt", SampleMinutes.withCapabilityMatter)
        try repository.git("add", "-A")
        let run = try lint("--staged", "--format", "json", ".", in: "minutes")
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.contains("\"file\": \"2025-04-09.txt\""), run.stdout)
        XCTAssertFalse(run.stdout.contains("2025-04-10"), run.stdout)
    }

    func test_changedSince_lintsOnlyTheFilesChangedSinceTheRevision() throws {
        try repository.write("minutes/2024-11-13.txt", SampleMinutes.withCapabilityMatter)
        try repository.commitAll("Old minutes, published long ago")
        try repository.write(minutes, SampleMinutes.clean)
        try repository.commitAll("April minutes")
        let unchanged = try lint("--changed-since", "HEAD~1")
        XCTAssertEqual(unchanged.status, 0, unchanged.stdout + unchanged.stderr)
        try repository.write(minutes, SampleMinutes.withCapabilityMatter)
        let changed = try lint("--changed-since", "HEAD~1")
        XCTAssertEqual(changed.status, 1, changed.stdout + changed.stderr)
        XCTAssertTrue(changed.stdout.contains(minutes + ":"), changed.stdout)
        XCTAssertFalse(changed.stdout.contains("2024-11-13"), changed.stdout)
    }

    func test_outsideARepository_isAnErrorWithStatus2() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("not-git-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let run = try ProgramRun.councillint(["lint", "--staged"], in: outside)
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("not a git repository"), run.stderr)
    }
}
