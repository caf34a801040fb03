import CouncilLintCore
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzRead(PlainTextReader(), fuzzBytes(data, size), path: "fuzz.txt")
    return 0
}
