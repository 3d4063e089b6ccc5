package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/thamluan/thamluan/corpus/vi"
)

// academies is the gazetteer of academies, schools, universities and
// research institutes: canonical name first, then other ways it is written
// (abbreviations such as CAND, CSND, ANND and ĐH are expanded before
// matching, so they need no entry of their own).
var academies = [][]string{
	{"Học viện An ninh nhân dân", "HVANND", "Học viện ANND"},
	{"Học viện Cảnh sát nhân dân", "HVCSND", "Học viện CSND"},
	{"Học viện Chính trị Công an nhân dân", "HVCTCAND", "Học viện Chính trị CAND"},
	{"Học viện Kỹ thuật và Công nghệ an ninh", "Học viện Kỹ thuật và Công nghệ An ninh"},
	{"Học viện Quốc tế", "Học viện Quốc tế Bộ Công an"},
	{"Học viện Chính trị quốc gia Hồ Chí Minh", "Học viện Chính trị Quốc gia Hồ Chí Minh"},
	{"Học viện Quốc phòng"},
	{"Học viện Chính trị", "Học viện Chính trị Bộ Quốc phòng"},
	{"Học viện Hành chính quốc gia", "Học viện Hành chính Quốc gia"},
	{"Học viện Báo chí và Tuyên truyền"},
	{"Học viện Biên phòng"},
	{"Học viện Tư pháp"},
	{"Học viện Ngoại giao"},
	{"Trường Đại học An ninh nhân dân", "Đại học An ninh nhân dân", "ĐHANND"},
	{"Trường Đại học Cảnh sát nhân dân", "Đại học Cảnh sát nhân dân", "ĐHCSND"},
	{"Trường Đại học Phòng cháy chữa cháy", "Đại học Phòng cháy chữa cháy", "Trường Đại học PCCC", "ĐHPCCC"},
	{"Trường Đại học Kỹ thuật - Hậu cần Công an nhân dân", "Trường Đại học Kỹ thuật Hậu cần Công an nhân dân", "Trường Đại học Kỹ thuật - Hậu cần CAND", "Đại học Kỹ thuật - Hậu cần CAND"},
	{"Trường Đại học Luật Hà Nội", "Đại học Luật Hà Nội"},
	{"Trường Đại học Luật Thành phố Hồ Chí Minh", "Đại học Luật TP Hồ Chí Minh"},
	{"Trường Cao đẳng Cảnh sát nhân dân I", "Trường Cao đẳng CSND I", "Trường Cao đẳng Cảnh sát nhân dân 1"},
	{"Trường Cao đẳng Cảnh sát nhân dân II", "Trường Cao đẳng CSND II", "Trường Cao đẳng Cảnh sát nhân dân 2"},
	{"Trường Cao đẳng An ninh nhân dân I", "Trường Cao đẳng ANND I", "Trường Cao đẳng An ninh nhân dân 1"},
	{"Trường Cao đẳng An ninh nhân dân II", "Trường Cao đẳng ANND II", "Trường Cao đẳng An ninh nhân dân 2"},
	{"Trường Cao đẳng Phòng cháy chữa cháy", "Trường Cao đẳng PCCC"},
	{"Trường Cao đẳng Cảnh sát nhân dân I", "Trường CĐ CSND I"},
	{"Viện Chiến lược và Khoa học Công an", "Viện Chiến lược và Khoa học Bộ Công an"},
	{"Viện Khoa học hình sự", "Viện Khoa học hình sự Bộ Công an"},
	{"Viện Hàn lâm Khoa học xã hội Việt Nam", "Viện Hàn lâm KHXH Việt Nam", "Viện Hàn lâm Khoa học Xã hội Việt Nam"},
	{"Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm KH&CN Việt Nam"},
	{"Viện Khoa học Nông nghiệp Việt Nam"},
	{"Đại học Quốc gia Hà Nội", "ĐHQG Hà Nội", "ĐHQGHN"},
	{"Đại học Quốc gia Thành phố Hồ Chí Minh", "ĐHQG TP Hồ Chí Minh", "ĐHQG-HCM", "Đại học Quốc gia TP Hồ Chí Minh", "ĐHQG TP.HCM", "Đại học Quốc gia TP.HCM"},
	{"Trường Đại học Khoa học xã hội và nhân văn", "Trường Đại học KHXH&NV", "Trường Đại học Khoa học Xã hội và Nhân văn"},
	{"Đại học Huế"},
	{"Đại học Thái Nguyên", "ĐHTN"},
	{"Đại học Đà Nẵng", "ĐHĐN"},
	// Regional political academies: each its own academy, not the
	// army's Học viện Chính trị.
	{"Học viện Chính trị khu vực I", "Học viện Chính trị KV I"},
	{"Học viện Chính trị khu vực II", "Học viện Chính trị KV II"},
	{"Học viện Chính trị khu vực III", "Học viện Chính trị KV III"},
	{"Học viện Chính trị khu vực IV", "Học viện Chính trị KV IV"},
	// Academies of neighbouring countries, written after the Vietnamese
	// one whose name they extend.
	{"Học viện An ninh nhân dân Lào"},
	{"Học viện Cảnh sát nhân dân Lào"},
	{"Học viện Chính trị - Hành chính quốc gia Lào", "Học viện Chính trị và Hành chính quốc gia Lào"},
	{"Học viện Hoàng gia Campuchia"},
	// Military academies and schools.
	{"Học viện Lục quân"},
	{"Học viện Hải quân"},
	{"Học viện Hậu cần"},
	{"Học viện Kỹ thuật Quân sự"},
	{"Học viện Quân y"},
	{"Trường Sĩ quan Lục quân 1", "Trường Sĩ quan Lục quân I", "Trường Đại học Trần Quốc Tuấn"},
	{"Trường Sĩ quan Lục quân 2", "Trường Sĩ quan Lục quân II", "Trường Đại học Nguyễn Huệ"},
	{"Trường Sĩ quan Chính trị", "Trường Đại học Chính trị"},
	// Other academies and universities that report workshops with the
	// public-security schools.
	{"Học viện Khoa học xã hội"},
	{"Học viện Phụ nữ Việt Nam"},
	{"Học viện Tòa án", "Học viện Toà án"},
	{"Học viện Dân tộc"},
	{"Trường Đại học Kiểm sát Hà Nội", "Đại học Kiểm sát Hà Nội"},
	{"Đại học Bách khoa Hà Nội", "Trường Đại học Bách khoa Hà Nội"},
	{"Trường Đại học Kinh tế Quốc dân", "Đại học Kinh tế Quốc dân"},
	{"Trường Đại học Sư phạm Hà Nội", "Đại học Sư phạm Hà Nội"},
	{"Trường Đại học Cần Thơ", "Đại học Cần Thơ"},
	{"Trường Đại học Trà Vinh", "Đại học Trà Vinh"},
	{"Trường Đại học Y Hà Nội", "Đại học Y Hà Nội"},
	{"Trường Đại học Văn hóa Hà Nội", "Trường Đại học Văn hoá Hà Nội"},
	// Other universities that take part in the workshops the archive
	// reports: public universities by their official names.
	{"Trường Đại học Giao thông vận tải", "Đại học Giao thông vận tải"},
	{"Trường Đại học Ngân hàng Thành phố Hồ Chí Minh", "Đại học Ngân hàng Thành phố Hồ Chí Minh", "Đại học Ngân hàng TP Hồ Chí Minh"},
	{"Trường Đại học Thể dục thể thao Bắc Ninh", "Đại học Thể dục thể thao Bắc Ninh"},
	{"Trường Đại học Kiến trúc Hà Nội", "Đại học Kiến trúc Hà Nội"},
	{"Trường Đại học Hà Tĩnh", "Đại học Hà Tĩnh"},
	{"Trường Đại học Nam Cần Thơ", "Đại học Nam Cần Thơ"},
	{"Trường Đại học Tây Đô", "Đại học Tây Đô"},
	{"Trường Đại học Sư phạm Thành phố Hồ Chí Minh", "Đại học Sư phạm Thành phố Hồ Chí Minh", "Đại học Sư phạm TP Hồ Chí Minh"},
	{"Trường Đại học Ngoại thương", "Đại học Ngoại thương"},
	{"Trường Đại học Thủy lợi", "Đại học Thủy lợi"},
	{"Trường Đại học Xây dựng Hà Nội", "Đại học Xây dựng Hà Nội"},
	{"Trường Đại học Mỏ - Địa chất", "Đại học Mỏ - Địa chất"},
	{"Trường Đại học Công đoàn", "Đại học Công đoàn"},
	{"Trường Đại học Thương mại", "Đại học Thương mại"},
	{"Trường Đại học Lao động - Xã hội", "Đại học Lao động - Xã hội"},
	{"Trường Đại học Nội vụ Hà Nội", "Đại học Nội vụ Hà Nội"},
	{"Trường Đại học Kinh tế Thành phố Hồ Chí Minh", "Đại học Kinh tế Thành phố Hồ Chí Minh", "Đại học Kinh tế TP Hồ Chí Minh"},
	{"Trường Đại học Sư phạm Kỹ thuật Thành phố Hồ Chí Minh", "Đại học Sư phạm Kỹ thuật Thành phố Hồ Chí Minh", "Đại học Sư phạm Kỹ thuật TP Hồ Chí Minh"},
	{"Trường Đại học Tôn Đức Thắng", "Đại học Tôn Đức Thắng"},
	{"Trường Đại học Đà Lạt", "Đại học Đà Lạt"},
	{"Trường Đại học Quy Nhơn", "Đại học Quy Nhơn"},
	{"Trường Đại học Tây Nguyên", "Đại học Tây Nguyên"},
	{"Trường Đại học An Giang", "Đại học An Giang"},
	{"Trường Đại học Hồng Đức", "Đại học Hồng Đức"},
	{"Trường Đại học Y Dược Thành phố Hồ Chí Minh", "Đại học Y Dược Thành phố Hồ Chí Minh", "Đại học Y Dược TP Hồ Chí Minh"},
	{"Trường Đại học Y Dược Cần Thơ", "Đại học Y Dược Cần Thơ"},
	{"Trường Đại học Vinh", "Đại học Vinh"},
	{"Trường Đại học Đồng Tháp", "Đại học Đồng Tháp"},
	{"Trường Đại học Sài Gòn", "Đại học Sài Gòn"},
	{"Trường Đại học Hải Phòng", "Đại học Hải Phòng"},
	{"Trường Đại học Hàng hải Việt Nam", "Đại học Hàng hải Việt Nam"},
	{"Trường Đại học Nha Trang", "Đại học Nha Trang"},
	{"Trường Đại học Tây Bắc", "Đại học Tây Bắc"},
	{"Trường Đại học Hạ Long", "Đại học Hạ Long"},
	{"Trường Đại học Thủ đô Hà Nội", "Đại học Thủ đô Hà Nội"},
	{"Trường Cao đẳng Văn hóa Nghệ thuật Nghệ An", "Trường Cao đẳng Văn hoá Nghệ thuật Nghệ An"},
	{"Trường Đại học Giao thông vận tải Thành phố Hồ Chí Minh", "Đại học Giao thông vận tải Thành phố Hồ Chí Minh", "Đại học Giao thông vận tải TP Hồ Chí Minh"},
	{"Học viện Hàng không Việt Nam"},
	{"Học viện Ngân hàng"},
	{"Học viện Tài chính"},
	{"Học viện Nông nghiệp Việt Nam"},
	{"Học viện Công nghệ Bưu chính Viễn thông"},
	{"Học viện Âm nhạc Quốc gia Việt Nam"},
	{"Học viện Thanh thiếu niên Việt Nam"},
	{"Học viện Cán bộ Thành phố Hồ Chí Minh"},
}

