/// A date written in a document, as found by `DateRecognizer`.
public struct RecognizedDate: Hashable, Sendable {
    /// Nil when the text gives no year ("Wednesday 9th April").
    public var date: CalendarDate?
    public var month: Int
    public var day: Int
    public var yearIsExplicit: Bool
    /// The weekday as written before the date ("Wednesday", "Wed"), if any.
    public var weekdayName: String?
    /// The written weekday as a number, 1 = Monday ... 7 = Sunday, so a caller can check it
    /// against `date.weekday`.
    public var statedWeekday: Int?
    /// Where the date is written, in UTF-8 offsets into the text searched.
    public var utf8Range: Range<Int>
    public var form: Form

    /// How the date is written. Numeric dates are the least certain: "5.1.10" may be an item number.
    public enum Form: Sendable, Hashable {
        /// "Wednesday 9th April 2025", "April 9, 2025", "9 Apr 2025"
        case words
        /// "09/04/2025", "9.4.25", "9-4-2025"
        case numeric
        /// "2025-04-09"
        case iso
    }
}

/// Finds dates written the ways English council documents write them, in UK day-month order:
/// "Wednesday, 9th April 2025", "9 Apr 2025", "April 9th 2025", "09/04/2025", "9.4.25",
/// "2025-04-09" and yearless "Wednesday 9th April". Minute numbers ("25/041"), planning
/// references ("17/00170/0"), times ("7.30pm"), money ("£9.40") and section numbers ("6.1.5")
/// are not dates.
public enum DateRecognizer {
    public static func dates(in text: String) -> [RecognizedDate] {
        dates(in: text[...])
    }

    /// The dates of `text`, their ranges counted from its start.
    public static func dates(in text: Substring) -> [RecognizedDate] {
        let utf8 = text.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            var scanner = DateScanner(bytes: bytes)
            return scanner.scan()
        }
        return found ?? dates(in: String(text))
    }
}

