package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thamluan/thamluan/corpus/vi"
)

// surnames are the family names a bare name may start with: the Kinh
// names, then those of the Hmong, Dao, Thái and Highland peoples common in
// border-province reports.
var surnames = wordSet(`Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Phan Trương Bùi Đặng Đỗ Ngô Hồ Dương Đinh Đào Đoàn
	Lương Lâm Mai Tạ Trịnh Hà Cao Kiều Lý Chu Tô Tôn Thái Vương Quách Lưu Triệu Nghiêm Khúc Hứa La Phùng Văn Đàm
	Giang Thân Hầu Doãn Chử Quan Bạch Lục Mạc Ông Tăng Nông Lò Âu Diệp Ninh Kim Khổng Từ Đồng Viên Vi Lạc Đậu
	Thạch Tống Cù Hàn Châu Trình Chương Lã Lại Bế Phí Mạch Đái Khuất Lỗ Tiêu Ứng Hoa Đồ Phó Sầm Lều Cấn Hoàng Thiều
	Lữ Nhữ Ích Giáp Khương Mẫn Ôn Ân Bồ Cung Tiết Tào Ung Vưu Nhan Đường Thang Ma
	Lỳ Giàng Sùng Thào Mùa Vàng Vừ Hờ Cứ Chảo Tẩn Lầu Sồng Mã Cầm Lường Quàng Điểu Ksor Kha`)

// roleStarts are the words a position begins with.
var roleStarts = []string{
	"Phó", "Giám đốc", "Hiệu trưởng", "Viện trưởng", "Cục trưởng", "Trưởng", "Chủ nhiệm", "Chủ tịch", "Bí thư",
	"Ủy viên", "Uỷ viên", "Thứ trưởng", "Bộ trưởng", "Tổng", "Chánh án", "Chánh Thanh tra", "Chánh thanh tra", "Chánh Tòa", "Chánh tòa", "Chánh văn phòng", "Giảng viên", "Nghiên cứu viên",
	"Chuyên viên", "Tư lệnh", "Chính ủy", "Chính uỷ", "Phụ trách", "Thành viên", "Trợ lý", "Cán bộ", "Học viên",
	"Sinh viên", "Học sinh", "Đội trưởng", "Chỉ huy", "Đại diện", "Nguyên", "Viện phó", "Hiệu phó", "Chủ biên", "Đại biểu",
	"Thư ký", "Điều tra viên", "Kiểm sát viên", "Thẩm phán", "Luật sư", "Nhà báo", "Đại sứ", "Lãnh đạo",
	"Chuyên gia", "Cố vấn", "Trưởng đoàn", "Chủ nhiệm bộ môn", "Trưởng bộ môn", "Tham tán", "Biên tập viên",
	"Giáo viên", "Kỹ sư", "Bác sĩ", "Người phát ngôn", "Thường trực", "Phụ tá", "Chánh Văn phòng",
	"Tổ trưởng", "Tổ phó", "Già làng", "Người có uy tín", "Trưởng bản", "GV", "Điều phối viên", "Giám đốc nhân sự", "Quản lý", "Vụ trưởng", "Vụ phó",
	"Chi hội trưởng", "Chi hội phó",
}

// mentionLower are the lower-case words a mention may start with: an
// honorific, a spelled-out title or a role; every other mention starts with
// a capital.
var mentionLower = wordSet(`đồng đ/c ông bà anh chị cô thầy ngài giảng nghiên nhà chuyên diễn luật tiến thạc giáo phó
	bác kỹ em đại thượng trung thiếu sinh học già trợ kiểm thẩm kiến nghệ bạn nhạc họa hoạ nhiếp ngư nông hội công người`)

// outerOrgs start an organisation that may follow a position after a comma
// ("Trưởng khoa Y, Học viện X"). Party committees and units are left out:
// after a comma they start the next clause ("..., Đảng ủy Nhà trường đề
// xuất").
var outerOrgs = []string{"Học viện", "Trường", "Đại học", "Viện", "Cục", "Bộ", "Công an", "Sở", "Tổng cục",
	"Ủy ban", "Uỷ ban", "Trung tâm", "Báo", "Tạp chí", "Bộ Tư lệnh", "Bệnh viện", "ĐHQG", "ĐHQGHN", "ĐH", "Khoa", "Phân hiệu",
	"VKSND", "TAND", "Tòa án", "Toà án"}

// shortRoles are positions written right before a name in later mentions
// ("Thứ trưởng Trần Quốc Tỏ").
var shortRoles = []string{
	"Thứ trưởng", "Bộ trưởng", "Giám đốc", "Phó Giám đốc", "Hiệu trưởng", "Phó Hiệu trưởng", "Viện trưởng",
	"Phó Viện trưởng", "Cục trưởng", "Phó Cục trưởng", "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Trưởng khoa",
	"Phó Trưởng khoa", "Trưởng ban", "Phó Trưởng ban", "Trưởng phòng", "Phó Trưởng phòng", "Chủ nhiệm",
	"Tổng Bí thư", "Giảng viên", "giảng viên", "Nghiên cứu viên", "nghiên cứu viên", "Tiến sĩ", "Thạc sĩ",
	"Giáo sư", "Phó Giáo sư", "nhà nghiên cứu", "Nhà nghiên cứu", "diễn giả", "Diễn giả", "chuyên gia", "Chuyên gia",
	"nhà báo", "Nhà báo", "luật sư", "Luật sư", "sinh viên", "Sinh viên", "học viên", "Học viên",
	"nghiên cứu sinh", "Nghiên cứu sinh", "nhà văn", "Nhà văn", "nhà thơ", "Nhà thơ",
	"trợ giúp viên pháp lý", "Trợ giúp viên pháp lý", "kiểm sát viên", "Kiểm sát viên", "thẩm phán", "Thẩm phán",
	"báo cáo viên", "Báo cáo viên", "kiến trúc sư", "Kiến trúc sư", "nghệ nhân", "Nghệ nhân",
	"nhạc sĩ", "Nhạc sĩ", "họa sĩ", "Họa sĩ", "hoạ sĩ", "Hoạ sĩ", "nghệ sĩ", "Nghệ sĩ", "NSNA",
	"nhà phê bình", "Nhà phê bình", "nhà sử học", "Nhà sử học",
}

// stopWords end a position: the verb or connective after it. A word
// mapped to a list stops only when one of those words follows ("điều hành"
// is a verb, "Cảnh sát điều tra" a unit).
var stopWords = func() map[string][]string {
	m := map[string][]string{}
	for _, w := range strings.Fields(`nêu nhấn khẳng với đã kiến chia phân đánh dự cùng có là được tại làm
		bày khái gợi chỉ trao báo thay ghi biểu mong nhận đưa nói khuyến kết khai bế chúc tặng ký cũng
		yêu quán mở điểm đọc hướng đến gửi nhằm khi như từ trong sẽ vừa luôn còn thì mà nên rằng bởi vì để nhưng tuy
		đây này đó các những một mọi rất đều vẫn chưa đang sau trước theo qua bên dưới trên ngoài giữa tiếp hỏi`) {
		m[w] = nil
	}
	for w, next := range map[string]string{
		"cho": "biết rằng hay thấy", "lưu": "ý", "không": "chỉ thể ngừng những có được nên phải hề bao còn ai gì", "điều": "hành phối", "chủ": "trì tọa toạ", "tập": "trung hợp", "lý": "giải", "luận": "giải", "giới": "thiệu", "so": "sánh", "kể": "lại", "cảnh": "báo", "phát": "biểu động", "trình": "bày", "đề": "xuất nghị cập dẫn",
		"dẫn": "chứng dắt", "tổng": "kết quan thể số cộng", "cập": "nhật", "tham": "dự gia luận khảo", "đồng": "chủ thời", "thông": "báo qua", "hai": "bên", "ba": "là", "lần": "lượt", "đóng": "góp", "phản": "ánh", "trăn": "trở", "xúc": "động", "bồi": "hồi", "băn": "khoăn",
	} {
		m[w] = strings.Fields(next)
	}
	return m
}()

