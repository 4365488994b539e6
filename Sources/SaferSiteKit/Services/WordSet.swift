/// A set of words as UTF-8 bytes, for `SearchIndexGenerator.newWords`, which asks it about
/// every word of every page.
///
/// `Set<String>` would make a `String` of each word and hash it with SipHash; this keeps the
/// words' bytes in one array and finds them by an FNV-1a hash with open addressing, several
/// times faster for short keys. Only membership is kept: the words are not listed back.
struct WordSet {
    /// Every word's bytes, one after another.
    private var bytes: [UInt8] = []
    /// Where each word is in `bytes`.
    private var words: [Range<Int>] = []
    /// Each slot holds a word's index in `words` plus one, or 0 when empty. Its count is a
    /// power of two, at least twice the number of words.
    private var slots: [Int]

    /// An empty set with room for `capacity` words before it grows.
    init(capacity: Int = 512) {
        var count = 16
        while count < capacity * 2 { count *= 2 }
        slots = Array(repeating: 0, count: count)
    }

    /// How many words the set holds.
    var count: Int { words.count }

    /// Adds a word; true when it was not in the set already.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var slot = Self.hash(word) & (slots.count - 1)
        while slots[slot] != 0 {
            if bytes[words[slots[slot] - 1]].elementsEqual(word) { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
        words.append(bytes.count..<bytes.count + word.count)
        bytes.append(contentsOf: word)
        slots[slot] = words.count
        if words.count * 2 > slots.count { grow() }
        return true
    }
}

// MARK: - Helpers

private extension WordSet {
    static func hash<Bytes: Sequence<UInt8>>(_ word: Bytes) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ hash >> 32)
    }

    mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (index, range) in words.enumerated() {
            var slot = Self.hash(bytes[range]) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = index + 1
        }
    }
}
