package web

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// exportRecords are the three records every export test writes: a titled
// paper with two authors, an untitled keynote dated by its report only, and
// an institution-credited paper full of TeX specials.
func exportRecords() []citationRecord {
	return []citationRecord{
		{
			ID:          101,
			URL:         "https://thamluan.vn/contribution/101/chuyen-doi-so",
			Kind:        "paper",
			Title:       "Chuyển đổi số trong đào tạo lý luận chính trị",
			Authors:     []string{"Nguyễn Văn Thiết", "Trần Thị Hoa"},
			Institution: "Học viện An ninh nhân dân",
			Academy:     "Học viện An ninh nhân dân",
			Event:       "Đổi mới giáo dục đại học",
			EventKind:   "Hội thảo",
			EventDate:   "2024-05-14",
			Venue:       "Hội trường A",
			City:        "Hà Nội",
			Organizer:   "Bộ Công an",
			Published:   "2024-05-15",
			Source:      "Báo Nhân Dân",
			SourceURL:   "https://nhandan.vn/tin-tuc-101",
			Topics:      []string{"chuyển đổi số", "giáo dục"},
			Summary:     "Tham luận nêu\nba giải pháp.",
		},
		{
			ID:          102,
			URL:         "https://thamluan.vn/contribution/102",
			Kind:        "keynote",
			Authors:     []string{"Lê Minh Quân"},
			Institution: "Học viện Chính trị quốc gia Hồ Chí Minh",
			Event:       "Tổng kết 10 năm thực hiện Nghị quyết",
			EventKind:   "Hội nghị",
			Published:   "2023-11-05",
			Source:      "Tạp chí Cộng sản",
			SourceURL:   "https://tapchicongsan.org.vn/bai-102",
		},
		{
			ID:          103,
			URL:         "https://thamluan.vn/contribution/103?ref=a_b",
			Kind:        "paper",
			Title:       "Bảo đảm 100% quyền {tiếp cận} thông tin & dữ liệu_mở",
			Institution: "Trường Đại học Luật Hà Nội & Viện Nhà nước",
			Event:       "Pháp luật & đời sống",
			EventKind:   "Tọa đàm",
			EventDate:   "2022-03-08",
			City:        "TP. Hồ Chí Minh",
			Organizer:   "Hội Luật gia #1",
			Published:   "2022-03-09",
			Source:      "Pháp luật ~ Xã hội",
			SourceURL:   "https://plxh.vn/tin_tuc?id=7%20a",
			Topics:      []string{"pháp luật", "dữ liệu mở"},
			Summary:     "Chi phí $5 ^ 2 \\ năm",
		},
	}
}

