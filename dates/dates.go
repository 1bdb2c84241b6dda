// Package dates finds the dates written in minutes, in the forms people
// write them, and tells a malformed or impossible date from a valid one
// without guessing: "2016-01-0" is reported as it is, never repaired.
package dates

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Layout names how a date is written.
type Layout string

// Layouts the finder recognises.
const (
	// ISO is YYYY-MM-DD, zero-padded.
	ISO Layout = "iso"
	// ISOUnpadded is YYYY-M-D: ISO order without zero padding.
	ISOUnpadded Layout = "iso-unpadded"
	// YearFirstSlash is YYYY/MM/DD or YYYY.MM.DD.
	YearFirstSlash Layout = "yyyy/mm/dd"
	// Numeric is DD/MM/YYYY or MM/DD/YYYY (or with dots): the order cannot
	// be told from the text.
	Numeric Layout = "numeric"
	// Written has the month in words: "14 January 2016", "Jan 14, 2016".
	Written Layout = "written"
)

// Date is one date, or a range of dates, found in a text.
type Date struct {
	// Raw is the text as written; Start and End are its byte offsets.
	Raw        string
	Start, End int
	Layout     Layout
	// From and To are the dates (equal unless the text is a range). They
	// are zero when the date is impossible.
	From, To time.Time
	// Problem says why the date is impossible or malformed; empty when it
	// is a real date.
	Problem string
	// Ambiguous is set for numeric dates whose day and month could be
	// swapped (03/04/2016).
	Ambiguous bool
	year      int
}

// Year is the year as written, even when the date does not exist.
func (d Date) Year() int {
	if !d.From.IsZero() {
		return d.From.Year()
	}
	return d.year
}

// Valid reports whether the date exists.
func (d Date) Valid() bool { return d.Problem == "" }

// IsRange reports whether the text gives a range of days.
func (d Date) IsRange() bool { return !d.From.Equal(d.To) }