// stopsAt reports whether the word at i ends a position or a name.
func stopsAt(ws []word, i int) bool {
	if isUpperWord(ws[i].Text) {
		return false
	}
	lw := ws[i].Lower
	next, ok := stopWords[lw]
	if !ok {
		return false
	}
	// "Viện Đào tạo Y học dự phòng", "Ban quản lý dự án": not "attend".
	if lw == "dự" && i+1 < len(ws) && ws[i].Post == "" && (ws[i+1].Lower == "phòng" || ws[i+1].Lower == "án") {
		return false
	}
	if elderAt(ws, i) {
		return false
	}
	// "Trung tâm Dịch vụ việc làm": employment, not "do".
	if lw == "làm" && i > 0 && ws[i-1].Lower == "việc" && ws[i-1].Post == "" {
		return false
	}
	// "Công ty TNHH một thành viên X": part of the company's name.
	if lw == "một" && i > 0 && ws[i-1].Text == "TNHH" {
		return false
	}
	// "và" joins; "Bộ chỉ huy" is a command, not "only".
	if lw == "và" || lw == "chỉ" && i > 0 && ws[i-1].Lower == "bộ" && i+1 < len(ws) && ws[i+1].Lower == "huy" {
		return false
	}
	// "người nước ngoài", "quan hệ đối ngoại": "ngoài" ends a word here.
	if lw == "ngoài" && i > 0 && ws[i-1].Post == "" && (ws[i-1].Lower == "nước" || ws[i-1].Lower == "đối") {
		return false
	}
	if next == nil {
		return true
	}
	// "Sở Khoa học và Công nghệ thông tin về …": "thông tin về" is the
	// verb "inform about", not "công nghệ thông tin".
	if lw == "thông" && i+2 < len(ws) && ws[i+1].Lower == "tin" && ws[i+1].Post == "" && ws[i+2].Lower == "về" {
		return true
	}
	if i+1 < len(ws) {
		nw := ws[i+1].Lower
		for _, n := range next {
			if nw == n {
				return true
			}
		}
	}
	return false
}

// organisation words that may follow "và" inside a name: "Học viện Kỹ
// thuật và Công nghệ an ninh".
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// A word is a run of non-space characters with its punctuation split off.
type word struct {
	Text       string // without surrounding punctuation
	Norm       string // Text normalised (vi.Normalize), case kept
	Lower      string // Norm in lower case
	Pre, Post  string // punctuation before and after
	Start, End int    // byte offsets of Text in the sentence
}

const punct = ",;:.!?()[]“”\"«»'…–—-/"

// isPunct reports whether r is one of the runes of punct.
func isPunct(r rune) bool {
	switch r {
	case ',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '“', '”', '"', '«', '»', '\'', '…', '–', '—', '-', '/':
		return true
	}
	return false
}

// cutPunct splits a token into the punctuation before its text, the text
// and the punctuation after it.
func cutPunct(tok string) (pre, text, post string) {
	i := 0
	for i < len(tok) && punctFirst[tok[i]] {
		r, n := utf8.DecodeRuneInString(tok[i:])
		if !isPunct(r) {
			break
		}
		i += n
	}
	j := len(tok)
	for j > i && punctLast[tok[j-1]] {
		r, n := utf8.DecodeLastRuneInString(tok[i:j])
		if !isPunct(r) {
			break
		}
		j -= n
	}
	return tok[:i], tok[i:j], tok[j:]
}

// punctFirst and punctLast mark the first and the last bytes of the runes
// of punct in UTF-8: a rune that starts or ends with another byte is none
// of them.
var punctFirst, punctLast = func() (first, last [256]bool) {
	for _, r := range punct {
		b := string(r)
		first[b[0]], last[b[len(b)-1]] = true, true
	}
	return first, last
}()

// spaceFirst marks the first bytes of white space runes in UTF-8.
var spaceFirst = func() (set [256]bool) {
	for _, rs := range unicode.White_Space.R16 {
		for r := rune(rs.Lo); r <= rune(rs.Hi); r += rune(rs.Stride) {
			set[string(r)[0]] = true
		}
	}
	for _, rs := range unicode.White_Space.R32 {
		for r := rune(rs.Lo); r <= rune(rs.Hi); r += rune(rs.Stride) {
			set[string(r)[0]] = true
		}
	}
	return set
}()

// isSpace is unicode.IsSpace, faster below U+2000, where Vietnamese is.
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || '\t' <= r && r <= '\r'
	case r < 0x2000:
		return r == '\u0085' || r == '\u00A0' || r == '\u1680'
	}
	return unicode.IsSpace(r)
}

// wordForms holds the normalised and lower-case forms of the words split
// so far: the syllables of an article repeat, and normalising them is most
// of the work of splitting it into words.
type wordForms map[string]wordForm

type wordForm struct{ norm, lower string }

// of returns the normalised and lower-case forms of a word, from f when it
// holds them. f may be nil.
func (f wordForms) of(text string) (norm, lower string) {
	if isLowerASCII(text) {
		return text, text // as vi.NormalizeWord and strings.ToLower leave it
	}
	if w, ok := f[text]; ok {
		return w.norm, w.lower
	}
	norm = vi.NormalizeWord(text)
	lower = strings.ToLower(norm)
	if f != nil {
		f[text] = wordForm{norm, lower}
	}
	return norm, lower
}

// isLowerASCII reports whether s is ASCII without capitals.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// splitWords splits s into words.
func splitWords(s string) []word { return appendWords(nil, s, nil) }

// appendWords appends the words of s to out, with their forms from forms
// (which may be nil).
func appendWords(out []word, s string, forms wordForms) []word {
	out = slices.Grow(out, strings.Count(s, " ")+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			if !spaceFirst[s[j]] {
				j++ // no white space starts here
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if isSpace(r) {
				break
			}
			j += n
		}
		// "H' Bim Byă": the prefix of an Ê Đê woman's name written apart
		// from it is one word with the given name.
		if w := s[i:j]; (w == "H'" || w == "H’" || w == "K'" || w == "K’") && j+1 < len(s) && s[j] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsUpper(r) {
				k := j + 1
				for k < len(s) && !isSpace(rune(s[k])) {
					k++
				}
				j = k
			}
		}
		pre, text, post := cutPunct(s[i:j])
		// "PGS.TS" and "CAND)," keep inner dots; only the edges are split.
		norm, lower := forms.of(text)
		out = append(out, word{Text: text, Norm: norm, Lower: lower, Pre: pre, Post: post, Start: i + len(pre), End: i + len(pre) + len(text)})
		i = j
	}
	return out
}

// mention is a person named in a sentence.
type mention struct {
	Name      string
	Rank      string
	Titles    []string
	Positions []string // role segments as printed, each with the organisations after it
	Org       string   // an organisation in parentheses after the name
	Start     int      // byte offset where the mention (rank, titles) begins
	NameStart int
	NameEnd   int
	End       int  // byte offset after the last position
	Short     bool // a single given name ("Đại tá Bình"), to resolve
}

func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// phrases is a list of phrases looked up at a word of a sentence, indexed
// by their first word.
type phrases map[string][][]string

func newPhrases(list []string) phrases {
	m := phrases{}
	for _, p := range list {
		ws := strings.Fields(vi.Normalize(p))
		m[ws[0]] = append(m[ws[0]], ws)
	}
	return m
}

// at returns the length in words of the longest phrase that starts at
// word i, 0 when none does. Punctuation inside a phrase breaks it.
func (m phrases) at(ws []word, i int) int {
	if i >= len(ws) {
		return 0
	}
	best := 0
	for _, p := range m[ws[i].Norm] {
		if len(p) > best && phraseAt(ws, i, p) {
			best = len(p)
		}
	}
	return best
}

// atLower is at, in any case: the phrases are in lower case and so is
// the text compared.
func (m phrases) atLower(ws []word, i int) int {
	if i >= len(ws) {
		return 0
	}
	best := 0
	for _, p := range m[ws[i].Lower] {
		if len(p) <= best || i+len(p) > len(ws) {
			continue
		}
		ok := true
		for k, w := range p {
			if ws[i+k].Lower != w || k > 0 && ws[i+k-1].Post != "" {
				ok = false
				break
			}
		}
		if ok {
			best = len(p)
		}
	}
	return best
}

// phraseAt reports whether the words p (normalised) are written from word
// i on, with no punctuation between them.
func phraseAt(ws []word, i int, p []string) bool {
	if i+len(p) > len(ws) {
		return false
	}
	for k, w := range p {
		if ws[i+k].Norm != w || k > 0 && ws[i+k-1].Post != "" {
			return false
		}
	}
	return true
}

// orgAndSet are the lower-case fields that go on an organisation's name
// after "và": "Trường Đại học Khoa học xã hội và nhân văn", "Sở Khoa học
// và công nghệ".
var orgAndSet = newPhrases([]string{"nhân văn", "công nghệ", "đào tạo", "truyền thông", "môi trường", "phát triển",
	"đảm bảo chất lượng", "bảo đảm chất lượng", "kiểm định chất lượng", "vừa", "cải cách", "công nghiệp"})

