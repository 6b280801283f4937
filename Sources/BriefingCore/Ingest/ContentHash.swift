import Foundation

/// A 64-bit content hash: FNV-1a style, eight bytes at a time mixed with a multiply and a
/// rotation. Fingerprints files and article bodies (duplicate detection) and names index files;
/// not cryptographic. The value is stored in indexes, so it must not change.
public enum ContentHash {
    static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var hash = FNV1a.offsetBasis ^ UInt64(raw.count)
        var i = 0
        while i + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash = (hash << 29) | (hash >> 35)
            i += 8
        }
        while i < raw.count { hash = FNV1a.add(hash, raw[i]); i += 1 }
        return hash
    }

    static func of(_ data: Data) -> UInt64 { data.withUnsafeBytes { of($0) } }

    /// Over the string's UTF-8 bytes.
    public static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }
}
