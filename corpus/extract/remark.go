package extract

import (
	"strings"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/vi"
)

// A remark is what a speaker says in the papers' part of an event or in
// its discussion, reported as a sentence of its own: "Chia sẻ kinh nghiệm
// từ cơ sở, Thiếu tá X, Trưởng Công an xã Y cho biết …", "Bà Z, Phó Giám
// đốc Agribank chi nhánh tỉnh đề xuất …", "Đại diện Sở Giáo dục và Đào
// tạo Hà Tĩnh cho biết …". At a workshop such a speaker contributes, with
// or without the word "tham luận"; chairs, moderators, opening and closing
// speakers and guests who give directions do not.

// remarkVerbs are the verbs of saying that follow a remark's speaker.
var remarkVerbs = newPhrases([]string{
	"cho biết", "chia sẻ", "nhấn mạnh", "đề xuất", "kiến nghị", "khuyến nghị", "nêu", "phân tích", "cho rằng",
	"đánh giá", "khẳng định", "giới thiệu", "cảnh báo", "trình bày", "phát biểu", "kể", "đề nghị", "lưu ý",
	"thông tin", "nhận định", "chỉ ra", "bày tỏ", "góp ý", "đưa ra", "báo cáo", "nhận xét", "làm rõ", "đề cập",
	"trao đổi về", "dẫn chứng", "tham luận", "lý giải", "đặt vấn đề", "luận giải", "gợi ý", "gợi mở", "so sánh",
	"kể lại", "trao đổi thêm", "chỉ rõ", "bổ sung", "cập nhật", "nói", "phản ánh", "cho hay", "đúc rút", "đúc kết", "rút ra",
})

// remarkAdverbs may stand between the speaker and the verb.
var remarkAdverbs = wordSet(`cũng đã đồng thời thì trực tiếp tiếp tục thẳng thắn cùng đều`)

// notRemark are the words of an opening clause that make the sentence
// something else than a contribution: an opening or closing speech,
// directions, thanks, answers, an interview on the side, awards.
var notRemark = keywords{"khai mạc", "bế mạc", "chỉ đạo", "chào mừng", "kết luận", "tổng kết", "trả lời",
	"giải đáp", "bên lề", "phóng viên", "tiếp thu", "cảm ơn", "thay mặt", "chúc mừng", "dịp này", "tặng",
	"trao giải", "trao thưởng", "trao bằng", "trao giấy", "trao quà", "đề dẫn", "kết thúc", "cuối chương trình"}

// discussionWords mark that the article has come to the contributions or
// the discussion, where people who speak contribute.
var discussionWords = keywords{"thảo luận", "đối thoại", "diễn giả", "báo cáo viên", "tham luận", "phiên toàn thể",
	"trao đổi", "ý kiến", "tập trung phân tích", "tập trung làm rõ"}

