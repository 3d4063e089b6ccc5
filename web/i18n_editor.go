package web

import (
	"regexp"
	"strings"

	"github.com/thamluan/thamluan/corpus"
)

// editorMessages are the words of the editor's desk, merged into messages.
var editorMessages = map[string]map[string]string{
	langVI: {
		"desk.nav": "Bàn biên tập", "desk.dashboard": "Bàn biên tập", "desk.new": "Thêm bài", "desk.taxonomy": "Chủ đề và học viện",
		"desk.logout": "Đăng xuất", "desk.drafts": "Bản nháp chờ duyệt", "desk.reports": "Báo lỗi của bạn đọc",
		"desk.failures": "Trang thu thập lỗi", "desk.warned": "Bài đọc chưa chắc chắn", "desk.recent": "Thay đổi gần đây",
		"desk.none": "Không có.", "desk.status": "Mã", "desk.error": "Lỗi", "desk.retry": "Thêm lại", "desk.close": "Đã xử lý",
		"login.title": "Đăng nhập bàn biên tập", "login.name": "Tên đăng nhập", "login.password": "Mật khẩu",
		"login.submit": "Đăng nhập", "login.bad": "Sai tên đăng nhập hoặc mật khẩu.",
		"login.throttled": "Đăng nhập sai quá nhiều lần. Vui lòng chờ một phút rồi thử lại.",
		"new.url":         "Địa chỉ bài báo (URL)", "new.paste": "Hoặc dán nội dung (HTML hoặc văn bản)",
		"new.file": "Hoặc tải lên tệp .html / .txt", "new.submit": "Lưu bản gốc và đọc bài",
		"new.hint":    "Bản gốc được lưu trước, rồi mới đọc. Bài mới là bản nháp cho đến khi được xuất bản.",
		"new.nothing": "Hãy nhập URL, dán nội dung hoặc chọn tệp.", "new.too_large": "Nội dung quá lớn (tối đa 4 MB).",
		"new.file_type": "Chỉ nhận tệp .html, .htm hoặc .txt.", "new.bad_url": "URL không hợp lệ.",
		"new.fetch_failed": "Không tải được trang.", "new.not_a_page": "Địa chỉ này không phải một trang HTML hay văn bản.",
		"new.unreadable": "Đã lưu bản gốc nhưng không đọc được nội dung.",
		"edit.title":     "Biên tập bài", "edit.history": "Lịch sử", "edit.original": "Bản gốc", "edit.public": "Trang công khai",
		"edit.saved": "Đã lưu.", "edit.problems": "Chưa lưu: vui lòng sửa các ô được đánh dấu.", "edit.article": "Bài báo",
		"edit.event": "Sự kiện", "edit.contribution": "Tham luận", "edit.add_contribution": "Thêm tham luận",
		"edit.person": "Hồ sơ người trình bày", "edit.save": "Lưu thay đổi", "edit.captions": "Chú thích ảnh",
		"f.title": "Tiêu đề", "f.published": "Ngày đăng (ngày/tháng/năm)", "f.source": "Nguồn", "f.event.kind": "Loại (hội thảo, tọa đàm…)",
		"f.event.name": "Tên sự kiện", "f.event.date": "Ngày diễn ra (ngày/tháng/năm)", "f.event.venue": "Địa điểm", "f.event.city": "Tỉnh, thành phố",
		"f.event.organizer": "Đơn vị tổ chức", "f.c.name": "Người trình bày (họ tên)", "f.c.rank": "Cấp bậc",
		"f.c.titles": "Học hàm, học vị (GS, PGS, TS…)", "f.c.position": "Chức vụ", "f.c.affiliation": "Đơn vị",
		"f.c.academy": "Học viện, trường", "f.c.title": "Tên tham luận", "f.c.summary": "Tóm tắt", "f.c.topics": "Chủ đề (phân cách bằng dấu phẩy)",
		"f.c.keynote": "Báo cáo đề dẫn", "f.c.order": "Thứ tự", "f.c.remove": "Xóa tham luận này", "f.note": "Ghi chú cho lịch sử",
		"state.draft": "Bản nháp", "state.published": "Đã xuất bản", "state.unpublished": "Đã gỡ", "state.deleted": "Đã xóa",
		"do.published": "Xuất bản", "do.unpublished": "Gỡ xuống", "do.deleted": "Xóa", "do.restore": "Khôi phục",
		"action.extracted": "đọc tự động", "action.edit": "sửa", "action.publish": "xuất bản", "action.unpublish": "gỡ xuống",
		"action.delete": "xóa", "action.restore": "khôi phục", "action.revert": "trở lại phiên bản cũ", "action.merge": "gộp người", "action.split": "tách người",
		"history.restore": "Khôi phục phiên bản này", "history.system": "hệ thống", "history.reverted": "Đã khôi phục phiên bản cũ thành một phiên bản mới.",
		"person.variants": "Các cách ghi tên", "person.merge": "Gộp vào người khác", "person.merge.into": "Gộp vào (tìm theo tên, hoặc nhập ID)",
		"person.merge.do": "Gộp", "person.split": "Tách thành người khác", "person.split.name": "Họ tên người mới", "person.split.do": "Tách",
		"merge.pick": "Hãy chọn một người khác để gộp vào.", "split.pick": "Hãy chọn tham luận và nhập họ tên người mới.",
		"tax.topics": "Chủ đề", "tax.topic.new": "Chủ đề mới", "tax.add": "Thêm", "tax.rename": "Đổi tên", "tax.delete": "Xóa",
		"tax.academies": "Học viện và tên gọi khác", "tax.alias.new": "Tên gọi khác",
		"error.401": "Vui lòng đăng nhập.", "error.403": "Tài khoản của bạn không được làm việc này.",
	},
	langEN: {
		"desk.nav": "Editor's desk", "desk.dashboard": "Editor's desk", "desk.new": "Add an article", "desk.taxonomy": "Topics and academies",
		"desk.logout": "Sign out", "desk.drafts": "Drafts to review", "desk.reports": "Readers' error reports",
		"desk.failures": "Crawl failures", "desk.warned": "Articles the reader doubted", "desk.recent": "Recent changes",
		"desk.none": "None.", "desk.status": "Status", "desk.error": "Error", "desk.retry": "Add again", "desk.close": "Dealt with",
		"login.title": "Sign in to the editor's desk", "login.name": "User name", "login.password": "Password",
		"login.submit": "Sign in", "login.bad": "Wrong user name or password.",
		"login.throttled": "Too many failed sign-ins. Wait a minute and try again.",
		"new.url":         "Article address (URL)", "new.paste": "Or paste the page (HTML or text)",
		"new.file": "Or upload an .html / .txt file", "new.submit": "Archive the original and read it",
		"new.hint":    "The original is archived first, then read. A new article is a draft until published.",
		"new.nothing": "Give a URL, paste a page or choose a file.", "new.too_large": "The page is too large (4 MB at most).",
		"new.file_type": "Only .html, .htm and .txt files.", "new.bad_url": "That URL is not valid.",
		"new.fetch_failed": "The page could not be fetched.", "new.not_a_page": "That address is not an HTML or text page.",
		"new.unreadable": "The original was archived, but its text could not be read.",
		"edit.title":     "Edit article", "edit.history": "History", "edit.original": "Original", "edit.public": "Public page",
		"edit.saved": "Saved.", "edit.problems": "Not saved: please fix the marked fields.", "edit.article": "Article",
		"edit.event": "Event", "edit.contribution": "Contribution", "edit.add_contribution": "Add a contribution",
		"edit.person": "Speaker's record", "edit.save": "Save changes", "edit.captions": "Photo captions",
		"f.title": "Title", "f.published": "Published (day/month/year)", "f.source": "Source", "f.event.kind": "Kind (workshop, seminar…)",
		"f.event.name": "Event name", "f.event.date": "Event date (day/month/year)", "f.event.venue": "Venue", "f.event.city": "City or province",
		"f.event.organizer": "Organiser", "f.c.name": "Speaker (name)", "f.c.rank": "Rank",
		"f.c.titles": "Academic titles (GS, PGS, TS…)", "f.c.position": "Position", "f.c.affiliation": "Unit",
		"f.c.academy": "Academy or school", "f.c.title": "Paper title", "f.c.summary": "Summary", "f.c.topics": "Topics (comma-separated)",
		"f.c.keynote": "Keynote", "f.c.order": "Order", "f.c.remove": "Remove this contribution", "f.note": "Note for the history",
		"state.draft": "Draft", "state.published": "Published", "state.unpublished": "Unpublished", "state.deleted": "Deleted",
		"do.published": "Publish", "do.unpublished": "Unpublish", "do.deleted": "Delete", "do.restore": "Restore",
		"action.extracted": "read automatically", "action.edit": "edited", "action.publish": "published", "action.unpublish": "unpublished",
		"action.delete": "deleted", "action.restore": "restored", "action.revert": "reverted to an earlier revision", "action.merge": "people merged", "action.split": "person split",
		"history.restore": "Restore this revision", "history.system": "system", "history.reverted": "The earlier revision was restored as a new one.",
		"person.variants": "How the name was printed", "person.merge": "Merge into another person", "person.merge.into": "Merge into (search by name, or type the ID)",
		"person.merge.do": "Merge", "person.split": "Split off another person", "person.split.name": "The new person's name", "person.split.do": "Split",
		"merge.pick": "Pick another person to merge into.", "split.pick": "Tick contributions and type the new person's name.",
		"tax.topics": "Topics", "tax.topic.new": "New topic", "tax.add": "Add", "tax.rename": "Rename", "tax.delete": "Delete",
		"tax.academies": "Academies and their other names", "tax.alias.new": "Other name",
		"error.401": "Please sign in.", "error.403": "Your account may not do this.",
	},
}