// academyAbbrevs returns the gazetteer's one-word abbreviations
// ("HVANND", "HVCSND"): written after a position's comma, each names an
// organisation as fully as "Học viện …" does.
func academyAbbrevs() []string {
	var out []string
	for _, names := range academies {
		for _, a := range names[1:] {
			if !strings.Contains(a, " ") && isAllUpper(a) && len(a) >= 4 {
				out = append(out, a)
			}
		}
	}
	return out
}

// parentAcademies are the academies made of member schools and institutes:
// a paper from "Trường Đại học Ngoại ngữ, ĐHQG Hà Nội" or "Viện Nhà nước và
// Pháp luật (Viện Hàn lâm Khoa học xã hội Việt Nam)" is credited to them.
var parentAcademies = map[string]bool{
	"Đại học Quốc gia Hà Nội": true, "Đại học Quốc gia Thành phố Hồ Chí Minh": true,
	"Viện Hàn lâm Khoa học xã hội Việt Nam": true, "Viện Hàn lâm Khoa học và Công nghệ Việt Nam": true,
	"Đại học Huế": true, "Đại học Thái Nguyên": true, "Đại học Đà Nẵng": true,
}

// memberSchools are the gazetteer's schools that belong to a parent
// academy under a name several of them share.
var memberSchools = map[string]bool{"Trường Đại học Khoa học xã hội và nhân văn": true}