// speaksAfter reports whether the words from i on start with a verb of
// saying, perhaps after a parenthesis, a quote, an adverb or the rest of
// the speaker's unit (", UNICEF Việt Nam", ", huyện Cư M’gar").
func speaksAfter(ws []word, i int) bool {
	for i < len(ws) {
		switch {
		case remarkVerbs.at(ws, i) > 0 && ws[i].Pre == "":
			return true
		case remarkAdverbs[ws[i].Lower] && ws[i].Pre == "":
			// "Ông X, position thẳng thắn: “…”": the adverb before a
			// colon says how the speaker spoke.
			if strings.HasPrefix(ws[i].Post, ":") && i > 0 && ws[i-1].Lower == "thẳng" {
				return true
			}
			i++
		case strings.HasPrefix(ws[i].Pre, "(") || strings.HasPrefix(ws[i].Pre, "“"):
			i = closeOf(ws, i)
		case i > 0 && commaAfter(ws[i-1]) && unitWordsAt(ws, i) > 0:
			i += unitWordsAt(ws, i)
		case ws[i].Lower == "của" && ofUnitAt(ws, i) > 0:
			i += ofUnitAt(ws, i)
		case ws[i].Text == "" && isDash(ws[i].Pre):
			// "Bà X – Giám đốc Trung tâm Y – chia sẻ …": the position
			// between dashes, the verb after the second (or right after
			// this one, when the mention took in the position).
			if i+1 < len(ws) && remarkVerbs.at(ws, i+1) > 0 {
				return true
			}
			j := i + 1
			for j < len(ws) && j < i+20 && !(ws[j].Text == "" && isDash(ws[j].Pre)) {
				j++
			}
			return j+1 < len(ws) && j < i+20 && remarkVerbs.at(ws, j+1) > 0
		case ws[i].Lower == "được" && ws[i].Pre == "":
			// "X, position được người điều phối mời chia sẻ …".
			for j := i + 1; j < len(ws) && j <= i+5; j++ {
				if ws[j].Lower == "mời" && ws[j].Post == "" {
					return remarkVerbs.at(ws, j+1) > 0
				}
			}
			return false
		case i > 0 && commaAfter(ws[i-1]) && ws[i].Lower == "đại" && i+2 < len(ws) && ws[i+1].Lower == "diện" && ws[i+1].Post == "" &&
			(ws[i+2].Lower == "nhóm" || ws[i+2].Lower == "cho"):
			// "Sinh viên X, đại diện nhóm trình bày …".
			i += 2
			for i < len(ws) && (ws[i].Lower == "cho" || ws[i].Lower == "nhóm" || ws[i].Lower == "tác" || ws[i].Lower == "giả" || ws[i].Lower == "nghiên" || ws[i].Lower == "cứu") {
				i++
			}
		case ws[i].Lower == "đến" && ws[i].Post == "" && fromUnitAt(ws, i) > 0:
			i += fromUnitAt(ws, i)
		case i > 0 && commaAfter(ws[i-1]) && asideWords[ws[i].Lower] && ws[i].Pre == "" && asideEnd(ws, i) > 0:
			i = asideEnd(ws, i)
		case i > 0 && strings.HasSuffix(ws[i-1].Post, ")") && ws[i].Lower == "tại" && ws[i].Pre == "" && placeEnd(ws, i) > 0:
			// "… Tổ chức Hợp tác quốc tế Đức (GIZ) tại Việt Nam, giới
			// thiệu …": where the unit is, after its abbreviation.
			i = placeEnd(ws, i)
		default:
			return false
		}
	}
	return false
}

// speaksWith reports whether the mention ms[k] is joined by "và" to the
// next one, who speaks: "ThS A (org) và TS B (org) cùng cho rằng …".
func speaksWith(s string, ws []word, ms []mention, k int) bool {
	if k+1 >= len(ms) || strings.TrimSpace(s[ms[k].End:ms[k+1].Start]) != "và" {
		return false
	}
	return speaksAfter(ws, wordAt(ws, ms[k+1].End))
}

// ofUnitAt returns how many words from i make "của trường", "của nhà
// trường", "của đơn vị" before a verb of saying; 0 when they do not.
func ofUnitAt(ws []word, i int) int {
	for n := 2; n <= 3 && i+n < len(ws); n++ {
		if isUpperWord(ws[i+n-1].Text) || ws[i+n-1].Post != "" && n < 3 {
			return 0
		}
		if remarkVerbs.at(ws, i+n) > 0 {
			return n
		}
	}
	return 0
}

// commaAfter reports whether w is followed by a comma, perhaps after a
// closing parenthesis or quote: "(dân tộc Dao đỏ), thôn …".
func commaAfter(w word) bool {
	return strings.HasPrefix(strings.TrimLeft(w.Post, ")”»\""), ",")
}

// fromUnitAt returns how many words from i make "đến từ" and the unit
// after it, up to a verb of saying: "Chị X (dân tộc Mông) đến từ Hợp tác
// xã Y chia sẻ"; 0 when they do not.
func fromUnitAt(ws []word, i int) int {
	if i+2 >= len(ws) || ws[i+1].Lower != "từ" || ws[i+1].Post != "" || !isUpperWord(ws[i+2].Text) {
		return 0
	}
	for j := i + 3; j < len(ws) && j < i+20; j++ {
		if remarkVerbs.at(ws, j) > 0 && ws[j].Pre == "" && !isUpperWord(ws[j].Text) {
			return j - i
		}
		if strings.ContainsAny(ws[j-1].Post, ".;:") {
			return 0
		}
	}
	return 0
}

