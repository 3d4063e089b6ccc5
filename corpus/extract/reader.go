package extract

import (
	"regexp"
	"slices"
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
	words     []string // the words of the name, normalised, to find it again
	// aside is set when the person was first named as the one given an
	// award or thanked, or as the supervisor of a student's project: not
	// someone who took part.
	aside bool
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
	// unpresented are the people (key) and institutions (orgMatchKey)
	// whose paper the article says was not presented.
	unpresented map[string]bool
	// presenting is set once the article has said that papers were
	// presented, so that "Theo Đại tá X, ..." reports a contribution.
	presenting bool
	// discussing is set once the article has come to the papers or the
	// discussion, where who speaks contributes (see readRemark).
	discussing bool
	// sig is the signature of the words of sigText, the lower-cased
	// sentence being read.
	sig     wordSig
	sigText string
	forms   wordForms         // of the words of the article
	wordBuf []word            // the words last split by words
	wordsOf string            // the text wordBuf holds the words of
	keys    map[string]string // vi.Key of names and positions
	// asideOrgs are the organisations of people named who take no part:
	// co-authors, people cited (see dropCredits).
	asideOrgs []string
	// captionPeople are the people the captions introduce in full.
	captionPeople []*person
	// another is set while a sentence reports another paper of someone
	// who presented one already.
	another bool
	// hostStaff are the keys of presenters the article calls the host's
	// own ("các tham luận của cán bộ Nhà trường, gồm: …").
	hostStaff map[string]bool
	// abbrevs are the abbreviations the article defines (pageAbbrevs).
	abbrevs map[string]string
	// coauthors maps the key of a co-author listed after the first
	// author to the first author's name.
	coauthors map[string]string
}

func newReader(p *page, a *corpus.Article) *reader {
	return &reader{p: p, a: a, byKey: map[string]*person{}, byPerson: map[string]*corpus.Contribution{},
		forms: wordForms{}, keys: map[string]string{}}
}

// split splits s into words, with the forms the reader knows.
func (r *reader) split(s string) []word {
	return appendWords(nil, s, r.forms)
}

// key returns vi.Key(s), which the reader takes of the same names and
// positions again and again.
func (r *reader) key(s string) string {
	k, ok := r.keys[s]
	if !ok {
		k = vi.Key(s)
		r.keys[s] = k
	}
	return k
}

// words splits s into words. The result is only valid until the next call:
// the reader reuses it.
func (r *reader) words(s string) []word {
	if r.wordBuf != nil && r.wordsOf == s {
		return r.wordBuf // a sentence's rules ask for its words again
	}
	r.wordBuf = appendWords(r.wordBuf[:0], s, r.forms)
	r.wordsOf = s
	return r.wordBuf
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
	r.abbrevs = withPoliceCodes(r.pageAbbrevs(r.a.Body), r.a.Body)
	if r.readPaperPage(body) {
		r.finish()
		return
	}
	r.readEvent(body)
	// People a caption introduces and the text names only by a short
	// form ("Thượng tá Phước cho biết"): known for resolving, before the
	// captions are read as evidence.
	for _, c := range captions {
		for _, m := range findMentions(c, r.words(c), nil) {
			if !m.Short && r.byKey[r.key(m.Name)] == nil {
				r.captionPeople = append(r.captionPeople, &person{Name: m.Name})
			}
		}
	}
	for _, para := range body {
		for _, s := range sentences(para) {
			r.readSentence(s, para, false)
		}
	}
	for _, c := range captions {
		r.readSentence(c, c, true)
	}
	r.readProgramme(r.p.Paragraphs)
	r.finish()
}

// reProgrammeItem is a paper in a programme table, one cell a paragraph:
// "Tham luận: Title", its presenter in the next cell.
var reProgrammeItem = regexp.MustCompile(`^(?:Tham luận|Báo cáo|Báo cáo tham luận)\s*:\s*(.+)$`)

// readProgramme reads the papers of a programme table ("CHƯƠNG TRÌNH HỘI
// THẢO"): a cell "Tham luận: Title" followed by a cell that names a person
// ("KS. X, Giám đốc kỹ thuật, Công ty Y") or an institution ("Công an tỉnh
// Z"). A row without its presenter is left to the text.
func (r *reader) readProgramme(paras []string) {
	for i := 0; i+1 < len(paras); i++ {
		m := reProgrammeItem.FindStringSubmatch(paras[i])
		if m == nil {
			continue
		}
		title, cell := strings.TrimSpace(m[1]), paras[i+1]
		// "Báo cáo đề dẫn Hội thảo" is the keynote, with no title of its own.
		keynote := strings.HasPrefix(lowerKeep(title), "báo cáo đề dẫn") || strings.HasPrefix(lowerKeep(title), "đề dẫn")
		if keynote {
			title = ""
		}
		// Co-authors after a semicolon: the one the text has presenting
		// without a title yet, or else the first.
		first := r.presenterOf(cell)
		ws := r.split(first)
		if len(ws) == 0 || len(ws) > 25 {
			continue
		}
		if pm, _, ok := parseMention(first, ws, 0); ok && !pm.Short && !sentenceBreak(first[pm.End:]) {
			// The rest of the cell is the presenter's unit.
			if rest := strings.Trim(first[pm.End:], " ,"); rest != "" && len(pm.Positions) > 0 {
				pm.Positions[len(pm.Positions)-1] += ", " + rest
			} else if rest := strings.Trim(rest, "() "); rest != "" && orgStartSet.at(r.split(rest), 0) > 0 {
				pm.Org = rest // "TS X (Khoa Luật)"
			}
			if r.titled(r.key(pm.Name), title) || r.unpresented[r.key(pm.Name)] {
				continue // listed twice, or the text says not presented
			}
			r.another = title != "" // one presenter may have several rows
			r.addContribution(pm, title, cell, paras[i]+" — "+cell, keynote, false)
			r.another = false
			r.presenting = true
			continue
		}
		if orgStartSet.at(ws, 0) > 0 && len(ws) <= 12 && !strings.Contains(cell, ";") && !sentenceBreak(cell) {
			r.addInstitution(cell, title, cell, paras[i]+" — "+cell)
		}
	}
}

// presenterOf picks from a programme cell of co-authors ("TS A, Khoa X;
// ThS B, Khoa X") the one the text already has presenting a paper it gave
// no title, or else the first. The others are set aside: co-authors who
// did not present are no participants.
func (r *reader) presenterOf(cell string) string {
	authors := strings.Split(cell, ";")
	if len(authors) == 1 {
		return cell
	}
	chosen := 0
	names := make([]string, len(authors))
	for i, a := range authors {
		a = strings.TrimSpace(a)
		ws := r.split(a)
		if len(ws) == 0 {
			continue
		}
		if pm, _, ok := parseMention(a, ws, 0); ok && !pm.Short {
			names[i] = r.key(pm.Name)
			if c := r.byPerson[names[i]]; i > 0 && chosen == 0 && c != nil && c.Title == "" {
				chosen = i
			}
		}
	}
	for i, k := range names {
		if p := r.byKey[k]; i != chosen && p != nil {
			p.aside = true
		}
	}
	return strings.TrimSpace(authors[chosen])
}

// sentenceBreak reports whether s ends a sentence or a clause within it:
// a full stop before a space, a colon; not the dot of "TP.HCM".
func sentenceBreak(s string) bool {
	return strings.Contains(s, ". ") || strings.Contains(s, ":") || strings.HasSuffix(strings.TrimSpace(s), ".")
}

// isCaption recognises a photo caption that a plain text or a generic page
// left among the paragraphs: one short sentence that names a person first
// and says what they do in the picture, or only a name.
func (r *reader) isCaption(para string) bool {
	if runes(para) > 260 || len(sentences(para)) > 1 {
		return false
	}
	ws := r.words(para)
	if len(ws) == 0 {
		return false
	}
	m, next, ok := parseMention(para, ws, 0)
	if !ok || m.Short {
		return false
	}
	if next >= len(ws) {
		// Only a name, unless it is an author line: "Đại tá, TS X –
		// Học viện Y".
		return !strings.Contains(para, " – ") && !strings.Contains(para, " — ")
	}
	rest := lowerKeep(strings.TrimLeft(para[m.End:], " ,"))
	if strings.HasPrefix(rest, "trao đổi") && runes(para) > 120 {
		// Discusses at length: a report of the discussion, not a picture
		// of someone talking ("X (thứ hai từ trái sang) trao đổi …").
		return false
	}
	for _, v := range captionVerbs {
		if strings.HasPrefix(rest, v) {
			// "ThS X (unit) trình bày kết quả ước tính năng suất lúa … từ
			// chuỗi ảnh vệ tinh": what was presented, at length, with no
			// "tại" of a picture's place, is a report, not a caption.
			if (v == "trình bày" || v == "giới thiệu") && runes(rest) > 90 && !atEvent(rest) {
				return false
			}
			return true
		}
	}
	return false
}

