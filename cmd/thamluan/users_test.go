package main

import (
	"context"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/thamluan/thamluan/corpus"
)

// withStdin runs the test's commands with in as standard input.
func withStdin(t *testing.T, in string) {
	t.Helper()
	old := stdin
	stdin = strings.NewReader(in)
	t.Cleanup(func() { stdin = old })
}

// TestUserCommands walks an account through its life: add, list, passwd,
// token create, list and revoke, disable and enable.
func TestUserCommands(t *testing.T) {
	data := t.TempDir()
	ctx := context.Background()
	cmd := func(in string, args ...string) (int, string, string) {
		t.Helper()
		withStdin(t, in)
		return runCmd(t, append([]string{"--data", data}, args...)...)
	}
	steps := []struct {
		name     string
		stdin    string
		args     []string
		code     int
		out, err string // substrings of stdout and stderr
	}{
		{"add admin", "mật khẩu của Lan\n", []string{"user", "add", "Lan", "--role", "admin"}, 0, "added admin Lan", ""},
		{"add editor, flag first, no newline", "mật khẩu của Tuấn", []string{"user", "add", "--role=editor", "tuan"}, 0, "added editor tuan", ""},
		{"add taken name", "mật khẩu bất kỳ\n", []string{"user", "add", "LAN", "--role", "editor"}, 1, "", "already exists"},
		{"add without role", "mật khẩu bất kỳ\n", []string{"user", "add", "hoa"}, 2, "", "--role"},
		{"add bad role", "mật khẩu bất kỳ\n", []string{"user", "add", "hoa", "--role", "owner"}, 2, "", "not a role"},
		{"add two names", "mật khẩu bất kỳ\n", []string{"user", "add", "hoa", "nguyen", "--role", "editor"}, 2, "", "takes one NAME"},
		{"add name with a space", "mật khẩu bất kỳ\n", []string{"user", "add", "hoa nguyen", "--role", "editor"}, 1, "", "invalid name"},
		{"add non-ASCII name", "mật khẩu bất kỳ\n", []string{"user", "add", "hòa", "--role", "editor"}, 1, "", "invalid name"},
		{"add short password", "ngắn\n", []string{"user", "add", "hoa", "--role", "editor"}, 1, "", "at least 10 characters"},
		{"add no password", "", []string{"user", "add", "hoa", "--role", "editor"}, 1, "", "no password on standard input"},
		{"add help", "", []string{"user", "add", "--help"}, 0, "", "Usage: thamluan user add NAME"},
		{"user help", "", []string{"user", "--help"}, 0, "", "user passwd NAME"},
		{"no subcommand", "", []string{"user"}, 2, "", "needs a subcommand"},
		{"unknown subcommand", "", []string{"user", "delete", "tuan"}, 2, "", "unknown subcommand"},
		{"list", "", []string{"user", "list"}, 0, "Lan", ""},
		{"list with an argument", "", []string{"user", "list", "x"}, 2, "", "takes no arguments"},
		{"passwd", "mật khẩu mới của Lan\n", []string{"user", "passwd", "lan"}, 0, "changed the password of Lan", ""},
		{"passwd unknown", "mật khẩu mới của Lan\n", []string{"user", "passwd", "hoa"}, 1, "", "not found"},
		{"disable unknown", "", []string{"user", "disable", "hoa"}, 1, "", "not found"},
		{"token list none", "", []string{"token", "list", "tuan"}, 0, "tuan has no API tokens", ""},
		{"token create", "", []string{"token", "create", "tuan", "--label", "nhập bài"}, 0, "tl_", "will not be shown again"},
		{"token create unknown", "", []string{"token", "create", "hoa"}, 1, "", "not found"},
		{"token revoke bad id", "", []string{"token", "revoke", "abc"}, 2, "", "a number"},
		{"token revoke unknown", "", []string{"token", "revoke", "99"}, 1, "", "not found"},
		{"token help", "", []string{"token", "--help"}, 0, "", "token revoke ID"},
	}
	var token string
	for _, s := range steps {
		code, out, errs := cmd(s.stdin, s.args...)
		if code != s.code || !strings.Contains(out, s.out) || !strings.Contains(errs, s.err) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit %d, %q, %q", s.name, code, out, errs, s.code, s.out, s.err)
		}
		if s.name == "token create" {
			token = strings.TrimSpace(out)
		}
	}
	if !regexp.MustCompile(`^tl_[A-Za-z0-9_-]{43}$`).MatchString(token) {
		t.Fatalf("token create printed %q, want the token alone", token)
	}

	_, out, _ := cmd("", "user", "list")
	if !regexp.MustCompile(`(?m)^NAME +ROLE +STATUS +CREATED\nLan +admin +active +\d\d/\d\d/\d{4} \d\d:\d\d\ntuan +editor +active `).MatchString(out) {
		t.Errorf("user list:\n%s", out)
	}
	_, out, _ = cmd("", "token", "list", "tuan")
	if !regexp.MustCompile(`(?m)^ID +LABEL +CREATED +LAST USED +STATUS\n1 +nhập bài +\S+ \S+ +never +active$`).MatchString(out) {
		t.Errorf("token list:\n%s", out)
	}

	st, err := corpus.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Authenticate(ctx, "lan", "mật khẩu mới của Lan"); err != nil {
		t.Errorf("login with the password set by passwd: %v", err)
	}
	if _, err := st.Authenticate(ctx, "tuan", "mật khẩu của Tuấn"); err != nil {
		t.Errorf("login with a password given without a newline: %v", err)
	}
	if u, err := st.UserByToken(ctx, token); err != nil || u.Name != "tuan" {
		t.Errorf("UserByToken = %v, %v; want tuan", u, err)
	}

	if code, out, errs := cmd("", "user", "disable", "tuan"); code != 0 || !strings.Contains(out, "disabled tuan") {
		t.Errorf("user disable: exit %d, %q, %q", code, out, errs)
	}
	if _, err := st.UserByToken(ctx, token); !errors.Is(err, corpus.ErrBadCredentials) {
		t.Errorf("token of a disabled user: err = %v, want ErrBadCredentials", err)
	}
	_, out, _ = cmd("", "user", "list")
	if !regexp.MustCompile(`(?m)^tuan +editor +disabled `).MatchString(out) {
		t.Errorf("user list after disable:\n%s", out)
	}
	if code, out, _ := cmd("", "user", "enable", "tuan"); code != 0 || !strings.Contains(out, "enabled tuan") {
		t.Errorf("user enable: exit %d, %q", code, out)
	}
	if _, err := st.Authenticate(ctx, "tuan", "mật khẩu của Tuấn"); err != nil {
		t.Errorf("login after enable: %v", err)
	}

	token2 := func() string {
		_, out, _ := cmd("", "token", "create", "tuan")
		return strings.TrimSpace(out)
	}()
	if code, out, _ := cmd("", "token", "revoke", "2"); code != 0 || !strings.Contains(out, "revoked token 2") {
		t.Errorf("token revoke: exit %d, %q", code, out)
	}
	if _, err := st.UserByToken(ctx, token2); !errors.Is(err, corpus.ErrBadCredentials) {
		t.Errorf("revoked token: err = %v, want ErrBadCredentials", err)
	}
	_, out, _ = cmd("", "token", "list", "tuan")
	if !regexp.MustCompile(`(?m)^2 +- +.* revoked `).MatchString(out) {
		t.Errorf("token list after revoke:\n%s", out)
	}
}

func TestReadNewPassword(t *testing.T) {
	g := &global{stdout: io.Discard, stderr: io.Discard}
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"secret password\n", "secret password", true},
		{"secret password\r\nsecond line\n", "secret password", true},
		{" spaces kept \n", " spaces kept ", true},
		{"no newline", "no newline", true},
		{"\n", "", true}, // the store refuses it
		{"", "", false},
	} {
		withStdin(t, tt.in)
		got, err := readNewPassword(context.Background(), g, "")
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("readNewPassword(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}
