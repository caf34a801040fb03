import CouncilLintCore
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzRead(MarkdownReader(), fuzzBytes(data, size), path: "fuzz.md")
    return 0
}
