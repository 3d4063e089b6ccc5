//go:build !unix

package main

// cpuSeconds is not measured here: the table shows no CPU figures.
func cpuSeconds() float64 { return 0 }

// maxRSS is not measured here.
func maxRSS() float64 { return 0 }

// rssParts is not measured here.
func rssParts() (anon, file float64) { return 0, 0 }