/// One pass over a text's UTF-8 bytes.
private struct DateScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private var found: [RecognizedDate] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func scan() -> [RecognizedDate] {
        // Every form has a day or a year in digits: most sentences are turned away here.
        guard bytes.contains(where: isDigit) else { return [] }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard isAlphanumeric(byte), index == 0 || !isAlphanumeric(bytes[index - 1]) else {
                index += 1
                continue
            }
            index = isDigit(byte) ? scanNumberChain(at: index) : scanWord(at: index)
        }
        return found
    }

    // MARK: Words: weekdays and month names

    /// Tries the date forms that begin with a word; returns where scanning continues.
    private mutating func scanWord(at start: Int) -> Int {
        let wordEnd = endOfLetters(from: start)
        switch DateWords.lookup(bytes, start..<wordEnd) {
        case .weekday(let weekday):
            let stated = StatedWeekday(number: weekday, name: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<wordEnd]), as: UTF8.self))
            if let date = dateAfterWeekday(stated, weekdayStart: start, weekdayEnd: wordEnd) {
                found.append(date)
                return date.utf8Range.upperBound
            }
        case .month:
            if let date = monthFirstDate(at: start, weekday: nil, rangeStart: start) {
                found.append(date)
                return date.utf8Range.upperBound
            }
        case .of, .the, nil:
            break
        }
        return wordEnd
    }

    /// "Wednesday 9 April", "Wednesday, 9th April 2025", "Wed. the 9th of April", "Tuesday March 11th 2014".
    private func dateAfterWeekday(_ weekday: StatedWeekday, weekdayStart: Int, weekdayEnd: Int) -> RecognizedDate? {
        var index = weekdayEnd
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") { index += 1 }
        let afterGap = skipGap(from: index, allowingComma: true)
        guard afterGap > index else { return nil }
        index = afterGap
        let wordEnd = endOfLetters(from: index)
        if wordEnd > index, DateWords.lookup(bytes, index..<wordEnd) == .the {
            let afterThe = skipGap(from: wordEnd, allowingComma: false)
            guard afterThe > wordEnd else { return nil }
            index = afterThe
        }
        guard index < bytes.count else { return nil }
        if isDigit(bytes[index]) { return dayFirstDate(at: index, weekday: weekday, rangeStart: weekdayStart) }
        return monthFirstDate(at: index, weekday: weekday, rangeStart: weekdayStart)
    }

    /// "9 April 2025", "9th of April, 2025", "9TH APRIL 2025", "9 Apr 2025", "9th April".
    private func dayFirstDate(at start: Int, weekday: StatedWeekday?, rangeStart: Int) -> RecognizedDate? {
        guard let day = dayOfMonth(at: start) else { return nil }
        var index = skipGap(from: day.end, allowingComma: false)
        guard index > day.end else { return nil }
        var monthStart = index
        var monthEnd = endOfLetters(from: monthStart)
        if monthEnd > monthStart, DateWords.lookup(bytes, monthStart..<monthEnd) == .of {
            index = skipGap(from: monthEnd, allowingComma: false)
            guard index > monthEnd else { return nil }
            monthStart = index
            monthEnd = endOfLetters(from: monthStart)
        }
        guard monthEnd > monthStart, case .month(let month) = DateWords.lookup(bytes, monthStart..<monthEnd),
              isWordEnd(monthEnd)
        else { return nil }
        let year = yearAfter(monthEnd + (monthEnd < bytes.count && bytes[monthEnd] == UInt8(ascii: ".") ? 1 : 0))
        guard year != nil || isCapitalised(monthStart) else { return nil }
        return recognized(year: year?.value, month: month, day: day.value, weekday: weekday,
                          range: rangeStart..<(year?.end ?? monthEnd), form: .words)
    }

    /// "April 9, 2025", "April 9th 2025", "Tuesday March 11 2014"; a year needs a comma, an ordinal
    /// or a weekday ("Expenses Dec 16 2077" is December 2016 and cheque 2077). Yearless only with an
    /// ordinal or a weekday ("Friday January 31st"): "in June 12 members attended" is not a date.
    private func monthFirstDate(at start: Int, weekday: StatedWeekday?, rangeStart: Int) -> RecognizedDate? {
        let monthEnd = endOfLetters(from: start)
        guard monthEnd > start, case .month(let month) = DateWords.lookup(bytes, start..<monthEnd) else { return nil }
        var index = monthEnd
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") { index += 1 }
        let dayStart = skipGap(from: index, allowingComma: false)
        guard dayStart > index, let day = dayOfMonth(at: dayStart) else { return nil }
        let isMarked = day.hasOrdinal || weekday != nil
        let year = yearAfter(day.end).flatMap { year in
            isMarked || bytes[day.end..<year.start].contains(UInt8(ascii: ",")) ? year : nil
        }
        guard year != nil || (isCapitalised(start) && isMarked) else { return nil }
        return recognized(year: year?.value, month: month, day: day.value, weekday: weekday,
                          range: rangeStart..<(year?.end ?? day.end), form: .words)
    }

    /// A day of the month, 1 or 2 digits with an optional ordinal ("9", "09", "9th", "31ST"),
    /// standing alone.
    private func dayOfMonth(at start: Int) -> (value: Int, end: Int, hasOrdinal: Bool)? {
        let digitsEnd = endOfDigits(from: start)
        guard digitsEnd - start <= 2, let day = decimal(start..<digitsEnd), (1...31).contains(day) else { return nil }
        if isWordEnd(digitsEnd) { return (day, digitsEnd, false) }
        let suffixEnd = endOfLetters(from: digitsEnd)
        guard suffixEnd == digitsEnd + 2, isWordEnd(suffixEnd) else { return nil }
        switch (bytes[digitsEnd] | 0x20, bytes[digitsEnd + 1] | 0x20) {
        case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
             (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
            return (day, suffixEnd, true)
        default:
            return nil
        }
    }

    /// A four-digit year after a month or day ("April 2025", "9, 2025"), if one follows.
    private func yearAfter(_ index: Int) -> (value: Int, start: Int, end: Int)? {
        let yearStart = skipGap(from: index, allowingComma: true)
        guard yearStart > index, yearStart < bytes.count, isDigit(bytes[yearStart]) else { return nil }
        let yearEnd = endOfDigits(from: yearStart)
        guard yearEnd - yearStart == 4, isWordEnd(yearEnd), let year = decimal(yearStart..<yearEnd),
              DateScanner.plausibleYears.contains(year)
        else { return nil }
        return (year, yearStart, yearEnd)
    }

    // MARK: Numbers: 09/04/2025, 9.4.25, 9-4-2025, 2025-04-09

    /// Reads a run of digit groups joined by "/", "." or "-"; reports any numeric date in it and,
    /// for a lone number, tries "9 April 2025". Returns the end of the run.
    private mutating func scanNumberChain(at start: Int) -> Int {
        let firstEnd = endOfDigits(from: start)
        // A lone number, by far the most common, is read without building the chain.
        guard joinsAnotherGroup(at: firstEnd) else {
            if !followsCurrencySign(start), let date = dayFirstDate(at: start, weekday: nil, rangeStart: start) {
                found.append(date)
                return date.utf8Range.upperBound
            }
            return firstEnd
        }
        var groups: [Range<Int>] = [start..<firstEnd]
        var separators: [UInt8] = []
        while let last = groups.last, joinsAnotherGroup(at: last.upperBound) {
            separators.append(bytes[last.upperBound])
            groups.append((last.upperBound + 1)..<endOfDigits(from: last.upperBound + 1))
        }
        let end = groups[groups.count - 1].upperBound
        guard groups.count >= 3, !followsCurrencySign(start), !followsReference(start) else { return end }
        for first in 0...(groups.count - 3) {
            let separator = separators[first]
            guard separators[first + 1] == separator,
                  first == 0 || separators[first - 1] != separator,
                  first + 2 == separators.count || separators[first + 2] != separator
            else { continue }
            let isLast = first + 2 == groups.count - 1
            if let date = numericDate(groups[first], groups[first + 1], groups[first + 2], separator: separator, isLastInChain: isLast) {
                found.append(date)
            }
        }
        return end
    }

    private func numericDate(_ first: Range<Int>, _ second: Range<Int>, _ third: Range<Int>, separator: UInt8,
                             isLastInChain: Bool) -> RecognizedDate? {
        let followedByLetter = isLastInChain && third.upperBound < bytes.count && isLetter(bytes[third.upperBound])
        if separator == UInt8(ascii: "-"), first.count == 4, second.count == 2, third.count == 2 {
            let isDateTime = followedByLetter && bytes[third.upperBound] == UInt8(ascii: "T")
                && third.upperBound + 1 < bytes.count && isDigit(bytes[third.upperBound + 1])
            guard !followedByLetter || isDateTime, let year = decimal(first), DateScanner.plausibleYears.contains(year),
                  let month = decimal(second), let day = decimal(third)
            else { return nil }
            return recognized(year: year, month: month, day: day, weekday: nil, range: first.lowerBound..<third.upperBound, form: .iso)
        }
        guard !followedByLetter, (1...2).contains(first.count), (1...2).contains(second.count),
              third.count == 2 || third.count == 4,
              let day = decimal(first), let month = decimal(second), let writtenYear = decimal(third)
        else { return nil }
        let year = third.count == 2 ? 2000 + writtenYear : writtenYear
        guard DateScanner.plausibleYears.contains(year) else { return nil }
        return recognized(year: year, month: month, day: day, weekday: nil, range: first.lowerBound..<third.upperBound,
                          form: .numeric)
    }

    /// A separator at `index` with a digit after it: the chain of digit groups goes on.
    private func joinsAnotherGroup(at index: Int) -> Bool {
        index + 1 < bytes.count && Self.isNumericSeparator(bytes[index]) && isDigit(bytes[index + 1])
    }

    private static func isNumericSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
    private static let plausibleYears = 1900...2199

    /// "£9.40", "$12", "€5": money, not a day.
    private func followsCurrencySign(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = bytes[index - 1]
        if previous == UInt8(ascii: "$") || previous == UInt8(ascii: "#") { return true }
        if index >= 2, bytes[index - 2] == 0xC2, previous == 0xA3 { return true }  // £
        return index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x82 && previous == 0xAC  // €
    }

    /// "FC24/1/25", "ref.9/4/25": the numbers continue a reference that starts with letters.
    private func followsReference(_ index: Int) -> Bool {
        guard index >= 2 else { return false }
        return Self.isNumericSeparator(bytes[index - 1]) && isAlphanumeric(bytes[index - 2])
    }

    // MARK: Building the result

    private func recognized(year: Int?, month: Int, day: Int, weekday: StatedWeekday?, range: Range<Int>,
                            form: RecognizedDate.Form) -> RecognizedDate? {
        var date: CalendarDate?
        if let year {
            guard let valid = CalendarDate(year: year, month: month, day: day) else { return nil }
            date = valid
        } else {
            guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
        }
        return RecognizedDate(date: date, month: month, day: day, yearIsExplicit: year != nil,
                              weekdayName: weekday?.name, statedWeekday: weekday?.number, utf8Range: range, form: form)
    }

    // MARK: Bytes

    /// Skips spaces, tabs, line breaks and no-break spaces, and at most one comma among them.
    private func skipGap(from start: Int, allowingComma: Bool) -> Int {
        var index = start
        var commaSeen = !allowingComma
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                index += 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else if byte == UInt8(ascii: ","), !commaSeen {
                commaSeen = true
                index += 1
            } else {
                break
            }
        }
        return index
    }

    private func endOfLetters(from start: Int) -> Int {
        var index = start
        while index < bytes.count, isLetter(bytes[index]) { index += 1 }
        return index
    }

    private func endOfDigits(from start: Int) -> Int {
        var index = start
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        return index
    }

    private func decimal(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 9 else { return nil }
        return bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private func isWordEnd(_ index: Int) -> Bool {
        index >= bytes.count || !isAlphanumeric(bytes[index])
    }

    private func isCapitalised(_ index: Int) -> Bool {
        bytes[index] >= UInt8(ascii: "A") && bytes[index] <= UInt8(ascii: "Z")
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    private func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
}

private struct StatedWeekday {
    let number: Int
    let name: String
}

/// The words dates are made of, looked up by their letters packed into an integer so that a
/// word is matched without building a String.
private enum DateWords: Equatable {
    case month(Int)
    case weekday(Int)
    case of
    case the

    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> DateWords? {
        guard (2...9).contains(range.count),
              let opening = twoLetterIndex(bytes[range.lowerBound], bytes[range.lowerBound + 1]),
              openings[opening >> 6] & (1 << (opening & 63)) != 0 else { return nil }
        // A binary search of the sorted keys: no hashing for each word of a dated sentence.
        let wanted = key(bytes[range])
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < wanted { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == wanted ? words[low] : nil
    }

    private static func key(_ letters: some Sequence<UInt8>) -> UInt64 {
        letters.reduce(0) { $0 << 5 | UInt64(($1 | 0x20) - UInt8(ascii: "a") + 1) }
    }

    /// The first two letters of every word named, as bits: most words of a dated
    /// sentence ("meeting", "held", "council") are turned away by them before the search.
    private static let openings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (26 * 26 + 63) / 64)
        for (name, _) in named {
            let letters = Array(name.utf8)
            let index = twoLetterIndex(letters[0], letters[1])!
            bits[index >> 6] |= 1 << (index & 63)
        }
        return bits
    }()

    private static func twoLetterIndex(_ first: UInt8, _ second: UInt8) -> Int? {
        let first = (first | 0x20) &- UInt8(ascii: "a"), second = (second | 0x20) &- UInt8(ascii: "a")
        guard first < 26, second < 26 else { return nil }
        return Int(first) * 26 + Int(second)
    }

    private static let byKey = named.map { (key: key($0.name.utf8), word: $0.word) }.sorted { $0.key < $1.key }
    private static let keys = byKey.map(\.key)
    private static let words = byKey.map(\.word)

    private static let named: [(name: String, word: DateWords)] = {
        let months = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
            ["november", "nov"], ["december", "dec"],
        ]
        let weekdays = [
            ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed", "weds"],
            ["thursday", "thu", "thur", "thurs"], ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
        ]
        return [("of", .of), ("the", .the)]
            + months.enumerated().flatMap { index, names in names.map { ($0, DateWords.month(index + 1)) } }
            + weekdays.enumerated().flatMap { index, names in names.map { ($0, DateWords.weekday(index + 1)) } }
    }()
}
