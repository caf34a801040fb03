import XCTest
@testable import CouncilLintCore

/// The label of an employee reference drops possessives, straight or curly, and nothing else.
final class StaffReferenceLabelTests: XCTestCase {
    func test_withoutPossessives_dropsEveryApostropheS_andKeepsOtherApostrophesAndDashes() {
        let expected: [(String, String)] = [
            ("the Clerk's", "the Clerk"),
            ("the Clerk’s", "the Clerk"),
            ("the Clerk's assistant's", "the Clerk assistant"),
            ("the Clerks'", "the Clerks'"),
            ("Mr O'Sullivan's", "Mr O'Sullivan"),
            ("Mr O’Neill", "Mr O’Neill"),
            ("the ‘Clerk’ – ’s", "the ‘Clerk’ – "),
            ("Clerk''s", "Clerk'"),
            ("Clerk’", "Clerk’"),
            ("Clerk's’s", "Clerk"),
            ("Town Clerk", "Town Clerk"),
        ]
        for (label, stripped) in expected {
            XCTAssertEqual(StaffReferenceFinder.withoutPossessives(label[...]), stripped, label)
        }
    }
}
