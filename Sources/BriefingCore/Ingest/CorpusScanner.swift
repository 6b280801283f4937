import Foundation

/// One file of a corpus, as found by ``CorpusScanner``.
public struct CorpusFile: Sendable, Equatable, Hashable {
    /// The path to open and to show: the user's argument joined with the path found below it.
    public var path: String
    /// The path relative to the folder the user named (the file name for a file argument).
    /// Article ids derive from it, so they survive moving the corpus.
    public var relativePath: String
    /// The folder directly containing the file when it lies below the named folder: corpora
    /// organised one folder per outlet name their outlets this way.
    public var folderName: String?

    public init(path: String, relativePath: String, folderName: String? = nil) {
        self.path = path
        self.relativePath = relativePath
        self.folderName = folderName
    }
}

/// A folder walked (or a file named on the command line) and its modification time, in
/// nanoseconds: adding, removing or renaming an entry changes a folder's time, so comparing these
/// tells whether a corpus may have changed without a `stat` per file.
public struct FolderTime: Sendable, Equatable, Codable {
    public var path: String
    public var modified: Int64

    public init(path: String, modified: Int64) {
        self.path = path
        self.modified = modified
    }

    /// The time of `path` now; nil when it cannot be read.
    public static func of(_ path: String) -> FolderTime? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FolderTime(path: path, modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}

/// A file's size (bytes) and modification time (nanoseconds), as the walk read them.
public struct FileStat: Sendable, Equatable {
    public var size: Int
    public var modified: Int64

    init(_ info: stat) {
        size = Int(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}

/// Walks files and folders (recursively, hidden files and folders skipped, in a stable order).
public enum CorpusScanner {
    /// The files under `paths`, plus one problem line per path that does not exist.
    ///
    /// Links inside the folders are followed when they lead to a place inside one of the folders
    /// given; a link leading out of them (`passwd.txt -> /etc/passwd`) gets one line and is not
    /// followed, unless `followLinks`. A path named on the command line is read whatever it is a
    /// link to: the user named it.
    ///
    /// - Returns: also each file's size and time where the walk read them (regular files inside
    ///   the folders, aligned with `files`; nil for links and files named on the command line), and
    ///   each folder's time (``FolderTime``).
    public static func scan(_ paths: [String], followLinks: Bool = false)
        -> (files: [CorpusFile], problems: [CorpusProblem], folders: [FolderTime], stats: [FileStat?]) {
        var files: [CorpusFile] = []
        var stats: [FileStat?] = []
        var problems: [CorpusProblem] = []
        var folders: [FolderTime] = []
        var seen = Set<String>()
        // The folder each file's relative path starts from (for telling apart same-named files).
        var bases: [String] = []
        let fm = FileManager.default
        let inside = followLinks ? [] : paths.compactMap { path -> String? in
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue ? resolvedFolder(path) : nil
        }
        for argument in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                problems.append(CorpusProblem(path: argument, message: "no such file or directory"))
                continue
            }
            if !isDirectory.boolValue {
                if let time = FolderTime.of(argument) { folders.append(time) }
                let name = (argument as NSString).lastPathComponent
                if seen.insert((argument as NSString).standardizingPath).inserted {
                    files.append(CorpusFile(path: argument, relativePath: name))
                    stats.append(nil)
                    bases.append(((argument as NSString).standardizingPath as NSString).deletingLastPathComponent)
                }
                continue
            }
            guard let found = walk(argument, inside: inside, followLinks: followLinks) else {
                problems.append(CorpusProblem(path: argument, message: "folder cannot be read"))
                continue
            }
            let base = argument.hasSuffix("/") ? argument : argument + "/"
            // Once per folder: standardising resolves links, a few system calls each time.
            let standardized = (argument as NSString).standardizingPath
            problems += found.skipped
            folders += found.folders
            for (relative, stat) in zip(found.files, found.stats) {
                let path = base + relative
                // Files of one folder are unique; only overlapping arguments repeat them.
                guard paths.count == 1 || seen.insert((standardized as NSString).appendingPathComponent(relative)).inserted else { continue }
                let components = relative.split(separator: "/")
                let folder = components.count >= 2 ? String(components[components.count - 2]) : nil
                files.append(CorpusFile(path: path, relativePath: relative, folderName: folder))
                stats.append(stat)
                bases.append(standardized)
            }
        }
        disambiguate(&files, bases: bases)
        return (files, problems, folders, stats)
    }

    /// Files of different arguments with one relative path (`reuters/` and `ani/` both holding
    /// `2025-08-19.txt`) would get one article id: their relative paths are made to start with the
    /// name of the folder they were found from, or where even that repeats, with its whole path.
    /// Files whose relative path is unique keep it, so their ids do not change.
    static func disambiguate(_ files: inout [CorpusFile], bases: [String]) {
        let original = files.map(\.relativePath)
        let prefixes: [(Int) -> String] = [{ (bases[$0] as NSString).lastPathComponent }, { bases[$0] }]
        for prefix in prefixes {
            var counts: [String: Int] = [:]
            for file in files { counts[file.relativePath, default: 0] += 1 }
            guard counts.values.contains(where: { $0 > 1 }) else { return }
            for i in files.indices where counts[files[i].relativePath]! > 1 {
                files[i].relativePath = prefix(i) + "/" + original[i]
            }
        }
    }
}

/// A file (or record) that could not be read, or was read with a caveat.
public struct CorpusProblem: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    /// Warnings leave the file's articles in the corpus; errors mean nothing was read from it.
    public var isWarning: Bool

    public init(path: String, message: String, isWarning: Bool = false) {
        self.path = path
        self.message = message
        self.isWarning = isWarning
    }

    /// `path: message`, the line printed on stderr.
    public var description: String { "\(path): \(isWarning ? "warning: " : "")\(message)" }
}
