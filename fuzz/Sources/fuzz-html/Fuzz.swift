import CouncilLintCore
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzRead(MarkupReader(dialect: .html), fuzzBytes(data, size), path: "fuzz.html")
    return 0
}
