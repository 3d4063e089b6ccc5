package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"

	"github.com/thamluan/thamluan/corpus"
)

// Editor sessions and login limits.
const (
	sessionCookie   = "thamluan_session"
	sessionLifetime = 12 * time.Hour
	sessionIdle     = 2 * time.Hour
	userKey         = "user_id"
	// Failed logins allowed in a burst, per account and per client address,
	// and how fast the allowance comes back.
	loginBurstAccount = 5
	loginBurstClient  = 20
	loginRefill       = time.Minute
)

// Errors of the editor's desk.
var (
	errForbidden = errors.New("your role may not do this")
)

// newSessions returns the session manager of the editor's desk: sessions
// in the store, in an HttpOnly, SameSite=Lax cookie, Secure when the site
// is served over TLS.
func newSessions(st *corpus.Store, secure bool) *scs.SessionManager {
	sm := scs.New()
	sm.Store = st.Sessions()
	sm.Lifetime = sessionLifetime
	sm.IdleTimeout = sessionIdle
	sm.Cookie.Name = sessionCookie
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	sm.Cookie.Secure = secure
	sm.Cookie.Path = "/"
	return sm
}

// throttle limits failed sign-ins per account and per client address with
// token buckets; a success does not refill them.
type throttle struct {
	mu      sync.Mutex
	buckets map[string]*rate.Limiter
	swept   time.Time
}

func newThrottle() *throttle {
	return &throttle{buckets: map[string]*rate.Limiter{}, swept: time.Now()}
}

func (t *throttle) bucket(key string, burst int) *rate.Limiter {
	t.mu.Lock()
	defer t.mu.Unlock()
	if time.Since(t.swept) > 10*time.Minute {
		// Buckets that are full again hold no information.
		for k, l := range t.buckets {
			if l.Tokens() >= float64(l.Burst()) {
				delete(t.buckets, k)
			}
		}
		t.swept = time.Now()
	}
	l := t.buckets[key]
	if l == nil {
		l = rate.NewLimiter(rate.Every(loginRefill), burst)
		t.buckets[key] = l
	}
	return l
}

// allowed reports whether a sign-in for account from client may be tried.
func (t *throttle) allowed(account, client string) bool {
	return t.bucket("a:"+strings.ToLower(account), loginBurstAccount).Tokens() >= 1 &&
		t.bucket("c:"+client, loginBurstClient).Tokens() >= 1
}

// failed spends a token of both buckets.
func (t *throttle) failed(account, client string) {
	t.bucket("a:"+strings.ToLower(account), loginBurstAccount).Allow()
	t.bucket("c:"+client, loginBurstClient).Allow()
}

// currentUser returns the signed-in editor of the request, nil when none.
// A disabled account is signed out at once.
func (s *Server) currentUser(c *gin.Context) *corpus.User {
	if u, ok := c.Get(userKey); ok {
		return u.(*corpus.User)
	}
	ctx := c.Request.Context()
	id := s.sessions.GetInt64(ctx, userKey)
	if id == 0 {
		return nil
	}
	u, err := s.store.User(ctx, id)
	if err != nil || u.Disabled {
		s.sessions.Destroy(ctx)
		return nil
	}
	c.Set(userKey, u)
	return u
}

// requireEditor sends a visitor who is not signed in to the sign-in page;
// with admin set, an editor without the admin role gets a 403.
func (s *Server) requireEditor(admin bool) gin.HandlerFunc {
	return func(c *gin.Context) {
		u := s.currentUser(c)
		if u == nil {
			next := c.Request.URL.RequestURI()
			if c.Request.Method != http.MethodGet {
				next = "/editor"
			}
			c.Redirect(http.StatusSeeOther, "/editor/login?next="+url.QueryEscape(next))
			c.Abort()
			return
		}
		if admin && u.Role != corpus.RoleAdmin {
			s.page(func(*gin.Context) error { return errForbidden })(c)
			c.Abort()
			return
		}
		c.Next()
	}
}

