/// Short minutes of a town council meeting for the workflow tests: one clean, one that
/// discusses an employee's lateness in public (a `staff-capability-in-public` error).
enum SampleMinutes {
    static let staffingLine = "The staffing committee's report was received."
    static let capabilityLine = "Members expressed concern at the Deputy Clerk's repeated lateness and asked for it to be monitored."
    /// The line of the staffing item in `clean` and `withCapabilityMatter`.
    static let staffingLineNumber = 14

    static let clean = minutes(staffing: staffingLine)
    static let withCapabilityMatter = minutes(staffing: capabilityLine)

    static func minutes(staffing: String, preamble: String = "") -> String {
        """
        \(preamble)Ashcombe Town Council
        Minutes of the meeting of the Council held on Wednesday 9 April 2025 at 7pm

        Present: Cllr P Hale (Chair), Cllr D Dray, Cllr J Morris, Cllr S Patel
        In attendance: Mrs S Jennings (Town Clerk)

        2. Apologies
        Apologies were received from Cllr A Wood.

        3. Declarations of interest
        None.

        5. Staffing
        \(staffing)

        """
    }
}
