package web

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/thamluan/thamluan/corpus"
)

// citationRecord is one contribution as the exports see it.
type citationRecord struct {
	ID                     int64
	URL                    string   // absolute URL of the contribution's page on this site
	Kind                   string   // "paper" or "keynote"
	Title                  string   // may be "" (untitled contribution)
	Authors                []string // bare names, "Nguyễn Văn Thiết" (surname first, Vietnamese order); empty when an institution is credited
	Institution            string   // the crediting institution when Authors is empty, else the speaker's affiliation
	Academy                string
	Event                  string // event name
	EventKind              string // "Hội thảo", "Hội nghị", "Tọa đàm", ...
	EventDate              string // ISO 2006-01-02 or ""
	Venue, City, Organizer string
	Published              string // ISO date of the first report, or ""
	Source                 string // the site that reported it
	SourceURL              string // URL of the report
	Topics                 []string
	Summary                string
}

// citationKey is the entry's key in BibTeX and its id in CSL-JSON and RIS.
func citationKey(r citationRecord) string {
	return "thamluan" + strconv.FormatInt(r.ID, 10)
}

// citationEvent is the event as a reference names it: Hội thảo “Tên”.
func citationEvent(r citationRecord) string {
	if r.Event == "" {
		return ""
	}
	return strings.TrimSpace(r.EventKind + " “" + r.Event + "”")
}

// citationCredit names whoever is credited: the authors, "A, B và C", or
// the institution when no person is.
func citationCredit(r citationRecord) string {
	switch n := len(r.Authors); n {
	case 0:
		return r.Institution
	case 1:
		return r.Authors[0]
	default:
		return strings.Join(r.Authors[:n-1], ", ") + " và " + r.Authors[n-1]
	}
}

// citationTitle is the contribution's title, or for an untitled one a
// description reference managers can show in its place:
// "Tham luận của Nguyễn Văn Thiết tại Hội thảo “…”".
func citationTitle(r citationRecord) string {
	if r.Title != "" {
		return r.Title
	}
	t := "Tham luận"
	if r.Kind == corpus.KindKeynote {
		t = "Báo cáo đề dẫn"
	}
	if by := citationCredit(r); by != "" {
		t += " của " + by
	}
	if ev := citationEvent(r); ev != "" {
		t += " tại " + ev
	}
	return t
}

// citationDate is the date a reference carries: the event's, else the first
// report's. Unknown parts are 0; a year alone or a year and month are kept.
func citationDate(r citationRecord) (year, month, day int) {
	for _, s := range []string{r.EventDate, r.Published} {
		if y, m, d, ok := parseCitationDate(s); ok {
			return y, m, d
		}
	}
	return 0, 0, 0
}

func parseCitationDate(s string) (year, month, day int, ok bool) {
	if len(s) > 10 && s[10] == 'T' { // a timestamp: keep its date
		s = s[:10]
	}
	layouts := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
	layout, known := layouts[len(s)]
	if !known {
		return 0, 0, 0, false
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return 0, 0, 0, false
	}
	switch len(s) {
	case 4:
		return t.Year(), 0, 0, true
	case 7:
		return t.Year(), int(t.Month()), 0, true
	}
	return t.Year(), int(t.Month()), t.Day(), true
}

// citationNote says where the contribution was reported:
// "Nguồn: Báo Nhân Dân, 14/05/2024, https://…".
func citationNote(r citationRecord) string {
	var parts []string
	if r.Source != "" {
		parts = append(parts, r.Source)
	}
	if t, err := time.Parse("2006-01-02", r.Published); err == nil {
		parts = append(parts, t.Format("02/01/2006"))
	}
	if r.SourceURL != "" {
		parts = append(parts, r.SourceURL)
	}
	if len(parts) == 0 {
		return ""
	}
	return "Nguồn: " + strings.Join(parts, ", ")
}