// atEvent reports whether s places someone at the event: "tại hội
// thảo", "tại phiên toàn thể", "tại tọa đàm".
func atEvent(s string) bool {
	for _, w := range []string{"tại hội", "tại tọa", "tại toạ", "tại phiên", "tại diễn đàn", "tại seminar", "tại tiểu ban", "tại sự kiện", "tại chương trình"} {
		if strings.Contains(s, w) {
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
	for i := 0; i < len(para); i++ {
		// Only the runes below matter: look at the bytes they start with
		// (in UTF-8 no rune starts with a byte inside another).
		if !sentenceBytes[para[i]] {
			continue
		}
		r := rune(para[i])
		if r >= utf8.RuneSelf {
			r, _ = utf8.DecodeRuneInString(para[i:])
		}
		switch r {
		case '“', '«':
			depth++
		case '”', '»':
			if depth > 0 {
				depth--
			}
		case '.', '!', '?', '…':
			if depth > 0 {
				continue
			}
			// The mark must be followed by a space and an upper-case letter.
			after := i + utf8.RuneLen(r)
			if after >= len(para) || para[after] != ' ' {
				continue
			}
			if next, n := utf8.DecodeRuneInString(para[after+1:]); n == 0 || !isUpperRune(next) {
				continue
			}
			if isAbbrevBeforeDot(lastWord(para[start:i])) || rankBeforeTitle(para[start:i], para[after+1:]) {
				continue
			}
			out = append(out, strings.TrimSpace(para[start:after]))
			start = after + 1
		}
	}
	if rest := strings.TrimSpace(para[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// rankBeforeTitle reports whether a dot stands between a rank and an
// academic title, a way some write "Thượng tá. TS Nguyễn Thị A": before
// is the sentence up to the dot, after the text after it and its space.
func rankBeforeTitle(before, after string) bool {
	w := lastWord(before)
	switch strings.ToLower(w) {
	case "tá", "úy", "uý", "tướng":
	default:
		return false
	}
	titles, _ := vi.CutTitles(after)
	return len(titles) > 0
}

// sentenceBytes marks the first bytes of the runes sentences looks at.
var sentenceBytes = func() (set [256]bool) {
	for _, r := range ".!?“”«»…" {
		set[string(r)[0]] = true
	}
	return set
}()

var abbrevBeforeDot = wordSet(`TP Tp TS ThS GS PGS BS CN KS DS Th St Mr Ms Dr Prof Assoc Co Ltd v.v CKI CKII TSKH NCS BSCKI BSCKII BSCK1 BSCK2 BSNT NGƯT NGND`)

// isAbbrevBeforeDot reports whether a dot after w ends an abbreviation,
// not a sentence: "TS." and the last of joined titles, "PGS.TS." or
// "ThS.BS.".
func isAbbrevBeforeDot(w string) bool {
	if abbrevBeforeDot[w] {
		return true
	}
	if i := strings.LastIndexByte(w, '.'); i >= 0 {
		return abbrevBeforeDot[w[i+1:]]
	}
	return false
}

// lastWord returns the last white-space separated word of s without its
// punctuation.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, isSpace)
	if i := strings.LastIndexFunc(s, isSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	return strings.Trim(s, punct)
}

func isUpperRune(r rune) bool { return isUpperWord(string(r)) }

// know records a mention and returns the person it names.
func (r *reader) know(m mention) *person {
	k := r.key(m.Name)
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
	// "Prof. X (Chulalongkorn University, Thailand)", then on a
	// bilingual page "GS. X (Đại học Chulalongkorn, Thái Lan)": the
	// Vietnamese name.
	if p.Org == "" || m.Org != "" && englishOrg(p.Org) && !englishOrg(m.Org) {
		p.Org = m.Org
	}
	for _, pos := range m.Positions {
		// "Thứ trưởng" in a later mention repeats "Thứ trưởng Bộ Công an".
		if !r.containsPrefixKey(p.Positions, pos) {
			p.Positions = append(p.Positions, pos)
		}
	}
	return p
}

// containsPrefixKey reports whether the key of s starts the key of an
// entry of list.
func (r *reader) containsPrefixKey(list []string, s string) bool {
	k := r.key(s)
	for _, x := range list {
		if strings.HasPrefix(r.key(x), k) {
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
	reModerator = keywords{"điều hành", "điều phối", "dẫn dắt", "chủ tọa", "chủ toạ"}
	reAttend    = keywords{"đến dự", "tham dự", "dự hội", "dự tọa", "dự toạ", "dự diễn", "có mặt", "về dự", "dự buổi", "dự phiên", "dự chương"}
	reOpening   = keywords{"khai mạc"}
	reClosing   = keywords{"bế mạc", "kết luận hội", "kết luận tọa", "kết luận toạ", "kết luận diễn", "kết luận phiên",
		"kết luận buổi", "kết luận,", "phát biểu kết luận", "tổng kết hội", "phát biểu tổng kết", "phát biểu kết thúc",
		"phát biểu cuối chương trình", "cuối chương trình,"}
	reKeynote = keywords{"đề dẫn", "báo cáo chính", "keynote"}
	rePaper   = keywords{"tham luận", "báo cáo khoa học", "bài viết", "chuyên đề", "diễn giả", "báo cáo viên",
		"trình bày chủ đề", "với chủ đề", "trình bày báo cáo", "trình bày đề tài", "với báo cáo", "có báo cáo", "trình bày trực tuyến",
		"giới thiệu báo cáo", "chia sẻ báo cáo", "bài trình bày"}
	reTitleLead = newEndPattern(`(?:(?:tham luận|báo cáo tham luận|bài tham luận|bài trình bày|phần trình bày|chủ đề|đề tài|chuyên đề|báo cáo|bài viết|báo cáo chính|keynote)\s*(?:thứ\s+(?:hai|ba)\s*)?(?:(?:có|với|mang)\s+(?:tên|tiêu đề|tựa đề|nhan đề|chủ đề)|về|nhan đề|tiêu đề)?|trình bày\s+(?:với|có)\s+(?:tiêu đề|tựa đề|nhan đề)|(?:với|có|mang)\s+(?:tên|tiêu đề|tựa đề|nhan đề))\s*:?\s*$`)
)

// An endPattern is a regular expression that matches at the end of a
// text only ($), written with literals, \s and operators only, such as
// "(?:a|b)\s*$". A match is then made of runes written in the expression
// and white space, and it is looked for in the longest tail of the text
// made of those only, not in the whole text.
type endPattern struct {
	*regexp.Regexp
	runes map[rune]bool // written in the expression, and white space
}

func newEndPattern(expr string) endPattern {
	p := endPattern{regexp.MustCompile(expr), map[rune]bool{}}
	for _, r := range expr + "\t\n\f\r " {
		p.runes[r] = true
	}
	return p
}

// tail returns where the longest tail of s made of the runes of p starts:
// where a match of p in s may start at the earliest.
func (p endPattern) tail(s string) int {
	return len(strings.TrimRightFunc(s, func(r rune) bool { return p.runes[r] }))
}

// MatchString reports whether p matches s.
func (p endPattern) MatchString(s string) bool {
	return p.Regexp.MatchString(s[p.tail(s):])
}

// FindStringIndex returns where the match of p in s is, nil when there
// is none.
func (p endPattern) FindStringIndex(s string) []int {
	t := p.tail(s)
	loc := p.Regexp.FindStringIndex(s[t:])
	if loc == nil {
		return nil
	}
	return []int{t + loc[0], t + loc[1]}
}

// ReplaceAllString returns s with the match of p replaced by repl.
func (p endPattern) ReplaceAllString(s, repl string) string {
	t := p.tail(s)
	return s[:t] + p.Regexp.ReplaceAllString(s[t:], repl)
}

// may reports whether one of the phrases may occur in lower: false only
// when lower is the sentence being read and the first word of none of
// them is in it.
func (r *reader) may(phrases []string, lower string) bool {
	return lower != r.sigText || r.sig.mayHave(phrases)
}

// find returns the matches of k in lower, skipping the search when lower is
// the sentence being read and the signature of its words rules k out.
func (r *reader) find(k keywords, lower string) [][]int {
	if !r.may(k, lower) {
		return nil
	}
	return k.FindAllStringIndex(lower, -1)
}

// keywords is a set of phrases found by plain substring search.
type keywords []string

// FindAllStringIndex returns the non-overlapping matches of any keyword in
// s, in order (the longest keyword wins at one position).
func (k keywords) FindAllStringIndex(s string, _ int) [][]int {
	var out [][]int
	// next[j] is where k[j] occurs first at or after the last match, -1
	// when it does not: each keyword is looked for again only once the
	// matches have gone past it.
	var buf [16]int
	next := k.firstIndexes(s, buf[:0])
	for i := 0; ; {
		start, end := -1, -1
		for j, w := range k {
			if next[j] >= 0 && next[j] < i {
				if n := strings.Index(s[i:], w); n >= 0 {
					next[j] = i + n
				} else {
					next[j] = -1
				}
			}
			if p := next[j]; p >= 0 && (start < 0 || p < start || p == start && p+len(w) > end) {
				start, end = p, p+len(w)
			}
		}
		if start < 0 {
			break
		}
		out = append(out, []int{start, end})
		i = end
	}
	return out
}

// firstIndexes appends to dst where each keyword occurs first in s, -1
// when it does not. Keywords that start with the same word are looked for
// from where the word is, and not at all when it is not there.
func (k keywords) firstIndexes(s string, dst []int) []int {
	type firstWord struct {
		word string
		at   int
	}
	var buf [16]firstWord
	firsts := buf[:0]
	for _, w := range k {
		word, _, _ := strings.Cut(w, " ")
		i := slices.IndexFunc(firsts, func(f firstWord) bool { return f.word == word })
		if i < 0 {
			firsts = append(firsts, firstWord{word, strings.Index(s, word)})
			i = len(firsts) - 1
		}
		at := firsts[i].at
		if at >= 0 {
			if n := strings.Index(s[at:], w); n >= 0 {
				at += n
			} else {
				at = -1
			}
		}
		dst = append(dst, at)
	}
	return dst
}

// reCredit ends the text before a photographer's or writer's name:
// "(Ảnh: Đại úy X)", "Tin, ảnh: X".
var reCredit = regexp.MustCompile(`(?:^|[\s(\[|–-])(?:ảnh|tin|bài|tin và ảnh|tin, ảnh|bài và ảnh|bài, ảnh|ảnh và bài|nguồn ảnh|tác giả ảnh|gvhd|người hướng dẫn|giảng viên hướng dẫn)\s*:\s*$`)

// reCoauthor ends the text before a co-author named as such.
var reCoauthor = regexp.MustCompile(`(?:^|[\s,(])đồng tác giả(?: [^,.;:]{0,30})? (?:là|gồm)\s*$|(?:^|[\s,(])đồng tác giả\s*:\s*$|(?:^|[\s,(])(?:là )?đồng tác giả (?:với|cùng)\s*$`)

// reThen starts what follows the name of someone cited from the past.
var reThen = regexp.MustCompile(`^\s*[,(]\s*(?:khi đó|lúc đó|khi ấy|lúc ấy)[\s,]`)

// dropCredits removes the mentions of photographers and writers credited
// for the article or a picture, a name alone after "Ảnh:", co-authors
// named as such and people cited from the past: they are not
// participants. sig is the signature of the words of lower.
func dropCredits(lower string, sig *wordSig, ms []mention, asideOrgs *[]string) []mention {
	colon := strings.Contains(lower, ":")
	coauthor := sig.has("đồng") && strings.Contains(lower, "đồng tác giả")
	then := (sig.has("đó") || sig.has("ấy")) &&
		(strings.Contains(lower, "khi đó") || strings.Contains(lower, "lúc đó") || strings.Contains(lower, " ấy"))
	if !colon && !coauthor && !then {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		// "Đồng tác giả nghiên cứu là PGS X": a co-author who did not
		// present; "GS Y, khi đó là Viện trưởng …": someone cited from
		// the past.
		if coauthor && reCoauthor.MatchString(lower[max(0, m.Start-60):m.Start]) || then && reThen.MatchString(lower[m.End:min(len(lower), m.End+16)]) {
			// Their organisations are still mentioned.
			*asideOrgs = append(*asideOrgs, m.Org)
			*asideOrgs = append(*asideOrgs, m.Positions...)
			continue
		}
		from := max(0, m.Start-24)
		// A credit is the name alone: "Ảnh: X trình bày tham luận" is a
		// caption.
		if !colon || !strings.Contains(lower[from:m.Start], ":") {
			out = append(out, m)
			continue
		}
		rest := strings.TrimSpace(lower[m.End:])
		alone := rest == "" || strings.ContainsAny(rest[:1], ")]|-/.;,")
		if !alone || !reCredit.MatchString(lower[from:m.Start]) {
			out = append(out, m)
		}
	}
	return out
}

// reFromOrg is an organisation written before the person it belongs to:
// "Đến từ Trường Đại học X, TS Y chia sẻ …", "Đại diện Viện X, ông Y …".
var reFromOrg = regexp.MustCompile(`(?:^|[,;:]\s*)(?:đến từ|đại diện cho|đại diện) ([^;:“"”]{4,160}),\s*$`)

// groupOrg gives the members of a group of authors named with its
// organisation the organisation, when they have none of their own:
// "Nhóm tác giả Trường ĐH Luật TP.HCM gồm ThS A và TS B có báo cáo …".
func groupOrg(s, lower string, ms []mention) {
	for _, lead := range []string{"nhóm tác giả ", "nhóm nghiên cứu "} {
		i := strings.Index(lower, lead)
		if i < 0 {
			continue
		}
		rest := strings.TrimPrefix(lower[i+len(lead):], "của ")
		start := len(lower) - len(rest)
		g := strings.Index(rest, " gồm")
		if g <= 0 || g > 160 || strings.ContainsAny(rest[:g], ",;:“\"") {
			continue
		}
		org := strings.TrimSpace(s[start : start+g])
		if ws := splitWords(org); len(ws) < 2 || !isUpperWord(ws[0].Text) || orgStartSet.at(ws, 0) == 0 {
			continue
		}
		prev := start + g + len(" gồm")
		for k := range ms {
			m := &ms[k]
			if m.Start < prev {
				continue
			}
			gap := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lower[prev:m.Start]), "có"))
			if gap != "" && gap != ":" && gap != "," && gap != "và" && gap != ";" {
				break
			}
			if m.Org == "" && len(m.Positions) == 0 {
				m.Org = org
			}
			prev = m.End
		}
		return
	}
}

// orgBefore gives a mention with no organisation of its own the one
// written just before it, after "đến từ" or "đại diện".
func orgBefore(s, lower string, ms []mention) {
	if !strings.Contains(lower, "đến từ") && !strings.Contains(lower, "đại diện") {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Org != "" || len(m.Positions) > 0 {
			continue
		}
		from := 0
		if i > 0 {
			from = ms[i-1].End
		}
		if m.Start < from {
			continue
		}
		loc := reFromOrg.FindStringSubmatchIndex(lower[from:m.Start])
		if loc == nil {
			continue
		}
		org := strings.TrimSpace(s[from+loc[2] : from+loc[3]])
		// Every part is an organisation: "Trường X, Đại học Y".
		ok := true
		for _, part := range strings.Split(org, ",") {
			ws := splitWords(part)
			ok = ok && len(ws) > 1 && isUpperWord(ws[0].Text) && orgStartSet.at(ws, 0) > 0
		}
		if ok {
			m.Org = org
		}
	}
}

// readSentence reads the people, roles and contributions of one sentence.
func (r *reader) readSentence(s, para string, caption bool) {
	known := r.people
	if len(r.captionPeople) > 0 {
		known = append(slices.Clip(known), r.captionPeople...)
	}
	ms := outsideQuotes(s, findMentions(s, r.words(s), known))
	lower := lowerKeep(s)
	r.sig, r.sigText = sigOf(lower), lower
	ms = dropCredits(lower, &r.sig, ms, &r.asideOrgs)
	orgBefore(s, lower, ms)
	if len(ms) > 0 {
		positionFirst(s, r.words(s), ms)
	}
	if r.may([]string{"nhóm"}, lower) {
		groupOrg(s, lower, ms)
	}
	if !r.discussing && r.may(discussionWords, lower) && len(discussionWords.FindAllStringIndex(lower, 1)) > 0 {
		r.discussing = true
	}
	// Who is named here for the first time.
	fresh := make([]bool, len(ms))
	for i, m := range ms {
		fresh[i] = r.byKey[r.key(m.Name)] == nil
	}
	var papers [][]int
	if r.may(rePaper, lower) {
		papers = rePaper.FindAllStringIndex(lower, -1)
	}
	papers = append(papers, projectMatches(s, lower)...)
	sort.Slice(papers, func(i, j int) bool { return papers[i][0] < papers[j][0] })
	keynotes := r.keynoteMatches(lower)
	keynote := len(keynotes) > 0
	if len(papers) > 0 || keynote {
		if len(ms) == 0 && strings.Contains(lower, "trình bày") {
			r.presenting = true
		}
	}
	title := ""
	// Who is the subject of a role verb: the nearest mention before it, or
	// after "của" ("dưới sự chủ trì của ...").
	presided := false   // someone chairs or moderates in this sentence
	var presiders []int // where the mentions of who presides start
	roleOf := func(re keywords, role string) {
		if !r.may(re, lower) {
			return
		}
		for _, loc := range verbMatches(re, s, lower) {
			if m := subject(s, ms, loc); m != nil {
				for _, c := range coordinated(s, ms, m) {
					r.setRole(r.know(c), role)
					if role == corpus.RoleChair || role == corpus.RoleModerator {
						presiders = append(presiders, c.Start)
					}
				}
				presided = presided || role == corpus.RoleChair || role == corpus.RoleModerator
			}
		}
	}
	// Roles are only looked for when someone may have them.
	if len(ms) > 0 {
		at := r.honourAt(lower)
		for i, m := range ms {
			p := r.know(m)
			if fresh[i] && (at >= 0 && m.Start > at || supervises(lower, m) || cited(lower, m)) {
				p.aside = true
			}
		}
		if attends := r.find(reAttend, lower); len(attends) > 0 && len(papers) == 0 {
			loc := attends[0]
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
	}

	if presided && (r.may(reModerator, lower) && verbMatches(reModerator, s, lower) != nil || len(papers) == 0) {
		// Who presides presents nothing here; the others may: "Dưới sự
		// điều hành của X, Thiếu tá Y trình bày tham luận …".
		var others []mention
		var otherFresh []bool
		for i, m := range ms {
			if !slices.Contains(presiders, m.Start) {
				others, otherFresh = append(others, m), append(otherFresh, fresh[i])
			}
		}
		if len(others) == 0 {
			return
		}
		ms, fresh = others, otherFresh
	}
	// "các đại biểu đã nghe các tham luận:" opens a list of items.
	if strings.HasSuffix(strings.TrimSpace(lower), ":") && rePapersListed.MatchString(lower) {
		r.presenting = true
	}
	if r.presenting && (r.readTitleDash(s, ms, para) || r.readTitleParen(s, ms, para)) {
		return
	}
	if list := r.readList(s, lower, para); list {
		return
	}
	locs := singlePapers(lower, papers)
	if keynote {
		locs = keynotes
	}
	if at := r.honourAt(lower); at >= 0 {
		// "Ban Tổ chức trao Giải thưởng về đề tài “T”; giải A thuộc về
		// tiểu thuyết của nhà văn X": an award's subject, not a paper.
		locs = slices.DeleteFunc(slices.Clone(locs), func(loc []int) bool { return loc[0] > at })
	}
	r.another = anotherPaper(lower)
	if r.readSeveralPapers(s, lower, para, ms) {
		return
	}
	if r.readRespectively(s, lower, ms, para) {
		return
	}
	if r.readPapersOf(s, lower, ms, para) {
		return
	}
	if !caption && r.readParenPresenter(s, lower, para, ms) {
		r.presenting = true
		return
	}
	if !caption && r.readOrgPapersOf(s, lower, para, ms) {
		r.presenting = true
		return
	}
	owned := !caption && !keynote && r.readOwnedPaper(s, lower, para, ms)
	if heard := !caption && r.readPresentedBy(s, lower, para, ms, keynote); owned || heard {
		r.presenting = true
		return
	}
	if len(locs) == 0 && !caption && r.presenting && strings.HasPrefix(lower, "báo cáo của ") {
		// "Báo cáo của Trung tâm Y tế huyện X giới thiệu mô hình …",
		// once reports are being presented.
		if org, _ := r.creditedOrg(s, lower, 0); org != "" {
			r.addInstitution(org, "", para, s)
			return
		}
	}
	if len(locs) > 0 {
		if !keynote && r.may(reClosing, lower) && verbMatches(reClosing, s, lower) != nil {
			// "Kết luận Hội thảo, X đánh giá cao các tham luận": the
			// closing speech, not a paper.
			return
		}
		// "…, đại diện Sở X chia sẻ kết quả …; TS Y trình bày tham luận
		// …": a remark of an institution in the clause before the paper.
		if semi := strings.IndexByte(s, ';'); !caption && semi > 0 && semi < locs[0][0] && strings.Contains(lower[:semi], "đại diện") {
			var before []mention
			for _, m := range ms {
				if m.End <= semi {
					before = append(before, m)
				}
			}
			clause := s[:semi]
			r.readOrgRemark(clause, lower[:semi], para, r.words(clause), before)
		}
		// "tham luận của X ... và tham luận của Y": one paper each.
		found := false
		for _, loc := range locs {
			if !strings.HasPrefix(lower[loc[1]:], " của ") {
				continue
			}
			inParens := loc[0] > 0 && lower[loc[0]-1] == '('
			for k, m := range ms {
				// "tham luận của (đồng chí) X".
				if m.Start >= loc[1] && ofWhom(lower[loc[1]:m.Start]) {
					title := quotedAfter(s, m.End)
					if title == "" {
						title = quotedBeforeIs(s, loc[0])
					}
					r.addContribution(m, title, para, s, keynote, caption)
					found = true
					// "(tham luận của TS A, Học viện X; ThS B, Khoa Luật,
					// ĐHQGHN)": one paper each, in the parentheses; "tham
					// luận của A, position và B, position": one each.
					for prev := m; k+1 < len(ms); k++ {
						next := ms[k+1]
						gap := strings.TrimSpace(s[prev.End:next.Start])
						if next.Short || !(inParens && gap == ";" || gap == "và" || gap == "và đồng chí" || topicThenOf(gap)) {
							break
						}
						r.addContribution(next, "", para, s, keynote, caption)
						prev = next
					}
				}
			}
		}
		if found {
			r.presenting = true
			return
		}
		// Each mention of a paper in turn, until one names its presenter;
		// then each clause after a semicolon may name one more: "TS X
		// (org) với báo cáo “A”; ThS Y (org) với báo cáo “B”".
		semi := -1 // the semicolon after the last presenter found
		for _, loc := range locs {
			if found && (semi < 0 || loc[0] < semi) {
				continue
			}
			title = quotedAfter(s, loc[1])
			if m := r.speakerOf(s, ms, loc, title); m != nil && m.Start > semi {
				// "Nhóm tác giả ThS A và PGS.TS B (Khoa X) có báo cáo “T”":
				// the group's first author presents, the others wrote it.
				if first := groupFirst(lower, ms, *m); first != nil {
					r.setAsideAuthors(ms, first.End, *m)
					r.setAsideCoauthor(m.Name)
					m = first
				}
				if title == "" && m.Start > loc[1] {
					// "Tham luận của đoàn X do TS Y, position, trình bày
					// với tựa đề “T”": the title after the presenter.
					title = quotedAfter(s, m.End)
				}
				if title == "" {
					// "Báo cáo viên đầu tiên, TS X cập nhật … với báo cáo
					// “T”": a later keyword of the same clause titles it.
					for _, next := range locs {
						if next[0] > m.End && !strings.ContainsRune(s[m.End:next[0]], ';') {
							if title = quotedAfter(s, next[1]); title != "" {
								break
							}
						}
					}
				}
				r.addContribution(*m, title, para, s, keynote, caption)
				r.coauthorInParens(s, ms, *m)
				r.presenting = true
				found = true
				semi = -1
				if i := strings.IndexByte(s[loc[1]:], ';'); i >= 0 {
					semi = loc[1] + i
				}
			}
		}
		if found {
			// "…; ThS.BS H’Nhi Niê, giảng viên Bộ môn Nhi báo cáo về …":
			// a clause after a semicolon whose subject speaks.
			if semi >= 0 && !caption {
				var after []mention
				var afterFresh []bool
				for i, m := range ms {
					if m.Start > semi {
						after, afterFresh = append(after, m), append(afterFresh, fresh[i])
					}
				}
				r.readRemark(s, lower, para, r.words(s), after, afterFresh)
			}
			return
		}
		if !caption && len(ms) == 0 && r.readPronounTitle(s, para, locs[0]) {
			r.presenting = true
			return
		}
		if !caption && len(ms) == 0 && r.readOrgSubject(s, lower, para) {
			r.presenting = true
			return
		}
		// "Tham luận của Trường X", the title after the first keyword.
		if !caption {
			if org, end := r.creditedOrg(s, lower, 0); org != "" {
				r.addInstitution(org, quotedAfter(s, locs[0][1]), para, s)
				// "… tham luận của Khoa X và tham luận của Công ty Y".
				for org != "" {
					if org, end = r.creditedOrg(s, lower, end); org != "" {
						r.addInstitution(org, "", para, s)
					}
				}
				r.presenting = true
				return
			}
			// "Đại diện Học viện X trình bày tham luận về …".
			if r.readOrgRemark(s, lower, para, r.words(s), ms) {
				r.presenting = true
				return
			}
		}
		// "“…”, trung tá X, position, chia sẻ khi giới thiệu tham luận
		// về …": the paper named after the speaker's verb.
		if !caption && (r.presenting || r.discussing) && r.readRemark(s, lower, para, r.words(s), ms, fresh) {
			// "X chia sẻ kinh nghiệm qua bài trình bày “T”": the title
			// after the one paper keyword is the speaker's.
			if c := r.contrib[len(r.contrib)-1]; len(locs) == 1 && c.Title == "" && c.Summary == para {
				c.Title = quotedAfter(s, locs[0][1])
			}
			r.presenting = true
			return
		}
		if !caption && strings.Contains(lower, "trình bày") || strings.Contains(lower, "các tham luận") {
			r.presenting = true
		}
		return
	}
	if caption && r.readCaptionRemark(s, lower, para, ms) {
		return
	}
	if !caption && rePresentingOpener.MatchString(lower) {
		r.presenting = true
	}
	if !caption && (r.presenting || r.discussing) {
		ws := r.words(s)
		if r.readRemark(s, lower, para, ws, ms, fresh) || r.readOrgRemark(s, lower, para, ws, ms) || r.readShareOf(s, lower, para, ms) {
			return
		}
	}
	// "Theo Thiếu tướng X, ..." once papers are being presented or the
	// panel discusses.
	if !caption && (r.presenting || r.discussing) && len(ms) > 0 && ms[0].Start <= 5 && strings.HasPrefix(lower, "theo ") {
		m := ms[0]
		if p := r.byKey[r.key(m.Name)]; p != nil && p.Role != corpus.RoleChair && p.Role != corpus.RoleModerator {
			r.addContribution(m, "", para, s, false, false)
			return
		}
	}
	if !caption && (r.presenting || r.discussing) {
		r.readAccording(s, lower, para, ms)
	}
}

// coauthorOf records that name wrote first's paper with first.
func (r *reader) coauthorOf(name, first string) {
	if r.coauthors == nil {
		r.coauthors = map[string]string{}
	}
	r.coauthors[r.key(name)] = first
}

// setAsideAuthors sets aside (setAsideCoauthor) the authors named from
// byte from up to the presenter, who presented their paper.
func (r *reader) setAsideAuthors(ms []mention, from int, presenter mention) {
	for _, o := range ms {
		if o.Start >= from && o.End <= presenter.Start && r.key(o.Name) != r.key(presenter.Name) {
			r.setAsideCoauthor(o.Name)
		}
	}
}

// groupFirst returns the first author of a group named before m and
// joined to it by "và": "nhóm tác giả ThS A và PGS.TS B", or nil.
func groupFirst(lower string, ms []mention, m mention) *mention {
	for i := range ms {
		if ms[i].End > m.Start {
			break
		}
		if strings.TrimSpace(lower[ms[i].End:m.Start]) == "và" && strings.HasSuffix(strings.TrimSpace(lower[:ms[i].Start]), "nhóm tác giả") {
			return &ms[i]
		}
	}
	return nil
}

// setAsideCoauthor leaves a co-author out of the participants, unless
// the article has them presenting a paper of their own.
func (r *reader) setAsideCoauthor(name string) {
	if p := r.byKey[r.key(name)]; p != nil && r.byPerson[r.key(name)] == nil {
		p.aside = true
	}
}

// coauthorInParens reads a co-author joined to the presenter m inside
// the parentheses that open with m: "“T” (ThS A và ThS B, Khoa X)". B
// wrote the paper with A, who presents it; the unit after B is A's too,
// and B is no participant.
func (r *reader) coauthorInParens(s string, ms []mention, m mention) {
	if !strings.HasPrefix(s[m.Start:], "(") && !strings.HasSuffix(strings.TrimSpace(s[:m.Start]), "(") {
		return
	}
	for _, n := range ms {
		if n.Start <= m.End || n.Short || strings.TrimSpace(s[m.End:n.Start]) != "và" {
			continue
		}
		if p := r.byKey[r.key(m.Name)]; p != nil && len(p.Positions) == 0 && p.Org == "" {
			p.Positions = append(p.Positions, n.Positions...)
			p.Org = n.Org
		}
		r.setAsideCoauthor(n.Name)
		return
	}
}

// reOrgPresents is what an institution does that presents a paper, after
// its name: "đã có tham luận", "gửi tham luận", "trình bày tham luận".
var reOrgPresents = regexp.MustCompile(`^\s*(?:(?:đã|cũng|đều)\s+)*(?:có|gửi|trình bày|đóng góp)\s+(?:bài\s+)?(?:tham luận|báo cáo tham luận)`)

// readOrgSubject reads an institution that is the subject of its clause
// and presents a paper: "Là đơn vị trực tiếp chiến đấu, Phòng Cảnh sát
// hình sự Công an tỉnh đã có tham luận chia sẻ kinh nghiệm."
func (r *reader) readOrgSubject(s, lower, para string) bool {
	start := 0
	if c := strings.LastIndex(lower, ", "); c > 0 {
		// The clause after the opening phrase, if the phrase says nothing
		// of another role.
		if r.opensClause(s, lower, c+2) {
			start = c + 2
		}
	}
	for _, at := range []int{0, start} {
		org, end := r.orgNameAt(s, at)
		if org == "" || !reOrgPresents.MatchString(lower[end:]) {
			continue
		}
		loc := reOrgPresents.FindStringIndex(lower[end:])
		r.addInstitution(org, quotedAfter(s, end+loc[1]), para, s)
		return true
	}
	return false
}

// ofWhom reports whether the words between a paper keyword and a person
// say whose paper it is: " của ", " của đồng chí ".
func ofWhom(between string) bool {
	switch strings.TrimSpace(between) {
	case "của", "của đồng chí", "của đ/c":
		return true
	}
	return false
}

// pronouns stand for the speaker the sentence before named.
var pronouns = []string{"anh ", "chị ", "ông ", "bà ", "đồng chí ", "tác giả ", "thầy ", "cô "}

// readPronounTitle reads the title of the paper of the speaker the
// sentence before named, with a pronoun for the subject: "… – theo Trung
// tá X, giảng viên Khoa Luật. Với tham luận “T”, chị đề xuất …". It gives
// the title to that speaker's contribution, in the same paragraph and
// still untitled.
func (r *reader) readPronounTitle(s, para string, loc []int) bool {
	if len(r.contrib) == 0 {
		return false
	}
	last := r.contrib[len(r.contrib)-1]
	if last.Speaker == nil || last.Title != "" || last.Summary != para {
		return false
	}
	title := quotedAfter(s, loc[1])
	if title == "" {
		return false
	}
	i := strings.Index(s[loc[1]:], title)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(s[loc[1]+i+len(title):], "”\"»' ,")
	rest = strings.TrimPrefix(rest, "của ") // "Bài tham luận “T” của anh khẳng định"
	for _, p := range pronouns {
		if strings.HasPrefix(rest, p) {
			last.Title = title
			return true
		}
	}
	return false
}

// rePapersListed says that papers are listed next: "các tham luận:", "5
// báo cáo chuyên đề:".
var rePapersListed = regexp.MustCompile(`(?:các|những|\d+)\s+(?:bài\s+)?(?:tham luận|báo cáo|chuyên đề)`)

// rePresentingOpener is an opening phrase that says the sentence reports a
// paper: "Báo cáo tại Hội thảo, TS X cho biết …", "Chia sẻ tại tọa đàm,
// ông Y …".
var rePresentingOpener = regexp.MustCompile(`^(?:báo cáo|chia sẻ|trình bày|tham luận|phát biểu tham luận) tại (?:hội thảo|hội nghị|tọa đàm|toạ đàm|diễn đàn|phiên|tiểu ban)[^,]{0,40},`)

// projectMatches returns where a research project ("đề tài") is named as
// what someone presents: "trình bày đề tài", "báo cáo đề tài", "với đề
// tài", or "đề tài" followed by its quoted title. Alone, "đề tài" is a
// project in general ("đề tài khoa học cấp Bộ"). lower is lowerKeep(s).
func projectMatches(s, lower string) [][]int {
	var out [][]int
	for i := 0; ; {
		k := strings.Index(lower[i:], "đề tài")
		if k < 0 {
			return out
		}
		loc := []int{i + k, i + k + len("đề tài")}
		i = loc[1]
		if rePaper.FindAllStringIndex(lower[max(0, loc[0]-len("trình bày ")):loc[1]], -1) != nil {
			continue // "trình bày đề tài" is a paper keyword already
		}
		open, _, _, _ := nextQuote(s, loc[1])
		quoted := open >= 0 && strings.TrimSpace(s[loc[1]:open]) == ""
		if quoted || strings.HasSuffix(lower[:loc[0]], "báo cáo ") || strings.HasSuffix(lower[:loc[0]], "với ") {
			out = append(out, loc)
		}
	}
}

// outsideQuotes returns the mentions of ms not written inside a closed
// quotation: a person named in the title of a paper or an event ("Di chúc
// của Chủ tịch Hồ Chí Minh") or in a quoted saying is cited, and takes no
// part.
func outsideQuotes(s string, ms []mention) []mention {
	if len(ms) == 0 || quoteOpeners.index(s) < 0 {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		inside := false
		for i := 0; i < len(s); {
			open, start, end, after := nextQuote(s, i)
			if open < 0 || open > m.Start || end == len(s) {
				break
			}
			if m.Start >= start && m.End <= end {
				inside = true
				break
			}
			i = after
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// keynoteMatches returns the keynote keywords in lower: "đề dẫn", "báo
// cáo chính" as a whole word ("báo cáo chính trị" is a political report).
func (r *reader) keynoteMatches(lower string) [][]int {
	var out [][]int
	for _, loc := range r.find(reKeynote, lower) {
		if r, _ := utf8.DecodeRuneInString(lower[loc[1]:]); unicode.IsLetter(r) {
			continue
		}
		out = append(out, loc)
	}
	return out
}

// honourVerbs give an award or thanks; honours are what is given.
var (
	honourVerbs = keywords{"tặng", "trao", "khen thưởng", "cảm ơn", "tri ân"}
	honours     = keywords{"khen", "kỷ niệm chương", "huân chương", "huy chương", "giải", "cảm ơn", "tri ân"}
)

// honourAt returns where an award or thanks is given in lower ("Giám đốc
// trao Giấy khen cho …", "Ban Tổ chức cảm ơn bác sĩ X"), or -1: who is
// named after it is honoured, and did not take part for that alone.
func (r *reader) honourAt(lower string) int {
	if !r.may(honourVerbs, lower) {
		return -1
	}
	v := honourVerbs.FindAllStringIndex(lower, 1)
	if v == nil || honours.FindAllStringIndex(lower, 1) == nil {
		return -1
	}
	return v[0][0]
}

// supervises reports whether m is named as the supervisor of a project:
// "sinh viên X trình bày đề tài “…”, do TS Y hướng dẫn". lower is the
// sentence in lowerKeep form.
func supervises(lower string, m mention) bool {
	return strings.HasSuffix(lower[:m.Start], "do ") && strings.HasPrefix(lower[m.End:], " hướng dẫn")
}

// cited reports whether m names someone whose words or thought are cited,
// not a participant: after "của", by a position alone and nothing more
// ("tư tưởng của Chủ tịch Hồ Chí Minh", "lời dạy của Chủ tịch X"), or
// with the year of the work cited ("GS.TS X (2019)"). lower
// is the sentence in lowerKeep form.
func cited(lower string, m mention) bool {
	// "trong công trình của GS.TS X (2019)": an author and a year.
	if rest, ok := strings.CutPrefix(lower[m.NameEnd:], " ("); ok && len(rest) >= 5 && rest[4] == ')' &&
		strings.Trim(rest[:4], "0123456789") == "" && (rest[:2] == "19" || rest[:2] == "20") {
		return true
	}
	return strings.HasSuffix(lower[:m.Start], "của ") && m.Rank == "" && len(m.Titles) == 0 && m.Org == "" &&
		len(m.Positions) == 1 && m.End == m.NameEnd
}

// plurals are the words that make "tham luận" mean papers in general
// ("các tham luận", "45 tham luận"), not one presented paper.
var plurals = wordSet(`các những nhiều mọi số cả hai ba bốn năm sáu bảy tám chín mười gần hơn trên phần phiên`)

// singlePapers returns the positions of the paper keywords (papers, found
// in s) that report one paper, skipping "các tham luận" and "45 tham
// luận". s is in lower case.
func singlePapers(s string, papers [][]int) [][]int {
	var out [][]int
	for _, loc := range papers {
		// "… Bệnh viện 108 trình bày báo cáo": a verb starts the keyword,
		// so the number before it counts nothing.
		if k := s[loc[0]:loc[1]]; strings.HasPrefix(k, "trình bày ") || strings.HasPrefix(k, "với ") || strings.HasPrefix(k, "có ") {
			out = append(out, loc)
			continue
		}
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
	if open < off {
		return ""
	}
	head := s[:open]
	// A gloss between the lead and the title: "báo cáo chính (keynote
	// speech) “T”".
	if t := strings.TrimRight(head, " "); strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i >= off && open-i < 60 {
			head = t[:i]
		}
	}
	lead := reTitleLead.FindStringIndex(lowerKeep(head))
	if lead == nil {
		return ""
	}
	// Only a few words may stand between, besides those that introduce
	// the title: the rest of a position, "trình bày".
	if gap := strings.TrimSpace(s[off:max(off, lead[0])]); len(gap) > 40 {
		return ""
	}
	return strings.TrimSpace(s[start:end])
}

// quotedBeforeIs returns the title quoted right before "là" and the
// paper keyword at off: "“Title” là tham luận của X"; "" when there is
// none.
func quotedBeforeIs(s string, off int) string {
	before := strings.TrimRight(s[:off], " ")
	before, ok := strings.CutSuffix(before, " là")
	if !ok {
		return ""
	}
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, "”") && !strings.HasSuffix(before, "\"") {
		return ""
	}
	// The quoted span that closes where before ends.
	for i := 0; i < len(before); {
		open, start, end, after := nextQuote(s, i)
		if open < 0 || after > len(before) {
			return ""
		}
		if after == len(before) {
			return strings.TrimSpace(s[start:end])
		}
		i = after
	}
	return ""
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

// readTitleDash reads a list item "“Title” – Thượng tá X, position": a
// quoted title, a dash or colon, then its presenter.
func (r *reader) readTitleDash(s string, ms []mention, para string) bool {
	t := trimBullet(s)
	t = t[len(reItemNumber.FindString(t)):]
	t = t[len(reTimeSlot.FindString(t)):]
	// "🔹 Đề tài “T” – bạn X (K22, Khoa Y)".
	for _, lead := range []string{"Đề tài ", "Tham luận ", "Báo cáo "} {
		if rest, ok := strings.CutPrefix(t, lead); ok && strings.HasPrefix(rest, "“") {
			t = rest
			break
		}
	}
	open, start, end, after := nextQuote(t, 0)
	if open != 0 {
		return r.readNameTitle(s, len(s)-len(t), ms, para) || r.readPlainTitleDash(s, len(s)-len(t), ms, para)
	}
	rest := strings.TrimLeft(t[after:], " ")
	// "1. “T” của ThS X, giảng viên Khoa Y;": a numbered item of a list
	// whose lead announced the papers.
	if owner, ok := strings.CutPrefix(rest, "của "); ok && reItemNumber.MatchString(trimBullet(s)) {
		return r.readOwner(s, owner, strings.TrimSpace(t[start:end]), para) > 0
	}
	sep, n := firstRune(rest)
	if sep != '–' && sep != '—' && sep != '-' && sep != ':' {
		return false
	}
	at := len(s) - len(rest) + n
	title := strings.TrimSpace(t[start:end])
	for i, m := range ms {
		if m.Start >= at && strings.TrimSpace(s[at:m.Start]) == "" {
			r.addContribution(m, title, para, s, false, false)
			// "“T” – ThS A, PGS.TS B (Trường X)": the first author
			// presents, the others wrote it with A.
			for prev := m; i+1 < len(ms) && strings.TrimSpace(s[prev.End:ms[i+1].Start]) == ","; i++ {
				prev = ms[i+1]
				r.know(prev)
				r.setAsideCoauthor(prev.Name)
				r.coauthorOf(prev.Name, m.Name)
			}
			return true
		}
	}
	// "“Title” – đại diện Công an tỉnh X": a paper an institution gives.
	org := strings.TrimRight(strings.TrimSpace(s[at:]), ".;")
	const rep = "đại diện "
	if len(org) > len(rep) && lowerKeep(org[:len(rep)]) == rep {
		org = org[len(rep):]
	}
	if ws := r.split(org); len(ws) > 0 && len(ws) <= 12 && orgStartSet.at(ws, 0) > 0 {
		r.addInstitution(org, title, para, s)
		return true
	}
	return false
}

// trimBullet removes what marks an item of a list before its text: dashes,
// bullets, emoji.
func trimBullet(s string) string {
	return strings.TrimLeftFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("-–—•*+·", r) || unicode.Is(unicode.So, r) || r == '\ufe0f'
	})
}

// reTimeSlot is the time that opens an item of a programme: "08h40 –
// 09h00:", "14:00-14:20", "9h30:".
var reTimeSlot = regexp.MustCompile(`^[0-9]{1,2}\s?[hg:.]\s?[0-9]{2}(?:\s*[–—-]\s*[0-9]{1,2}\s?[hg:.]\s?[0-9]{2})?\s*:?\s+`)

// reItemNumber is the number that opens an item of a list: "1)", "2.",
// "a)".
var reItemNumber = regexp.MustCompile(`^(?:[0-9]{1,2}|[a-zđ])[).]\s+`)

// readNameTitle reads a list item "Trung tá, ThS X (Cục Y): “Title”": the
// presenter first, then a colon and the quoted title. at is where the item
// starts after its bullet or number.
func (r *reader) readNameTitle(s string, at int, ms []mention, para string) bool {
	if len(ms) == 0 || ms[0].Start != at || ms[0].Short {
		return false
	}
	m := ms[0]
	rest := strings.TrimSpace(s[m.End:])
	if strings.HasPrefix(rest, "(") {
		c := strings.IndexByte(rest, ')')
		if c < 0 {
			return false
		}
		rest = strings.TrimSpace(rest[c+1:])
	}
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	rest = rest[1:]
	open, start, end, _ := nextQuote(rest, 0)
	if open < 0 || strings.TrimSpace(rest[:open]) != "" {
		return false
	}
	r.addContribution(m, strings.TrimSpace(rest[start:end]), para, s, false, false)
	return true
}

// readPlainTitleDash reads a list item whose title has no quotes:
// "Nâng cao hiệu quả … – Trung tá, ThS. X, Khoa Y". The item is a
// paragraph of its own, the title names no one and starts with a capital,
// and the presenter follows the dash. at is where the item starts after
// its bullet or number.
func (r *reader) readPlainTitleDash(s string, at int, ms []mention, para string) bool {
	// The item is the paragraph, but for its number ("1. Title – X"),
	// which the sentences split off.
	item := strings.TrimSpace(para)
	item = item[len(reItemNumber.FindString(item)):]
	if strings.TrimSpace(s) != strings.TrimSpace(para) && strings.TrimSpace(s) != item || len(ms) == 0 || ms[0].Short || ms[0].Start <= at {
		return false // no one, or the title names someone
	}
	// The dash right before the presenter: the title may hold one of its
	// own ("Chuyển di ngôn ngữ Tày – Việt … – TS X").
	m := ms[0]
	for _, dash := range []string{" – ", " — ", " - "} {
		if !strings.HasSuffix(s[:m.Start], dash) {
			continue
		}
		title := strings.TrimSpace(s[at : m.Start-len(dash)])
		if n := runes(title); n < 15 || n > 250 || !isUpperRune([]rune(title)[0]) {
			return false
		}
		r.addContribution(m, title, para, s, false, false)
		// "… – Trung tá, ThS A và Thiếu tá, KS B, Khoa Vũ khí": B wrote
		// it with A, and may be the one the text has presenting it.
		for i := 1; i < len(ms); i++ {
			if between := strings.Trim(s[ms[i-1].End:ms[i].Start], " ,"); between != "và" && between != "" {
				break
			}
			r.coauthorAside(&ms[i], m)
		}
		return true
	}
	return false
}

// papersOf leads a run of presenters: "các tham luận của A (Học viện X)
// và B (Trường Y) cùng đề cập …", also with a colon ("các tham luận của:
// A (…); B (…) và C (…)").
var papersOf = []string{"các tham luận của", "gồm tham luận của", "những tham luận của", "các báo cáo tham luận của", "hai tham luận của", "ba tham luận của",
	"các ý kiến tham luận của", "các bài tham luận của", "các báo cáo của", "lần lượt là của",
	"vai trò diễn giả có", "các diễn giả", "diễn giả gồm", "diễn giả là"}

// countedPapersOf returns where a count of papers and whose they are ends
// in lower ("3 tham luận của", "sáu bài tham luận của"), or -1. Plain
// string search: it runs on many sentences.
func countedPapersOf(lower string) int {
	for _, noun := range []string{"tham luận của", "báo cáo của"} {
		i := strings.Index(lower, noun)
		if i < 0 {
			continue
		}
		before := strings.TrimSuffix(strings.TrimRight(lower[:i], " "), " bài")
		w := before[strings.LastIndexByte(before, ' ')+1:]
		switch w {
		case "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười":
			return i + len(noun)
		}
		if w != "" && strings.Trim(w, "0123456789") == "" {
			return i + len(noun)
		}
	}
	return -1
}

// readPapersOf reads the presenters named one after another, joined by
// commas, semicolons or "và", after a plural "tham luận của".
func (r *reader) readPapersOf(s, lower string, ms []mention, para string) bool {
	at := -1
	if !r.may(papersOf, lower) || lower == r.sigText && !r.sig.has("luận") && !r.sig.has("cáo") && !r.sig.has("giả") && !r.sig.has("lượt") {
		return false // every lead has one of these words
	}
	for _, lead := range papersOf {
		if i := strings.Index(lower, lead); i >= 0 {
			rest := lower[i+len(lead):]
			if after := strings.TrimPrefix(rest, ":"); strings.HasPrefix(after, " ") {
				at = len(lower) - len(after)
				break
			}
		}
	}
	if at < 0 {
		// "Hội thảo đã nghe 3 tham luận của các đồng chí: …". Plain
		// string tests first: the pattern is slow on long sentences.
		if end := countedPapersOf(lower); end >= 0 {
			if after := strings.TrimPrefix(lower[end:], ":"); strings.HasPrefix(after, " ") {
				at = len(lower) - len(after)
			}
		}
	}
	if at < 0 {
		return false
	}
	var run []mention
	orgs := map[int][]string{} // institutions listed before run[i]
	titles := map[int]string{} // the title a list gives run[i]
	prev := at
	for _, m := range ms {
		if m.Start < at {
			continue
		}
		gap := strings.TrimSpace(s[prev:m.Start])
		gap = strings.TrimSpace(strings.TrimLeft(gap, ",;"))
		if len(run) > 0 && unitBeforeAnd(gap) {
			gap = "và" // "…, Phòng Hậu cần Công an tỉnh Bắc Ninh và đồng chí …"
		}
		// "…: ông A (…); Hội Nông dân huyện Lâm Hà; bà B (…)": an
		// institution's paper between two people's.
		if len(run) > 0 && positionTail(gap) {
			gap = "" // "…, Phó Cục trưởng Cục X, cơ sở giáo dục bắt buộc; TS B"
		}
		if len(run) > 0 && r.positionBefore(gap) {
			gap = "" // "…; Trưởng phòng PC06 Công an tỉnh Bình Dương, Thượng tá B; …"
		}
		if listed := listedBetween(gap); len(listed) > 0 && len(orgs[len(run)]) == 0 {
			orgs[len(run)] = append(orgs[len(run)], listed...)
			gap = ""
		}
		// "các tham luận của TS A (org) về “T” và GS B (org) về …": the
		// previous paper's subject or title, then the next presenter.
		if about, ok := strings.CutPrefix(gap, "về "); ok && len(run) > 0 && !strings.ContainsAny(about, ".;:") {
			rest, ok := strings.CutSuffix(about, " và")
			if !ok {
				rest, ok = strings.CutSuffix(about, " và của") // "… về X và của ThS B …"
			}
			if ok || strings.HasSuffix(about, ",") {
				if open, start, end, _ := nextQuote(rest, 0); open == 0 && titles[len(run)-1] == "" {
					titles[len(run)-1] = strings.TrimSpace(rest[start:end])
				}
				gap = "và"
			}
		}
		if gap != "" && gap != "và" && (len(run) > 0 || !groupBeforeList(gap)) {
			break
		}
		run = append(run, m)
		prev = m.End
		// "(Học viện X)" after the name belongs to it.
		if rest := s[prev:]; strings.HasPrefix(strings.TrimSpace(rest), "(") {
			if c := strings.IndexByte(rest, ')'); c >= 0 {
				prev += c + 1
			}
		}
	}
	if len(run) < 2 {
		return false
	}
	host := reHostStaff.MatchString(s[at:run[0].Start])
	for i, m := range run {
		for _, org := range orgs[i] {
			r.addInstitution(org, "", para, s)
		}
		title := titles[i]
		if i == len(run)-1 && title == "" {
			// The last presenter's: "… và GS B (org) về “T”."
			if about, ok := strings.CutPrefix(strings.TrimSpace(s[prev:]), "về "); ok {
				if open, start, end, _ := nextQuote(about, 0); open == 0 {
					title = strings.TrimSpace(about[start:end])
				}
			}
		}
		r.addContribution(m, title, para, s, false, false)
		if host {
			if r.hostStaff == nil {
				r.hostStaff = map[string]bool{}
			}
			r.hostStaff[r.key(m.Name)] = true
		}
	}
	// "… và đại diện HV ANND.": an institution ends the list.
	if org := representedLast(s[prev:]); org != "" {
		r.addInstitution(org, "", para, s)
	}
	r.presenting = true
	return true
}

// listedBetween returns the institutions that are all of gap, items of a
// list of presenters between two people's ("Hội Nông dân huyện Lâm Hà;",
// "Phòng Văn hóa và Thông tin huyện X; UBND huyện Y;"), or nil.
func listedBetween(gap string) []string {
	items, ok := strings.CutSuffix(gap, ";")
	if !ok {
		return nil
	}
	var out []string
	for item := range strings.SplitSeq(items, ";") {
		item = strings.TrimSpace(item)
		if item == "" || strings.ContainsAny(item, ":.()“”\"") {
			return nil
		}
		ws := splitWords(item)
		if org := listedOrg(item, ws); org != item {
			return nil
		}
		out = append(out, item)
	}
	return out
}

// positionTail reports whether gap, between two people of a list, is
// the rest of the first one's position up to the semicolon that ends the
// item: a long office name with commas ("cơ sở giáo dục bắt buộc,
// trường giáo dưỡng;") starts lower case, so it is no institution of its own.
func positionTail(gap string) bool {
	item, ok := strings.CutSuffix(gap, ";")
	// "báo cáo viên cơ sở xã Lâm Kiết (huyện Thạnh Trị);": a place in
	// parentheses belongs to the position.
	item = reParenAside.ReplaceAllString(item, "")
	if !ok || item == "" || strings.ContainsAny(item, ";:.()“”\"") || runes(item) > 120 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(item)
	return unicode.IsLower(first)
}

// positionBefore reports whether gap, between two people of a list, is
// the second one's position written before the name: "Trưởng phòng PC06
// Công an tỉnh Bình Dương,".
func (r *reader) positionBefore(gap string) bool {
	pos, ok := strings.CutSuffix(gap, ",")
	if !ok || strings.ContainsAny(pos, ";:.()“”\"") || runes(pos) > 120 {
		return false
	}
	ws := r.split(pos)
	return len(ws) >= 2 && isUpperWord(ws[0].Text) && roleStartSet.at(ws, 0) > 0
}

// reParenAside is a short aside in parentheses.
var reParenAside = regexp.MustCompile(`\s*\([^()]{1,60}\)`)

// unitBeforeAnd reports whether gap, between two people of a list, is
// the first one's unit and "và": "Phòng Hậu cần Công an tỉnh Bắc Ninh và".
func unitBeforeAnd(gap string) bool {
	unit, ok := strings.CutSuffix(gap, " và")
	if !ok || strings.ContainsAny(unit, ";:") {
		return false
	}
	ws := splitWords(unit)
	return len(ws) >= 2 && len(ws) <= 12 && isUpperWord(ws[0].Text) && orgStartSet.at(ws, 0) > 0
}

// representedLast returns the institution named as the last item of a
// list of presenters ("và đại diện Học viện X."), or "".
func representedLast(rest string) string {
	// The last person's unit may stand between: "…, PA08 CA tỉnh Bình
	// Dương và đại diện HV ANND."
	i := strings.Index(rest, "và đại diện ")
	if i < 0 || i > 80 || strings.ContainsAny(rest[:i], ";:.") {
		return ""
	}
	org := rest[i+len("và đại diện "):]
	if i := strings.IndexAny(org, ";:"); i >= 0 {
		org = org[:i]
	}
	org = strings.TrimRight(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(org), ".")), ",")
	ws := splitWords(org)
	if len(ws) < 2 || len(ws) > 12 || !isUpperWord(ws[0].Text) {
		return ""
	}
	if _, ok := CanonicalAcademy(org); !ok && orgStartSet.at(ws, 0) == 0 {
		return ""
	}
	return org
}

// reHostStaff names the host's own people, in a bare "Nhà trường" or
// "Học viện": "cán bộ, giảng viên Nhà trường, gồm:".
var reHostStaff = regexp.MustCompile(`(?:^|\s)(?:[Nn]hà trường|[Hh]ọc viện|của [Tt]rường)\s*(?:[,:;]|gồm|$)`)

// groupBeforeList reports whether gap, between "các tham luận của" and
// the first presenter, names the group the list then spells out: "cán
// bộ Nhà trường, gồm:", "các nhà khoa học:".
func groupBeforeList(gap string) bool {
	if len(gap) > 80 || strings.ContainsAny(gap, ".;“”\"") {
		return false
	}
	g := strings.TrimSpace(strings.TrimSuffix(gap, ":"))
	return strings.HasSuffix(gap, ":") || strings.HasSuffix(g, " gồm") || strings.HasSuffix(g, " là")
}

// topicThenOf reports whether gap, between two people after "tham luận
// của", is the first one's subject and "và của": "tham luận của họa sĩ A
// (Chi hội Mỹ thuật) về tranh cổ động và của ông B, position về …".
func topicThenOf(gap string) bool {
	if gap == "và của" {
		return true
	}
	about, ok := strings.CutPrefix(gap, "về ")
	return ok && strings.HasSuffix(about, " và của") && len(about) < 200 && !strings.ContainsAny(about, ".;:“”\"()")
}

// ownedPapers are the nouns of a paper named before its author: "Nghiên
// cứu “T” của TS X …", "bài trình bày “T” của TS Y", "Báo cáo của bà Z
// …", "công trình khảo cứu của GS W".
var ownedPapers = keywords{"nghiên cứu", "công trình", "báo cáo", "bài trình bày", "phần trình bày", "bài tham luận",
	"ý kiến tham luận", "tham luận", "chuyên đề", "bài viết", "có ý kiến"}

// citingWords before a paper noun make it a work cited or supervised, not
// presented: "theo một nghiên cứu của X", "trong báo cáo của Y", "hướng
// dẫn nghiên cứu của Z".
var citingWords = wordSet(`theo trong một từng các những nhiều dẫn`)

// readOwnedPaper reads a paper named by its noun, perhaps its quoted title,
// then "của" and its presenter: "Nghiên cứu “T” của TS X, position được
// trình bày ngay sau đó". A paper noun that is cited ("theo nghiên cứu
// của") or that follows a verb of awarding is left alone. It reports
// whether it found one.
func (r *reader) readOwnedPaper(s, lower, para string, ms []mention) bool {
	if len(ms) == 0 || r.honourAt(lower) >= 0 {
		return false
	}
	found := false
	for _, loc := range r.find(ownedPapers, lower) {
		before := strings.Fields(lower[:loc[0]])
		if loc[0] > 0 && !strings.HasSuffix(lower[:loc[0]], " ") || len(before) > 0 && citingWords[before[len(before)-1]] {
			continue
		}
		if loc[0] == 0 && !r.presenting && !r.discussing && !strings.Contains(lower, "trình bày") {
			continue
		}
		at := loc[1]
		title := ""
		// An optional quoted title, or a short qualifier ("khảo cứu").
		if open, start, end, after := nextQuote(s, at); open >= 0 && strings.TrimSpace(s[at:open]) == "" {
			title, at = strings.TrimSpace(s[start:end]), after
		} else {
			for _, q := range []string{" khảo cứu", " khoa học"} {
				if strings.HasPrefix(lower[at:], q) {
					at += len(q)
					break
				}
			}
		}
		if !strings.HasPrefix(lower[at:], " của ") {
			continue
		}
		if title == "" {
			title = quotedBeforeIs(s, loc[0]) // "“T” là tham luận của X"
		}
		at += len(" của ")
		for _, m := range ms {
			if m.Short || m.Start < at || strings.TrimSpace(s[at:m.Start]) != "" && !r.introducesPerson(s[at:m.Start]) {
				continue
			}
			if p := r.byKey[r.key(m.Name)]; p != nil && (p.Role == corpus.RoleModerator || p.Role == corpus.RoleOpening || p.Role == corpus.RoleClosing) {
				break
			}
			if title == "" {
				// "Tham luận của X, position với tiêu đề “T”".
				title = quotedAfter(s, m.End)
			}
			// "“T” của A và B (org) do B trình bày": B presents it
			// (readPresentedBy), the others wrote it with B.
			if n := presentedBy(lower, ms, m.End); n != nil {
				r.setAsideAuthors(ms, m.Start, *n)
				found = true
				break
			}
			r.addContribution(m, title, para, s, false, false)
			found = true
			// "tham luận của A, position và B, position": B's too.
			for _, n := range ms {
				if n.Start > m.End && !n.Short && (strings.TrimSpace(s[m.End:n.Start]) == "và" || topicThenOf(strings.TrimSpace(s[m.End:n.Start]))) {
					r.addContribution(n, "", para, s, false, false)
				}
			}
			break
		}
	}
	return found
}

// presentedBy returns the mention after byte from that "do … trình bày"
// names as the presenter, or nil.
func presentedBy(lower string, ms []mention, from int) *mention {
	for i, m := range ms {
		if m.Start >= from && strings.HasSuffix(strings.TrimSpace(lower[:m.Start]), " do") && rePresentedBy.MatchString(lower[m.End:]) {
			return &ms[i]
		}
	}
	return nil
}

// introducesPerson reports whether gap, between "của" and a name, only
// says who the person is: "nhà nghiên cứu Trung Quốc,", "nhân chứng lịch
// sử,".
func (r *reader) introducesPerson(gap string) bool {
	g := lowerKeep(strings.TrimSpace(gap))
	return len(g) < 60 && strings.HasSuffix(g, ",") && (strings.HasPrefix(g, "nhà ") || strings.HasPrefix(g, "chuyên gia") || strings.HasPrefix(g, "đại biểu") ||
		strings.HasPrefix(g, "nhân chứng"))
}

// rePresentedBy is the verb after the presenter of a paper in the passive,
// "do TS X (đại diện) trình bày", or after whom the event heard, "Hội thảo
// còn nghe Thượng tá Y, position trình bày".
var rePresentedBy = regexp.MustCompile(`^[\s,]*(?:(?:đã|đại diện|trực tiếp|trực tuyến|thay mặt(?:\s+nhóm(?:\s+tác\s+giả)?)?)\s+)*trình bày`)

// readPresentedBy reads the presenters named in the passive, "do X trình
// bày", or as whom the event heard, "nghe X trình bày": "Nghiên cứu của
// nhóm tác giả Trường Y, do TS X đại diện trình bày tại Hội nghị …". The
// paper is a keynote when the sentence names one. It reports whether it
// found one.
func (r *reader) readPresentedBy(s, lower, para string, ms []mention, keynote bool) bool {
	found := false
	for _, m := range ms {
		before := strings.TrimSpace(lower[:m.Start])
		// "Báo cáo “T” được trình bày bởi PGS.TS X": the passive with
		// the presenter last.
		by := strings.HasSuffix(before, " trình bày bởi")
		if !strings.HasSuffix(before, " do") && !strings.HasSuffix(before, " nghe") && !by {
			continue
		}
		// A short form only for a co-author the sentence has named:
		// "nhóm tác giả gồm ThS A và TS B có báo cáo “T”, do ThS A
		// trình bày".
		if m.Short && !slices.ContainsFunc(ms, func(o mention) bool { return !o.Short && o.Name == m.Name && o.End <= m.Start }) {
			continue
		}
		if !by && !rePresentedBy.MatchString(lower[m.End:]) {
			continue
		}
		// "Tham luận “T” của nhóm tác giả … do X đại diện trình bày".
		title := ""
		if open, start, end, after := nextQuote(s, 0); open >= 0 && end < m.Start && reTitleLead.MatchString(lowerKeep(s[:open])) {
			title = strings.TrimSpace(s[start:end])
			// "Báo cáo “T” của Viện Y học Hải quân do TS X trình bày":
			// the institution is the presenter's.
			if org := paperOrg(s[after:m.Start]); org != "" && m.Org == "" && len(m.Positions) == 0 {
				m.Org = org
			}
		} else {
			// "… do X trình bày với tựa đề “T”".
			title = quotedAfter(s, m.End)
			// "Tham luận của Công an xã Lương Điền do đồng chí đại úy X,
			// Trưởng Công an xã trình bày": the institution's paper, which
			// a list before may have credited to it alone.
			if org, end := r.creditedOrg(s, lower, 0); org != "" && end <= m.Start {
				if m.Org == "" {
					m.Org = org
				}
				if r.presentFor(org, m, keynote) {
					found = true
					continue
				}
			}
		}
		r.addContribution(m, title, para, s, keynote, false)
		found = true
		// "Tham luận của nhóm tác giả TS A và ThS B (…) do ThS B trình
		// bày": A wrote it with B.
		if g := strings.LastIndex(lower[:m.Start], "tác giả "); g >= 0 {
			r.setAsideAuthors(ms, g, m)
		}
	}
	return found
}

// creditedJustBefore returns the institution whose paper s credits right
// before the mention m, only a comma between ("tham luận của Sở X, ông
// Y"), or "".
func (r *reader) creditedJustBefore(s string, m mention) string {
	if m.NameEnd > len(s) || s[m.NameStart:m.NameEnd] != m.Name {
		return "" // m is not of s
	}
	org, end := r.creditedOrg(s, lowerKeep(s), 0)
	if org == "" || end > m.Start || strings.Trim(s[end:m.Start], " ,") != "" {
		return ""
	}
	return org
}

// presentFor makes m the presenter of the paper credited to org alone,
// when there is one and m presents nothing yet. It reports whether it did.
func (r *reader) presentFor(org string, m mention, keynote bool) bool {
	c := r.institution(org)
	if c == nil || c.Speaker != nil || r.byPerson[r.key(m.Name)] != nil {
		return false
	}
	role := corpus.RoleSpeaker
	if keynote {
		role = corpus.RoleKeynote
	}
	r.handOver(c, r.know(m), role)
	return true
}

// handOver makes p, in role, the presenter of c. Whoever c named before
// (a speaker a programme listed, the first of a paper's authors) stays
// among the people as a guest set aside: listed, not presenting.
func (r *reader) handOver(c *corpus.Contribution, p *person, role string) {
	if c.Speaker != nil {
		before := r.key(c.Speaker.Name)
		delete(r.byPerson, before)
		if o := r.byKey[before]; o != nil {
			o.Role, o.aside = corpus.RoleGuest, true
		}
	}
	p.Role, p.aside = role, false
	c.Speaker = &corpus.Speaker{Name: p.Name}
	r.byPerson[r.key(p.Name)] = c
}

// readParenPresenter reads a paper credited to an institution whose
// presenter stands in parentheses: "Báo cáo của Khoa X, Bệnh viện Y
// (BSCKI Z trình bày) về “T” cho thấy …". It reports whether it found
// one.
func (r *reader) readParenPresenter(s, lower, para string, ms []mention) bool {
	for _, m := range ms {
		if !strings.HasPrefix(s[m.Start:], "(") && (m.Start == 0 || s[m.Start-1] != '(') {
			continue
		}
		rest, ok := strings.CutPrefix(strings.TrimSpace(s[m.End:]), "trình bày)")
		if !ok {
			continue
		}
		before := lower[:m.Start]
		if !strings.Contains(before, "báo cáo") && !strings.Contains(before, "tham luận") {
			continue
		}
		title := ""
		rest = strings.TrimSpace(rest)
		if t, ok := strings.CutPrefix(rest, "về "); ok {
			rest = t
		}
		if open, start, end, _ := nextQuote(rest, 0); open == 0 {
			title = strings.TrimSpace(rest[start:end])
		}
		r.addContribution(m, title, para, s, false, false)
		return true
	}
	return false
}

// paperOrg returns the organisation in "của ORG do", what stands between
// a paper's title and its presenter, or "" when that is something else.
func paperOrg(between string) string {
	rest, ok := strings.CutPrefix(strings.TrimSpace(between), "của ")
	if !ok {
		return ""
	}
	rest, ok = strings.CutSuffix(strings.TrimSpace(rest), " do")
	if !ok {
		return ""
	}
	ws := splitWords(rest)
	if len(ws) < 2 || len(ws) > 14 || !isUpperWord(ws[0].Text) || orgStartSet.at(ws, 0) == 0 || strings.ContainsAny(rest, ";:") {
		return ""
	}
	return strings.TrimRight(rest, ",")
}

// verbMatches returns the matches of a role verb used as a verb: in lower
// case, or capitalised only at the start of the sentence ("Kết luận Hội
// thảo, ..."). "Trung tâm Điều hành an ninh mạng" names a unit.
func verbMatches(re keywords, s, lower string) [][]int {
	var out [][]int
	for _, loc := range re.FindAllStringIndex(lower, -1) {
		if nounBefore(lower[:loc[0]]) {
			continue
		}
		if loc[0] == 0 || !isUpperWord(s[loc[0]:]) {
			out = append(out, loc)
		}
	}
	return out
}

// roleNouns make the role verb after them part of a noun: "trung tâm điều
// hành", "hệ thống điều hành", "ban chủ trì"; "X được người điều phối mời":
// X is invited, not the moderator.
var roleNouns = []string{"trung tâm ", "hệ thống ", "cơ quan ", "ban ", "phòng ", "bộ phận ", "đơn vị ", "sở chỉ huy ",
	"cơ chế ", "công tác ", "vai trò ", "nhiệm vụ ", "khả năng ", "năng lực ", "quy chế ", "được người "}

func nounBefore(before string) bool {
	for _, n := range roleNouns {
		if strings.HasSuffix(before, n) {
			return true
		}
	}
	return false
}

// coordinated returns m with the mentions joined to it by "và" before it:
// "Đại tá A, Phó Giám đốc X và Đại tá B, Phó Hiệu trưởng Y đồng chủ trì"
// names two chairs.
func coordinated(s string, ms []mention, m *mention) []mention {
	out := []mention{*m}
	k := slices.IndexFunc(ms, func(x mention) bool { return x.Start == m.Start })
	for ; k > 0; k-- {
		gap := strings.Trim(s[ms[k-1].End:ms[k].Start], " ,")
		if gap != "và" && !(gap == "" && strings.HasPrefix(strings.TrimSpace(s[ms[k-1].End:ms[k].Start]), ",")) {
			break
		}
		out = append(out, ms[k-1])
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
func (r *reader) speakerOf(s string, ms []mention, loc []int, title string) *mention {
	var before *mention
	for i := range ms {
		if ms[i].End <= loc[0] {
			before = &ms[i]
		}
	}
	if before != nil && !r.hasClause(s[before.End:loc[0]]) {
		return before
	}
	titleEnd := loc[1]
	if title != "" {
		if i := strings.Index(s[loc[1]:], title); i >= 0 {
			titleEnd = loc[1] + i + len(title)
		}
	}
	for i := range ms {
		// "Diễn giả X chia sẻ …": the keyword is the role the mention
		// opens with.
		if ms[i].Start >= titleEnd || ms[i].Start == loc[0] && ms[i].NameStart >= loc[1] {
			// "tham luận của Trường X" credits an institution, not a person
			// mentioned later.
			if ms[i].Start >= loc[1] && strings.Contains(lowerKeep(s[loc[1]:ms[i].Start]), "của trường") {
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
var rePresentVerb = newEndPattern(`\s*(?:(?:đã|cũng|lần lượt|đồng thời)\s+)*(?:trình bày|phát biểu|giới thiệu|báo cáo|gửi|có|chia sẻ|đóng góp)?(?:\s+(?:với|về|bài|bản|báo cáo|tham luận|phát biểu|trực tuyến))*\s*$`)

func (r *reader) hasClause(between string) bool {
	between = between[:len(rePresentVerb.ReplaceAllString(lowerKeep(between), ""))]
	// "ThS X, giảng viên Khoa Y cùng trường, trình bày tham luận": "of
	// the same school" ends the position.
	for _, same := range []string{"cùng trường", "cùng học viện", "cùng đơn vị", "cùng viện", "cùng khoa"} {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(between), same); ok {
			between = strings.TrimLeft(rest, " ,")
			break
		}
	}
	// "ThS X, giảng viên Khoa Y thay mặt nhóm tác giả trình bày tham
	// luận": presenting for the authors is presenting.
	for _, group := range []string{"thay mặt nhóm tác giả", "thay mặt nhóm nghiên cứu", "thay mặt các tác giả", "đại diện nhóm tác giả", "đại diện nhóm nghiên cứu"} {
		if rest, ok := strings.CutSuffix(strings.TrimSpace(between), group); ok {
			between = rest
			break
		}
	}
	if strings.ContainsAny(between, ";:!?") || strings.Contains(between+" ", ". ") {
		return true
	}
	// "Đó là khẳng định của X, position khi trình bày tham luận": the
	// speaker's own presenting.
	if strings.TrimSpace(between) == "khi" {
		return false
	}
	// "X nhấn mạnh khi trình bày báo cáo đề dẫn", "X – position – dẫn số
	// liệu này khi trình bày tham luận": what the speaker did while
	// presenting, one clause.
	if said, ok := strings.CutSuffix(strings.TrimSpace(between), " khi"); ok {
		said = strings.TrimSpace(said)
		if strings.HasPrefix(said, "(") {
			if c := strings.IndexByte(said, ')'); c > 0 {
				said = said[c+1:] // "(ĐHQG TP.HCM) – dẫn số liệu này"
			}
		}
		said = strings.TrimLeft(said, "–-— ")
		if ws := r.split(said); len(ws) > 0 && (remarkVerbs.at(ws, 0) == len(ws) ||
			len(ws) <= 6 && !isUpperWord(ws[0].Text) && !strings.ContainsAny(said, ",;:")) {
			return false
		}
	}
	ws := r.split(between)
	for i, w := range ws {
		if clauseWords[w.Lower] && !isUpperWord(w.Text) && !elderAt(ws, i) && !roleAtBody(ws, i) {
			return true
		}
		if stopWords[w.Lower] != nil && stopsAt(ws, i) {
			return true
		}
	}
	return false
}

// roleAtBody reports whether ws[i] is the "của" of a role held at a named
// body, part of a position: "chuyên gia của JICA", "cố vấn của UNDP".
func roleAtBody(ws []word, i int) bool {
	if ws[i].Lower != "của" || i < 2 || i+1 >= len(ws) || !isUpperWord(ws[i+1].Text) {
		return false
	}
	switch ws[i-2].Lower + " " + ws[i-1].Lower {
	case "chuyên gia", "cố vấn", "thành viên", "giảng viên", "tư vấn":
		return true
	}
	return false
}

// reCredited leads the institution a paper is credited to, perhaps after
// its title: "tham luận của", "tham luận “T” của".
var reCredited = regexp.MustCompile(`(?:tham luận|báo cáo)(?:\s+(?:“[^”“]{1,400}”|"[^"]{1,400}"|«[^»]{1,400}»))?\s+(?:của|do)\s+`)

// creditedOrg returns the institution a paper is credited to at or after
// offset from, "Tham luận của Trường Đại học Z tập trung vào ...", and
// where its name ends. lower is lowerKeep(s).
func (r *reader) creditedOrg(s, lower string, from int) (string, int) {
	// A match starts where one of the keywords does: look from the first.
	start := firstIndex(lower[from:], []string{"tham luận", "báo cáo"})
	if start < 0 {
		return "", 0
	}
	start += from
	m := reCredited.FindStringIndex(lower[start:])
	if m == nil {
		return "", 0
	}
	at := m[1] + start
	// "tham luận của đại diện Công an tỉnh X".
	if strings.HasPrefix(lower[at:], "đại diện ") {
		at += len("đại diện ")
	}
	return r.orgNameAt(s, at)
}

// orgNameAt reads the name of an organisation that starts at byte at of
// s, and returns it with the offset after it, or "" when none starts
// there. A "và" followed by another organisation ends it.
func (r *reader) orgNameAt(s string, at int) (string, int) {
	ws := r.split(s[at:])
	if len(ws) == 0 || orgStartSet.at(ws, 0) == 0 && militaryUnitSet.at(ws, 0) == 0 {
		return "", 0
	}
	q := 1
	for q < len(ws) && ws[q].Pre == "" && (ws[q-1].Post == "" || phongChongAt(ws, q-1) || cityDotAt(ws, q-1)) {
		// "tham luận của Công ty X về thực tiễn …": the topic follows,
		// "… của Công an xã X do đồng chí Y trình bày" the presenter;
		// "Khoa Chữa cháy và cứu nạn, cứu hộ" goes on; "Công an thành
		// phố Hạ Long và Công an huyện Vân Đồn" are two.
		if stopsAt(ws, q) && !pluralInName(ws, q) || ws[q].Text == "về" || ws[q].Text == "do" || ws[q].Lower == "và" &&
			(!(q+1 < len(ws) && (isUpperWord(ws[q+1].Text) || phongChongAt(ws, q+1) || phongChongAt(ws, q+2) || orgAndSet.at(ws, q+1) > 0)) ||
				outerOrgSet.at(ws, q+1) > 0 || orgStartSet.at(ws, q+1) >= 2) {
			break
		}
		if ws[q].Lower == "và" && q+1 < len(ws) && !isUpperWord(ws[q+1].Text) {
			// "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam": the name goes
			// on with a phrase of names after "và".
			if n := orgAndSet.at(ws, q+1); n > 0 && ws[q+n].Post == "" {
				q += n
			}
		}
		q++
		// "Trường Đại học Lao động - Xã hội": a school whose name the
		// gazetteer writes with the dash.
		if q+1 < len(ws) && ws[q].Text == "" && isDash(ws[q].Pre) && isUpperWord(ws[q+1].Text) {
			for n := 2; n >= 1; n-- {
				if q+n < len(ws) {
					if _, ok := CanonicalAcademy(s[at+ws[0].Start : at+ws[q+n].End]); ok {
						q += n + 1
						break
					}
				}
			}
		}
		// "Viện Kiểm sát nhân dân cấp cao tại TP Hồ Chí Minh": a body's
		// seat is part of its name.
		if q+1 < len(ws) && ws[q].Lower == "tại" && ws[q-1].Post == "" && ws[q].Post == "" {
			if n := cityAt(ws, q+1); n > 0 {
				q += 1 + n
				continue
			}
		}
		// "Sở Lao động - Thương binh và Xã hội TP.HCM": a department
		// whose name is written with a dash.
		if q+1 < len(ws) && ws[q].Text == "" && isDash(ws[q].Pre) && ws[q].Post == "" {
			if n := dashedNameSet.at(ws, q+1); n > 0 {
				q += 1 + n
				continue
			}
		}
		// "Bệnh viện Sản - Nhi tỉnh Trà Vinh": two specialties joined
		// by a dash, the place after them.
		if q+2 < len(ws) && ws[q].Text == "" && isDash(ws[q].Pre) && ws[q].Post == "" && isUpperWord(ws[q+1].Text) &&
			ws[q+1].Post == "" && !surnames[ws[q+1].Text] && placeWords[ws[q+2].Lower] {
			q += 2
		}
		// "tham luận của Khoa Luật, Trường Đại học X": a unit and the
		// organisation it belongs to.
		if q < len(ws) && strings.TrimSpace(ws[q-1].Post) == "," && ws[q].Pre == "" && (unitStartSet.at(ws, 0) > 0 || officeStartSet.at(ws, 0) > 0) &&
			outerOrgSet.at(ws, q) > 0 && isUpperWord(ws[q].Text) && !strings.Contains(s[at+ws[0].Start:at+ws[q-1].Start], ",") &&
			!listGoesOn(ws, q) {
			q++
		}
	}
	// "Tổng công ty Lâm nghiệp Việt Nam – CTCP": the company's legal form
	// after a dash is part of its name.
	if q+1 < len(ws) && ws[q].Text == "" && isDash(ws[q].Pre) && legalForms[ws[q+1].Text] {
		q += 2
	} else if q < len(ws) && isDash(strings.TrimSpace(ws[q-1].Post)) && legalForms[ws[q].Text] {
		q++
	}
	org, end := strings.TrimSpace(s[at+ws[0].Start:at+ws[q-1].End]), at+ws[q-1].End
	// "Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) Chi
	// nhánh tỉnh Cà Mau": the bank's short name, then its branch.
	if rest := s[end:]; strings.HasPrefix(rest, " (") {
		if c := strings.IndexByte(rest, ')'); c > 2 && !strings.Contains(rest[2:c], " ") {
			if after := rest[c+1:]; strings.HasPrefix(after, " Chi nhánh ") {
				bws := r.split(after)
				k := 2
				for k < len(bws) && bws[k-1].Post == "" && bws[k].Pre == "" && !stopsAt(bws, k) && (isUpperWord(bws[k].Text) || placeWords[bws[k].Lower]) {
					k++
				}
				if k > 2 {
					return org + " " + strings.TrimSpace(after[:bws[k-1].End]), end + c + 1 + bws[k-1].End
				}
			}
		}
	}
	// "Phòng An ninh mạng … (PA05) Công an thành phố Hải Phòng": the
	// unit's code, then the organisation it belongs to.
	if rest := s[end:]; strings.HasPrefix(rest, " (") {
		if c := strings.IndexByte(rest, ')'); c > 2 && c < 12 && unitCode(rest[2:c]) {
			if pws := r.split(rest[c+1:]); len(pws) > 0 && outerOrgSet.at(pws, 0) > 0 {
				if parent, pend := r.orgNameAt(s, end+c+1); parent != "" {
					return org + " " + parent, pend
				}
			}
		}
	}
	// "Tổ bảo vệ ANTT thôn Quý Dương (xã Tân Trường)", "Trung đoàn Không
	// quân 927 (Sư đoàn 371)": where the unit is, or what it belongs
	// to, is part of its name.
	if rest := s[end:]; strings.HasPrefix(rest, " (") {
		if c := strings.IndexByte(rest, ')'); c > 2 {
			inner := rest[2:c]
			if iws := r.split(inner); len(iws) > 0 && (placeWords[iws[0].Lower] ||
				isUpperWord(iws[0].Text) && (orgStartSet.at(iws, 0) > 0 || militaryUnitSet.at(iws, 0) > 0)) {
				return org + " (" + inner + ")", end + c + 1
			}
		}
	}
	return org, end
}

// dashedNameSet are the second halves of the names of departments and
// offices written with a dash: "Lao động - Thương binh và Xã hội", "Văn
// hóa - Thông tin", "Kế hoạch - Đầu tư".
var dashedNameSet = newPhrases([]string{"Thương binh và Xã hội", "Thông tin", "Thể thao và Du lịch", "Thể thao", "Đầu tư",
	"Môi trường", "Đào tạo", "Xã hội", "Hậu cần", "Kỹ thuật"})

// listGoesOn reports whether the organisation from word q is followed,
// after its comma, by another: "Phòng Tham mưu, Công an thành phố Tam
// Kỳ, Công an thành phố Hội An" lists three, and the second is not the
// first's parent; so does "Phòng Tham mưu, Công an thành phố Tam Kỳ và
// Công an huyện Núi Thành".
func listGoesOn(ws []word, q int) bool {
	another := func(k int) bool {
		return k < len(ws) && isUpperWord(ws[k].Text) && (orgStartSet.at(ws, k) > 0 || militaryUnitSet.at(ws, k) > 0)
	}
	for k := q; k < len(ws) && k < q+15; k++ {
		if k > q && ws[k].Lower == "và" && ws[k-1].Post == "" && another(k+1) {
			return true // "…, Công an thành phố Tam Kỳ và Công an huyện Núi Thành"
		}
		post := strings.TrimSpace(ws[k].Post)
		if post == "" {
			continue
		}
		return post == "," && another(k+1)
	}
	return false
}

// officeStartSet are the offices of a ministry or a provincial police
// whose paper names its parent after a comma: "Tham luận của Cục Viễn
// thông và Cơ yếu, Bộ Công an".
var officeStartSet = newPhrases([]string{"Cục", "Phòng", "Vụ"})

// militaryUnitSet are the military units an organisation's name may start
// with where a paper is credited to one ("Tham luận của Trung đoàn Không
// quân 927"); they are not in orgStarts, whose words also split a
// position ("học viên Tiểu đoàn 3, Trường Sĩ quan Chính trị").
var militaryUnitSet = newPhrases([]string{"Trung đoàn", "Sư đoàn", "Lữ đoàn", "Tiểu đoàn", "Quân đoàn", "Hải đoàn", "Binh đoàn", "Hải đội"})

// pluralInName reports whether "các" at word q belongs to an
// organisation's name: "Ban Quản lý các KCN Bình Dương", "Liên hiệp các
// Hội Khoa học và Kỹ thuật", "Công đoàn các Khu công nghiệp".
func pluralInName(ws []word, q int) bool {
	if ws[q].Lower != "các" || q == 0 || q+1 >= len(ws) || ws[q-1].Post != "" || ws[q].Post != "" {
		return false
	}
	switch ws[q-1].Lower {
	case "lý", "hiệp", "đoàn":
		return isUpperWord(ws[q+1].Text) || ws[q+1].Lower == "khu"
	case "hội": // "Hiệp hội các trường đại học, cao đẳng Việt Nam"
		return ws[q+1].Lower == "trường" || ws[q+1].Lower == "doanh" || ws[q+1].Lower == "nhà"
	}
	// "Bảo tàng Văn hóa các dân tộc Việt Nam", "Làng Văn hóa - Du lịch
	// các dân tộc Việt Nam".
	return ws[q+1].Lower == "dân" && q+2 < len(ws) && ws[q+2].Lower == "tộc" && ws[q+1].Post == ""
}

// unitCode reports whether s is a unit's code: capitals and digits, a
// capital first ("PA05", "PC02", "CSGT").
func unitCode(s string) bool {
	// "Phòng 7", "Vụ 1": a procuracy's or a ministry's numbered office.
	if head, n, ok := strings.Cut(s, " "); ok && (head == "Phòng" || head == "Vụ" || head == "Cục") && n != "" && strings.Trim(n, "0123456789") == "" {
		return true
	}
	for i, r := range s {
		if !(r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9' || unicode.IsUpper(r)) {
			return false
		}
	}
	return len(s) >= 2
}

// legalForms are the abbreviations of a company's legal form written
// after its name and a dash.
var legalForms = map[string]bool{"CTCP": true, "JSC": true, "TNHH": true}

// orgPapersOfAt returns where the institutions start after "tham luận
// của" or "báo cáo đến từ" in lower, or -1, and whether the noun is
// plural ("các tham luận của", "hai bài tham luận của"): "Các tham luận
// của Công an thành phố Hạ Long và Công an huyện Vân Đồn đã chia sẻ …".
// A plural one wins over a singular one before it. Plain string search:
// it runs on every sentence.
func orgPapersOfAt(lower string) (at int, plural bool) {
	at = -1
	for _, noun := range []string{"tham luận ", "báo cáo "} {
		for off := 0; ; {
			i := strings.Index(lower[off:], noun)
			if i < 0 {
				break
			}
			i += off
			off = i + len(noun)
			rest := lower[off:]
			var n int
			switch {
			case strings.HasPrefix(rest, "của "):
				n = len("của ")
			case strings.HasPrefix(rest, "đến từ "):
				n = len("đến từ ")
			default:
				continue
			}
			before := strings.TrimSuffix(strings.TrimSuffix(lower[:i], "báo cáo "), "bài ")
			for _, d := range []string{"các ", "những ", "hai ", "ba "} {
				if strings.HasSuffix(before, d) && (len(before) == len(d) || before[len(before)-len(d)-1] == ' ') {
					return off + n, true
				}
			}
			if at < 0 {
				at = off + n
			}
		}
	}
	return at, false
}

// readOrgPapersOf reads the institutions named one after another, joined
// by commas or "và", after "tham luận của", perhaps with a person last:
// "các đại biểu đã nghe tham luận của Công an xã Cẩm Vũ, Công an xã
// Lương Điền, Tổ bảo vệ ANTT thôn Quý Dương (xã Tân Trường) và đồng chí
// Đinh Văn Lực, Tổ trưởng …". It reports whether it found a list: two
// or more after a plural noun, three or more after a singular one, which
// may also name a unit and its parent ("tham luận của Phòng X, Công an
// tỉnh Y"). ms are the sentence's mentions: none may stand elsewhere.
func (r *reader) readOrgPapersOf(s, lower, para string, ms []mention) bool {
	from, plural := orgPapersOfAt(lower)
	if from < 0 {
		return false
	}
	var orgs []string
	var last *mention // a person ending the list
	// "các Sở GD&ĐT Hà Giang, Đà Nẵng, Đồng Tháp": one kind of office,
	// then the provinces whose offices they are.
	distributive := strings.HasPrefix(lower[from:], "các ")
	if distributive {
		from += len("các ")
	}
	head := "" // the office, in a distributive list
	for at := from; at < len(s); {
		org, end := r.orgNameAt(s, at)
		if org == "" && head != "" {
			if n := provinceAt(r.split(s[at:]), 0); n > 0 {
				pws := r.split(s[at:])
				org, end = head+" "+s[at+pws[0].Start:at+pws[n-1].End], at+pws[n-1].End
			}
		}
		if org == "" {
			break
		}
		if distributive && head == "" {
			head = officeOf(org)
		}
		if head != "" {
			org = withProvinceWord(org, head)
		}
		rest := s[end:]
		// A parenthesis orgNameAt left out: "(PA05)".
		if t := strings.TrimLeft(rest, " "); strings.HasPrefix(t, "(") {
			if c := strings.IndexByte(t, ')'); c > 0 {
				end += len(rest) - len(t) + c + 1
				rest = s[end:]
			}
		}
		orgs = append(orgs, org)
		sep := len(rest) - len(strings.TrimLeft(rest, " ,"))
		if strings.HasPrefix(rest[sep:], "và ") {
			sep += len("và ")
			for i := range ms {
				if gap := strings.TrimSpace(lower[min(end+sep, ms[i].Start):ms[i].Start]); ms[i].Start >= end+sep && (gap == "" || gap == "đồng chí") && !ms[i].Short {
					last = &ms[i]
				}
			}
			if last != nil {
				break
			}
		} else if !strings.HasPrefix(strings.TrimSpace(rest), ",") {
			break
		}
		at = end + sep
	}
	items := len(orgs)
	if last != nil {
		items++
	}
	if items < 2 || !plural && items < 3 || len(orgs) == 0 {
		return false
	}
	if len(ms) > 1 || len(ms) == 1 && last == nil {
		return false
	}
	for _, org := range orgs {
		r.addInstitution(org, "", para, s)
	}
	if last != nil {
		r.addContribution(*last, "", para, s, false, false)
	}
	return true
}

// officeOf returns the kind of office an organisation's name begins with,
// before the province it serves ("Sở GD&ĐT Hà Giang" gives "Sở GD&ĐT"),
// or "" when no province ends the name.
func officeOf(org string) string {
	ws := splitWords(org)
	for i := 1; i < len(ws); i++ {
		if n := provinceAt(ws, i); n > 0 && i+n == len(ws) {
			if placeWords[ws[i-1].Lower] {
				i-- // "tỉnh Hà Giang"
			}
			if i == 0 {
				return ""
			}
			return strings.TrimSpace(org[:ws[i-1].End])
		}
	}
	return ""
}

// withProvinceWord writes "tỉnh" or "thành phố" before the province that
// follows an office's name, as its official name has it: "Sở GD&ĐT Hà
// Giang" is "Sở GD&ĐT tỉnh Hà Giang", "Sở GD&ĐT Đà Nẵng" "Sở GD&ĐT thành
// phố Đà Nẵng".
func withProvinceWord(org, head string) string {
	rest, ok := strings.CutPrefix(org, head+" ")
	if !ok || placeWords[strings.ToLower(strings.SplitN(rest, " ", 2)[0])] {
		return org
	}
	word := "tỉnh"
	switch vi.Key(rest) {
	case "ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue":
		word = "thành phố"
	}
	return head + " " + word + " " + rest
}

// firstIndex returns the index of the first occurrence in s of any of
// subs, or -1.
func firstIndex(s string, subs []string) int {
	first := -1
	for _, sub := range subs {
		if i := strings.Index(s, sub); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

// nextQuote finds the next quoted span at or after i: the offsets of the
// opening mark, the text, and after the closing mark.
func nextQuote(s string, i int) (open, start, end, after int) {
	j := quoteOpeners.index(s[i:])
	if j < 0 {
		return -1, 0, 0, 0
	}
	open = i + j
	var closers *runeSet
	switch {
	case strings.HasPrefix(s[open:], "“"):
		start, closers = open+len("“"), curlyClosers
	case strings.HasPrefix(s[open:], "«"):
		start, closers = open+len("«"), guillemetClosers
	default:
		start, closers = open+1, straightClosers
	}
	k := closers.index(s[start:])
	if k < 0 {
		// A title cut by the end of the page.
		return open, start, len(s), len(s)
	}
	// “… "tự diễn biến", "tự chuyển hóa" …”: straight quotes in pairs
	// inside a curly quote are the title's own.
	if closers == curlyClosers && s[start+k] == '"' {
		if c := strings.Index(s[start:], "”"); c > k && c < 600 {
			inner := s[start : start+c]
			if n := strings.Count(inner, "\""); n%2 == 0 && !strings.Contains(inner, "“") {
				k = c
			}
		}
	}
	// “Vận dụng phương châm “dân vận khéo” trong …”: curly quotes
	// nested inside the title, closed in turn.
	if closers == curlyClosers && strings.HasPrefix(s[start+k:], "“") {
		if c := nestedClose(s[start:min(len(s), start+600)]); c > k {
			k = c
		}
	}
	end = start + k
	_, n := firstRune(s[end:])
	return open, start, end, end + n
}

// nestedClose returns the offset in s of the ” that closes a curly quote
// opened just before s, counting the pairs opened inside it; -1 when
// none does.
func nestedClose(s string) int {
	depth := 1
	for i, r := range s {
		switch r {
		case '“':
			depth++
		case '”':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// The marks that open a quote, and those that close each.
var (
	quoteOpeners     = newRuneSet("“\"«")
	curlyClosers     = newRuneSet("”\"“")
	guillemetClosers = newRuneSet("»")
	straightClosers  = newRuneSet("\"”")
)

// A runeSet is a few runes, not U+FFFD, to look for in a text.
type runeSet struct {
	runes string
	first [256]bool // the bytes the runes start with
}

func newRuneSet(runes string) *runeSet {
	set := &runeSet{runes: runes}
	for _, r := range runes {
		set.first[string(r)[0]] = true
	}
	return set
}

// index is strings.IndexAny(s, set.runes), decoding only the runes that
// start as one of the set does.
func (set *runeSet) index(s string) int {
	for i := 0; i < len(s); i++ {
		if !set.first[s[i]] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError && strings.ContainsRune(set.runes, r) {
			return i
		}
	}
	return -1
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

var reListLead = regexp.MustCompile(`(?:các|những|\d+) (?:tham luận|báo cáo)[^“"«]*?(?:như|gồm|:)\s*`)

// listLeads are the phrases reListLead starts with.
var listLeads = []string{"các tham luận", "các báo cáo", "những tham luận", "những báo cáo"}

// presenterBeforeColon reads an item of a list that is only a person,
// perhaps with a unit in parentheses, then a colon: "; GS.TS X (Đại học
// Y): ".
func (r *reader) presenterBeforeColon(seg string) (mention, bool) {
	seg = strings.TrimSpace(strings.TrimLeft(seg, " ;,"))
	who, ok := strings.CutSuffix(seg, ":")
	if !ok {
		return mention{}, false
	}
	who = strings.TrimSpace(who)
	ws := r.split(who)
	if len(ws) == 0 {
		return mention{}, false
	}
	m, _, ok := parseMention(who, ws, 0)
	if !ok || m.Short || strings.TrimSpace(who[m.End:]) != "" {
		return mention{}, false
	}
	return m, true
}

// readTitleParen reads an item of a list of papers that is a quoted title
// and its presenter or institution in parentheses: "“Hát then đàn tính”
// (bà Hoàng Thị Nhình, Chủ nhiệm Câu lạc bộ …);", "“Vai trò của hợp tác
// xã” (Ủy ban nhân dân huyện Tiên Yên)."
func (r *reader) readTitleParen(s string, ms []mention, para string) bool {
	open, start, end, after := nextQuote(s, 0)
	if open != 0 {
		return false
	}
	rest := strings.TrimSpace(s[after:])
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	c := strings.LastIndexByte(rest, ')')
	if c < 0 || strings.Trim(rest[c+1:], " .;,") != "" {
		return false
	}
	title, inner := strings.TrimSpace(s[start:end]), strings.TrimSpace(rest[1:c])
	ws := r.split(inner)
	if len(ws) == 0 {
		return false
	}
	if m, co, ok := r.parenAuthors(inner, ws); ok {
		r.know(m)
		r.addContribution(m, title, para, s, false, false)
		r.coauthorAside(co, m)
		return true
	}
	if orgStartSet.at(ws, 0) > 0 && len(ws) <= 14 {
		r.addInstitution(inner, title, para, s)
		return true
	}
	return false
}

// parenAuthors reads the authors in the parentheses after a title, ws
// being the words of inner: "TS X, Học viện Y" (the organisation after
// the comma is X's), or "Đại tá, PGS.TS A; Trung tá, ThS B, Trường Y" and
// "ThS A, TS B, Học viện Y" (A presents unless the text says B does; B
// wrote it with A, and the unit after B is A's too).
func (r *reader) parenAuthors(inner string, ws []word) (m mention, co *mention, ok bool) {
	m, _, ok = parseMention(inner, ws, 0)
	if !ok || m.Short {
		return m, nil, false
	}
	rest := strings.TrimSpace(inner[m.End:])
	semi := strings.HasPrefix(rest, ";")
	if semi || strings.HasPrefix(rest, ",") && len(m.Positions) == 0 {
		// "(ThS A, TS B, Học viện X)": after a comma, only another
		// titled or ranked name is a co-author.
		rest = strings.TrimSpace(rest[1:])
		if cws := r.split(rest); len(cws) > 0 && (semi || titleAt(rest, cws, 0) || rankAt(rest, cws, 0)) {
			if n, _, ok := parseMention(rest, cws, 0); ok && !n.Short {
				co = &n
				if m.Org == "" && len(m.Positions) == 0 {
					m.Org = n.Org
					if m.Org == "" && len(n.Positions) > 0 {
						m.Org = n.Positions[len(n.Positions)-1]
					}
				}
			}
		}
	}
	if len(m.Positions) == 0 && m.Org == "" {
		if c := strings.IndexByte(inner, ','); c >= 0 {
			m.Org = strings.TrimSpace(inner[c+1:])
		}
	}
	return m, co, true
}

// coauthorAside records co, when there is one, as m's co-author: no
// participant, unless the text has co presenting the paper.
func (r *reader) coauthorAside(co *mention, m mention) {
	if co == nil {
		return
	}
	r.know(*co)
	r.setAsideCoauthor(co.Name)
	r.coauthorOf(co.Name, m.Name)
}

// readList reads "các tham luận: “A” (TS X, Học viện Y); “B” (ThS Z,
// Trường W)": several quoted titles each followed by its author. lower is
// lowerKeep(s).
func (r *reader) readList(s, lower, para string) bool {
	if !strings.Contains(lower, "tham luận") && !strings.Contains(lower, "báo cáo") {
		return false
	}
	// A list starts where a lead phrase does: look for it from the first,
	// or from the start when a number leads it ("6 tham luận … gồm:").
	start := firstIndex(lower, listLeads)
	if start < 0 {
		if start = countedLead(lower); start < 0 {
			return false
		}
	}
	loc := reListLead.FindStringIndex(lower[start:])
	if loc == nil {
		return false
	}
	loc[0], loc[1] = loc[0]+start, loc[1]+start
	found := 0
	for i := loc[1]; i < len(s); {
		open, start, end, after := nextQuote(s, i)
		if open < 0 {
			if found > 0 {
				found += r.readUntitledItems(s[i:], para, s)
			}
			break
		}
		title := strings.TrimSpace(s[start:end])
		// "…: TS X (Học viện Y): “A”; ThS Z (Trường W): “B”": the
		// presenter before a colon and the title.
		if m, ok := r.presenterBeforeColon(s[i:open]); ok {
			r.know(m)
			r.addContribution(m, title, para, s, false, false)
			found++
			i = after
			continue
		}
		found += r.readUntitledItems(s[i:open], para, s)
		rest := s[after:]
		trimmed := strings.TrimLeft(rest, " ")
		i = after
		// "“A” do TS X (Trường Y) trình bày;".
		if rest, ok := strings.CutPrefix(trimmed, "do "); ok {
			at := len(s) - len(rest)
			ws := r.split(rest)
			if m, _, ok := parseMention(rest, ws, 0); len(ws) > 0 && ok && !m.Short {
				after := strings.TrimSpace(rest[m.End:])
				if strings.HasPrefix(after, "(") {
					if c := strings.IndexByte(after, ')'); c > 0 {
						if m.Org == "" {
							m.Org = strings.TrimSpace(after[1:c])
						}
						after = strings.TrimSpace(after[c+1:])
					}
				}
				if strings.HasPrefix(after, "trình bày") {
					r.know(m)
					r.addContribution(m, title, para, s, false, false)
					found++
					i = at + m.End
				}
			}
			continue
		}
		if rest, ok := strings.CutPrefix(trimmed, "của "); ok {
			if end := r.readOwner(s, rest, title, para); end > 0 {
				found++
				i = end
			}
			continue
		}
		if !strings.HasPrefix(trimmed, "(") {
			continue
		}
		close := strings.IndexByte(trimmed, ')')
		if close < 0 {
			continue
		}
		inner := trimmed[1:close]
		i = after + (len(rest) - len(trimmed)) + close + 1
		// "“A” (của TS X, Học viện Y)".
		if rest, ok := strings.CutPrefix(inner, "của "); ok {
			inner = rest
		}
		ws := r.split(inner)
		if len(ws) == 0 {
			continue
		}
		if m, co, ok := r.parenAuthors(inner, ws); ok {
			r.know(m)
			r.addContribution(m, title, para, s, false, false)
			r.coauthorAside(co, m)
			found++
			continue
		}
		if orgStartSet.at(ws, 0) > 0 {
			r.addInstitution(strings.TrimSpace(inner), title, para, s)
			found++
		}
	}
	if found == 0 {
		found = r.readPlainList(s[loc[1]:], para, s)
	}
	if found > 0 {
		r.presenting = true
	}
	return found > 0
}

// readOwner reads whose is the paper of the given title, rest being what
// follows "“T” của" in s: "TS X, Khoa Y", "nhóm tác giả ThS A, PGS.TS B
// (Viện X)" (the first author presents), "Ban Thanh niên CAND do Trung tá
// X trình bày" (the unit's paper, read by X), "Phòng CSGT Công an tỉnh
// Quảng Ninh". It returns the offset in s after the owner, or 0 when it
// read none.
func (r *reader) readOwner(s, rest, title, para string) int {
	group := strings.HasPrefix(rest, "nhóm tác giả ")
	rest = strings.TrimPrefix(rest, "nhóm tác giả ")
	at := len(s) - len(rest)
	ws := r.split(rest)
	if len(ws) == 0 {
		return 0
	}
	if m, _, ok := parseMention(rest, ws, 0); ok && !m.Short {
		r.know(m)
		r.addContribution(m, title, para, s, false, false)
		// The group's other authors are no participants.
		if co := strings.TrimSpace(rest[m.End:]); group && strings.HasPrefix(co, ",") {
			co = strings.TrimSpace(co[1:])
			if cws := r.split(co); len(cws) > 0 {
				if n, _, ok := parseMention(co, cws, 0); ok {
					r.setAsideCoauthor(n.Name)
				}
			}
		}
		return at + m.End
	}
	if org, m, ok := r.unitReadBy(rest); ok {
		if m.Org == "" {
			m.Org = org
		}
		r.know(m)
		r.addContribution(m, title, para, s, false, false)
		return at + m.End
	}
	if org := listedOrg(rest, ws); org != "" {
		r.addInstitution(org, title, para, s)
		return at + len(org)
	}
	return 0
}

// countedLead returns where a number before "tham luận" or "báo cáo"
// starts ("6 tham luận … gồm:"), or -1.
func countedLead(lower string) int {
	for _, k := range []string{" tham luận", " báo cáo"} {
		for i := 0; ; {
			j := strings.Index(lower[i:], k)
			if j < 0 {
				break
			}
			at := i + j
			n := at
			for n > 0 && lower[n-1] >= '0' && lower[n-1] <= '9' {
				n--
			}
			if n < at && (n == 0 || lower[n-1] == ' ') {
				return n
			}
			i = at + len(k)
		}
	}
	return -1
}

// listedOrg returns the organisation that starts rest, up to the end of
// its list item (a semicolon, a full stop or the end), or "" when rest
// does not start with one.
func listedOrg(rest string, ws []word) string {
	if len(ws) == 0 || orgStartSet.at(ws, 0) == 0 || !isUpperWord(ws[0].Text) {
		return ""
	}
	end := len(rest)
	if i := strings.IndexAny(rest, ";("); i >= 0 {
		end = i
	}
	org := strings.TrimRight(strings.TrimSpace(rest[:end]), ".,")
	if n := len(splitWords(org)); n < 2 || n > 14 {
		return ""
	}
	return org
}

// unitReadBy reads a list item that credits a paper to a unit and names
// who read it: "Ban Thanh niên CAND do Trung tá X, Phó Trưởng ban trình
// bày;". m's offsets are in rest.
func (r *reader) unitReadBy(rest string) (org string, m mention, ok bool) {
	item := rest
	if i := strings.IndexByte(item, ';'); i >= 0 {
		item = item[:i]
	}
	d := strings.Index(item, " do ")
	if d < 0 {
		return "", m, false
	}
	if org = listedOrg(item[:d], r.split(item[:d])); org == "" {
		return "", m, false
	}
	ws := r.split(rest)
	for i, w := range ws {
		if w.Start < d+len(" do ") {
			continue
		}
		m, _, ok = parseMention(rest, ws, i)
		if !ok || m.Short || !strings.HasPrefix(strings.TrimSpace(rest[m.End:]), "trình bày") {
			return "", m, false
		}
		return org, m, true
	}
	return "", m, false
}

// readUntitledItems reads the items of a list of quoted titles that name
// a paper by its subject instead, with its author after "của": "…;
// tham luận về mô hình giám sát … của ThS X, Tổng cục Y; “D” của …". It
// returns how many it found.
func (r *reader) readUntitledItems(list, para, evidence string) int {
	found := 0
	for item := range strings.SplitSeq(list, ";") {
		if strings.ContainsAny(item, "“\"«") {
			continue
		}
		// "(Viện X) và tham luận của Liên đoàn Lao động tỉnh Y về …": the
		// last item, after the previous author's unit.
		item = strings.TrimSpace(item)
		if strings.HasPrefix(item, "(") {
			if c := strings.IndexByte(item, ')'); c > 0 {
				item = strings.TrimSpace(item[c+1:])
			}
		}
		item = strings.TrimPrefix(item, "và ")
		lower := lowerKeep(item)
		if !strings.HasPrefix(lower, "tham luận") && !strings.HasPrefix(lower, "báo cáo") {
			continue
		}
		i := strings.LastIndex(item, " của ")
		if i < 0 {
			continue
		}
		rest := item[i+len(" của "):]
		ws := r.split(rest)
		if m, _, ok := parseMention(rest, ws, 0); len(ws) > 0 && ok && !m.Short {
			r.know(m)
			r.addContribution(m, "", para, evidence, false, false)
			found++
		} else if org, _ := r.orgNameAt(rest, 0); org != "" {
			r.addInstitution(org, "", para, evidence)
			found++
		}
	}
	return found
}

// readPlainList reads a list of titles without quotes, each followed by
// its author in parentheses, the items separated by semicolons: "Nâng cao
// chất lượng … (Thượng tá, ThS X, Học viện Y); Đổi mới … (PGS.TS Z, Viện
// W)".
func (r *reader) readPlainList(list, para, evidence string) int {
	found := 0
	depth, start := 0, 0
	items := []string{}
	for i, c := range list {
		switch c {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ';':
			if depth == 0 {
				items = append(items, list[start:i])
				start = i + 1
			}
		}
	}
	items = append(items, list[start:])
	for _, item := range items {
		item = strings.TrimRight(strings.TrimSpace(item), ".")
		if !strings.HasSuffix(item, ")") {
			continue
		}
		open := strings.LastIndexByte(item, '(')
		if open <= 0 {
			continue
		}
		title, inner := strings.TrimSpace(item[:open]), strings.TrimSpace(item[open+1:len(item)-1])
		inner = strings.TrimPrefix(inner, "của ")
		ws := r.split(inner)
		if len(ws) == 0 || title == "" {
			continue
		}
		m, _, ok := parseMention(inner, ws, 0)
		if !ok || m.Short {
			continue
		}
		if len(m.Positions) == 0 && m.Org == "" {
			if c := strings.Index(inner, ","); c >= 0 {
				m.Org = strings.TrimSpace(inner[c+1:])
			}
		}
		r.know(m)
		r.addContribution(m, title, para, evidence, false, false)
		found++
	}
	return found
}

func (r *reader) addContribution(m mention, title, para, evidence string, keynote, caption bool) {
	p := r.know(m)
	key := r.key(p.Name)
	// "Báo cáo của GS X … không thể kết nối; toàn văn được in trong Kỷ
	// yếu": the paper a programme gave X was not presented after all.
	if c := r.byPerson[key]; c != nil && !caption && c.Evidence != evidence && m.End <= len(evidence) && notPresented(evidence[m.End:]) {
		r.drop(c)
		p.Role, p.aside = corpus.RoleGuest, true
		r.withdraw(key)
		return
	}
	if c := r.byPerson[key]; c != nil {
		// Another mention of a known presenter (a caption, a later
		// paragraph): fill what is missing, never count twice; unless
		// the sentence says it is another paper of theirs ("báo cáo thứ
		// hai “T”") under another title.
		if c.Title == "" && title != "" {
			c.Title = title
			return
		}
		// Two titles with few words in common are two papers: "PGS.TS X
		// với báo cáo “A”" and, in a session's list, "“B” – PGS.TS X".
		if title == "" || r.titled(key, title) || !r.another && (c.Title == "" || sameWork(c.Title, title)) {
			return
		}
	}
	// "Trình bày tham luận của Sở GD&ĐT Đồng Tháp, ông X – Phó Giám
	// đốc Sở – cho biết": X presents the office's paper.
	if !caption && r.byPerson[key] == nil {
		if org := r.creditedJustBefore(evidence, m); org != "" && r.presentFor(org, m, keynote) {
			return
		}
	}
	// "Do TS X có việc đột xuất, tham luận “T” được ThS Y trình bày
	// thay": Y presents the paper a programme gave to X.
	if title != "" && r.byPerson[key] == nil && standIn(evidence) {
		if c := r.titledBy(title); c != nil && c.Speaker != nil && r.key(c.Speaker.Name) != key {
			r.handOver(c, p, corpus.RoleSpeaker)
			return
		}
	}
	// "… do tác giả bận công tác, tham luận không trình bày trực tiếp mà
	// được in trong Kỷ yếu": sent, not presented.
	if !caption && notPresented(evidence) {
		if r.byPerson[key] == nil {
			p.Role, p.aside = corpus.RoleGuest, true
			r.withdraw(key)
		}
		return
	}
	role := corpus.RoleSpeaker
	kind := corpus.KindPaper
	if keynote {
		role, kind = corpus.RoleKeynote, corpus.KindKeynote
	}
	// "“T” – TS A, ThS B (Trường X)" and the caption "ThS B trình bày
	// báo cáo tại Tiểu ban 1", or "Tham luận của nhóm tác giả … do ThS B
	// trình bày": the co-author presented A's paper.
	if (caption || forTheGroup(evidence)) && r.byPerson[key] == nil {
		if first := r.coauthors[key]; first != "" {
			if c := r.byPerson[r.key(first)]; c != nil && c.Speaker != nil && r.key(c.Speaker.Name) == r.key(first) {
				r.handOver(c, p, corpus.RoleSpeaker)
				return
			}
		}
	}
	// "Đại diện Bộ Chỉ huy BĐBP tỉnh Quảng Trị trình bày tham luận …"
	// and the caption "Thượng tá X, Phó Chính ủy BĐBP tỉnh Quảng Trị
	// trình bày tham luận": the caption names the representative.
	if caption && r.byPerson[key] == nil {
		if c := r.representedBy(p); c != nil {
			r.handOver(c, p, role)
			return
		}
	}
	p.Role = role
	c := &corpus.Contribution{Kind: kind, Title: title, Evidence: evidence}
	if !caption {
		c.Summary = para
	}
	c.Speaker = &corpus.Speaker{Name: p.Name}
	if r.byPerson[key] == nil {
		r.byPerson[key] = c
	}
	r.contrib = append(r.contrib, c)
}

// representedBy returns the contribution credited to an institution,
// with no speaker yet, whose name ends as one of p's positions does (at
// least four words in common, abbreviations expanded), or nil.
func (r *reader) representedBy(p *person) *corpus.Contribution {
	for _, c := range r.contrib {
		if c.Speaker != nil || c.Affiliation == "" {
			continue
		}
		inst := strings.Fields(vi.Key(c.Affiliation))
		place := trailingPlace(vi.Expand(c.Affiliation))
		for _, pos := range append([]string{p.Org}, p.Positions...) {
			ws := strings.Fields(vi.Key(vi.Expand(pos)))
			n := 0
			for n < len(ws) && n < len(inst) && ws[len(ws)-1-n] == inst[len(inst)-1-n] {
				n++
			}
			// More in common than the city both are in: "… LĐLĐ TP HCM"
			// does not represent "Công đoàn các KCX … TP HCM".
			if n >= 4 && n >= place+2 {
				return c
			}
		}
	}
	return nil
}

// trailingPlace returns the number of words of the province or city an
// organisation's name ends with ("… Thành phố Hồ Chí Minh": 5), 0 when
// none.
func trailingPlace(org string) int {
	ws := splitWords(org)
	for i := max(0, len(ws)-6); i < len(ws); i++ {
		if n := cityAt(ws, i); n > 0 && i+n == len(ws) {
			return n
		}
	}
	return 0
}

// sameWork reports whether two titles may name one paper: half of the
// shorter one's pairs of adjacent syllables are in the other (single
// syllables repeat across the titles of one field).
func sameWork(a, b string) bool {
	pairs := func(s string) []string {
		ws := strings.Fields(vi.Key(s))
		var out []string
		for i := 0; i+1 < len(ws); i++ {
			out = append(out, ws[i]+" "+ws[i+1])
		}
		return out
	}
	pa, pb := pairs(a), pairs(b)
	if len(pa) > len(pb) {
		pa, pb = pb, pa
	}
	if len(pa) == 0 {
		return vi.Key(a) == vi.Key(b)
	}
	in := map[string]bool{}
	for _, p := range pb {
		in[p] = true
	}
	n := 0
	for _, p := range pa {
		if in[p] {
			n++
		}
	}
	return 2*n >= len(pa)
}

// notPresented reports whether a sentence says a paper was not presented
// (only printed in the proceedings, or its online link failed).
func notPresented(s string) bool {
	l := lowerKeep(s)
	for _, k := range []string{"không trình bày", "không được trình bày", "không thể kết nối", "không kết nối được", "chưa được trình bày",
		"được in trong kỷ yếu", "in trong kỷ yếu, như", "đăng trong kỷ yếu, như", "được in trong tài liệu", "không tham dự được",
		"chỉ in trong kỷ yếu", "chỉ được in trong kỷ yếu", "được đăng trong kỷ yếu", "đăng tải trong kỷ yếu"} {
		if strings.Contains(l, k) {
			return true
		}
	}
	// "Kỷ yếu hội thảo còn in …", "tài liệu tọa đàm còn in bài viết …",
	// "kỷ yếu còn tập hợp nhiều bài viết như …", "được Ban Tổ chức đưa
	// vào Kỷ yếu, trong đó có tham luận …": what the proceedings or the
	// handouts also carry.
	if strings.Contains(l, "đưa vào kỷ yếu") {
		return true
	}
	if !strings.Contains(l, "kỷ yếu") && !strings.Contains(l, "tài liệu") {
		return false
	}
	for _, k := range []string{" còn in ", " còn đăng", " còn tập hợp", " còn giới thiệu"} {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

// standIn reports whether a sentence says someone presented a paper in
// another's place.
func standIn(s string) bool {
	l := lowerKeep(s)
	return strings.Contains(l, "trình bày thay") || strings.Contains(l, "báo cáo thay") || strings.Contains(l, "trình bày thay cho")
}

// titledBy returns the contribution of that title, or nil.
func (r *reader) titledBy(title string) *corpus.Contribution {
	t := r.key(title)
	for _, c := range r.contrib {
		if r.key(c.Title) == t {
			return c
		}
	}
	return nil
}

// titled reports whether the presenter whose key is given has a
// contribution of that title already.
func (r *reader) titled(key, title string) bool {
	t := r.key(title)
	for _, c := range r.contrib {
		if c.Speaker != nil && r.key(c.Speaker.Name) == key && r.key(c.Title) == t {
			return true
		}
	}
	return false
}

// anotherPaper reports whether lower reports another paper by someone
// who presented one already: "báo cáo thứ hai", "một tham luận khác",
// "tiếp tục trình bày". Plain string search: it runs on every sentence.
func anotherPaper(lower string) bool {
	if strings.Contains(lower, "tiếp tục trình bày") {
		return true
	}
	nouns := []string{"tham luận ", "báo cáo ", "bài "}
	for _, w := range []string{"thứ ", "khác"} {
		for off := 0; ; {
			i := strings.Index(lower[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			before, after := lower[:i], lower[off:]
			if w == "khác" {
				if strings.HasSuffix(before, nouns[0]) || strings.HasSuffix(before, nouns[1]) {
					return true
				}
				continue
			}
			if (strings.HasSuffix(before, nouns[0]) || strings.HasSuffix(before, nouns[1]) || strings.HasSuffix(before, nouns[2])) &&
				(strings.HasPrefix(after, "hai") || strings.HasPrefix(after, "ba") || strings.HasPrefix(after, "2") || strings.HasPrefix(after, "3")) {
				return true
			}
		}
	}
	return false
}

// severalPapersAt returns where the titles start after "trình bày hai
// tham luận:" (or "có ba báo cáo", "gửi 2 bài tham luận", "đóng góp hai
// tham luận:") in lower, and where the phrase starts; -1 when lower has
// none. Plain string search: it runs on every sentence.
func severalPapersAt(lower string) (start, end int) {
	for _, noun := range []string{"tham luận", "báo cáo"} {
		for off := 0; ; {
			i := strings.Index(lower[off:], noun)
			if i < 0 {
				break
			}
			i += off
			off = i + len(noun)
			before := strings.TrimSuffix(lower[:i], "bài ")
			before = strings.TrimSuffix(before, " ")
			var n string
			for _, c := range []string{"hai", "ba", "bốn", "2", "3", "4"} {
				if strings.HasSuffix(before, " "+c) {
					n = c
					break
				}
			}
			if n == "" {
				continue
			}
			verb := strings.TrimSuffix(before, " "+n)
			for _, v := range []string{"trình bày", "có", "gửi", "đóng góp"} {
				if strings.HasSuffix(verb, v) && (len(verb) == len(v) || verb[len(verb)-len(v)-1] == ' ') {
					end := off
					for end < len(lower) && (lower[end] == ' ' || lower[end] == ':') {
						end++
					}
					return len(verb) - len(v), end
				}
			}
		}
	}
	return -1, -1
}

// readSeveralPapers reads several papers by the one person named before
// "trình bày hai tham luận: “A” và “B”": one contribution each. It
// reports whether it found them.
func (r *reader) readSeveralPapers(s, lower, para string, ms []mention) bool {
	from, to := severalPapersAt(lower)
	if from < 0 {
		return false
	}
	loc := []int{from, to}
	var subject *mention
	for i := range ms {
		if ms[i].End <= loc[0] {
			subject = &ms[i]
		}
	}
	if subject == nil {
		return false
	}
	// "PGS.TS X (Khoa Lịch sử) lần lượt trình bày hai báo cáo: …".
	between := strings.TrimSpace(strings.Trim(s[subject.End:loc[0]], ", "))
	if strings.HasPrefix(between, "(") {
		if c := strings.IndexByte(between, ')'); c > 0 {
			between = strings.TrimSpace(between[c+1:])
		}
	}
	for _, adv := range []string{"lần lượt", "đã", "cũng", "đồng thời"} {
		between = strings.TrimSpace(strings.TrimPrefix(between, adv))
	}
	if between != "" {
		return false
	}
	var titles []string
	for at := loc[1]; at < len(s); {
		open, start, end, after := nextQuote(s, at)
		if open < 0 || strings.Trim(strings.TrimSpace(s[at:open]), ",;") != "" && strings.TrimSpace(s[at:open]) != "và" {
			break
		}
		titles = append(titles, strings.TrimSpace(s[start:end]))
		at = after
	}
	if len(titles) < 2 {
		return false
	}
	r.another = true
	for _, t := range titles {
		r.addContribution(*subject, t, para, s, false, false)
	}
	r.presenting = true
	return true
}

// forTheGroup reports whether a sentence has someone present for a group
// of authors: "Tham luận của nhóm tác giả … do X trình bày", "Thay mặt
// nhóm tác giả, X giới thiệu", "đại diện nhóm nghiên cứu".
func forTheGroup(s string) bool {
	l := lowerKeep(s)
	return strings.Contains(l, "nhóm tác giả") || strings.Contains(l, "thay mặt nhóm") || strings.Contains(l, "đại diện nhóm")
}

// englishOrg reports whether an organisation is named in English:
// "Chulalongkorn University, Thailand".
func englishOrg(org string) bool {
	for _, w := range []string{"University", "Institute", "College", "Academy", "School of"} {
		if strings.Contains(org, w) {
			return true
		}
	}
	return false
}

// drop removes the contribution c, and whatever maps to it.
func (r *reader) drop(c *corpus.Contribution) {
	r.contrib = slices.DeleteFunc(r.contrib, func(o *corpus.Contribution) bool { return o == c })
	for k, o := range r.byPerson {
		if o == c {
			delete(r.byPerson, k)
		}
	}
}

// withdraw records that the paper of the person or the institution whose
// key is given was not presented: a programme's row for it is no
// contribution.
func (r *reader) withdraw(key string) {
	if r.unpresented == nil {
		r.unpresented = map[string]bool{}
	}
	r.unpresented[key] = true
}

func (r *reader) addInstitution(org, title, para, evidence string) {
	key := "org:" + vi.Key(org)
	// "Riêng tham luận của Công an tỉnh X, do đơn vị có nhiệm vụ đột xuất
	// nên không trình bày tại Hội thảo": a paper a programme listed was
	// not presented after all.
	match := orgMatchKey(r.expandPage(org))
	if notPresented(evidence) {
		r.withdraw(match)
		if c := r.institution(org); c != nil && c.Speaker == nil {
			r.drop(c)
		}
		return
	}
	if r.byPerson[key] != nil || r.institution(org) != nil || r.unpresented[match] {
		return
	}
	c := &corpus.Contribution{Kind: corpus.KindPaper, Title: title, Summary: para, Evidence: evidence}
	org = r.expandPage(org)
	// "Trung tâm Tư vấn pháp luật thuộc Hội Luật gia tỉnh X": the unit and
	// the body it belongs to, as "Trung tâm …, Hội …" writes them.
	if a, b, ok := strings.Cut(org, " thuộc "); ok && b != "" && isUpperRune([]rune(b)[0]) {
		org = a + ", " + b
	}
	c.Affiliation = vi.Normalize(vi.Expand(org))
	if canon, ok := CanonicalAcademy(org); ok && parentAcademies[canon] && orgKey(org) != orgKey(canon) && strings.Contains(org, " - ") {
		// "Trường ĐH Ngoại ngữ - ĐHQGHN": the member school, credited
		// to its university.
		member := org[:strings.LastIndex(org, " - ")]
		c.Affiliation, c.Academy = vi.Normalize(vi.Expand(member))+", "+canon, canon
	} else if ok {
		c.Affiliation, c.Academy = canon, canon
	} else if canon, ok := CanonicalAcademy(Affiliation(org)); ok && strings.Contains(org, ",") {
		// "Khoa Luật, Trường Đại học X": the unit's school.
		c.Academy = canon
	} else {
		c.Academy = academyOfBody(c.Affiliation)
	}
	r.byPerson[key] = c
	r.contrib = append(r.contrib, c)
}

// institution returns the contribution credited to org, written the same
// or as its shorter or longer form ("Sở GD&ĐT Hà Giang" and "Sở Giáo
// dục và Đào tạo tỉnh Hà Giang", "Trường ĐH Sư phạm" and "Trường ĐH Sư
// phạm (Đại học Huế)"), or nil.
func (r *reader) institution(org string) *corpus.Contribution {
	if c := r.byPerson["org:"+vi.Key(org)]; c != nil {
		return c
	}
	k := orgMatchKey(r.expandPage(org))
	for _, c := range r.contrib {
		if c.Affiliation == "" || c.Speaker != nil && r.byPerson["org:"+vi.Key(c.Affiliation)] != c {
			continue
		}
		o := orgMatchKey(c.Affiliation)
		if o == k || strings.HasPrefix(o, k+" ") || strings.HasPrefix(k, o+" ") {
			return c
		}
	}
	return nil
}

// orgMatchKey is an organisation's name for matching its other forms:
// abbreviations spelled out, folded, without "tỉnh" and "thành phố".
func orgMatchKey(org string) string {
	k := " " + vi.Key(vi.Expand(org)) + " "
	k = strings.ReplaceAll(k, " thanh pho ", " ")
	k = strings.ReplaceAll(k, " tinh ", " ")
	return strings.TrimSpace(k)
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
	named := academiesIn(r.a.Body)
	units := namedMembers(memberUnits(r.a.Body), named)
	site := siteAcademy(r.a.Source)
	// The event's province: named in the event's name, its organiser or
	// venue, or the lead sentence; else any province the article names,
	// which only a provincial political school takes.
	var lead string
	if r.a.Event != nil {
		lead = r.a.Event.Name + ". " + r.a.Event.Organizer + ". " + r.a.Event.Venue
	}
	// The lead: the first sentence of the opening paragraphs that dates
	// and names an event, past any menu or date line a paste kept.
	for i, para := range strings.SplitN(r.a.Body, "\n\n", 8) {
		if ss := sentences(para); i < 7 && len(ss) > 0 && len(FindDates(ss[0])) > 0 && reKindWord.MatchString(ss[0]) {
			lead += ". " + ss[0]
			break
		}
	}
	province := provinceIn(lead)
	anyProvince := province
	if anyProvince == "" {
		anyProvince = provinceIn(r.a.Body)
	}
	complete := func(name string) string { return withProvince(name, province, anyProvince) }
	for _, c := range r.contrib {
		c.Affiliation = complete(c.Affiliation)
	}
	for _, c := range r.contrib {
		if c.Speaker != nil {
			p := r.byKey[r.key(c.Speaker.Name)]
			c.Speaker.Name, c.Speaker.Rank, c.Speaker.Titles = p.Name, p.Rank, p.Titles
			c.Position = strings.Join(p.Positions, ", ")
			org := Affiliation(r.expandPage(p.Org))
			if org == "" {
				org = Affiliation(r.expandPage(c.Position))
			}
			if org == "" {
				org = bareOrgAtEnd(c.Position)
			}
			org = complete(org)
			// The academies the sentence names before the speaker, nearest
			// first: "Tham luận của đoàn Học viện X do TS Y, Phó Giám đốc
			// Học viện, trình bày".
			var near []string
			if i := strings.Index(c.Evidence, c.Speaker.Name); i > 0 {
				near = academiesIn(c.Evidence[:i])
				slices.Reverse(near)
			}
			if bare := bareAcademy(org, near, site); bare != "" && len(near) > 0 && !strings.EqualFold(bare, site) {
				c.Affiliation, c.Academy = bare, bare
			} else if bare := bareAcademy(org, named, site); bare != "" {
				// "Phó Giám đốc Học viện": the site's or the article's academy.
				c.Affiliation, c.Academy = bare, bare
			} else if school := academyOfUnit(org); school != "" {
				c.Affiliation, c.Academy = vi.Normalize(vi.Expand(org)), school
			} else if canon, ok := CanonicalAcademy(org); ok {
				c.Affiliation, c.Academy = canon, canon
			} else if org != "" {
				c.Affiliation = vi.Normalize(vi.Expand(org))
				c.Academy = academyOfBody(c.Affiliation)
			}
			// A member school or institute is credited to its parent.
			for _, o := range []string{org, p.Org, c.Position} {
				if parent := parentOf(o, units); parent != "" {
					c.Academy = parent
					break
				}
			}
		} else if parent := parentOf(c.Affiliation, units); parent != "" {
			c.Academy = parent
		}
	}
	for _, c := range r.contrib {
		c.Academy = complete(c.Academy)
		// "Khoa Chữa cháy và cứu nạn, cứu hộ", "Trưởng khoa Điều tra"
		// with no school: a faculty of the host, the academy that holds
		// the event.
		if c.Academy == "" && (strings.HasPrefix(vi.Key(c.Affiliation), "khoa ") && !strings.Contains(c.Affiliation, ",") ||
			(c.Affiliation == "" || hostUnit(c.Affiliation) || headOfFaculty(c.Position)) && hostUnitsOnly(c.Position)) {
			c.Academy = hostAcademy(r.a.Event, named, site)
		}
		if c.Academy == "" && c.Speaker != nil && (r.hostStaff[r.key(c.Speaker.Name)] || c.Affiliation == "" && hostRoles[vi.Key(c.Position)]) {
			c.Academy = hostAcademy(r.a.Event, named, site)
		}
	}
	// A member unit counts as its parent among the article's academies.
	addAcademy = func(name string) {
		name = complete(name)
		if parent := units[orgKey(name)]; parent != "" {
			name = parent
		}
		if name != "" && !seenAcademy[name] {
			seenAcademy[name] = true
			r.a.Academies = append(r.a.Academies, name)
		}
	}
	r.contrib = representatives(r.contrib)
	sameSchool(r.contrib)
	for _, c := range r.contrib {
		if c.Speaker == nil && r.presentedByPerson(c.Affiliation) {
			continue
		}
		if c.Speaker == nil && r.a.Event != nil {
			c.Affiliation = ofHostPolice(c.Affiliation, r.a.Event.Organizer)
		}
		c.Topics = Topics(c.Title + ". " + c.Summary)
		addAcademy(c.Academy)
		r.a.Contributions = append(r.a.Contributions, *c)
	}
	for _, p := range r.people {
		if p.aside && p.Role == corpus.RoleGuest {
			continue
		}
		r.a.People = append(r.a.People, corpus.Participant{Name: p.Name, Rank: p.Rank, Titles: p.Titles,
			Positions: p.Positions, Role: p.Role})
		for _, pos := range append([]string{p.Org}, p.Positions...) {
			if canon, ok := CanonicalAcademy(Affiliation(pos)); ok {
				addAcademy(canon)
			}
		}
	}
	for _, pos := range r.asideOrgs {
		if canon, ok := CanonicalAcademy(Affiliation(pos)); ok {
			addAcademy(canon)
		}
	}
	// Academies named anywhere in the text: the venue, attendees' units.
	for _, name := range named {
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

// reProvince is a province named in text: "tỉnh Lai Châu".
var reProvince = regexp.MustCompile(`\btỉnh (\p{Lu}[\p{L}’']*(?: \p{Lu}[\p{L}’']*){0,2})`)

// provinceIn returns the first province text names, or "".
func provinceIn(text string) string {
	if !strings.Contains(text, "tỉnh ") {
		return ""
	}
	if m := reProvince.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// withProvince completes the name of a provincial school or body written
// without its province ("Trường Chính trị tỉnh", "Bộ Chỉ huy Bộ đội Biên
// phòng tỉnh"): the event's province, or for a political school, any the
// article names.
func withProvince(name, province, anyProvince string) string {
	if name == "" {
		return name
	}
	k := vi.Key(name)
	if (k == "truong chinh tri tinh" || k == "truong chinh tri") && anyProvince != "" {
		return "Trường Chính trị tỉnh " + anyProvince
	}
	// "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh": the province's.
	if ws := strings.Fields(name); province != "" && len(ws) >= 3 && ws[len(ws)-1] == "tỉnh" {
		return strings.TrimSpace(name) + " " + province
	}
	return name
}

// ofHostPolice completes a department named alone ("Phòng Tham mưu") with
// the provincial police that holds the event, whose department it is:
// "Phòng Tham mưu, Công an tỉnh Quảng Nam".
func ofHostPolice(org, organizer string) string {
	// "Công an tỉnh X phối hợp với Bộ Chỉ huy …": the police leads.
	if i := strings.Index(organizer, " phối hợp"); i > 0 {
		organizer = organizer[:i]
	}
	host := vi.Key(organizer)
	place, ok := strings.CutPrefix(host, "cong an tinh ")
	if !ok {
		place, ok = strings.CutPrefix(host, "cong an thanh pho ")
	}
	// The organiser is a provincial police alone, and the department
	// names no place or parent of its own.
	if !ok || len(strings.Fields(place)) > 3 || !strings.HasPrefix(org, "Phòng ") || strings.Contains(org, ",") {
		return org
	}
	k := " " + vi.Key(org) + " "
	for _, w := range []string{" tinh ", " huyen ", " quan ", " xa ", " phuong ", " cong an ", " thanh pho "} {
		if strings.Contains(k, w) {
			return org
		}
	}
	return org + ", " + organizer
}

// facultyIn reports whether a position names a faculty or a chair of a
// school ("Trưởng khoa Điều tra", "Giảng viên Bộ môn Luật").
func facultyIn(pos string) bool {
	k := " " + vi.Key(pos) + " "
	return strings.Contains(k, " khoa ") || strings.Contains(k, " bo mon ")
}

// hostUnitsOnly reports whether a position names a faculty or a chair of
// a school and nothing beyond ("Trưởng Bộ môn Nghiệp vụ tuần tra, kiểm
// soát, Khoa Cảnh sát giao thông"): the school is the host's.
func hostUnitsOnly(pos string) bool {
	if pos == "" || !facultyIn(pos) {
		return false
	}
	for _, part := range strings.Split(pos, ",") {
		if headOfFaculty(strings.TrimSpace(part)) {
			continue
		}
		if org := orgIn(strings.TrimSpace(part)); org != "" && !hostUnit(org) {
			return false
		}
	}
	return true
}

// headOfFaculty reports whether a position is a faculty's head or
// deputy, whose unit is the faculty: "Phó Trưởng khoa Cảnh sát hình sự".
func headOfFaculty(pos string) bool {
	k := vi.Key(pos)
	return strings.HasPrefix(k, "truong khoa ") || strings.HasPrefix(k, "pho truong khoa ")
}

// hostUnit reports whether an organisation is a unit inside a school: a
// faculty or a chair.
func hostUnit(org string) bool {
	k := vi.Key(org)
	for _, p := range []string{"khoa ", "bo mon ", "to bo mon "} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// hostAcademy returns the academy that holds an event, its venue or its
// (first) organiser, or "". An organiser written bare ("Học viện phối hợp
// với …") or as a unit of the school ("Khoa Ngoại ngữ phối hợp với Phòng
// Đào tạo Nhà trường") is the first academy the article names (named).
// Without either, the site that reports it (source) when it is a
// school's, or its university's for a member school.
func hostAcademy(e *corpus.Event, named []string, site string) string {
	if e == nil {
		return site
	}
	if c, ok := CanonicalAcademy(e.Venue); ok {
		return c
	}
	org := e.Organizer
	for _, sep := range []string{" phối hợp", " và ", " cùng ", ","} {
		org, _, _ = strings.Cut(org, sep)
	}
	if c, ok := CanonicalAcademy(org); ok {
		return c
	}
	// "Công an tỉnh X phối hợp với Học viện Y": the academy among the
	// organisers.
	if c := organiserAcademy(e.Organizer); c != "" {
		return c
	}
	for _, o := range []string{e.Venue, org} {
		if bare := bareAcademy(o, named, site); bare != "" {
			return bare // "tại Nhà trường", "Học viện phối hợp với …"
		}
	}
	if site != "" {
		return site
	}
	if hostUnit(org) && len(named) > 0 {
		return named[0]
	}
	return ""
}

// reOrganisers separates the organisers of an event.
var reOrganisers = regexp.MustCompile(`\s+(?:phối hợp với|phối hợp cùng|phối hợp|cùng với|với|và|cùng)\s+`)

// organiserAcademy returns the first academy among an event's organisers,
// or "". A member school written with its university in parentheses
// ("Trường ĐH Bách khoa (ĐHQG TP.HCM)") counts as the university.
func organiserAcademy(organizer string) string {
	for _, o := range reOrganisers.Split(organizer, -1) {
		o = strings.TrimSpace(o)
		if open := strings.IndexByte(o, '('); open > 0 && strings.HasSuffix(o, ")") {
			if c, ok := CanonicalAcademy(o[open+1 : len(o)-1]); ok && parentAcademies[c] {
				return c
			}
		}
		if c, ok := CanonicalAcademy(o); ok {
			return c
		}
	}
	return ""
}

// siteAcademy returns the academy a site is, from its name (source): its
// university for a member school ("Trường Đại học Kinh tế - Luật,
// ĐHQG-HCM"), or "" when the site is no academy's.
func siteAcademy(source string) string {
	if p := parentOf(source, nil); p != "" {
		return p
	}
	if c, ok := CanonicalAcademy(source); ok {
		return c
	}
	return ""
}

// hostRoles are positions that, written alone, belong to the school that
// holds the event: its head, its teachers and its students.
var hostRoles = map[string]bool{"hieu truong": true, "pho hieu truong": true, "giang vien": true, "hoc vien": true, "sinh vien": true}

// bareOrgAtEnd returns the bare kind of school a position ends with, the
// school the article is about: "Phó Hiệu trưởng Nhà trường" gives "Nhà
// trường". It returns "" for any other position.
func bareOrgAtEnd(pos string) string {
	k := vi.Key(pos)
	for _, bare := range []string{"nha truong", "hoc vien", "cua truong"} {
		if strings.HasSuffix(k, " "+bare) {
			return strings.TrimPrefix(bare, "cua ")
		}
	}
	return ""
}

// bareAcademy resolves an organisation written as a bare kind ("Học
// viện", "Nhà trường") to the first academy of that kind the article
// names (named, in order): the host, named in the lead. It returns "" when
// org is not bare or the article names none.
func bareAcademy(org string, named []string, site string) string {
	var kinds []string
	switch vi.Key(org) {
	case "hoc vien":
		kinds = []string{"hoc vien "}
	case "truong", "nha truong":
		// "Nhà trường" is also what a member school of a university
		// calls itself: "Trường Đại học Luật, Đại học Quốc gia Hà Nội".
		kinds = []string{"truong ", "dai hoc "}
	default:
		return ""
	}
	// The site's own school first, when it is of the kind.
	for _, a := range append([]string{site}, named...) {
		k := vi.Key(a)
		for _, kind := range kinds {
			if strings.HasPrefix(k, kind) {
				return a
			}
		}
	}
	return ""
}

// presentedByPerson reports whether a paper credited to an institution
// ("Đại diện Công an tỉnh trình bày tham luận") is one a named speaker of
// that institution presents elsewhere in the article, often in a caption
// ("Thượng tá X, Phó Trưởng phòng, Công an tỉnh Thanh Hóa trình bày tham
// luận"): the same paper, not another.
// sameSchool gives a presenter "of the same school" ("ThS X, giảng viên
// Khoa Y cùng trường, trình bày …") the academy of the one before.
func sameSchool(cs []*corpus.Contribution) {
	for i := 1; i < len(cs); i++ {
		c, prev := cs[i], cs[i-1]
		if c.Speaker == nil || prev.Academy == "" {
			continue
		}
		at := strings.Index(c.Evidence, c.Speaker.Name)
		if at < 0 {
			continue
		}
		after := c.Evidence[at+len(c.Speaker.Name):]
		after = after[:min(len(after), 160)]
		if strings.Contains(after, " cùng trường,") || strings.Contains(after, " cùng học viện,") || strings.Contains(after, " cùng trường ") {
			c.Academy = prev.Academy
			if !strings.Contains(c.Affiliation, prev.Academy) {
				c.Affiliation = strings.TrimPrefix(c.Affiliation+", "+prev.Academy, ", ")
			}
		}
	}
}

// ofTheOrg end a position held in the institution the text has just
// named: "Trưởng phòng Quản lý khoa học của trường".
var ofTheOrg = []string{" của trường", " của Trường", " của nhà trường", " của Nhà trường", " của học viện",
	" của Học viện", " của viện", " của Viện", " của đơn vị", " của trung tâm", " của Trung tâm"}

// representatives gives an institution's paper to its representative
// named in the next sentence with a position "of the school": "Đại diện
// Trường X trình bày tham luận về …. Theo ThS Y, Trưởng phòng Z của
// trường, …" is one paper, Y's, for Trường X.
func representatives(cs []*corpus.Contribution) []*corpus.Contribution {
	out := cs[:0:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.Speaker != nil || i+1 >= len(cs) {
			out = append(out, c)
			continue
		}
		d := cs[i+1]
		own := ""
		for _, suffix := range ofTheOrg {
			if cut, ok := strings.CutSuffix(d.Position, suffix); ok {
				own = cut
				break
			}
		}
		if d.Speaker == nil || own == "" || d.Summary != c.Summary || d.Title != "" && c.Title != "" {
			out = append(out, c)
			continue
		}
		if d.Title == "" {
			d.Title = c.Title
		}
		d.Affiliation = c.Affiliation
		if unit := Affiliation(own); unit != "" {
			d.Affiliation = unit + ", " + c.Affiliation
		}
		d.Academy = c.Academy
	}
	return out
}

func (r *reader) presentedByPerson(org string) bool {
	k := r.key(org)
	if k == "" {
		return false
	}
	for _, c := range r.contrib {
		if c.Speaker == nil || c.Title != "" {
			continue
		}
		for _, o := range []string{c.Affiliation, c.Position} {
			// "Phòng Cảnh sát PCCC … Công an TP Hà Nội" and a presenter of
			// "Phòng Cảnh sát phòng cháy, chữa cháy …": the unit without
			// its parent.
			if ko := r.key(o); ko != "" && (ko == k || strings.HasPrefix(ko, k+" ") || strings.Contains(ko, " "+k+" ") || strings.HasSuffix(ko, " "+k) ||
				strings.HasPrefix(k, ko+" ") && strings.Count(ko, " ") >= 4) {
				return true
			}
		}
	}
	return false
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
	// Where the text has the first word of some keys, try those keys.
	for _, f := range academyFirstWords {
		for off := 0; ; {
			i := strings.Index(key[off:], f.word)
			if i < 0 {
				break
			}
			p := off + i
			// "các học viện chính trị", "nhiều trường đại học": a plural
			// is a kind, not a name.
			plural := strings.HasSuffix(key[:p], " cac") || strings.HasSuffix(key[:p], " nhung") || strings.HasSuffix(key[:p], " nhieu")
			for _, a := range f.keys {
				if !plural && strings.HasPrefix(key[p:], a.key) {
					spans = append(spans, span{p, p + len(a.key), a.name})
				}
			}
			off = p + 1
		}
	}
	// Two spans that start together differ in length, as no key is listed
	// twice: the shorter is inside the longer, whatever their order.
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out []string
	seen := map[string]bool{}
	lowerText := ""
	for _, a := range spans {
		inside := false
		for _, b := range spans {
			if b.start <= a.start && a.end <= b.end && b.end-b.start > a.end-a.start {
				inside = true
				break
			}
		}
		if inside || seen[a.name] {
			continue
		}
		seen[a.name] = true
		// Matched without diacritics: "học viên quốc tế" (foreign
		// students) is not "Học viện Quốc tế".
		if rest, ok := strings.CutPrefix(a.name, "Học viện "); ok {
			if lowerText == "" {
				lowerText = lowerKeep(text)
			}
			rest = lowerKeep(rest)
			if strings.Contains(lowerText, "học viên "+rest) && !strings.Contains(lowerText, "học viện "+rest) {
				continue
			}
		}
		out = append(out, a.name)
	}
	return out
}

// lowerKeep lower-cases s rune by rune where that keeps the byte length,
// so that offsets found in the result hold in s. Like strings.Map, it
// writes invalid UTF-8 as U+FFFD and returns s itself when nothing changes.
func lowerKeep(s string) string {
	var b []byte // a copy of s, lowered from i on, once a letter changes
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			// An invalid byte becomes U+FFFD, which is longer.
			return lowerInvalid(s)
		}
		if l := lowerSameLen(r); l != r {
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	if b == nil {
		return s
	}
	return string(b)
}

// lowerInvalid is lowerKeep of a text with invalid UTF-8, each invalid
// byte replaced by U+FFFD.
func lowerInvalid(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < utf8.RuneSelf && 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		} else if r != utf8.RuneError || n != 1 {
			r = lowerSameLen(r)
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// lowerHead returns lowerKeep of the start of s: its first n bytes, or a
// few more up to a rune boundary; all of s when it is no longer.
func lowerHead(s string, n int) string {
	if len(s) > n {
		for n < len(s) && !utf8.RuneStart(s[n]) {
			n++
		}
		s = s[:n]
	}
	return lowerKeep(s)
}

// lowerSameLen returns r in lower case, or r itself when the lower-case
// letter has another length in UTF-8.
func lowerSameLen(r rune) rune {
	if int(r) < len(lowerTable) {
		return rune(lowerTable[r])
	}
	return lowerSameLenSlow(r)
}

func lowerSameLenSlow(r rune) rune {
	if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
		return l
	}
	return r
}

// lowerTable holds lowerSameLen of the runes below U+2000, where the
// letters of Vietnamese are: a lower-case rune of the same length is below
// U+10000 too.
var lowerTable = func() *[0x2000]uint16 {
	var t [0x2000]uint16
	for r := range rune(len(t)) {
		t[r] = uint16(lowerSameLenSlow(r))
	}
	return &t
}()
