import Glibc

/// Reads an open folder listing (`opendir`, `fdopendir`) entry by entry: each name's bytes, up to
/// its NUL (the record may end before the whole `d_name` array), and the type the folder gives
/// it (`DT_REG`, `DT_DIR`, ..., `DT_UNKNOWN`), leaving out `.` and `..`. The one place the build's
/// walk, the quick rebuild's source scan and its output check read names from a listing.
enum DirectoryListing {
    /// Calls `body` with each entry's name and type until it returns false; whether it never did.
    @discardableResult
    static func forEach(in directory: OpaquePointer, _ body: (_ name: [UInt8], _ type: UInt8) -> Bool) -> Bool {
        while let entry = readdir(directory) {
            let bytes = withUnsafePointer(to: &entry.pointee.d_name) { name in
                let start = UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)
                return Array(UnsafeRawBufferPointer(start: start, count: strlen(start)))
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            guard body(bytes, entry.pointee.d_type) else { return false }
        }
        return true
    }
}
