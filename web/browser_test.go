package web

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
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
		chromedp.WaitVisible(chromedp.CSS(`li.hit`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	speaker, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`li.hit .speaker`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(speaker, "Nguyễn Văn Thiết") {
		t.Errorf("first hit's speaker = %q, want Nguyễn Văn Thiết", speaker)
	}
	date, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`li.hit .date`)))
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