// placeEnd returns the index of the word after "tại" at i and the place
// after it, written in capitals and perhaps closed by a comma ("tại Việt
// Nam,"), when a verb of saying follows; 0 otherwise.
func placeEnd(ws []word, i int) int {
	j := i + 1
	for j < len(ws) && j < i+6 && isUpperWord(ws[j].Text) && ws[j].Pre == "" {
		j++
		if ws[j-1].Post != "" {
			break
		}
	}
	if j == i+1 || j >= len(ws) || ws[j-1].Post != "" && ws[j-1].Post != "," || remarkVerbs.at(ws, j) == 0 {
		return 0
	}
	return j
}

// asideEnd returns the index of the word after an aside opened at i and
// closed by a comma within 25 words, or 0 when there is none.
func asideEnd(ws []word, i int) int {
	for j := i; j < len(ws) && j < i+25; j++ {
		if strings.ContainsAny(ws[j].Post, ".;:") {
			return 0
		}
		if strings.HasPrefix(ws[j].Post, ",") {
			return j + 1
		}
	}
	return 0
}

// closeOf returns the index of the word after the one that closes the
// parenthesis or quote opened at word i.
func closeOf(ws []word, i int) int {
	closer := ")"
	if strings.HasPrefix(ws[i].Pre, "“") {
		closer = "”"
	}
	for j := i; j < len(ws) && j < i+40; j++ {
		if strings.Contains(ws[j].Post, closer) {
			return j + 1
		}
	}
	return len(ws)
}

// unitWords are the lower-case words that start the rest of a unit's
// name after a comma: "huyện Cư M’gar", "tỉnh Đắk Lắk", "thôn Tả Phìn".
var unitWords = wordSet(`huyện tỉnh xã quận phường thị thành thôn bản buôn ấp làng khoa`)

// asideWords open a phrase set off by commas between a speaker and the
// verb: "TS X, trong bài trình bày về …, chỉ ra", "ông Y, tại phiên
// thảo luận, cho biết".
var asideWords = wordSet(`trong tại khi qua từ từng`)

// unitWordsAt returns how many words from i make the rest of the
// speaker's unit after a comma ("UNICEF Việt Nam", "huyện Cư M’gar",
// "Xuất bản,", "Hội Văn nghệ dân gian Nghệ An"): a segment that starts
// with a capital or an address word and runs to the next comma or to a
// verb of saying; 0 when there is none.
func unitWordsAt(ws []word, i int) int {
	if !isUpperWord(ws[i].Text) && !unitWords[ws[i].Lower] || ws[i].Pre != "" {
		return 0
	}
	if ws[i].Lower == "hội" && i+1 < len(ws) && (ws[i+1].Lower == "thảo" || ws[i+1].Lower == "nghị") {
		return 0 // "Hội thảo" starts a clause of its own
	}
	for j := i; j < len(ws) && j < i+12; j++ {
		// "Công ty cổ phần Thanh toán quốc gia Việt Nam (NAPAS) chia sẻ":
		// the unit's abbreviation in parentheses, then the verb.
		if j > i && strings.HasPrefix(ws[j].Pre, "(") && ws[j-1].Post == "" {
			if k := closeOf(ws, j); k < len(ws) && ws[k].Pre == "" && remarkVerbs.at(ws, k) > 0 {
				return k - i
			}
			return 0
		}
		if j > i && (ws[j].Pre != "" || remarkVerbs.at(ws, j) > 0 || stopsAt(ws, j)) {
			if remarkVerbs.at(ws, j) > 0 && ws[j].Pre == "" {
				return j - i
			}
			return 0
		}
		if strings.HasPrefix(ws[j].Post, ",") {
			return j + 1 - i
		}
		if ws[j].Post != "" {
			return 0
		}
	}
	return 0
}

