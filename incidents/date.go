package incidents

import (
	"fmt"
	"strings"
	"time"
)

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// ParseDate accepts the date forms people write in postmortems:
// "October 26, 2023", "Oct 26, 2023", "Oct. 26th 2023", "26 October 2023",
// "2023-10-26", "2023/10/26", optionally after a weekday ("Thursday, ...").
// Dates are calendar days in UTC.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	t, ok := readDate(s)
	if !ok {
		if month, ok := impossibleDay(s); ok {
			return time.Time{}, fmt.Errorf("date %q does not exist: %s has fewer days", s, month)
		}
		return time.Time{}, fmt.Errorf("unknown date %q (want October 26, 2023 or 2023-10-26)", s)
	}
	return t, nil
}

// impossibleDay tells a well-formed date whose day is past its month's end
// (2024-02-30, April 31, 2023) from a date in a format not read at all, so
// the message says what is actually wrong. It returns the month ("February
// 2024") when the same text reads as a date on the first of that month.
func impossibleDay(s string) (string, bool) {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '/' }) {
		d, ok := atoi(strings.TrimSuffix(f, "."))
		if !ok || d < 29 || d > 31 || len(f) > 3 {
			continue
		}
		first, ok := readDate(strings.Replace(s, f, "01", 1))
		if ok {
			return first.Format("January 2006"), true
		}
	}
	return "", false
}

func readDate(s string) (time.Time, bool) {
	var tok [5]string
	n := 0
	for s != "" {
		s = strings.TrimLeft(s, " ,\t")
		if s == "" {
			break
		}
		if n == len(tok) {
			return time.Time{}, false
		}
		end := strings.IndexAny(s, " ,\t")
		if end < 0 {
			end = len(s)
		}
		tok[n], s = s[:end], s[end:]
		n++
	}
	if n > 0 && isWeekday(tok[0]) {
		copy(tok[:], tok[1:n])
		n--
	}
	switch n {
	case 1:
		return parseISODate(tok[0])
	case 3:
		if m := monthOf(tok[0]); m > 0 {
			return mkDate(tok[2], m, tok[1])
		}
		if m := monthOf(tok[1]); m > 0 {
			return mkDate(tok[2], m, tok[0])
		}
	}
	return time.Time{}, false
}

// parseISODate reads YYYY-MM-DD (or with slashes).
func parseISODate(s string) (time.Time, bool) {
	if len(s) != 10 || (s[4] != '-' && s[4] != '/') || s[7] != s[4] {
		return time.Time{}, false
	}
	m, ok := atoi(s[5:7])
	if !ok || m < 1 || m > 12 {
		return time.Time{}, false
	}
	return mkDate(s[:4], time.Month(m), s[8:])
}

func mkDate(year string, m time.Month, day string) (time.Time, bool) {
	day = strings.TrimSuffix(day, ".")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(day) > 2 && strings.EqualFold(day[len(day)-2:], suf) {
			day = day[:len(day)-2]
			break
		}
	}
	y, ok1 := atoi(year)
	d, ok2 := atoi(day)
	if !ok1 || !ok2 || len(year) != 4 || y < 1970 || y > 2200 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // February 30 and friends
		return time.Time{}, false
	}
	return t, true
}

// monthOf reads a month name, its three-letter abbreviation ("Oct", "Oct.")
// or "Sept"; 0 when s is not a month.
func monthOf(s string) time.Month {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 3 {
		return 0
	}
	for i, name := range monthNames {
		if strings.EqualFold(s, name) || strings.EqualFold(s, name[:3]) || (i == 8 && strings.EqualFold(s, "sept")) {
			return time.Month(i + 1)
		}
	}
	return 0
}

func isWeekday(s string) bool {
	s = strings.TrimSuffix(s, ".")
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.EqualFold(s, d) || (len(s) == 3 && strings.EqualFold(s, d[:3])) {
			return true
		}
	}
	return false
}

// DateOf builds a calendar day (UTC) from a year, a month (a number or a
// name, see monthOf) and a day, as the readers find them in free text;
// years outside 1990-2100 are not taken for dates.
func DateOf(y, mo, d string) (time.Time, bool) {
	m := monthOf(mo)
	if m == 0 {
		n, ok := atoi(mo)
		if !ok || n < 1 || n > 12 {
			return time.Time{}, false
		}
		m = time.Month(n)
	}
	if yn, _ := atoi(y); yn < 1990 || yn > 2100 {
		return time.Time{}, false
	}
	return mkDate(y, m, d)
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
