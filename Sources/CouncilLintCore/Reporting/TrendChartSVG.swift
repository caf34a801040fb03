/// The 12-month trend as an inline SVG: one bar per month stacked by severity (solid, striped,
/// lined, so print and colour-blind readers tell them apart), axes labelled, a title and description.
struct TrendChartSVG {
    let trend: [PeriodReport.MonthTotal]
    /// Months of the report period, drawn on a shaded band.
    let periodMonths: Set<CalendarMonth>

    private static let width = 760.0
    private static let height = 330.0
    private static let plotLeft = 64.0
    private static let plotRight = 744.0
    private static let plotTop = 56.0
    private static let plotBottom = 256.0

    /// Bottom to top; each with the fill the legend explains.
    private static let layers: [(severity: Severity, label: String, noun: String, fill: String)] = [
        (.error, "Errors", "error", "#a4262c"),
        (.warning, "Warnings", "warning", "url(#trend-warning)"),
        (.info, "Info notes", "info note", "url(#trend-info)"),
    ]

    var svg: String {
        let scale = Self.scale(for: trend.map(\.counts.total).max() ?? 0)
        var out = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"trend-title trend-desc\" "
            + "viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(Self.height))\" width=\"\(Self.number(Self.width))\" "
            + "height=\"\(Self.number(Self.height))\">\n"
        out += "<title id=\"trend-title\">\(XMLEscaping.escapedText(title))</title>\n"
        out += "<desc id=\"trend-desc\">\(XMLEscaping.escapedText(description))</desc>\n"
        out += Self.patterns
        out += legend
        out += periodBand
        out += axes(scale: scale)
        out += bars(scale: scale)
        out += "</svg>"
        return out
    }

    var title: String {
        "Findings per month, \(trend.first?.month.name ?? "") to \(trend.last?.month.name ?? "")"
    }

    var description: String {
        let total = trend.reduce(0) { $0 + $1.counts.total }
        let bars = "Stacked bars, one per month, split into errors (solid), warnings (diagonal stripes) and info notes (horizontal lines); "
            + "the shaded band marks the report period. "
        guard total > 0, let busiest = trend.max(by: { ($0.counts.total, $1.month) < ($1.counts.total, $0.month) }) else {
            return bars + "No findings in any of these months."
        }
        return bars + "\(PeriodReport.counted(total, "finding")) in all; the most in \(busiest.month.name) (\(busiest.counts.total)). "
            + "The table below gives the same numbers."
    }

    private static let patterns = """
        <defs>
        <pattern id="trend-warning" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" fill="#c25e00"/><rect width="2" height="6" fill="#ffffff"/></pattern>
        <pattern id="trend-info" width="6" height="5" patternUnits="userSpaceOnUse">\
        <rect width="6" height="5" fill="#2f6db5"/><rect width="6" height="1.5" fill="#ffffff"/></pattern>
        </defs>

        """

    private var legend: String {
        var out = "<g class=\"legend\">"
        var x = Self.plotLeft
        for layer in Self.layers {
            out += "<rect x=\"\(Self.number(x))\" y=\"14\" width=\"14\" height=\"14\" fill=\"\(layer.fill)\" stroke=\"#1a1a1a\" stroke-width=\"0.5\"/>"
            out += "<text x=\"\(Self.number(x + 20))\" y=\"25\">\(layer.label)</text>"
            x += 110
        }
        out += "<rect x=\"\(Self.number(x))\" y=\"14\" width=\"14\" height=\"14\" class=\"period-band\" stroke=\"#1a1a1a\" stroke-width=\"0.5\"/>"
        out += "<text x=\"\(Self.number(x + 20))\" y=\"25\">Report period</text>"
        return out + "</g>\n"
    }

    private var slotWidth: Double { (Self.plotRight - Self.plotLeft) / Double(max(trend.count, 1)) }

    private var periodBand: String {
        let indices = trend.indices.filter { periodMonths.contains(trend[$0].month) }
        guard let first = indices.first, let last = indices.last else { return "" }
        let x = Self.plotLeft + Double(first) * slotWidth
        return "<rect class=\"period-band\" x=\"\(Self.number(x))\" y=\"\(Self.number(Self.plotTop - 8))\" "
            + "width=\"\(Self.number(Double(last - first + 1) * slotWidth))\" height=\"\(Self.number(Self.plotBottom - Self.plotTop + 8))\"/>\n"
    }

