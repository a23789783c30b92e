import DocketFuzzChecks

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.markdown.run(data, size)
    return 0
}
