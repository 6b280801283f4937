import Foundation

/// Reads a file's bytes with POSIX calls, refusing files over the size limit and turning `errno`
/// into a short reason ("permission denied").
public enum FileLoader {
    /// Larger files are not articles: 50 MB.
    public static let sizeLimit = 50 * 1024 * 1024

    public struct Loaded: Sendable {
        public var data: Data
        public var size: Int
        /// Modification time in nanoseconds since 1970.
        public var modified: Int64
    }

    public static func load(_ path: String) throws(ReadFailure) -> Loaded {
        // Never blocking: a FIFO given by name would wait for a writer. fstat below refuses it.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw ReadFailure(reason(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadFailure(reason(errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw ReadFailure("not a regular file, skipped") }
        let size = Int(info.st_size)
        if size > sizeLimit {
            throw ReadFailure("file too large (\(size / (1024 * 1024)) MB; the limit is \(sizeLimit / (1024 * 1024)) MB)")
        }
        var data = Data(count: size)
        let readCount = data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) -> Int in
            var total = 0
            while total < size {
                let n = read(fd, buffer.baseAddress! + total, size - total)
                if n <= 0 { return n < 0 ? -1 : total }
                total += n
            }
            return total
        }
        guard readCount >= 0 else { throw ReadFailure(reason(errno)) }
        if readCount < size { data.count = readCount }
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return Loaded(data: data, size: readCount, modified: modified)
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "no such file or directory"
        case EISDIR: return "is a directory"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