const monthAlt = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`

var (
	isoRE       = regexp.MustCompile(`(\d{4})-(\d{1,2})-(\d{1,2})`)
	ymdSlashRE  = regexp.MustCompile(`(\d{4})([/.])(\d{1,2})([/.])(\d{1,2})`)
	numericRE   = regexp.MustCompile(`(\d{1,2})([/-])(\d{1,2})[/-](\d{4}|\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4})`)
	dayMonthRE  = regexp.MustCompile(`(?i)(\d{1,2})(?:st|nd|rd|th|\.)?(?:\s*[-–—]\s*(\d{1,2})(?:st|nd|rd|th|\.)?)?[ \t\x{a0}]+(` + monthAlt + `)\.?,?[ \t\x{a0}]+(\d{4})`)
	monthDayRE  = regexp.MustCompile(`(?i)(` + monthAlt + `)\.?[ \t\x{a0}]+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–—]\s*(\d{1,2})(?:st|nd|rd|th)?)?,?[ \t\x{a0}]+(\d{4})`)
	monthsIndex = map[string]time.Month{
		"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
		"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
		"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
	}
)

// Find returns the dates written in s, in order of appearance. Text that
// only resembles a date in part (a clause number "10.3.6.1", a document
// number "SEC-2016-0003") is not a date.
func Find(s string) []Date {
	// Every date form but d/m/yy and d-m-yy has a four-digit year, and
	// those have slashes or hyphens; most paragraphs have neither.
	year := hasDigitRun(s, 4)
	if !year && !strings.ContainsAny(s, "/-") {
		return nil
	}
	var out []Date
	taken := func(a, b int) bool {
		for _, d := range out {
			if a < d.End && d.Start < b {
				return true
			}
		}
		return false
	}
	add := func(d Date) {
		if !taken(d.Start, d.End) {
			out = append(out, d)
		}
	}
	// The forms with a year in four digits are looked for only when
	// there is one, and those with a month in words only when a word
	// names a month: both are cheap tests, the expressions are not.
	if year && hasMonthWord(s) {
		findWritten(s, add)
	}
	if year {
		findYearFirst(s, add)
	}
	findNumeric(s, add)
	sortByStart(out)
	for i := range out {
		checkWeekday(s, &out[i])
	}
	return out
}

// weekdayBefore is a day of the week written just before a date
// ("Wednesday, 21 July 2019", "Wed 2019-07-21"); German and French
// minutes name the day in full too ("Mittwoch, den 13.05.2018").
var weekdayBefore = regexp.MustCompile(`(?i)\b(` + weekdayAlt + `|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\.?,?(?:[ \t\x{a0}]+(?:den|le))?[ \t\x{a0}]*$`)

// weekdayAlt are the English names of the days of the week as written in
// dates; "Sat" and "Sun" count only in full, being also words and names.
const weekdayAlt = `monday|mon|tuesday|tues?|wednesday|wed|thursday|thurs?|thu|friday|fri|saturday|sunday`

var weekdays = map[string]time.Weekday{
	"mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
	"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday,
	"freitag": time.Friday, "samstag": time.Saturday, "sonntag": time.Sunday,
	"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday, "jeudi": time.Thursday,
	"vendredi": time.Friday, "samedi": time.Saturday, "dimanche": time.Sunday,
}

// weekdayOf reads the name of a day of the week, in full or short.
func weekdayOf(word string) time.Weekday {
	word = strings.ToLower(word)
	if w, ok := weekdays[word]; ok {
		return w
	}
	return weekdays[word[:3]]
}

// checkWeekday makes a single date that names the wrong day of the week
// a problem: one of the two is a slip, and nobody can tell which.
func checkWeekday(s string, d *Date) {
	if !d.Valid() || d.IsRange() || d.Ambiguous {
		return
	}
	before := s[max(0, d.Start-24):d.Start]
	m := weekdayBefore.FindStringSubmatchIndex(before)
	if m == nil {
		return
	}
	written := weekdayOf(before[m[2]:m[3]])
	if written == d.From.Weekday() {
		return
	}
	d.Problem = fmt.Sprintf("%s was a %s, not a %s", d.From.Format("2 January 2006"), d.From.Weekday(), written)
	d.Start -= len(before) - m[0]
	d.Raw = s[d.Start:d.End]
	d.From, d.To = time.Time{}, time.Time{}
}

// findWritten adds the dates of s with the month in words. A "year" no
// date has is a time of day instead ("Tuesday July 22, 1420 - 1620"): the
// words before it are not a date.
func findWritten(s string, add func(Date)) {
	for _, m := range dayMonthRE.FindAllStringSubmatchIndex(s, -1) {
		if !isolated(s, m[0], m[1], false) || !plausibleYear(atoi(s[m[8]:m[9]])) {
			continue
		}
		day1 := atoi(s[m[2]:m[3]])
		day2 := day1
		if m[4] >= 0 {
			day2 = atoi(s[m[4]:m[5]])
		}
		add(written(s[m[0]:m[1]], m[0], m[1], atoi(s[m[8]:m[9]]), month(s[m[6]:m[7]]), day1, day2))
	}
	for _, m := range monthDayRE.FindAllStringSubmatchIndex(s, -1) {
		if !isolated(s, m[0], m[1], false) || !plausibleYear(atoi(s[m[8]:m[9]])) {
			continue
		}
		day1 := atoi(s[m[4]:m[5]])
		day2 := day1
		if m[6] >= 0 {
			day2 = atoi(s[m[6]:m[7]])
		}
		add(written(s[m[0]:m[1]], m[0], m[1], atoi(s[m[8]:m[9]]), month(s[m[2]:m[3]]), day1, day2))
	}
}

// findYearFirst adds the YYYY-MM-DD and YYYY/MM/DD dates of s.
func findYearFirst(s string, add func(Date)) {
	for _, m := range isoRE.FindAllStringSubmatchIndex(s, -1) {
		// "2021-12-15T14:00:00Z" is a date and a time.
		timed := m[1]+1 < len(s) && s[m[1]] == 'T' && isDigit(s[m[1]+1])
		alone := isolated(s, m[0], m[1], true) || timed && isolated(s[:m[1]], m[0], m[1], true)
		if !alone {
			continue
		}
		y, mo, d := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])
		layout := ISO
		if m[5]-m[4] != 2 || m[7]-m[6] != 2 {
			layout = ISOUnpadded
		}
		add(single(s[m[0]:m[1]], m[0], m[1], layout, y, mo, d))
	}
	for _, m := range ymdSlashRE.FindAllStringSubmatchIndex(s, -1) {
		if !isolated(s, m[0], m[1], true) || s[m[4]:m[5]] != s[m[8]:m[9]] {
			continue
		}
		y, mo, d := atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]]), atoi(s[m[10]:m[11]])
		add(single(s[m[0]:m[1]], m[0], m[1], YearFirstSlash, y, mo, d))
	}
}

// findNumeric adds the DD/MM/YYYY-style dates of s.
func findNumeric(s string, add func(Date)) {
	for _, m := range numericRE.FindAllStringSubmatchIndex(s, -1) {
		if !isolated(s, m[0], m[1], true) {
			continue
		}
		var a, b, y int
		if m[2] >= 0 {
			// The same separator twice: "2-23-23", "12/01/2016".
			if s[m[4]:m[5]] != s[m[7]:m[7]+1] {
				continue
			}
			a, b, y = atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]]), atoi(s[m[8]:m[9]])
			if m[9]-m[8] == 2 {
				y += 2000
			}
		} else {
			a, b, y = atoi(s[m[10]:m[11]]), atoi(s[m[12]:m[13]]), atoi(s[m[14]:m[15]])
		}
		add(numeric(s[m[0]:m[1]], m[0], m[1], y, a, b))
	}
}

// monthWords are the month names and abbreviations of monthAlt.
var monthWords = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true,
	"apr": true, "april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true,
	"aug": true, "august": true, "sep": true, "sept": true, "september": true,
	"oct": true, "october": true, "nov": true, "november": true, "dec": true, "december": true,
}

// hasMonthWord reports whether s has a word that names a month, as a
// written date needs: a cheap test that spares the expressions most text.
func hasMonthWord(s string) bool {
	for i := 0; i < len(s); {
		if !isLetter(s[i]) || i > 0 && isAlnum(s[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		if j-i >= 3 && j-i <= 9 && (j == len(s) || !isAlnum(s[j])) && monthWords[strings.ToLower(s[i:j])] {
			return true
		}
		i = j
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// hasDigitRun reports whether s holds n ASCII digits in a row.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// isolated reports whether s[i:j] stands alone: not glued to letters or
// digits, and, for numeric forms, not part of a longer run of numbers and
// separators such as a clause number or a document number.
func isolated(s string, i, j int, numeric bool) bool {
	if i > 0 {
		c := s[i-1]
		if isAlnum(c) {
			return false
		}
		if numeric && (c == '-' || c == '.' || c == '/') && i > 1 && isAlnum(s[i-2]) {
			return false
		}
	}
	if j < len(s) {
		c := s[j]
		if isAlnum(c) {
			return false
		}
		if numeric && (c == '-' || c == '.' || c == '/') && j+1 < len(s) && isDigit(s[j+1]) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func month(s string) time.Month {
	return monthsIndex[strings.ToLower(s)[:3]]
}

func single(raw string, start, end int, layout Layout, y, mo, d int) Date {
	dt := Date{Raw: raw, Start: start, End: end, Layout: layout, year: y}
	t, problem := makeDate(y, mo, d)
	dt.From, dt.To, dt.Problem = t, t, problem
	return dt
}

func numeric(raw string, start, end, y, a, b int) Date {
	dt := Date{Raw: raw, Start: start, End: end, Layout: Numeric, year: y}
	dmy, p1 := makeDate(y, b, a)
	mdy, p2 := makeDate(y, a, b)
	switch {
	case p1 == "" && p2 == "":
		dt.From, dt.To = dmy, dmy
		dt.Ambiguous = a != b
	case p1 == "":
		dt.From, dt.To = dmy, dmy
	case p2 == "":
		dt.From, dt.To = mdy, mdy
	default:
		dt.Problem = p1
	}
	return dt
}

func written(raw string, start, end, y int, mo time.Month, d1, d2 int) Date {
	dt := Date{Raw: raw, Start: start, End: end, Layout: Written, year: y}
	from, p1 := makeDate(y, int(mo), d1)
	to, p2 := makeDate(y, int(mo), d2)
	switch {
	case p1 != "":
		dt.Problem = p1
	case p2 != "":
		dt.Problem = p2
	default:
		dt.From, dt.To = from, to
		if to.Before(from) {
			dt.Problem = fmt.Sprintf("the range ends (day %d) before it starts (day %d)", d2, d1)
			dt.From, dt.To = time.Time{}, time.Time{}
		}
	}
	return dt
}

// makeDate builds a date, or says in words why it does not exist.
func makeDate(y, mo, d int) (time.Time, string) {
	switch {
	case mo < 1 || mo > 12:
		return time.Time{}, fmt.Sprintf("there is no month %d", mo)
	case d < 1:
		return time.Time{}, fmt.Sprintf("there is no day %d", d)
	case !plausibleYear(y):
		return time.Time{}, fmt.Sprintf("the year %d is implausible", y)
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		last := time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		return time.Time{}, fmt.Sprintf("%s %d has only %d days", time.Month(mo), y, last)
	}
	return t, ""
}

func plausibleYear(y int) bool { return y >= 1900 && y <= 2199 }

func sortByStart(ds []Date) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// Range reads a meeting's dates as written in a header field: one date,
// "A to B", "A - B" or a written range ("18-23 January 2016"). ok is false
// when the text holds no date.
func Range(s string) (from, to Date, ok bool) {
	found := Find(s)
	switch len(found) {
	case 0:
		return Date{}, Date{}, false
	case 1:
		return found[0], found[0], true
	}
	return found[0], found[len(found)-1], true
}

// LooksLikeDate reports whether s is shaped like an attempt at a date
// (digits and separators) even though Find found none: "2016-01-0" is
// found, but "2016-1" or "14/01" are only attempts.
func LooksLikeDate(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '-' || r == '/' || r == '.' || r == ' ':
		default:
			return false
		}
	}
	return digits >= 3
}

// nameDateRE is a year-first date as file names write it: 2024-11-27,
// 2024_11_27, 2024.11.27, "2012 04 09" or 20240419.
var nameDateRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)([-_. ]?)(\d{1,2})([-_. ]?)(\d{1,2})(?:[^0-9]|$)`)