// oneLine collapses runs of white space, newlines included, to one space:
// every field of these formats is a single line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// bibEscaper escapes the characters TeX treats specially. Braces become
// commands rather than \{ and \}, because BibTeX counts every brace, escaped
// or not, and a lone \{ would leave the entry unbalanced.
var bibEscaper = strings.NewReplacer(
	`\`, `\textbackslash{}`,
	`{`, `\textbraceleft{}`,
	`}`, `\textbraceright{}`,
	`&`, `\&`,
	`%`, `\%`,
	`$`, `\$`,
	`#`, `\#`,
	`_`, `\_`,
	`~`, `\textasciitilde{}`,
	`^`, `\textasciicircum{}`,
)

func bibEscape(s string) string {
	return bibEscaper.Replace(oneLine(s))
}

// bibURLEscaper keeps a URL verbatim, as the url field wants, except for
// what would break the entry's braces or the line.
var bibURLEscaper = strings.NewReplacer(`{`, `%7B`, `}`, `%7D`, `\`, `%5C`, ` `, `%20`)

func bibURL(s string) string {
	return bibURLEscaper.Replace(strings.TrimSpace(s))
}

// bibMonths are BibTeX's month macros, which every style knows.
var bibMonths = [...]string{"", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// writeBibTeX writes recs as @inproceedings entries keyed thamluan<ID>, in
// UTF-8. Each name is braced whole, so BibTeX keeps a Vietnamese name, family
// name first, as one unit instead of splitting it into first and last; the
// title is braced so styles keep its case.
func writeBibTeX(w io.Writer, recs []citationRecord) error {
	bw := bufio.NewWriter(w)
	for i, r := range recs {
		if i > 0 {
			bw.WriteString("\n")
		}
		names := r.Authors
		if len(names) == 0 && r.Institution != "" {
			names = []string{r.Institution}
		}
		var author []string
		for _, n := range names {
			author = append(author, "{"+bibEscape(n)+"}")
		}
		var keywords []string
		for _, t := range r.Topics {
			keywords = append(keywords, bibEscape(t))
		}
		y, m, _ := citationDate(r)

		fmt.Fprintf(bw, "@inproceedings{%s,\n", citationKey(r))
		field := func(name, value string) {
			if value != "" {
				fmt.Fprintf(bw, "  %-12s = %s,\n", name, value)
			}
		}
		braced := func(s string) string {
			if s == "" {
				return ""
			}
			return "{" + s + "}"
		}
		field("author", braced(strings.Join(author, " and ")))
		field("title", "{"+braced(bibEscape(citationTitle(r)))+"}")
		field("booktitle", braced(bibEscape(citationEvent(r))))
		if y > 0 {
			field("year", braced(strconv.Itoa(y)))
		}
		field("month", bibMonths[m])
		field("address", braced(bibEscape(r.City)))
		field("organization", braced(bibEscape(r.Organizer)))
		field("url", braced(bibURL(r.URL)))
		field("note", braced(bibEscape(citationNote(r))))
		field("keywords", braced(strings.Join(keywords, ", ")))
		field("abstract", braced(bibEscape(r.Summary)))
		bw.WriteString("}\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write bibtex: %w", err)
	}
	return nil
}

// writeRIS writes recs as RIS CPAPER records, with the CRLF line endings
// the RIS specification asks for.
func writeRIS(w io.Writer, recs []citationRecord) error {
	bw := bufio.NewWriter(w)
	tag := func(t, value string) {
		if value = oneLine(value); value != "" {
			bw.WriteString(t + "  - " + value + "\r\n")
		}
	}
	for i, r := range recs {
		if i > 0 {
			bw.WriteString("\r\n")
		}
		bw.WriteString("TY  - CPAPER\r\n")
		tag("ID", citationKey(r))
		for _, a := range r.Authors {
			tag("AU", a)
		}
		if len(r.Authors) == 0 {
			tag("AU", r.Institution)
		} else {
			tag("AD", r.Institution)
		}
		tag("TI", citationTitle(r))
		tag("T2", citationEvent(r))
		tag("CY", r.City)
		switch y, m, d := citationDate(r); {
		case d > 0:
			tag("PY", strconv.Itoa(y))
			tag("DA", fmt.Sprintf("%04d/%02d/%02d", y, m, d))
		case m > 0:
			tag("PY", strconv.Itoa(y))
			tag("DA", fmt.Sprintf("%04d/%02d", y, m))
		case y > 0:
			tag("PY", strconv.Itoa(y))
		}
		tag("PB", r.Organizer)
		tag("UR", r.URL)
		for _, t := range r.Topics {
			tag("KW", t)
		}
		tag("AB", r.Summary)
		tag("N1", citationNote(r))
		tag("LA", "vi")
		bw.WriteString("ER  - \r\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write ris: %w", err)
	}
	return nil
}

// cslItem is one CSL-JSON item.
type cslItem struct {
	ID     string    `json:"id"`
	Type   string    `json:"type"`
	Title  string    `json:"title,omitempty"`
	Author []cslName `json:"author,omitempty"`
	// Event is the CSL 1.0.1 name of EventTitle; both are written so older
	// and newer processors find the event.
	Event      string   `json:"event,omitempty"`
	EventTitle string   `json:"event-title,omitempty"`
	EventPlace string   `json:"event-place,omitempty"`
	Issued     *cslDate `json:"issued,omitempty"`
	URL        string   `json:"URL,omitempty"`
	Publisher  string   `json:"publisher,omitempty"`
	Keyword    string   `json:"keyword,omitempty"`
	Abstract   string   `json:"abstract,omitempty"`
	Note       string   `json:"note,omitempty"`
	// Language stops processors from title-casing titles as if English.
	Language string `json:"language,omitempty"`
}

// cslName is a name as a literal: a Vietnamese name does not split into
// family and given the Western way, and an institution does not split at all.
type cslName struct {
	Literal string `json:"literal"`
}

type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

// writeCSLJSON writes recs as a JSON array of CSL items of type
// paper-conference.
func writeCSLJSON(w io.Writer, recs []citationRecord) error {
	items := make([]cslItem, 0, len(recs))
	for _, r := range recs {
		it := cslItem{
			ID:         citationKey(r),
			Type:       "paper-conference",
			Title:      oneLine(citationTitle(r)),
			Event:      oneLine(citationEvent(r)),
			EventTitle: oneLine(citationEvent(r)),
			EventPlace: oneLine(r.City),
			URL:        strings.TrimSpace(r.URL),
			Publisher:  oneLine(r.Organizer),
			Keyword:    oneLine(strings.Join(r.Topics, ", ")),
			Abstract:   oneLine(r.Summary),
			Note:       oneLine(citationNote(r)),
			Language:   "vi",
		}
		for _, a := range r.Authors {
			it.Author = append(it.Author, cslName{oneLine(a)})
		}
		if len(r.Authors) == 0 && r.Institution != "" {
			it.Author = []cslName{{oneLine(r.Institution)}}
		}
		if y, m, d := citationDate(r); y > 0 {
			parts := []int{y}
			if m > 0 {
				parts = append(parts, m)
				if d > 0 {
					parts = append(parts, d)
				}
			}
			it.Issued = &cslDate{DateParts: [][]int{parts}}
		}
		items = append(items, it)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // keep & and “” readable; this is not HTML
	enc.SetIndent("", "  ")
	if err := enc.Encode(items); err != nil {
		return fmt.Errorf("write csl-json: %w", err)
	}
	return nil
}

// csvHeader is the first row of the CSV export.
var csvHeader = []string{
	"id", "kind", "title", "authors", "institution", "academy",
	"event_kind", "event", "event_date", "venue", "city", "organizer",
	"published", "source", "source_url", "url", "topics",
}

// csvCell guards a value a spreadsheet would run as a formula: the titles
// come from crawled pages, and the BOM invites opening the file in one.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// writeCSV writes recs as CSV, UTF-8 with a byte order mark first so that
// spreadsheet programs read the Vietnamese as UTF-8.
func writeCSV(w io.Writer, recs []citationRecord) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	for _, r := range recs {
		row := []string{
			strconv.FormatInt(r.ID, 10), r.Kind, r.Title,
			strings.Join(r.Authors, "; "), r.Institution, r.Academy,
			r.EventKind, r.Event, r.EventDate, r.Venue, r.City, r.Organizer,
			r.Published, r.Source, r.SourceURL, r.URL,
			strings.Join(r.Topics, "; "),
		}
		for i := range row {
			row[i] = csvCell(row[i])
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}
