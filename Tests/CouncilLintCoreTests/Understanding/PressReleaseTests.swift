import XCTest
@testable import CouncilLintCore

final class PressReleaseTests: XCTestCase {
    private static let profileJSON = """
    {
      "council": "Harnford Borough Council",
      "members": [
        { "name": "Margaret Oduya", "aliases": ["Cllr Maggie Oduya"], "roles": ["mayor"] },
        { "name": "Susan Kaye", "roles": ["vice-chair"] },
        { "name": "Daniel Price", "roles": ["leader", "cabinet"] },
        { "name": "Tom Whitlock", "roles": ["cabinet"] },
        { "name": "Robert Ellison", "roles": ["committee-chair"] },
        { "name": "Janet Mills" },
        { "name": "Lucy Green" }
      ],
      "employees": [ { "name": "Rachel Obi", "title": "Head of Housing" }, { "name": "Ian Probert", "title": "Parks Manager" } ]
    }
    """

    private func analysed(_ text: String, format: DocumentFormat = .plainText, profile: Bool = true) throws -> AnalysedDocument {
        let document = try DocumentReaders.reader(for: format).read(bytes: Array(text.utf8), path: "release")
        let councilProfile = profile ? try CouncilProfile.parse(bytes: Array(Self.profileJSON.utf8), path: "profile.json").0 : nil
        return AnalysedDocument(document, profile: councilProfile, kind: .pressRelease)
    }

    private func release(_ text: String, format: DocumentFormat = .plainText, profile: Bool = true) throws -> (AnalysedDocument, PressRelease) {
        let document = try analysed(text, format: format, profile: profile)
        return (document, try XCTUnwrap(document.pressRelease))
    }

    /// Each quote as "speaker name or label / kind / line of the attribution".
    private func speakers(_ text: String, format: DocumentFormat = .plainText, profile: Bool = true) throws -> [String] {
        let (document, release) = try release(text, format: format, profile: profile)
        return release.quotes.map { quote in
            let line = document.sourceRange(of: document.text.sentences[quote.attributionSentence], words: quote.attributionWords).start.line
            return "\(quote.speaker.label) / \(quote.speaker.kind) / \(line)"
        }
    }

    private func lines(of part: PressRelease.Part, in document: AnalysedDocument, _ release: PressRelease) -> [Int] {
        document.text.sentences.filter { release.parts[$0.index] == part }.map {
            document.document.blocks[$0.blockIndex].sourceRange(utf8Range: $0.range).start.line
        }
    }

    // MARK: Issue date

    func test_issueDate_readsNumericDatesDayFirst() throws {
        let text = "HARNFORD BOROUGH COUNCIL\nNEWS RELEASE - 02/04/2026\n\nLoans on offer to bring empty homes back into use\n\nThe council is offering loans of up to £25,000.\n"
        XCTAssertEqual(try analysed(text).date?.iso, "2026-04-02")
        XCTAssertEqual(try analysed(text.replacingOccurrences(of: "02/04/2026", with: "23.04.2026")).date?.iso, "2026-04-23")
    }

    func test_issueDate_isTheLabelledDate_notAClosingDateLaterInTheText() throws {
        let text = """
        Harnford Borough Council

        News release                                     2 October 2025

        Council seeks new Independent Person

        The closing date for applications is Friday 31 October. Interviews will be held in November 2025.

        ENDS
        """
        XCTAssertEqual(try analysed(text).date?.iso, "2025-10-02")
    }

    func test_issueDate_ignoresAYearlessEventDateInTheHeadline() throws {
        let text = "# Don't forget your photo ID on 1 May\n\n*Harnford Borough Council news – 22 April 2025*\n\nVoters will need photo ID at polling stations on Thursday 1 May.\n"
        XCTAssertEqual(try analysed(text, format: .markdown).date?.iso, "2025-04-22")
    }

