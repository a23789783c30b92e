import DocketDomain
import Testing

@Suite struct CalendarDayTests {
    @Test(arguments: [
        ("2026-11-21", 2026, 11, 21),
        ("2024-02-29", 2024, 2, 29),   // leap year
        ("2000-02-29", 2000, 2, 29),   // divisible by 400
        ("1970-01-01", 1970, 1, 1),
        ("1000-01-01", 1000, 1, 1),
        ("9999-12-31", 9999, 12, 31),
        ("2026-01-31", 2026, 1, 31),
        ("2026-04-30", 2026, 4, 30),
    ])
    func parsesDates(text: String, year: Int, month: Int, day: Int) throws {
        let parsed = try CalendarDay.parse(text).get()
        #expect(parsed == CalendarDay(year: year, month: month, day: day))
        #expect(parsed.isoString == text)
    }

    @Test(arguments: [
        ("2026-02-30", ISODateError.invalidDay(year: 2026, month: 2, day: 30)),
        ("2026-02-29", .invalidDay(year: 2026, month: 2, day: 29)),   // not a leap year
        ("1900-02-29", .invalidDay(year: 1900, month: 2, day: 29)),   // century, not /400
        ("2026-04-31", .invalidDay(year: 2026, month: 4, day: 31)),
        ("2026-01-32", .invalidDay(year: 2026, month: 1, day: 32)),
        ("2026-01-00", .invalidDay(year: 2026, month: 1, day: 0)),
        ("2026-13-01", .invalidMonth(13)),
        ("2026-00-10", .invalidMonth(0)),
        ("26-11-21", .yearNotFourDigits),
        ("02026-11-21", .yearNotFourDigits),
        ("20261121", .notADate),             // basic format
        ("2026-1-05", .missingZeroPadding),
        ("2026-01-5", .missingZeroPadding),
        ("2026-011-05", .notADate),
        ("2026/11/21", .notADate),
        ("21/11/2026", .notADate),
        ("2026", .notADate),
        ("November 21, 2026", .notADate),
        ("2026-11-21 ", nil),
        ("", .empty),
        ("2026-11-21T14:05:00Z", .timeNotAllowed),
        ("2026-11-21x", .notADate),
        // Years 1000–9999 only: four digits, and what RFC 3339 readers (Atom) all take.
        ("0000-01-01", .outsideYearRange(inUTC: false)),
        ("0999-12-31", .outsideYearRange(inUTC: false)),
    ] as [(String, ISODateError?)])
    func rejectsWithAReason(text: String, error: ISODateError?) {
        if let error {
            #expect(CalendarDay.parse(text) == .failure(error))
        } else {
            #expect((try? CalendarDay.parse(text).get()) != nil)
        }
    }

    @Test func errorMessagesNameTheMonthLength() {
        #expect(ISODateError.invalidDay(year: 2026, month: 2, day: 30).description
            == "has day 30, but 2026-02 has 28 days")
    }

    @Test(arguments: [
        ("2026-11-21", 10, "2026-12-01"),   // month boundary
        ("2026-12-25", 10, "2027-01-04"),   // year boundary
        ("2024-02-20", 10, "2024-03-01"),   // across 29 February
        ("2026-02-20", 10, "2026-03-02"),   // across 28 February
        ("2000-02-28", 1, "2000-02-29"),
        ("2100-02-28", 1, "2100-03-01"),
        ("1970-01-01", -1, "1969-12-31"),
        ("2026-03-01", -1, "2026-02-28"),
        ("2026-11-21", 0, "2026-11-21"),
        ("2026-11-21", 365, "2027-11-21"),
        ("2028-01-01", 366, "2029-01-01"),
    ])
    func addsDaysAcrossBoundaries(start: String, days: Int, expected: String) throws {
        let day = try CalendarDay.parse(start).get()
        #expect(day.adding(days: days).isoString == expected)
        #expect(day.adding(days: days).days(since: day) == days)
    }

    @Test func daysSinceEpochRoundTripsOverFourHundredYears() {
        var day = CalendarDay(year: 1800, month: 1, day: 1)!
        #expect(day.daysSinceEpoch == -62_091)
        var consistent = true
        for _ in 0..<(146_097 + 10) {
            let next = day.adding(days: 1)
            let valid = CalendarDay(year: next.year, month: next.month, day: next.day) == next
            consistent = consistent && next > day && valid && next.daysSinceEpoch == day.daysSinceEpoch + 1
            day = next
        }
        #expect(consistent)
        #expect(day.isoString == "2200-01-11")
    }
}

