package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/vi"
)

// baseKinds is what a kind is filed under: "Hội thảo khoa học quốc gia" is
// a Hội thảo.
var baseKinds = []string{"Hội thảo", "Hội nghị", "Tọa đàm", "Diễn đàn", "Seminar"}

var (
	reOrganise = regexp.MustCompile(`(?i)(?:phối hợp\s+)?tổ chức\s+`)
	reKindWord = regexp.MustCompile(`(?i)(?:^|[\s“"«(])(hội thảo|hội nghị|tọa đàm|toạ đàm|diễn đàn|seminar)(?:$|[\s,.:;”"»)])`)
	reTimeWord = regexp.MustCompile(`(?i)^(?:sáng|chiều|tối|trưa|ngày|hôm nay|vừa qua)\b`)
	cityNames  = []string{"Hà Nội", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "TP. Hồ Chí Minh", "TP.HCM", "TP HCM", "Đà Nẵng",
		"Hải Phòng", "Cần Thơ", "Huế", "Thừa Thiên Huế", "Nha Trang", "Đà Lạt", "Vinh", "Nghệ An", "Bắc Ninh",
		"Quảng Ninh", "Thái Nguyên", "Bình Dương", "Đồng Nai", "Hưng Yên", "Vũng Tàu", "Buôn Ma Thuột", "Thanh Hóa", "Thanh Hoá"}
)

// readEvent reads the event from the lead: "Chiều 13/7/2023, tại Học viện
// X (TP Hà Nội), Đảng ủy Y tổ chức Hội thảo “Name”."
func (r *reader) readEvent(body []string) {
	// The lead is among the first five paragraphs of sentences; menu
	// items and date lines a generic page kept do not count.
	n := 0
	for _, para := range body {
		if len(strings.Fields(para)) < 6 {
			continue
		}
		if n++; n > 5 {
			break
		}
		for _, s := range sentences(para) {
			if e := parseEvent(s, r.a.Published); e != nil {
				r.a.Event = e
				return
			}
		}
	}
	// No lead sentence named the event: take the kind and quoted name
	// from the title.
	if e := parseEvent(r.a.Title, r.a.Published); e != nil {
		r.a.Event = e
		// The first paragraph of sentences is the lead.
		for _, para := range body {
			if len(strings.Fields(para)) >= 6 && !isDateLine(para) {
				fillFromLead(e, para, r.a.Published)
				break
			}
		}
		return
	}
	// An article about something else that reports the event further
	// down: "Trước đó, chiều 26/7, cũng tại Hội trường A, Khoa Y Dược đã
	// tổ chức Hội thảo khoa học “…”". A dated sentence that says the
	// event was organised.
	for _, para := range body {
		for _, s := range sentences(para) {
			if len(FindDates(s)) > 0 && reOrganise.MatchString(s) {
				if e := parseEvent(s, r.a.Published); e != nil {
					r.a.Event = e
					return
				}
			}
		}
	}
}

func parseEvent(s, published string) *corpus.Event {
	// "tại Trung tâm Hội nghị tỉnh, Tỉnh đoàn tổ chức Diễn đàn “…”": the
	// first kind word may be part of a venue.
	for _, m := range reKindWord.FindAllStringSubmatchIndex(s, 4) {
		if e := parseEventAt(s, m[2:4], published); e != nil {
			return e
		}
	}
	return nil
}