    func test_issueDate_canBeAtTheFoot() throws {
        let text = """
        New play area opens at Millbrook Recreation Ground

        A new play area for children aged up to 12 has opened at Millbrook Recreation Ground.

        ENDS

        Issued by the Communications Team, Harnford Borough Council, 30 April 2026.
        """
        let (document, release) = try release(text)
        XCTAssertEqual(document.date?.iso, "2026-04-30")
        XCTAssertEqual(release.issueDateSentence.map { document.text.sentences[$0].text.hasPrefix("Issued by") }, true)
    }

    // MARK: Parts

    func test_parts_mastheadHeadlineCaptionAndBackground() throws {
        let text = """
        PRESS RELEASE - FOR IMMEDIATE USE
        Harnford Borough Council
        28 April 2026

        Photo: The Mayor, Cllr Margaret Oduya, with volunteers from Harn Valley Hospice.

        Mayor's charity ball raises £18,400 for hospice

        The Mayor's Charity Ball at the Corn Exchange has raised £18,400 for Harn Valley Hospice.

        ENDS

        Notes to editors: The Mayor's charities for 2025/26 are Harn Valley Hospice and Harnford Foodbank.

        Contact: Mayor's Office, 01632 960 101
        """
        let (document, release) = try release(text)
        XCTAssertEqual(lines(of: .masthead, in: document, release), [1, 2, 3])
        XCTAssertEqual(lines(of: .caption, in: document, release), [5])
        XCTAssertEqual(lines(of: .headline, in: document, release), [7])
        XCTAssertEqual(lines(of: .body, in: document, release), [9])
        XCTAssertEqual(lines(of: .background, in: document, release), [11, 13, 15])
        XCTAssertEqual(release.captions.first?.people.first?.profileMember, 0)
    }

    func test_parts_markdownHeadlineAndNotesHeading() throws {
        let text = """
        # Council agrees 2025/26 budget

        **Harnford Borough Council – press release**
        **Issued:** Thursday 20 March 2025

        Full Council last night approved the borough's budget for 2025/26.

        ## Notes to editors

        - The borough's share of council tax is around 11% of the total bill.

        **Contact:** Communications Team, press@harnford.gov.uk
        """
        let (document, release) = try release(text, format: .markdown)
        XCTAssertEqual(document.date?.iso, "2025-03-20")
        XCTAssertEqual(lines(of: .headline, in: document, release), [1])
        XCTAssertEqual(lines(of: .masthead, in: document, release), [3])
        XCTAssertEqual(lines(of: .body, in: document, release), [6])
        XCTAssertEqual(lines(of: .background, in: document, release), [8, 10, 12])
    }

    func test_captions_needTheirLabel_andPhotographsOnRequestIsNotACaption() throws {
        let text = """
        Castle Park keeps its Green Flag

        Castle Park has kept its Green Flag award for the tenth year running.

        Photographs of the park are available on request.

        Pictured: Ian Probert (centre) with Friends of Castle Park volunteers.
        """
        let (document, release) = try release(text)
        XCTAssertEqual(lines(of: .caption, in: document, release), [7])
        XCTAssertEqual(release.captions.map { $0.people.map(\.kind) }, [[.officer]])
    }

    // MARK: Quotes and speakers

    func test_leadIn_withOfficeInApposition_resolvesTheProfileMember() throws {
        let text = """
        Homes milestone

        The keys to the 200th council home were handed over this morning.

        Councillor Tom Whitlock, Cabinet Member for Housing and Regeneration, said:
        "Two hundred new council homes is a figure nobody thought possible."

        Rachel Obi, Head of Housing, said: "Every one of these homes has gone to a household on the register."
        """
        XCTAssertEqual(try speakers(text), ["Tom Whitlock / member / 5", "Rachel Obi / officer / 8"])
        let quote = try XCTUnwrap(release(text).1.quotes.first)
        XCTAssertEqual(quote.speaker.statedRoles, [.cabinet])
        XCTAssertTrue(quote.isDirect)
    }

    func test_trailingAttribution_andInterruptedQuote() throws {
        let text = """
        Community orchard planted

        Thirty heritage fruit trees have been planted at the Green Lane allotments.

        "This started as a conversation over a garden fence," said Councillor Lucy Green, who represents Millbrook ward. "I want every child to pick an apple here."
        """
        XCTAssertEqual(try speakers(text), ["Lucy Green / member / 5", "Lucy Green / member / 5"])
    }

