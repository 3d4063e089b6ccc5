package corpus

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
	"golang.org/x/text/unicode/norm"
)

// Role is what an account may do on the editor desk.
type Role string

// Account roles.
const (
	RoleEditor Role = "editor" // edits records and answers readers' reports
	RoleAdmin  Role = "admin"  // an editor who also manages accounts
)

// ParseRole returns the role named s, in any case.
func ParseRole(s string) (Role, error) {
	switch r := Role(strings.ToLower(s)); r {
	case RoleEditor, RoleAdmin:
		return r, nil
	}
	return "", &ValidationError{Field: "role", Message: fmt.Sprintf("%q is not a role (editor or admin)", s)}
}

// ErrExists is returned when a record with the same key already exists.
var ErrExists = errors.New("already exists")

// ErrBadCredentials is returned for a wrong name or password, an unknown or
// revoked token, and a disabled account alike, so that a caller cannot tell
// which.
var ErrBadCredentials = errors.New("bad credentials")

// ValidationError reports a value the store refuses.
type ValidationError struct {
	Field   string // "name", "role", "password", "label"
	Message string
}

func (e *ValidationError) Error() string { return "invalid " + e.Field + ": " + e.Message }

// Limits on account fields.
const (
	MaxUserName       = 64
	MinPasswordLength = 10   // characters
	maxPasswordBytes  = 1024 // long enough for any passphrase, short of a denial of service
	maxTokenLabel     = 100
)

// User is an account on the editor desk.
type User struct {
	ID        int64
	Name      string
	Role      Role
	Disabled  bool
	CreatedAt time.Time
	UpdatedAt time.Time
}

// CheckUserName reports whether name can name an account: 1 to 64 ASCII
// letters, digits, '.', '-' or '_'. ASCII only, so that SQLite's NOCASE
// collation makes names unique whatever their case.
func CheckUserName(name string) error {
	if name == "" || len(name) > MaxUserName {
		return &ValidationError{Field: "name", Message: fmt.Sprintf("must be 1 to %d characters", MaxUserName)}
	}
	for _, r := range name {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_'
		if !ok {
			return &ValidationError{Field: "name", Message: "may hold only letters a-z, digits, '.', '-' and '_'"}
		}
	}
	return nil
}

// CheckPassword reports whether password is acceptable: at least
// MinPasswordLength characters, at most 1024 bytes.
func CheckPassword(password string) error {
	if utf8.RuneCountInString(norm.NFC.String(password)) < MinPasswordLength {
		return &ValidationError{Field: "password", Message: fmt.Sprintf("must be at least %d characters", MinPasswordLength)}
	}
	if len(password) > maxPasswordBytes {
		return &ValidationError{Field: "password", Message: fmt.Sprintf("must be at most %d bytes", maxPasswordBytes)}
	}
	return nil
}

// AddUser creates an account. Names are kept as given and are unique
// whatever their case.
func (s *Store) AddUser(ctx context.Context, name string, role Role, password string) (*User, error) {
	if err := CheckUserName(name); err != nil {
		return nil, fmt.Errorf("add user %q: %w", name, err)
	}
	if role != RoleEditor && role != RoleAdmin {
		return nil, fmt.Errorf("add user %q: %w", name, &ValidationError{Field: "role", Message: fmt.Sprintf("%q is not a role (editor or admin)", role)})
	}
	if err := CheckPassword(password); err != nil {
		return nil, fmt.Errorf("add user %q: %w", name, err)
	}
	hash, err := hashPassword(password, passwordParams)
	if err != nil {
		return nil, fmt.Errorf("add user %q: %w", name, err)
	}
	at := s.stamp()
	var id int64
	err = s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM users WHERE name = ?`, name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return ErrExists
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO users (name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
			name, string(role), hash, at, at)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("add user %q: %w", name, err)
	}
	return s.User(ctx, id)
}

const userColumns = `id, name, role, disabled, created_at, updated_at`

type scanner interface{ Scan(dest ...any) error }

func scanUser(row scanner, extra ...any) (*User, error) {
	var u User
	var role, created, updated string
	if err := row.Scan(append([]any{&u.ID, &u.Name, &role, &u.Disabled, &created, &updated}, extra...)...); err != nil {
		return nil, err
	}
	u.Role = Role(role)
	u.CreatedAt, _ = time.Parse(time.RFC3339Nano, created)
	u.UpdatedAt, _ = time.Parse(time.RFC3339Nano, updated)
	return &u, nil
}

// Users returns every account, by name.
func (s *Store) Users(ctx context.Context) ([]User, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+userColumns+` FROM users ORDER BY name, id`)
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	defer rows.Close()
	var out []User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("list users: %w", err)
		}
		out = append(out, *u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	return out, nil
}

// User returns the account with the given id.
func (s *Store) User(ctx context.Context, id int64) (*User, error) {
	u, err := scanUser(s.db.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("user %d: %w", id, err)
	}
	return u, nil
}

// UserByName returns the account called name, in any case.
func (s *Store) UserByName(ctx context.Context, name string) (*User, error) {
	u, err := scanUser(s.db.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE name = ?`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("user %q: %w", name, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("user %q: %w", name, err)
	}
	return u, nil
}

