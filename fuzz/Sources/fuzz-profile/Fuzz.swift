import CouncilLintCore
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? CouncilProfile.parse(bytes: fuzzBytes(data, size), path: "fuzz.json")
    return 0
}