// readRemark reads a sentence whose subjects, new to the article, speak:
// each contributes ("TS X (org) so sánh …; TS Y, org trình bày về …"). It
// reports whether it found one.
func (r *reader) readRemark(s, lower, para string, ws []word, ms []mention, fresh []bool) bool {
	found := false
	for k, m := range ms {
		// A short form speaks only for someone a caption introduced, whom
		// the text names first so: "Thượng tá Phước cho biết".
		if m.Short && !(fresh[k] && r.captioned(m.Name)) {
			continue
		}
		// Somebody named before speaks again only if the article named
		// them among those who attended: "Dự có đồng chí X, …" and later
		// "Đồng chí X, position thông tin về …".
		if !fresh[k] {
			if p := r.byKey[r.key(m.Name)]; p == nil || p.Role != corpus.RoleAttendee || len(m.Positions) == 0 || r.byPerson[r.key(m.Name)] != nil {
				continue
			}
		}
		start := m.Start
		if at := positionBefore(ws, wordAt(ws, m.Start), m); at >= 0 {
			start = at
		}
		// "ThS A (org) và TS B (org) cùng cho rằng": B shares A's clause.
		joined := k > 0 && strings.TrimSpace(s[ms[k-1].End:m.Start]) == "và" && r.opensClause(s, lower, ms[k-1].Start)
		// "TS Y mời ông X, position chia sẻ về …": the moderator invites
		// a speaker.
		before := lowerKeep(strings.TrimSpace(s[:start]))
		invited := before == "mời" || strings.HasSuffix(before, " mời")
		if !r.opensClause(s, lower, start) && !joined && !invited {
			continue
		}
		if fromTheFloor(lower, start, m) {
			continue
		}
		if !speaksAfter(ws, wordAt(ws, m.End)) && !speaksWith(s, ws, ms, k) || speechOfRole(lowerKeep(s[m.End:])) || praisesPapers(lowerKeep(s[m.End:])) {
			continue
		}
		p := r.byKey[r.key(m.Name)]
		if p != nil && rolePriority[p.Role] > rolePriority[corpus.RoleAttendee] {
			continue
		}
		if officialAddress(lowerKeep(s[:start]), m) || floorRequest(lowerKeep(s[:start]), lowerKeep(s[m.End:]), para) {
			continue
		}
		if audience(lowerKeep(s[m.Start:m.NameStart]), lowerKeep(para)) {
			continue
		}
		r.addContribution(m, "", para, s, false, false)
		found = true
	}
	return found
}

// fromTheFloor reports whether a person's remark, m starting the clause
// at byte start of lower, is a voice in the open discussion after the
// papers: "Tham gia thảo luận, PGS.TS X cho rằng …" (unless X "trình bày
// nhanh tham luận “T”" there), "X, position nêu ý kiến về …" whatever
// opens it. An institution's representative there still reports its
// paper (readOrgRemark).
func fromTheFloor(lower string, start int, m mention) bool {
	after := lower[m.End:]
	opener := lower[:start]
	return (strings.Contains(opener, "tham gia thảo luận") || strings.Contains(opener, "tham gia ý kiến thảo luận")) && !strings.Contains(after, "tham luận") ||
		givesOpinion(after) || opinionOfTwo(after)
}

// opinionOfTwo reports whether the words after a speaker name another who
// voices an opinion with them: "ông X, Kiểm sát viên VKSND huyện Lắk và
// Thẩm phán Y (TAND huyện Z) nêu ý kiến về …".
func opinionOfTwo(after string) bool {
	i := strings.Index(after, " nêu ý kiến")
	if i < 0 || !strings.Contains(after[:i], " và ") {
		return false
	}
	for _, k := range []string{"trình bày", "tham luận", "báo cáo", "cho rằng", "cho biết", "chia sẻ", ". ", ";"} {
		if strings.Contains(after[:i], k) {
			return false
		}
	}
	return true
}

// givesOpinion reports whether the words after a speaker, in lower case,
// say the speaker voiced an opinion, which is a remark and not a paper:
// "nêu ý kiến về …", "cũng tham gia ý kiến", "góp ý kiến", "góp ý nên …".
func givesOpinion(after string) bool {
	after = strings.TrimLeft(after, " ,")
	for _, adverb := range []string{"cũng ", "đã "} {
		after = strings.TrimPrefix(after, adverb)
	}
	for _, k := range []string{"nêu ý kiến", "tham gia ý kiến", "góp ý"} {
		if strings.HasPrefix(after, k) {
			return true
		}
	}
	return false
}

