import XCTest

/// `councillint install-hook` in a real temporary repository, then real commits through the hook.
final class InstallHookTests: XCTestCase {
    private var repository: TemporaryGitRepository!

    override func setUpWithError() throws {
        repository = try TemporaryGitRepository()
    }

    override func tearDown() {
        repository = nil
    }

    private func commit(_ path: String, _ text: String) throws -> ProgramRun {
        try repository.write(path, text)
        try repository.git("add", path)
        return try ProgramRun("/usr/bin/env", ["git", "commit", "-q", "-m", "Add \(path)"], in: repository.root)
    }

    func test_installedHook_blocksAStagedViolation_andLetsACleanCommitThrough() throws {
        let install = try ProgramRun.councillint(["install-hook"], in: repository.root)
        XCTAssertEqual(install.status, 0, install.stderr)
        XCTAssertTrue(install.stdout.contains("installed .git/hooks/pre-commit"), install.stdout)
        let hook = repository.root + "/.git/hooks/pre-commit"
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: hook))
        let script = try repository.read(".git/hooks/pre-commit")
        XCTAssertTrue(script.contains("exec '/") && script.contains("/councillint' lint --staged\n"),
                      "not on PATH here, so the hook names this binary by its absolute path: \(script)")

        XCTAssertEqual(try commit("minutes/2025-03-12.txt", SampleMinutes.clean).status, 0)
        let blocked = try commit("minutes/2025-04-09.txt", SampleMinutes.withCapabilityMatter)
        XCTAssertNotEqual(blocked.status, 0)
        // git shows a hook's output on its standard error.
        XCTAssertTrue(blocked.stderr.contains("minutes/2025-04-09.txt:\(SampleMinutes.staffingLineNumber):"), blocked.stderr)
        XCTAssertEqual(try repository.git("log", "--format=%s"), "Add minutes/2025-03-12.txt\n")
    }

    func test_existingHook_isRefused_thenKeptAndChainedWithForce() throws {
        try repository.write(".git/hooks/pre-commit", "#!/bin/sh\necho ran >> \"$(git rev-parse --git-dir)/old-hook-ran\"\nexit 1\n")
        XCTAssertEqual(chmod(repository.root + "/.git/hooks/pre-commit", 0o755), 0)

        let refused = try ProgramRun.councillint(["install-hook"], in: repository.root)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("use --force"), refused.stderr)

        let forced = try ProgramRun.councillint(["install-hook", "--force"], in: repository.root)
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stdout.contains("kept the previous hook as .git/hooks/pre-commit.local"), forced.stdout)

        XCTAssertNotEqual(try commit("minutes/2025-03-12.txt", SampleMinutes.clean).status, 0, "the kept hook fails, so the commit stops")
        XCTAssertEqual(try repository.read(".git/old-hook-ran"), "ran\n")
        try repository.write(".git/hooks/pre-commit.local", "#!/bin/sh\nexit 0\n")
        XCTAssertEqual(try commit("minutes/2025-03-12.txt", SampleMinutes.clean).status, 0)
    }
}