// parseEventAt reads the event whose kind word is at loc in s.
func parseEventAt(s string, loc []int, published string) *corpus.Event {
	e := &corpus.Event{}
	// The kind phrase, then the name in quotes.
	kindPhrase := s[loc[0]:]
	// "Hội nghị khoa học Y học dự phòng quân đội mở rộng năm 2023 với chủ
	// đề “T”": the theme in quotes names it, further on.
	if q := strings.IndexAny(kindPhrase, "“\"«"); q >= 0 && (q < 80 || q < 240 && strings.HasSuffix(strings.TrimSpace(lowerKeep(kindPhrase[:q])), "chủ đề")) {
		kind := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(kindPhrase[:q]), ":,"))
		_, start, end, _ := nextQuote(s, loc[0]+q)
		e.Name = strings.TrimSpace(s[start:end])
		e.Kind = baseKind(kind)
	} else if start, end, ok := singleQuoted(kindPhrase); ok {
		// "tọa đàm 'Bảo vệ trẻ em trên không gian mạng'".
		e.Kind = baseKind(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(kindPhrase[:start-1]), ":,")))
		e.Name = strings.TrimSpace(kindPhrase[start:end])
	} else if i, n := themeAt(kindPhrase); i >= 0 {
		// "hội thảo khoa học với chủ đề Chuyển đổi số trong …": the name
		// runs to the end of the sentence.
		e.Kind = baseKind(kindPhrase[:i])
		e.Name = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(kindPhrase[i+n:]), ".;"))
		// ", thu hút hơn 300 cán bộ": a clause after the name.
		if loc := reClauseAfterName.FindStringIndex(e.Name); loc != nil {
			e.Name = e.Name[:loc[0]]
		}
		if utf8.RuneCountInString(e.Name) > 300 {
			return nil
		}
	} else if i := strings.Index(vi.Lower(kindPhrase), " về "); i >= 0 && i < 60 && !strings.ContainsAny(kindPhrase[:i], ",;:") {
		// "Hội thảo về X", not "Tại tọa đàm, nhiều sinh viên hỏi về X".
		e.Kind = baseKind(kindPhrase[:i])
		rest := kindPhrase[i+len(" về "):]
		if j := strings.IndexAny(rest, ",.;"); j >= 0 {
			rest = rest[:j]
		}
		e.Name = strings.TrimSpace(rest)
	} else if name, ok := seriesName(s, loc); ok {
		e.Kind = baseKind(s[loc[0]:loc[1]])
		e.Name = name
	} else {
		return nil
	}
	if e.Name == "" {
		return nil
	}
	fillFromLead(e, s, published)
	return e
}

// seriesName reads an event named without quotes by its capitalised kind
// and what follows, to the end of the clause: "Trường Đại học Cần Thơ tổ
// chức Hội nghị sinh viên nghiên cứu khoa học năm học 2023 - 2024." The
// kind is part of such a name; only "tổ chức" may come before it, or "tổ
// chức phiên toàn thể".
func seriesName(s string, loc []int) (string, bool) {
	before := strings.TrimRight(s[:loc[0]], " ")
	// "tổ chức phiên toàn thể Hội nghị …": a session of the event.
	for _, session := range []string{" phiên toàn thể", " phiên khai mạc", " phiên bế mạc"} {
		before = strings.TrimSuffix(before, session)
	}
	if !strings.HasSuffix(before, "tổ chức") || !firstUpper(s[loc[0]:loc[1]]) {
		return "", false
	}
	name := s[loc[0]:]
	if i := strings.IndexAny(name, ";:(“\"«"); i >= 0 {
		name = name[:i]
	}
	if i := strings.Index(name, ", "); i >= 0 {
		name = name[:i]
	}
	if loc := reClauseAfterName.FindStringIndex(name); loc != nil {
		name = name[:loc[0]]
	}
	name = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(name), "."))
	if n := len(strings.Fields(name)); n < 5 || n > 25 {
		return "", false
	}
	// "tổ chức Hội thảo khoa học nhằm đánh giá …" says what the event is
	// for, not what it is called.
	for _, w := range []string{" nhằm ", " với ", " để ", " do ", " có ", " tại ", " về ", " cho ", " và ", " được "} {
		if strings.Contains(name+" ", w) {
			return "", false
		}
	}
	return name, true
}

// reClauseAfterName starts a clause that follows an unquoted event name.
var reClauseAfterName = regexp.MustCompile(`, (?:thu hút|với sự|với|nhằm|do|được|diễn ra|dưới sự|có sự|có|thu|qua đó|từ đó) `)

