import Foundation
import XCTest

/// What a program printed and how it ended; runs git and the built `councillint` for tests.
struct ProgramRun {
    let status: Int32
    /// Killed by a signal (a crash or a trap) rather than exiting with `status`.
    let endedBySignal: Bool
    let stdout: String
    let stderr: String

    /// git isolated from the machine's and the user's configuration (hooks paths, signing).
    static let isolatedEnvironment: [String: String] = ProcessInfo.processInfo.environment
        .filter { !$0.key.hasPrefix("GIT_") && $0.key != "CI" }
        .merging(["GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_OPTIONAL_LOCKS": "0"]) { $1 }

    /// Output goes to files, so a chatty program cannot block on a full pipe.
    init(_ executable: String, _ arguments: [String], in directory: String,
         environment: [String: String] = ProgramRun.isolatedEnvironment) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory, isDirectory: true)
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        status = process.terminationStatus
        endedBySignal = process.terminationReason == .uncaughtSignal
        stdout = try String(contentsOf: out, encoding: .utf8)
        stderr = try String(contentsOf: err, encoding: .utf8)
    }

    /// The `councillint` built beside the test bundle (or in the package's .build/debug).
    static func councillintPath(file: StaticString = #filePath) throws -> String {
        let packageRoot = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("councillint"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("councillint"),
            packageRoot.appendingPathComponent(".build/debug/councillint"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("the councillint executable is not built beside the tests (looked in \(candidates.map(\.path)))")
        }
        return found.path
    }

    /// Runs the built `councillint` in `directory`.
    static func councillint(_ arguments: [String], in directory: String,
                            environment: [String: String] = ProgramRun.isolatedEnvironment) throws -> ProgramRun {
        try ProgramRun(try councillintPath(), arguments, in: directory, environment: environment)
    }
}
