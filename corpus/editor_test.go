package corpus

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var editor = &User{ID: 0, Name: "bientap"}

// addEditor creates an account, so that revisions can refer to it.
func addEditor(t *testing.T, s *Store) *User {
	t.Helper()
	u, err := s.AddUser(context.Background(), "bientap", RoleEditor, "mat-khau-dai-du")
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// changesSince lists the change log after seq as "entity id op".
func changesSince(t *testing.T, s *Store, seq int64) []string {
	t.Helper()
	cs, err := s.Changes(context.Background(), seq, 10000)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s %d %s", c.Entity, c.EntityID, c.Op))
	}
	return out
}

func lastSeq(t *testing.T, s *Store) int64 {
	t.Helper()
	seq, err := s.LastSeq(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return seq
}

func mustArticle(t *testing.T, s *Store, id int64) *Article {
	t.Helper()
	a, err := s.Article(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func save(t *testing.T, s *Store, a *Article) int64 {
	t.Helper()
	id, err := s.SaveArticle(context.Background(), a, 0)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func actions(t *testing.T, s *Store, id int64) []string {
	t.Helper()
	revs, err := s.Revisions(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range revs {
		out = append(out, r.Action)
	}
	return out
}

func TestValidateArticle(t *testing.T) {
	long := strings.Repeat("a", maxTitle+1)
	tests := []struct {
		name string
		edit func(a *Article)
		want []FieldError
	}{
		{"valid", func(a *Article) {}, nil},
		{"no title", func(a *Article) { a.Title = "  " }, []FieldError{{"title", "required"}}},
		{"long title", func(a *Article) { a.Title = long }, []FieldError{{"title", "too long (max 500 characters)"}}},
		{"bad date", func(a *Article) { a.Published = "14/07/2023" }, []FieldError{{"published", "must be a date YYYY-MM-DD"}}},
		{"no such day", func(a *Article) { a.Published = "2023-02-30" }, []FieldError{{"published", "must be a date YYYY-MM-DD"}}},
		{"implausible date", func(a *Article) { a.Published = "1023-07-14" }, []FieldError{{"published", "implausible date"}}},
		{"future date", func(a *Article) { a.Published = "2999-01-01" }, []FieldError{{"published", "implausible date"}}},
		{"no date is fine", func(a *Article) { a.Published = "" }, nil},
		{"event date", func(a *Article) { a.Event.Date = "2023-13-01" }, []FieldError{{"event.date", "must be a date YYYY-MM-DD"}}},
		{"event without name", func(a *Article) { a.Event.Name = "" }, []FieldError{{"event.name", "required"}}},
		{"empty event is none", func(a *Article) { a.Event = &Event{} }, nil},
		{"kind", func(a *Article) { a.Kind = "blog" }, []FieldError{{"kind", "must be news or paper"}}},
		{"contribution kind", func(a *Article) { a.Contributions[1].Kind = "speech" },
			[]FieldError{{"contributions.1.kind", "must be paper or keynote"}}},
		{"nobody credited", func(a *Article) { a.Contributions[1].Affiliation = "" },
			[]FieldError{{"contributions.1.speaker.name", "speaker name or affiliation required"}}},
		{"blank speaker, affiliation given", func(a *Article) { a.Contributions[0].Speaker.Name = " " }, nil},
		{"long contribution title", func(a *Article) { a.Contributions[0].Title = strings.Repeat("x", maxPaperTitle+1) },
			[]FieldError{{"contributions.0.title", "too long (max 1000 characters)"}}},
		{"listed twice", func(a *Article) { a.Contributions[0].ID, a.Contributions[1].ID = 7, 7 },
			[]FieldError{{"contributions.1.id", "listed twice"}}},
		{"too many topics", func(a *Article) { a.Contributions[0].Topics = make([]string, maxList+1) },
			[]FieldError{{"contributions.0.topics", "too many (max 20)"}}},
		{"role", func(a *Article) { a.People[0].Role = "photographer" }, []FieldError{{"people.0.role", "unknown role"}}},
		{"person without name", func(a *Article) { a.People[1].Name = "" }, []FieldError{{"people.1.name", "required"}}},
		{"several", func(a *Article) { a.Title, a.Event.Date = "", "hôm qua" },
			[]FieldError{{"title", "required"}, {"event.date", "must be a date YYYY-MM-DD"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := sampleArticle("https://a.example/1", "Bộ Công an")
			tt.edit(a)
			if diff := cmp.Diff(tt.want, ValidateArticle(a)); diff != "" {
				t.Errorf("ValidateArticle (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSaveArticleState(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		state, want string
		wantErr     bool
	}{
		{"", StatePublished, false},
		{StateDraft, StateDraft, false},
		{StateUnpublished, StateUnpublished, false},
		{StateDeleted, "", true},
		{"secret", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.state, func(t *testing.T) {
			s := openTemp(t)
			a := sampleArticle("https://a.example/1", "Bộ Công an")
			a.State = tt.state
			id, err := s.SaveArticle(ctx, a, 0)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("SaveArticle with state %q: no error", tt.state)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := mustArticle(t, s, id)
			if got.State != tt.want || got.Edited {
				t.Errorf("state, edited = %q, %v; want %q, false", got.State, got.Edited, tt.want)
			}
			for _, c := range got.Contributions {
				if c.Published != (tt.want == StatePublished) {
					t.Errorf("contribution %d: Published = %v in a %s article", c.ID, c.Published, tt.want)
				}
			}
			if diff := cmp.Diff([]string{ActionExtracted}, actions(t, s, id)); diff != "" {
				t.Errorf("history (-want +got):\n%s", diff)
			}
			// Saving it again keeps the state and, unchanged, adds no revision.
			again := sampleArticle("https://a.example/1", "Bộ Công an")
			save(t, s, again)
			if got := mustArticle(t, s, id); got.State != tt.want {
				t.Errorf("after a refetch state = %q, want %q", got.State, tt.want)
			}
			if n := len(actions(t, s, id)); n != 1 {
				t.Errorf("an unchanged refetch wrote a revision: %d revisions", n)
			}
			refs, err := s.ArticlesByState(ctx, tt.want, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(refs) != 1 || refs[0].ID != id || refs[0].Title != a.Title || refs[0].State != tt.want || refs[0].UpdatedAt.IsZero() {
				t.Errorf("ArticlesByState(%s) = %+v", tt.want, refs)
			}
		})
	}
}

func TestRefetchRecordsChange(t *testing.T) {
	s := openTemp(t)
	id := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	a := sampleArticle("https://a.example/1", "Bộ Công an")
	a.Title = "Hội thảo khoa học về phát triển đảng viên"
	save(t, s, a)
	revs, err := s.Revisions(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != 2 || revs[0].Action != ActionExtracted || revs[0].UserID != 0 ||
		revs[0].Diff != `title: "Hội thảo về phát triển đảng viên" → "Hội thảo khoa học về phát triển đảng viên"` {
		t.Errorf("revisions = %+v", revs)
	}
}

func TestRefetchKeepsEditorsVersion(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	id := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	a := mustArticle(t, s, id)
	a.Title = "Phát triển đảng viên trong Công an nhân dân"
	a.Contributions[0].Title = "Phát triển đảng viên ở Học viện An ninh nhân dân"
	if err := s.EditArticle(ctx, id, a, editor, ""); err != nil {
		t.Fatal(err)
	}
	edited := mustArticle(t, s, id)
	if !edited.Edited {
		t.Fatal("Edited = false after EditArticle")
	}
	seq := lastSeq(t, s)

	refetch := sampleArticle("https://a.example/1", "Bộ Công an")
	refetch.URLs = []string{"https://a.example/old/1"}
	got, err := s.SaveArticle(ctx, refetch, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got != id || refetch.ID != id {
		t.Errorf("SaveArticle = %d (a.ID %d), want %d", got, refetch.ID, id)
	}
	if len(refetch.Warnings) == 0 {
		t.Error("no warning that the refetch was not stored")
	}
	after := mustArticle(t, s, id)
	if diff := diffArticles(edited, after); diff != "" {
		t.Errorf("a refetch changed the edited article:\n%s", diff)
	}
	if byURL, err := s.ArticleByURL(ctx, "https://a.example/old/1"); err != nil || byURL != id {
		t.Errorf("ArticleByURL(old URL) = %d, %v; want %d", byURL, err, id)
	}
	if diff := cmp.Diff([]string{fmt.Sprintf("article %d upsert", id)}, changesSince(t, s, seq)); diff != "" {
		t.Errorf("change log (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{ActionEdit, ActionExtracted}, actions(t, s, id)); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
}

func TestEditArticle(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(a *Article)
		wantDiff []string
		check    func(t *testing.T, s *Store, before, after *Article)
	}{
		{
			name:     "title",
			edit:     func(a *Article) { a.Title = "  Hội thảo khoa học về phát triển đảng viên " },
			wantDiff: []string{`title: "Hội thảo về phát triển đảng viên" → "Hội thảo khoa học về phát triển đảng viên"`},
		},
		{
			name: "speaker's spelling corrected",
			edit: func(a *Article) { a.Contributions[0].Speaker.Name = "Nguyễn Văn Thiệt" },
			wantDiff: []string{
				`contribution 1 speaker: "Nguyễn Văn Thiết" → "Nguyễn Văn Thiệt"`,
			},
			check: func(t *testing.T, s *Store, before, after *Article) {
				if after.Contributions[0].PersonID != before.Contributions[0].PersonID {
					t.Error("the speaker changed person")
				}
				p, err := s.Person(context.Background(), after.Contributions[0].PersonID)
				if err != nil || p.Name != "Nguyễn Văn Thiệt" {
					t.Errorf("person = %+v, %v; want the name corrected", p, err)
				}
			},
		},
		{
			name: "another speaker, stale person id",
			edit: func(a *Article) { a.Contributions[0].Speaker.Name = "Nguyễn Văn Thiện" },
			wantDiff: []string{
				`contribution 1 speaker: "Nguyễn Văn Thiết" → "Nguyễn Văn Thiện"`,
			},
			check: func(t *testing.T, s *Store, before, after *Article) {
				if after.Contributions[0].PersonID == before.Contributions[0].PersonID {
					t.Error("the speaker is still the old person")
				}
				if after.Contributions[0].ID != before.Contributions[0].ID {
					t.Error("the contribution changed id")
				}
			},
		},
		{
			name: "speaker printed another way keeps the person",
			edit: func(a *Article) { a.Contributions[0].Speaker.Name = "NGUYỄN VĂN THIẾT" },
			check: func(t *testing.T, s *Store, before, after *Article) {
				if after.Contributions[0].PersonID != before.Contributions[0].PersonID {
					t.Error("the speaker changed person")
				}
			},
			wantDiff: nil, // the person's name shows: nothing visible changed
		},
		{
			name: "fields of a contribution",
			edit: func(a *Article) {
				c := &a.Contributions[0]
				c.Speaker.Rank, c.Speaker.Titles = "Thiếu tướng", []string{"PGS", "TS"}
				c.Kind, c.Topics = KindKeynote, nil
				c.Summary = "Báo cáo đề dẫn."
			},
			wantDiff: []string{
				`contribution 1 kind: "paper" → "keynote"`,
				`contribution 1 rank: "Đại tá" → "Thiếu tướng"`,
				`contribution 1 titles: "TS" → "PGS, TS"`,
				`contribution 1 summary: "Với tham luận ..." → "Báo cáo đề dẫn."`,
				`contribution 1 topics: "phát triển đảng viên" → ""`,
			},
		},
		{
			name: "add",
			edit: func(a *Article) {
				a.Contributions = append(a.Contributions, Contribution{Speaker: &Speaker{Name: "Lê Văn Hùng", Rank: "Thượng tá"},
					Affiliation: "Học viện Cảnh sát nhân dân", Academy: "Học viện Cảnh sát nhân dân", Title: "Đảng viên trẻ",
					Topics: []string{"đảng viên trẻ", " "}})
			},
			wantDiff: []string{`+ contribution: Lê Văn Hùng — “Đảng viên trẻ”`},
			check: func(t *testing.T, s *Store, before, after *Article) {
				c := after.Contributions[2]
				if c.Kind != KindPaper || !slices.Equal(c.Topics, []string{"đảng viên trẻ"}) || c.OrganizationID == 0 || !c.Published {
					t.Errorf("added contribution = %+v", c)
				}
			},
		},
		{
			name:     "remove",
			edit:     func(a *Article) { a.Contributions = a.Contributions[:1] },
			wantDiff: []string{`- contribution: Trường Đại học Cảnh sát nhân dân`},
			check: func(t *testing.T, s *Store, before, after *Article) {
				gone := before.Contributions[1].ID
				if _, err := s.Contribution(context.Background(), gone); !errors.Is(err, ErrNotFound) {
					t.Errorf("removed contribution: err = %v, want ErrNotFound", err)
				}
			},
		},
		{
			name:     "reorder",
			edit:     func(a *Article) { a.Contributions[0], a.Contributions[1] = a.Contributions[1], a.Contributions[0] },
			wantDiff: []string{`contribution moved 2 → 1: Trường Đại học Cảnh sát nhân dân`},
		},
		{
			name: "event corrected in place",
			edit: func(a *Article) { a.Event.Date, a.Event.Venue = "2023-07-12", "" },
			wantDiff: []string{
				`event date: "2023-07-13" → "2023-07-12"`,
				`event venue: "Học viện An ninh nhân dân" → ""`,
			},
			check: func(t *testing.T, s *Store, before, after *Article) {
				if after.Event.ID != before.Event.ID {
					t.Errorf("event %d became %d: an event no other article reports is corrected in place", before.Event.ID, after.Event.ID)
				}
			},
		},
		{
			name: "no event",
			edit: func(a *Article) { a.Event = nil },
			wantDiff: []string{
				`event kind: "Hội thảo" → ""`,
				`event name: "Công tác phát triển đảng viên" → ""`,
				`event date: "2023-07-13" → ""`,
				`event venue: "Học viện An ninh nhân dân" → ""`,
				`event city: "Hà Nội" → ""`,
				`event organizer: "Đảng ủy Công an Trung ương" → ""`,
			},
			check: func(t *testing.T, s *Store, before, after *Article) {
				// Nothing reports the event any more: it goes.
				if _, err := s.Event(context.Background(), before.Event.ID); !errors.Is(err, ErrNotFound) {
					t.Errorf("event: err = %v, want ErrNotFound", err)
				}
				if after.Contributions[0].EventID != 0 {
					t.Errorf("contribution event = %d, want none", after.Contributions[0].EventID)
				}
			},
		},
		{
			name: "people",
			edit: func(a *Article) {
				a.People[0].Positions = []string{"Thứ trưởng Bộ Công an", "Chủ tịch Hội đồng"}
				a.People = append(a.People, Participant{Name: "Phạm Thị Lan", Role: RoleModerator})
			},
			wantDiff: []string{
				`person Trần Quốc Tỏ positions: "Thứ trưởng Bộ Công an" → "Thứ trưởng Bộ Công an; Chủ tịch Hội đồng"`,
				`+ person: Phạm Thị Lan (moderator)`,
			},
		},
		{
			name:     "body",
			edit:     func(a *Article) { a.Body = "Chiều 13/7/2023, tại Hà Nội ..." },
			wantDiff: []string{`body: 19 → 31 characters`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTemp(t)
			u := addEditor(t, s)
			id := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
			before := mustArticle(t, s, id)
			seq := lastSeq(t, s)
			a := mustArticle(t, s, id)
			tt.edit(a)
			if err := s.EditArticle(ctx, id, a, u, "sửa theo bản in"); err != nil {
				t.Fatal(err)
			}
			after := mustArticle(t, s, id)
			if tt.check != nil {
				tt.check(t, s, before, after)
			}
			revs, err := s.Revisions(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantDiff == nil {
				if len(revs) != 1 || after.Edited {
					t.Errorf("an edit that changed nothing visible: %d revisions, edited %v", len(revs), after.Edited)
				}
				return
			}
			if !after.Edited {
				t.Error("Edited = false")
			}
			if len(revs) != 2 {
				t.Fatalf("%d revisions, want 2", len(revs))
			}
			r := revs[0]
			if r.Action != ActionEdit || r.UserID != u.ID || r.UserName != "bientap" || r.Note != "sửa theo bản in" || r.ArticleTitle != after.Title {
				t.Errorf("revision = %+v", r)
			}
			if diff := cmp.Diff(tt.wantDiff, strings.Split(r.Diff, "\n")); diff != "" {
				t.Errorf("revision diff (-want +got):\n%s", diff)
			}
			full, err := s.Revision(ctx, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			if d := diffArticles(after, full.Snapshot); d != "" || full.Snapshot.ID != id {
				t.Errorf("snapshot differs from the article:\n%s", d)
			}
			log := changesSince(t, s, seq)
			for _, want := range []string{fmt.Sprintf("article %d upsert", id)} {
				if !slices.Contains(log, want) {
					t.Errorf("change log %v lacks %q", log, want)
				}
			}
			for _, c := range after.Contributions {
				if want := fmt.Sprintf("contribution %d upsert", c.ID); !slices.Contains(log, want) {
					t.Errorf("change log %v lacks %q", log, want)
				}
			}
			for _, c := range before.Contributions {
				if !slices.ContainsFunc(after.Contributions, func(x Contribution) bool { return x.ID == c.ID }) {
					if want := fmt.Sprintf("contribution %d delete", c.ID); !slices.Contains(log, want) {
						t.Errorf("change log %v lacks %q", log, want)
					}
				}
			}
		})
	}
}

func TestEditArticleRefusesInvalid(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	id := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	seq := lastSeq(t, s)
	a := mustArticle(t, s, id)
	a.Title = ""
	a.Contributions[1].Affiliation = ""
	err := s.EditArticle(ctx, id, a, editor, "")
	v, ok := err.(*ValidationErrors)
	if !ok {
		t.Fatalf("err = %v, want *ValidationErrors", err)
	}
	want := []FieldError{{"title", "required"}, {"contributions.1.speaker.name", "speaker name or affiliation required"}}
	if diff := cmp.Diff(want, v.Fields); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}
	if v.Message("title") != "required" || v.Message("published") != "" {
		t.Errorf("Message = %q, %q", v.Message("title"), v.Message("published"))
	}
	if got := lastSeq(t, s); got != seq {
		t.Errorf("a refused edit wrote %d changes", got-seq)
	}
	if n := len(actions(t, s, id)); n != 1 {
		t.Errorf("a refused edit wrote a revision")
	}
	if err := s.EditArticle(ctx, 999, sampleArticle("https://a.example/9", ""), editor, ""); !errors.Is(err, ErrNotFound) {
		t.Errorf("editing a missing article: err = %v, want ErrNotFound", err)
	}
}

func TestEditArticleEvents(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a1 := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	a2 := save(t, s, sampleArticle("https://b.example/1", "Báo Công an nhân dân"))
	other := sampleArticle("https://c.example/1", "Báo Nhân dân")
	other.Title = "Hội nghị tổng kết"
	other.Event = &Event{Kind: "Hội nghị", Name: "Tổng kết công tác đảng", Date: "2023-12-20"}
	other.Contributions = nil
	a3 := save(t, s, other)
	shared := mustArticle(t, s, a1).Event.ID
	if mustArticle(t, s, a2).Event.ID != shared {
		t.Fatal("two reports of one event did not meet")
	}

	// A shared event renamed in one article: that article gets a new event.
	a := mustArticle(t, s, a1)
	a.Event.Name = "Công tác phát triển đảng viên trong Công an nhân dân"
	if err := s.EditArticle(ctx, a1, a, editor, ""); err != nil {
		t.Fatal(err)
	}
	e1, e2 := mustArticle(t, s, a1).Event, mustArticle(t, s, a2).Event
	if e1.ID == shared || e2.ID != shared || e2.Name != "Công tác phát triển đảng viên" {
		t.Errorf("events = %+v, %+v; want a new one for article 1, the old one kept for article 2", e1, e2)
	}
	if c := mustArticle(t, s, a1).Contributions[1]; c.EventID != e1.ID {
		t.Errorf("contribution event = %d, want %d", c.EventID, e1.ID)
	}

	// Naming a known event (name and date) joins it; the event left behind,
	// reported by nothing, goes.
	a = mustArticle(t, s, a1)
	a.Event = &Event{Name: "Tổng kết công tác Đảng", Date: "2023-12-20", Venue: "Hà Nội"}
	seq := lastSeq(t, s)
	if err := s.EditArticle(ctx, a1, a, editor, ""); err != nil {
		t.Fatal(err)
	}
	got := mustArticle(t, s, a1).Event
	want := mustArticle(t, s, a3).Event
	if got.ID != want.ID || got.Kind != "Hội nghị" || got.Venue != "Hà Nội" {
		t.Errorf("event = %+v, want the known event %+v with its venue filled", got, want)
	}
	if _, err := s.Event(ctx, e1.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("the abandoned event: err = %v, want ErrNotFound", err)
	}
	if log := changesSince(t, s, seq); !slices.Contains(log, fmt.Sprintf("event %d delete", e1.ID)) {
		t.Errorf("change log %v lacks the event's deletion", log)
	}
}

func TestEditSharedContribution(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a1 := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	a2 := save(t, s, sampleArticle("https://b.example/1", "Báo Công an nhân dân"))
	a := mustArticle(t, s, a1)
	shared := a.Contributions[0].ID
	if len(a.Contributions[0].Reports) != 2 {
		t.Fatalf("contribution %d has %d reports, want 2", shared, len(a.Contributions[0].Reports))
	}
	seq := lastSeq(t, s)
	a.Contributions[0].Title = "Phát triển đảng viên trong Học viện An ninh nhân dân"
	a.Contributions = a.Contributions[:1]
	if err := s.EditArticle(ctx, a1, a, editor, ""); err != nil {
		t.Fatal(err)
	}
	// The other report shows the correction; the contribution article 1 no
	// longer reports stays, article 2 reports it.
	b := mustArticle(t, s, a2)
	if b.Contributions[0].Title != "Phát triển đảng viên trong Học viện An ninh nhân dân" || len(b.Contributions) != 2 {
		t.Errorf("article 2 contributions = %+v", b.Contributions)
	}
	log := changesSince(t, s, seq)
	for _, want := range []string{fmt.Sprintf("article %d upsert", a2), fmt.Sprintf("contribution %d upsert", b.Contributions[1].ID)} {
		if !slices.Contains(log, want) {
			t.Errorf("change log %v lacks %q", log, want)
		}
	}
}

func TestEditNamesakes(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	id := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	a := mustArticle(t, s, id)
	first := a.Contributions[0].PersonID
	// Another Nguyễn Văn Thiết, split off from the first.
	second, err := s.SplitPerson(ctx, first, []int64{a.Contributions[0].ID}, "Nguyễn Văn Thiết", editor)
	if err != nil {
		t.Fatal(err)
	}
	a = mustArticle(t, s, id)
	if a.Contributions[0].PersonID != second {
		t.Fatalf("speaker = %d, want the new person %d", a.Contributions[0].PersonID, second)
	}
	// Editing the article keeps the namesake the contribution names.
	a.Title = "Hội thảo khoa học"
	if err := s.EditArticle(ctx, id, a, editor, ""); err != nil {
		t.Fatal(err)
	}
	if got := mustArticle(t, s, id).Contributions[0].PersonID; got != second {
		t.Errorf("after an edit the speaker is %d, want %d", got, second)
	}
	// And can choose the other one.
	a = mustArticle(t, s, id)
	a.Contributions[0].PersonID = first
	if err := s.EditArticle(ctx, id, a, editor, ""); err != nil {
		t.Fatal(err)
	}
	got := mustArticle(t, s, id)
	if got.Contributions[0].PersonID != first {
		t.Errorf("speaker = %d, want %d", got.Contributions[0].PersonID, first)
	}
	revs, err := s.Revisions(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf(`contribution 1 speaker: "Nguyễn Văn Thiết" (#%d) → "Nguyễn Văn Thiết" (#%d)`, second, first); !strings.Contains(revs[0].Diff, want) {
		t.Errorf("diff = %q, want it to hold %q", revs[0].Diff, want)
	}
}

func TestSetArticleState(t *testing.T) {
	type step struct {
		state   string
		want    string // the state after, "" when refused
		publish bool   // the contributions are public after
	}
	tests := []struct {
		name  string
		start string
		steps []step
	}{
		{"publish a draft", StateDraft, []step{{StatePublished, StatePublished, true}}},
		{"unpublish and publish again", StatePublished, []step{
			{StateUnpublished, StateUnpublished, false}, {StateUnpublished, "", false}, {ActionPublish, StatePublished, true}}},
		{"publish twice", StatePublished, []step{{StatePublished, "", true}}},
		{"unpublish a draft", StateDraft, []step{{StateUnpublished, "", false}}},
		{"delete and restore", StateUnpublished, []step{
			{StateDeleted, StateDeleted, false}, {StatePublished, "", false}, {StateDeleted, "", false},
			{ActionRestore, StateUnpublished, false}}},
		{"delete a published one", StatePublished, []step{
			{ActionDelete, StateDeleted, false}, {ActionRestore, StatePublished, true}, {ActionRestore, "", true}}},
		{"unknown", StatePublished, []step{{"hidden", "", true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTemp(t)
			a := sampleArticle("https://a.example/1", "Bộ Công an")
			a.State = tt.start
			id := save(t, s, a)
			for i, st := range tt.steps {
				before := mustArticle(t, s, id)
				seq := lastSeq(t, s)
				n := len(actions(t, s, id))
				err := s.SetArticleState(ctx, id, st.state, editor, "")
				after := mustArticle(t, s, id)
				if st.want == "" {
					if err == nil {
						t.Fatalf("step %d: %s from %s: no error", i, st.state, before.State)
					}
					var v *ValidationErrors
					if !errors.Is(err, ErrTransition) && !errors.As(err, &v) {
						t.Errorf("step %d: err = %v, want ErrTransition or *ValidationErrors", i, err)
					}
					if after.State != before.State || lastSeq(t, s) != seq || len(actions(t, s, id)) != n {
						t.Errorf("step %d: a refused change wrote something", i)
					}
				} else {
					if err != nil {
						t.Fatalf("step %d: %v", i, err)
					}
					if after.State != st.want {
						t.Errorf("step %d: state = %q, want %q", i, after.State, st.want)
					}
					log := changesSince(t, s, seq)
					want := []string{fmt.Sprintf("article %d upsert", id), fmt.Sprintf("event %d upsert", after.Event.ID)}
					for _, c := range after.Contributions {
						want = append(want, fmt.Sprintf("contribution %d upsert", c.ID))
					}
					for _, w := range want {
						if !slices.Contains(log, w) {
							t.Errorf("step %d: change log %v lacks %q", i, log, w)
						}
					}
					revs, err := s.Revisions(ctx, id)
					if err != nil {
						t.Fatal(err)
					}
					if wantDiff := fmt.Sprintf("state: %q → %q", before.State, st.want); revs[0].Diff != wantDiff {
						t.Errorf("step %d: diff = %q, want %q", i, revs[0].Diff, wantDiff)
					}
				}
				for _, c := range after.Contributions {
					if c.Published != st.publish {
						t.Errorf("step %d: contribution %d Published = %v, want %v", i, c.ID, c.Published, st.publish)
					}
				}
			}
		})
	}
}

func TestEditDeletedArticle(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	id := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	if err := s.SetArticleState(ctx, id, StateDeleted, editor, "trùng bài"); err != nil {
		t.Fatal(err)
	}
	a := mustArticle(t, s, id)
	a.Title = "Khác"
	if err := s.EditArticle(ctx, id, a, editor, ""); !errors.Is(err, ErrTransition) {
		t.Errorf("editing a deleted article: err = %v, want ErrTransition", err)
	}
	ids, err := s.PublicArticleIDs(ctx)
	if err != nil || len(ids) != 0 {
		t.Errorf("PublicArticleIDs = %v, %v; want none", ids, err)
	}
	cids, err := s.PublicContributionIDs(ctx)
	if err != nil || len(cids) != 0 {
		t.Errorf("PublicContributionIDs = %v, %v; want none", cids, err)
	}
}

func TestRevertArticle(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	u := addEditor(t, s)
	id := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	original := mustArticle(t, s, id)
	a := mustArticle(t, s, id)
	a.Title = "Tiêu đề sai"
	a.Contributions = a.Contributions[:1] // the second one is deleted
	if err := s.EditArticle(ctx, id, a, u, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.SetArticleState(ctx, id, StateUnpublished, u, ""); err != nil {
		t.Fatal(err)
	}
	revs, err := s.Revisions(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	first := revs[len(revs)-1]
	if first.Action != ActionExtracted {
		t.Fatalf("oldest revision is %q, want extracted", first.Action)
	}
	if err := s.RevertArticle(ctx, id, first.ID, u); err != nil {
		t.Fatal(err)
	}
	got := mustArticle(t, s, id)
	if got.Title != original.Title || len(got.Contributions) != 2 || got.State != StateUnpublished {
		t.Errorf("after revert: title %q, %d contributions, state %s", got.Title, len(got.Contributions), got.State)
	}
	if d := diffArticles(original, got); d != `state: "published" → "unpublished"` {
		t.Errorf("reverted article differs from the original:\n%s", d)
	}
	if diff := cmp.Diff([]string{ActionRevert, ActionUnpublish, ActionEdit, ActionExtracted}, actions(t, s, id)); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	recent, err := s.RecentRevisions(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	var recentActions []string
	for _, r := range recent {
		recentActions = append(recentActions, r.Action)
	}
	if diff := cmp.Diff([]string{ActionRevert, ActionUnpublish, ActionEdit}, recentActions); diff != "" {
		t.Errorf("recent revisions (-want +got):\n%s", diff)
	}
	if recent[0].Note != fmt.Sprintf("revert to revision %d", first.ID) || !strings.Contains(recent[0].Diff, "+ contribution: Trường Đại học Cảnh sát nhân dân") {
		t.Errorf("revert revision = %+v", recent[0])
	}

	other := save(t, s, sampleArticle("https://b.example/2", "Báo Nhân dân"))
	if err := s.RevertArticle(ctx, other, first.ID, u); !errors.Is(err, ErrNotFound) {
		t.Errorf("reverting to another article's revision: err = %v, want ErrNotFound", err)
	}
	if _, err := s.Revision(ctx, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Revision(9999): err = %v, want ErrNotFound", err)
	}
	if _, err := s.Revisions(ctx, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Revisions(9999): err = %v, want ErrNotFound", err)
	}
}

// An article stored before histories were kept gets its "extracted"
// revision at its first change.
func TestBaselineRevision(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	id := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	if _, err := s.db.Exec(`DELETE FROM article_revisions`); err != nil {
		t.Fatal(err)
	}
	if err := s.SetArticleState(ctx, id, StateUnpublished, editor, ""); err != nil {
		t.Fatal(err)
	}
	revs, err := s.Revisions(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != 2 || revs[1].Action != ActionExtracted || revs[1].Snapshot != nil {
		t.Fatalf("revisions = %+v", revs)
	}
	base, err := s.Revision(ctx, revs[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if base.Snapshot.State != StatePublished || len(base.Snapshot.Contributions) != 2 {
		t.Errorf("baseline snapshot = %+v", base.Snapshot)
	}
}

func TestDiffArticlesMoves(t *testing.T) {
	mk := func(ids ...int64) *Article {
		a := &Article{}
		for _, id := range ids {
			a.Contributions = append(a.Contributions, Contribution{ID: id, Affiliation: fmt.Sprint("Đơn vị ", id)})
		}
		return a
	}
	tests := []struct {
		before, after *Article
		want          string
	}{
		{mk(1, 2, 3), mk(1, 2, 3), ""},
		{mk(1, 2, 3), mk(3, 1, 2), "contribution moved 3 → 1: Đơn vị 3"},
		{mk(1, 2, 3), mk(2, 3, 1), "contribution moved 1 → 3: Đơn vị 1"},
		{mk(1, 2, 3), mk(1, 3), "- contribution: Đơn vị 2"},
		{mk(1, 2), mk(4, 1, 2), "+ contribution: Đơn vị 4"},
	}
	for _, tt := range tests {
		if got := diffArticles(tt.before, tt.after); got != tt.want {
			t.Errorf("diff = %q, want %q", got, tt.want)
		}
	}
}
