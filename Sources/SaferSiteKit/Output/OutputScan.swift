import Foundation

/// The files in an output folder, with their stamps: the quick rebuild updates an output folder
/// in place only while it holds exactly what the last build left there.
enum OutputScan {
    /// Every file under `folder`, by path inside it, in path order; nil when the folder is
    /// missing or holds anything but folders and regular files.
    static func files(in folder: String) -> [(path: String, stamp: FileStamp)]? {
        StampedWalk.files(in: folder, skippingHidden: false)?.map {
            ($0.path, FileStamp(inode: $0.stamp.inode, size: $0.stamp.size, modified: $0.stamp.modified))
        }
    }
}
