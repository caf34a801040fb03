extension CouncilProfile {
    /// The profile `councillint init` writes: every section filled with an example to replace.
    public static let starterJSON = """
    {
      "council": "Ashcombe Town Council",
      "members": [
        { "name": "Peter Hale", "aliases": ["Cllr Hale", "the Mayor"], "party": "Liberal Democrats",
          "roles": ["mayor"] },
        { "name": "Amina Rahman", "aliases": ["Cllr A Rahman"], "party": "Conservative",
          "roles": ["leader", "committee-chair"] },
        { "name": "Gareth Lloyd", "aliases": [], "party": "Independent", "roles": [] }
      ],
      "employees": [
        { "name": "Sarah Jennings", "title": "Town Clerk" },
        { "name": "Tom Whitaker", "title": "Deputy Clerk" }
      ],
      "interests": [
        { "member": "Peter Hale", "category": "disclosable-pecuniary",
          "description": "Owns 14 Market Street", "matches": ["14 Market Street"] },
        { "member": "Amina Rahman", "category": "other-registrable",
          "description": "Trustee of Ashcombe Allotments Association", "matches": ["allotment"] }
      ],
      "elections": [
        { "name": "Ordinary elections 2027", "noticeOfElection": "2027-03-26", "pollingDay": "2027-05-06" }
      ],
      "controversialTopics": ["car park charges"],
      "rules": {
        "member-quote-in-press-release": { "severity": "warning" }
      },
      "ignore": [
        { "file": "minutes/2024-*.txt", "rule": "missing-declarations-item",
          "reason": "informal working-group notes" }
      ]
    }

    """
}
