import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells when files under a corpus's folders may have changed: inotify on Linux (every folder
/// watched, new folders added as they appear), else — or when the system's watch limit is
/// reached — polling the folders' change times (``FolderTime``), which sees files added, removed
/// and renamed but not edited in place.
///
/// It says *that* something changed, not what: the index update that follows finds out, so
/// a missed or spurious event costs at most one cheap check.
public final class FolderWatcher: @unchecked Sendable {
    /// The folders watched (paths given that are files are watched through their folder).
    public let folders: [String]
    /// How the watching is done: "inotify" or "polling every N s".
    public private(set) var method: String

    #if os(Linux)
    private var descriptor: Int32 = -1
    private var watched: [Int32: String] = [:]
    #endif
    private var snapshot: [FolderTime] = []
    private let pollInterval: TimeInterval
    /// File names whose changes are not the corpus's: the index and its companions when it
    /// lives in a corpus folder (names starting with one of these).
    private let ignoredPrefixes: [String]

    /// - Parameters:
    ///   - pollInterval: seconds between two looks when polling.
    ///   - ignoring: files (the index) whose own changes must not count as the corpus's.
    public init(paths: [String], pollInterval: TimeInterval = 2, ignoring: [String] = [], forcePolling: Bool = false) {
        ignoredPrefixes = ignoring.map { ($0 as NSString).lastPathComponent }.filter { !$0.isEmpty }
        var folders: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            let folder = isFolder.boolValue ? path : (path as NSString).deletingLastPathComponent
            if !folders.contains(folder) { folders.append(folder.isEmpty ? "." : folder) }
        }
        self.folders = folders
        self.pollInterval = pollInterval
        method = "polling every " + String(format: "%g", pollInterval) + " s"
        #if os(Linux)
        if !forcePolling {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            if descriptor >= 0 {
                var complete = true
                for folder in folders { complete = watchTree(folder) && complete }
                if complete {
                    method = "inotify"
                } else {
                    close(descriptor)
                    descriptor = -1
                    watched = [:]
                }
            }
        }
        #endif
        snapshot = Self.folderTimes(folders)
    }

    deinit {
        #if os(Linux)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// Waits up to `timeout` seconds for a change; true when one came. After the first event it
    /// waits for `quiet` seconds without another (at most ten times that), so a folder filling
    /// with files is one change, not hundreds.
    public func waitForChange(timeout: TimeInterval, quiet: TimeInterval = 0.3) -> Bool {
        #if os(Linux)
        if descriptor >= 0 {
            guard drain(waitingUpTo: timeout) else { return false }
            let deadline = Date().addingTimeInterval(quiet * 10)
            while Date() < deadline, drain(waitingUpTo: quiet) {}
            return true
        }
        #endif
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let now = Self.folderTimes(folders)
            if now != snapshot {
                snapshot = now
                return true
            }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            Thread.sleep(forTimeInterval: min(pollInterval, left))
        }
    }

    /// Every folder under `folders` (hidden ones skipped) with its change time, in walk order.
    static func folderTimes(_ folders: [String]) -> [FolderTime] {
        var times: [FolderTime] = []
        walkFolders(folders) { folder in
            if let time = FolderTime.of(folder) { times.append(time) }
            return times.count < 100_000
        }
        return times
    }

    /// Visits `roots` and every folder under them, hidden ones skipped, each once however many
    /// links lead to it (device and inode, as the corpus walk does: two links to `.` would
    /// otherwise never end), in walk order, until `visit` returns false.
    static func walkFolders(_ roots: [String], _ visit: (String) -> Bool) {
        var stack = Array(roots.reversed())
        var entered = Set<CorpusScanner.FolderKey>()
        while let folder = stack.popLast() {
            var info = stat()
            guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
                  entered.insert(CorpusScanner.FolderKey(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { continue }
            guard visit(folder) else { return }
            guard let dir = opendir(folder) else { continue }
            var children: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
                let type = entry.pointee.d_type
                // Links and unknown types are looked at by `stat` when popped; plain files never are.
                guard !name.hasPrefix("."), type == UInt8(DT_DIR) || type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) else { continue }
                children.append(folder + "/" + name)
            }
            closedir(dir)
            stack += children.sorted().reversed()
        }
    }

    #if os(Linux)
    static let mask = UInt32(IN_CREATE | IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// Watches `folder` and every folder under it (``walkFolders(_:_:)``); false when the
    /// system's limit of watches is reached.
    private func watchTree(_ folder: String) -> Bool {
        var complete = true
        Self.walkFolders([folder]) { next in
            let wd = inotify_add_watch(descriptor, next, Self.mask)
            if wd < 0 {
                complete = !(errno == ENOSPC || errno == ENOMEM)
                return complete
            }
            watched[wd] = next
            return true
        }
        return complete
    }

    /// Reads the events that are there, waiting up to `seconds` for the first; true when one of
    /// them concerns a file or folder that is not hidden. New folders are watched.
    private func drain(waitingUpTo seconds: TimeInterval) -> Bool {
        var fds = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, Int32(max(0, seconds * 1000))) > 0 else { return false }
        var relevant = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += header + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { relevant = true; continue }
                guard !name.hasPrefix("."), !ignoredPrefixes.contains(where: { name.hasPrefix($0) }) else { continue }
                relevant = true
                if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, let parent = watched[wd] {
                    _ = watchTree(parent + "/" + name)
                }
            }
        }
        return relevant
    }
    #endif
}
