/// A percentage change as the source publishes it, when the values behind it are not published.
public struct StatedChange: Sendable, Hashable {
    /// The change in percent, negative for a fall: -14 for "down 14%". Shown with the decimals
    /// it was written with.
    public var percent: ExactNumber
    /// The period it covers, e.g. "2010/11" or "2013/14 to 2014/15".
    public var period: String
    /// An optional word before the figure: "nearly", "over", "about".
    public var qualifier: String?

    /// Creates a stated change.
    public init(percent: ExactNumber, period: String, qualifier: String? = nil) {
        self.percent = percent
        self.period = period
        self.qualifier = qualifier
    }
}
