import Foundation

/// A folder of files for one test, removed when the value goes away.
final class TemporaryCorpus {
    let root: String

    init() {
        root = NSTemporaryDirectory() + "briefing-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes `contents` at `relativePath` (folders created) and returns the full path.
    @discardableResult
    func write(_ relativePath: String, _ contents: String) -> String {
        write(relativePath, data: Data(contents.utf8))
    }

    @discardableResult
    func write(_ relativePath: String, data: Data) -> String {
        let path = root + "/" + relativePath
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: data)
        return path
    }
}

/// Where the test fixtures and the demo briefing live in the source tree.
enum SourceTree {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    static let demo = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/BriefingCore/Demo")
}
