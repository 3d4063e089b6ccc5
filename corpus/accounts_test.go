package corpus

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

const goodPassword = "mật khẩu đủ dài"

func TestAddUser(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.AddUser(ctx, "Lan.Nguyen", RoleEditor, goodPassword); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		user     string
		role     Role
		password string
		wantErr  error  // ErrExists, or nil for a validation error
		field    string // the field of the validation error
	}{
		{"ok", "hoa_tran-2", RoleAdmin, goodPassword, nil, ""},
		{"duplicate", "Lan.Nguyen", RoleEditor, goodPassword, ErrExists, ""},
		{"duplicate other case", "lan.nguyen", RoleAdmin, goodPassword, ErrExists, ""},
		{"empty name", "", RoleEditor, goodPassword, nil, "name"},
		{"long name", strings.Repeat("a", 65), RoleEditor, goodPassword, nil, "name"},
		{"space in name", "lan nguyen", RoleEditor, goodPassword, nil, "name"},
		{"non-ASCII name", "lân", RoleEditor, goodPassword, nil, "name"},
		{"bad role", "minh", Role("owner"), goodPassword, nil, "role"},
		{"empty role", "minh", "", goodPassword, nil, "role"},
		{"short password", "minh", RoleEditor, "ngắn quá!", nil, "password"},
		{"huge password", "minh", RoleEditor, strings.Repeat("x", 2000), nil, "password"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := s.AddUser(ctx, tt.user, tt.role, tt.password)
			switch {
			case tt.field == "" && tt.wantErr == nil:
				if err != nil {
					t.Fatal(err)
				}
				if u.ID == 0 || u.Name != tt.user || u.Role != tt.role || u.Disabled || u.CreatedAt.IsZero() {
					t.Errorf("AddUser = %+v", u)
				}
			case tt.wantErr != nil:
				if !errors.Is(err, tt.wantErr) {
					t.Errorf("err = %v, want %v", err, tt.wantErr)
				}
			default:
				var ve *ValidationError
				if !errors.As(err, &ve) || ve.Field != tt.field {
					t.Errorf("err = %v, want a validation error of %s", err, tt.field)
				}
			}
		})
	}
	users, err := s.Users(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, u := range users {
		names = append(names, u.Name)
	}
	if got, want := strings.Join(names, " "), "hoa_tran-2 Lan.Nguyen"; got != want {
		t.Errorf("Users = %s, want %s", got, want)
	}
	u, err := s.UserByName(ctx, "LAN.NGUYEN")
	if err != nil || u.Name != "Lan.Nguyen" {
		t.Errorf("UserByName = %+v, %v; want Lan.Nguyen", u, err)
	}
	if _, err := s.UserByName(ctx, "nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("UserByName(nobody) err = %v, want ErrNotFound", err)
	}
	if _, err := s.User(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("User(999) err = %v, want ErrNotFound", err)
	}
}