// officialAddress reports whether a remark is a government official's
// address to the event, not a paper: "Phát biểu tại hội thảo, Phó Chủ
// nhiệm Ủy ban Dân tộc X đề nghị …", "Phát biểu tại hội thảo, bà Y – phó
// giám đốc Sở Khoa học và Công nghệ – cho biết …". opener is the
// sentence before the speaker, in lower case.
func officialAddress(opener string, m mention) bool {
	if !strings.HasPrefix(opener, "phát biểu tại ") || len(m.Titles) > 0 {
		return false
	}
	k := " " + vi.Key(strings.Join(m.Positions, " ")) + " "
	for _, body := range []string{" so ", " ubnd ", " uy ban ", " bo truong ", " thu truong ", " tinh uy ", " thanh uy ", " hdnd ", " hoi dong nhan dan "} {
		if strings.Contains(k, body) {
			return true
		}
	}
	return false
}

// speechOfRole reports whether the words after a speaker name a speech
// of a role, not a contribution: "phát biểu chỉ đạo", "phát biểu khai
// mạc tại hội thảo".
func speechOfRole(after string) bool {
	after = strings.TrimLeft(after, " ,")
	rest, ok := strings.CutPrefix(after, "phát biểu ")
	if !ok {
		return false
	}
	for _, k := range []string{"chỉ đạo", "khai mạc", "bế mạc", "chào mừng", "kết luận", "tổng kết", "cảm ơn"} {
		if strings.HasPrefix(rest, k) {
			return true
		}
	}
	return false
}

// floorRequest reports whether a remark is a request or a question from
// the floor in the discussion, not a paper: "Tại phần thảo luận, ông X,
// người có uy tín xã Y, kiến nghị …", "Trong phần thảo luận, thầy Z
// băn khoăn …". opener is what the sentence says before the speaker and
// after what follows the mention, both in lower case; para is the
// paragraph. Speakers who only
// "chia sẻ" or "cho rằng" in a discussion are left to the other rules:
// reporters write so of papers too.
func floorRequest(opener, after, para string) bool {
	opener = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(opener), ","))
	// The paragraph may open the discussion and the request come later
	// in it: "Tại phần thảo luận, nhiều đại biểu quan tâm … BS. X (…)
	// đề nghị …".
	head := lowerKeep(para[:min(len(para), 60)])
	discussion := false
	for _, o := range []string{"phần thảo luận", "phần trao đổi", "tham gia thảo luận", "tham gia ý kiến", "phiên thảo luận", "ý kiến thảo luận", "ý kiến trao đổi"} {
		if strings.HasSuffix(opener, o) || strings.Contains(head, o) {
			discussion = true
		}
	}
	if !discussion {
		return false
	}
	after = strings.TrimLeft(after, " ,")
	if strings.HasPrefix(after, "(") {
		if c := strings.IndexByte(after, ')'); c > 0 {
			after = strings.TrimLeft(after[c+1:], " ,") // "(xã Tân Hưng) đề nghị"
		}
	}
	// The speaker's unit may stand before the verb: "…, huyện Đồng Văn
	// (Hà Giang) kiến nghị".
	window := " " + after[:min(len(after), 160)]
	if i := strings.IndexAny(window, ".;:“”\""); i >= 0 {
		window = window[:i]
	}
	for _, v := range []string{"đề nghị", "kiến nghị", "đặt câu hỏi", "đặt vấn đề", "băn khoăn", "hỏi", "mong muốn", "bày tỏ"} {
		if strings.Contains(window, " "+v+" ") {
			return true
		}
	}
	return false
}

// praisesPapers reports whether what follows a speaker (after, in lower
// case) judges the event's papers rather than presents one: "…, Ban Tổ
// chức Trung ương đánh giá cao chất lượng các tham luận", as an official
// or the chair does.
func praisesPapers(after string) bool {
	// The speaker's unit may stand between: "…, Ban Tổ chức Trung ương
	// đánh giá cao".
	i := strings.Index(after[:min(len(after), 100)], "đánh giá cao ")
	if i < 0 || strings.ContainsAny(after[:i], ".;:“”\"") {
		return false
	}
	rest := after[i+len("đánh giá cao "):]
	rest = rest[:min(len(rest), 60)]
	for _, k := range []string{"tham luận", "báo cáo", "hội thảo", "ý kiến"} {
		if strings.Contains(rest, k) {
			return true
		}
	}
	return false
}