// occupations written before a name like an honorific, not part of it
// and not a position.
var occupationSet = newPhrases([]string{"chuyên gia", "Chuyên gia", "luật gia", "Luật gia", "già làng", "nhà văn", "Nhà văn",
	"nhà thơ", "Nhà thơ", "nhạc sĩ", "Nhạc sĩ", "họa sĩ", "Họa sĩ", "hoạ sĩ", "Hoạ sĩ", "nhà phê bình", "Nhà phê bình",
	"nhà nghiên cứu", "Nhà nghiên cứu", "nhiếp ảnh gia", "Nhiếp ảnh gia",
	// "NSNA Đặng Văn Khoa": nghệ sĩ nhiếp ảnh; "NSND", "NSƯT": honours of art.
	"NSNA", "NSND", "NSƯT", "Nghệ sĩ Nhân dân", "Nghệ sĩ nhân dân", "Nghệ sĩ Ưu tú", "Nghệ sĩ ưu tú", "nghệ sĩ", "Nghệ sĩ",
	// Clergy: "Đại đức Chau Sóc Khên, trụ trì chùa …", "Thượng tọa Sơn
	// Ngọc Huol", "Linh mục Giuse Nguyễn Văn A".
	"Đại đức", "Thượng tọa", "Thượng toạ", "Hòa thượng", "Hoà thượng", "Ni sư", "Sư cô", "Linh mục", "Mục sư",
	// Honours of craft: "Nghệ nhân Ưu tú Bùi Văn Lựng".
	"Nghệ nhân Ưu tú", "Nghệ nhân ưu tú", "Nghệ nhân Nhân dân", "Nghệ nhân nhân dân", "Nghệ nhân", "nghệ nhân"})

// commonerSet are what people who are neither officials nor scholars are
// called before their names.
var commonerSet = newPhrases([]string{"ngư dân", "Ngư dân", "nông dân", "Nông dân", "đoàn viên", "Đoàn viên",
	"hội viên", "Hội viên", "công nhân", "Công nhân", "người dân", "Người dân"})

// countrySet are countries, written after an occupation or a role to say
// where someone or something comes from ("nhà nghiên cứu Trung Quốc, GS
// Hà Minh Viễn", "Liên đoàn Luật sư Việt Nam"): no person's name.
var countrySet = newPhrases([]string{"Trung Quốc", "Nhật Bản", "Hàn Quốc", "Hoa Kỳ", "Mỹ", "Lào", "Campuchia", "Thái Lan",
	"Pháp", "Đức", "Nga", "Anh", "Úc", "Ấn Độ", "Hà Lan", "Singapore", "Malaysia", "Indonesia", "Philippines",
	"Việt Nam", "Canada", "Italia", "Bỉ", "Thụy Điển", "Na Uy", "Đan Mạch", "Phần Lan", "Ba Lan", "Séc", "Cuba"})

var (
	roleStartSet  = newPhrases(withLowerStarts(roleStarts))
	roleLowerSet  = newPhrases(lowered(roleStarts))
	shortRoleSet  = newPhrases(shortRoles)
	outerOrgSet   = newPhrases(append(slices.Clone(outerOrgs), academyAbbrevs()...))
	orgStartSet   = newPhrases(append(slices.Clone(orgStarts), academyAbbrevs()...))
	nameStopRoles = roleStartSet
)

// withLowerStarts adds to roles their spellings with a lower-case first
// letter, as reporters often write them after a name ("TS Kiều Văn Đạt,
// giảng viên Khoa ..."), unless the word then reads as a verb or a
// connective ("Tổng" and "tổng kết").
// lowered returns the phrases in lower case, for phrases.atLower.
func lowered(list []string) []string {
	out := make([]string, len(list))
	for i, p := range list {
		out[i] = vi.Lower(p)
	}
	return out
}

func withLowerStarts(roles []string) []string {
	out := slices.Clone(roles)
	for _, r := range roles {
		_, n := utf8.DecodeRuneInString(r)
		l := vi.Lower(r[:n]) + r[n:]
		if first, _, _ := strings.Cut(l, " "); l != r && !hasKey(stopWords, vi.Lower(first)) {
			out = append(out, l)
		}
	}
	return out
}

func hasKey[V any](m map[string]V, k string) bool {
	_, ok := m[k]
	return ok
}

// wordAt returns the index of the first word starting at or after offset.
func wordAt(ws []word, off int) int {
	for i, w := range ws {
		if w.Start >= off {
			return i
		}
	}
	return len(ws)
}

