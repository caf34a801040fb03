import Foundation
import XCTest

extension XCTestCase {
    /// How much slower this build runs than a plain debug build: sanitizers instrument every access.
    private static let sanitizerSlowdown: Int64 = {
        let program = dlopen(nil, RTLD_NOW)
        if dlsym(program, "__tsan_init") != nil { return 15 }
        if dlsym(program, "__asan_init") != nil { return 4 }
        return 1
    }()

    /// Runs `body` and fails when it takes longer than `seconds` (stretched under sanitizers).
    /// The inputs these limits guard are built so that quadratic work would take many minutes,
    /// while linear work fits with room to spare on a busy machine.
    func assertFinishes<T>(within seconds: Int64, _ what: String, file: StaticString = #filePath, line: UInt = #line,
                           _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = clock.now - start
        XCTAssertLessThan(elapsed, .seconds(seconds * Self.sanitizerSlowdown), "\(what) took \(elapsed)", file: file, line: line)
        return result
    }
}