// themeAt returns where "với chủ đề" (or "có chủ đề", "chủ đề:") follows a
// kind phrase, before any comma, and its length; -1 when it does not.
func themeAt(kindPhrase string) (int, int) {
	lower := lowerKeep(kindPhrase)
	for _, t := range []string{" với chủ đề: ", " với chủ đề ", " có chủ đề ", " chủ đề: "} {
		if i := strings.Index(lower, t); i >= 0 && i < 60 && !strings.ContainsAny(kindPhrase[:i], ",;:") {
			// A name starts with a capital.
			if r, _ := utf8.DecodeRuneInString(kindPhrase[i+len(t):]); unicode.IsUpper(r) {
				return i, len(t)
			}
		}
	}
	return -1, 0
}

// singleQuoted finds a name in single quotes ('…' or ‘…’) opening within a
// few words of the start of s: the offsets of its text. The closing mark
// must end a word, so that an apostrophe inside a name does not close it.
func singleQuoted(s string) (start, end int, ok bool) {
	open := strings.IndexAny(s, "'‘")
	if open < 0 || open > 40 || open > 0 && s[open-1] != ' ' {
		return 0, 0, false
	}
	_, n := utf8.DecodeRuneInString(s[open:])
	start = open + n
	for i := start; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == '\'' || r == '’') && i > start {
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if i+n == len(s) || next == ' ' || strings.ContainsRune(".,;:)", next) {
				return start, i, i-start <= 400
			}
		}
		i += n
	}
	return 0, 0, false
}

// baseKind files a kind phrase under its base kind in canonical spelling.
func baseKind(kind string) string {
	k := vi.Key(kind)
	for _, b := range baseKinds {
		if strings.HasPrefix(k, vi.Key(b)) {
			return vi.Normalize(b)
		}
	}
	return kind
}

// reRelativeDay ends the text before a date given in parentheses after a
// day named relative to publication or by its weekday: "Chiều qua
// (26/9)", "Hôm nay (5/4)", "sáng thứ Năm (21/11)".
var reRelativeDay = regexp.MustCompile(`(?i)(?:(?:hôm|sáng|chiều|tối|trưa|ngày)\s+(?:qua|nay|kia)|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|trong\s+(?:\d|hai|ba|bốn|năm)\s+ngày)\s*\(\s*(?:ngày\s+)?$`)

// reNamedDay ends the text before the date of a day that is
// commemorated, not the event's: "kỷ niệm 42 năm ngày Nhà giáo Việt Nam
// 20/11".
var reNamedDay = regexp.MustCompile(`(?i)(?:kỷ niệm|chào mừng|hướng tới)[^,.;]{0,30}\bngày\s+\p{Lu}[^,.;()]{2,60}\s$`)

// reClosedAfter says that the event the lead dates closed that day after
// several days' work: "Chiều 15-3, Hội thảo … đã bế mạc sau hai ngày làm
// việc".
var reClosedAfter = regexp.MustCompile(`(?i)bế mạc sau (hai|ba|bốn|năm|2|3|4|5) ngày`)

// closedAfter returns the first day of an event when the lead dates its
// closing (reClosedAfter in rest), or d.
func closedAfter(d DateMention, rest string) DateMention {
	m := reClosedAfter.FindStringSubmatch(rest)
	if m == nil {
		return d
	}
	days := map[string]int{"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "2": 2, "3": 3, "4": 4, "5": 5}[strings.ToLower(m[1])]
	first := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1-days)
	d.Year, d.Month, d.Day = first.Year(), int(first.Month()), first.Day()
	return d
}

