/// A short name or word (an element, an entity, a line's last word; up to 16 bytes) with its
/// ASCII letters lowercased, packed into two words so that lookups allocate nothing.
struct ShortNameKey: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    static let maximumLength = 16

    /// Nil when `bytes` is longer than `maximumLength`.
    init?<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        guard bytes.count <= Self.maximumLength else { return nil }
        for (index, byte) in bytes.enumerated() {
            let lowered = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if index < 8 {
                low |= lowered << (UInt64(index) * 8)
            } else {
                high |= lowered << (UInt64(index - 8) * 8)
            }
        }
    }

    init?(_ name: String) {
        self.init(name.utf8)
    }
}
