/// The marketplace's 10-day rule: a payment request still awaiting approval on its tenth
/// day counts as accepted.
public enum AutoApproval {
    public static let days = 10

    /// The day it is approved automatically, shown as "approved automatically on DATE":
    /// requested 2026-11-12 → 2026-11-22.
    public static func day(requested: CalendarDay) -> CalendarDay {
        requested.adding(days: days)
    }

    /// Whole UTC calendar days, so the time of the build does not matter: requested
    /// 2026-11-12 is approved by a build on 2026-11-22; 2026-11-13 is not.
    public static func isApproved(requested: CalendarDay, buildDay: CalendarDay) -> Bool {
        buildDay >= day(requested: requested)
    }
}
