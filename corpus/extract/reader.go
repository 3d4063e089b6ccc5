package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/vi"
)

// person is a participant as the reader learns of them across the article.
type person struct {
	Name      string
	Rank      string
	Titles    []string
	Positions []string
	Org       string
	Role      string
	words     phrases // the name, to find it again
}

// rolePriority orders roles when a person has several: presenting wins.
var rolePriority = map[string]int{
	corpus.RoleKeynote: 7, corpus.RoleSpeaker: 6, corpus.RoleChair: 5, corpus.RoleModerator: 4,
	corpus.RoleOpening: 3, corpus.RoleClosing: 2, corpus.RoleAttendee: 1, corpus.RoleGuest: 0,
}

// reader holds the state of reading one article.
type reader struct {
	p       *page
	a       *corpus.Article
	people  []*person
	byKey   map[string]*person
	contrib []*corpus.Contribution
	// byPerson maps a speaker's key to their contribution.
	byPerson map[string]*corpus.Contribution
	// presenting is set once the article has said that papers were
	// presented, so that "Theo Đại tá X, ..." reports a contribution.
	presenting bool
}

func newReader(p *page, a *corpus.Article) *reader {
	return &reader{p: p, a: a, byKey: map[string]*person{}, byPerson: map[string]*corpus.Contribution{}}
}

func (r *reader) read() {
	var body []string
	body = append(body, r.p.Lead...)
	var captions []string
	captions = append(captions, r.p.Captions...)
	for _, para := range r.p.Paragraphs {
		if r.isCaption(para) {
			captions = append(captions, para)
			continue
		}
		body = append(body, para)
	}
	r.a.Body = strings.Join(body, "\n\n")
	r.a.Captions = captions
	if r.readPaperPage(body) {
		r.finish()
		return
	}
	r.readEvent(body)
	for _, para := range body {
		for _, s := range sentences(para) {
			r.readSentence(s, para, false)
		}
	}
	for _, c := range captions {
		r.readSentence(c, c, true)
	}
	r.finish()
}