func TestParseRole(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Role
		ok   bool
	}{
		{"editor", RoleEditor, true},
		{"Admin", RoleAdmin, true},
		{"", "", false},
		{"root", "", false},
	} {
		got, err := ParseRole(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseRole(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestAuthenticate(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, name := range []string{"lan", "tuan"} {
		if _, err := s.AddUser(ctx, name, RoleEditor, goodPassword); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.DisableUser(ctx, "tuan"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, user, password string
		ok                   bool
	}{
		{"good", "lan", goodPassword, true},
		{"name in other case", "LAN", goodPassword, true},
		{"wrong password", "lan", goodPassword + "!", false},
		{"password decomposed", "lan", norm.NFD.String(goodPassword), true},
		{"empty password", "lan", "", false},
		{"unknown user", "hoa", goodPassword, false},
		{"disabled user", "tuan", goodPassword, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := s.Authenticate(ctx, tt.user, tt.password)
			if tt.ok {
				if err != nil || u.Name != "lan" {
					t.Errorf("Authenticate = %+v, %v; want lan", u, err)
				}
				return
			}
			if !errors.Is(err, ErrBadCredentials) || u != nil {
				t.Errorf("Authenticate = %+v, %v; want ErrBadCredentials", u, err)
			}
		})
	}
	if err := s.EnableUser(ctx, "tuan"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Authenticate(ctx, "tuan", goodPassword); err != nil {
		t.Errorf("Authenticate after EnableUser: %v", err)
	}
	for _, f := range []func(context.Context, string) error{s.DisableUser, s.EnableUser} {
		if err := f(ctx, "nobody"); !errors.Is(err, ErrNotFound) {
			t.Errorf("err = %v, want ErrNotFound", err)
		}
	}
}

func TestPasswordHash(t *testing.T) {
	h, err := hashPassword("một mật khẩu", passwordParams)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=1,p=2$") {
		t.Errorf("hash = %s, want the PHC form of argon2id", h)
	}
	if h2, _ := hashPassword("một mật khẩu", passwordParams); h2 == h {
		t.Error("two hashes of one password are equal: no salt")
	}
	for _, tt := range []struct {
		password string
		ok       bool
	}{{"một mật khẩu", true}, {"một mật khẩu ", false}, {"", false}} {
		ok, p, err := verifyPassword(h, tt.password)
		if err != nil || ok != tt.ok || p != passwordParams {
			t.Errorf("verifyPassword(%q) = %v, %+v, %v; want %v", tt.password, ok, p, err, tt.ok)
		}
	}
	// Parameters come from the stored string.
	cheap := argonParams{memory: 1024, time: 2, threads: 1, keyLen: 16}
	h, _ = hashPassword("một mật khẩu", cheap)
	if ok, p, err := verifyPassword(h, "một mật khẩu"); !ok || p != cheap || err != nil {
		t.Errorf("verifyPassword with other parameters = %v, %+v, %v; want true, %+v", ok, p, err, cheap)
	}
	for _, bad := range []string{
		"", "$2a$10$abcdefghijklmnopqrstuv", "$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
		"$argon2id$v=16$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
		"$argon2id$v=19$m=1024,t=1,p=1,x=2$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
		"$argon2id$v=19$m=999999999,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
		"$argon2id$v=19$m=1024,t=1,p=1$!!$aGFzaGhhc2hoYXNoaGFzaA",
	} {
		if _, _, err := verifyPassword(bad, "x"); err == nil {
			t.Errorf("verifyPassword(%q): no error", bad)
		}
	}
}

func TestRehashOnLogin(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	u, err := s.AddUser(ctx, "lan", RoleEditor, goodPassword)
	if err != nil {
		t.Fatal(err)
	}
	old, _ := hashPassword(goodPassword, argonParams{memory: 1024, time: 1, threads: 1, keyLen: 32})
	if _, err := s.db.Exec(`UPDATE users SET password_hash = ? WHERE id = ?`, old, u.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Authenticate(ctx, "lan", goodPassword); err != nil {
		t.Fatal(err)
	}
	var h string
	s.db.QueryRow(`SELECT password_hash FROM users WHERE id = ?`, u.ID).Scan(&h)
	if !strings.Contains(h, "$"+passwordParams.phc()+"$") {
		t.Errorf("hash after login = %s, want current parameters", h)
	}
	if _, err := s.Authenticate(ctx, "lan", goodPassword); err != nil {
		t.Errorf("Authenticate after rehash: %v", err)
	}
}

// commitSession commits a session that expires in an hour and binds it.
func commitSession(t *testing.T, s *Store, token string, userID int64) {
	t.Helper()
	ss := s.Sessions()
	if err := ss.Commit(token, []byte("data of "+token), s.now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if userID != 0 {
		if err := ss.Bind(context.Background(), token, userID); err != nil {
			t.Fatal(err)
		}
	}
}

func live(t *testing.T, s *Store, token string) bool {
	t.Helper()
	_, found, err := s.Sessions().Find(token)
	if err != nil {
		t.Fatal(err)
	}
	return found
}

func TestSetPasswordEndsSessions(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	lan, _ := s.AddUser(ctx, "lan", RoleEditor, goodPassword)
	hoa, _ := s.AddUser(ctx, "hoa", RoleAdmin, goodPassword)
	commitSession(t, s, "lan-1", lan.ID)
	commitSession(t, s, "lan-2", lan.ID)
	commitSession(t, s, "hoa-1", hoa.ID)
	commitSession(t, s, "anonymous", 0)
	const newPassword = "một mật khẩu mới"
	if err := s.SetPassword(ctx, "lan", "short"); err == nil {
		t.Error("SetPassword accepted a short password")
	}
	if err := s.SetPassword(ctx, "nobody", newPassword); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetPassword(nobody) err = %v, want ErrNotFound", err)
	}
	if err := s.SetPassword(ctx, "lan", newPassword); err != nil {
		t.Fatal(err)
	}
	for token, want := range map[string]bool{"lan-1": false, "lan-2": false, "hoa-1": true, "anonymous": true} {
		if got := live(t, s, token); got != want {
			t.Errorf("session %s live = %v, want %v", token, got, want)
		}
	}
	// A request in flight when the password changed cannot revive its
	// session.
	if err := s.Sessions().Commit("lan-1", []byte("late"), s.now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if live(t, s, "lan-1") {
		t.Error("a late commit revived an ended session")
	}
	if _, err := s.Authenticate(ctx, "lan", goodPassword); !errors.Is(err, ErrBadCredentials) {
		t.Errorf("old password: err = %v, want ErrBadCredentials", err)
	}
	if _, err := s.Authenticate(ctx, "lan", newPassword); err != nil {
		t.Errorf("new password: %v", err)
	}
}

func TestTokens(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	now := time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	lan, _ := s.AddUser(ctx, "lan", RoleEditor, goodPassword)
	s.AddUser(ctx, "tuan", RoleEditor, goodPassword)

	plain, err := s.CreateToken(ctx, "lan", "script nhập bài")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(plain, "tl_") || len(plain) != 3+43 {
		t.Errorf("token = %q, want tl_ and 43 base64url characters", plain)
	}
	var n int
	s.db.QueryRow(`SELECT COUNT(*) FROM tokens WHERE sha256 = ? OR sha256 = ?`, plain, plain[3:]).Scan(&n)
	if n != 0 {
		t.Error("the token is stored in plain")
	}
	other, _ := s.CreateToken(ctx, "lan", "")
	tuans, _ := s.CreateToken(ctx, "tuan", "ci")

	u, err := s.UserByToken(ctx, plain)
	if err != nil || u.ID != lan.ID {
		t.Fatalf("UserByToken = %+v, %v; want lan", u, err)
	}
	toks, err := s.Tokens(ctx, "lan")
	if err != nil {
		t.Fatal(err)
	}
	if len(toks) != 2 || toks[0].Label != "script nhập bài" || !toks[0].LastUsedAt.Equal(now) || !toks[1].LastUsedAt.IsZero() {
		t.Fatalf("Tokens = %+v", toks)
	}

	if err := s.RevokeToken(ctx, toks[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RevokeToken(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("RevokeToken(999) err = %v, want ErrNotFound", err)
	}
	if err := s.DisableUser(ctx, "tuan"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		token string
		ok    bool
	}{
		{"valid", other, true},
		{"revoked", plain, false},
		{"user disabled", tuans, false},
		{"unknown", "tl_" + strings.Repeat("A", 43), false},
		{"no prefix", plain[3:], false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := s.UserByToken(ctx, tt.token)
			if tt.ok != (err == nil) || (!tt.ok && !errors.Is(err, ErrBadCredentials)) {
				t.Errorf("UserByToken = %+v, %v; ok %v", u, err, tt.ok)
			}
		})
	}
	// Disabling revoked tuan's token for good.
	s.EnableUser(ctx, "tuan")
	if _, err := s.UserByToken(ctx, tuans); !errors.Is(err, ErrBadCredentials) {
		t.Errorf("token of a re-enabled user: err = %v, want ErrBadCredentials", err)
	}
	if _, err := s.CreateToken(ctx, "nobody", ""); !errors.Is(err, ErrNotFound) {
		t.Errorf("CreateToken(nobody) err = %v, want ErrNotFound", err)
	}
	if _, err := s.Tokens(ctx, "nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Tokens(nobody) err = %v, want ErrNotFound", err)
	}
	var ve *ValidationError
	if _, err := s.CreateToken(ctx, "lan", "a\nb"); !errors.As(err, &ve) {
		t.Errorf("CreateToken with a newline in the label: err = %v, want a validation error", err)
	}
	s.DisableUser(ctx, "lan")
	if _, err := s.CreateToken(ctx, "lan", ""); err == nil {
		t.Error("CreateToken for a disabled user: no error")
	}
	toks, _ = s.Tokens(ctx, "lan")
	for _, tok := range toks {
		if tok.RevokedAt.IsZero() {
			t.Errorf("token %d of a disabled user not revoked", tok.ID)
		}
	}
}

func TestSessionStore(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	now := time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	ss := s.Sessions()
	lan, _ := s.AddUser(ctx, "lan", RoleEditor, goodPassword)

	if _, found, err := ss.Find("nope"); found || err != nil {
		t.Errorf("Find(unknown) = %v, %v; want not found, no error", found, err)
	}
	if err := ss.Commit("a", []byte("one"), now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := ss.Commit("a", []byte("two"), now.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if b, found, err := ss.Find("a"); string(b) != "two" || !found || err != nil {
		t.Errorf("Find(a) = %q, %v, %v; want two", b, found, err)
	}
	// Expiry to the nanosecond, across a second boundary.
	ss.Commit("b", []byte("short"), now.Add(999*time.Millisecond))
	ss.Commit("c", []byte("gone"), now.Add(-time.Nanosecond))
	if err := ss.Bind(ctx, "b", lan.ID); err != nil {
		t.Fatal(err)
	}
	if err := ss.Bind(ctx, "c", lan.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Bind(expired) err = %v, want ErrNotFound", err)
	}
	if err := ss.Bind(ctx, "a", 999); err == nil {
		t.Error("Bind to an unknown user: no error")
	}
	all, err := ss.All()
	if err != nil || len(all) != 2 || string(all["a"]) != "two" || string(all["b"]) != "short" {
		t.Errorf("All = %q, %v; want a and b", all, err)
	}

	now = now.Add(time.Second)
	if live(t, s, "b") {
		t.Error("expired session b found")
	}
	if !live(t, s, "a") {
		t.Error("session a not found")
	}
	if n, err := ss.PurgeExpired(ctx); n != 2 || err != nil {
		t.Errorf("PurgeExpired = %d, %v; want 2", n, err)
	}

	// Delete ends a session; a late commit does not revive it.
	if err := ss.Delete("a"); err != nil {
		t.Fatal(err)
	}
	if err := ss.Delete("never"); err != nil {
		t.Errorf("Delete(unknown) = %v, want nil", err)
	}
	ss.Commit("a", []byte("three"), now.Add(time.Hour))
	if live(t, s, "a") {
		t.Error("deleted session revived by a commit")
	}
	now = now.Add(3 * time.Hour)
	if n, _ := ss.PurgeExpired(ctx); n != 1 {
		t.Errorf("PurgeExpired of the ended session = %d, want 1", n)
	}

	commitSession(t, s, "d", lan.ID)
	commitSession(t, s, "e", lan.ID)
	if n, err := ss.EndUserSessions(ctx, lan.ID); n != 2 || err != nil {
		t.Errorf("EndUserSessions = %d, %v; want 2", n, err)
	}
	if live(t, s, "d") || live(t, s, "e") {
		t.Error("sessions live after EndUserSessions")
	}
	commitSession(t, s, "f", lan.ID)
	if err := s.DisableUser(ctx, "lan"); err != nil {
		t.Fatal(err)
	}
	if live(t, s, "f") {
		t.Error("session of a disabled user live")
	}
}
