/// Byte-level questions about UTF-8 text that the readers ask on their hot paths.
enum UTF8Bytes {
    static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }

    /// The bytes less their continuation bytes, counted eight at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var continuations = 0
        var index = 0
        while index + 8 <= bytes.count {
            continuations += continuationCount(in: eightBytes(bytes, at: index))
            index += 8
        }
        while index < bytes.count {
            if isContinuation(bytes[index]) { continuations += 1 }
            index += 1
        }
        return bytes.count - continuations
    }

    static func scalarCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        scalarCount(UnsafeBufferPointer(rebasing: bytes))
    }

    /// The length of the bytes' ASCII start, read eight bytes at a time.
    static func asciiPrefixLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index + 8 <= bytes.count, !holdsNonASCII(eightBytes(bytes, at: index)) {
            index += 8
        }
        while index < bytes.count, bytes[index] < 0x80 { index += 1 }
        return index
    }

    /// The index of the first of `first`, `second` or `third` at or after `start` (the bytes'
    /// count for none), eight bytes at a time: a byte loop over every block cost more than
    /// what was done at the bytes it found.
    static func firstIndex(of first: UInt8, _ second: UInt8, _ third: UInt8,
                           in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index + 8 <= bytes.count {
            let found = flags(of: first, second, third, in: eightBytes(bytes, at: index))
            // The lowest flag is exact (a false one only follows a true one); the lowest byte is the
            // first on the little-endian machines Swift runs on here (x86-64, arm64).
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, bytes[index] != first, bytes[index] != second, bytes[index] != third { index += 1 }
        return index
    }

    /// Calls `body` with each byte below `limit` (at most 0x80), passing over eight bytes at a time.
    static func forEachByte(below limit: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Void) {
        var index = 0
        while index + 8 <= bytes.count {
            if holdsByte(below: limit, in: eightBytes(bytes, at: index)) {
                for byte in UnsafeBufferPointer(rebasing: bytes[index..<index + 8]) where byte < limit { body(byte) }
            }
            index += 8
        }
        for byte in UnsafeBufferPointer(rebasing: bytes[index...]) where byte < limit { body(byte) }
    }

    /// The eight bytes from `index` (which must have eight after it) as one word, the first lowest.
    @inline(__always)
    static func eightBytes(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    /// A high bit in each byte of `word` that is `byte` (and perhaps in bytes above one that
    /// is): zero when none of the eight is.
    @inline(__always)
    static func flags(of byte: UInt8, in word: UInt64) -> UInt64 {
        zeroBytes(word ^ repeated(byte))
    }

    /// `flags(of:in:)` for any of three bytes.
    @inline(__always)
    static func flags(of first: UInt8, _ second: UInt8, _ third: UInt8, in word: UInt64) -> UInt64 {
        flags(of: first, in: word) | flags(of: second, in: word) | flags(of: third, in: word)
    }

    /// Whether a byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func holdsByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- repeated(limit)) & ~word & 0x8080_8080_8080_8080 != 0
    }

    @inline(__always)
    static func holdsNonASCII(_ word: UInt64) -> Bool {
        word & 0x8080_8080_8080_8080 != 0
    }

    /// How many of the eight bytes of `word` are UTF-8 continuation bytes (10xxxxxx).
    @inline(__always)
    static func continuationCount(in word: UInt64) -> Int {
        (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
    }

    /// A high bit in each byte of `word` that is zero (and perhaps in bytes above one that is).
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    private static func repeated(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// The scalar whose UTF-8 starts at `index` (valid UTF-8 assumed) and its byte length.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = min(BlockTextBuilder.scalarLength(leadingByte: lead), bytes.count - index)
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The start of the scalar that ends just before `index`.
    static func scalarStart(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var start = index - 1
        while start > 0 && isContinuation(bytes[start]) { start -= 1 }
        return start
    }

    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        return needle.count <= bytes.count && bytes.prefix(needle.count).elementsEqual(needle)
    }

    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        return needle.count <= bytes.count && bytes.suffix(needle.count).elementsEqual(needle)
    }

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        guard let first = needle.first, needle.count <= bytes.count else { return false }
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