// isCaption recognises a photo caption that a plain text or a generic page
// left among the paragraphs: one short sentence that names a person first
// and says what they do in the picture, or only a name.
func (r *reader) isCaption(para string) bool {
	if runes(para) > 260 || len(sentences(para)) > 1 {
		return false
	}
	ws := splitWords(para)
	if len(ws) == 0 {
		return false
	}
	m, next, ok := parseMention(para, ws, 0)
	if !ok || m.Short {
		return false
	}
	if next >= len(ws) {
		return true // only a name
	}
	rest := lowerKeep(strings.TrimLeft(para[m.End:], " ,"))
	for _, v := range captionVerbs {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

var captionVerbs = []string{
	"phát biểu", "trình bày", "chủ trì", "điều hành", "cùng các", "cùng đại", "tặng", "trao", "chụp ảnh",
	"dự hội", "tham dự", "báo cáo đề dẫn", "phát biểu khai mạc", "phát biểu bế mạc", "kết luận hội", "tại hội",
	"và các", "đồng chủ trì", "thăm", "giới thiệu",
}

// sentences splits a paragraph into sentences: at ". ", "! ", "? " before
// an upper-case letter, never inside quotes or after an abbreviation.
func sentences(para string) []string {
	var out []string
	start, depth := 0, 0
	rs := []rune(para)
	byteAt := make([]int, len(rs)+1)
	b := 0
	for i, r := range rs {
		byteAt[i] = b
		b += len(string(r))
	}
	byteAt[len(rs)] = b
	for i, r := range rs {
		switch r {
		case '“', '«':
			depth++
		case '”', '»':
			if depth > 0 {
				depth--
			}
		case '.', '!', '?', '…':
			if depth > 0 || i+2 >= len(rs) || rs[i+1] != ' ' || !isUpperRune(rs[i+2]) {
				continue
			}
			prev := lastWord(para[byteAt[start]:byteAt[i]])
			if abbrevBeforeDot[prev] {
				continue
			}
			out = append(out, strings.TrimSpace(para[byteAt[start]:byteAt[i+1]]))
			start = i + 2
		}
	}
	if rest := strings.TrimSpace(para[byteAt[start]:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

var abbrevBeforeDot = wordSet(`TP Tp TS ThS GS PGS BS CN KS Th St Mr Ms Dr Co Ltd v.v`)

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], punct)
}

func isUpperRune(r rune) bool { return isUpperWord(string(r)) }

// know records a mention and returns the person it names.
func (r *reader) know(m mention) *person {
	k := vi.Key(m.Name)
	p := r.byKey[k]
	if p == nil {
		p = &person{Name: m.Name, Role: corpus.RoleGuest}
		r.byKey[k] = p
		r.people = append(r.people, p)
	}
	if p.Rank == "" {
		p.Rank = m.Rank
	}
	if len(p.Titles) == 0 {
		p.Titles = m.Titles
	}
	if p.Org == "" {
		p.Org = m.Org
	}
	for _, pos := range m.Positions {
		// "Thứ trưởng" in a later mention repeats "Thứ trưởng Bộ Công an".
		if !containsPrefixKey(p.Positions, pos) {
			p.Positions = append(p.Positions, pos)
		}
	}
	return p
}

func containsPrefixKey(list []string, s string) bool {
	k := vi.Key(s)
	for _, x := range list {
		if strings.HasPrefix(vi.Key(x), k) {
			return true
		}
	}
	return false
}

func (r *reader) setRole(p *person, role string) {
	if rolePriority[role] > rolePriority[p.Role] {
		p.Role = role
	}
}

// Keywords of roles and papers, looked up in the lower-cased sentence.
var (
	reChair     = keywords{"đồng chủ trì", "chủ trì"}
	reModerator = keywords{"điều hành", "điều phối", "dẫn dắt"}
	reAttend    = keywords{"đến dự", "tham dự", "dự hội", "dự tọa", "dự toạ", "dự diễn", "có mặt", "về dự", "dự buổi", "dự phiên", "dự chương"}
	reOpening   = keywords{"khai mạc"}
	reClosing   = keywords{"bế mạc", "kết luận hội", "kết luận tọa", "kết luận toạ", "kết luận diễn", "kết luận phiên",
		"kết luận buổi", "kết luận,", "phát biểu kết luận", "tổng kết hội", "phát biểu tổng kết", "phát biểu kết thúc"}
	reKeynote = keywords{"đề dẫn"}
	rePaper   = keywords{"tham luận", "báo cáo khoa học", "bài viết", "chuyên đề", "diễn giả", "báo cáo viên",
		"trình bày chủ đề", "với chủ đề", "trình bày báo cáo", "trình bày đề tài"}
	reTitleLead = regexp.MustCompile(`(?:tham luận|báo cáo tham luận|bài tham luận|chủ đề|đề tài|chuyên đề|báo cáo|bài viết)\s*(?:(?:có|với|mang)\s+(?:tên|tiêu đề|tựa đề|nhan đề|chủ đề)|về|nhan đề|tiêu đề)?\s*:?\s*$`)
)

// keywords is a set of phrases found by plain substring search.
type keywords []string

// FindAllStringIndex returns the non-overlapping matches of any keyword in
// s, in order (the longest keyword wins at one position).
func (k keywords) FindAllStringIndex(s string, _ int) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		best := []int(nil)
		for _, w := range k {
			if j := strings.Index(s[i:], w); j >= 0 {
				if best == nil || i+j < best[0] || (i+j == best[0] && i+j+len(w) > best[1]) {
					best = []int{i + j, i + j + len(w)}
				}
			}
		}
		if best == nil {
			break
		}
		out = append(out, best)
		i = best[1]
	}
	return out
}

// FindStringIndex returns the first match.
func (k keywords) FindStringIndex(s string) []int {
	if m := k.FindAllStringIndex(s, 1); len(m) > 0 {
		return m[0]
	}
	return nil
}