// InName finds the date in a file or folder name, in year-first order
// only: "MoM-13-11-2023" or "240116" cannot be read without guessing.
func InName(name string) (Date, bool) {
	for _, m := range nameDateRE.FindAllStringSubmatchIndex(name, -1) {
		sep1, sep2 := name[m[4]:m[5]], name[m[8]:m[9]]
		if sep1 != sep2 || sep1 == "" && (m[7]-m[6] != 2 || m[11]-m[10] != 2) {
			continue
		}
		d := single(name[m[2]:m[11]], m[2], m[11], ISO, atoi(name[m[2]:m[3]]), atoi(name[m[6]:m[7]]), atoi(name[m[10]:m[11]]))
		if d.Valid() {
			return d, true
		}
	}
	return Date{}, false
}

// Partial is a day written with its day of the week but no year ("Wed,
// Feb 05", "Tuesday 12 March"): the meeting's year completes it.
type Partial struct {
	Raw        string
	Start, End int
	Month      time.Month
	Day        int
	Weekday    time.Weekday
}

var (
	partialMonthDay = regexp.MustCompile(`(?i)\b(` + weekdayAlt + `)\.?,?[ \t\x{a0}]+(` + monthAlt + `)\.?[ \t\x{a0}]+(\d{1,2})(?:st|nd|rd|th)?\b`)
	partialDayMonth = regexp.MustCompile(`(?i)\b(` + weekdayAlt + `)\.?,?[ \t\x{a0}]+(?:the[ \t\x{a0}]+)?(\d{1,2})(?:st|nd|rd|th)?(?:[ \t\x{a0}]+of)?[ \t\x{a0}]+(` + monthAlt + `)\b\.?`)
	// A year after the day makes it a whole date, which Find reads.
	yearAfter = regexp.MustCompile(`^,?[ \t\x{a0}]*\d{4}\b`)
)

