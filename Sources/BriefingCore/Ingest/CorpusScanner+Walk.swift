import Foundation

extension CorpusScanner {
    /// Files below `root`, relative to it, sorted; hidden files and folders skipped, and special
    /// files (FIFOs, sockets, devices: opening a FIFO waits for a writer) listed apart. Uses
    /// `readdir`'s entry types so that walking 100,000 files needs no `stat` per file; each folder
    /// is entered once, by device and inode, however many links lead to it (two links to `.` made
    /// the walk exponential).
    /// - Parameters:
    ///   - inside: resolved folders (`realpath`, ending in "/") a link may lead into; a link that
    ///     resolves elsewhere is listed in `outside` and not followed, unless `followLinks`.
    static func walk(_ root: String, inside: [String], followLinks: Bool)
        -> (files: [String], stats: [FileStat?], skipped: [CorpusProblem], folders: [FolderTime])? {
        var result: [(name: String, stat: FileStat?)] = []
        var folders: [FolderTime] = []
        /// Relative paths left out, with why: one line each.
        var skipped: [(relative: String, message: String, isWarning: Bool)] = []
        var pending: [String] = [""]
        // Folders reached through a link are entered after every real one, so a folder is listed
        // under its own name whichever order `readdir` gives.
        var linked: [String] = []
        var opened = false
        var entered = Set<FolderKey>()
        while let relative = pending.popLast() ?? linked.popLast() {
            let path = relative.isEmpty ? root : root + "/" + relative
            var folder = stat()
            guard stat(path, &folder) == 0, entered.insert(FolderKey(device: UInt64(folder.st_dev), inode: UInt64(folder.st_ino))).inserted else { continue }
            guard let dir = opendir(path) else {
                // The folder named on the command line is the caller's to report.
                if !relative.isEmpty { skipped.append((relative, "folder cannot be read (\(FileLoader.reason(errno))), skipped", false)) }
                continue
            }
            opened = true
            folders.append(FolderTime(path: path, modified: Int64(folder.st_mtim.tv_sec) * 1_000_000_000 + Int64(folder.st_mtim.tv_nsec)))
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let (name, valid) = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: 256) { (String(cString: $0), String(validatingCString: $0) != nil) }
                }
                if name.hasPrefix(".") { continue }
                // The corpus's own settings, not an article.
                if relative.isEmpty, name == OutletNames.corpusFileName { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                // A name that is not UTF-8 cannot be spelled as a path here: say so, not "no such file".
                if !valid {
                    skipped.append((child, "file name is not valid UTF-8, skipped", false))
                    continue
                }
                var type = entry.pointee.d_type
                let isLink = type == UInt8(DT_LNK)
                if isLink, !followLinks, !CorpusScanner.resolves(root + "/" + child, into: inside) {
                    skipped.append((child, "a link leading out of the folders given, not followed (--follow-links follows it)", true))
                    continue
                }
                if type == UInt8(DT_UNKNOWN) || isLink {
                    var info = stat()
                    if stat(root + "/" + child, &info) == 0 {
                        switch info.st_mode & S_IFMT {
                        case S_IFDIR: type = UInt8(DT_DIR)
                        case S_IFREG: type = UInt8(DT_REG)
                        default: type = UInt8(DT_FIFO) // special, whichever kind
                        }
                    }
                }
                switch type {
                case UInt8(DT_DIR): if isLink { linked.append(child) } else { pending.append(child) }
                case UInt8(DT_FIFO), UInt8(DT_SOCK), UInt8(DT_CHR), UInt8(DT_BLK): skipped.append((child, "not a regular file, skipped", true))
                default:
                    // A regular file's size and time, relative to its open folder: no path to resolve
                    // again when the indexer compares them with the stored ones.
                    var info = stat()
                    let known = !isLink && type == UInt8(DT_REG) && fstatat(dirfd(dir), name, &info, AT_SYMLINK_NOFOLLOW) == 0
                    result.append((child, known ? FileStat(info) : nil))
                }
            }
        }
        guard opened else { return nil }
        let base = root.hasSuffix("/") ? root : root + "/"
        result.sort { $0.name < $1.name }
        return (result.map(\.name), result.map(\.stat),
                skipped.sorted { $0.relative < $1.relative }.map { CorpusProblem(path: base + $0.relative, message: $0.message, isWarning: $0.isWarning) },
                folders)
    }

    /// The resolved form of a folder, ending in "/", for ``resolves(_:into:)``.
    static func resolvedFolder(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        let resolved = String(cString: real)
        return resolved.hasSuffix("/") ? resolved : resolved + "/"
    }

    /// Whether the link at `path` resolves to a place inside one of `folders` (resolved, ending
    /// in "/"). A dangling link resolves nowhere.
    static func resolves(_ path: String, into folders: [String]) -> Bool {
        guard let real = realpath(path, nil) else { return false }
        defer { free(real) }
        let target = String(cString: real)
        return folders.contains { target.hasPrefix($0) || target + "/" == $0 }
    }

    struct FolderKey: Hashable {
        var device: UInt64
        var inode: UInt64
    }
}