// audience reports whether a speaker introduced as a pupil or a student
// (intro, the words before the name) speaks from the audience, in a
// paragraph of questions: "nhiều sinh viên đặt câu hỏi … Sinh viên X
// chia sẻ …".
func audience(intro, para string) bool {
	if !strings.Contains(intro, "sinh viên") && !strings.Contains(intro, "học sinh") && !strings.HasPrefix(intro, "em ") {
		return false
	}
	return strings.Contains(para, "câu hỏi") || strings.Contains(para, "giao lưu")
}

// opensClause reports whether a subject at offset at of s starts its
// clause: it starts the sentence, or follows an opening phrase and a comma
// that say nothing of another role ("Từ góc độ nghiên cứu, X …", not
// "Phát biểu bế mạc, X …"), or a semicolon.
func (r *reader) opensClause(s, lower string, at int) bool {
	before := strings.TrimSpace(s[:at])
	if before == "" || leadConnectives[lower[:len(before)]] {
		return true
	}
	if strings.HasSuffix(before, ";") {
		return true // "…; TS Y, position trình bày về …"
	}
	// "… nghe nhiều báo cáo, trong đó TS X (org) trình bày về …".
	if l := lower[:len(before)]; strings.HasSuffix(l, ", trong đó") || strings.HasSuffix(l, ", trong số đó") {
		return true
	}
	if !strings.HasSuffix(before, ",") {
		return false
	}
	intro := lower[:len(before)]
	if i := strings.LastIndexAny(intro, ";:"); i >= 0 {
		intro = intro[i+1:]
	}
	// "Thay mặt nhóm nghiên cứu của Viện X, ThS Y trình bày …": speaking
	// for the authors of a paper, not for the organisers.
	if strings.Contains(intro, "thay mặt nhóm") || strings.Contains(intro, "thay mặt các tác giả") {
		return true
	}
	return len(notRemark.FindAllStringIndex(intro, 1)) == 0
}

// leadConnectives may open a sentence before its subject without a comma:
// "Còn chị X … kể lại", "Riêng TS Y cho rằng".
var leadConnectives = map[string]bool{"còn": true, "riêng": true}

// readOrgRemark reads a remark credited to an institution: "Đại diện Sở
// Giáo dục và Đào tạo Hà Tĩnh cho biết …", "Theo đại diện Viện X, …". It
// reports whether it found one.
func (r *reader) readOrgRemark(s, lower, para string, ws []word, ms []mention) bool {
	for i := range ws {
		if ws[i].Lower != "đại" || i+2 >= len(ws) || ws[i+1].Lower != "diện" || ws[i].Post != "" || ws[i+1].Post != "" {
			continue
		}
		theo := i > 0 && ws[i-1].Lower == "theo" && r.opensClause(s, lower, ws[i-1].Start)
		// "Các đại biểu đã nghe đại diện Công an tỉnh X trình bày …".
		heard := i > 0 && ws[i-1].Lower == "nghe" && ws[i-1].Post == ""
		if !theo && !heard && !r.opensClause(s, lower, ws[i].Start) {
			continue
		}
		if orgStartSet.at(ws, i+2) == 0 {
			// "Đại diện Zalo (Công ty cổ phần VNG) cho biết": a brand and
			// the company behind it.
			if end, ok := brandOrgAt(s, ws, i+2); ok && !theo {
				r.addInstitution(strings.TrimSpace(s[ws[i+2].Start:end]), "", para, s)
				return true
			}
			continue
		}
		// The institution runs to the verb, or to the comma after "Theo
		// đại diện X".
		end := -1
		for j := i + 2; j < len(ws) && j < i+20; j++ {
			if theo && strings.HasPrefix(ws[j].Post, ",") && (j+1 == len(ws) || !isUpperWord(ws[j+1].Text)) {
				end = ws[j].End
				break
			}
			if !theo && j > i+2 && ws[j-1].Post == "" && !isUpperWord(ws[j].Text) && speaksAfter(ws, j) {
				end = ws[j-1].End
				break
			}
			// "đại diện Bộ Tư lệnh Tác chiến không gian mạng (Bộ Tư lệnh
			// 86) chia sẻ": the institution's other name, then the verb.
			if !theo && j > i+2 && ws[j-1].Post == "" && strings.HasPrefix(ws[j].Pre, "(") {
				if k := closeOf(ws, j); k < len(ws) && ws[k].Pre == "" && remarkVerbs.at(ws, k) > 0 {
					end = ws[j-1].End
				}
				break
			}
		}
		if end < 0 {
			return false
		}
		for _, m := range ms {
			if m.Start < end && m.End > ws[i].Start {
				return false // "Đại diện X, ông Y": a person speaks
			}
		}
		if givesOpinion(lowerKeep(s[end:])) {
			return false // "Đại diện X cũng nêu ý kiến về …"
		}
		r.addInstitution(strings.TrimSpace(s[ws[i+2].Start:end]), "", para, s)
		return true
	}
	return false
}

