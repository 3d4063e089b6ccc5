package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/thamluan/thamluan/corpus"
	"golang.org/x/term"
)

// stdin is where user add and user passwd read passwords; tests replace it.
var stdin io.Reader = os.Stdin

// openAccounts opens the store for the account commands. They take no
// archive lock: the lock guards the index, which they do not touch, and an
// account must be disabled or a token revoked while the server runs.
// SQLite serialises the writes of both processes.
func openAccounts(g *global) (*corpus.Store, error) {
	return corpus.Open(g.data)
}

func runUser(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "user", "add|list|disable|enable|passwd [ARGS]", `
Manage the editor desk's accounts:

  user add NAME --role editor|admin   add an account; the password is read
                                      from standard input
  user list                           list the accounts
  user disable NAME                   shut an account, end its sessions and
                                      revoke its API tokens
  user enable NAME                    open a disabled account again
  user passwd NAME                    set a new password, read from standard
                                      input, and end the account's sessions

On a terminal the password is asked for twice and not echoed; otherwise
the first line of standard input is the password. The server may be
running.`)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: user needs a subcommand: add, list, disable, enable or passwd", errUsage)
	}
	sub, rest := fs.Arg(0), fs.Args()[1:]
	switch sub {
	case "add":
		return userAdd(ctx, g, rest)
	case "list":
		return userList(ctx, g, rest)
	case "disable":
		return userDisable(ctx, g, rest)
	case "enable":
		return userEnable(ctx, g, rest)
	case "passwd":
		return userPasswd(ctx, g, rest)
	}
	return fmt.Errorf("%w: unknown subcommand %q of user (add, list, disable, enable, passwd)", errUsage, sub)
}

func userAdd(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "user add", "NAME --role editor|admin", `
Add an account to the editor desk. NAME is 1 to 64 letters a-z, digits,
'.', '-' or '_', unique whatever its case. The password (at least 10
characters) is read from standard input: asked for twice, without echo, on
a terminal; else the first line.`)
	roleFlag := fs.String("role", "", "editor or admin (required)")
	pos, err := parseArgs(fs, args, 1, "NAME")
	if err != nil {
		return err
	}
	if *roleFlag == "" {
		return fmt.Errorf("%w: user add needs --role editor or --role admin", errUsage)
	}
	role, err := corpus.ParseRole(*roleFlag)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if err := corpus.CheckUserName(pos[0]); err != nil {
		return fmt.Errorf("add user %q: %w", pos[0], err)
	}
	st, err := openAccounts(g)
	if err != nil {
		return err
	}
	defer st.Close()
	// Ask for no password for a name that is taken.
	if _, err := st.UserByName(ctx, pos[0]); err == nil {
		return fmt.Errorf("add user %q: %w", pos[0], corpus.ErrExists)
	} else if !errors.Is(err, corpus.ErrNotFound) {
		return err
	}
	password, err := readNewPassword(ctx, g, fmt.Sprintf("Password for %s: ", pos[0]))
	if err != nil {
		return fmt.Errorf("add user %q: %w", pos[0], err)
	}
	u, err := st.AddUser(ctx, pos[0], role, password)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "added %s %s\n", u.Role, u.Name)
	return nil
}

func userList(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "user list", "", `
List the accounts: name, role, status (active or disabled) and when each was
created.`)
	if _, err := parseArgs(fs, args, 0, ""); err != nil {
		return err
	}
	st, err := openAccounts(g)
	if err != nil {
		return err
	}
	defer st.Close()
	users, err := st.Users(ctx)
	if err != nil {
		return err
	}
	if len(users) == 0 {
		fmt.Fprintln(g.stdout, "no accounts; add one with 'thamluan user add NAME --role admin'")
		return nil
	}
	tw := tabwriter.NewWriter(g.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tROLE\tSTATUS\tCREATED")
	for _, u := range users {
		status := "active"
		if u.Disabled {
			status = "disabled"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", u.Name, u.Role, status, u.CreatedAt.Local().Format("02/01/2006 15:04"))
	}
	return tw.Flush()
}

func userDisable(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "user disable", "NAME", `
Shut an account: it can no longer log in, its sessions end at once and its
API tokens are revoked for good ('user enable' does not bring them back).`)
	pos, err := parseArgs(fs, args, 1, "NAME")
	if err != nil {
		return err
	}
	st, err := openAccounts(g)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.DisableUser(ctx, pos[0]); err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "disabled %s: sessions ended, API tokens revoked\n", pos[0])
	return nil
}

func userEnable(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "user enable", "NAME", `
Open a disabled account again. Its old API tokens stay revoked.`)
	pos, err := parseArgs(fs, args, 1, "NAME")
	if err != nil {
		return err
	}
	st, err := openAccounts(g)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.EnableUser(ctx, pos[0]); err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "enabled %s\n", pos[0])
	return nil
}

func userPasswd(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "user passwd", "NAME", `
Set an account's password, read from standard input as for 'user add', and
end the account's sessions. Its API tokens stay valid.`)
	pos, err := parseArgs(fs, args, 1, "NAME")
	if err != nil {
		return err
	}
	st, err := openAccounts(g)
	if err != nil {
		return err
	}
	defer st.Close()
	u, err := st.UserByName(ctx, pos[0])
	if err != nil {
		return fmt.Errorf("set password: %w", err)
	}
	password, err := readNewPassword(ctx, g, fmt.Sprintf("New password for %s: ", u.Name))
	if err != nil {
		return fmt.Errorf("set password of %q: %w", u.Name, err)
	}
	if err := st.SetPassword(ctx, u.Name, password); err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "changed the password of %s; its sessions ended\n", u.Name)
	return nil
}

