import DocketFuzzChecks

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.loader.run(data, size)
    return 0
}