@Suite struct ISODateTests {
    @Test(arguments: [
        ("2026-11-21", "2026-11-21", "2026-11-21T00:00:00Z"),
        ("2026-11-21T14:05:00Z", "2026-11-21T14:05:00Z", "2026-11-21T14:05:00Z"),
        ("2026-11-21T14:05:00", "2026-11-21T14:05:00Z", "2026-11-21T14:05:00Z"),
        ("2026-11-21T14:05:00+02:00", "2026-11-21T14:05:00+02:00", "2026-11-21T12:05:00Z"),
        ("2026-11-21T14:05:00-00:00", "2026-11-21T14:05:00Z", "2026-11-21T14:05:00Z"),
        ("2026-11-21T23:30:00-02:30", "2026-11-21T23:30:00-02:30", "2026-11-22T02:00:00Z"),
        ("2026-11-21T14:05:00.5Z", "2026-11-21T14:05:00.5Z", "2026-11-21T14:05:00.5Z"),
        ("2026-11-21T14:05:00.123456789Z", "2026-11-21T14:05:00.123456789Z", "2026-11-21T14:05:00.123456789Z"),
        ("2026-11-21T14:05:00.500Z", "2026-11-21T14:05:00.5Z", "2026-11-21T14:05:00.5Z"),
        ("2026-11-21T00:00:00+23:59", "2026-11-21T00:00:00+23:59", "2026-11-20T00:01:00Z"),
        ("2026-11-21T23:59:59Z", "2026-11-21T23:59:59Z", "2026-11-21T23:59:59Z"),
    ])
    func parsesAndWritesCanonically(text: String, canonical: String, utc: String) throws {
        let value = try ISODate.parse(text).get()
        #expect(value.isoString == canonical)
        #expect(value.utcISOString == utc)
    }

    @Test(arguments: [
        ("2026-11-21T24:00:00Z", ISODateError.timeOutOfRange),
        ("2026-11-21T23:60:00Z", .timeOutOfRange),
        ("2026-11-21T23:59:60Z", .timeOutOfRange),
        ("2026-11-21T14:05Z", .invalidTime),
        ("2026-11-21T14:05:00.Z", .invalidTime),
        ("2026-11-21T14:05:00.1234567890Z", .invalidTime),
        ("2026-11-21T4:05:00Z", .invalidTime),
        ("2026-11-21T14:05:00z", .invalidTime),
        ("2026-11-21t14:05:00Z", .notADate),
        ("2026-11-21 14:05:00Z", .notADate),
        ("2026-11-21T14:05:00+0200", .invalidOffset),
        ("2026-11-21T14:05:00+24:00", .invalidOffset),
        ("2026-11-21T14:05:00+02:60", .invalidOffset),
        ("2026-11-21T14:05:00+2:00", .invalidOffset),
        ("2026-11-21T14:05:00ZZ", .invalidOffset),
        ("2026-02-30T14:05:00Z", .invalidDay(year: 2026, month: 2, day: 30)),
        // An offset may not carry the date out of the years 1000–9999 in UTC (the feed's
        // dates are UTC: this was 10000-01-01T04:00:00Z there).
        ("9999-12-31T23:00:00-05:00", .outsideYearRange(inUTC: true)),
        ("1000-01-01T00:30:00+01:00", .outsideYearRange(inUTC: true)),
        ("0999-12-31T23:00:00-05:00", .outsideYearRange(inUTC: false)),
    ])
    func rejectsMalformedTimes(text: String, error: ISODateError) {
        #expect(ISODate.parse(text) == .failure(error))
    }

    @Test func theEdgesOfTheYearRangeInUTCAreDates() throws {
        #expect(try ISODate.parse("9999-12-31T23:59:59Z").get().utcISOString == "9999-12-31T23:59:59Z")
        #expect(try ISODate.parse("9999-12-31T23:00:00+05:00").get().utcISOString == "9999-12-31T18:00:00Z")
        #expect(try ISODate.parse("1000-01-01T00:30:00-01:00").get().utcISOString == "1000-01-01T01:30:00Z")
        #expect(ISODateError.outsideYearRange(inUTC: true).description == "falls outside the years 1000 to 9999 once converted to UTC")
    }

    @Test func utcDayFollowsTheOffset() throws {
        #expect(try ISODate.parse("2026-11-21T23:30:00-02:00").get().utcDay.isoString == "2026-11-22")
        #expect(try ISODate.parse("2026-11-21T00:30:00+01:00").get().utcDay.isoString == "2026-11-20")
        #expect(try ISODate.parse("2026-11-21T00:30:00Z").get().utcDay.isoString == "2026-11-21")
        #expect(try ISODate.parse("2026-11-21").get().utcDay.isoString == "2026-11-21")
        #expect(try ISODate.parse("1969-12-31T23:30:00-01:00").get().utcDay.isoString == "1970-01-01")
        #expect(try ISODate.parse("1970-01-01T00:30:00+01:00").get().utcDay.isoString == "1969-12-31")
    }