// userTx runs fn in a transaction on the account called name; op names the
// operation in errors.
func (s *Store) userTx(ctx context.Context, op, name string, fn func(tx *sql.Tx, u *User, at string) error) error {
	at := s.stamp()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		u, err := scanUser(tx.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE name = ?`, name))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		return fn(tx, u, at)
	})
	if err != nil {
		return fmt.Errorf("%s %q: %w", op, name, err)
	}
	return nil
}

// endSessions ends every live session of a user and returns how many it
// ended.
func endSessions(ctx context.Context, db interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}, userID int64, at string) (int, error) {
	res, err := db.ExecContext(ctx, `UPDATE sessions SET ended_at = ?, data = x'' WHERE user_id = ? AND ended_at IS NULL`, at, userID)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// SetPassword changes a user's password and ends the user's sessions. The
// user's API tokens stay valid.
func (s *Store) SetPassword(ctx context.Context, name, password string) error {
	if err := CheckPassword(password); err != nil {
		return fmt.Errorf("set password of %q: %w", name, err)
	}
	hash, err := hashPassword(password, passwordParams)
	if err != nil {
		return fmt.Errorf("set password of %q: %w", name, err)
	}
	return s.userTx(ctx, "set password of", name, func(tx *sql.Tx, u *User, at string) error {
		if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?`, hash, at, u.ID); err != nil {
			return err
		}
		_, err := endSessions(ctx, tx, u.ID, at)
		return err
	})
}