// parseMention reads a person mention starting at word i: an honorific,
// a rank, academic titles or a short role, then the name, then the
// positions after commas. ok is false when no person starts there.
func parseMention(s string, ws []word, i int) (m mention, next int, ok bool) {
	m.Start = ws[i].Start - len(ws[i].Pre)
	if m.Start < 0 {
		m.Start = 0
	}
	if !isUpperWord(ws[i].Text) && !mentionLower[ws[i].Lower] {
		return m, i + 1, false
	}
	j := i
	introduced, honorific := false, false
	if rest, ok := vi.CutHonorific(s[ws[j].Start:]); ok {
		j = wordAt(ws, len(s)-len(rest))
		introduced, honorific = true, true
		// "Thầy giáo Đỗ Văn Hùng", "cô giáo Phan Thị Lài".
		if j+1 < len(ws) && ws[j].Lower == "giáo" && ws[j].Post == "" && isUpperWord(ws[j+1].Text) {
			j++
		}
	} else if j+1 < len(ws) && ws[j].Lower == "em" && ws[j].Post == "" && surnames[ws[j+1].Text] {
		// "em Lê Gia Bảo, học sinh lớp 11A2": a pupil.
		j++
		introduced, honorific = true, true
	} else if n := commonerSet.at(ws, j); n > 0 && j+n+1 < len(ws) && ws[j+n-1].Post == "" && surnames[ws[j+n].Text] && isUpperWord(ws[j+n+1].Text) && provinceAt(ws, j+n) == 0 {
		// "ngư dân Lê Văn Bảy", "đoàn viên Vi Văn Toản": who they are,
		// before a name that starts with a surname.
		j += n
		introduced, honorific = true, true
	} else if n := occupationSet.at(ws, j); n > 0 && j+n < len(ws) && ws[j+n-1].Post == "" && isUpperWord(ws[j+n].Text) {
		// "Chuyên gia Tanaka Hiroshi, …": an expert, often from abroad;
		// "Luật gia Nguyễn Văn A": a jurist.
		j += n
		introduced, honorific = true, true
	}
	if j < len(ws) {
		if rank, rest, ok := vi.CutRank(s[ws[j].Start:]); ok {
			m.Rank = rank
			j = wordAt(ws, len(s)-len(rest))
			introduced = true
		}
	}
	if j < len(ws) {
		if titles, k := cutTitles(s, ws, j); len(titles) > 0 {
			m.Titles = titles
			j = k
			introduced = true
			// "Cử nhân Điều dưỡng Phạm Thị Thu Sương": the degree's field.
			if j+2 < len(ws) && !surnames[ws[j].Norm] && ws[j].Post == "" && !isUpperWord(ws[j+1].Text) &&
				ws[j+1].Post == "" && surnames[ws[j+2].Norm] {
				j += 2
			}
		} else if j+1 < len(ws) && ws[j].Text == "Dr" && ws[j].Post == "." {
			// "Dr. Sarah Nguyen": a foreign doctorate.
			m.Titles = []string{"TS"}
			j++
			introduced = true
		}
	}
	if j < len(ws) && !introduced {
		// "Hội Kiến trúc sư Hà Nội": a city after the role, not a name.
		if n := shortRoleSet.at(ws, j); n > 0 && j+n < len(ws) && ws[j+n-1].Post == "" && surnames[ws[j+n].Text] && provinceAt(ws, j+n) == 0 {
			m.Positions = []string{joinWords(s, ws[j:j+n])}
			j += n
			introduced = true
		}
	}
	// "Liên đoàn Luật sư Việt Nam": a country after a role is no name.
	if !introduced || j >= len(ws) || countrySet.at(ws, j) > 0 {
		return m, i + 1, false
	}
	// The name: capitalised words, no punctuation inside.
	k := j
	for k < len(ws) && k-j < 5 && (isUpperWord(ws[k].Text) || particleAt(ws, j, k)) && (k == j || ws[k-1].Post == "") && ws[k].Pre == "" {
		// "Mai Xuân Trường": a word that starts organisations, ending the
		// name, is a given name.
		lastWord := ws[k].Post != "" || k+1 >= len(ws) || !isUpperWord(ws[k+1].Text) || strings.HasPrefix(ws[k+1].Pre, "(")
		if k > j && lastWord && outerOrgSet.at(ws, k) == 1 && nameStopRoles.at(ws, k) == 0 {
			k++
			continue
		}
		// "Nguyễn Văn Trưởng, Phó Trưởng khoa …", "Bùi Văn Chủ, Chủ
		// nhiệm …", "Nguyễn Văn Trưởng trình bày": a role's first word,
		// last in a name of three, before a comma or a verb.
		if k-j >= 2 && nameStopRoles.at(ws, k) == 1 && outerOrgSet.at(ws, k) <= 1 &&
			(strings.HasPrefix(ws[k].Post, ",") || ws[k].Post == "" && k+1 < len(ws) && ws[k+1].Pre == "" && stopsAt(ws, k+1)) {
			k++
			continue
		}
		// "Y Khoa Niê": after the Ê Đê prefix of men's names, a given
		// name that is also a unit's word.
		edePrefix := k == j+1 && ws[j].Text == "Y" && isUpperWord(ws[k].Text) && outerOrgSet.at(ws, k) == 1 && !lastWord
		if k > j && !edePrefix && (outerOrgSet.at(ws, k) > 0 || nameStopRoles.at(ws, k) > 0) {
			// "Nguyên" is "former" before a role ("Nguyên Giám đốc"), and
			// a given name otherwise ("Hồ Sỹ Nguyên").
			if !(ws[k].Lower == "nguyên" && nameStopRoles.at(ws, k) == 1 && !(k+1 < len(ws) && ws[k].Post == "" &&
				(roleStartSet.at(ws, k+1) > 0 || outerOrgSet.at(ws, k+1) > 0))) {
				break
			}
		}
		if strings.ContainsAny(ws[k].Text, "0123456789.") || isAllUpper(ws[k].Text) {
			break
		}
		k++
	}
	nameWords := k - j
	switch {
	case nameWords == 0:
		return m, i + 1, false
	case nameWords == 1 && honorific && apostropheName(ws[j].Text):
		// "ông K'Brêm": a K'Ho or Ê Đê name may be one word.
	case nameWords == 1:
		if m.Rank == "" && len(m.Titles) == 0 {
			return m, i + 1, false
		}
		m.Short = true
	default:
		// A name without a Vietnamese surname needs a rank or a title, or
		// an honorific with a position after it ("bà Catherine Morel,
		// chuyên gia …").
		foreign := honorific && nameWords <= 4 && (strings.HasPrefix(ws[k-1].Post, ",") ||
			ws[k-1].Post == "" && k < len(ws) && strings.HasPrefix(ws[k].Pre, "(") ||
			ws[k-1].Post == "" && k+1 < len(ws) && ws[k].Text == "" && isDash(ws[k].Pre) && roleStartSet.at(ws, k+1) > 0)
		if !surnames[ws[j].Norm] && m.Rank == "" && len(m.Titles) == 0 && !foreign {
			return m, i + 1, false
		}
	}
	m.NameStart, m.NameEnd = ws[j].Start, ws[k-1].End
	m.Name = s[m.NameStart:m.NameEnd]
	m.End = m.NameEnd
	next = k
	// "(Học viện X)" right after the name.
	ethnic := false // "(dân tộc Tày)" after the name, positions after it
	if k < len(ws) && ws[k-1].Post == "" && strings.HasPrefix(ws[k].Pre, "(") {
		close := strings.IndexByte(s[ws[k].Start:], ')')
		if close < 0 {
			return m, next, true
		}
		inner := strings.TrimSpace(s[ws[k].Start : ws[k].Start+close])
		m.End = ws[k].Start + close + 1
		next = wordAt(ws, m.End)
		// "già làng X (dân tộc Tày), người có uy tín ở xóm Y": the
		// people, not an organisation; the positions follow.
		if !strings.HasPrefix(vi.Key(inner), "dan toc ") || next >= len(ws) || !strings.HasPrefix(strings.TrimSpace(s[m.End:]), ",") {
			m.Org = inner
			return m, next, true
		}
		if next > 0 && ws[next-1].End > m.End {
			next-- // the word that holds the closing bracket
		}
		ethnic = true
	}
	// Positions: ", Phó Giám đốc Học viện X, ..." each segment up to
	// punctuation or a verb.
	dashed := false // the position opened with a dash, which another closes
	opener := ""    // that dash: an en dash is closed by another, not by a hyphen
	for next < len(ws) {
		p := next
		if post := ws[next-1].Post; !strings.HasPrefix(post, ",") && !(ethnic && p == next && strings.HasPrefix(post, "),")) {
			// "Thầy Võ Quang Huy – GV Tin học, Trường THPT X": the first
			// position after a dash.
			if len(m.Positions) > 0 || ws[p].Text != "" || !isDash(ws[p].Pre) || p+1 >= len(ws) ||
				roleStartSet.at(ws, p+1) == 0 && (outerOrgSet.at(ws, p+1) == 0 || !isUpperWord(ws[p+1].Text)) {
				break
			}
			opener = ws[p].Pre
			p++
			dashed = true
		}
		// "nguyên Chánh án …, hiện là Chi hội trưởng …": the position
		// held now.
		if ws[p].Lower == "hiện" && ws[p].Post == "" && ws[p].Pre == "" {
			k := p + 1
			if k < len(ws) && ws[k].Lower == "nay" && ws[k].Post == "" {
				k++
			}
			if k+1 < len(ws) && ws[k].Lower == "là" && ws[k].Post == "" && roleStartSet.at(ws, k+1) > 0 {
				p = k + 1
			}
		}
		isRole := roleStartSet.at(ws, p) > 0
		isOrg := outerOrgSet.at(ws, p) > 0
		// "Trưởng bộ môn Công tác đảng, công tác chính trị, Trường X": the
		// unit's name goes on after a comma, in lower case, up to the
		// organisation it belongs to.
		if !isRole && !isOrg && len(m.Positions) > 0 && unitNameIn(m.Positions[len(m.Positions)-1]) {
			if n := unitTailAt(ws, p); n > 0 {
				m.Positions[len(m.Positions)-1] += ", " + joinWords(s, ws[p:p+n])
				m.End = ws[p+n-1].End
				next = p + n
				continue
			}
		}
		if !isRole && !isOrg {
			break
		}
		// ", nhà báo Kha Thùy Dương": another person, named by a role.
		if n := shortRoleSet.at(ws, p); n > 0 && !isUpperWord(ws[p].Text) && p+n < len(ws) && ws[p+n-1].Post == "" && surnames[ws[p+n].Text] {
			if pm, _, ok := parseMention(s, ws, p); ok && !pm.Short {
				break
			}
		}
		q := p
		for q < len(ws) {
			// "Kỹ thuật - Hậu cần": a dash standing alone joins a name,
			// unless it closes the position a dash opened, before the
			// verb: "X - phó hiệu trưởng Trường ĐH Bách khoa - cho biết".
			// "– phó trưởng khoa điện tử - viễn thông Trường X –": a
			// hyphen inside a position an en dash opened joins a name.
			if q > p && ws[q].Text == "" && isDash(ws[q].Pre) && dashed && (q+1 == len(ws) || !isUpperWord(ws[q+1].Text)) &&
				!(opener != "-" && ws[q].Pre == "-") {
				break
			}
			if q > p && ws[q].Text == "" && isDash(ws[q].Pre) && q+1 < len(ws) {
				q++
				continue
			}
			if q > p && ws[q].Pre != "" {
				break
			}
			// "Phân viện HVHCQG tại Thành phố Hồ Chí Minh": a branch's
			// city is part of its name.
			if q > p && ws[q].Lower == "tại" && ws[q].Post == "" && ws[q-1].Post == "" {
				if n := cityAt(ws, q+1); n > 0 {
					q += 1 + n
					if ws[q-1].Post != "" {
						break
					}
					continue
				}
			}
			if q > p && stopsAt(ws, q) {
				break
			}
			// "và" ends a position unless an organisation's name goes on:
			// "Kỹ thuật và Công nghệ".
			if q > p && ws[q].Lower == "và" && !(q+1 < len(ws) && (isUpperWord(ws[q+1].Text) || phongChongAt(ws, q+1) || orgAndSet.at(ws, q+1) > 0)) &&
				!(unitNameAt(ws, p, q) && unitTailAt(ws, q+1) > 0) && !(dashed && dashCloses(ws, q+1)) {
				break
			}
			// "… Trại giam Ngọc Lý và TS Nghiêm Thị Ngọc Bích": another
			// person, introduced by a rank or a title, ends it too.
			if q > p && ws[q].Lower == "và" && q+1 < len(ws) {
				if pm, _, ok := parseMention(s, ws, q+1); ok && !pm.Short && (pm.Rank != "" || len(pm.Titles) > 0) {
					break
				}
				// "… và Bí thư Tỉnh đoàn Trương Minh Khoa": another person
				// after their position.
				if roleThenName(ws, q+1) {
					break
				}
			}
			q++
			// "phòng, chống" is one word in the names of units; "TP. HCM"
			// one city.
			if ws[q-1].Post != "" && !phongChongAt(ws, q-1) && !cityDotAt(ws, q-1) {
				break
			}
		}
		if q == p {
			break
		}
		// "…, Trường ĐH ANND, cán bộ Công an các tỉnh biên giới cần được
		// bồi dưỡng": a lower-case role cut by a determiner is the subject
		// of what the speaker said, not another position of theirs.
		if len(m.Positions) > 0 && !isUpperWord(ws[p].Text) && q < len(ws) && ws[q].Pre == "" && determiners[ws[q].Lower] {
			break
		}
		// "Theo TS X, giáo viên cần xây dựng …": a lower-case role with a
		// modal verb after it is the subject of what is reported.
		if !isUpperWord(ws[p].Text) && modalIn(ws[p+1:min(q, p+4)]) {
			break
		}
		seg := joinWords(s, ws[p:q])
		if isRole || len(m.Positions) == 0 {
			m.Positions = append(m.Positions, seg)
		} else {
			m.Positions[len(m.Positions)-1] += ", " + seg
		}
		m.End = ws[q-1].End
		next = q
		if strings.HasPrefix(ws[q-1].Post, "(") || !strings.HasPrefix(ws[q-1].Post, ",") {
			break
		}
	}
	// "Viện Khoa học Thuỷ lợi miền Nam (thuộc Viện Khoa học Thuỷ lợi Việt
	// Nam)": the organisation the last one belongs to.
	if len(m.Positions) > 0 && next+2 < len(ws) && ws[next-1].Post == "" && ws[next].Pre == "(" && ws[next].Lower == "thuộc" &&
		outerOrgSet.at(ws, next+1) > 0 && isUpperWord(ws[next+1].Text) {
		if close := strings.IndexByte(s[ws[next].End:], ')'); close > 0 {
			org := strings.TrimSpace(s[ws[next+1].Start : ws[next].End+close])
			m.Positions[len(m.Positions)-1] += ", " + org
			m.End = ws[next].End + close + 1
			next = wordAt(ws, m.End)
		}
	}
	return m, next, true
}

