package web

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/vi"
)

// browser starts headless Chromium for a test. Without a browser the test
// is skipped, except in CI (CI=true), where .ci/run installs one.
func browser(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no chromium on PATH in CI: .ci/run should have installed it")
		}
		t.Skip("no chromium on PATH: install Debian's chromium to run the browser tests")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	tctx, tcancel := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(tcancel)
	return tctx
}

// TestBrowserSearch types an unaccented name into the home page's search
// box on a phone-sized screen, submits, and reads the first hit.
func TestBrowserSearch(t *testing.T) {
	base := testServer(t)
	ctx := browser(t)
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="q"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), "nguyen van thiet\n"),
		// The home page lists hits too: wait for the results page's own.
		chromedp.WaitVisible(chromedp.CSS(`section.results li.hit`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	speaker, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`section.results li.hit .speaker`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(speaker, "Nguyễn Văn Thiết") {
		t.Errorf("first hit's speaker = %q, want Nguyễn Văn Thiết", speaker)
	}
	date, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`section.results li.hit .date`)))
	if err != nil {
		t.Fatal(err)
	}
	if date != "13/07/2023" {
		t.Errorf("first hit's date = %q, want 13/07/2023", date)
	}
	overflow, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
	if err != nil {
		t.Fatal(err)
	}
	if overflow {
		t.Error("the search page scrolls sideways on a 390 px screen")
	}
	// Follow the hit to the contribution page.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`li.hit a.title`)), chromedp.WaitVisible(chromedp.CSS(`article.contribution h1`))); err != nil {
		t.Fatal(err)
	}
	h1, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`article.contribution h1`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h1, "Công tác phát triển đảng viên") {
		t.Errorf("contribution page title = %q", h1)
	}
}

// TestBrowserFacet clicks a facet and checks the filter shows and applies.
func TestBrowserFacet(t *testing.T) {
	base := testServer(t)
	ctx := browser(t)
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/search?q=an+ninh"),
		chromedp.WaitVisible(chromedp.CSS(`aside.facets`)),
		chromedp.Click(chromedp.CSS(`aside.facets ul.facet a[href*="year="]`)),
		chromedp.WaitVisible(chromedp.CSS(`p.active .chip`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	chip, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`p.active .chip`)))
	if err != nil {
		t.Fatal(err)
	}
	dates, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("li.hit .date")].map(e => e.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	year := strings.TrimSpace(strings.TrimSuffix(chip, "×"))
	for _, d := range dates {
		if !strings.HasSuffix(d, year) {
			t.Errorf("year filter %q shows a hit of %s", year, d)
		}
	}
}

