/// Borough protocol §15: "Member quotes in press releases will normally be restricted to
/// Cabinet Members and the Mayor." Reports a quote from a member whose profile roles include
/// none of the roles the council allows to speak for it (vocabulary `allowedRoles`); a ward
/// councillor, the Deputy Mayor, a committee chair or an opposition group leader is reported.
/// Without a profile the roles are unknown, so the check says so once instead of guessing.
public struct MemberQuoteInPressReleaseRule: Rule {
    public static let id = "member-quote-in-press-release"

    private let allowedRoles: Set<CouncilProfile.Role>

    public init(description: RuleDescription) {
        allowedRoles = Set((description.vocabulary["allowedRoles"] ?? []).compactMap(CouncilProfile.Role.init(rawValue:)))
    }

    public func runNotes(hasProfile: Bool, lintedKinds: Set<DocumentKind>) -> [String] {
        !hasProfile && lintedKinds.contains(.pressRelease) ? ["no council profile: members' roles are unknown, so quotes in press releases are not checked (member-quote-in-press-release); list the members and their roles in the profile"] : []
    }

    public func check(_ document: AnalysedDocument) -> [Violation] {
        guard document.kind == .pressRelease, let release = document.pressRelease, let profile = document.profile else { return [] }
        var reported: Set<String> = []
        var violations: [Violation] = []
        for quote in release.quotes where quote.speaker.kind == .member {
            let speaker = quote.speaker
            // A member the profile does not list, with no office stated, cannot be judged.
            let roles = speaker.profileMember.map { Set(profile.members[$0].roles) } ?? speaker.statedRoles
            guard speaker.profileMember != nil || !roles.isEmpty, roles.isDisjoint(with: allowedRoles),
                  reported.insert(speaker.personKey).inserted else { continue }
            let held = roles.isEmpty ? "no office that may speak for the council" : roles.map(\.rawValue).sorted().joined(separator: ", ")
            violations.append(Violation(.words(sentence: quote.attributionSentence, words: quote.attributionWords),
                                        message: "the release quotes \(speaker.displayName) (\(held)); member quotes are restricted to \(allowed)"))
        }
        return violations
    }

    private var allowed: String {
        let names: [CouncilProfile.Role: String] = [.mayor: "the Mayor", .chair: "the Chair", .leader: "the Leader", .cabinet: "Cabinet members",
                                                    .viceChair: "the Vice-Chair", .committeeChair: "committee chairs"]
        return CouncilProfile.Role.allCases.filter(allowedRoles.contains).compactMap { names[$0] }.joined(separator: ", ")
    }
}
