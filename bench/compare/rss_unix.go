//go:build unix

package main

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
)

// cpuSeconds returns the user and system CPU time of this process so far,
// every thread included.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return tv(ru.Utime) + tv(ru.Stime)
}

func tv(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }

// maxRSS returns the peak resident set size of this process in bytes.
func maxRSS() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return float64(ru.Maxrss) // bytes there
	}
	return float64(ru.Maxrss) * 1024 // kilobytes on Linux and the BSDs
}

// rssParts returns the resident memory of this process now, in bytes, in
// two parts: anonymous (the heap and stacks) and file-backed (mapped
// files, such as an index's mmapped segments, which the kernel may drop
// and read again). Linux only: elsewhere both are 0.
func rssParts() (anon, file float64) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, val, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(val), " kB"), 64)
		if err != nil {
			continue
		}
		switch name {
		case "RssAnon":
			anon = kb * 1024
		case "RssFile", "RssShmem":
			file += kb * 1024
		}
	}
	return anon, file
}
