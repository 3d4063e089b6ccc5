package web

import (
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// Languages of the interface; Vietnamese is the default.
const (
	langVI = "vi"
	langEN = "en"
)

// messages are the interface's words. A key missing in English falls back
// to Vietnamese.
var messages = map[string]map[string]string{
	langVI: {
		"site.tagline":         "Kho lưu trữ và tra cứu tham luận hội thảo khoa học",
		"search.placeholder":   "Tìm theo diễn giả, học viện, chủ đề… (gõ có dấu hoặc không dấu)",
		"search.button":        "Tìm kiếm",
		"search.results":       "%d kết quả",
		"search.none":          "Không tìm thấy kết quả nào cho",
		"search.folded":        "Đã tìm cả dạng không dấu:",
		"search.tips":          "Gợi ý: thử bỏ bớt từ, gõ không dấu, hoặc bỏ bộ lọc.",
		"search.all":           "Tất cả tham luận và bài viết",
		"facet.speaker":        "Diễn giả",
		"facet.academy":        "Học viện, trường",
		"facet.topic":          "Chủ đề",
		"facet.year":           "Năm",
		"facet.kind":           "Loại",
		"kind.contribution":    "Tham luận",
		"kind.article":         "Bài viết",
		"filter.active":        "Đang lọc",
		"filter.remove":        "bỏ lọc",
		"sort.relevance":       "Phù hợp nhất",
		"sort.date":            "Mới nhất",
		"page.prev":            "← Trang trước",
		"page.next":            "Trang sau →",
		"home.latest":          "Tham luận mới nhất",
		"home.browse":          "Duyệt theo",
		"home.stats":           "%d bài viết, %d tham luận, %d diễn giả, %d sự kiện",
		"contribution":         "Tham luận",
		"keynote":              "Báo cáo đề dẫn",
		"speaker":              "Diễn giả",
		"position":             "Chức vụ",
		"academy":              "Học viện, trường",
		"affiliation":          "Đơn vị",
		"event":                "Sự kiện",
		"date":                 "Ngày",
		"venue":                "Địa điểm",
		"organizer":            "Đơn vị tổ chức",
		"summary":              "Nội dung",
		"topics":               "Chủ đề",
		"reported.in":          "Được đưa tin trong",
		"no.title":             "(không nêu tên tham luận)",
		"institution":          "(tham luận của đơn vị)",
		"article":              "Bài viết",
		"source":               "Nguồn",
		"published":            "Ngày đăng",
		"original":             "Xem bản gốc đã lưu trữ",
		"original.title":       "Bản gốc đã lưu trữ",
		"original.fetched":     "Lưu trữ lúc",
		"contributions":        "Các tham luận",
		"people":               "Người tham dự",
		"cite":                 "Trích dẫn",
		"error.title":          "Có lỗi",
		"error.404":            "Không tìm thấy trang này.",
		"error.back":           "Về trang chủ",
		"lang.other":           "English",
		"count.contributions":  "%d tham luận",
		"person":               "Người tham dự",
		"export":               "Tải về",
		"report.link":          "Báo lỗi trang này",
		"report.title":         "Báo lỗi cho biên tập viên",
		"report.intro":         "Thông tin trên trang này có chỗ sai (tên, cấp bậc, học viện, tên tham luận…)? Hãy cho biên tập viên biết. Trang:",
		"report.message":       "Chỗ sai và thông tin đúng",
		"report.contact.label": "Email hoặc số điện thoại để liên hệ lại (không bắt buộc)",
		"report.send":          "Gửi báo lỗi",
		"report.thanks":        "Cảm ơn bạn. Biên tập viên sẽ xem xét và sửa.",
		"report.back":          "Quay lại trang",
		"report.empty":         "Hãy viết chỗ sai trước khi gửi.",
		"report.long":          "Nội dung dài quá 4.000 ký tự.",
		"report.contact":       "Thông tin liên hệ dài quá 200 ký tự.",
		"skip":                 "Bỏ qua, đến nội dung chính",
		"search.nearest":       "Tên gần giống:",
		"home.events":          "Sự kiện gần đây",
		"also.at":              "Cũng đăng tại",
		"names.other":          "Cách viết khác",
		"history":              "Cấp bậc, chức vụ qua các năm",
		"rank":                 "Cấp bậc, học hàm",
		"cospeakers":           "Cùng trình bày tại các sự kiện",
		"search.within":        "Tìm trong các tham luận này",
		"timeline":             "Theo năm",
		"speakers":             "Diễn giả",
		"programme":            "Chương trình tham luận",
		"sources":              "Các bài đưa tin",
		"list.speakers":        "Diễn giả (A–Z theo tên)",
		"list.academies":       "Học viện, trường, đơn vị",
		"list.topics":          "Chủ đề",
		"list.events":          "Sự kiện",
		"role.chair":           "chủ trì",
		"role.moderator":       "điều hành",
		"role.speaker":         "tham luận",
		"role.keynote":         "đề dẫn",
		"role.opening":         "khai mạc",
		"role.closing":         "bế mạc",
		"role.attendee":        "dự",
		"role.guest":           "khách mời",
	},
	langEN: {
		"site.tagline":         "An archive and search of Vietnamese workshop papers",
		"search.placeholder":   "Search by speaker, academy, topic… (with or without diacritics)",
		"search.button":        "Search",
		"search.results":       "%d results",
		"search.none":          "Nothing found for",
		"search.folded":        "Also searched without diacritics:",
		"search.tips":          "Tip: try fewer words, type without diacritics, or remove filters.",
		"search.all":           "All contributions and articles",
		"facet.speaker":        "Speaker",
		"facet.academy":        "Academy, school",
		"facet.topic":          "Topic",
		"facet.year":           "Year",
		"facet.kind":           "Kind",
		"kind.contribution":    "Contribution",
		"kind.article":         "Article",
		"filter.active":        "Filtered by",
		"filter.remove":        "remove",
		"sort.relevance":       "Best match",
		"sort.date":            "Newest",
		"page.prev":            "← Previous",
		"page.next":            "Next →",
		"home.latest":          "Latest contributions",
		"home.browse":          "Browse by",
		"home.stats":           "%d articles, %d contributions, %d speakers, %d events",
		"contribution":         "Contribution",
		"keynote":              "Keynote report",
		"speaker":              "Speaker",
		"position":             "Position",
		"academy":              "Academy, school",
		"affiliation":          "Unit",
		"event":                "Event",
		"date":                 "Date",
		"venue":                "Venue",
		"organizer":            "Organiser",
		"summary":              "Summary",
		"topics":               "Topics",
		"reported.in":          "Reported in",
		"no.title":             "(untitled contribution)",
		"institution":          "(contribution by an institution)",
		"article":              "Article",
		"source":               "Source",
		"published":            "Published",
		"original":             "View the archived original",
		"original.title":       "Archived original",
		"original.fetched":     "Archived at",
		"contributions":        "Contributions",
		"people":               "Participants",
		"cite":                 "Cite",
		"error.title":          "Error",
		"error.404":            "This page does not exist.",
		"error.back":           "Back to the home page",
		"lang.other":           "Tiếng Việt",
		"count.contributions":  "%d contributions",
		"person":               "Participant",
		"export":               "Export",
		"report.link":          "Report an error on this page",
		"report.title":         "Report an error to the editors",
		"report.intro":         "Is something on this page wrong (a name, rank, academy, title…)? Tell the editors. Page:",
		"report.message":       "What is wrong, and what is right",
		"report.contact.label": "Email or phone to reach you (optional)",
		"report.send":          "Send the report",
		"report.thanks":        "Thank you. The editors will look at it.",
		"report.back":          "Back to the page",
		"report.empty":         "Please say what is wrong before sending.",
		"report.long":          "The report is longer than 4,000 characters.",
		"report.contact":       "The contact is longer than 200 characters.",
		"skip":                 "Skip to the content",
		"search.nearest":       "Names close to it:",
		"home.events":          "Recent events",
		"also.at":              "Also at",
		"names.other":          "Also written",
		"history":              "Ranks and positions over time",
		"rank":                 "Rank, titles",
		"cospeakers":           "Presented at the same events",
		"search.within":        "Search these contributions",
		"timeline":             "By year",
		"speakers":             "Speakers",
		"programme":            "Programme",
		"sources":              "Reported in",
		"list.speakers":        "Speakers (A–Z by given name)",
		"list.academies":       "Academies, schools, units",
		"list.topics":          "Topics",
		"list.events":          "Events",
		"role.chair":           "chair",
		"role.moderator":       "moderator",
		"role.speaker":         "speaker",
		"role.keynote":         "keynote",
		"role.opening":         "opening speech",
		"role.closing":         "closing speech",
		"role.attendee":        "attended",
		"role.guest":           "guest",
	},
}

// language picks the interface language: ?lang=, then the lang cookie,
// then Vietnamese.
func language(c *gin.Context) string {
	if l := c.Query("lang"); l == langEN || l == langVI {
		c.SetCookie("lang", l, 365*24*3600, "/", "", false, true)
		return l
	}
	if l, err := c.Cookie("lang"); err == nil && (l == langEN || l == langVI) {
		return l
	}
	return langVI
}

// translator returns the message function templates call as .T.
func translator(lang string) func(key string, args ...any) string {
	return func(key string, args ...any) string {
		m, ok := messages[lang][key]
		if !ok {
			m, ok = messages[langVI][key]
		}
		if !ok {
			return key
		}
		if len(args) > 0 {
			return fmt.Sprintf(m, args...)
		}
		return m
	}
}

// viDate shows an ISO date the Vietnamese way: 2023-07-14 → 14/07/2023.
func viDate(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	return t.Format("02/01/2006")
}

var funcs = template.FuncMap{
	"viDate":   viDate,
	"metaDate": metaDate,
	"join":     strings.Join,
	"add":      func(a, b int) int { return a + b },
	"slug":     slug,
	"hitctx":   func(root map[string]any, h hitView) map[string]any { return map[string]any{"T": root["T"], "H": h} },
	"facetNames": func(withKind bool) []string {
		if withKind {
			return []string{"kind", "speaker", "academy", "topic", "year"}
		}
		return []string{"speaker", "academy", "topic", "year"}
	},
	// setq returns the current query with key set to value (page 1 unless
	// the key is page); an empty value removes the key.
	"setq": func(rawQuery, key, value string) string {
		v, _ := url.ParseQuery(rawQuery)
		if value == "" {
			v.Del(key)
		} else {
			v.Set(key, value)
		}
		if key != "page" {
			v.Del("page")
		}
		return "/search?" + v.Encode()
	},
	"itoa": strconv.Itoa,
}