// knownAcademy returns the gazetteer's canonical name of name, or "".
func knownAcademy(name string) string {
	return academyIndex[orgKey(strings.TrimSpace(name))]
}

// memberUnits maps the key (orgKey) of every school or institute that
// text names beside its parent academy ("Trường Đại học Công nghệ, ĐHQG Hà
// Nội", "Viện Nhà nước và Pháp luật (Viện Hàn lâm …)", "Viện Xây dựng Đảng,
// Học viện Chính trị quốc gia Hồ Chí Minh") to the parent, so that later
// mentions of the unit alone are credited to the parent too.
func memberUnits(text string) map[string]string {
	var units map[string]string
	for i := 0; i < len(text); i++ {
		// A comma, an opening bracket or a dash between spaces, then the
		// parent's name: cheap tests first, on every byte.
		n := 0
		switch text[i] {
		case ',', '(':
			n = 1
		case ' ':
			n = sepAt(text, i)
			if n <= 1 {
				continue
			}
		default:
			continue
		}
		j := i + n
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if !hasAnyPrefix(text[j:], parentStarts) {
			continue
		}
		end := j
		for end < len(text) && end-j <= 120 && sepAt(text, end) == 0 {
			end++
		}
		parent := knownAcademyPrefix(text[j:end])
		if parent == "" {
			continue
		}
		begin := i
		for begin > 0 && i-begin <= 300 && sepAt(text, begin-1) == 0 {
			begin--
		}
		unit := strings.TrimSpace(text[begin:i])
		// The unit is the end of the part: "… trình bày của Viện X",
		// "Viện A phối hợp với Viện B (parent)" — from the last word that
		// starts a unit ("Khoa học" is no faculty).
		ws := splitWords(unit)
		first := -1
		for k := len(ws) - 1; k >= 0; k-- {
			if unitStartSet.at(ws, k) > 0 && isUpperWord(ws[k].Text) && !(ws[k].Lower == "khoa" && k+1 < len(ws) && ws[k+1].Lower == "học") {
				first = k
				break
			}
		}
		if first < 0 {
			continue
		}
		unit = unit[ws[first].Start:]
		uk := vi.Key(vi.Expand(unit))
		if !parentAcademies[parent] && !(strings.HasPrefix(uk, "vien ") && strings.HasPrefix(orgKey(parent), "hoc vien ")) {
			continue
		}
		// "Trường Đại học Cảnh sát nhân dân, Đại học Quốc gia Hà Nội": a
		// list of academies, not a school and its parent.
		if known := knownAcademy(unit); known == parent || known != "" && !memberSchools[known] || len(strings.Fields(uk)) < 2 {
			continue
		}
		if units == nil {
			units = map[string]string{}
		}
		units[orgKey(unit)] = parent
	}
	return units
}

