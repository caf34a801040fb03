import XCTest
@testable import CouncilLintCore

final class GitInputsTests: XCTestCase {
    private var repository: TemporaryGitRepository!

    override func setUpWithError() throws {
        repository = try TemporaryGitRepository()
        try repository.write("minutes/2025-04-09.txt", SampleMinutes.clean)
        try repository.write("agendas/2025-05.md", "# Agenda")
        try repository.write("logo.png", "not a document")
        try repository.write(".github/template.md", "hidden")
        try repository.write("minutes/.draft.txt", "hidden")
        try repository.git("add", "-A")
    }

    override func tearDown() {
        repository = nil
    }

    private func paths(_ inputs: [LintInput]) -> [String] {
        inputs.map(\.displayPath)
    }

    func test_staged_takesReadableFormats_skipsHiddenOnes() throws {
        let inputs = try GitInputs.staged(in: GitRepository(directory: repository.root))
        XCTAssertEqual(paths(inputs), ["agendas/2025-05.md", "minutes/2025-04-09.txt"])
    }

    func test_staged_readsTheIndexVersion() throws {
        try repository.write("minutes/2025-04-09.txt", SampleMinutes.withCapabilityMatter)
        let inputs = try GitInputs.staged(in: GitRepository(directory: repository.root), limitedTo: ["minutes"])
        XCTAssertEqual(inputs.count, 1)
        XCTAssertEqual(try inputs.first.map { String(decoding: try $0.read(), as: UTF8.self) }, SampleMinutes.clean)
    }

    func test_paths_limitTheSelection_andNamesAreRelativeToTheCurrentFolder() throws {
        let fromMinutes = try GitRepository(directory: repository.root + "/minutes")
        XCTAssertEqual(paths(try GitInputs.staged(in: fromMinutes, limitedTo: ["."])), ["2025-04-09.txt"])
        XCTAssertEqual(paths(try GitInputs.staged(in: fromMinutes, limitedTo: ["../agendas/2025-05.md"])),
                       [repository.root + "/agendas/2025-05.md"])
        XCTAssertEqual(paths(try GitInputs.staged(in: fromMinutes)).count, 2, "no paths: the whole repository")
    }

    func test_aHiddenPathGivenExplicitly_isLinted() throws {
        let inputs = try GitInputs.staged(in: GitRepository(directory: repository.root), limitedTo: [".github"])
        XCTAssertEqual(paths(inputs), [".github/template.md"])
    }

    func test_changed_takesExistingWorkingTreeFiles() throws {
        try repository.commitAll()
        try repository.write("minutes/2025-04-09.txt", SampleMinutes.withCapabilityMatter)
        try repository.write("agendas/2025-06.md", "# June agenda")
        try repository.git("add", "agendas/2025-06.md")
        try FileManager.default.removeItem(atPath: repository.root + "/agendas/2025-05.md")
        let inputs = try GitInputs.changed(since: "HEAD", in: GitRepository(directory: repository.root))
        XCTAssertEqual(paths(inputs), ["agendas/2025-06.md", "minutes/2025-04-09.txt"])
        XCTAssertEqual(try inputs.last.map { String(decoding: try $0.read(), as: UTF8.self) }, SampleMinutes.withCapabilityMatter)
    }
}