// DisableUser shuts an account: it can no longer log in, its sessions end
// and its API tokens are revoked for good (EnableUser does not restore
// them).
func (s *Store) DisableUser(ctx context.Context, name string) error {
	return s.userTx(ctx, "disable user", name, func(tx *sql.Tx, u *User, at string) error {
		if _, err := tx.ExecContext(ctx, `UPDATE users SET disabled = 1, updated_at = ? WHERE id = ?`, at, u.ID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL`, at, u.ID); err != nil {
			return err
		}
		_, err := endSessions(ctx, tx, u.ID, at)
		return err
	})
}

// EnableUser opens a disabled account again.
func (s *Store) EnableUser(ctx context.Context, name string) error {
	return s.userTx(ctx, "enable user", name, func(tx *sql.Tx, u *User, at string) error {
		_, err := tx.ExecContext(ctx, `UPDATE users SET disabled = 0, updated_at = ? WHERE id = ?`, at, u.ID)
		return err
	})
}

// Authenticate returns the account called name when password is its
// password and the account is not disabled, and ErrBadCredentials
// otherwise. An unknown name costs a password hash too, so that the time
// taken does not tell which names exist. A password hashed with other
// parameters than the current ones is hashed again on success.
func (s *Store) Authenticate(ctx context.Context, name, password string) (*User, error) {
	var hash string
	u, err := scanUser(s.db.QueryRowContext(ctx, `SELECT `+userColumns+`, password_hash FROM users WHERE name = ?`, name), &hash)
	if errors.Is(err, sql.ErrNoRows) {
		verifyPassword(dummyHash(), password)
		return nil, fmt.Errorf("authenticate %q: %w", name, ErrBadCredentials)
	}
	if err != nil {
		return nil, fmt.Errorf("authenticate %q: %w", name, err)
	}
	ok, params, err := verifyPassword(hash, password)
	if err != nil {
		return nil, fmt.Errorf("authenticate %q: %w", name, err)
	}
	if !ok || u.Disabled {
		return nil, fmt.Errorf("authenticate %q: %w", name, ErrBadCredentials)
	}
	if params != passwordParams {
		if hash, err = hashPassword(password, passwordParams); err != nil {
			return nil, fmt.Errorf("authenticate %q: %w", name, err)
		}
		if _, err := s.db.ExecContext(ctx, `UPDATE users SET password_hash = ? WHERE id = ?`, hash, u.ID); err != nil {
			return nil, fmt.Errorf("authenticate %q: rehash password: %w", name, err)
		}
	}
	return u, nil
}

// argonParams are the cost parameters of argon2id.
type argonParams struct {
	memory  uint32 // KiB
	time    uint32
	threads uint8
	keyLen  uint32
}

// passwordParams are the parameters new hashes are made with: the
// second recommendation of RFC 9106 with 64 MiB and two lanes. Stored
// hashes carry their own, so these can change.
var passwordParams = argonParams{memory: 64 * 1024, time: 1, threads: 2, keyLen: 32}

const saltLen = 16

// passwordKey is what is hashed: the password in NFC, so that the same
// Vietnamese password typed with composed or decomposed marks (keyboards
// and systems differ) is the same password.
func passwordKey(password string) []byte { return []byte(norm.NFC.String(password)) }

// hashPassword returns the PHC string of password:
// $argon2id$v=19$m=65536,t=1,p=2$SALT$HASH, salt and hash in unpadded
// standard base64.
func hashPassword(password string, p argonParams) (string, error) {
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	key := argon2.IDKey(passwordKey(password), salt, p.time, p.memory, p.threads, p.keyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$%s$%s$%s", argon2.Version, p.phc(), b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

func (p argonParams) phc() string { return fmt.Sprintf("m=%d,t=%d,p=%d", p.memory, p.time, p.threads) }

// verifyPassword reports whether password matches the PHC string encoded,
// and the parameters encoded was made with.
func verifyPassword(encoded, password string) (bool, argonParams, error) {
	var p argonParams
	bad := func(why string) (bool, argonParams, error) {
		return false, p, fmt.Errorf("stored password hash: %s", why)
	}
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return bad("not argon2id")
	}
	if parts[2] != fmt.Sprintf("v=%d", argon2.Version) {
		return bad("unknown version " + parts[2])
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.memory, &p.time, &p.threads); err != nil || p.phc() != parts[3] {
		return bad("bad parameters")
	}
	// Bounds keep a damaged row from asking for terabytes.
	if p.time < 1 || p.time > 64 || p.threads < 1 || p.memory < 8*uint32(p.threads) || p.memory > 4<<20 {
		return bad("parameters out of range")
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil || len(salt) < 8 {
		return bad("bad salt")
	}
	key, err := b64.DecodeString(parts[5])
	if err != nil || len(key) < 16 || len(key) > 64 {
		return bad("bad hash")
	}
	p.keyLen = uint32(len(key))
	got := argon2.IDKey(passwordKey(password), salt, p.time, p.memory, p.threads, p.keyLen)
	return subtle.ConstantTimeCompare(got, key) == 1, p, nil
}

// dummyHash is hashed against for unknown users.
var dummyHash = sync.OnceValue(func() string {
	h, _ := hashPassword("not the password of anyone", passwordParams)
	return h
})

// Token is a personal API token. The token itself is shown once, when it
// is created; the store keeps only its SHA-256.
type Token struct {
	ID         int64
	UserID     int64
	Label      string
	CreatedAt  time.Time
	LastUsedAt time.Time // zero when never used; kept to the minute
	RevokedAt  time.Time // zero while the token is valid
}

// TokenPrefix starts every API token, so that a leaked one is easy to
// recognise (and to scan for).
const TokenPrefix = "tl_"

func tokenHash(plain string) string {
	sum := sha256.Sum256([]byte(plain))
	return hex.EncodeToString(sum[:])
}

// CreateToken makes a new API token for the account called userName and
// returns it: "tl_" and 32 random bytes in base64url. Only its hash is
// stored, so it cannot be shown again.
func (s *Store) CreateToken(ctx context.Context, userName, label string) (string, error) {
	if utf8.RuneCountInString(label) > maxTokenLabel || strings.IndexFunc(label, unicode.IsControl) >= 0 {
		return "", fmt.Errorf("create token for %q: %w", userName,
			&ValidationError{Field: "label", Message: fmt.Sprintf("must be at most %d characters, without control characters", maxTokenLabel)})
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("create token for %q: %w", userName, err)
	}
	plain := TokenPrefix + base64.RawURLEncoding.EncodeToString(b)
	err := s.userTx(ctx, "create token for", userName, func(tx *sql.Tx, u *User, at string) error {
		if u.Disabled {
			return errors.New("account is disabled")
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO tokens (user_id, label, sha256, created_at) VALUES (?, ?, ?, ?)`,
			u.ID, label, tokenHash(plain), at)
		return err
	})
	if err != nil {
		return "", err
	}
	return plain, nil
}

