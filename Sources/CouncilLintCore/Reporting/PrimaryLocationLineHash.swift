/// GitHub code scanning's `primaryLocationLineHash` of every line of a file, computed exactly as
/// github/codeql-action's upload does (src/fingerprints.ts), so that the fingerprints we send agree
/// with the ones it would compute and alerts keep their identity when lines move.
///
/// A rolling hash over the UTF-16 code units of the 100 characters (spaces and tabs skipped, line
/// endings folded to "\n") that start at each line, in wrapping 64-bit arithmetic, followed by
/// ":" and how many earlier lines had the same hash.
public enum PrimaryLocationLineHash {
    /// One hash per line of `lines` (the file's lines without their line endings), index 0 for line 1.
    public static func hashes(ofLines lines: SourceLines) -> [String] {
        hashes(ofText: lines.text)
    }

    /// One hash per line of `text`; "\r", "\n" and "\r\n" all end a line.
    public static func hashes(ofText text: String) -> [String] {
        var hasher = RollingLineHasher()
        for unit in text.utf16 { hasher.process(unit) }
        return hasher.finish()
    }
}

private struct RollingLineHasher {
    private static let blockSize = 100
    private static let multiplier: UInt64 = 37
    /// The weight of the character leaving the window: 37^100, wrapped.
    private static let leavingWeight = (0..<blockSize).reduce(UInt64(1)) { weight, _ in weight &* multiplier }
    private static let endOfFile: UInt16 = 0xFFFF
    private static let space = UInt16(UInt8(ascii: " ")), tab = UInt16(UInt8(ascii: "\t"))
    private static let lineFeed = UInt16(UInt8(ascii: "\n")), carriageReturn = UInt16(UInt8(ascii: "\r"))

    private var window = [UInt16](repeating: 0, count: blockSize)
    /// The line that starts at each window slot, or nil.
    private var lineStarts = [Int?](repeating: nil, count: blockSize)
    private var hash: UInt64 = 0
    private var index = 0
    private var lineNumber = 0
    private var atLineStart = true
    private var previousWasCarriageReturn = false
    private var occurrences: [UInt64: Int] = [:]
    private var hashes: [String] = []

    mutating func process(_ unit: UInt16) {
        var unit = unit
        if unit == Self.space || unit == Self.tab || (previousWasCarriageReturn && unit == Self.lineFeed) {
            previousWasCarriageReturn = false
            return
        }
        previousWasCarriageReturn = unit == Self.carriageReturn
        if previousWasCarriageReturn { unit = Self.lineFeed }
        if lineStarts[index] != nil { emit() }
        if atLineStart {
            atLineStart = false
            lineNumber += 1
            lineStarts[index] = lineNumber
        }
        if unit == Self.lineFeed { atLineStart = true }
        update(with: unit)
    }

    /// Ends the input and returns the hashes in line order.
    mutating func finish() -> [String] {
        process(Self.endOfFile)
        for _ in 0..<Self.blockSize {
            if lineStarts[index] != nil { emit() }
            update(with: 0)
        }
        return hashes
    }

    private mutating func emit() {
        let count = occurrences[hash, default: 0] + 1
        occurrences[hash] = count
        hashes.append(String(hash, radix: 16) + ":" + String(count))
        lineStarts[index] = nil
    }

    private mutating func update(with unit: UInt16) {
        let leaving = UInt64(window[index])
        window[index] = unit
        hash = Self.multiplier &* hash &+ UInt64(unit) &- Self.leavingWeight &* leaving
        index = (index + 1) % Self.blockSize
    }
}
