import Foundation

/// A set of words as UTF-8 bytes, for `SearchIndexGenerator.newWords`, which asks it about
/// every word of every page.
///
/// `Set<String>` would make a `String` of each word and hash it with SipHash; this keeps the
/// words' bytes in one array and finds them by a simple multiplicative hash with open
/// addressing, several times faster for short keys. Only membership is kept: the words are not listed back.
struct WordSet {
    /// Every word's bytes, one after another.
    private var bytes: [UInt8] = []
    /// Where each word is in `bytes`.
    private var words: [Range<Int>] = []
    /// Each word's hash, so that a slot holding another word is mostly passed without comparing bytes.
    private var hashes: [Int] = []
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
        let hash = Self.hash(word)
        var slot = hash & (slots.count - 1)
        while slots[slot] != 0 {
            let index = slots[slot] - 1
            if hashes[index] == hash, holds(word, at: words[index]) { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
        words.append(bytes.count..<bytes.count + word.count)
        hashes.append(hash)
        bytes.append(contentsOf: word)
        slots[slot] = words.count
        if words.count * 2 > slots.count { grow() }
        return true
    }
}

// MARK: - Helpers

private extension WordSet {
    /// Eight bytes at a time, each step a multiply and a shift (SplitMix64's mixing), rather
    /// than a multiply for every byte: most words fit in one or two steps.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = UInt64(word.count) &* 0x9e37_79b9_7f4a_7c15
        let raw = UnsafeRawBufferPointer(word)
        var offset = 0
        while offset < word.count {
            var chunk: UInt64 = 0
            if offset + 8 <= word.count {
                chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            } else {
                for index in offset..<word.count { chunk = chunk << 8 | UInt64(word[index]) }
            }
            hash = (hash ^ chunk) &* 0xbf58_476d_1ce4_e5b9
            hash ^= hash >> 31
            offset += 8
        }
        return Int(truncatingIfNeeded: (hash &* 0x94d0_49bb_1331_11eb) ^ hash >> 29)
    }

    /// Whether the word at `range` of `bytes` is `word`.
    func holds(_ word: UnsafeBufferPointer<UInt8>, at range: Range<Int>) -> Bool {
        guard range.count == word.count else { return false }
        guard let start = word.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + range.lowerBound, start, word.count) == 0 }
    }

    mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (index, hash) in hashes.enumerated() {
            var slot = hash & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = index + 1
        }
    }
}
