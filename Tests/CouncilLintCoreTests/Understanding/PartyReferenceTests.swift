import XCTest
@testable import CouncilLintCore

final class PartyReferenceTests: XCTestCase {
    private let finder = PartyReferenceFinder(RuleCatalogue.builtIn.rules.first { $0.id == PartyPoliticalPublicityRule.id }!)

    private func sentences(_ text: String) -> [Sentence] {
        let document = Document(path: "t", format: .plainText, blocks: [Block(kind: .paragraph, text: text, anchors: [])])
        return ItemSegmenter.segment(document).sentences
    }

    /// Each reference as its words and form.
    private func references(_ text: String) -> [String] {
        sentences(text).flatMap { sentence in
            finder.references(in: sentence).map { reference in
                let words = sentence.words[reference.wordRange].map { sentence.lowercasedText(of: $0) }.joined(separator: " ")
                return "\(words) (\(reference.form))"
            }
        }
    }

    func test_partiesAndGroups_actingOrCredited() {
        XCTAssertEqual(references("It happened because the Liberal Democrat administration made housing its priority."),
                       ["liberal democrat administration (party)"])
        XCTAssertEqual(references("I'm proud that this Labour council acted."), ["labour council (party)"])
        XCTAssertEqual(references("The Conservative group has been calling for this."), ["conservative group (party)"])
        XCTAssertEqual(references("The Labour-run council doubled the fund. Under the Tories it was cut."),
                       ["labour-run council (party)", "tories (party)"])
        XCTAssertEqual(references("Green councillors voted against."), ["green councillors (party)"])
        XCTAssertEqual(references("For years the previous administration let the roads crumble."), ["previous administration (group)"])
        XCTAssertEqual(references("They know what to do: vote for the team that has delivered."), ["vote for the team that (campaign)"])
        XCTAssertEqual(references("When my group came to office we kept our word."), ["my group (memberVoice)"])
    }

    func test_homographs_areNotParties() {
        for text in [
            "Labour costs rose, by a conservative estimate, 8%, and crews made liberal use of salt.",
            "Work has started on the village green at Green Lane, and Castle Park keeps its Green Flag.",
            "The council seeks a new Independent Person; an independent examiner will review the reform of the market charter.",
            "Independent businesses in the conservation area can apply.",
            "Rising Labour Costs Push Up Price Of New Depot",
            "Ashcombe was named Council of the Year at the national Green Council awards.",
            "There was strong opposition to the plans, and the opposition of residents was noted.",
            "The support of councillors from all political groups and cross-party working were praised.",
            "Residents can vote for their favourite shop window.",
            "The new administration building opens in May.",
        ] {
            XCTAssertEqual(references(text), [], text)
        }
    }

    func test_topics_matchOnStems_withTheHeadNoun() {
        let matcher = TopicMatcher(["parking charges", "car park charges"])
        func topics(_ text: String) -> [String] { matcher.matches(in: sentences(text)).map(\.topic) }
        XCTAssertEqual(topics("Car parking charges will rise from June."), ["parking charges", "car park charges"])
        XCTAssertEqual(topics("Charges for parking at the station will rise."), ["parking charges", "car park charges"])
        XCTAssertEqual(topics("The car park resurfacing will finish in May, and parking spaces are marked."), [])
    }

    func test_namedTopic_needsItsNameAndMostOfItsOtherWordsInTheRelease() {
        let matcher = TopicMatcher(["Westgate Quarter redevelopment"])
        XCTAssertEqual(matcher.matches(in: sentences("Westgate Quarter: contractor appointed. The redevelopment starts in May.")).map(\.sentenceIndex), [0])
        XCTAssertEqual(matcher.matches(in: sentences("The Westgate Quarter Christmas market opens on Friday.")).count, 0)
    }
}
