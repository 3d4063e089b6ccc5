package web

import (
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"

	"github.com/gin-gonic/gin"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/search"
)

// errBadRequest and errNotFound are the request errors handlers return.
var (
	errBadRequest   = errors.New("bad request")
	errNotFound     = errors.New("not found")
	errTooBusy      = errors.New("too many searches at once, try again in a moment")
	errTooExpensive = errors.New("query too expensive")
)

// handlerFunc is a handler that returns its error instead of writing it.
type handlerFunc func(*gin.Context) error

// status maps an error to its HTTP status: the one place that does.
func status(err error) int {
	switch {
	case errors.Is(err, errBadRequest), errors.Is(err, search.ErrBadRequest), errors.Is(err, errTooExpensive):
		return http.StatusBadRequest
	case errors.Is(err, errTooBusy):
		return http.StatusTooManyRequests
	case errors.Is(err, corpus.ErrBadCredentials):
		return http.StatusUnauthorized
	case errors.Is(err, errForbidden):
		return http.StatusForbidden
	case errors.Is(err, errNotFound), errors.Is(err, corpus.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, errGone):
		return http.StatusGone
	case errors.Is(err, corpus.ErrTransition), errors.Is(err, corpus.ErrExists):
		return http.StatusConflict
	}
	return http.StatusInternalServerError
}

// message is what the user is told: the error itself for their mistakes,
// nothing internal for ours.
func message(err error, code int) string {
	if code >= 500 {
		return "internal error"
	}
	return err.Error()
}

// api wraps a JSON handler: errors become {"error": "..."}.
func (s *Server) api(h handlerFunc) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := h(c); err != nil {
			code := status(err)
			if code >= 500 {
				s.log.Error("api_error", "path", c.Request.URL.Path, "err", err)
			}
			c.AbortWithStatusJSON(code, gin.H{"error": message(err, code)})
		}
	}
}

// page wraps an HTML handler: errors become an error page.
func (s *Server) page(h handlerFunc) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := h(c); err != nil {
			code := status(err)
			if code >= 500 {
				s.log.Error("page_error", "path", c.Request.URL.Path, "err", err)
			}
			if rerr := s.render(c, code, "error", map[string]any{"Status": code, "Message": message(err, code)}); rerr != nil {
				s.log.Error("page_error", "path", c.Request.URL.Path, "err", rerr)
				c.String(http.StatusInternalServerError, "internal error")
			}
		}
	}
}

// recoverer turns a panic into a 500 and a log line with the stack.
func (s *Server) recoverer() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("panic", "path", c.Request.URL.Path, "err", fmt.Sprint(v), "stack", string(debug.Stack()))
				c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
			}
		}()
		c.Next()
	}
}

func (s *Server) notFound(c *gin.Context) error {
	return fmt.Errorf("%w: %s", errNotFound, c.Request.URL.Path)
}
