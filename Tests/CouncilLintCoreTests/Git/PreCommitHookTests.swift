import XCTest
@testable import CouncilLintCore

final class PreCommitHookTests: XCTestCase {
    private var hooks = ""

    override func setUpWithError() throws {
        hooks = FileManager.default.temporaryDirectory.appendingPathComponent("hooks-\(UUID().uuidString)").path
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: hooks)
    }

    private let hook = PreCommitHook(command: "/opt/council tools/councillint")

    private func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: hooks + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    func test_script_quotesTheCommand_andLintsTheStagedVersions() {
        XCTAssertTrue(hook.script.hasPrefix("#!/bin/sh\n"))
        XCTAssertTrue(hook.script.contains("exec '/opt/council tools/councillint' lint --staged\n"), hook.script)
        XCTAssertEqual(PreCommitHook.shellQuoted("it's"), "'it'\\''s'")
    }

    func test_install_writesAnExecutableHook_creatingTheFolder() throws {
        let installation = try hook.install(inHooksDirectory: hooks, force: false)
        XCTAssertEqual(installation, PreCommitHook.Installation(hookPath: hooks + "/pre-commit", keptHookPath: nil, rewroteOwnHook: false))
        XCTAssertEqual(contents("pre-commit"), hook.script)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: hooks + "/pre-commit"))
    }

    func test_anExistingHook_isRefusedWithoutForce_andLeftAlone() throws {
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        try "#!/bin/sh\nmake check\n".write(toFile: hooks + "/pre-commit", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try hook.install(inHooksDirectory: hooks, force: false)) { error in
            XCTAssertTrue("\(error)".contains("a pre-commit hook already exists (use --force"), "\(error)")
        }
        XCTAssertEqual(contents("pre-commit"), "#!/bin/sh\nmake check\n")
    }

    func test_force_keepsTheExistingHookAsLocal() throws {
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        try "#!/bin/sh\nmake check\n".write(toFile: hooks + "/pre-commit", atomically: true, encoding: .utf8)
        let installation = try hook.install(inHooksDirectory: hooks, force: true)
        XCTAssertEqual(installation.keptHookPath, hooks + "/pre-commit.local")
        XCTAssertEqual(contents("pre-commit.local"), "#!/bin/sh\nmake check\n")
        XCTAssertEqual(contents("pre-commit"), hook.script)
    }

    func test_reinstalling_rewritesOurHook_withoutKeepingIt() throws {
        _ = try hook.install(inHooksDirectory: hooks, force: false)
        XCTAssertThrowsError(try hook.install(inHooksDirectory: hooks, force: false))
        let moved = PreCommitHook(command: "councillint")
        let installation = try moved.install(inHooksDirectory: hooks, force: true)
        XCTAssertTrue(installation.rewroteOwnHook)
        XCTAssertNil(installation.keptHookPath)
        XCTAssertNil(contents("pre-commit.local"), "keeping our own hook would make it run itself")
        XCTAssertEqual(contents("pre-commit"), moved.script)
    }

    func test_force_refusesToOverwriteAKeptHook() throws {
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        try "#!/bin/sh\nnew\n".write(toFile: hooks + "/pre-commit", atomically: true, encoding: .utf8)
        try "#!/bin/sh\nold\n".write(toFile: hooks + "/pre-commit.local", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try hook.install(inHooksDirectory: hooks, force: true))
        XCTAssertEqual(contents("pre-commit"), "#!/bin/sh\nnew\n")
        XCTAssertEqual(contents("pre-commit.local"), "#!/bin/sh\nold\n")
    }
}
