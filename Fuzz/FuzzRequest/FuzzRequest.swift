import CFuzzDriver
import FuzzHarness
import FuzzRequestHarness

/// libFuzzer's test for `FuzzHarness.request`; built only with `-sanitize=fuzzer` (see `make fuzz`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.crash(on: FuzzHarness.request(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []))
    return 0
}

/// The entry point SwiftPM links as `main` for this target: hands over to libFuzzer's driver.
@_cdecl("FuzzRequest_main")
public func fuzzRequestMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    safersite_fuzz_main(argc, argv, fuzzRequest)
}