// attendedBefore reports whether the words before "có" say who attended:
// "Dự hội thảo", "Tham dự Hội nghị", "Tới dự".
func attendedBefore(ws []word) bool {
	for i := 0; i < len(ws) && i < 8; i++ {
		if ws[i].Lower == "dự" && (i == 0 || ws[i-1].Lower == "tham" || ws[i-1].Lower == "tới" || ws[i-1].Lower == "đến") {
			return true
		}
	}
	return false
}

// dashCloses reports whether a dash closes the position a dash opened
// within a few words from i, none of them a verb: "– giám đốc Trung tâm
// Nghiên cứu thủy văn và tài nguyên nước –" is one position.
func dashCloses(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+14; k++ {
		if ws[k].Text == "" && isDash(ws[k].Pre) {
			return k > i
		}
		// ", Viện Khoa học thủy lợi miền Nam –": the office's parent.
		if ws[k].Pre != "" || stopsAt(ws, k) || ws[k].Lower == "và" || strings.TrimSpace(ws[k].Post) != "" && strings.TrimSpace(ws[k].Post) != "," {
			return false
		}
	}
	return false
}

// roleThenName reports whether a position written before a name starts at
// word i: a capitalised role, its office, then a name starting with a
// surname ("Bí thư Tỉnh đoàn Trương Minh Khoa").
func roleThenName(ws []word, i int) bool {
	n := roleStartSet.at(ws, i)
	if n == 0 || !isUpperWord(ws[i].Text) {
		return false
	}
	for k := i + n; k+1 < len(ws) && k < i+n+8; k++ {
		if ws[k-1].Post != "" || ws[k].Pre != "" {
			return false
		}
		if surnames[ws[k].Text] && isUpperWord(ws[k+1].Text) && ws[k].Post == "" && (k+2 >= len(ws) || ws[k+1].Post != "" || isUpperWord(ws[k+2].Text)) {
			return true
		}
	}
	return false
}

// positionFirstMention reads a mention that starts a clause with a
// position and ends with a bare name: "Phó Chủ tịch UBND tỉnh Đắk Lắk Đàm
// Quang Vinh", "Trưởng phòng Nghiên cứu văn hóa tộc người, Viện Dân tộc
// học Hoàng Thị Thu Trang cho rằng", "Giám đốc Bảo tàng tỉnh Đắk Lắk Y
// Thuyên Knul chia sẻ". The name is the last two to four capitalised
// words, from a surname (or the Ê Đê "Y", "H’", the K'Ho "K'"), before a lower-case
// word, a comma or the end.
func positionFirstMention(s string, ws []word, i int) (m mention, next int, ok bool) {
	// At a clause's start, or an item's of a list of attendees ("Dự có
	// các đồng chí: Phó Bí thư Tỉnh ủy Nông Đình Khải; Phó Chủ tịch UBND
	// tỉnh Giàng Seo Vần; …").
	listed := i > 0 && (strings.HasSuffix(ws[i-1].Post, ";") || strings.HasSuffix(ws[i-1].Post, ":"))
	// "đồng chí Bí thư Tỉnh ủy Ma Văn Thiêm".
	comrade := i > 1 && ws[i-1].Lower == "chí" && ws[i-2].Lower == "đồng" && ws[i-2].Post == "" && ws[i-1].Post == ""
	// "Dự hội thảo có Phó Bí thư Tỉnh đoàn Lê Hoàng Phúc; …".
	attended := i > 1 && ws[i-1].Lower == "có" && ws[i-1].Post == "" && attendedBefore(ws[:i-1])
	// "Báo cáo đề dẫn do Phó Giám đốc Sở VHTTDL Nguyễn Thanh Tùng trình
	// bày": after "do", as after "của".
	of := i > 0 && (ws[i-1].Lower == "của" || ws[i-1].Lower == "do") && ws[i-1].Post == ""
	if !(i == 0 || listed || comrade || attended || commaAfter(ws[i-1]) || of) || ws[i].Pre != "" {
		return m, i + 1, false
	}
	n := roleStartSet.at(ws, i)
	// "sinh viên năm thứ tư Đinh Quang Huy": a role of a person, not of
	// an office, names no organisation.
	personal := false
	if bare := bareRoleSet.atLower(ws, i); bare > 0 && !isUpperWord(ws[i].Text) || bare > 0 && i == 0 {
		personal = true
		if n == 0 {
			n = bare
		}
	}
	if n == 0 || ws[i].Lower == "nguyên" || ws[i].Lower == "đại" {
		return m, i + 1, false
	}
	for q := i + n; q < len(ws) && q < i+18; q++ {
		if ws[q].Text == "" && isDash(ws[q].Pre) {
			if strings.ContainsAny(ws[q-1].Post, ".;:“”\"") {
				return m, i + 1, false // "… học sinh THCS” – PGS.TS X": a title ended
			}
			continue // "Vụ Pháp luật dân sự - kinh tế"
		}
		if ws[q].Pre != "" && !strings.HasPrefix(ws[q].Pre, "(") || strings.ContainsAny(ws[q-1].Post, ".;:“”\"") || stopsAt(ws, q) {
			return m, i + 1, false
		}
		if rankAt(s, ws, q) || isUpperWord(ws[q].Text) && len(ws[q].Text) <= 5 && titleAt(s, ws, q) {
			return m, i + 1, false // a rank or a title: parseMention's
		}
		if ws[q-1].Post != "" && ws[q-1].Post != ")" || !isUpperWord(ws[q].Text) || isUpperWord(ws[q-1].Text) {
			continue
		}
		// A run of capitalised words from q: the name is its tail.
		end := q + 1
		for end < len(ws) && ws[end-1].Post == "" && ws[end].Pre == "" && isUpperWord(ws[end].Text) {
			end++
		}
		if end-q > 8 {
			return m, i + 1, false
		}
		start := -1
		for _, want := range []int{3, 4, 2} {
			// The tail of an unknown place's run is a name only if it
			// is a long one: "huyện Bảo Lâm Nguyễn Văn An", not "huyện Si
			// Ma Cai".
			at := end - want
			tailOfPlace := at > q && placeWords[ws[q-1].Lower] && provinceAt(ws, q) != at-q && want < 3
			if at >= q && nameStartWord(ws[at]) && !placeOrFieldBefore(ws, at) && !(at == q && placeWords[ws[q-1].Lower] && !personAfterPlace(ws, q, want)) &&
				!tailOfPlace && plainName(s, ws, at, end) {
				start = at
				break
			}
		}
		// "tư tưởng Hồ Chí Minh", "Học viện … Hồ Chí Minh": a name in the
		// names of things, never a speaker introduced so; nor a school's
		// namesake ("Trường Chính trị Hoàng Đình Giong").
		if start >= 0 && (vi.Key(s[ws[start].Start:ws[end-1].End]) == "ho chi minh" || namesakeAt(ws, start)) {
			start = -1
		}
		// "Tổng công ty Điện lực TP Hà Nội": a city or a country ends the
		// office's name, no person's.
		if start >= 0 && (provinceAt(ws, start) == end-start || countrySet.at(ws, start) == end-start || start > 0 && ws[start-1].Text == "TP") {
			start = -1
		}
		if start < 0 {
			q = end - 1
			continue
		}
		pos := strings.TrimRight(strings.TrimSpace(s[ws[i].Start:ws[start-1].End]), ",")
		if strings.HasPrefix(ws[start-1].Post, ")") {
			pos += ")" // "… bất động sản (Bộ Xây dựng) Đào Quang Hiếu"
		}
		if start == q && Affiliation(pos) == "" && !isUpperWord(ws[i].Text) && !personal {
			return m, i + 1, false
		}
		m = mention{Start: ws[i].Start, NameStart: ws[start].Start, NameEnd: ws[end-1].End, End: ws[end-1].End,
			Positions: []string{pos}}
		m.Name = s[m.NameStart:m.NameEnd]
		return m, end, true
	}
	return m, i + 1, false
}

