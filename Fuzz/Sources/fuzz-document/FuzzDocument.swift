import DocketFuzzChecks

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.document.run(data, size)
    return 0
}
