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

// CrawlLockFile is the name of the lock file a crawl holds.
const CrawlLockFile = "CRAWL.LOCK"

// ErrLocked is returned by Lock when another process holds the archive.
var ErrLocked = errors.New("archive in use")

// ErrCrawling is returned by LockCrawl when another crawl is running.
var ErrCrawling = errors.New("a crawl is running")

// ArchiveLock is a held lock on a data directory.
type ArchiveLock struct {
	f *os.File
}

// Lock takes the lock on the archive in dir for this process, so that a
// second server (or a reindex under a running server) fails at once with a
// clear message instead of waiting on the index. The lock goes with the
// process: a crashed process leaves no stale lock.
func Lock(dir string) (*ArchiveLock, error) {
	return lockFile(dir, LockFile, ErrLocked, "archive %s is in use by PID %s")
}

// LockCrawl takes the crawl lock of the archive in dir: one crawl at a
// time, whether from the command line or the server's schedule, since two
// would visit the same frontier twice.
func LockCrawl(dir string) (*ArchiveLock, error) {
	return lockFile(dir, CrawlLockFile, ErrCrawling, "archive %s is being crawled by PID %s")
}

func lockFile(dir, name string, sentinel error, busy string) (*ArchiveLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("lock %s in %s: %w", name, dir, err)
	}
	path := filepath.Join(dir, name)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s in %s: %w", name, dir, err)
	}
	if err := tryLock(f); err != nil {
		b, _ := os.ReadFile(path)
		f.Close()
		pid := strings.TrimSpace(string(b))
		if pid == "" {
			pid = "?"
		}
		return nil, fmt.Errorf("%w: "+busy, sentinel, dir, pid)
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