func init() {
	for lang, m := range editorMessages {
		for k, v := range m {
			messages[lang][k] = v
		}
	}
	funcs["stateActions"] = stateActions
	funcs["fieldArgs"] = func(t any, p map[string]string, name, label, value, typ string, max int) map[string]any {
		return map[string]any{"T": t, "P": p, "N": name, "L": label, "V": value, "Type": typ, "Max": max}
	}
	funcs["paragraphs"] = func(body string) []string {
		var out []string
		for _, p := range strings.Split(body, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	funcs["diffClass"] = func(line string) string {
		switch {
		case strings.HasPrefix(line, "+"):
			return "added"
		case strings.HasPrefix(line, "-"):
			return "removed"
		}
		return "changed"
	}
}

// stateActions are the state changes offered for an article in state.
func stateActions(state string) []string {
	switch state {
	case corpus.StateDraft, corpus.StateUnpublished:
		return []string{corpus.StatePublished, corpus.StateDeleted}
	case corpus.StatePublished:
		return []string{corpus.StateUnpublished, corpus.StateDeleted}
	case corpus.StateDeleted:
		return []string{"restore"}
	}
	return nil
}

// problemMessages say the store's validation messages in Vietnamese; the
// form takes dates as day/month/year.
var problemMessages = map[string]string{
	"required":                             "Không được để trống.",
	"must be news or paper":                "Phải là tin hoặc bài tham luận.",
	"listed twice":                         "Bị liệt kê hai lần.",
	"must be paper or keynote":             "Phải là tham luận hoặc báo cáo đề dẫn.",
	"speaker name or affiliation required": "Cần họ tên người trình bày hoặc đơn vị.",
	"implausible date":                     "Ngày không hợp lý.",
	"must be a date YYYY-MM-DD":            "Ngày phải viết dạng ngày/tháng/năm, ví dụ 14/07/2023.",
}

var reTooLong = regexp.MustCompile(`^too long \(max (\d+) (characters|bytes)\)$`)
var reTooMany = regexp.MustCompile(`^too many \(max (\d+)\)$`)

// problemText gives a validation message in the page's language.
func problemText(lang, msg string) string {
	if lang == langEN {
		if msg == "must be a date YYYY-MM-DD" {
			return "must be a date, day/month/year: 14/07/2023"
		}
		return msg
	}
	if m, ok := problemMessages[msg]; ok {
		return m
	}
	if m := reTooLong.FindStringSubmatch(msg); m != nil {
		return "Quá dài (tối đa " + m[1] + " ký tự)."
	}
	if m := reTooMany.FindStringSubmatch(msg); m != nil {
		return "Quá nhiều (tối đa " + m[1] + ")."
	}
	return msg
}