    private func axes(scale: (top: Int, step: Int)) -> String {
        var out = "<g class=\"axis\">"
        for tick in stride(from: 0, through: scale.top, by: scale.step) {
            let y = Self.y(tick, top: scale.top)
            out += "<line class=\"grid\" x1=\"\(Self.number(Self.plotLeft))\" x2=\"\(Self.number(Self.plotRight))\" "
                + "y1=\"\(Self.number(y))\" y2=\"\(Self.number(y))\"/>"
            out += "<text x=\"\(Self.number(Self.plotLeft - 8))\" y=\"\(Self.number(y + 4))\" text-anchor=\"end\">\(tick)</text>"
        }
        out += "<line class=\"baseline\" x1=\"\(Self.number(Self.plotLeft))\" x2=\"\(Self.number(Self.plotRight))\" "
            + "y1=\"\(Self.number(Self.plotBottom))\" y2=\"\(Self.number(Self.plotBottom))\"/>"
        for (index, total) in trend.enumerated() {
            let x = Self.number(Self.plotLeft + (Double(index) + 0.5) * slotWidth)
            out += "<text x=\"\(x)\" y=\"\(Self.number(Self.plotBottom + 18))\" text-anchor=\"middle\">\(total.month.abbreviation)</text>"
            if index == 0 || total.month.month == 1 {
                out += "<text x=\"\(x)\" y=\"\(Self.number(Self.plotBottom + 34))\" text-anchor=\"middle\">\(total.month.year)</text>"
            }
        }
        let middle = Self.number((Self.plotTop + Self.plotBottom) / 2)
        out += "<text class=\"axis-title\" x=\"18\" y=\"\(middle)\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(middle))\">Findings</text>"
        out += "<text class=\"axis-title\" x=\"\(Self.number((Self.plotLeft + Self.plotRight) / 2))\" y=\"\(Self.number(Self.height - 8))\" "
            + "text-anchor=\"middle\">Month of the document’s own date</text>"
        return out + "</g>\n"
    }

    private func bars(scale: (top: Int, step: Int)) -> String {
        let barWidth = slotWidth * 0.6
        var out = "<g class=\"bars\">"
        for (index, total) in trend.enumerated() {
            let x = Self.plotLeft + Double(index) * slotWidth + (slotWidth - barWidth) / 2
            var stacked = 0
            for layer in Self.layers where total.counts[layer.severity] > 0 {
                let count = total.counts[layer.severity]
                let top = Self.y(stacked + count, top: scale.top)
                let bottom = Self.y(stacked, top: scale.top)
                out += "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(top))\" width=\"\(Self.number(barWidth))\" "
                    + "height=\"\(Self.number(bottom - top))\" fill=\"\(layer.fill)\" stroke=\"#1a1a1a\" stroke-width=\"0.5\">"
                    + "<title>\(total.month.name): \(PeriodReport.counted(count, layer.noun))</title></rect>"
                stacked += count
            }
            if stacked > 0 {
                out += "<text class=\"total\" x=\"\(Self.number(x + barWidth / 2))\" y=\"\(Self.number(Self.y(stacked, top: scale.top) - 5))\" "
                    + "text-anchor=\"middle\">\(stacked)</text>"
            }
        }
        return out + "</g>\n"
    }

    private static func y(_ value: Int, top: Int) -> Double {
        plotBottom - Double(value) / Double(top) * (plotBottom - plotTop)
    }

    /// The axis top and tick step: a 1-2-5 step giving at most five intervals.
    static func scale(for maximum: Int) -> (top: Int, step: Int) {
        var magnitude = 1
        while true {
            for multiple in [1, 2, 5] {
                let step = multiple * magnitude
                let intervals = max(1, (maximum + step - 1) / step)
                if intervals <= 5 { return (intervals * step, step) }
            }
            magnitude *= 10
        }
    }

    /// At most one decimal, without a trailing ".0", so the output is the same on every platform.
    private static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = String(tenths / 10)
        return tenths % 10 == 0 ? whole : whole + "." + String(abs(tenths % 10))
    }
}