// placeOrFieldBefore reports whether the word before a would-be name at
// word at makes it a place's or a field's: "Khoa Y Dược" (medicine, not an
// Ê Đê man), "Trường Đại học Buôn Ma Thuột" (a city, not Mr Ma).
func placeOrFieldBefore(ws []word, at int) bool {
	if at == 0 || ws[at-1].Post != "" {
		return false
	}
	switch ws[at-1].Lower {
	case "khoa", "ngành", "học":
		return ws[at].Text == "Y"
	case "buôn":
		return ws[at-1].Text == "Buôn" // "Trưởng buôn Y Khu" is a man
	}
	return false
}

// schoolWords are the words of a school's kind between "Trường" and the
// name it bears: "Trường Chính trị", "Trường THPT chuyên", "Trường Phổ
// thông dân tộc nội trú".
var schoolWords = wordSet(`chính trị thpt thcs tiểu học trung phổ thông cơ sở mầm non chuyên dân tộc nội bán trú ptdtnt ptdtbt th`)

// namesakeWords stand right before the name of a person a place, a
// temple or a fund is named for: "Đình thần Nguyễn Trung Trực", "đường
// Lê Lợi", "Quỹ Hồ Chí Minh".
var namesakeWords = wordSet(`thần đền lăng miếu đường quỹ thưởng tượng tích`)

// namesakeAt reports whether the name from word at is a namesake: of a
// school ("Trường" and the school's kind come right before it), or of a
// temple, a street, a fund (namesakeWords).
func namesakeAt(ws []word, at int) bool {
	if at > 0 && ws[at-1].Post == "" && namesakeWords[ws[at-1].Lower] {
		return true
	}
	k := at - 1
	for k >= 0 && ws[k].Post == "" && schoolWords[ws[k].Lower] {
		k--
	}
	return k >= 0 && k < at-1 && ws[k].Text == "Trường" && ws[k].Post == ""
}

// plainName reports whether the words ws[at:end] may be a person's name:
// none starts a role, an organisation or a rank, none is an
// abbreviation.
func plainName(s string, ws []word, at, end int) bool {
	for k := at; k < end; k++ {
		if isAllUpper(ws[k].Text) || roleStartSet.at(ws, k) > 0 && k+1 < end || outerOrgSet.at(ws, k) > 0 && k+1 < end || rankAt(s, ws, k) {
			return false
		}
	}
	return true
}

// nameStartWord reports whether w may start a person's name: a surname,
// the Ê Đê "Y", or a name with an apostrophe ("H’Nhi", "K'Brêm").
func nameStartWord(w word) bool {
	// "Văn", "Thị" are surnames rarely and middle names mostly.
	return surnames[w.Norm] && w.Lower != "văn" && w.Lower != "thị" || w.Text == "Y" || apostropheName(w.Text)
}

// apostropheName reports whether w is a name written with a capital, an
// apostrophe and a capital, as names of the Central Highlands are: the Ê
// Đê "H’Nhi", the K'Ho "K'Brêm", "K’Bình".
func apostropheName(w string) bool {
	first, n := utf8.DecodeRuneInString(w)
	rest := w[n:]
	rest, ok := strings.CutPrefix(rest, "'")
	if !ok {
		rest, ok = strings.CutPrefix(rest, "’")
	}
	second, _ := utf8.DecodeRuneInString(strings.TrimPrefix(rest, " ")) // "H' Bim"
	return ok && unicode.IsUpper(first) && unicode.IsUpper(second)
}

// placeWords come before a place's name, which may start with a word
// that is also a surname ("tỉnh Thái Bình", "TP Cao Lãnh").
// personAfterPlace reports whether the capitalised words from q, after a
// place word, are a person's name rather than the place's: "UBND tỉnh
// Giàng Seo Vần" (no province is called so), "Ban Dân tộc tỉnh Đinh Thị
// Mai Hương", "UBND thành phố Trương Văn Hoàng" (the middle names of most
// women and many men). length is the number of words the name would have.
func personAfterPlace(ws []word, q, length int) bool {
	// "xã Hoàng Văn Thụ (huyện Bình Gia, tỉnh Lạng Sơn)": a commune named
	// for a hero, where it lies in parentheses after it.
	if after := q + length; after < len(ws) && strings.HasPrefix(ws[after].Pre, "(") && placeWords[ws[after].Lower] {
		return false
	}
	// "Thị" and "Văn" are middle names, before a given name: "huyện
	// Đồng Văn" is a district.
	if length >= 3 && q+1 < len(ws) && (ws[q+1].Text == "Thị" || ws[q+1].Text == "Văn") {
		return true
	}
	// Only a province's name is known for sure: after "thành phố" or
	// "huyện" may come any town's ("thành phố Cao Lãnh"), but a town of
	// three words from a surname is rare ("UBND thành phố Trần Quang
	// Lâm"), and the great cities are provinces ("Hồ Chí Minh").
	switch ws[q-1].Lower {
	case "tỉnh":
		return provinceAt(ws, q) == 0
	case "phố", "tp":
		return length >= 3 && provinceAt(ws, q) == 0
	}
	return false
}

var placeWords = wordSet(`tỉnh huyện xã thành phố tp quận phường thị trấn buôn bản thôn làng ấp vùng miền khu`)

// rankAt reports whether a rank is written from word i.
func rankAt(s string, ws []word, i int) bool {
	_, _, ok := vi.CutRank(s[ws[i].Start:])
	return ok
}

// titleAt reports whether academic titles are written from word i.
func titleAt(s string, ws []word, i int) bool {
	titles, _ := cutTitles(s, ws, i)
	return len(titles) > 0
}

// modals are the verbs of obligation and time that start a predicate.
var modals = wordSet(`cần phải nên sẽ đang đã cũng không chưa hãy luôn`)

// modalIn reports whether a modal verb is among ws.
func modalIn(ws []word) bool {
	for _, w := range ws {
		if modals[w.Lower] {
			return true
		}
	}
	return false
}

// unitNameWords name a faculty, department or division inside an
// organisation, in a position ("Trưởng khoa …", "Bộ môn …").
var unitNameWords = wordSet(`khoa bộ phòng ban`)

// unitNameAt reports whether the position words ws[p:q] name a unit: a
// faculty, a department ("Trưởng khoa Lý luận", "Bộ môn Luật").
func unitNameAt(ws []word, p, q int) bool {
	for k := p; k < q && k < p+3; k++ {
		if unitNameWords[ws[k].Lower] && k+1 < q && isUpperWord(ws[k+1].Text) {
			return ws[k].Lower != "bộ" || ws[k+1].Lower == "môn"
		}
		if ws[k].Lower == "bộ" && k+2 < q && ws[k+1].Lower == "môn" && isUpperWord(ws[k+2].Text) {
			return true
		}
	}
	return false
}

