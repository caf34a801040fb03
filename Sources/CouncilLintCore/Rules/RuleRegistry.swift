/// Every rule councillint implements; the catalogue says how each is described and configured.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        StaffCapabilityInPublicRule.self,
        CouncillorInstructingStaffRule.self,
        MissingDeclarationsItemRule.self,
        ParticipationDespiteInterestRule.self,
        UndeclaredInterestRule.self,
        PreElectionPublicityRule.self,
        PartyPoliticalPublicityRule.self,
        MemberQuoteInPressReleaseRule.self,
    ]

    public static func ruleType(for id: String) -> (any Rule.Type)? {
        all.first { $0.id == id }
    }
}
