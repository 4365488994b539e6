@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// Plain scalars get their YAML 1.2 core-schema type; quoted scalars are always text.
struct ScalarTests {
    @Test(arguments: [
        // Whole numbers: decimal (leading zeros are still decimal in YAML 1.2), 0o octal, 0x hex.
        ("v: 12", #"{"v":12}"#),
        ("v: -12", #"{"v":-12}"#),
        ("v: +12", #"{"v":12}"#),
        ("v: 007", #"{"v":7}"#),
        ("v: 0o17", #"{"v":15}"#),
        ("v: 0x1F", #"{"v":31}"#),
        ("v: 0xff", #"{"v":255}"#),
        ("v: 9223372036854775807", #"{"v":9223372036854775807}"#),
        // Decimal numbers.
        ("v: 1.5", #"{"v":1.5}"#),
        ("v: -1.5e3", #"{"v":-1500.0}"#),
        ("v: .5", #"{"v":0.5}"#),
        ("v: +.5", #"{"v":0.5}"#),
        ("v: 1.", #"{"v":1.0}"#),
        ("v: 1e3", #"{"v":1000.0}"#),
        ("v: 6.02E+23", #"{"v":6.02e+23}"#),
        ("v: .inf", #"{"v":".inf"}"#),
        ("v: +.INF", #"{"v":".inf"}"#),
        ("v: -.Inf", #"{"v":"-.inf"}"#),
        ("v: .NaN", #"{"v":".nan"}"#),
        // true/false, null.
        ("v: true", #"{"v":true}"#),
        ("v: True", #"{"v":true}"#),
        ("v: FALSE", #"{"v":false}"#),
        ("v: null", #"{"v":null}"#),
        ("v: Null", #"{"v":null}"#),
        ("v: ~", #"{"v":null}"#),
        ("v:", #"{"v":null}"#),
        ("v: # nothing", #"{"v":null}"#),
        // YAML 1.1 booleans are text in YAML 1.2.
        ("v: [yes, no, on, off, y, n, Yes, OFF]", #"{"v":["yes","no","on","off","y","n","Yes","OFF"]}"#),
        // Dates and date-times, kept as written (no zone means UTC).
        ("v: 2015-06-03", #"{"v":"2015-06-03"}"#),
        ("v: 2016-02-29", #"{"v":"2016-02-29"}"#),
        ("v: 2015-06-03T10:00:00Z", #"{"v":"2015-06-03T10:00:00Z"}"#),
        ("v: 2015-06-03 10:00:00 +01:00", #"{"v":"2015-06-03T10:00:00+01:00"}"#),
        ("v: 2015-06-03t10:00:00.25-05", #"{"v":"2015-06-03T10:00:00.25-05:00"}"#),
        ("v: 2015-6-3 1:02:03", #"{"v":"2015-06-03T01:02:03Z"}"#),
        ("v: 2015-06-03T10:00:00", #"{"v":"2015-06-03T10:00:00Z"}"#),
        // Text that only looks like something else.
        ("v: 0X1F", #"{"v":"0X1F"}"#),
        ("v: 0o18", #"{"v":"0o18"}"#),
        ("v: 12:30", #"{"v":"12:30"}"#),
        ("v: 2015-6-3", #"{"v":"2015-6-3"}"#),
        ("v: 2015-06-03 10:00", #"{"v":"2015-06-03 10:00"}"#),
        ("v: 1e3.5", #"{"v":"1e3.5"}"#),
        ("v: .Nan", #"{"v":".Nan"}"#),
        ("v: nULL", #"{"v":"nULL"}"#),
        ("v: -x", #"{"v":"-x"}"#),
        ("v: :x", #"{"v":":x"}"#),
        ("v: ?x", #"{"v":"?x"}"#),
        ("v: x:y", #"{"v":"x:y"}"#),
        ("v: a#b", #"{"v":"a#b"}"#),
        ("v: https://example.org/a#b", #"{"v":"https://example.org/a#b"}"#),
        ("v: b, c [d] {e}", #"{"v":"b, c [d] {e}"}"#),
        ("v: text # comment", #"{"v":"text"}"#),
        ("v: 0bad", #"{"v":"0bad"}"#),
        // Quoted scalars are always text.
        ("v: '12'", #"{"v":"12"}"#),
        ("v: \"true\"", #"{"v":"true"}"#),
        ("v: ''", #"{"v":""}"#),
        ("v: \"\"", #"{"v":""}"#),
        ("v: '2015-06-03'", #"{"v":"2015-06-03"}"#),
        ("v: '~'", #"{"v":"~"}"#),
    ])
    func plainScalarsHaveCoreSchemaMeaning(_ yaml: String, _ json: String) {
        let result = documentJSON(yaml)
        #expect(result.json == json, "\(describe(result.diagnostics))")
    }

    @Test func decimalKeepsItsLiteralForExactMoney() {
        let (root, _) = FrontMatterParser.parseDocument("amount: 12500.50\n", file: "data.yaml")
        #expect(root?.value["amount"]?.value == .float(12500.5, literal: "12500.50"))
    }

    @Test func dateKeepsItsParts() {
        let (root, _) = FrontMatterParser.parseDocument("d: 2015-06-03 10:04:05.120 -02:30\n", file: "data.yaml")
        let time = FrontMatterDate.Time(hour: 10, minute: 4, second: 5, fraction: "120", offsetMinutes: -150)
        #expect(root?.value["d"]?.value == .date(FrontMatterDate(year: 2015, month: 6, day: 3, time: time)))
    }

    @Test func integerKeepsItsType() {
        let (root, _) = FrontMatterParser.parseDocument("weight: 10\n", file: "data.yaml")
        #expect(root?.value["weight"]?.value == .int(10))
    }
}
