//go:build !unix

package corpus

import "os"

// tryLock on systems without flock relies on the index's own lock.
func tryLock(f *os.File) error { return nil }