// TestBrowserAutocomplete types a folded prefix, moves down the list of
// suggestions with the keyboard and picks the speaker with Enter.
func TestBrowserAutocomplete(t *testing.T) {
	base := testServer(t)
	ctx := browser(t)
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="q"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), "tran qu"),
	)
	if err != nil {
		t.Fatal(err)
	}
	// The list comes from a fetch after a short debounce: poll for it.
	for i := 0; ; i++ {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("ul.suggest li.suggest-speaker").length`))
		if err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			break
		}
		if i == 100 {
			t.Fatal("no suggestions appeared for tran qu")
		}
		time.Sleep(100 * time.Millisecond)
	}
	options, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("ul.suggest li.suggest-speaker")].map(e => e.firstChild.textContent.trim())`))
	if err != nil {
		t.Fatal(err)
	}
	idx := -1
	for i, o := range options {
		if o == "Trần Quang Huyên" {
			idx = i
		}
	}
	if idx < 0 {
		t.Fatalf("suggestions %q lack Trần Quang Huyên", options)
	}
	role, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('input[name="q"]').getAttribute("role")`))
	if role != "combobox" {
		t.Errorf("search box role = %q, want combobox", role)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), strings.Repeat(kb.ArrowDown, idx+1)), pressEnter); err != nil {
		t.Fatal(err)
	}
	// Enter on the highlighted speaker opens the search filtered by them.
	var loc string
	for i := 0; i < 100 && !strings.Contains(loc, "speaker="); i++ {
		time.Sleep(100 * time.Millisecond)
		loc, _ = chromedp.Run(ctx, chromedp.Location())
	}
	if !strings.Contains(loc, "speaker=Tr%E1%BA%A7n+Quang+Huy%C3%AAn") && !strings.Contains(loc, "speaker=Tr%E1%BA%A7n%20Quang%20Huy%C3%AAn") {
		t.Errorf("picking Trần Quang Huyên went to %s", loc)
	}
}

// pressEnter sends the Enter key as a keyboard does, keydown and keyup, with
// no separate character event (which would submit the form behind the
// list).
var pressEnter = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
	for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeKeyUp} {
		_, err := cdp.Call(ctx, t, input.DispatchKeyEvent, input.DispatchKeyEventParams{
			Type: typ, Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13,
		})
		if err != nil {
			return err
		}
	}
	return nil
})

// TestBrowserHighlightAndScreenshots searches without diacritics, checks the
// Vietnamese words are highlighted, and keeps screenshots of the search page
// at phone and desktop widths in testdata/screenshots.
func TestBrowserHighlightAndScreenshots(t *testing.T) {
	base := testServer(t)
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/search?q=hoc+vien+an+ninh"), chromedp.WaitVisible(chromedp.CSS(`li.hit mark`))); err != nil {
		t.Fatal(err)
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("li.hit mark")].slice(0, 40).map(e => e.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, m := range marks {
		seen[m] = true
	}
	if !seen["Học"] && !seen["học"] || !seen["viện"] && !seen["Viện"] || !seen["ninh"] {
		t.Errorf("highlighted words %q lack the Vietnamese spelling of hoc vien an ninh", marks)
	}
	dir := filepath.Join("testdata", "screenshots")
	os.MkdirAll(dir, 0o755)
	for _, size := range []struct {
		name string
		w, h int64
	}{{"phone", 390, 844}, {"desktop", 1366, 900}} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(size.w, size.h), chromedp.Navigate(base+"/search?q=hoc+vien+an+ninh"),
			chromedp.WaitVisible(chromedp.CSS(`li.hit`))); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "search-"+size.name+".png")
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s (%d bytes)", path, len(png))
	}
}

// TestBrowserSpeakerFacet clicks a speaker in the facets and checks the
// filter holds for every hit.
func TestBrowserSpeakerFacet(t *testing.T) {
	base := testServer(t)
	ctx := browser(t)
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/search?q=an+ninh"),
		chromedp.WaitVisible(chromedp.CSS(`aside.facets`)),
		chromedp.Click(chromedp.CSS(`aside.facets ul.facet a[href*="speaker="]`)),
		chromedp.WaitVisible(chromedp.CSS(`p.active .chip`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	chip, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`p.active .chip`)))
	name := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(chip), "×"))
	speakers, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("li.hit .speaker")].map(e => e.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	if len(speakers) == 0 {
		t.Fatal("no hits after the speaker filter")
	}
	for _, s := range speakers {
		if !strings.Contains(s, name) {
			t.Errorf("speaker filter %q shows a hit by %q", name, s)
		}
	}
}

// TestBrowserExportBibTeX opens a contribution and follows its BibTeX link.
func TestBrowserExportBibTeX(t *testing.T) {
	base := testServer(t)
	ctx := browser(t)
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/search?q=Tr%E1%BA%A7n+Quang+Huy%C3%AAn"),
		chromedp.WaitVisible(chromedp.CSS(`li.hit a.title`)),
		chromedp.Click(chromedp.CSS(`li.hit a.title`)),
		chromedp.WaitVisible(chromedp.CSS(`a.export-bibtex`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	bib, err := chromedp.Run(ctx, chromedp.Evaluate[string](`fetch(document.querySelector("a.export-bibtex").href).then(r => r.text())`, chromedp.EvalAsValue, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := readBibTeX(bib)
	if err != nil || len(entries) != 1 || !strings.Contains(entries[0].Fields["author"], "Trần Quang Huyên") {
		t.Errorf("BibTeX from the page: %v %q", err, bib)
	}
}

// TestBrowserEditor is an editor's day in a real browser: sign in, paste
// an article, correct a speaker's name, publish, find the contribution in
// public search under the corrected name, read the history and restore the
// previous revision.
func TestBrowserEditor(t *testing.T) {
	d := newDesk(t, nil)
	ctx := browser(t)
	corrected := "Trịnh Thị Thu Hương"
	err := chromedp.Do(ctx,
		chromedp.Navigate(d.url+"/editor"),
		chromedp.WaitVisible(chromedp.CSS(`form input[name="password"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="name"]`), "binh"),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), d.editorPwd),
		chromedp.Click(chromedp.CSS(`section.login button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`section.desk h1`)),
		chromedp.Navigate(d.url+"/editor/new"),
		chromedp.WaitVisible(chromedp.CSS(`textarea#paste`)),
		chromedp.SetValue(chromedp.CSS(`textarea#paste`), seedText(t)),
		chromedp.Click(chromedp.CSS(`section.desk-new button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="c.0.name"]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	old, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(`input[name="c.0.name"]`)))
	if err != nil || old == "" {
		t.Fatalf("first speaker in the form: %q, %v", old, err)
	}
	// The form beside the original, for a look (testdata/screenshots).
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1366, 900)); err == nil {
		if png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot()); err == nil {
			os.MkdirAll(filepath.Join("testdata", "screenshots"), 0o755)
			os.WriteFile(filepath.Join("testdata", "screenshots", "editor-article.png"), png, 0o644)
		}
	}
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`input[name="c.0.name"]`), corrected),
		chromedp.Click(chromedp.CSS(`form.article-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`p.done`)),
		chromedp.Click(chromedp.CSS(`div.states button[value="published"]`)),
		chromedp.WaitVisible(chromedp.CSS(`span.state-published`)),
		chromedp.Navigate(d.url+"/search?q="+strings.ReplaceAll(vi.Fold(corrected), " ", "+")),
		chromedp.WaitVisible(chromedp.CSS(`li.hit .speaker`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	speaker, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`section.results li.hit .speaker`)))
	if err != nil || !strings.Contains(speaker, corrected) {
		t.Fatalf("public search for the corrected name: first speaker %q, %v", speaker, err)
	}
	a, err := latestArticle(d)
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(d.url+"/editor/article/"+strconv.FormatInt(a, 10)+"/history"),
		chromedp.WaitVisible(chromedp.CSS(`ol.revisions`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	history, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`ol.revisions`)))
	if err != nil || !strings.Contains(history, corrected) || !strings.Contains(history, "binh") {
		t.Fatalf("history does not show binh's correction: %q, %v", history, err)
	}
	// The oldest revision is the extraction: restore it.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`ol.revisions li.revision:last-child button`)),
		chromedp.WaitVisible(chromedp.CSS(`section.history p.done`)),
		chromedp.Navigate(d.url+"/editor/article/"+strconv.FormatInt(a, 10)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="c.0.name"]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	now, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(`input[name="c.0.name"]`)))
	if err != nil || now != old {
		t.Errorf("after restoring the extracted revision the speaker is %q, want %q (%v)", now, old, err)
	}
}

// latestArticle returns the id of the newest article of a desk.
func latestArticle(d *desk) (int64, error) {
	refs, err := d.store.ArticlesByState(context.Background(), corpus.StatePublished, 1)
	if err != nil {
		return 0, err
	}
	if len(refs) == 0 {
		return 0, fmt.Errorf("no published article")
	}
	return refs[0].ID, nil
}
