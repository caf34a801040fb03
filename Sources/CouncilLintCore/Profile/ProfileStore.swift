import Foundation

/// The profiles of a run: each file's nearest `.councillint.json`, loaded and validated once
/// per profile however many files share it.
final class ProfileStore: @unchecked Sendable {
    private let locator = ProfileLocator()
    private let lock = NSLock()
    private var loaded: [String: Result<CouncilProfile, ProfileError>] = [:]
    private var warningsByPath: [String: [String]] = [:]

    /// The profile for a file at `path` (nil when there is none), or why it cannot be used.
    func profile(forFile path: String) -> Result<CouncilProfile?, ProfileError> {
        guard let profilePath = locator.nearestProfile(forFile: path) else { return .success(nil) }
        if let known = lock.withLock({ loaded[profilePath] }) { return known.map { $0 } }
        let result: Result<CouncilProfile, ProfileError>
        do {
            let (profile, warnings) = try CouncilProfile.load(path: profilePath)
            result = .success(profile)
            lock.withLock { warningsByPath[profilePath] = warnings }
        } catch {
            result = .failure(error)
        }
        lock.withLock { loaded[profilePath] = result }
        return result.map { $0 }
    }

    /// Whether any file of the run had a usable profile.
    var anyProfileLoaded: Bool {
        lock.withLock { loaded.values.contains { if case .success = $0 { true } else { false } } }
    }

    /// Every loaded profile's warnings (unknown fields), in path order.
    var warnings: [String] {
        lock.withLock { warningsByPath.keys.sorted().flatMap { warningsByPath[$0]! } }
    }
}
