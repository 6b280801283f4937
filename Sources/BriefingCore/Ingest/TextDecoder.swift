import Foundation

/// Turns a file's bytes into text the way `briefing` promises: UTF-8 with an optional byte-order
/// mark; UTF-32 or UTF-16 when a byte-order mark says so; otherwise, when the bytes are not valid
/// UTF-8, Windows-1252 (with a warning, since that is a guess). Bytes with many NULs (more than
/// one in 64) are binary; a few stray NULs in text are dropped with a warning
/// (``TextNormalizer`` drops them from every text).
public enum TextDecoder {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case binary
        case empty

        public var description: String {
            switch self {
            case .binary: return "binary file (many NUL bytes), skipped"
            case .empty: return "empty file"
            }
        }
    }

    public struct Decoded: Sendable {
        public var text: String
        /// Set when the decoding was a guess the user should know about.
        public var warning: String?
    }

    public static func decode(_ data: Data) throws(Failure) -> Decoded {
        if data.isEmpty { throw .empty }
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<Decoded, Failure> in
            let bytes = raw.bindMemory(to: UInt8.self)
            // UTF-32 first: its little-endian mark starts like UTF-16's.
            if bytes.count >= 4 {
                if bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0 {
                    return .success(Decoded(text: decodeUTF32(bytes, from: 4, littleEndian: true), warning: nil))
                }
                if bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF {
                    return .success(Decoded(text: decodeUTF32(bytes, from: 4, littleEndian: false), warning: nil))
                }
            }
            if bytes.count >= 2 {
                if bytes[0] == 0xFF && bytes[1] == 0xFE {
                    return .success(Decoded(text: decodeUTF16(bytes, from: 2, littleEndian: true), warning: nil))
                }
                if bytes[0] == 0xFE && bytes[1] == 0xFF {
                    return .success(Decoded(text: decodeUTF16(bytes, from: 2, littleEndian: false), warning: nil))
                }
            }
            var start = 0
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
            let body = UnsafeBufferPointer(rebasing: bytes[start...])
            if body.isEmpty { return .failure(.empty) }
            var warning: String?
            if memchr(body.baseAddress!, 0, body.count) != nil {
                let nuls = body.count { $0 == 0 }
                if nuls * 64 > body.count { return .failure(.binary) }
                warning = "\(nuls) NUL byte\(nuls == 1 ? "" : "s") dropped"
            }
            if let text = String(validating: body, as: UTF8.self) {
                return .success(Decoded(text: text, warning: warning))
            }
            return .success(Decoded(text: decodeWindows1252(body), warning: ["not valid UTF-8, read as Windows-1252", warning].compactMap { $0 }.joined(separator: "; ")))
        }
        return try result.get()
    }

    private static func decodeUTF32(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, littleEndian: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        var i = start
        while i + 3 < bytes.count {
            let a = UInt32(bytes[i]), b = UInt32(bytes[i + 1]), c = UInt32(bytes[i + 2]), d = UInt32(bytes[i + 3])
            let value = littleEndian ? a | b << 8 | c << 16 | d << 24 : a << 24 | b << 16 | c << 8 | d
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            i += 4
        }
        return String(scalars)
    }

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 with typographic characters in 0x80–0x9F.
    static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            if b >= 0x80 && b <= 0x9F {
                let value = windows1252High[Int(b - 0x80)]
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
