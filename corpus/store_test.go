package corpus

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func sampleArticle(url, source string) *Article {
	return &Article{
		URL: url, Source: source, Title: "Hội thảo về phát triển đảng viên", Published: "2023-07-14", Kind: ArticleNews,
		Event: &Event{Kind: "Hội thảo", Name: "Công tác phát triển đảng viên", Date: "2023-07-13",
			Venue: "Học viện An ninh nhân dân", City: "Hà Nội", Organizer: "Đảng ủy Công an Trung ương"},
		Contributions: []Contribution{
			{Kind: KindPaper, Speaker: &Speaker{Name: "Nguyễn Văn Thiết", Rank: "Đại tá", Titles: []string{"TS"}},
				Position: "Phó Giám đốc Học viện An ninh nhân dân", Affiliation: "Học viện An ninh nhân dân",
				Academy: "Học viện An ninh nhân dân", Title: "Công tác phát triển đảng viên trong Học viện",
				Summary: "Với tham luận ...", Evidence: "Với tham luận ...", Topics: []string{"phát triển đảng viên"}},
			{Kind: KindPaper, Affiliation: "Trường Đại học Cảnh sát nhân dân", Academy: "Trường Đại học Cảnh sát nhân dân",
				Summary: "Tham luận của Trường ..."},
		},
		People: []Participant{
			{Name: "Trần Quốc Tỏ", Rank: "Thượng tướng", Titles: []string{"PGS", "TS"}, Positions: []string{"Thứ trưởng Bộ Công an"}, Role: RoleChair},
			{Name: "Nguyễn Văn Thiết", Rank: "Đại tá", Titles: []string{"TS"}, Positions: []string{"Phó Giám đốc Học viện An ninh nhân dân"}, Role: RoleSpeaker},
		},
		Body: "Chiều 13/7/2023 ...", Captions: []string{"Thứ trưởng Trần Quốc Tỏ chủ trì Hội thảo."},
	}
}

func TestArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	in := sampleArticle("https://a.example/1", "Cổng TTĐT Bộ Công an")
	id, err := s.SaveArticle(ctx, in, 0)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want := sampleArticle("https://a.example/1", "Cổng TTĐT Bộ Công an")
	want.Academies = []string{"Học viện An ninh nhân dân", "Trường Đại học Cảnh sát nhân dân"}
	want.Topics = []string{"phát triển đảng viên"}
	want.State = StatePublished
	for i := range want.Contributions {
		want.Contributions[i].Published = true
	}
	opts := []cmp.Option{
		cmpopts.IgnoreFields(Article{}, "ID", "UpdatedAt"),
		cmpopts.IgnoreFields(Event{}, "ID"),
		cmpopts.IgnoreFields(Contribution{}, "ID", "PersonID", "EventID", "Reports", "TopicIDs", "OrganizationID"),
		cmpopts.IgnoreFields(Participant{}, "PersonID"),
		cmpopts.EquateEmpty(),
	}
	if diff := cmp.Diff(want, got, opts...); diff != "" {
		t.Errorf("article round trip (-want +got):\n%s", diff)
	}
	c := got.Contributions[0]
	if len(c.Reports) != 1 || c.Reports[0].ArticleID != id {
		t.Errorf("reports = %+v, want one report in article %d", c.Reports, id)
	}
	p, err := s.Person(ctx, c.PersonID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Nguyễn Văn Thiết" || len(p.Variants) != 1 || p.Variants[0].Rank != "Đại tá" {
		t.Errorf("person = %+v", p)
	}
	if e, err := s.Event(ctx, got.Event.ID); err != nil || e.Name != "Công tác phát triển đảng viên" {
		t.Errorf("event = %+v, %v", e, err)
	}
	counts, _ := s.Counts(ctx)
	if counts.Articles != 1 || counts.Contributions != 2 || counts.People != 2 || counts.Events != 1 || counts.Topics != 1 || counts.Organizations != 2 {
		t.Errorf("counts = %+v", counts)
	}
}

func TestPutOriginalIdempotentAndRevisions(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	o := &Original{URL: "https://a.example/1", ContentType: "text/html", Body: []byte("<p>một</p>"), Status: 200,
		Header: map[string][]string{"Etag": {`"x"`}}}
	id1, created, err := s.PutOriginal(ctx, o)
	if err != nil || !created {
		t.Fatalf("first put: id %d created %v err %v", id1, created, err)
	}
	id2, created, err := s.PutOriginal(ctx, &Original{URL: o.URL, Body: []byte("<p>một</p>")})
	if err != nil || created || id2 != id1 {
		t.Fatalf("same bytes again: id %d created %v err %v, want id %d not created", id2, created, err, id1)
	}
	id3, created, err := s.PutOriginal(ctx, &Original{URL: o.URL, Body: []byte("<p>hai</p>")})
	if err != nil || !created || id3 == id1 {
		t.Fatalf("new bytes: id %d created %v err %v, want a new revision", id3, created, err)
	}
	ids, _ := s.OriginalIDs(ctx)
	if len(ids) != 2 {
		t.Errorf("originals = %v, want both revisions kept", ids)
	}
	got, err := s.Original(ctx, id1)
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Body) != "<p>một</p>" || got.Status != 200 || got.Header["Etag"][0] != `"x"` || got.SHA256 == "" {
		t.Errorf("original = %+v", got)
	}
}