// FindPartial returns the days of s written with a day of the week and
// without a year.
func FindPartial(s string) []Partial {
	if !hasMonthWord(s) {
		return nil
	}
	var out []Partial
	add := func(m []int, wd, mo, day [2]int) {
		if yearAfter.MatchString(s[m[1]:]) {
			return
		}
		out = append(out, Partial{Raw: s[m[0]:m[1]], Start: m[0], End: m[1], Month: month(s[mo[0]:mo[1]]), Day: atoi(s[day[0]:day[1]]), Weekday: weekdayOf(s[wd[0]:wd[1]])})
	}
	for _, m := range partialMonthDay.FindAllStringSubmatchIndex(s, -1) {
		add(m, [2]int{m[2], m[3]}, [2]int{m[4], m[5]}, [2]int{m[6], m[7]})
	}
	for _, m := range partialDayMonth.FindAllStringSubmatchIndex(s, -1) {
		add(m, [2]int{m[2], m[3]}, [2]int{m[6], m[7]}, [2]int{m[4], m[5]})
	}
	slices.SortStableFunc(out, func(a, b Partial) int { return a.Start - b.Start })
	return out
}

// Near completes p with a year near t: one within four months of t whose
// day of the week fits, else the one that puts it closest to t (a
// meeting in late December speaks of early January). The Date's Problem says when
// the day does not exist or its day of the week is wrong.
func (p Partial) Near(t time.Time) Date {
	best := Date{}
	bestGap := time.Duration(1<<63 - 1)
	const window = 122 * 24 * time.Hour
	for _, y := range []int{t.Year() - 1, t.Year(), t.Year() + 1} {
		d := written(p.Raw, p.Start, p.End, y, p.Month, p.Day, p.Day)
		if !d.Valid() {
			if best.Raw == "" {
				best = d
			}
			continue
		}
		gap := d.From.Sub(t)
		if gap < 0 {
			gap = -gap
		}
		if d.From.Weekday() == p.Weekday && gap <= window {
			return d
		}
		if gap < bestGap {
			best, bestGap = d, gap
		}
	}
	if best.Valid() && best.From.Weekday() != p.Weekday {
		best.Problem = fmt.Sprintf("%s was a %s, not a %s", best.From.Format("2 January 2006"), best.From.Weekday(), p.Weekday)
		best.From, best.To = time.Time{}, time.Time{}
	}
	return best
}
