import XCTest
@testable import CouncilLintCore

final class ProfileLocatorTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("locator-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/council/minutes/2025", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/other", withIntermediateDirectories: true)
        try "{}".write(toFile: root + "/council/.councillint.json", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(atPath: root)
    }

    func test_nearestProfile_isFoundInAFolderAbove() {
        let locator = ProfileLocator()
        XCTAssertEqual(locator.nearestProfile(forFile: root + "/council/minutes/2025/2025-04-09.txt"), root + "/council/.councillint.json")
        XCTAssertEqual(locator.nearestProfile(forFile: root + "/council/press.txt"), root + "/council/.councillint.json")
    }

    func test_nearerProfile_wins() throws {
        try "{}".write(toFile: root + "/council/minutes/.councillint.json", atomically: true, encoding: .utf8)
        XCTAssertEqual(ProfileLocator().nearestProfile(forFile: root + "/council/minutes/2025/a.txt"), root + "/council/minutes/.councillint.json")
    }

    func test_noProfileUpToTheRoot_isNil() {
        XCTAssertNil(ProfileLocator().nearestProfile(forFile: root + "/other/a.txt"))
    }

    func test_answersAreRememberedPerFolder() throws {
        let locator = ProfileLocator()
        XCTAssertEqual(locator.nearestProfile(forFile: root + "/council/minutes/2025/a.txt"), root + "/council/.councillint.json")
        try FileManager.default.removeItem(atPath: root + "/council/.councillint.json")
        XCTAssertEqual(locator.nearestProfile(forFile: root + "/council/minutes/b.txt"), root + "/council/.councillint.json")
        XCTAssertNil(ProfileLocator().nearestProfile(forFile: root + "/council/minutes/b.txt"))
    }

    func test_relativePathsAndDotDot_areResolved() {
        let locator = ProfileLocator()
        XCTAssertEqual(locator.nearestProfile(forFile: root + "/other/../council/./minutes/a.txt"), root + "/council/.councillint.json")
        XCTAssertEqual(locator.nearestProfile(forFile: root + "/other//../council/a.txt"), root + "/council/.councillint.json")
        XCTAssertNil(locator.nearestProfile(forFile: root + "/council/../other/.hidden/a.txt"))
        XCTAssertEqual(ProfileLocator().nearestProfile(forFile: root + "/council/.drafts/.../a.txt"), root + "/council/.councillint.json")
        XCTAssertNil(ProfileLocator().nearestProfile(forFile: root + "/council/.drafts/../../other/a.txt"))
        let cwd = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(root + "/council/minutes"))
        defer { FileManager.default.changeCurrentDirectoryPath(cwd) }
        XCTAssertEqual(locator.nearestProfile(forFile: "2025/a.txt"), root + "/council/.councillint.json")
        XCTAssertEqual(ProfileLocator().nearestProfile(forFile: "./../../other/a.txt"), nil)
        XCTAssertEqual(ProfileLocator().nearestProfile(forFile: "../press.txt"), root + "/council/.councillint.json")
    }

    func test_aFolderNamedLikeTheProfile_isNotAProfile() throws {
        try FileManager.default.createDirectory(atPath: root + "/council/minutes/.councillint.json", withIntermediateDirectories: true)
        XCTAssertEqual(ProfileLocator().nearestProfile(forFile: root + "/council/minutes/a.txt"), root + "/council/.councillint.json")
    }
}
