import CouncilLintCore
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzRead(DocxReader(), fuzzWordPackage(fuzzBytes(data, size)), path: "fuzz.docx")
    return 0
}
