package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A DateMention is a date written in a text, with its byte offsets.
type DateMention struct {
	Year, Month, Day int // Year is 0 when the text left it out ("Sáng 13/7")
	Start, End       int
}

// ISO returns the date as 2006-01-02, or "" when the year is unknown.
func (d DateMention) ISO() string {
	if d.Year == 0 {
		return ""
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

var (
	// 14/07/2023, 14/7/2023, 14-07-2023, 14.07.2023, 13/7 (no year).
	// A full stop may end the sentence after it: "… ngày 25/4/2024.".
	numericDate = regexp.MustCompile(`(?:^|[^\d/.-])(\d{1,2})([/.-])(\d{1,2})(?:([/.-])(\d{4}))?(?:[^\d/.-]|[.](?:[^\d]|$)|$)`)
	// ngày 14 tháng 7 năm 2023, 14 tháng 7, 2023, 30 Tháng 12 2024; "tháng"
	// may be "th".
	wordDate = regexp.MustCompile(`(?i)(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4})|\s+((?:19|20)\d{2})\b)?`)
	// 2023-07-14 and 2023-07-14T08:30:00+07:00.
	isoDate = regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
	// Two days of one month: "28 và 29/8/2024", "28-29/8/2024"; the
	// first day is the date.
	// A time before a date ("08:15 - 24/11/2022") is not a day.
	dayRange = regexp.MustCompile(`(?:^|[^\d/.:h-])(\d{1,2})(?:\s*(?:và|đến)\s*|-|–)\d{1,2}/(\d{1,2})(?:/(\d{4}))?(?:[^\d/]|$)`)
	// The part of the day before a yearless date with dashes: "Sáng 12-5",
	// "Ngày 14-3".
	dayPart = regexp.MustCompile(`(?i)(?:ngày|sáng|chiều|tối|trưa|đêm)\s+$`)
)

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y == 0 {
		return true
	}
	if y < 1945 || y > 2100 {
		return false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// FindDates returns every date written in s, in order: "14/07/2023",
// "14/7/2023 08:30", "14-07-2023", "ngày 14 tháng 7 năm 2023", ISO dates,
// the first of two days ("28 và 29/8/2024"), and dates without a year
// ("13/7", "Sáng 12-5"). Impossible dates are skipped.
func FindDates(s string) []DateMention {
	var out []DateMention
	taken := func(start, end int) bool {
		for _, d := range out {
			if start < d.End && end > d.Start {
				return true
			}
		}
		return false
	}
	for _, m := range isoDate.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		if validDate(y, mo, d) {
			out = append(out, DateMention{y, mo, d, m[0], m[1]})
		}
	}
	for _, m := range dayRange.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		y, end := 0, m[5]
		if m[6] >= 0 {
			y, _ = strconv.Atoi(s[m[6]:m[7]])
			end = m[7]
		}
		// "5-6/12" without a year: two days, as "(5-6/12)" or "12 và
		// 13/10"; "15-20/5" is a range too, of days of May.
		if validDate(y, mo, d) && !taken(m[2], end) {
			out = append(out, DateMention{y, mo, d, m[2], end})
		}
	}
	for _, m := range wordDate.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		y := 0
		if m[6] >= 0 {
			y, _ = strconv.Atoi(s[m[6]:m[7]])
		} else if m[8] >= 0 {
			y, _ = strconv.Atoi(s[m[8]:m[9]]) // "30 Tháng 12 2024" (Joomla)
		}
		if validDate(y, mo, d) && !taken(m[0], m[1]) {
			out = append(out, DateMention{y, mo, d, m[0], m[1]})
		}
	}
	for i := 0; i < len(s); {
		m := numericDate.FindStringSubmatchIndex(s[i:])
		if m == nil {
			break
		}
		start := i + m[2]
		d, _ := strconv.Atoi(s[i+m[2] : i+m[3]])
		mo, _ := strconv.Atoi(s[i+m[6] : i+m[7]])
		end := i + m[7]
		y := 0
		if m[10] >= 0 {
			// The separators must agree: 14/07/2023, not 14/07-2023.
			if s[i+m[4]:i+m[5]] == s[i+m[8]:i+m[9]] {
				y, _ = strconv.Atoi(s[i+m[10] : i+m[11]])
				end = i + m[11]
			}
		}
		sep := s[i+m[4] : i+m[5]]
		// "2020 – 2023" and "15-20%" are not dates; a yearless date needs
		// "/", or "-" or "." after the part of the day ("Sáng 12-5",
		// "Ngày 9.11").
		ok := validDate(y, mo, d) && (y != 0 || sep == "/" || (sep == "-" || sep == ".") && dayPart.MatchString(s[:start])) && !taken(start, end)
		if ok {
			out = append(out, DateMention{y, mo, d, start, end})
		}
		i = end
		if i <= start {
			i = start + 1
		}
	}
	sortMentions(out)
	return out
}

func sortMentions(ms []DateMention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// ParseDate reads the first complete date (with a year) in s and returns it
// as 2006-01-02, or "" when s holds none.
func ParseDate(s string) string {
	for _, d := range FindDates(s) {
		if d.Year != 0 {
			return d.ISO()
		}
	}
	return ""
}

// isDateLine reports whether a line is only a date, with an optional
// weekday and time: "Thứ Sáu, 14/07/2023", "14/7/2023 08:30".
func isDateLine(line string) bool {
	line = strings.TrimSpace(line)
	// What portals print beside the date: "Lượt xem: 412", "Người đăng:
	// Ban Tuyên giáo". Cheap tests first: every line of a page comes here.
	if len(line) < 200 && (strings.Contains(line, "ượt") || strings.Contains(line, "đăng")) {
		line = strings.TrimSpace(dateLineMeta.ReplaceAllString(line, " "))
	}
	// "19-10-2023 - 14:35 | Lao động": the section the article is filed
	// under, after the date.
	if i := strings.LastIndex(line, " | "); i > 0 && len(line)-i < 40 {
		if tail := line[i+3:]; len(strings.Fields(tail)) <= 3 && !strings.ContainsAny(tail, "0123456789|") {
			line = strings.TrimSpace(line[:i])
		}
	}
	if len(line) > 60 {
		return false
	}
	ds := FindDates(line)
	// "18/04/2025 | 11:35 Cập nhật: 18/04/2025 | 14:02": published, then
	// updated.
	if len(ds) == 2 && ds[1].Year != 0 && strings.Contains(strings.ToLower(line[ds[0].End:ds[1].Start]), "cập nhật") {
		line, ds = line[:ds[1].Start], ds[:1]
	}
	if len(ds) != 1 || ds[0].Year == 0 {
		return false
	}
	rest := strings.ToLower(line[:ds[0].Start] + " " + line[ds[0].End:])
	rest = dateNoise.ReplaceAllString(rest, " ")
	return strings.TrimSpace(rest) == ""
}

var dateLineMeta = regexp.MustCompile(`(?i)(?:lượt xem|lượt đọc|lượt truy cập|số lượt xem)\s*:?\s*[\d.,]+|(?:người đăng|người viết|đăng bởi)\s*:[^|·•]{0,60}$`)

var dateNoise = regexp.MustCompile(`(?i)thứ\s+(hai|ba|tư|năm|sáu|bảy|bẩy)|chủ\s+nhật|cập nhật|đăng ngày|ngày đăng|đăng lúc|đăng|ngày|lúc|gmt\+?\d*|\d{1,2}(:|h)\d{2}(:\d{2})?(\s*(sa|ch|am|pm)\b)?|\(.*?\)|[,:|/\-–—·•]`)