// unitNameIn is unitNameAt for a position as printed.
func unitNameIn(pos string) bool {
	ws := splitWords(pos)
	return unitNameAt(ws, 0, len(ws))
}

// unitTailAt returns how many words from i on go on a unit's name in
// lower case up to the comma before its organisation ("… và nghiệp vụ
// đối ngoại, Học viện Quốc tế"), or 0: a few plain words, no verb, then
// ", " and the start of an organisation's name. The last item of an
// enumeration in the name also goes on it up to the end of the mention
// ("Khoa Quân sự, võ thuật và thể dục thể thao;").
func unitTailAt(ws []word, i int) int {
	and := false
	for k := i; k < len(ws) && k < i+12; k++ {
		if (k > i && ws[k].Pre != "") || isUpperWord(ws[k].Text) || stopsAt(ws, k) || strings.ContainsAny(ws[k].Text, "0123456789") {
			return 0
		}
		and = and || k > i && ws[k].Lower == "và"
		if ws[k].Post == "" && k+1 < len(ws) {
			continue
		}
		post := strings.TrimSpace(ws[k].Post)
		if post == "," && k+1 < len(ws) && ws[k+1].Pre == "" && outerOrgSet.at(ws, k+1) > 0 && isUpperWord(ws[k+1].Text) {
			return k + 1 - i
		}
		if and && k > i+2 && (post == ";" || post == "." || post == "" && k+1 == len(ws)) {
			return k + 1 - i
		}
		return 0
	}
	return 0
}

// moreTitles are degrees vi.CutTitles does not know, written among the
// others: "ThS. NCS. X" (nghiên cứu sinh, a doctoral candidate).
var moreTitles = map[string]string{"NCS": "NCS", "KS": "KS", "BSCKII": "BS", "BSCKI": "BS", "BSCK2": "BS", "BSCK1": "BS", "BSNT": "BS"}

// cutTitles reads the academic titles written from word j on, those of
// vi.CutTitles and moreTitles in any order, and returns them with the
// index of the word after them.
func cutTitles(s string, ws []word, j int) ([]string, int) {
	var titles []string
	for j < len(ws) {
		if t, rest := vi.CutTitles(s[ws[j].Start:]); len(t) > 0 {
			titles = append(titles, t...)
			j = wordAt(ws, len(s)-len(rest))
			continue
		}
		t, ok := moreTitles[ws[j].Text]
		if !ok || ws[j].Pre != "" && ws[j].Pre != "(" || j+1 >= len(ws) || strings.Trim(ws[j].Post, ".,") != "" {
			break
		}
		titles = append(titles, t)
		j++
	}
	return titles, j
}

// determiners quantify a noun phrase: a role followed by one is a group
// of people, not somebody's position.
var determiners = wordSet(`các những mọi nhiều`)

// nameParticles are the lower-case words inside European names: "Pieter
// van den Berg", "Marijke de Vries".
var nameParticles = wordSet(`van von den der de da di du dos del ter ten binti bin`)

// particleAt reports whether word k, inside a name that started at word j
// with no Vietnamese surname, is a particle followed by more of the name.
func particleAt(ws []word, j, k int) bool {
	return k > j && !surnames[ws[j].Norm] && nameParticles[ws[k].Text] && ws[k].Post == "" &&
		k+1 < len(ws) && (isUpperWord(ws[k+1].Text) || nameParticles[ws[k+1].Text])
}

// phongChongAt reports whether a pair of words joined by a comma inside
// the names of units is written at word i: "phòng, chống" ("prevention and
// fight"), as in "Cục Cảnh sát phòng, chống tội phạm về môi trường", or
// "an ninh, trật tự" ("security and order"), as in "Tổ bảo vệ an ninh,
// trật tự bản X": the comma does not end the name.
func phongChongAt(ws []word, i int) bool {
	if i+1 >= len(ws) || ws[i].Post != "," || ws[i+1].Pre != "" {
		return false
	}
	switch ws[i].Lower {
	case "phòng":
		return ws[i+1].Lower == "chống"
	case "ninh":
		return i > 0 && ws[i-1].Lower == "an" && ws[i-1].Post == "" && ws[i+1].Lower == "trật" &&
			i+2 < len(ws) && ws[i+2].Lower == "tự"
	case "nạn": // "cứu nạn, cứu hộ"
		return i > 0 && ws[i-1].Lower == "cứu" && ws[i-1].Post == "" && ws[i+1].Lower == "cứu" &&
			i+2 < len(ws) && ws[i+2].Lower == "hộ"
	case "học": // "các trường đại học, cao đẳng"
		return i > 0 && ws[i-1].Lower == "đại" && ws[i-1].Post == "" && ws[i+1].Lower == "cao" &&
			i+2 < len(ws) && ws[i+2].Lower == "đẳng"
	case "tố": // "thực hành quyền công tố, kiểm sát xét xử"
		return i > 0 && ws[i-1].Lower == "công" && ws[i-1].Post == "" && ws[i+1].Lower == "kiểm" &&
			i+2 < len(ws) && ws[i+2].Lower == "sát"
	}
	return false
}

func isAllUpper(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 1
}

func joinWords(s string, ws []word) string {
	return s[ws[0].Start:ws[len(ws)-1].End]
}

// findMentions returns every person introduced in s, plus later mentions
// of the people already known (by full name, or by rank or role and the
// given name). ws are the words of s.
func findMentions(s string, ws []word, known []*person) []mention {
	var out []mention
	// A sketch of the first words of the names of the people known, by
	// first byte, length and last byte: a word that is not in it starts no
	// name.
	var nameStarts [256]uint64
	for _, p := range known {
		if p.words == nil {
			p.words = strings.Fields(vi.Normalize(p.Name))
		}
		if len(p.words) >= 2 {
			w := p.words[0]
			nameStarts[w[0]] |= wordBit(w)
		}
	}
	for i := 0; i < len(ws); {
		m, next, ok := parseMention(s, ws, i)
		if ok {
			if m.Short {
				p := resolveShort(m.Name, known)
				if p == nil {
					// Someone this sentence has just named in full: "gồm
					// ThS Võ Thị Mỹ Duyên và … do ThS Duyên trình bày".
					var here []*person
					for _, o := range out {
						if !o.Short {
							here = append(here, &person{Name: o.Name})
						}
					}
					p = resolveShort(m.Name, here)
				}
				if p == nil {
					i = next
					continue
				}
				m.Name = p.Name
			} else if p := resolveGiven(m.Name, known); p != nil {
				m.Name = p.Name
			} else if len(out) > 0 {
				// "PGS.TS Đỗ Thị Hương Thảo … Theo PGS Hương Thảo": the
				// given names of someone this sentence named in full.
				var here []*person
				for _, o := range out {
					if !o.Short {
						here = append(here, &person{Name: o.Name})
					}
				}
				if p := resolveGiven(m.Name, here); p != nil {
					m.Name = p.Name
				}
			}
			out = append(out, m)
			i = next
			continue
		}
		// "Viện trưởng Viện Dân tộc học Lã Văn Tiến chủ trì": a position
		// written before a name that has no rank or title.
		if m, next, ok := positionFirstMention(s, ws, i); ok {
			out = append(out, m)
			i = next
			continue
		}
		if m, next, ok := bareNameWithRole(s, ws, i); ok {
			out = append(out, m)
			i = next
			continue
		}
		if m, next, ok := paperOfBareName(s, ws, i); ok {
			out = append(out, m)
			i = next
			continue
		}
		// A known name written bare.
		if w := ws[i].Norm; w == "" || nameStarts[w[0]]&wordBit(w) == 0 {
			i++
			continue
		}
		if p, n := knownAt(ws, i, known); p != nil {
			out = append(out, mention{Name: p.Name, Start: ws[i].Start, NameStart: ws[i].Start,
				NameEnd: ws[i+n-1].End, End: ws[i+n-1].End})
			i += n
			continue
		}
		i++
	}
	return out
}

// bareRoles are the roles in lower case that may follow a bare name,
// introducing someone with neither rank nor title: students, farmers,
// craftsmen.
var bareRoleSet = newPhrases([]string{"sinh viên", "học viên", "học sinh", "nông dân", "nghệ nhân", "giáo viên",
	"giảng viên", "kỹ sư", "bác sĩ", "chuyên gia", "nghiên cứu sinh", "cán bộ", "chủ nhiệm", "giám đốc", "trưởng nhóm",
	"đại diện", "thành viên", "phóng viên", "nhà báo", "luật sư", "già làng", "trưởng bản", "trưởng thôn", "người có uy tín"})

