import XCTest
@testable import CouncilLintCore

final class ItemSegmentationTests: XCTestCase {
    func test_minuteNumbers_andSubItems_areItems() throws {
        let document = try analyse("""
        Minutes of the meeting held on 9 April 2025

        25/040 Apologies
        None.

        25/041 Planning
        (a) 25/0113/HH, 4 Church Lane: no objection.
        (b) 25/0120/FUL, Mill Farm: objection.

        25/042 Finance
        Payments approved.
        """)
        XCTAssertEqual(document.text.items.compactMap(\.label), ["25/040", "25/041", "25/041(a)", "25/041(b)", "25/042"])
        XCTAssertEqual(document.itemLabel(of: "Mill Farm"), "25/041(b)")
    }

    func test_numbersThatAreNotItems_doNotOpenItems() throws {
        let document = try analyse("""
        Minutes of the meeting held on 9 April 2025

        1. Apologies
        Cllr Wood. 10 members of the public attended.

        2. Finance
        The precept for 2025/26 was noted at
        8.45pm the meeting moved on.
        """)
        XCTAssertEqual(document.text.items.compactMap(\.label), ["1", "2"])
    }

    func test_wholeMeetingOnOneLine_isCutAtItsMinuteNumbers() throws {
        let document = try analyse("STOKE PARISH COUNCIL Minutes of the meeting held on 11 November 2020 Present: Cllr Sue Lintern (Chair) 204/20 Apologies Cllr Leamon. 205/20 Declarations of Interest Cllr Mann declared an interest at item 207/20. 206/20 Minutes Approved. 207/20 Bluebell Pub Update Noted.")
        XCTAssertEqual(document.text.items.compactMap(\.label), ["204/20", "205/20", "206/20", "207/20"])
        XCTAssertEqual(document.itemLabel(of: "Bluebell"), "207/20")
    }

    func test_oneLineMeeting_isCutAtFullStopsAndItemStarts_eachOnce() throws {
        let document = try analyse("Minutes of the meeting held on 11 November 2020 204/20 Apologies Cllr Leamon. 205/20 Declarations Cllr Mann declared an interest. Noted at item 205/20 (b) 206/20 Minutes Approved.")
        XCTAssertEqual(document.text.sentences.map { String($0.text) }, [
            "Minutes of the meeting held on 11 November 2020", "204/20 Apologies Cllr Leamon.",
            "205/20 Declarations Cllr Mann declared an interest.", "Noted at item 205/20 (b)", "206/20 Minutes Approved.",
        ])
    }

    func test_pdfLayoutNumberedTitles_areItems() throws {
        let document = try analyse("""
        Minutes of the meeting held on Tuesday 13th March 2018

        52         Apologies for Absence
                   Cllrs Ives and Ward.

        53         Declarations of Interest
                   None.
        """)
        XCTAssertEqual(document.text.items.compactMap(\.label), ["52", "53"])
        XCTAssertNotNil(document.meeting.declarationsItem)
    }

    func test_markdownEscapedItemNumbers_areItems() throws {
        let document = try analyse("""
        Minutes of the meeting held on 7 February 2017

        1\\. PUBLIC FORUM A resident asked about the footpath.

        2\\. DECLARATIONS OF INTEREST None.
        """, format: .markdown)
        XCTAssertEqual(document.text.items.map(\.title), ["PUBLIC FORUM", "DECLARATIONS OF INTEREST"])
    }
}

final class ItemNumberTests: XCTestCase {
    func test_minuteNumberForms() {
        let forms = ["25/041": 41, "FC24/262": 262, "C048/23": 48, "204/20": 204, "OS/25/15": 15, "TC/23/119": 119, "F25/21": 21, "7.1": 7, "6a": 6]
        for (text, major) in forms {
            XCTAssertEqual(ItemNumber(word: Substring(text))?.major, major, text)
        }
    }

    func test_minuteNumber_asWritten_withoutTrailingPunctuation_andItsCanonicalForm() {
        let forms: [(word: Substring, text: String, canonical: String)] = [
            ("7.", "7", "7"), ("7.1.2:", "7.1.2", "7.1.2"), ("25/041:", "25/041", "25/041"), ("6a).", "6a", "6a"),
            ("FC24/262", "FC24/262", "fc24/262"), ("6\u{00E9}", "6\u{00E9}", "6\u{00E9}"), ("OS/2025/1234", "OS/2025/1234", "os/2025/1234"),
        ]
        for form in forms {
            let number = ItemNumber(word: form.word)
            XCTAssertEqual(number?.text, form.text, String(form.word))
            XCTAssertEqual(number?.canonical, form.canonical, String(form.word))
        }
        XCTAssertEqual(ItemNumber(word: "6")?.subItem("b").canonical, "6b")
        for notANumber: Substring in ["(7)", "ABC/1234/5678", "6ab", "6A", "6\u{00C9}", "7.123", "12345", "Item", "...", ""] {
            XCTAssertNil(ItemNumber(word: notANumber), String(notANumber))
        }
    }

    func test_referencesReachingAnItem_areItAndEachItemEnclosingIt() {
        XCTAssertEqual(ItemNumber(word: "7.1.2")?.referencesReaching, ["7.1.2", "7.1", "7"])
        XCTAssertEqual(ItemNumber(word: "P24/036")?.subItem("a").referencesReaching, ["p24/036a", "p24/036"])
        XCTAssertEqual(ItemNumber(word: "6")?.subItem("c").referencesReaching, ["6c", "6"])
        XCTAssertEqual(ItemNumber(word: "25/041")?.referencesReaching, ["25/041"])
    }

    func test_planningReferencesAndFinancialYearsAreNotItems() {
        XCTAssertNil(ItemNumber(word: "17/00170/0"))
        XCTAssertNil(ItemNumber(word: "25/0398/FUL"))
        XCTAssertTrue(ItemNumber(word: "2025/26")?.isFinancialYear ?? false)
        XCTAssertTrue(ItemNumber(word: "1999/00")?.isFinancialYear ?? false, "the year after 1999 is 00")
        for notAYear in ["2025/27", "25/026", "2025/26/1", "1989/90", "2025/2a"] {
            XCTAssertFalse(ItemNumber(word: notAYear[...])?.isFinancialYear ?? false, notAYear)
        }
    }

    func test_referenceToAnItem_reachesItsParts() {
        let six = ItemNumber(word: "6")!
        XCTAssertTrue(six.covers(ItemNumber(word: "6a")!))
        XCTAssertTrue(six.covers(ItemNumber(word: "6.1")!))
        XCTAssertFalse(ItemNumber(word: "6a")!.covers(ItemNumber(word: "6b")!))
        XCTAssertFalse(six.covers(ItemNumber(word: "60")!))
    }
}
