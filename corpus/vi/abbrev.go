package vi

import (
	"slices"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Abbrev is an abbreviation and its expansion.
type Abbrev struct {
	Short, Long string
}

// abbreviations is the table behind Abbreviations, Expand, Expansions and
// Contractions. Several shorts may share an expansion (TW, TƯ).
var abbreviations = []Abbrev{
	{"CAND", "Công an nhân dân"},
	{"CSND", "Cảnh sát nhân dân"},
	{"ANND", "An ninh nhân dân"},
	{"QĐND", "Quân đội nhân dân"},
	{"BCA", "Bộ Công an"},
	{"PCCC&CNCH", "Phòng cháy chữa cháy và cứu nạn, cứu hộ"},
	{"PCCC", "Phòng cháy chữa cháy"},
	{"CNCH", "cứu nạn, cứu hộ"},
	{"CSGT", "Cảnh sát giao thông"},
	{"BĐBP", "Bộ đội Biên phòng"},
	{"THCS&THPT", "Trung học cơ sở và Trung học phổ thông"},
	{"THCS - THPT", "Trung học cơ sở và Trung học phổ thông"},
	{"THCS-THPT", "Trung học cơ sở và Trung học phổ thông"},
	{"PTDTBT", "Phổ thông dân tộc bán trú"},
	{"PTDTNT", "Phổ thông dân tộc nội trú"},
	{"THPT", "Trung học phổ thông"},
	{"THCS", "Trung học cơ sở"},
	{"GD&ĐT", "Giáo dục và Đào tạo"},
	{"GD-ĐT", "Giáo dục và Đào tạo"},
	{"ANQG", "An ninh quốc gia"},
	{"TTATXH", "Trật tự, an toàn xã hội"},
	{"ANTT", "an ninh trật tự"},
	{"HVANND", "Học viện An ninh nhân dân"},
	{"HVCSND", "Học viện Cảnh sát nhân dân"},
	{"HVCTCAND", "Học viện Chính trị Công an nhân dân"},
	{"HVCTQG", "Học viện Chính trị quốc gia"},
	{"HV", "Học viện"},
	{"ĐHQG", "Đại học Quốc gia"},
	{"ĐH", "Đại học"},
	{"CĐ", "Cao đẳng"},
	{"TP.HCM", "Thành phố Hồ Chí Minh"},
	{"TPHCM", "Thành phố Hồ Chí Minh"},
	{"TP", "Thành phố"},
	{"HCM", "Hồ Chí Minh"},
	{"VN", "Việt Nam"},
	{"UBND", "Ủy ban nhân dân"},
	{"HĐND", "Hội đồng nhân dân"},
	{"MTTQ", "Mặt trận Tổ quốc"},
	{"VKSND", "Viện kiểm sát nhân dân"},
	{"TAND", "Tòa án nhân dân"},
	{"TW", "Trung ương"},
	{"TƯ", "Trung ương"},
	{"KHXH&NV", "Khoa học xã hội và nhân văn"},
	{"KHXH", "Khoa học xã hội"},
	{"KH&CN", "Khoa học và Công nghệ"},
	{"KHCN", "Khoa học và Công nghệ"},
	{"CNTT", "Công nghệ thông tin"},
	{"PCTP", "phòng, chống tội phạm"},
	{"CNC", "công nghệ cao"},
	{"GS", "Giáo sư"},
	{"PGS", "Phó Giáo sư"},
	{"TSKH", "Tiến sĩ khoa học"},
	{"TS", "Tiến sĩ"},
	{"ThS", "Thạc sĩ"},
	{"CN", "Cử nhân"},
	{"BS", "Bác sĩ"},
	{"NGƯT", "Nhà giáo ưu tú"},
	{"NGND", "Nhà giáo nhân dân"},
	{"NSƯT", "Nghệ sĩ ưu tú"},
	{"NSND", "Nghệ sĩ nhân dân"},
}

// dotted are the shorts conventionally printed with a full stop: "TP. Hà
// Nội", "PGS.TS". Expand drops that stop with the abbreviation.
var dotted = map[string]bool{"TP": true}

// Abbreviations returns the abbreviation table.
func Abbreviations() []Abbrev {
	return slices.Clone(abbreviations)
}

// abbrevPattern is an abbreviation split into the words Tokenize finds in
// it and the separators between them ("TP.HCM": "TP" "." "HCM").
type abbrevPattern struct {
	parts []string // NFC
	folds []string // Fold of each part
	seps  []string
	long  string
	title bool // an academic title or honour (CutTitles knows it)
	dot   bool // conventionally followed by a full stop
}

var (
	// patterns holds the table longest first, so that "TP.HCM" wins over
	// "TP" and "PCCC&CNCH" over "PCCC".
	patterns []abbrevPattern
	// expansionsByKey maps Key(short) without spaces to its expansions.
	expansionsByKey = map[string][]string{}
	// contractionsByKey maps Key(long) to the shorts that expand to it.
	contractionsByKey = map[string][]string{}
	// firstParts and firstFolds hold the first part of every pattern, as
	// written and folded.
	firstParts, firstFolds = map[string]bool{}, map[string]bool{}
)

func init() {
	titleShort := map[string]bool{}
	for _, c := range titleAbbrevs {
		titleShort[c] = true
	}
	for _, a := range abbreviations {
		short := norm.NFC.String(a.Short)
		p := abbrevPattern{long: a.Long, title: titleShort[short]}
		p.dot = p.title || dotted[short]
		toks := Tokenize(short)
		for i, t := range toks {
			p.parts = append(p.parts, t.Text)
			p.folds = append(p.folds, Fold(t.Text))
			if i > 0 {
				p.seps = append(p.seps, short[toks[i-1].End:t.Start])
			}
		}
		patterns = append(patterns, p)

		k := strings.ReplaceAll(Key(short), " ", "")
		if !slices.Contains(expansionsByKey[k], a.Long) {
			expansionsByKey[k] = append(expansionsByKey[k], a.Long)
		}
		lk := Key(a.Long)
		contractionsByKey[lk] = append(contractionsByKey[lk], a.Short)
	}
	sort.SliceStable(patterns, func(i, j int) bool { return len(patterns[i].parts) > len(patterns[j].parts) })
	for _, p := range patterns {
		firstParts[p.parts[0]], firstFolds[p.folds[0]] = true, true
	}
}

// Expand replaces the whole-word abbreviations in s with their expansions
// and keeps the rest as written: "Học viện Chính trị CAND" → "Học viện
// Chính trị Công an nhân dân", "Trường ĐH PCCC" → "Trường Đại học Phòng
// cháy chữa cháy". A word matches a short form written exactly so, or
// written in capitals without its diacritics ("DHQG" for "ĐHQG"); "cand" in
// lower case is left alone. The full stop after "TP" or a title is dropped
// with it when a word follows ("TP. Hà Nội" → "Thành phố Hà Nội"), and
// becomes a comma between titles ("PGS.TS" → "Phó Giáo sư, Tiến sĩ").
func Expand(s string) string {
	toks := Tokenize(s)
	if len(toks) == 0 {
		return s
	}
	words := make([]expandWord, len(toks))
	for i, t := range toks {
		words[i] = expandWord{Token: t, nfc: norm.NFC.String(t.Text), upper: isUpperWord(t.Text)}
	}
	var b strings.Builder
	last := 0
	for k := 0; k < len(words); {
		p := matchAbbrev(s, words, k)
		if p == nil {
			k++
			continue
		}
		n := len(p.parts)
		end := words[k+n-1].End
		b.WriteString(s[last:words[k].Start])
		b.WriteString(p.long)
		last = end
		k += n
		if !p.dot || !strings.HasPrefix(s[end:], ".") || k == len(words) {
			continue
		}
		next := spaceEnd(s, end+1)
		if words[k].Start != next {
			continue // the stop ends a sentence or precedes punctuation
		}
		switch q := matchAbbrev(s, words, k); {
		case p.title && q != nil && q.title:
			b.WriteString(", ")
			last = next
		case next > end+1:
			last = end + 1
		default:
			b.WriteByte(' ')
			last = end + 1
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// expandWord is a token of Expand's input with the forms it is matched by.
type expandWord struct {
	Token
	nfc   string
	fold  string
	upper bool
}

// matchAbbrev returns the pattern written at words[k:], or nil.
func matchAbbrev(s string, words []expandWord, k int) *abbrevPattern {
	// Most words start no pattern: a word starts one when written as its
	// first part, or in capitals with the same fold.
	if w := &words[k]; !firstParts[w.nfc] {
		if !w.upper {
			return nil
		}
		if w.fold == "" {
			w.fold = Fold(w.Text)
		}
		if !firstFolds[w.fold] {
			return nil
		}
	}
next:
	for i := range patterns {
		p := &patterns[i]
		if k+len(p.parts) > len(words) {
			continue
		}
		for m, part := range p.parts {
			w := &words[k+m]
			if m > 0 && strings.TrimSpace(s[words[k+m-1].End:w.Start]) != p.seps[m-1] {
				continue next
			}
			if w.nfc == part {
				continue
			}
			if !w.upper {
				continue next
			}
			if w.fold == "" {
				w.fold = Fold(w.Text)
			}
			if w.fold != p.folds[m] {
				continue next
			}
		}
		return p
	}
	return nil
}

// Expansions returns the expansions of one abbreviation as a user may type
// it, in any case and with or without diacritics ("cand", "CAND" →
// ["Công an nhân dân"]; "dh" → ["Đại học"]; "tp.hcm" → ["Thành phố Hồ Chí
// Minh"]), or nil when word is not an abbreviation.
func Expansions(word string) []string {
	k := strings.ReplaceAll(Key(word), " ", "")
	return slices.Clone(expansionsByKey[k])
}

// Contractions returns the abbreviations whose expansion has the same Key as
// phrase ("cong an nhan dan" → ["CAND"]), or nil when there are none.
func Contractions(phrase string) []string {
	return slices.Clone(contractionsByKey[Key(phrase)])
}