// readCaptionRemark reads a caption that shows someone speaking in the
// discussion: "Thiếu tá, ThS X (Trường Y) phát biểu tại phiên thảo luận".
func (r *reader) readCaptionRemark(s, lower, para string, ms []mention) bool {
	if len(ms) == 0 || ms[0].Short || ms[0].Start > 0 || !strings.Contains(lower, "thảo luận") && !strings.Contains(lower, "đối thoại") {
		return false
	}
	ws := r.words(s)
	if !speaksAfter(ws, wordAt(ws, ms[0].End)) {
		return false
	}
	if p := r.byKey[r.key(ms[0].Name)]; p != nil && rolePriority[p.Role] > rolePriority[corpus.RoleAttendee] {
		return false
	}
	r.addContribution(ms[0], "", para, s, false, true)
	return true
}

// shareOf are the phrases of a remark named after its speaker: "Xúc động
// nhất là phần chia sẻ của Đại úy X, cán bộ …".
var shareOf = keywords{"phần chia sẻ của ", "phần trình bày của ", "bài trình bày của "}

// readShareOf reads the speaker named right after a shareOf phrase.
func (r *reader) readShareOf(s, lower, para string, ms []mention) bool {
	for _, loc := range r.find(shareOf, lower) {
		for _, m := range ms {
			if m.Start == loc[1] && !m.Short {
				r.addContribution(m, "", para, s, false, false)
				return true
			}
		}
	}
	return false
}

// accordingLeads name whose view a sentence reports.
var accordingLeads = []string{"theo ", "theo đánh giá của ", "theo ý kiến của ", "theo quan điểm của ", "theo chia sẻ của ",
	"theo nhận định của ", "theo phân tích của "}

// readAccording reads a speaker named after "theo" behind an opening
// phrase: "Ở góc độ quản lý nhà nước, theo Thiếu tướng, GS.TS X, nguyên
// Giám đốc Học viện Y, việc …", or at the start of the sentence after
// "theo đánh giá của" and the like. The speaker has no role yet, or only
// attended. It reports whether it found one.
func (r *reader) readAccording(s, lower, para string, ms []mention) bool {
	for _, m := range ms {
		at, plain := -1, false
		for i, lead := range accordingLeads {
			if m.Start >= len(lead) && lower[m.Start-len(lead):m.Start] == lead {
				at, plain = m.Start-len(lead), i == 0
				break
			}
		}
		// A plain "Theo X" opening the sentence is read elsewhere.
		if m.Short || at < 0 || at == 0 && plain {
			continue
		}
		// "…, trong khi trách nhiệm còn chung chung – theo Trung tá X,
		// giảng viên Khoa Luật.": the view first, whose it is at the end.
		before := strings.TrimSpace(s[:at])
		closing := (strings.HasSuffix(before, ",") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, "-")) &&
			strings.Trim(s[m.End:], " .”\"") == ""
		if !closing && !r.opensClause(s, lower, at) {
			continue
		}
		if p := r.byKey[r.key(m.Name)]; p != nil && rolePriority[p.Role] > rolePriority[corpus.RoleAttendee] {
			continue
		}
		// What the speaker says follows the mention after a comma, perhaps
		// after an abbreviation in parentheses: "…, chuyên gia Cơ quan
		// Hợp tác quốc tế Nhật Bản (JICA), dữ liệu …".
		rest := strings.TrimSpace(s[m.End:])
		if strings.HasPrefix(rest, "(") {
			if close := strings.IndexByte(rest, ')'); close > 0 && close < 40 {
				rest = strings.TrimSpace(rest[close+1:])
			}
		}
		if !strings.HasPrefix(rest, ",") && !closing {
			continue
		}
		r.addContribution(m, "", para, s, false, false)
		return true
	}
	return false
}