// knownAcademyPrefix returns the gazetteer's name of the longest run of
// words that starts s and names an academy, or "": "Đại học Đà Nẵng phối
// hợp với Viện X" gives Đại học Đà Nẵng.
func knownAcademyPrefix(s string) string {
	// One key for the whole run, then its prefixes word by word.
	k := strings.TrimPrefix(vi.Key(vi.Expand(strings.TrimSpace(s))), "truong ")
	if a := academyIndex[k]; a != "" {
		return a
	}
	ws := strings.Fields(k)
	for n := min(len(ws)-1, 10); n >= 2; n-- {
		if a := academyIndex[strings.Join(ws[:n], " ")]; a != "" {
			return a
		}
	}
	return ""
}

// parentStarts are the ways a parent academy's name starts.
var parentStarts = []string{"Đại học", "ĐH", "Học viện", "Viện", "HV", "ĐẠI HỌC", "VIỆN", "HỌC VIỆN"}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// sepAt returns the length of the separator at text[i] between stretches
// of text that may be organisations, or 0: a comma, a bracket, a dash
// between spaces, a sentence end ("TP.HCM" and "ĐHQG-HCM" are one
// stretch). A dash between spaces counts from the space before it.
func sepAt(text string, i int) int {
	switch text[i] {
	case ',', ';', ':', '(', ')', '[', ']', '\n', '!', '?':
		return 1
	case '.':
		if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' {
			return 1
		}
	case ' ':
		if strings.HasPrefix(text[i+1:], "- ") {
			return 3
		}
		if strings.HasPrefix(text[i+1:], "– ") {
			return 5
		}
	}
	return 0
}

