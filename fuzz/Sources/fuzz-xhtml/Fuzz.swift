import CouncilLintCore
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzRead(MarkupReader(dialect: .xhtml), fuzzBytes(data, size), path: "fuzz.xhtml")
    return 0
}