// requireToken admits API requests that carry a valid personal token in
// "Authorization: Bearer …", and nothing else: not a session cookie.
func (s *Server) requireToken(admin bool) gin.HandlerFunc {
	return func(c *gin.Context) {
		auth := c.GetHeader("Authorization")
		scheme, token, ok := strings.Cut(auth, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
			c.Header("WWW-Authenticate", `Bearer realm="thamluan"`)
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "an editor's token is needed: Authorization: Bearer tl_…"})
			return
		}
		u, err := s.store.UserByToken(c.Request.Context(), strings.TrimSpace(token))
		if err != nil {
			c.Header("WWW-Authenticate", `Bearer realm="thamluan", error="invalid_token"`)
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unknown, revoked or disabled token"})
			return
		}
		if admin && u.Role != corpus.RoleAdmin {
			c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": errForbidden.Error()})
			return
		}
		c.Set(userKey, u)
		c.Next()
	}
}

// safeNext keeps a post-sign-in destination inside the editor's desk.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/editor") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return "/editor"
	}
	return next
}

// loginPage serves GET /editor/login.
func (s *Server) loginPage(c *gin.Context) error {
	if s.currentUser(c) != nil {
		c.Redirect(http.StatusSeeOther, safeNext(c.Query("next")))
		return nil
	}
	return s.render(c, http.StatusOK, "login", map[string]any{"Next": safeNext(c.Query("next"))})
}

// login serves POST /editor/login: throttled per account and per client
// address (the connection's, since no proxy is trusted).
func (s *Server) login(c *gin.Context) error {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 8<<10)
	if err := c.Request.ParseForm(); err != nil {
		return fmt.Errorf("%w: the form is too large", errBadRequest)
	}
	name, password := strings.TrimSpace(c.PostForm("name")), c.PostForm("password")
	next := safeNext(c.PostForm("next"))
	client := c.ClientIP()
	data := map[string]any{"Next": next, "Name": name}
	if !s.logins.allowed(name, client) {
		s.log.Warn("login_throttled", "user", name, "client", client)
		data["Problem"] = "login.throttled"
		return s.render(c, http.StatusTooManyRequests, "login", data)
	}
	u, err := s.store.Authenticate(c.Request.Context(), name, password)
	if errors.Is(err, corpus.ErrBadCredentials) {
		s.logins.failed(name, client)
		s.log.Warn("login_failed", "user", name, "client", client)
		data["Problem"] = "login.bad"
		return s.render(c, http.StatusUnauthorized, "login", data)
	}
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	if err := s.sessions.RenewToken(ctx); err != nil {
		return err
	}
	s.sessions.Put(ctx, userKey, u.ID)
	token, _, err := s.sessions.Commit(ctx)
	if err != nil {
		return err
	}
	if err := s.store.Sessions().Bind(ctx, token, u.ID); err != nil {
		return err
	}
	s.log.Info("login", "user", u.Name, "client", client)
	c.Redirect(http.StatusSeeOther, next)
	return nil
}

// logout serves POST /editor/logout: the session is revoked in the store,
// not only forgotten by the browser.
func (s *Server) logout(c *gin.Context) error {
	if err := s.sessions.Destroy(c.Request.Context()); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, "/editor/login")
	return nil
}

// withSessions loads and saves editor sessions for the editor's pages
// only; public pages set no cookie.
func (s *Server) withSessions(h http.Handler) http.Handler {
	sessions := s.sessions.LoadAndSave(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/editor" || strings.HasPrefix(r.URL.Path, "/editor/") {
			sessions.ServeHTTP(w, r)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// actor names who made a change, for history.
func actor(u *corpus.User) string {
	if u == nil {
		return "system"
	}
	return u.Name
}

// currentEditor reports whether the request comes from a signed-in editor,
// on any page (the session is read only when the cookie is there).
func (s *Server) currentEditor(c *gin.Context) bool {
	token, err := c.Cookie(sessionCookie)
	if err != nil {
		return false
	}
	ctx, err := s.sessions.Load(c.Request.Context(), token)
	if err != nil {
		return false
	}
	id := s.sessions.GetInt64(ctx, userKey)
	if id == 0 {
		return false
	}
	u, err := s.store.User(ctx, id)
	return err == nil && !u.Disabled
}
