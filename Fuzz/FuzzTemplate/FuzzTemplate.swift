import CFuzzDriver
import FuzzHarness

/// libFuzzer's test for `FuzzHarness.template`; built only with `-sanitize=fuzzer` (see `make fuzz`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.crash(on: FuzzHarness.template(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []))
    return 0
}

/// The entry point SwiftPM links as `main` for this target: hands over to libFuzzer's driver.
@_cdecl("FuzzTemplate_main")
public func fuzzTemplateMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    safersite_fuzz_main(argc, argv, fuzzTemplate)
}
