package main

import (
	"io/fs"
	"path/filepath"
	"time"
)

func now() time.Time { return time.Now() }

// dirSize returns the bytes of the files under dir.
func dirSize(dir string) int64 {
	var total int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				total += info.Size()
			}
		}
		return nil
	})
	return total
}
