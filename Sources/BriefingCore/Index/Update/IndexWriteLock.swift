import Foundation

/// One writer per index file across processes: an exclusive `flock` on `INDEX-lock`, held while
/// a process opens (and creates) the index and for a whole update. Two first builds at once used to
/// race — `table meta already exists`, `UNIQUE constraint failed`, or "busy" from a file the other
/// process held in rollback mode —; now the second waits, then finds the index current.
///
/// Re-entrant within a process: the command that holds it while opening the index holds it
/// through the update (a second `flock` of the same file in one process would wait for itself).
/// The lock file is left beside the index (empty). Where it cannot be created (a read-only
/// folder) the caller goes on without it: it could not write anyway.
final class IndexWriteLock: @unchecked Sendable {
    private let path: String

    private static let registry = NSLock()
    /// Lock files this process holds: descriptor and how many holders.
    nonisolated(unsafe) private static var held: [String: (descriptor: Int32, count: Int)] = [:]

    private init(path: String) { self.path = path }

    /// Takes the lock for the index at `indexPath` (waiting for another process, after calling
    /// `waiting` once); nil when no lock file can be made.
    static func acquire(indexPath: String, waiting: () -> Void) -> IndexWriteLock? {
        let path = indexPath + "-lock"
        registry.lock()
        if let entry = held[path] {
            held[path] = (entry.descriptor, entry.count + 1)
            registry.unlock()
            return IndexWriteLock(path: path)
        }
        registry.unlock()
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        }
        registry.lock()
        held[path] = (fd, 1)
        registry.unlock()
        return IndexWriteLock(path: path)
    }

    deinit {
        IndexWriteLock.registry.lock()
        defer { IndexWriteLock.registry.unlock() }
        guard let entry = IndexWriteLock.held[path] else { return }
        if entry.count > 1 {
            IndexWriteLock.held[path] = (entry.descriptor, entry.count - 1)
        } else {
            IndexWriteLock.held[path] = nil
            flock(entry.descriptor, LOCK_UN)
            close(entry.descriptor)
        }
    }
}
