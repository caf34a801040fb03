import Foundation
import XCTest
@testable import CouncilLintCore

final class PeriodReportJSONTests: XCTestCase {
    private let json = PeriodReportJSON().render(PeriodReportSamples.report)

    func test_sampleReport_matchesStoredJSON() throws {
        try ReporterResources.assertOutput(json, matches: "period.json")
    }

    func test_output_isJSON_withThePeriodSummaryAndTrend() throws {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["period"] as? [String: String], ["since": "2025-04-01", "until": "2025-04-30"])
        let summary = try XCTUnwrap(object["summary"] as? [String: Int])
        XCTAssertEqual(summary, ["documents": 3, "clean": 1, "findings": 4, "error": 2, "warning": 1, "info": 1,
                                 "undated": 1, "unreadable": 1])
        let trend = try XCTUnwrap(object["trend"] as? [[String: Any]])
        XCTAssertEqual(trend.map { $0["month"] as? String }, PeriodReportSamples.april2025.trendMonths.map(\.iso))
        XCTAssertEqual(trend.map { $0["findings"] as? Int }, [1, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 4])
    }

    func test_documentText_isCarriedVerbatim() {
        XCTAssertTrue(json.contains(#""message": "Cllr Hale told the Clerk to publish \"<script>alert(1)</script>\" on the website""#))
    }
}
