package extract

import (
	"regexp"
	"strings"

	"github.com/thamluan/thamluan/corpus/vi"
)

// reDefinedAbbrev is an abbreviation in parentheses, as an article defines
// one after the name it stands for: "Trường Đại học Thủ Dầu Một (TDMU)",
// "các khu công nghiệp (KCN)".
var reDefinedAbbrev = regexp.MustCompile(`\(([A-ZĐ][A-ZĐ0-9&]{1,9})\)`)

// pageAbbrevs returns the abbreviations an article defines, each with
// what it stands for, found in two ways:
//
//   - the initials of the words before the parentheses spell it ("khu
//     công nghiệp (KCN)", "an ninh trật tự (ANTT)");
//   - an organisation's name ends at the parentheses and the
//     abbreviation's first letter is an initial of one of its words
//     ("Trường Đại học Thủ Dầu Một (TDMU)").
//
// Abbreviations the project knows (vi.Expand, the gazetteer) are left to
// it, and a company's legal form ("CTCP") is no name. "Trường ĐH Ngoại
// ngữ, Trường ĐH Giáo dục (ĐHQGHN)" names where the schools belong.
func (r *reader) pageAbbrevs(text string) map[string]string {
	if !strings.Contains(text, "(") {
		return nil
	}
	var out map[string]string
	for _, loc := range reDefinedAbbrev.FindAllStringSubmatchIndex(text, -1) {
		abbr := text[loc[2]:loc[3]]
		if _, known := CanonicalAcademy(abbr); known || vi.Expand(abbr) != abbr || legalForms[abbr] || out[abbr] != "" {
			continue
		}
		before := text[max(0, loc[0]-200):loc[0]]
		if i := strings.LastIndexAny(before, ".;:()“”\n"); i >= 0 {
			before = before[i+1:]
		}
		ws := r.split(before)
		long := initialsSpell(before, ws, abbr)
		if long == "" {
			long = orgAbbreviated(r, before, ws, abbr)
		}
		if long != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[abbr] = long
		}
	}
	return out
}

// initialsSpell returns the last words of before whose initials, folded,
// spell abbr, or "".
func initialsSpell(before string, ws []word, abbr string) string {
	n := len([]rune(abbr))
	if n < 2 || len(ws) < n || strings.ContainsAny(abbr, "0123456789&") {
		return ""
	}
	tail := ws[len(ws)-n:]
	var initials strings.Builder
	for _, w := range tail {
		if w.Pre != "" || w.Post != "" && w != tail[len(tail)-1] {
			return ""
		}
		r := []rune(vi.FoldWord(w.Text))
		if len(r) == 0 {
			return ""
		}
		initials.WriteRune(r[0])
	}
	if !strings.EqualFold(initials.String(), vi.FoldWord(abbr)) {
		return ""
	}
	return strings.TrimSpace(before[tail[0].Start:tail[n-1].End])
}

// orgAbbreviated returns the organisation whose name ends before, if
// abbr may stand for it, or "".
func orgAbbreviated(r *reader, before string, ws []word, abbr string) string {
	first := strings.ToLower(vi.FoldWord(string([]rune(abbr)[0])))
	for i := range ws {
		if orgStartSet.at(ws, i) == 0 || !isUpperWord(ws[i].Text) {
			continue
		}
		name, end := r.orgNameAt(before, ws[i].Start)
		if name == "" || strings.TrimSpace(before[end:]) != "" {
			continue
		}
		if strings.Contains(name, ",") {
			return "" // a unit and its parent: whose abbreviation?
		}
		for _, w := range splitWords(name)[1:] {
			if strings.HasPrefix(strings.ToLower(vi.FoldWord(w.Text)), first) {
				return name
			}
		}
		return ""
	}
	return ""
}

// expandPage spells out in s the abbreviations the article defined.
func (r *reader) expandPage(s string) string {
	if len(r.abbrevs) == 0 || s == "" {
		return s
	}
	ws := splitWords(s)
	var b strings.Builder
	last := 0
	for i, w := range ws {
		// "Phòng Cảnh sát hình sự (PC02)": the code defined or repeated
		// after the name stays as written.
		if long, ok := r.abbrevs[w.Text]; ok && !strings.HasSuffix(w.Pre, "(") {
			from := w.Start
			// "Cục A05": the kind of unit is the long form's first word.
			if i > 0 && ws[i-1].Post == "" && ws[i-1].Start >= last && strings.EqualFold(ws[i-1].Text, strings.Fields(long)[0]) {
				from = ws[i-1].Start
			}
			b.WriteString(s[last:from])
			b.WriteString(long)
			last = w.End
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// policeCodes are the codes of the departments of a provincial police
// (Công an tỉnh, thành phố), as the police and the press write them
// ("Phòng PC06", "Trưởng phòng PA05 Công an tỉnh X"): facts, the codes
// the Ministry of Public Security gives its provincial departments. Only
// codes whose department is certain are listed; an article's own
// definition ("(PC02)" after the name) wins.
var policeCodes = map[string]string{
	"PA05": "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
	"PA08": "Phòng Quản lý xuất nhập cảnh",
	"PA09": "Phòng An ninh điều tra",
	"PC02": "Phòng Cảnh sát hình sự",
	"PC03": "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
	"PC04": "Phòng Cảnh sát điều tra tội phạm về ma túy",
	"PC06": "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
	"PC07": "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
	"PC08": "Phòng Cảnh sát giao thông",
	"PC09": "Phòng Kỹ thuật hình sự",
	"PV01": "Phòng Tham mưu",
	"PX01": "Phòng Công tác đảng và công tác chính trị",
}

// withPoliceCodes adds to an article's abbreviations the police codes it
// writes and does not define itself.
func withPoliceCodes(abbrevs map[string]string, text string) map[string]string {
	if !strings.Contains(text, " P") {
		return abbrevs
	}
	for code, long := range policeCodes {
		if _, own := abbrevs[code]; own || !strings.Contains(text, code) {
			continue
		}
		if abbrevs == nil {
			abbrevs = map[string]string{}
		}
		abbrevs[code] = long
	}
	return abbrevs
}
