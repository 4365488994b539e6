/// Gives a plain (unquoted) scalar its YAML 1.2 core-schema meaning: null, true/false, a whole
/// number, a decimal number, a date, or text.
///
/// Spellings that YAML tools read differently (YAML 1.1 binary `0b101`, `1_000`, signed `-0x1F`)
/// are refused rather than guessed, and so are numbers that do not fit and dates not on the calendar.
enum ScalarResolver {
    /// The value of a plain scalar, or the problem with it.
    static func resolve(_ text: String) -> Result<FrontMatterValue, FrontMatterError> {
        switch text {
        case "", "~", "null", "Null", "NULL": return .success(.null)
        case "true", "True", "TRUE": return .success(.bool(true))
        case "false", "False", "FALSE": return .success(.bool(false))
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .success(.float(.infinity, literal: text))
        case "-.inf", "-.Inf", "-.INF": return .success(.float(-.infinity, literal: text))
        case ".nan", ".NaN", ".NAN": return .success(.float(.nan, literal: text))
        // YAML 1.2 reads a plain `<<` as text, but ruamel.yaml and YAML 1.1 tools as a merge.
        case "<<": return .failure(.mergeKey)
        default: break
        }
        let bytes = Array(text.utf8)
        if let value = integer(text, bytes) { return value }
        if isFloat(bytes) {
            // `.5e3` is a number in YAML 1.2 but text to ruamel.yaml.
            let unsigned = bytes.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
            if unsigned.first == UInt8(ascii: "."), unsigned.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
                return .failure(.ambiguousNumber(text))
            }
            guard let value = Double(text), value.isFinite else { return .failure(.numberTooLarge(text)) }
            return .success(.float(value, literal: text))
        }
        if let date = TimestampResolver.resolve(bytes) {
            return date.map { .date($0) }.mapError { _ in .invalidDate(text) }
        }
        if isAmbiguousNumber(bytes) { return .failure(.ambiguousNumber(text)) }
        return .success(.string(text))
    }
}

// MARK: - Helpers

private extension ScalarResolver {
    static func integer(_ text: String, _ bytes: [UInt8]) -> Result<FrontMatterValue, FrontMatterError>? {
        let unsigned = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes[...]
        if !unsigned.isEmpty, unsigned.allSatisfy(isDigit) {
            guard let value = Int(text) else { return .failure(.integerTooLarge(text)) }
            return .success(.int(value))
        }
        if let (radix, digits) = prefixed(bytes), !digits.isEmpty,
           digits.allSatisfy({ radix == 8 ? isOctal($0) : isHex($0) }) {
            guard let value = Int(String(decoding: digits, as: UTF8.self), radix: radix) else {
                return .failure(.integerTooLarge(text))
            }
            return .success(.int(value))
        }
        return nil
    }

    /// `0o` or `0x` and the digits after it.
    static func prefixed(_ bytes: [UInt8]) -> (Int, ArraySlice<UInt8>)? {
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "0") else { return nil }
        switch bytes[1] {
        case UInt8(ascii: "o"): return (8, bytes.dropFirst(2))
        case UInt8(ascii: "x"): return (16, bytes.dropFirst(2))
        default: return nil
        }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    static func isFloat(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        let wholeStart = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        let wholeDigits = index - wholeStart
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            if wholeDigits == 0 && index == fractionStart { return false }
        } else if wholeDigits == 0 {
            return false
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            let exponentStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            if index == exponentStart { return false }
        }
        return index == bytes.count
    }

    /// Numbers in YAML 1.1 or in popular parsers but text in YAML 1.2: `0b1010`, `1_000`, `+0x1F`, `-0o17`.
    static func isAmbiguousNumber(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        let signed = body.first == UInt8(ascii: "-") || body.first == UInt8(ascii: "+")
        if signed { body = body.dropFirst() }
        let underscore = UInt8(ascii: "_")
        if body.count > 2, body.first == UInt8(ascii: "0") {
            let digits = body.dropFirst(2)
            switch body[body.startIndex + 1] {
            case UInt8(ascii: "b"):
                return digits.allSatisfy { $0 == underscore || $0 == 0x30 || $0 == 0x31 }
            case UInt8(ascii: "x"):
                return (signed || digits.contains(underscore)) && digits.allSatisfy { isHex($0) || $0 == underscore }
            case UInt8(ascii: "o"):
                return (signed || digits.contains(underscore)) && digits.allSatisfy { isOctal($0) || $0 == underscore }
            default:
                break
            }
        }
        guard body.contains(underscore), let first = body.first, isDigit(first) else { return false }
        let withoutUnderscores = bytes.filter { $0 != underscore }
        return isFloat(withoutUnderscores)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isOctal(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x37 }
    static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}
