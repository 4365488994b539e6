import Foundation

/// A 128-bit hash that is the same in every run and on every machine, for the build cache's keys.
///
/// Swift's `Hasher` is seeded afresh in each process, so it cannot key anything kept on disk.
/// This hash reads eight bytes at a time into two independent lanes and mixes them at the end
/// (the finaliser of MurmurHash3). It is not cryptographic: it guards against accidents, not
/// against someone crafting collisions in their own site. Every value is fed with its length or
/// a tag first, so `("ab", "c")` and `("a", "bc")` hash differently.
public struct StableHash: Sendable {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    /// Creates an empty hash.
    public init() {}

    /// Feeds bytes, without their length: for callers that feed a length or tag themselves.
    public mutating func feedRaw(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        let count = bytes.count
        while offset + 8 <= count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian)
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            for index in offset..<count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
            mix(tail ^ (UInt64(count - offset) << 56))
        }
        length &+= UInt64(count)
    }

    /// Feeds a whole number.
    public mutating func feed(_ value: Int) {
        mix(UInt64(bitPattern: Int64(value)))
        length &+= 8
    }

    /// Feeds a 64-bit word.
    public mutating func feed(_ value: UInt64) {
        mix(value)
        length &+= 8
    }

    /// Feeds a flag.
    public mutating func feed(_ value: Bool) {
        feed(value ? 1 : 0)
    }

    /// Feeds text as UTF-8, after its length.
    public mutating func feed(_ text: String) {
        var text = text
        text.withUTF8 { feed(UnsafeRawBufferPointer($0)) }
    }

    /// Feeds text or its absence.
    public mutating func feed(_ text: String?) {
        if let text {
            feed(1)
            feed(text)
        } else {
            feed(0)
        }
    }

    /// Feeds bytes, after their length.
    public mutating func feed(_ data: Data) {
        data.withUnsafeBytes { feed($0) }
    }

    /// Feeds bytes, after their length.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        feed(bytes.count)
        feedRaw(bytes)
    }

    /// Feeds another key.
    public mutating func feed(_ key: CacheKey) {
        mix(key.high)
        mix(key.low)
        length &+= 16
    }

    /// The hash of everything fed so far.
    public func finish() -> CacheKey {
        let high = Self.finalMix(a ^ length)
        let low = Self.finalMix(b ^ (length &* 0x9E37_79B9_7F4A_7C15) ^ high)
        return CacheKey(high: high, low: low)
    }

    /// The hash of one piece of text.
    public static func of(_ text: String) -> CacheKey {
        var hash = StableHash()
        hash.feed(text)
        return hash.finish()
    }

    /// The hash of some bytes.
    public static func of(_ data: Data) -> CacheKey {
        var hash = StableHash()
        hash.feed(data)
        return hash.finish()
    }
}

/// A key of the build cache: a 128-bit `StableHash`.
public struct CacheKey: Sendable, Hashable, CustomStringConvertible {
    /// The first 64 bits.
    public var high: UInt64
    /// The last 64 bits.
    public var low: UInt64

    /// Creates a key from its two halves.
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// 32 hexadecimal digits.
    public var description: String {
        [high, low].map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}

// MARK: - Helpers

private extension StableHash {
    mutating func mix(_ word: UInt64) {
        // Each step is a bijection of its lane (odd multipliers, rotations, adding the other
        // lane), so no two states collapse into one.
        a = ((a ^ word) &* 0x8765_4321_0FED_CBA9).rotatedLeft(by: 29) &+ b
        b = ((b ^ word) &* 0x0000_0100_0000_01B3).rotatedLeft(by: 31) ^ a
    }

    static func finalMix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k &*= 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k &*= 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }
}

private extension UInt64 {
    func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