// fillFromLead reads date, venue, city and organiser from a lead sentence.
func fillFromLead(e *corpus.Event, s, published string) {
	if e.Date == "" {
		for _, d := range FindDates(s) {
			// "Nhân kỷ niệm 99 năm Ngày Báo chí (21/6/1925 - 21/6/2024)":
			// dates in parentheses are of something else.
			if inParens(s, d.Start) && !reRelativeDay.MatchString(s[:d.Start]) || reNamedDay.MatchString(s[:d.Start]) {
				continue
			}
			if d.Year == 0 && len(published) >= 4 {
				d.Year, _ = strconv.Atoi(published[:4])
				if !validDate(d.Year, d.Month, d.Day) {
					continue
				}
			}
			if d.Year != 0 {
				e.Date = closedAfter(d, s[d.End:]).ISO()
				break
			}
		}
	}
	// "tại Học viện X (TP Hà Nội)," — the venue runs to the next comma
	// outside parentheses.
	if i := indexWord(s, "tại"); i >= 0 && e.Venue == "" {
		rest := s[i+len("tại"):]
		depth, end := 0, len(rest)
	scan:
		for j, c := range rest {
			switch c {
			case '(':
				depth++
			case ')':
				depth--
			case ',', ';', '.', '“', '"', '«':
				if depth <= 0 {
					end = j
					break scan
				}
			}
		}
		venue := strings.TrimSpace(rest[:end])
		if p := strings.Index(venue, "("); p >= 0 {
			inner := strings.Trim(venue[p:], "() ")
			venue = strings.TrimSpace(venue[:p])
			e.City = cityOf(inner)
		}
		if c := cityOf(venue); c != "" && e.City == "" && vi.Key(c) == vi.Key(strings.TrimPrefix(venue, "TP ")) {
			e.City, venue = c, ""
		}
		// "tại Hà Nội" is a city; "tại Hội trường A, Học viện X" keeps both.
		if c := cityOf(venue); c != "" && len(strings.Fields(venue)) <= 4 {
			e.City, venue = c, ""
		}
		if len([]rune(venue)) < 120 && !reKindWord.MatchString(venue) {
			e.Venue = venue
		}
	}
	// The organiser: "..., Đảng ủy X tổ chức Hội thảo" or "Hội thảo ... do
	// Học viện X tổ chức".
	if e.Organizer == "" {
		if loc := reOrganise.FindStringIndex(s); loc != nil {
			before := s[:loc[0]]
			if i := indexWord(before, "do"); i >= 0 {
				e.Organizer = strings.Trim(before[i+len("do"):], " ,")
			} else {
				parts := strings.Split(before, ",")
				org := strings.TrimSpace(parts[len(parts)-1])
				// "Cục Cảnh sát phòng, chống tội phạm ...": a part in lower
				// case continues the name before the comma.
				for i := len(parts) - 2; i >= 0 && org != "" && !firstUpper(org); i-- {
					org = strings.TrimSpace(parts[i]) + ", " + org
				}
				if !reTimeWord.MatchString(org) && !strings.HasPrefix(vi.Lower(org), "tại ") {
					e.Organizer = org
				}
			}
		}
	}
}

// inParens reports whether offset i of s is inside parentheses.
func inParens(s string, i int) bool {
	return strings.Count(s[:i], "(") > strings.Count(s[:i], ")")
}

// indexWord returns the offset of word w in s as a whole word, or -1.
func indexWord(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		beforeOK := i == 0 || s[i-1] == ' ' || s[i-1] == ','
		afterOK := i+len(w) == len(s) || s[i+len(w)] == ' '
		if beforeOK && afterOK {
			return i
		}
		off = i + len(w)
	}
}

// cityOf returns the canonical city named by s ("TP Hà Nội", "Thành phố Hồ
// Chí Minh"), or "".
func cityOf(s string) string {
	k := vi.Key(vi.Expand(s))
	k = strings.TrimPrefix(k, "thanh pho ")
	k = strings.TrimPrefix(k, "tinh ")
	for _, c := range cityNames {
		ck := strings.TrimPrefix(vi.Key(vi.Expand(c)), "thanh pho ")
		if k == ck {
			name := vi.Normalize(vi.Expand(c))
			if strings.HasPrefix(vi.Key(name), "thanh pho ho chi minh") {
				return "Thành phố Hồ Chí Minh"
			}
			return strings.TrimPrefix(name, "Thành phố ")
		}
	}
	return ""
}