    func test_pronoun_standsForThePersonNamedBefore() throws {
        let text = """
        St George's flag flies over the Civic Offices

        The flag of St George was raised this morning.

        The Deputy Mayor, Councillor Susan Kaye, performed the flag raising. She
        said: "It was a joy to share the morning with the children."

        Paul Greaves, a team leader with the cleansing service, has been on shift since 4am. He said: "It's cold work."
        """
        let (_, release) = try release(text)
        XCTAssertEqual(release.quotes.map { $0.speaker.profileMember }, [1, nil])
        XCTAssertEqual(release.quotes.map { $0.speaker.kind }, [.member, .officer])
    }

    func test_attributionLine_underAQuoteParagraph_andAContinuedQuote() throws {
        let text = """
        Westgate Quarter: next phase approved

        Cabinet has approved the second phase of the redevelopment.

        "This is the largest site in the town centre and it has stood empty for far too long.

        "The second phase brings homes that local people can afford."

        Councillor Tom Whitlock, Cabinet Member for Housing and Regeneration

        "People in Westgate have waited a long time to see something happen here."

        Councillor Janet Mills, ward member for Northfield
        """
        XCTAssertEqual(try speakers(text), ["Tom Whitlock / member / 9", "Tom Whitlock / member / 9", "Janet Mills / member / 13"])
    }

    func test_officesResolveToTheirHolder_andNamesWithoutTitleResolveByProfile() throws {
        let text = """
        Budget agreed

        Full Council approved the budget last night.

        Council Leader Daniel Price said: "Every line of this budget has been tested."

        The Mayor said: "I am delighted that the civic fund is protected."

        Cllr Maggie Oduya added: "Thank you to everyone who took part."
        """
        let (_, release) = try release(text)
        XCTAssertEqual(release.quotes.map { $0.speaker.profileMember }, [2, 0, 0])
        XCTAssertEqual(release.quotes.first?.speaker.statedRoles, [.leader])
    }

    func test_notMembers_youthMayorScoutLeaderPartnerAndGroupLeaderOffice() throws {
        let text = """
        New Youth Mayor elected

        Harnford's young people have elected a new Youth Mayor.

        The Youth Mayor, Ella Hart, said: "I want young people to be heard."

        Hospice chief executive Lorna Mitchell said: "We are so grateful."

        "The Scout leader brought twenty volunteers," said a council spokesperson.

        Cllr Keith Barlow, Leader of the Conservative Group, said: "I am glad the council listened."
        """
        let (_, release) = try release(text)
        XCTAssertEqual(release.quotes.map { $0.speaker.kind }, [.other, .officer, .officer, .member])
        let barlow = try XCTUnwrap(release.quotes.last?.speaker)
        XCTAssertEqual(barlow.statedRoles, [], "a group leader is not the Leader of the Council")
        XCTAssertNil(barlow.profileMember)
    }

    func test_partnersWithOfficeLikeTitles_areNotMembers() throws {
        let text = """
        Food bank appeal

        The appeal has raised £10,000.

        Jo Brown, Chair, said: "Thank you to every donor."

        Sarah Hill, group leader at Harnford Scouts, said: "The children loved it."

        The Mayor's consort, Alan Frost, said: "It has been a privilege."
        """
        let (_, release) = try release(text)
        XCTAssertEqual(release.quotes.count, 3)
        XCTAssertEqual(release.quotes.filter { $0.speaker.isPolitical }.map(\.speaker.label), [])
    }

    func test_reportedSpeech_isAQuoteThatIsNotDirect() throws {
        let text = """
        Christmas lights switch-on date announced

        The lights in the town centre will be switched on on Friday 27 November.

        Ward councillor Janet Mills said she was delighted that the event would return to Market Square.

        The scheme was first put forward by Councillor Lucy Green.
        """
        let (_, release) = try release(text)
        XCTAssertEqual(release.quotes.map { $0.speaker.profileMember }, [5])
        XCTAssertEqual(release.quotes.map(\.isDirect), [false])
        XCTAssertTrue(release.people.contains { $0.profileMember == 6 && $0.isNamed }, "a member named without a quote is still named")
    }