func runToken(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "token", "create|list|revoke [ARGS]", `
Manage personal API tokens:

  token create NAME [--label L]   make a token for the account NAME and
                                  print it, once
  token list NAME                 list the account's tokens
  token revoke ID                 revoke a token for good

A token is sent as "Authorization: Bearer tl_…". Only its SHA-256 is
stored: a lost token cannot be shown again, only revoked and replaced.`)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: token needs a subcommand: create, list or revoke", errUsage)
	}
	sub, rest := fs.Arg(0), fs.Args()[1:]
	switch sub {
	case "create":
		return tokenCreate(ctx, g, rest)
	case "list":
		return tokenList(ctx, g, rest)
	case "revoke":
		return tokenRevoke(ctx, g, rest)
	}
	return fmt.Errorf("%w: unknown subcommand %q of token (create, list, revoke)", errUsage, sub)
}

func tokenCreate(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "token create", "NAME [--label L]", `
Make a personal API token for the account NAME and print it on standard
output. It is shown this once: the store keeps only its hash.`)
	label := fs.String("label", "", "what the token is for, shown by 'token list'")
	pos, err := parseArgs(fs, args, 1, "NAME")
	if err != nil {
		return err
	}
	st, err := openAccounts(g)
	if err != nil {
		return err
	}
	defer st.Close()
	plain, err := st.CreateToken(ctx, pos[0], *label)
	if err != nil {
		return err
	}
	fmt.Fprintln(g.stdout, plain)
	fmt.Fprintf(g.stderr, "token for %s created; it will not be shown again, keep it now\n", pos[0])
	return nil
}

func tokenList(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "token list", "NAME", `
List the API tokens of the account NAME, revoked ones included: id, label,
when each was created and last used, and its status.`)
	pos, err := parseArgs(fs, args, 1, "NAME")
	if err != nil {
		return err
	}
	st, err := openAccounts(g)
	if err != nil {
		return err
	}
	defer st.Close()
	toks, err := st.Tokens(ctx, pos[0])
	if err != nil {
		return err
	}
	if len(toks) == 0 {
		fmt.Fprintf(g.stdout, "%s has no API tokens\n", pos[0])
		return nil
	}
	const layout = "02/01/2006 15:04"
	tw := tabwriter.NewWriter(g.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLABEL\tCREATED\tLAST USED\tSTATUS")
	for _, t := range toks {
		used, status := "never", "active"
		if !t.LastUsedAt.IsZero() {
			used = t.LastUsedAt.Local().Format(layout)
		}
		if !t.RevokedAt.IsZero() {
			status = "revoked " + t.RevokedAt.Local().Format(layout)
		}
		label := t.Label
		if label == "" {
			label = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", t.ID, label, t.CreatedAt.Local().Format(layout), used, status)
	}
	return tw.Flush()
}

func tokenRevoke(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "token revoke", "ID", `
Revoke an API token for good; 'token list NAME' shows the ids.`)
	pos, err := parseArgs(fs, args, 1, "ID")
	if err != nil {
		return err
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return fmt.Errorf("%w: token revoke takes a token ID, a number, not %q", errUsage, pos[0])
	}
	st, err := openAccounts(g)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.RevokeToken(ctx, id); err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "revoked token %d\n", id)
	return nil
}

// parseArgs parses a command's flags, which may come before or after its
// arguments ("user add NAME --role editor"), and wants n arguments.
func parseArgs(fs *flag.FlagSet, args []string, n int, what string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := args[:len(args)-len(rest)]; len(consumed) > 0 && consumed[len(consumed)-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	if len(pos) != n {
		if n == 0 {
			return nil, fmt.Errorf("%w: %s takes no arguments", errUsage, fs.Name())
		}
		return nil, fmt.Errorf("%w: %s takes one %s", errUsage, fs.Name(), what)
	}
	return pos, nil
}

// readNewPassword reads a password from stdin: on a terminal, twice and
// without echo, prompting on stderr; otherwise the first line.
func readNewPassword(ctx context.Context, g *global, prompt string) (string, error) {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fd := int(f.Fd())
		fmt.Fprint(g.stderr, prompt)
		first, err := readSecret(ctx, fd)
		fmt.Fprintln(g.stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		if err := corpus.CheckPassword(string(first)); err != nil {
			return "", err
		}
		fmt.Fprint(g.stderr, "Again: ")
		again, err := readSecret(ctx, fd)
		fmt.Fprintln(g.stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		if string(first) != string(again) {
			return "", errors.New("the passwords do not match")
		}
		return string(first), nil
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		if errors.Is(err, io.EOF) {
			return "", errors.New("no password on standard input")
		}
		return "", fmt.Errorf("read password: %w", err)
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), nil
}

// readSecret reads a line from the terminal without echo. An interrupt
// gives the terminal its echo back before the command ends.
func readSecret(ctx context.Context, fd int) ([]byte, error) {
	state, err := term.GetState(fd)
	if err != nil {
		return nil, err
	}
	type result struct {
		b   []byte
		err error
	}
	c := make(chan result, 1)
	go func() {
		b, err := term.ReadPassword(fd)
		c <- result{b, err}
	}()
	select {
	case r := <-c:
		return r.b, r.err
	case <-ctx.Done():
		term.Restore(fd, state)
		return nil, ctx.Err()
	}
}