// MatchString reports whether s holds a keyword.
func (k keywords) MatchString(s string) bool {
	for _, w := range k {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// readSentence reads the people, roles and contributions of one sentence.
func (r *reader) readSentence(s, para string, caption bool) {
	ms := findMentions(s, r.people)
	lower := lowerKeep(s)
	if rePaper.MatchString(lower) || reKeynote.MatchString(lower) {
		if len(ms) == 0 && strings.Contains(lower, "trình bày") {
			r.presenting = true
		}
	}
	title := ""
	// Who is the subject of a role verb: the nearest mention before it, or
	// after "của" ("dưới sự chủ trì của ...").
	presided := false // someone chairs or moderates in this sentence
	roleOf := func(re keywords, role string) {
		for _, loc := range verbMatches(re, s, lower) {
			if m := subject(s, ms, loc); m != nil {
				r.setRole(r.know(*m), role)
				presided = presided || role == corpus.RoleChair || role == corpus.RoleModerator
			}
		}
	}
	for _, m := range ms {
		r.know(m)
	}
	if reAttend.MatchString(lower) && !rePaper.MatchString(lower) {
		loc := reAttend.FindStringIndex(lower)
		for _, m := range ms {
			if m.Start > loc[0] {
				r.setRole(r.know(m), corpus.RoleAttendee)
			}
		}
	}
	roleOf(reChair, corpus.RoleChair)
	roleOf(reModerator, corpus.RoleModerator)
	roleOf(reOpening, corpus.RoleOpening)
	roleOf(reClosing, corpus.RoleClosing)

	if presided && (verbMatches(reModerator, s, lower) != nil || !rePaper.MatchString(lower)) {
		return
	}
	if list := r.readList(s, para); list {
		return
	}
	keynote := reKeynote.MatchString(lower)
	locs := singlePapers(lower)
	if keynote {
		locs = reKeynote.FindAllStringIndex(lower, -1)
	}
	if r.readRespectively(s, lower, ms, para) {
		return
	}
	if len(locs) > 0 {
		if verbMatches(reClosing, s, lower) != nil && !keynote {
			// "Kết luận Hội thảo, X đánh giá cao các tham luận": the
			// closing speech, not a paper.
			return
		}
		// "tham luận của X ... và tham luận của Y": one paper each.
		found := false
		for _, loc := range locs {
			if !strings.HasPrefix(lower[loc[1]:], " của ") {
				continue
			}
			for _, m := range ms {
				if m.Start >= loc[1] && m.Start <= loc[1]+len(" của ")+1 {
					r.addContribution(m, quotedAfter(s, m.End), para, s, keynote, caption)
					found = true
				}
			}
		}
		if found {
			r.presenting = true
			return
		}
		// Each mention of a paper in turn, until one names its presenter.
		for _, loc := range locs {
			title = quotedAfter(s, loc[1])
			if m := speakerOf(s, ms, loc, title); m != nil {
				r.addContribution(*m, title, para, s, keynote, caption)
				r.presenting = true
				return
			}
		}
		for _, loc := range locs {
			if org := creditedOrg(s, loc); org != "" && !caption {
				r.addInstitution(org, quotedAfter(s, loc[1]), para, s)
				r.presenting = true
				return
			}
		}
		if !caption && strings.Contains(lower, "trình bày") || strings.Contains(lower, "các tham luận") {
			r.presenting = true
		}
		return
	}
	// "Theo Thiếu tướng X, ..." once papers are being presented.
	if !caption && r.presenting && len(ms) > 0 && ms[0].Start <= 5 && strings.HasPrefix(lower, "theo ") {
		m := ms[0]
		if p := r.byKey[vi.Key(m.Name)]; p != nil && p.Role != corpus.RoleChair && p.Role != corpus.RoleModerator {
			r.addContribution(m, "", para, s, false, false)
		}
	}
}

// plurals are the words that make "tham luận" mean papers in general
// ("các tham luận", "45 tham luận"), not one presented paper.
var plurals = wordSet(`các những nhiều mọi số cả hai ba bốn năm sáu bảy tám chín mười gần hơn trên phần phiên`)

// singlePapers returns the positions of the keywords that report one
// paper, skipping "các tham luận" and "45 tham luận". s is in lower case.
func singlePapers(s string) [][]int {
	var out [][]int
	for _, loc := range rePaper.FindAllStringIndex(s, -1) {
		w := lastWord(s[:loc[0]])
		if !plurals[w] && strings.Trim(w, "0123456789.,") != "" || w == "" {
			out = append(out, loc)
		}
	}
	return out
}

// quotedAfter returns the quoted title right after a paper keyword ending
// at off ("tham luận “T”", "với chủ đề: "T"", "tham luận có tên «T»").
func quotedAfter(s string, off int) string {
	open, start, end, _ := nextQuote(s, off)
	if open < 0 || !reTitleLead.MatchString(lowerKeep(s[:open])) {
		return ""
	}
	// Only words that introduce a title may stand between.
	if gap := strings.TrimSpace(s[off:open]); len(gap) > 40 {
		return ""
	}
	return strings.TrimSpace(s[start:end])
}

var reRespectively = regexp.MustCompile(`lần lượt (?:trình bày|phát biểu|giới thiệu)`)

// readRespectively reads "A (Học viện X) và B (Trường Y) lần lượt trình
// bày tham luận “T1” và “T2”": the presenters before the verb, in order,
// with the titles after it.
func (r *reader) readRespectively(s, lower string, ms []mention, para string) bool {
	loc := reRespectively.FindStringIndex(lower)
	if loc == nil {
		return false
	}
	var before []mention
	for _, m := range ms {
		if m.End <= loc[0] {
			before = append(before, m)
		}
	}
	var titles []string
	for i := loc[1]; ; {
		open, start, end, after := nextQuote(s, i)
		if open < 0 {
			break
		}
		titles = append(titles, strings.TrimSpace(s[start:end]))
		i = after
	}
	if len(before) < 2 {
		return false
	}
	for i, m := range before {
		title := ""
		if len(titles) == len(before) {
			title = titles[i]
		}
		r.addContribution(m, title, para, s, false, false)
	}
	r.presenting = true
	return true
}

// verbMatches returns the matches of a role verb used as a verb: in lower
// case, or capitalised only at the start of the sentence ("Kết luận Hội
// thảo, ..."). "Trung tâm Điều hành an ninh mạng" names a unit.
func verbMatches(re keywords, s, lower string) [][]int {
	var out [][]int
	for _, loc := range re.FindAllStringIndex(lower, -1) {
		if loc[0] == 0 || !isUpperWord(s[loc[0]:]) {
			out = append(out, loc)
		}
	}
	return out
}

// subject returns the mention a role verb at loc is about.
func subject(s string, ms []mention, loc []int) *mention {
	after := strings.TrimSpace(s[loc[1]:])
	if strings.HasPrefix(lowerKeep(after), "của") {
		for i := range ms {
			if ms[i].Start >= loc[1] {
				return &ms[i]
			}
		}
		return nil
	}
	var best *mention
	for i := range ms {
		if ms[i].End <= loc[0] {
			best = &ms[i]
		}
	}
	if best != nil {
		// Only when nothing but the person's positions stands between.
		between := lowerKeep(s[best.End:loc[0]])
		if strings.Count(between, ",") > 1 || strings.Contains(between, "các đại biểu") || strings.Contains(between, "đã ") && len(between) > 40 {
			return nil
		}
	}
	return best
}

// speakerOf picks the presenter of a paper mentioned at loc: the person
// right before the keyword ("Đại tá X, Phó Giám đốc ... với tham luận"),
// else the first person after it and after its title ("Với tham luận “T”,
// Đại tá X ...").
func speakerOf(s string, ms []mention, loc []int, title string) *mention {
	var before *mention
	for i := range ms {
		if ms[i].End <= loc[0] {
			before = &ms[i]
		}
	}
	if before != nil && !hasClause(s[before.End:loc[0]]) {
		return before
	}
	titleEnd := loc[1]
	if title != "" {
		if i := strings.Index(s[loc[1]:], title); i >= 0 {
			titleEnd = loc[1] + i + len(title)
		}
	}
	for i := range ms {
		if ms[i].Start >= titleEnd {
			// "tham luận của Trường X" credits an institution, not a person
			// mentioned later.
			if strings.Contains(lowerKeep(s[loc[1]:ms[i].Start]), "của trường") {
				return nil
			}
			return &ms[i]
		}
	}
	return nil
}

// clauseWords start a clause of their own: when one stands between a
// person and "trình bày tham luận", the person is not the presenter.
var clauseWords = wordSet(`đã cho nêu nhấn khẳng kiến chia phân đánh ghi biểu thay cảm được là có theo sau khi của
	mời đến dự cùng`)

// rePresentVerb is the verb right before a paper keyword: "đã trình bày
// tham luận", "phát biểu với tham luận", "giới thiệu tham luận".
var rePresentVerb = regexp.MustCompile(`\s*(?:(?:đã|cũng|lần lượt)\s+)*(?:trình bày|phát biểu|giới thiệu|báo cáo|gửi|có)?(?:\s+(?:với|về|bài|bản))*\s*$`)

func hasClause(between string) bool {
	between = between[:len(rePresentVerb.ReplaceAllString(lowerKeep(between), ""))]
	if strings.ContainsAny(between, ";:!?") || strings.Contains(between+" ", ". ") {
		return true
	}
	ws := splitWords(between)
	for i, w := range ws {
		if clauseWords[w.Lower] && !isUpperWord(w.Text) {
			return true
		}
		if stopWords[w.Lower] != nil && stopsAt(ws, i) {
			return true
		}
	}
	return false
}

var reCredited = regexp.MustCompile(`(?:tham luận|báo cáo)\s+(?:của|do)\s+`)

// creditedOrg returns the institution a paper is credited to: "Tham luận
// của Trường Đại học Z tập trung vào ...".
func creditedOrg(s string, loc []int) string {
	m := reCredited.FindStringIndex(lowerKeep(s))
	if m == nil {
		return ""
	}
	ws := splitWords(s[m[1]:])
	if len(ws) == 0 || orgStartSet.at(ws, 0) == 0 {
		return ""
	}
	q := 1
	for q < len(ws) && ws[q].Pre == "" && ws[q-1].Post == "" {
		if stopsAt(ws, q) || (ws[q].Lower == "và" && !(q+1 < len(ws) && isUpperWord(ws[q+1].Text))) {
			break
		}
		q++
	}
	return strings.TrimSpace(s[m[1]+ws[0].Start : m[1]+ws[q-1].End])
}

// nextQuote finds the next quoted span at or after i: the offsets of the
// opening mark, the text, and after the closing mark.
func nextQuote(s string, i int) (open, start, end, after int) {
	j := strings.IndexAny(s[i:], "“\"«")
	if j < 0 {
		return -1, 0, 0, 0
	}
	open = i + j
	var closers string
	switch {
	case strings.HasPrefix(s[open:], "“"):
		start, closers = open+len("“"), "”\"“"
	case strings.HasPrefix(s[open:], "«"):
		start, closers = open+len("«"), "»"
	default:
		start, closers = open+1, "\"”"
	}
	k := strings.IndexAny(s[start:], closers)
	if k < 0 {
		// A title cut by the end of the page.
		return open, start, len(s), len(s)
	}
	end = start + k
	_, n := firstRune(s[end:])
	return open, start, end, end + n
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

var reListLead = regexp.MustCompile(`(?:các|những) (?:tham luận|báo cáo)[^“"«]*?(?:như|gồm|:)\s*`)

// readList reads "các tham luận: “A” (TS X, Học viện Y); “B” (ThS Z,
// Trường W)": several quoted titles each followed by its author.
func (r *reader) readList(s, para string) bool {
	loc := reListLead.FindStringIndex(lowerKeep(s))
	if loc == nil {
		return false
	}
	found := 0
	for i := loc[1]; i < len(s); {
		open, start, end, after := nextQuote(s, i)
		if open < 0 {
			break
		}
		title := strings.TrimSpace(s[start:end])
		rest := s[after:]
		trimmed := strings.TrimLeft(rest, " ")
		i = after
		if !strings.HasPrefix(trimmed, "(") {
			// "“A” của TS X" is read as a sentence of its own below.
			continue
		}
		close := strings.IndexByte(trimmed, ')')
		if close < 0 {
			continue
		}
		inner := trimmed[1:close]
		i = after + (len(rest) - len(trimmed)) + close + 1
		ws := splitWords(inner)
		if len(ws) == 0 {
			continue
		}
		if m, _, ok := parseMention(inner, ws, 0); ok && !m.Short {
			if len(m.Positions) == 0 && m.Org == "" {
				// "(TS X, Học viện Y)": the organisation segment.
				if c := strings.Index(inner, ","); c >= 0 {
					m.Org = strings.TrimSpace(inner[c+1:])
				}
			}
			r.know(m)
			r.addContribution(m, title, para, s, false, false)
			found++
			continue
		}
		if orgStartSet.at(ws, 0) > 0 {
			r.addInstitution(strings.TrimSpace(inner), title, para, s)
			found++
		}
	}
	if found > 0 {
		r.presenting = true
	}
	return found > 0
}

func (r *reader) addContribution(m mention, title, para, evidence string, keynote, caption bool) {
	p := r.know(m)
	key := vi.Key(p.Name)
	if c := r.byPerson[key]; c != nil {
		// Another mention of a known presenter (a caption, a later
		// paragraph): fill what is missing, never count twice.
		if c.Title == "" && title != "" {
			c.Title = title
		}
		return
	}
	role := corpus.RoleSpeaker
	kind := corpus.KindPaper
	if keynote {
		role, kind = corpus.RoleKeynote, corpus.KindKeynote
	}
	p.Role = role
	c := &corpus.Contribution{Kind: kind, Title: title, Evidence: evidence}
	if !caption {
		c.Summary = para
	}
	c.Speaker = &corpus.Speaker{Name: p.Name}
	r.byPerson[key] = c
	r.contrib = append(r.contrib, c)
}

func (r *reader) addInstitution(org, title, para, evidence string) {
	key := "org:" + vi.Key(org)
	if r.byPerson[key] != nil {
		return
	}
	c := &corpus.Contribution{Kind: corpus.KindPaper, Title: title, Summary: para, Evidence: evidence}
	c.Affiliation = vi.Normalize(vi.Expand(org))
	if canon, ok := CanonicalAcademy(org); ok {
		c.Affiliation, c.Academy = canon, canon
	}
	r.byPerson[key] = c
	r.contrib = append(r.contrib, c)
}

// finish fills speakers' attributes from everything read about them, and
// the article's people, academies and topics.
func (r *reader) finish() {
	seenAcademy := map[string]bool{}
	addAcademy := func(name string) {
		if name != "" && !seenAcademy[name] {
			seenAcademy[name] = true
			r.a.Academies = append(r.a.Academies, name)
		}
	}
	for _, c := range r.contrib {
		if c.Speaker != nil {
			p := r.byKey[vi.Key(c.Speaker.Name)]
			c.Speaker.Name, c.Speaker.Rank, c.Speaker.Titles = p.Name, p.Rank, p.Titles
			c.Position = strings.Join(p.Positions, ", ")
			org := Affiliation(p.Org)
			if org == "" {
				org = Affiliation(c.Position)
			}
			if canon, ok := CanonicalAcademy(org); ok {
				c.Affiliation, c.Academy = canon, canon
			} else if org != "" {
				c.Affiliation = vi.Normalize(vi.Expand(org))
			}
		}
		c.Topics = Topics(c.Title + ". " + c.Summary)
		addAcademy(c.Academy)
		r.a.Contributions = append(r.a.Contributions, *c)
	}
	for _, p := range r.people {
		r.a.People = append(r.a.People, corpus.Participant{Name: p.Name, Rank: p.Rank, Titles: p.Titles,
			Positions: p.Positions, Role: p.Role})
		for _, pos := range append([]string{p.Org}, p.Positions...) {
			if canon, ok := CanonicalAcademy(Affiliation(pos)); ok {
				addAcademy(canon)
			}
		}
	}
	// Academies named anywhere in the text: the venue, attendees' units.
	for _, name := range academiesIn(r.a.Body) {
		addAcademy(name)
	}
	seenTopic := map[string]bool{}
	for _, c := range r.a.Contributions {
		for _, t := range c.Topics {
			if !seenTopic[t] {
				seenTopic[t] = true
				r.a.Topics = append(r.a.Topics, t)
			}
		}
	}
	if r.a.Event != nil {
		for _, t := range Topics(r.a.Event.Name) {
			if !seenTopic[t] {
				seenTopic[t] = true
				r.a.Topics = append(r.a.Topics, t)
			}
		}
	}
}

// academiesIn finds the gazetteer's academies written in a text, in any of
// their spellings. A name inside a longer one ("Học viện Chính trị" in
// "Học viện Chính trị Công an nhân dân") does not count.
func academiesIn(text string) []string {
	key := " " + vi.Key(text) + " "
	type span struct {
		start, end int
		name       string
	}
	var spans []span
	for _, a := range academyKeys {
		for off := 0; ; {
			i := strings.Index(key[off:], a.key)
			if i < 0 {
				break
			}
			spans = append(spans, span{off + i, off + i + len(a.key), a.name})
			off += i + 1
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out []string
	seen := map[string]bool{}
	for _, a := range spans {
		inside := false
		for _, b := range spans {
			if b.start <= a.start && a.end <= b.end && b.end-b.start > a.end-a.start {
				inside = true
				break
			}
		}
		if !inside && !seen[a.name] {
			seen[a.name] = true
			out = append(out, a.name)
		}
	}
	return out
}

// lowerKeep lower-cases s rune by rune where that keeps the byte length,
// so that offsets found in the result hold in s.
func lowerKeep(s string) string {
	return strings.Map(func(r rune) rune {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != utf8.RuneLen(r) {
			return r
		}
		return l
	}, s)
}