// bareNameWithRole reads a name with neither rank nor title at the start
// of a clause, then a role in lower case after a comma or between dashes:
// "Đại diện nhóm, Đặng Minh Triết – sinh viên năm 4 ngành kỹ thuật máy tính
// – kể …", "Lò Văn Hắc, nông dân xã Chiềng Hắc, chia sẻ …".
func bareNameWithRole(s string, ws []word, i int) (m mention, next int, ok bool) {
	if ws[i].Pre != "" || i+1 >= len(ws) || ws[i].Post != "" || !isUpperWord(ws[i+1].Text) {
		return m, i + 1, false
	}
	if i > 0 && !commaAfter(ws[i-1]) && !strings.HasSuffix(ws[i-1].Post, ";") && !strings.HasSuffix(ws[i-1].Post, ":") {
		return m, i + 1, false
	}
	end := bareNameEnd(ws, i)
	if end < 0 {
		return m, i + 1, false
	}
	role := end
	dashed := false
	switch {
	case strings.TrimSpace(ws[end-1].Post) == ",":
	case ws[end].Text == "" && isDash(ws[end].Pre) && end+1 < len(ws):
		role, dashed = end+1, true
	default:
		return m, i + 1, false
	}
	n := bareRoleSet.atLower(ws, role)
	if n == 0 || isUpperWord(ws[role].Text) {
		return m, i + 1, false
	}
	q := role + n
	for q < len(ws) && q < role+16 && !strings.ContainsAny(ws[q-1].Post, ",.;:") && !(ws[q].Text == "" && isDash(ws[q].Pre)) && !stopsAt(ws, q) {
		q++
	}
	if dashed && !(q < len(ws) && ws[q].Text == "" && isDash(ws[q].Pre)) {
		return m, i + 1, false // "X – sinh viên … –": the dash closes the role
	}
	return bareMention(s, ws, i, end, role, q), q, true
}

// bareNameEnd returns the index after a name of two to four capitalised
// words from a surname at word i, with no punctuation inside and words
// after it, or -1.
func bareNameEnd(ws []word, i int) int {
	if !surnames[ws[i].Text] || ws[i].Pre != "" {
		return -1
	}
	end := i + 1
	for end < len(ws) && end-i < 4 && ws[end-1].Post == "" && ws[end].Pre == "" && isUpperWord(ws[end].Text) {
		end++
	}
	if end-i < 2 || end >= len(ws) {
		return -1
	}
	return end
}

// bareMention is the mention of the name in words i to end, with the
// position in words role to q.
func bareMention(s string, ws []word, i, end, role, q int) mention {
	m := mention{Start: ws[i].Start, NameStart: ws[i].Start, NameEnd: ws[end-1].End, End: ws[q-1].End,
		Positions: []string{strings.TrimRight(s[ws[role].Start:ws[q-1].End], ",")}}
	m.Name = s[m.NameStart:m.NameEnd]
	return m
}

// paperOfBareName reads a name with neither rank nor title after "tham
// luận của" or "báo cáo của", then a comma and a position in lower case:
// "tham luận của Sùng A Páo, học viên lớp D49B, về …".
func paperOfBareName(s string, ws []word, i int) (m mention, next int, ok bool) {
	if i < 2 || ws[i-1].Lower != "của" || ws[i-1].Post != "" || !(ws[i-2].Lower == "luận" || ws[i-2].Lower == "cáo") {
		return m, i + 1, false
	}
	end := bareNameEnd(ws, i)
	if end < 0 || strings.TrimSpace(ws[end-1].Post) != "," || isUpperWord(ws[end].Text) {
		return m, i + 1, false
	}
	n := roleLowerSet.atLower(ws, end)
	if n == 0 {
		n = shortRoleSet.at(ws, end)
	}
	if n == 0 {
		return m, i + 1, false
	}
	q := end + n
	for q < len(ws) && !strings.ContainsAny(ws[q-1].Post, ",.;:") && !stopsAt(ws, q) {
		q++
	}
	return bareMention(s, ws, i, end, end, q), q, true
}

// wordBit is the bit of a non-empty word in findMentions's sketch of
// first words: by its length and last byte.
func wordBit(w string) uint64 {
	return 1 << ((uint(len(w))*7 + uint(w[len(w)-1])) & 63)
}

// knownAt returns the known person whose full name is written at word i,
// and the length of the name in words. The words of the names of known
// are set.
func knownAt(ws []word, i int, known []*person) (*person, int) {
	for _, p := range known {
		if n := len(p.words); n >= 2 && phraseAt(ws, i, p.words) {
			return p, n
		}
	}
	return nil, 0
}

// resolveGiven finds the known person whose name ends with name, of two
// words or more, when name is not itself the name of someone known: "TS
// Bảo Ngọc" after "TS Hoàng Thị Bảo Ngọc". It returns nil when there is
// none or more than one.
func resolveGiven(name string, known []*person) *person {
	f := strings.Fields(vi.Key(name))
	if len(f) < 2 {
		return nil
	}
	var found *person
	for _, p := range known {
		k := strings.Fields(vi.Key(p.Name))
		if len(k) == len(f) && slices.Equal(k, f) {
			return nil // known by this very name
		}
		if len(k) > len(f) && (slices.Equal(k[len(k)-len(f):], f) || edePrefix(strings.Fields(name)[0]) && slices.Equal(k[:len(f)], f)) {
			if found != nil && vi.Key(found.Name) != vi.Key(p.Name) {
				return nil // ambiguous (the text and a caption may both know one person)
			}
			found = p
		}
	}
	return found
}

// edePrefix reports whether w opens an Ê Đê or Jrai name: "Y" for a
// man, "H'" joined to the given name for a woman. Such a name's short form
// keeps the prefix and the given name and drops the clan name that ends
// it: "ông Y Thuyên" after "ông Y Thuyên Êban", "Kiểm sát viên H’Nga"
// after "ThS H’Nga Byă".
func edePrefix(w string) bool {
	return w == "Y" || len(w) > 2 && (strings.HasPrefix(w, "H'") || strings.HasPrefix(w, "H’"))
}

// resolveShort finds the known person whose given name is name.
func resolveShort(name string, known []*person) *person {
	// With its diacritics first: "ông Hưng" is not "ông Hùng". A page
	// written without them matches folded.
	if p := resolveShortBy(name, known, vi.Lower); p != nil {
		return p
	}
	return resolveShortBy(name, known, vi.Key)
}

// resolveShortBy is resolveShort comparing the given names as form
// leaves them.
func resolveShortBy(name string, known []*person, form func(string) string) *person {
	var found *person
	for _, p := range known {
		f := strings.Fields(p.Name)
		if form(f[len(f)-1]) == form(name) || len(f) > 1 && edePrefix(name) && form(f[0]) == form(name) {
			if found != nil && vi.Key(found.Name) != vi.Key(p.Name) {
				return nil // ambiguous
			}
			found = p
		}
	}
	return found
}

// elderAt reports whether word i is the "có" of "người có uy tín", a
// village's elder: a position, not "has".
func elderAt(ws []word, i int) bool {
	return ws[i].Lower == "có" && i > 0 && ws[i-1].Lower == "người" && ws[i-1].Post == "" && i+1 < len(ws) && ws[i+1].Lower == "uy"
}

// cityAt returns the number of words of a province or a city written
// from word i ("Hà Nội", "Thành phố Hồ Chí Minh", "TP. HCM"), 0 when none
// is.
func cityAt(ws []word, i int) int {
	if i >= len(ws) || !isUpperWord(ws[i].Text) {
		return 0
	}
	if n := provinceAt(ws, i); n > 0 {
		return n
	}
	skip := 0
	switch {
	case ws[i].Text == "Thành" && i+1 < len(ws) && ws[i+1].Lower == "phố" && ws[i].Post == "":
		skip = 2
	case ws[i].Text == "TP" || ws[i].Text == "Tp":
		skip = 1
	default:
		return 0
	}
	if i+skip < len(ws) && ws[i+skip].Text == "HCM" {
		return skip + 1
	}
	if n := provinceAt(ws, i+skip); n > 0 {
		return skip + n
	}
	return 0
}

// cityDotAt reports whether word i is "TP." before a city's name: "TP.
// HCM", "TP. Hồ Chí Minh".
func cityDotAt(ws []word, i int) bool {
	return ws[i].Post == "." && (ws[i].Text == "TP" || ws[i].Text == "Tp") && i+1 < len(ws) && ws[i+1].Pre == "" && isUpperWord(ws[i+1].Text)
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }
