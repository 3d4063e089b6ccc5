// Command query times thamluan's search, class by class, over an existing
// archive's index, in process, one query at a time — the figure to profile
// when a class is slow:
//
//	go run ./bench/query -data /tmp/thamluan-load/data -cpuprofile cpu.out
//	go tool pprof -top cpu.out
//
// The classes are those of the load run (bench/load): a speaker with and
// without diacritics, an academy by abbreviation and as a filter, topic
// phrases, free words, a filtered query and the date-ordered home page.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"github.com/thamluan/thamluan/indexer"
	"github.com/thamluan/thamluan/search"
)

// class is a named kind of query and its requests.
type class struct {
	name string
	reqs []search.Request
}

var classes = []class{
	{"speaker", []search.Request{{Q: "Nguyễn Văn Thiết"}, {Q: "Thượng tá Đỗ Thị Hà"}, {Q: "Trần Quốc Tỏ"}}},
	{"speaker-unaccented", []search.Request{{Q: "nguyen van thiet"}, {Q: "do thi ha"}, {Q: "tran quoc to"}}},
	{"academy", []search.Request{{Q: "hoc vien chinh tri CAND"}, {Q: "Học viện An ninh nhân dân"}, {Academy: "HVCSND"}}},
	{"topic", []search.Request{{Q: "an ninh mạng"}, {Q: "chuyển đổi số"}, {Topic: "an ninh mạng"}}},
	{"words", []search.Request{{Q: "dao tao ngoai ngu"}, {Q: "phong chay chua chay", Year: "2021"}, {Q: "tội phạm công nghệ cao", Kind: indexer.KindContribution}}},
	{"latest", []search.Request{{Sort: search.SortDate}}},
}

func main() {
	data := flag.String("data", "data", "archive directory whose index is searched")
	n := flag.Int("n", 20, "repetitions of each request")
	only := flag.String("class", "", "run only this class")
	noFacets := flag.Bool("no-facets", false, "skip the facets")
	cpu := flag.String("cpuprofile", "", "write a CPU profile here")
	flag.Parse()
	if err := run(*data, *n, *only, *noFacets, *cpu); err != nil {
		slog.Error("query", "err", err)
		os.Exit(1)
	}
}

func run(data string, n int, only string, noFacets bool, cpu string) error {
	ix, err := indexer.Open(filepath.Join(data, "index"))
	if err != nil {
		return fmt.Errorf("open index in %s: %w", data, err)
	}
	defer ix.Close()
	s := search.New(ix)
	ctx := context.Background()
	if cpu != "" {
		f, err := os.Create(cpu)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	fmt.Println("| class | request | hits | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|---|")
	for _, c := range classes {
		if only != "" && c.name != only {
			continue
		}
		for _, r := range c.reqs {
			r.NoFacets = noFacets
			lat := make([]time.Duration, 0, n)
			var total uint64
			for i := 0; i < n; i++ {
				t0 := time.Now()
				res, err := s.Search(ctx, r)
				if err != nil {
					return fmt.Errorf("%s %+v: %w", c.name, r, err)
				}
				lat = append(lat, time.Since(t0))
				total = res.Total
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			ms := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
			fmt.Printf("| %s | %s | %d | %.1f | %.1f | %.1f |\n", c.name, describe(r), total, ms(.5), ms(.95), ms(1))
		}
	}
	return nil
}

// describe prints a request's set fields the way the API names them.
func describe(r search.Request) string {
	var parts []string
	for _, kv := range [][2]string{{"q", r.Q}, {"speaker", r.Speaker}, {"academy", r.Academy}, {"topic", r.Topic},
		{"year", r.Year}, {"kind", r.Kind}, {"sort", r.Sort}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+"="+kv[1])
		}
	}
	return strings.Join(parts, " ")
}
