package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// LockFile is the name of the lock file in the data directory.
const LockFile = "LOCK"

// ErrLocked is returned by Lock when another process holds the archive.
var ErrLocked = errors.New("archive in use")

// ArchiveLock is a held lock on a data directory.
type ArchiveLock struct {
	f *os.File
}

// Lock takes the lock on the archive in dir for this process, so that a
// second server (or a reindex under a running server) fails at once with a
// clear message instead of waiting on the index. The lock goes with the
// process: a crashed process leaves no stale lock.
func Lock(dir string) (*ArchiveLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("lock archive %s: %w", dir, err)
	}
	path := filepath.Join(dir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock archive %s: %w", dir, err)
	}
	if err := tryLock(f); err != nil {
		b, _ := os.ReadFile(path)
		f.Close()
		pid := strings.TrimSpace(string(b))
		if pid == "" {
			pid = "?"
		}
		return nil, fmt.Errorf("%w: archive %s is in use by PID %s", ErrLocked, dir, pid)
	}
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return &ArchiveLock{f: f}, nil
}

// Unlock releases the lock.
func (l *ArchiveLock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	l.f.Truncate(0)
	err := l.f.Close() // closing the file releases the flock
	l.f = nil
	return err
}