// unitStartSet are the words a member unit's name starts with.
var unitStartSet = newPhrases([]string{"Trường", "Viện", "Khoa", "Phân hiệu", "Trung tâm"})

// parentOf returns the parent academy of an organisation as printed: one
// named inside it ("Phân hiệu Đại học Huế tại Quảng Trị"), or the one units
// learnt from the article gives; "" when there is none.
func parentOf(org string, units map[string]string) string {
	if org == "" {
		return ""
	}
	k := orgKey(org)
	if p := units[k]; p != "" {
		return p
	}
	for _, part := range strings.Split(org, ",") {
		if p := knownAcademy(part); p != "" && parentAcademies[p] {
			return p
		}
	}
	for _, a := range academiesIn(org) {
		if parentAcademies[a] {
			return a
		}
	}
	return ""
}

// academyIndex maps the key of every name and alias (with and without a
// leading "Trường") to its canonical name.
var academyIndex = func() map[string]string {
	m := map[string]string{}
	for _, names := range academies {
		for _, n := range names {
			k := orgKey(n)
			if _, dup := m[k]; !dup {
				m[k] = names[0]
			}
		}
	}
	return m
}()

// academyKey is a key of an academy's name, between spaces, and the
// canonical name.
type academyKey struct{ key, name string }

// academyKeys are the keys of every gazetteer name as it may be written in
// running text: in full, and with the usual abbreviations (CAND, CSND,
// ANND, PCCC, ĐH, HV) in place of their expansions.
var academyKeys = func() []academyKey {
	var out []academyKey
	seen := map[string]bool{}
	add := func(k, name string) {
		k = " " + k + " "
		if !seen[k] {
			seen[k] = true
			out = append(out, academyKey{k, name})
		}
	}
	short := []string{"CAND", "CSND", "ANND", "PCCC", "ĐH", "HV", "KHXH", "ĐHQG", "TP"}
	for _, names := range academies {
		for _, n := range names {
			full := vi.Key(vi.Expand(n))
			add(strings.TrimPrefix(full, "truong "), names[0])
			variants := []string{full}
			for _, abbr := range short {
				for _, long := range vi.Expansions(abbr) {
					lk, sk := " "+vi.Key(long)+" ", " "+vi.Key(abbr)+" "
					for _, v := range variants {
						if strings.Contains(" "+v+" ", lk) {
							variants = append(variants, strings.TrimSpace(strings.Replace(" "+v+" ", lk, sk, 1)))
						}
					}
				}
			}
			for _, v := range variants {
				add(strings.TrimPrefix(v, "truong "), names[0])
			}
		}
	}
	return out
}()

// academyWord is a word that starts academy keys, between spaces, and
// those keys.
type academyWord struct {
	word string
	keys []academyKey
}

// academyFirstWords groups academyKeys by their first word.
var academyFirstWords = func() []academyWord {
	byWord := map[string][]academyKey{}
	for _, a := range academyKeys {
		first, _, _ := strings.Cut(a.key[1:], " ")
		byWord[first] = append(byWord[first], a)
	}
	var out []academyWord
	for _, w := range slices.Sorted(maps.Keys(byWord)) {
		out = append(out, academyWord{" " + w + " ", byWord[w]})
	}
	return out
}()

func orgKey(name string) string {
	k := vi.Key(vi.Expand(name))
	return strings.TrimPrefix(k, "truong ")
}