// UserByToken returns the account an API token belongs to, and
// ErrBadCredentials when the token is unknown or revoked or the account is
// disabled. It records when the token was last used, to the minute.
func (s *Store) UserByToken(ctx context.Context, plain string) (*User, error) {
	if !strings.HasPrefix(plain, TokenPrefix) {
		return nil, fmt.Errorf("token: %w", ErrBadCredentials)
	}
	var tokenID int64
	var lastUsed, revoked sql.NullString
	u, err := scanUser(s.db.QueryRowContext(ctx, `SELECT u.id, u.name, u.role, u.disabled, u.created_at, u.updated_at,
		t.id, t.last_used_at, t.revoked_at FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.sha256 = ?`, tokenHash(plain)),
		&tokenID, &lastUsed, &revoked)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("token: %w", ErrBadCredentials)
	}
	if err != nil {
		return nil, fmt.Errorf("token: %w", err)
	}
	if revoked.Valid || u.Disabled {
		return nil, fmt.Errorf("token %d: %w", tokenID, ErrBadCredentials)
	}
	now := s.now()
	last, _ := time.Parse(time.RFC3339Nano, lastUsed.String)
	if !lastUsed.Valid || now.Sub(last) >= time.Minute {
		if _, err := s.db.ExecContext(ctx, `UPDATE tokens SET last_used_at = ? WHERE id = ?`, now.Format(time.RFC3339Nano), tokenID); err != nil {
			return nil, fmt.Errorf("token %d: %w", tokenID, err)
		}
	}
	return u, nil
}