    func test_appositionJoinsANameAndItsOffice_butNotAcrossASemicolonOrBracket() throws {
        let text = """
        Market reopens

        The market was reopened by the Mayor, Cllr Margaret Oduya; Council Leader Daniel Price (Labour) spoke.
        """
        let (document, release) = try release(text)
        let sentence = try XCTUnwrap(document.sentence(containing: "reopened by"))
        let people = release.people.filter { $0.sentenceIndex == sentence.index }
        let words = sentence.words
        let labels = people.map { reference in reference.wordRange.map { words[$0].lower.description }.joined(separator: " ") }
        XCTAssertEqual(labels, ["mayor cllr margaret oduya", "council leader daniel price"])
    }

    func test_singleQuotes_andDashAttribution() throws {
        let text = """
        Libraries to open on Sundays

        All four libraries will open on Sunday afternoons from next month.

        'Libraries are for everyone, and Sunday is when families have time,' says Cllr Tom Whitlock. 'We have listened.'

        "No decision has been made." – Cllr Janet Mills
        """
        XCTAssertEqual(try speakers(text), ["Tom Whitlock / member / 5", "Tom Whitlock / member / 5", "Janet Mills / member / 7"])
    }

    func test_quotesAfterEnds_areBackground() throws {
        let text = """
        Pool reopens

        The pool reopened on Monday.

        ENDS

        Notes to editors: Cllr Janet Mills said: "The pool is the best in the county."
        """
        XCTAssertEqual(try speakers(text), [])
    }

    func test_withoutProfile_aCouncillorIsAMemberOfUnknownRoles() throws {
        let text = "Litter pick\n\nResidents collected 140 bags.\n\nCouncillor Anita Shah said: \"The brook looks like a brook again.\"\n"
        let (_, release) = try release(text, profile: false)
        XCTAssertEqual(release.quotes.first?.speaker.kind, .member)
        XCTAssertNil(release.quotes.first?.speaker.profileMember)
    }

    // MARK: XHTML

    private func xhtmlRelease(_ body: String, head: String = "") throws -> (AnalysedDocument, PressRelease) {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>Press release</title>\(head)</head>
        <body>
        \(body)
        </body>
        </html>
        """
        do {
            return try release(text, format: .xhtml)
        } catch let error as ReadError where error.message.contains("not read yet") {
            throw XCTSkip("the XHTML reader is not merged yet")
        }
    }

    func test_xhtml_timeElementGivesTheDate_andAttributionLineUnderAQuote() throws {
        let (document, release) = try xhtmlRelease("""
        <h1>Westgate Quarter: next phase approved</h1>
        <p><em>Harnford Borough Council press release, <time datetime="2026-02-26">26 February 2026</time></em></p>
        <p>Cabinet has approved the second phase of the Westgate Quarter redevelopment.</p>
        <p>"People in Westgate have waited a long time to see something happen here."</p>
        <p>Councillor Janet Mills, ward member for Northfield</p>
        <p>ENDS</p>
        """)
        XCTAssertEqual(document.date?.iso, "2026-02-26")
        XCTAssertEqual(release.quotes.map { $0.speaker.profileMember }, [5])
        XCTAssertEqual(release.headline.count, 1)
    }

    func test_xhtml_metaDate_captionAndTrailingAttribution() throws {
        let (document, release) = try xhtmlRelease("""
        <h1>Community orchard planted at Green Lane allotments</h1>
        <p>"This started as a conversation over a garden fence," said Councillor Lucy Green.</p>
        <div class="figure"><p class="caption">Photo: Cllr Lucy Green planting the first tree.</p></div>
        <p>ENDS</p>
        """, head: "<meta name=\"date\" content=\"2025-04-24\" />")
        XCTAssertEqual(document.date?.iso, "2025-04-24")
        XCTAssertEqual(release.quotes.map { $0.speaker.profileMember }, [6])
        XCTAssertEqual(release.captions.map { $0.people.compactMap(\.profileMember) }, [[6]])
    }
}