// CanonicalAcademy returns the canonical name of the academy, school,
// university or institute written as name, and whether it is one. A known
// name gives its gazetteer entry; an unknown one that names a học viện,
// trường, đại học or viện is kept as written with its abbreviations
// expanded.
func CanonicalAcademy(name string) (string, bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", false
	}
	if c, ok := academyIndex[orgKey(name)]; ok {
		return c, true
	}
	// "Phân hiệu Trường Đại học Nông Lâm TP Hồ Chí Minh tại Gia Lai": a
	// branch in a city is the academy's.
	if i := strings.LastIndex(name, " tại "); i > 0 {
		if ws := splitWords(name[i+len(" tại "):]); len(ws) > 0 && cityAt(ws, 0) == len(ws) {
			return CanonicalAcademy(name[:i])
		}
	}
	// A known name followed by words of the sentence ("Trường Đại học An
	// ninh nhân dân cũng"): the longest known prefix.
	words := strings.Fields(name)
	for n := len(words) - 1; n >= 2; n-- {
		if regional(words[n:]) {
			continue // "Học viện Chính trị khu vực I" is another academy
		}
		if c, ok := academyIndex[orgKey(strings.Join(words[:n], " "))]; ok {
			return c, true
		}
	}
	// "Trường Ngoại ngữ - ĐHTN": a member school, then after a dash the
	// university it belongs to, which the paper is credited to.
	for _, sep := range []string{" - ", " – "} {
		if i := strings.LastIndex(name, sep); i > 0 {
			if parent := knownAcademy(strings.Trim(name[i+len(sep):], " ()")); parent != "" && parentAcademies[parent] {
				return parent, true
			}
		}
	}
	// "Trường Cao đẳng Kỹ nghệ II (TP.HCM)": the place in parentheses
	// is not part of the name.
	if open := strings.LastIndexByte(name, '('); open > 0 && strings.HasSuffix(name, ")") {
		if ws := splitWords(name[open+1 : len(name)-1]); len(ws) > 0 && len(ws) <= 6 && orgStartSet.at(ws, 0) == 0 {
			return CanonicalAcademy(name[:open])
		}
	}
	expanded := vi.Normalize(vi.Expand(name))
	k := vi.Key(expanded)
	// "Viện kiểm sát nhân dân": a prosecutor's office, not a research
	// institute.
	if strings.HasPrefix(k, "vien kiem sat") {
		return "", false
	}
	for _, prefix := range []string{"hoc vien ", "truong dai hoc ", "truong cao dang ", "dai hoc ", "vien ", "truong "} {
		if strings.HasPrefix(k, prefix) {
			return expanded, true
		}
	}
	return "", false
}

// bodyPrefixes are the party, youth and union bodies of an organisation,
// written before its name: "Đoàn Trường Cao đẳng X", "Đảng ủy Trường Đại
// học Y".
var bodyPrefixes = []string{"Đoàn Thanh niên", "Đoàn", "Đảng ủy", "Đảng uỷ", "Công đoàn", "Hội Sinh viên", "Chi bộ", "Chi đoàn", "Liên chi đoàn"}

// academyOfBody returns the academy whose party, youth or union body org
// is, or "".
func academyOfBody(org string) string {
	for _, b := range bodyPrefixes {
		rest, ok := strings.CutPrefix(org, b+" ")
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		ws := splitWords(rest)
		if len(ws) < 2 || !isUpperWord(ws[0].Text) || outerOrgSet.at(ws, 0) == 0 {
			return ""
		}
		if canon, ok := CanonicalAcademy(rest); ok {
			return canon
		}
		return ""
	}
	return ""
}

// academyOfUnit returns the school of a unit written before its name
// without a comma ("Viện Kỹ thuật - Công nghệ Trường Đại học Thủ Dầu
// Một"), or "".
func academyOfUnit(org string) string {
	ws := splitWords(org)
	if len(ws) < 4 || unitStartSet.at(ws, 0) == 0 || schoolAt(ws, 0) {
		return ""
	}
	for i := 2; i+1 < len(ws); i++ {
		if ws[i-1].Post != "" || ws[i].Pre != "" || !schoolAt(ws, i) {
			continue
		}
		if canon, ok := CanonicalAcademy(org[ws[i].Start:]); ok {
			return canon
		}
	}
	return ""
}

// schoolAt reports whether a university's or an academy's name starts at
// word i: "Trường Đại học", "Trường Cao đẳng", "Đại học", "Học viện".
func schoolAt(ws []word, i int) bool {
	key := func(n int) string {
		var b strings.Builder
		for k := i; k < i+n && k < len(ws); k++ {
			b.WriteString(ws[k].Lower + " ")
		}
		return b.String()
	}
	if !isUpperWord(ws[i].Text) {
		return false
	}
	switch key(2) {
	case "đại học ", "học viện ":
		return true
	}
	switch key(3) {
	case "trường đại học ", "trường cao đẳng ":
		return true
	}
	return false
}