// Tokens returns the API tokens of the account called userName, revoked
// ones included, oldest first.
func (s *Store) Tokens(ctx context.Context, userName string) ([]Token, error) {
	u, err := s.UserByName(ctx, userName)
	if err != nil {
		return nil, fmt.Errorf("list tokens: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, user_id, label, created_at, last_used_at, revoked_at FROM tokens
		WHERE user_id = ? ORDER BY id`, u.ID)
	if err != nil {
		return nil, fmt.Errorf("list tokens of %q: %w", userName, err)
	}
	defer rows.Close()
	var out []Token
	for rows.Next() {
		var t Token
		var created string
		var used, revoked sql.NullString
		if err := rows.Scan(&t.ID, &t.UserID, &t.Label, &created, &used, &revoked); err != nil {
			return nil, fmt.Errorf("list tokens of %q: %w", userName, err)
		}
		t.CreatedAt, _ = time.Parse(time.RFC3339Nano, created)
		t.LastUsedAt, _ = time.Parse(time.RFC3339Nano, used.String)
		t.RevokedAt, _ = time.Parse(time.RFC3339Nano, revoked.String)
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list tokens of %q: %w", userName, err)
	}
	return out, nil
}

// RevokeToken revokes an API token for good. Revoking a revoked token
// changes nothing.
func (s *Store) RevokeToken(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `UPDATE tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?`, s.stamp(), id)
	if err != nil {
		return fmt.Errorf("revoke token %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("revoke token %d: %w", id, err)
	} else if n == 0 {
		return fmt.Errorf("revoke token %d: %w", id, ErrNotFound)
	}
	return nil
}

// SessionStore keeps the web server's sessions in the store. Its methods
// are those of a session store of github.com/alexedwards/scs/v2 (Store,
// CtxStore, IterableStore and IterableCtxStore); the data is opaque to it.
//
// A session ended by Delete, by a password change or by disabling its
// account stays as a tombstone until it expires, so that a request still
// in flight cannot bring it back with a late Commit. Sessions belong to an
// account once the web server has called Bind at login.
type SessionStore struct{ s *Store }

// Sessions returns the store's web sessions.
func (s *Store) Sessions() *SessionStore { return &SessionStore{s} }

// expiryFormat is fixed-width, so that text order is time order.
const expiryFormat = "2006-01-02T15:04:05.000000000Z"

func expiryText(t time.Time) string { return t.UTC().Format(expiryFormat) }

// Find returns the data of a live session.
func (ss *SessionStore) Find(token string) ([]byte, bool, error) {
	return ss.FindCtx(context.Background(), token)
}

// FindCtx returns the data of a live session: found is false, and err nil,
// when the token is unknown, ended or expired.
func (ss *SessionStore) FindCtx(ctx context.Context, token string) (b []byte, found bool, err error) {
	err = ss.s.db.QueryRowContext(ctx, `SELECT data FROM sessions WHERE token = ? AND ended_at IS NULL AND expiry > ?`,
		token, expiryText(ss.s.now())).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("find session: %w", err)
	}
	return b, true, nil
}

// Commit stores a session's data and expiry.
func (ss *SessionStore) Commit(token string, b []byte, expiry time.Time) error {
	return ss.CommitCtx(context.Background(), token, b, expiry)
}

// CommitCtx stores a session's data and expiry. It does nothing to an
// ended session.
func (ss *SessionStore) CommitCtx(ctx context.Context, token string, b []byte, expiry time.Time) error {
	if b == nil {
		b = []byte{}
	}
	_, err := ss.s.db.ExecContext(ctx, `INSERT INTO sessions (token, data, expiry) VALUES (?, ?, ?)
		ON CONFLICT (token) DO UPDATE SET data = excluded.data, expiry = excluded.expiry WHERE sessions.ended_at IS NULL`,
		token, b, expiryText(expiry))
	if err != nil {
		return fmt.Errorf("commit session: %w", err)
	}
	return nil
}

// Delete ends a session (at logout, or when scs renews its token).
func (ss *SessionStore) Delete(token string) error {
	return ss.DeleteCtx(context.Background(), token)
}

// DeleteCtx ends a session. An unknown token is not an error.
func (ss *SessionStore) DeleteCtx(ctx context.Context, token string) error {
	_, err := ss.s.db.ExecContext(ctx, `UPDATE sessions SET ended_at = ?, data = x'' WHERE token = ? AND ended_at IS NULL`,
		ss.s.stamp(), token)
	if err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	return nil
}

// All returns the data of every live session by token.
func (ss *SessionStore) All() (map[string][]byte, error) {
	return ss.AllCtx(context.Background())
}

// AllCtx returns the data of every live session by token.
func (ss *SessionStore) AllCtx(ctx context.Context) (map[string][]byte, error) {
	rows, err := ss.s.db.QueryContext(ctx, `SELECT token, data FROM sessions WHERE ended_at IS NULL AND expiry > ?`, expiryText(ss.s.now()))
	if err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	defer rows.Close()
	out := map[string][]byte{}
	for rows.Next() {
		var token string
		var b []byte
		if err := rows.Scan(&token, &b); err != nil {
			return nil, fmt.Errorf("list sessions: %w", err)
		}
		out[token] = b
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	return out, nil
}

// Bind records that a live session belongs to an account, so that
// SetPassword and DisableUser can end it. The session must have been
// committed: with scs, call Commit on the session manager after
// RenewToken and before Bind. It returns ErrNotFound when the session is
// not live.
func (ss *SessionStore) Bind(ctx context.Context, token string, userID int64) error {
	res, err := ss.s.db.ExecContext(ctx, `UPDATE sessions SET user_id = ? WHERE token = ? AND ended_at IS NULL AND expiry > ?`,
		userID, token, expiryText(ss.s.now()))
	if err != nil {
		return fmt.Errorf("bind session to user %d: %w", userID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("bind session to user %d: %w", userID, err)
	} else if n == 0 {
		return fmt.Errorf("bind session to user %d: session %w", userID, ErrNotFound)
	}
	return nil
}

// EndUserSessions ends every live session bound to an account and returns
// how many it ended.
func (ss *SessionStore) EndUserSessions(ctx context.Context, userID int64) (int, error) {
	n, err := endSessions(ctx, ss.s.db, userID, ss.s.stamp())
	if err != nil {
		return 0, fmt.Errorf("end sessions of user %d: %w", userID, err)
	}
	return n, nil
}

// PurgeExpired removes the sessions, ended or not, whose expiry has passed
// and returns how many it removed. The web server calls it now and then.
func (ss *SessionStore) PurgeExpired(ctx context.Context) (int, error) {
	res, err := ss.s.db.ExecContext(ctx, `DELETE FROM sessions WHERE expiry <= ?`, expiryText(ss.s.now()))
	if err != nil {
		return 0, fmt.Errorf("purge sessions: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}
