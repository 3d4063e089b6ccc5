package corpus

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestLock(t *testing.T) {
	if dir := os.Getenv("THAMLUAN_LOCK_CHILD"); dir != "" {
		_, err := Lock(dir)
		if errors.Is(err, ErrLocked) {
			os.Stdout.WriteString(err.Error())
			os.Exit(7)
		}
		os.Exit(0)
	}
	dir := t.TempDir()
	l, err := Lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Another process is refused at once, with our PID in the message.
	cmd := exec.Command(os.Args[0], "-test.run=^TestLock$")
	cmd.Env = append(os.Environ(), "THAMLUAN_LOCK_CHILD="+dir)
	out, err := cmd.Output()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 7 || !strings.Contains(string(out), "in use by PID") {
		t.Fatalf("second process: %v, %q", err, out)
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	l2, err := Lock(dir)
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	l2.Unlock()
}