// regional reports whether words, following an academy's name, make it
// the name of a regional academy: "khu vực I", "Khu vực III".
func regional(words []string) bool {
	return len(words) >= 3 && vi.Key(words[0]+" "+words[1]) == "khu vuc" && strings.Trim(words[2], "IVX,.;") == "" &&
		strings.Trim(words[2], ",.;") != ""
}

// orgStarts are the words an organisation's name begins with, so that a
// position "Phó Giám đốc Học viện X" splits into role and organisation.
var orgStarts = []string{
	"Học viện", "Trường", "Đại học", "Viện", "Cục", "Ban", "Bộ", "Công an", "Vụ", "Sở", "Tổng cục",
	"Ủy ban", "Uỷ ban", "UBND", "Trung tâm", "Báo", "Tạp chí", "Văn phòng", "Bệnh viện", "Tòa án", "Toà án",
	"Viện kiểm sát", "Đoàn", "Hội", "Chi hội", "Công đoàn", "Liên đoàn Lao động", "LĐLĐ", "Phòng", "Khoa", "Bộ Tư lệnh", "Binh chủng", "Quân khu", "Đảng ủy", "Đảng uỷ",
	"Trung ương", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Cổng", "Đài", "Liên đoàn", "Tổng Liên đoàn",
	"Học viện Chính trị", "Bộ đội", "Cảnh sát", "Lực lượng", "Công ty", "Tập đoàn", "Hiệp hội", "Quỹ", "Nhà xuất bản",
	"Ngân hàng", "Hợp tác xã", "Chi cục", "ĐHQG", "ĐHQGHN", "ĐH", "Phân hiệu", "Tổng công ty", "Tổng Công ty",
	"Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Quận đoàn", "Huyện ủy", "Huyện uỷ", "Quận ủy", "Quận uỷ",
	"VKSND", "TAND", "HĐND", "Sở GD-ĐT", "Sở GD&ĐT", "Tổ bảo vệ", "Tổ công tác",
	"Đồn Biên phòng", "Bộ Chỉ huy", "Ban Chỉ huy", "Bảo tàng", "Thư viện", "Hạt Kiểm lâm",
}

// Affiliation splits a position as printed into the organisation it names,
// the outermost one when several are nested ("Phó Trưởng khoa Lý luận chính
// trị, Học viện X" gives "Học viện X"), with abbreviations expanded. It
// returns "" when the position names no organisation.
func Affiliation(position string) string {
	parts := strings.Split(position, ",")
	// "Cục An ninh mạng và phòng, chống tội phạm …": "phòng, chống" is one
	// word of the name.
	for i := len(parts) - 1; i > 0; i-- {
		if strings.HasPrefix(strings.TrimSpace(parts[i]), "chống ") && strings.HasSuffix(parts[i-1], "phòng") {
			parts[i-1] += "," + parts[i]
			parts = slices.Delete(parts, i, i+1)
		}
	}
	for i := len(parts) - 1; i >= 0; i-- {
		if org := orgIn(strings.TrimSpace(parts[i])); org != "" {
			return org
		}
	}
	return ""
}

// orgIn returns the organisation named in one part of a position: from the
// first capitalised organisation word on ("Phó Trưởng khoa Y" names none:
// "khoa" in lower case belongs to the role).
func orgIn(part string) string {
	ws := splitWords(part)
	for i := range ws {
		// "Viện trưởng", "Cục phó" are roles, not the Viện or the Cục.
		if i+1 < len(ws) && (ws[i+1].Lower == "trưởng" || ws[i+1].Lower == "phó") {
			continue
		}
		// A one-word start of organisations, alone at the end, ends a
		// place's name instead: "bản Phiêng Ban"; after a place's word it
		// begins one: "xã Trường Hà".
		if i > 0 && placeWords[ws[i-1].Lower] && !isUpperWord(ws[i-1].Text) {
			continue
		}
		if n := orgStartSet.at(ws, i); n > 0 && (n > 1 || i+1 < len(ws) || isAllUpper(ws[i].Text)) {
			return vi.Normalize(vi.Expand(strings.Trim(part[ws[i].Start:], " .;:")))
		}
	}
	return ""
}
