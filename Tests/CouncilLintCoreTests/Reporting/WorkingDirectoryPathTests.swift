import XCTest
@testable import CouncilLintCore

final class WorkingDirectoryPathTests: XCTestCase {
    private func path(_ given: String) -> WorkingDirectoryPath {
        WorkingDirectoryPath(given, workingDirectory: "/home/clerk/ashcombe")
    }

    func test_leadingDotSlash_isStripped() {
        XCTAssertEqual(path("./minutes/2025-04-09.txt").path, "minutes/2025-04-09.txt")
        XCTAssertEqual(path("./minutes/./2025-04-09.txt").uri, "minutes/2025-04-09.txt")
    }

    func test_absolutePathInside_becomesRelative() {
        XCTAssertEqual(path("/home/clerk/ashcombe/agendas/2025-05-14.md").path, "agendas/2025-05-14.md")
        XCTAssertTrue(path("/home/clerk/ashcombe/agendas/2025-05-14.md").isRelative)
    }

    func test_siblingDirectoryWithSharedPrefix_isOutside() {
        let sibling = path("/home/clerk/ashcombe-old/minutes.txt")
        XCTAssertFalse(sibling.isRelative)
        XCTAssertEqual(sibling.uri, "file:///home/clerk/ashcombe-old/minutes.txt")
    }

    func test_parentDirectory_isResolvedBySpelling() {
        XCTAssertEqual(path("../archive/2019.txt").path, "/home/clerk/archive/2019.txt")
        XCTAssertEqual(path("minutes/../agendas/a.md").path, "agendas/a.md")
    }

    func test_backslashes_becomeForwardSlashes() {
        XCTAssertEqual(path("minutes\\2025\\a.txt").path, "minutes/2025/a.txt")
    }

    func test_uri_percentEncodesSpacesNonASCIIAndReservedCharacters() {
        XCTAssertEqual(path("minutes/Cllr Hale’s £50 #1: 100%.txt").uri,
                       "minutes/Cllr%20Hale%E2%80%99s%20%C2%A350%20%231%3A%20100%25.txt")
    }

    func test_directoryURI_endsWithSlash() {
        XCTAssertEqual(WorkingDirectoryPath.directoryURI("/home/clerk/my council"), "file:///home/clerk/my%20council/")
        XCTAssertEqual(WorkingDirectoryPath.directoryURI("/"), "file:///")
    }
}