func TestExportCitationTitle(t *testing.T) {
	tests := []struct {
		name string
		rec  citationRecord
		want string
	}{
		{"titled", citationRecord{Title: "Đề tài", Authors: []string{"A"}}, "Đề tài"},
		{
			"untitled paper",
			citationRecord{Kind: "paper", Authors: []string{"Nguyễn Văn Thiết"}, EventKind: "Hội thảo", Event: "Khoa học"},
			"Tham luận của Nguyễn Văn Thiết tại Hội thảo “Khoa học”",
		},
		{
			"untitled keynote",
			citationRecord{Kind: "keynote", Authors: []string{"Lê Minh Quân"}, EventKind: "Hội nghị", Event: "Tổng kết"},
			"Báo cáo đề dẫn của Lê Minh Quân tại Hội nghị “Tổng kết”",
		},
		{
			"three authors",
			citationRecord{Kind: "paper", Authors: []string{"Nguyễn A", "Trần B", "Lê C"}},
			"Tham luận của Nguyễn A, Trần B và Lê C",
		},
		{"institution", citationRecord{Kind: "paper", Institution: "Học viện Quốc phòng"}, "Tham luận của Học viện Quốc phòng"},
		{"nobody", citationRecord{Kind: "paper"}, "Tham luận"},
	}
	for _, tt := range tests {
		if got := citationTitle(tt.rec); got != tt.want {
			t.Errorf("%s: citationTitle() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestExportCitationDate(t *testing.T) {
	tests := []struct {
		event, published string
		want             [3]int
	}{
		{"2024-05-14", "2024-05-15", [3]int{2024, 5, 14}},
		{"", "2023-11-05", [3]int{2023, 11, 5}},
		{"2021-07", "2021-08-01", [3]int{2021, 7, 0}},
		{"2020", "", [3]int{2020, 0, 0}},
		{"2024-02-30", "2024-03-01", [3]int{2024, 3, 1}},
		{"hôm qua", "2019-01-02T08:00:00Z", [3]int{2019, 1, 2}},
		{"", "", [3]int{}},
	}
	for _, tt := range tests {
		y, m, d := citationDate(citationRecord{EventDate: tt.event, Published: tt.published})
		if got := [3]int{y, m, d}; got != tt.want {
			t.Errorf("citationDate(%q, %q) = %v, want %v", tt.event, tt.published, got, tt.want)
		}
	}
}

// bibEntry is one entry as readBibTeX reads it: field values without their
// outer braces, bare values (month macros, numbers) as written.
type bibEntry struct {
	Type, Key string
	Fields    map[string]string
}

// readBibTeX is a small BibTeX reader: @type{key, then name = value pairs,
// counting braces the way BibTeX does (a backslash does not escape one).
func readBibTeX(s string) ([]bibEntry, error) {
	var entries []bibEntry
	i := 0
	skipSpace := func() {
		for i < len(s) && strings.ContainsRune(" \t\r\n", rune(s[i])) {
			i++
		}
	}
	until := func(stop string) (string, error) {
		j := strings.IndexAny(s[i:], stop)
		if j < 0 {
			return "", fmt.Errorf("offset %d: no %q", i, stop)
		}
		tok := strings.TrimSpace(s[i : i+j])
		i += j
		return tok, nil
	}
	for {
		at := strings.IndexByte(s[i:], '@')
		if at < 0 {
			return entries, nil
		}
		i += at + 1
		var e bibEntry
		var err error
		if e.Type, err = until("{"); err != nil {
			return nil, err
		}
		i++
		if e.Key, err = until(","); err != nil {
			return nil, err
		}
		i++
		e.Fields = map[string]string{}
		for {
			skipSpace()
			if i >= len(s) {
				return nil, fmt.Errorf("entry %s: not closed", e.Key)
			}
			if s[i] == '}' {
				i++
				break
			}
			name, err := until("=")
			if err != nil {
				return nil, fmt.Errorf("entry %s: %w", e.Key, err)
			}
			i++
			skipSpace()
			var value string
			if i < len(s) && s[i] == '{' {
				depth, start := 0, i
				for ; i < len(s); i++ {
					if s[i] == '{' {
						depth++
					} else if s[i] == '}' {
						depth--
						if depth == 0 {
							break
						}
					}
				}
				if depth != 0 {
					return nil, fmt.Errorf("entry %s, field %s: unbalanced braces", e.Key, name)
				}
				value = s[start+1 : i]
				i++
			} else if value, err = until(",}"); err != nil {
				return nil, fmt.Errorf("entry %s, field %s: %w", e.Key, name, err)
			}
			if _, dup := e.Fields[name]; dup {
				return nil, fmt.Errorf("entry %s: field %s twice", e.Key, name)
			}
			e.Fields[name] = value
			skipSpace()
			if i < len(s) && s[i] == ',' {
				i++
			}
		}
		entries = append(entries, e)
	}
}

func TestExportBibTeX(t *testing.T) {
	var buf bytes.Buffer
	if err := writeBibTeX(&buf, exportRecords()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	depth := 0
	for _, c := range out {
		switch c {
		case '{':
			depth++
		case '}':
			depth--
		}
		if depth < 0 {
			t.Fatalf("a closing brace without an opening one:\n%s", out)
		}
	}
	if depth != 0 {
		t.Fatalf("braces unbalanced by %d:\n%s", depth, out)
	}
	entries, err := readBibTeX(out)
	if err != nil {
		t.Fatalf("readBibTeX: %v\n%s", err, out)
	}

	pick := []string{"author", "title", "booktitle", "year", "month", "address", "organization", "url", "keywords", "note", "abstract"}
	want := []bibEntry{
		{"inproceedings", "thamluan101", map[string]string{
			"author":       "{Nguyễn Văn Thiết} and {Trần Thị Hoa}",
			"title":        "{Chuyển đổi số trong đào tạo lý luận chính trị}",
			"booktitle":    "Hội thảo “Đổi mới giáo dục đại học”",
			"year":         "2024",
			"month":        "may",
			"address":      "Hà Nội",
			"organization": "Bộ Công an",
			"url":          "https://thamluan.vn/contribution/101/chuyen-doi-so",
			"keywords":     "chuyển đổi số, giáo dục",
			"note":         `Nguồn: Báo Nhân Dân, 15/05/2024, https://nhandan.vn/tin-tuc-101`,
			"abstract":     "Tham luận nêu ba giải pháp.",
		}},
		{"inproceedings", "thamluan102", map[string]string{
			"author":    "{Lê Minh Quân}",
			"title":     "{Báo cáo đề dẫn của Lê Minh Quân tại Hội nghị “Tổng kết 10 năm thực hiện Nghị quyết”}",
			"booktitle": "Hội nghị “Tổng kết 10 năm thực hiện Nghị quyết”",
			"year":      "2023",
			"month":     "nov",
			"url":       "https://thamluan.vn/contribution/102",
			"note":      "Nguồn: Tạp chí Cộng sản, 05/11/2023, https://tapchicongsan.org.vn/bai-102",
		}},
		{"inproceedings", "thamluan103", map[string]string{
			"author":       `{Trường Đại học Luật Hà Nội \& Viện Nhà nước}`,
			"title":        `{Bảo đảm 100\% quyền \textbraceleft{}tiếp cận\textbraceright{} thông tin \& dữ liệu\_mở}`,
			"booktitle":    `Tọa đàm “Pháp luật \& đời sống”`,
			"year":         "2022",
			"month":        "mar",
			"address":      "TP. Hồ Chí Minh",
			"organization": `Hội Luật gia \#1`,
			"url":          "https://thamluan.vn/contribution/103?ref=a_b",
			"keywords":     "pháp luật, dữ liệu mở",
			"note":         `Nguồn: Pháp luật \textasciitilde{} Xã hội, 09/03/2022, https://plxh.vn/tin\_tuc?id=7\%20a`,
			"abstract":     `Chi phí \$5 \textasciicircum{} 2 \textbackslash{} năm`,
		}},
	}
	var got []bibEntry
	for _, e := range entries {
		fields := map[string]string{}
		for _, name := range pick {
			if v, ok := e.Fields[name]; ok {
				fields[name] = v
			}
		}
		got = append(got, bibEntry{e.Type, e.Key, fields})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("BibTeX read back (-want +got):\n%s\noutput:\n%s", diff, out)
	}
}

func TestExportRIS(t *testing.T) {
	var buf bytes.Buffer
	if err := writeRIS(&buf, exportRecords()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasSuffix(out, "\r\n") {
		t.Errorf("output does not end in CRLF: %q", out)
	}
	if n, crlf := strings.Count(out, "\n"), strings.Count(out, "\r\n"); n != crlf {
		t.Errorf("%d of %d line endings are not CRLF", n-crlf, n)
	}
	line := regexp.MustCompile(`^[A-Z][A-Z0-9]  - `)
	var records [][]string
	var cur []string
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if l == "" && cur == nil {
			continue // between records
		}
		if !line.MatchString(l) {
			t.Errorf("line %q is not TAG  - value", l)
			continue
		}
		cur = append(cur, l)
		if l == "ER  - " {
			records = append(records, cur)
			cur = nil
		}
	}
	if cur != nil {
		t.Errorf("record not ended with ER: %q", cur)
	}

	want := []struct {
		au     []string
		ti, py string
		da     string
		kw     []string
	}{
		{[]string{"Nguyễn Văn Thiết", "Trần Thị Hoa"}, "Chuyển đổi số trong đào tạo lý luận chính trị", "2024", "2024/05/14", []string{"chuyển đổi số", "giáo dục"}},
		{[]string{"Lê Minh Quân"}, "Báo cáo đề dẫn của Lê Minh Quân tại Hội nghị “Tổng kết 10 năm thực hiện Nghị quyết”", "2023", "2023/11/05", nil},
		{[]string{"Trường Đại học Luật Hà Nội & Viện Nhà nước"}, "Bảo đảm 100% quyền {tiếp cận} thông tin & dữ liệu_mở", "2022", "2022/03/08", []string{"pháp luật", "dữ liệu mở"}},
	}
	if len(records) != len(want) {
		t.Fatalf("got %d records, want %d:\n%s", len(records), len(want), out)
	}
	for i, rec := range records {
		if rec[0] != "TY  - CPAPER" {
			t.Errorf("record %d starts with %q, want TY  - CPAPER", i, rec[0])
		}
		tags := map[string][]string{}
		for _, l := range rec {
			tags[l[:2]] = append(tags[l[:2]], l[6:])
		}
		w := want[i]
		if diff := cmp.Diff(w.au, tags["AU"]); diff != "" {
			t.Errorf("record %d AU (-want +got):\n%s", i, diff)
		}
		if diff := cmp.Diff(w.kw, tags["KW"]); diff != "" {
			t.Errorf("record %d KW (-want +got):\n%s", i, diff)
		}
		for tag, v := range map[string]string{"TI": w.ti, "PY": w.py, "DA": w.da} {
			if got := tags[tag]; len(got) != 1 || got[0] != v {
				t.Errorf("record %d %s = %q, want %q", i, tag, got, v)
			}
		}
	}
}

func TestExportCSLJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := writeCSLJSON(&buf, exportRecords()); err != nil {
		t.Fatal(err)
	}
	if !json.Valid(buf.Bytes()) {
		t.Fatalf("not valid JSON:\n%s", buf.String())
	}
	var items []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &items); err != nil {
		t.Fatal(err)
	}
	want := []map[string]any{
		{
			"id": "thamluan101", "type": "paper-conference",
			"title":       "Chuyển đổi số trong đào tạo lý luận chính trị",
			"author":      []any{map[string]any{"literal": "Nguyễn Văn Thiết"}, map[string]any{"literal": "Trần Thị Hoa"}},
			"event-title": "Hội thảo “Đổi mới giáo dục đại học”",
			"event-place": "Hà Nội",
			"issued":      map[string]any{"date-parts": []any{[]any{2024.0, 5.0, 14.0}}},
			"publisher":   "Bộ Công an",
			"keyword":     "chuyển đổi số, giáo dục",
		},
		{
			"id": "thamluan102", "type": "paper-conference",
			"title":       "Báo cáo đề dẫn của Lê Minh Quân tại Hội nghị “Tổng kết 10 năm thực hiện Nghị quyết”",
			"author":      []any{map[string]any{"literal": "Lê Minh Quân"}},
			"event-title": "Hội nghị “Tổng kết 10 năm thực hiện Nghị quyết”",
			"issued":      map[string]any{"date-parts": []any{[]any{2023.0, 11.0, 5.0}}},
		},
		{
			"id": "thamluan103", "type": "paper-conference",
			"title":       "Bảo đảm 100% quyền {tiếp cận} thông tin & dữ liệu_mở",
			"author":      []any{map[string]any{"literal": "Trường Đại học Luật Hà Nội & Viện Nhà nước"}},
			"event-title": "Tọa đàm “Pháp luật & đời sống”",
			"event-place": "TP. Hồ Chí Minh",
			"issued":      map[string]any{"date-parts": []any{[]any{2022.0, 3.0, 8.0}}},
			"publisher":   "Hội Luật gia #1",
			"keyword":     "pháp luật, dữ liệu mở",
		},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d", len(items), len(want))
	}
	for i, it := range items {
		got := map[string]any{}
		for k := range want[i] {
			got[k] = it[k]
		}
		for _, k := range []string{"event-place", "publisher", "keyword"} {
			if _, ok := want[i][k]; !ok && it[k] != nil {
				t.Errorf("item %d has %s %v, want none", i, k, it[k])
			}
		}
		if diff := cmp.Diff(want[i], got); diff != "" {
			t.Errorf("item %d (-want +got):\n%s", i, diff)
		}
		if it["event"] != it["event-title"] {
			t.Errorf("item %d: event %v differs from event-title %v", i, it["event"], it["event-title"])
		}
	}

	buf.Reset()
	if err := writeCSLJSON(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(buf.String()); got != "[]" {
		t.Errorf("no records: got %q, want []", got)
	}
}

func TestExportCSV(t *testing.T) {
	recs := append(exportRecords(), citationRecord{ID: 104, Kind: "paper", Title: "=HYPERLINK(\"http://x\")"})
	var buf bytes.Buffer
	if err := writeCSV(&buf, recs); err != nil {
		t.Fatal(err)
	}
	body, ok := strings.CutPrefix(buf.String(), "\uFEFF")
	if !ok {
		t.Fatalf("no byte order mark: %q", buf.String()[:min(20, buf.Len())])
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantHeader := []string{
		"id", "kind", "title", "authors", "institution", "academy",
		"event_kind", "event", "event_date", "venue", "city", "organizer",
		"published", "source", "source_url", "url", "topics",
	}
	if diff := cmp.Diff(wantHeader, rows[0]); diff != "" {
		t.Fatalf("header (-want +got):\n%s", diff)
	}
	if len(rows) != len(recs)+1 {
		t.Fatalf("got %d rows, want %d", len(rows), len(recs)+1)
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	tests := []struct {
		row          int
		column, want string
	}{
		{1, "id", "101"},
		{1, "title", "Chuyển đổi số trong đào tạo lý luận chính trị"},
		{1, "authors", "Nguyễn Văn Thiết; Trần Thị Hoa"},
		{1, "topics", "chuyển đổi số; giáo dục"},
		{1, "event_date", "2024-05-14"},
		{2, "kind", "keynote"},
		{2, "title", ""},
		{2, "event_kind", "Hội nghị"},
		{3, "authors", ""},
		{3, "institution", "Trường Đại học Luật Hà Nội & Viện Nhà nước"},
		{3, "title", "Bảo đảm 100% quyền {tiếp cận} thông tin & dữ liệu_mở"},
		{3, "topics", "pháp luật; dữ liệu mở"},
		{3, "source_url", "https://plxh.vn/tin_tuc?id=7%20a"},
		{4, "title", "'=HYPERLINK(\"http://x\")"},
	}
	for _, tt := range tests {
		if got := rows[tt.row][col[tt.column]]; got != tt.want {
			t.Errorf("row %d %s = %q, want %q", tt.row, tt.column, got, tt.want)
		}
	}
}
