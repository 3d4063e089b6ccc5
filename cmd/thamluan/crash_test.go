package main

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/thamluan/thamluan/corpus"
)

// TestKilledImport imports generated articles in a child process, kills it
// with SIGKILL at random points three times, and checks that every article
// the import acknowledged is in the store and in the index once the
// archive is opened again. CI runs it on 5,000 articles, a local run on
// 600.
func TestKilledImport(t *testing.T) {
	if args := os.Getenv("THAMLUAN_CRASH_ARGS"); args != "" {
		// The child: run the import it was given until killed.
		os.Exit(run(context.Background(), strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
	}
	n := 600
	if os.Getenv("CI") == "true" {
		n = 5000
	}
	pages, data := t.TempDir(), t.TempDir()
	if code, out, errs := runCmd(t, "gen", "--count", fmt.Sprint(n), "--seed", "42", pages); code != 0 {
		t.Fatalf("gen: %s %s", out, errs)
	}
	acked := map[string]bool{}
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	for round := 0; round < 3; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledImport$")
		cmd.Env = append(os.Environ(), "THAMLUAN_CRASH_ARGS="+strings.Join([]string{"--data", data, "--log-level", "error", "import", "--ack", pages}, "\x1f"))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill after a random number of new acknowledgements.
		killAfter := 1 + r.IntN(n/4)
		fresh := 0
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			if u, ok := strings.CutPrefix(line, "ok "); ok {
				if !acked[u] {
					fresh++
				}
				acked[u] = true
				if fresh >= killAfter {
					break
				}
			}
		}
		cmd.Process.Kill()
		cmd.Wait()
		t.Logf("round %d: killed after %d new acknowledgements (%d in all)", round+1, fresh, len(acked))
	}
	// Reopen: the store has every acknowledged article, the index catches
	// up, check finds no drift.
	st, err := corpus.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	lost := 0
	for u := range acked {
		if _, err := st.ArticleByURL(context.Background(), u); err != nil {
			lost++
		}
	}
	st.Close()
	if lost > 0 {
		t.Errorf("%d of %d acknowledged articles lost", lost, len(acked))
	}
	start := time.Now()
	code, out, errs := runCmd(t, "--data", data, "check", "--repair")
	t.Logf("recovery (catch-up of the index) took %s: %s", time.Since(start).Round(time.Millisecond), strings.TrimSpace(out))
	if code != 0 {
		t.Fatalf("check --repair: exit %d: %s %s", code, out, errs)
	}
	if code, out, _ := runCmd(t, "--data", data, "check"); code != 0 {
		t.Errorf("check after recovery: exit %d: %s", code, out)
	}
}