// positionBefore returns where a position written before a person starts,
// right before the rank or title that opens the mention or with a comma
// between: "Phó Cục trưởng Cục Đối ngoại, Bộ Quốc phòng Thiếu tướng X",
// "Trưởng Công an xã Y (huyện Z) thiếu tá W", "Chủ nhiệm Bộ môn Ngoại dã
// chiến, Học viện Quân y, Thượng tá, TS V". The position starts with a
// role, at the start of the sentence or after a comma, and holds no verb.
// It returns -1 when there is none. i is the index of the mention's first
// word.
func positionBefore(ws []word, i int, m mention) int {
	if i == 0 || m.Rank == "" && len(m.Titles) == 0 || ws[i-1].Post != "" && ws[i-1].Post != ")" && ws[i-1].Post != "," && ws[i-1].Post != ")," {
		return -1
	}
	for p := i - 1; p >= 0 && p >= i-16; p-- {
		if strings.ContainsAny(ws[p].Post, ".;:") || stopsAt(ws, p) {
			return -1
		}
		if isUpperWord(ws[p].Text) && roleStartSet.at(ws, p) > 0 && (p == 0 || strings.HasSuffix(ws[p-1].Post, ",")) {
			return ws[p].Start
		}
		// "“…”, phó giám đốc Học viện X, Đại tá, PGS.TS Y nhấn mạnh": a
		// newspaper writes the position in lower case after the quote.
		if p > 0 && strings.HasSuffix(ws[p-1].Post, ",") && strings.ContainsAny(ws[p-1].Post, "”\"") && roleLowerSet.atLower(ws, p) > 0 {
			return ws[p].Start
		}
	}
	return -1
}

// positionFirst gives a mention with neither a position nor an
// organisation the position written before it (positionBefore) when that
// names an organisation: "Chủ nhiệm Bộ môn Ngoại dã chiến, Học viện Quân
// y, Thượng tá, TS Lù Văn Tính cho rằng …".
func positionFirst(s string, ws []word, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.Org != "" || len(m.Positions) > 0 || m.Short {
			continue
		}
		w := wordAt(ws, m.Start)
		at := positionBefore(ws, w, *m)
		if at < 0 || i > 0 && at < ms[i-1].End {
			continue
		}
		end := ws[w-1].End
		if strings.HasPrefix(ws[w-1].Post, ")") {
			end++ // "Hiệu trưởng Trường X (TP.HCM), NGƯT.TS Y"
		}
		pos := strings.TrimRight(strings.TrimSpace(s[at:end]), ",")
		// A role in lower case after a quote ("trưởng khoa An ninh mạng")
		// names its unit in lower case too.
		if Affiliation(pos) != "" || !isUpperWord(pos) && roleLowerSet.atLower(ws, wordAt(ws, at)) > 0 {
			m.Positions = []string{pos}
		}
	}
}

// captioned reports whether a caption introduced the person named.
func (r *reader) captioned(name string) bool {
	k := r.key(name)
	for _, p := range r.captionPeople {
		if r.key(p.Name) == k {
			return true
		}
	}
	return false
}

// brandOrgAt reads a brand name at word i followed by the organisation
// behind it in parentheses, then a verb of speaking: "Zalo (Công ty cổ
// phần VNG) cho biết". It returns the offset after the closing
// parenthesis.
func brandOrgAt(s string, ws []word, i int) (int, bool) {
	for j := i; j < len(ws) && j < i+3; j++ {
		if !isUpperWord(ws[j].Text) {
			return 0, false
		}
		if j+1 >= len(ws) || !strings.HasPrefix(strings.TrimSpace(ws[j].Post), "(") && !strings.HasPrefix(ws[j+1].Pre, "(") {
			continue
		}
		if orgStartSet.at(ws, j+1) == 0 {
			return 0, false
		}
		end := strings.IndexByte(s[ws[j].End:], ')')
		if end < 0 {
			return 0, false
		}
		end += ws[j].End + 1
		k := wordAt(ws, end)
		if k < len(ws) && ws[k].Start >= end && speaksAfter(ws, k) {
			return end, true
		}
		return 0, false
	}
	return 0, false
}