    @Test func aDateTimeSortsAfterTheStartOfItsDay() throws {
        let day = try ISODate.parse("2026-11-21").get()
        let midnight = try ISODate.parse("2026-11-21T00:00:00Z").get()
        let later = try ISODate.parse("2026-11-21T00:00:00.000000001Z").get()
        let sameInstant = try ISODate.parse("2026-11-21T02:00:00+02:00").get()
        let previousEvening = try ISODate.parse("2026-11-20T23:59:59Z").get()
        #expect(day.instant == midnight.instant)
        #expect(day.instant < later.instant)
        #expect(sameInstant.instant == midnight.instant)
        #expect(previousEvening.instant < day.instant)
        #expect(day.isDateOnly && !midnight.isDateOnly)
        #expect(day.instant.secondsSinceEpoch == 1_795_219_200)
    }

    @Test func instantConversionRoundTripsAroundTheEpoch() {
        for seconds: Int64 in [-86_401, -86_400, -1, 0, 1, 86_399, 86_400, 1_795_219_200, 253_402_300_799] {
            let value = ISODate(instant: Instant(secondsSinceEpoch: seconds))
            #expect(value.instant == Instant(secondsSinceEpoch: seconds))
        }
        #expect(ISODate(instant: Instant(secondsSinceEpoch: -1)).isoString == "1969-12-31T23:59:59Z")
    }
}

@Suite struct BuildTimeTests {
    @Test func nowTakesADateOrADateTime() throws {
        #expect(try BuildTime.parse(now: "2026-11-22").get().utcDay.isoString == "2026-11-22")
        #expect(try BuildTime.parse(now: "2026-11-22T08:00:00+09:00").get().utcDay.isoString == "2026-11-21")
        #expect(BuildTime.parse(now: "tomorrow") == .failure(.notADate))
    }

    @Test(arguments: [
        ("0", "1970-01-01T00:00:00Z"),
        ("1795305599", "2026-11-21T23:59:59Z"),
        ("1795305600", "2026-11-22T00:00:00Z"),
        ("253402300799", "9999-12-31T23:59:59Z"),
    ])
    func sourceDateEpochIsWholeSeconds(text: String, expected: String) throws {
        #expect(try BuildTime.parse(sourceDateEpoch: text).get().isoString == expected)
    }

    @Test(arguments: [
        ("", SourceDateEpochError.empty),
        ("-1", .notAnInteger),
        ("+1", .notAnInteger),
        ("1.5", .notAnInteger),
        (" 1", .notAnInteger),
        ("1e9", .notAnInteger),
        ("253402300800", .outOfRange),
        ("99999999999999999999", .outOfRange),
    ])
    func sourceDateEpochRejects(text: String, error: SourceDateEpochError) {
        #expect(BuildTime.parse(sourceDateEpoch: text) == .failure(error))
    }
}

@Suite struct AutoApprovalTests {
    let build = CalendarDay(year: 2026, month: 11, day: 22)!

    @Test func theTenthDayApprovesTheEleventhDoesNot() {
        let requested12 = CalendarDay(year: 2026, month: 11, day: 12)!
        let requested13 = CalendarDay(year: 2026, month: 11, day: 13)!
        let requested11 = CalendarDay(year: 2026, month: 11, day: 11)!
        #expect(AutoApproval.isApproved(requested: requested12, buildDay: build))
        #expect(!AutoApproval.isApproved(requested: requested13, buildDay: build))
        #expect(AutoApproval.isApproved(requested: requested11, buildDay: build))
        #expect(AutoApproval.day(requested: requested12).isoString == "2026-11-22")
    }

    @Test func countsUTCDaysOfDateTimes() throws {
        // Late on the 12th west of UTC is already the 13th in UTC.
        let requested = try ISODate.parse("2026-11-12T22:00:00-05:00").get().utcDay
        #expect(!AutoApproval.isApproved(requested: requested, buildDay: build))
        let buildEarly = try BuildTime.parse(now: "2026-11-22T00:00:00Z").get().utcDay
        #expect(AutoApproval.isApproved(requested: CalendarDay(year: 2026, month: 11, day: 12)!, buildDay: buildEarly))
    }

    @Test func shownDateCrossesMonthAndYear() {
        #expect(AutoApproval.day(requested: CalendarDay(year: 2026, month: 12, day: 25)!).isoString == "2027-01-04")
        #expect(AutoApproval.day(requested: CalendarDay(year: 2028, month: 2, day: 25)!).isoString == "2028-03-06")
    }
}
