import XCTest
@testable import CouncilLintCore

final class LargeDocumentTests: XCTestCase {
    /// Minutes of many items, with attendance, declarations, votes, an officer named in public
    /// and an exclusion resolution, analysed on one thread and on two.
    func test_analysisOnTwoThreads_isTheAnalysisOnOne() throws {
        var text = """
        Minutes of the meeting of Ashby Parish Council held on 3 March 2025.
        Present: Cllr Peter Hale (Chair), Cllr Susan Dray, Cllr R. Morris
        1. Declarations of interest
        Cllr Hale declared a pecuniary interest in item 4 and left the room.

        """
        for number in 2...80 {
            text += """
            \(number). Item \(number)
            The Clerk reported that the verges had been cut. Proposed Cllr Dray, seconded Cllr Morris; carried.
            Cllr Hale asked whether the Finance Officer's performance had been reviewed.

            """
        }
        text += """
        81. Exclusion of the press and public
        RESOLVED that the press and public be excluded under Schedule 12A.
        The Clerk's capability was discussed.
        """
        let document = try DocumentReaders.reader(for: .plainText).read(bytes: Array(text.utf8), path: "test")
        let oneThread = AnalysedDocument(document, profile: nil, kind: nil, concurrently: false)
        let twoThreads = AnalysedDocument(document, profile: nil, kind: nil, concurrently: true)
        XCTAssertEqual(oneThread.kind, .minutes)
        XCTAssertEqual(twoThreads.kind, oneThread.kind)
        XCTAssertEqual(twoThreads.text.sentences.map { Array($0.words) }, oneThread.text.sentences.map { Array($0.words) })
        XCTAssertEqual(twoThreads.text.sentences.map(\.range), oneThread.text.sentences.map(\.range))
        XCTAssertEqual(twoThreads.text.items.map(\.label), oneThread.text.items.map(\.label))
        XCTAssertEqual(twoThreads.date, oneThread.date)
        XCTAssertEqual(twoThreads.sessions, oneThread.sessions)
        let (one, two) = (oneThread.meeting, twoThreads.meeting)
        XCTAssertTrue(two.directory.identities == one.directory.identities)
        XCTAssertTrue(two.mentions == one.mentions)
        XCTAssertTrue(two.participation == one.participation)
        XCTAssertTrue(two.abstentions == one.abstentions)
        XCTAssertTrue("\(two.declarations)" == "\(one.declarations)")
        XCTAssertTrue("\(two.dispensations)" == "\(one.dispensations)")
        XCTAssertEqual(two.attendance.present, one.attendance.present)
        XCTAssertEqual(two.attendance.apologies, one.attendance.apologies)
        XCTAssertEqual(two.attendance.absent, one.attendance.absent)
        XCTAssertEqual(two.attendance.inAttendance, one.attendance.inAttendance)
        XCTAssertTrue("\(two.attendance.movements)" == "\(one.attendance.movements)")
        XCTAssertEqual(two.declarationsItem, one.declarationsItem)
        XCTAssertTrue(twoThreads.staffReferences == oneThread.staffReferences)
        XCTAssertEqual(oneThread.meeting.attendance.present.count, 3)
        XCTAssertFalse(oneThread.meeting.declarations.isEmpty)
        XCTAssertFalse(oneThread.meeting.participation.isEmpty)
        XCTAssertGreaterThan(oneThread.staffReferences.joined().count, 80)
    }
}
