package web

import "github.com/gin-gonic/gin"

// routes lists every route of the service.
func (s *Server) routes(r *gin.Engine) {
	r.GET("/", s.page(s.home))
	r.GET("/search", s.page(s.searchPage))
	r.GET("/contribution/:id", s.page(s.contributionPage))
	r.GET("/contribution/:id/export/:format", s.page(s.exportContribution))
	r.GET("/search/export", s.page(s.exportSearch))
	r.GET("/article/:id", s.page(s.articlePage))
	r.GET("/article/:id/original", s.page(s.originalPage))
	r.GET("/speaker/:id", s.page(s.speakerPage))
	r.GET("/academy/:id", s.page(s.academyPage))
	r.GET("/topic/:id", s.page(s.topicPage))
	r.GET("/event/:id", s.page(s.eventPage))
	r.GET("/speakers", s.page(s.listPage("speakers")))
	r.GET("/academies", s.page(s.listPage("academies")))
	r.GET("/topics", s.page(s.listPage("topics")))
	r.GET("/events", s.page(s.listPage("events")))
	r.StaticFS("/static", staticFiles())
	r.GET("/report", s.page(s.reportPage))
	r.POST("/report", s.page(s.reportSubmit))
	r.GET("/opensearch.xml", s.page(s.openSearch))
	r.GET("/feed.atom", s.page(s.feed))
	r.GET("/search.atom", s.page(s.feed))
	r.GET("/sitemap.xml", s.page(s.sitemap))

	api := r.Group("/api")
	api.GET("/search", s.api(s.apiSearch))
	api.GET("/suggest", s.api(s.apiSuggest))
	api.GET("/opensearch-suggest", s.api(s.openSearchSuggest))

	r.GET("/healthz", s.healthz)
	r.GET("/readyz", s.readyz)
	r.GET("/metrics", s.metrics.handler())
	r.NoRoute(s.page(s.notFound))
}