func TestChangeLogInSameTransaction(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.SaveArticle(ctx, sampleArticle("https://a.example/1", "S"), 0); err != nil {
		t.Fatal(err)
	}
	seq, _ := s.LastSeq(ctx)
	changes, _ := s.Changes(ctx, 0, 100)
	if len(changes) == 0 || changes[len(changes)-1].Seq != seq {
		t.Fatalf("changes = %v, last seq %d", changes, seq)
	}
	boom := errors.New("disk full")
	s.beforeCommit = func() error { return boom }
	if _, err := s.SaveArticle(ctx, sampleArticle("https://a.example/2", "S2"), 0); !errors.Is(err, boom) {
		t.Fatalf("save with failing commit: err = %v, want %v", err, boom)
	}
	s.beforeCommit = nil
	if after, _ := s.LastSeq(ctx); after != seq {
		t.Errorf("a failed transaction wrote change log rows: seq %d, want %d", after, seq)
	}
	if _, err := s.ArticleByURL(ctx, "https://a.example/2"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a failed transaction left its article: err = %v", err)
	}
	for i := 1; i < len(changes); i++ {
		if changes[i].Seq <= changes[i-1].Seq {
			t.Errorf("change log not monotonic: %v", changes)
		}
	}
}

func TestSameEventFromTwoSources(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a := sampleArticle("https://portal.example/1", "Cổng TTĐT Bộ Công an")
	b := sampleArticle("https://paper.example/2", "Báo Pháp luật")
	b.Title = "Nâng cao chất lượng phát triển đảng viên"
	b.Contributions[0].Title = "" // the second site left the title out
	b.Contributions = b.Contributions[:1]
	b.Event.Name = "Công tác phát triển Đảng viên" // another capitalisation
	ida, err := s.SaveArticle(ctx, a, 0)
	if err != nil {
		t.Fatal(err)
	}
	idb, err := s.SaveArticle(ctx, b, 0)
	if err != nil {
		t.Fatal(err)
	}
	ga, _ := s.Article(ctx, ida)
	gb, _ := s.Article(ctx, idb)
	if ga.Event.ID != gb.Event.ID {
		t.Errorf("two reports of one event gave events %d and %d", ga.Event.ID, gb.Event.ID)
	}
	if ga.Contributions[0].ID != gb.Contributions[0].ID {
		t.Errorf("one contribution reported twice became %d and %d", ga.Contributions[0].ID, gb.Contributions[0].ID)
	}
	if got := gb.Contributions[0].Title; got != "Công tác phát triển đảng viên trong Học viện" {
		t.Errorf("merged contribution title = %q", got)
	}
	if n := len(gb.Contributions[0].Reports); n != 2 {
		t.Errorf("reports = %d, want 2", n)
	}
	counts, _ := s.Counts(ctx)
	if counts.Contributions != 2 || counts.Events != 1 || counts.Articles != 2 {
		t.Errorf("counts = %+v", counts)
	}
	// The same article under a new URL is the same article.
	moved := sampleArticle("https://portal.example/new/1", "Cổng TTĐT Bộ Công an")
	idm, err := s.SaveArticle(ctx, moved, 0)
	if err != nil {
		t.Fatal(err)
	}
	if idm != ida {
		t.Errorf("article under a new URL got id %d, want %d", idm, ida)
	}
	if id, _ := s.ArticleByURL(ctx, "https://portal.example/1"); id != ida {
		t.Errorf("old URL lost: %d", id)
	}
}

func TestReextractRemovesDroppedContributions(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a := sampleArticle("https://a.example/1", "S")
	id, err := s.SaveArticle(ctx, a, 0)
	if err != nil {
		t.Fatal(err)
	}
	dropped := a.Contributions[1].ID
	again := sampleArticle("https://a.example/1", "S")
	again.Contributions = again.Contributions[:1]
	if _, err := s.SaveArticle(ctx, again, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Contribution(ctx, dropped); !errors.Is(err, ErrNotFound) {
		t.Errorf("dropped contribution still there: %v", err)
	}
	got, _ := s.Article(ctx, id)
	if len(got.Contributions) != 1 {
		t.Errorf("contributions = %d, want 1", len(got.Contributions))
	}
	changes, _ := s.Changes(ctx, 0, 1000)
	deleted := false
	for _, c := range changes {
		if c.Entity == EntityContribution && c.EntityID == dropped && c.Op == OpDelete {
			deleted = true
		}
	}
	if !deleted {
		t.Error("no delete in the change log for the dropped contribution")
	}
}
