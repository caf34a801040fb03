import XCTest
@testable import CouncilLintCore

final class JSONWriterTests: XCTestCase {
    func test_keys_areSortedAtEveryLevel() {
        let value: JSONValue = ["version": "2.1.0", "$schema": "s", "runs": [["tool": 1, "results": []]]]
        XCTAssertEqual(JSONWriter().string(value), """
            {
              "$schema": "s",
              "runs": [
                {
                  "results": [],
                  "tool": 1
                }
              ],
              "version": "2.1.0"
            }
            """)
    }

    func test_strings_escapeQuotesBackslashesAndControlCharacters_keepUnicode() {
        let value: JSONValue = .string("Cllr Hale’s \"£50\"\\\n\t\u{01}/")
        XCTAssertEqual(JSONWriter().string(value), #""Cllr Hale’s \"£50\"\\\n\t\u0001/""#)
    }

    func test_numbers_wholeWithoutFraction_nonFiniteAsNull() {
        XCTAssertEqual(JSONWriter().string([.integer(42), .number(0.5), .number(.nan), .bool(false), .null, [:]]),
                       "[\n  42,\n  0.5,\n  null,\n  false,\n  null,\n  {}\n]")
    }

    func test_output_roundTripsThroughJSONSerialization() throws {
        let text = JSONWriter().string(["excerpt": "“quoted” \u{1F}", "line": 9])
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        XCTAssertEqual(parsed?["excerpt"] as? String, "“quoted” \u{1F}")
        XCTAssertEqual(parsed?["line"] as? Int, 9)
    }
}
