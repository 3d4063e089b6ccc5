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

	// The editor API: personal tokens only (Authorization: Bearer).
	edit := api.Group("", s.requireToken(false))
	edit.POST("/articles", s.api(s.apiAddArticle))
	edit.GET("/articles/:id", s.api(s.apiGetArticle))
	edit.PATCH("/articles/:id", s.api(s.apiPatchArticle))
	edit.PATCH("/contributions/:id", s.api(s.apiPatchContribution))
	edit.POST("/people/:id/merge", s.api(s.apiMergePerson))
	api.DELETE("/articles/:id", s.requireToken(true), s.api(s.apiDeleteArticle))

	// The editor's desk: a session from /editor/login.
	r.GET("/editor/login", s.page(s.loginPage))
	r.POST("/editor/login", s.page(s.login))
	r.POST("/editor/logout", s.page(s.logout))
	desk := r.Group("/editor", s.requireEditor(false))
	desk.GET("", s.page(s.dashboard))
	desk.GET("/new", s.page(s.newArticlePage))
	desk.POST("/new", s.page(s.addArticle))
	desk.GET("/article/:id", s.page(s.editPage))
	desk.POST("/article/:id", s.page(s.saveArticle))
	desk.POST("/article/:id/state", s.page(s.setState))
	desk.GET("/article/:id/history", s.page(s.historyPage))
	desk.POST("/article/:id/revert", s.page(s.revert))
	desk.GET("/person/:id", s.page(s.personPage))
	desk.POST("/person/:id/merge", s.page(s.mergePerson))
	desk.POST("/person/:id/split", s.page(s.splitPerson))
	desk.GET("/people", s.api(s.peopleSuggest))
	admin := r.Group("/editor/taxonomy", s.requireEditor(true))
	admin.GET("", s.page(s.taxonomyPage))
	admin.POST("", s.page(s.taxonomyChange))

	r.GET("/healthz", s.healthz)
	r.GET("/readyz", s.readyz)
	r.GET("/metrics", s.metrics.handler())
	r.NoRoute(s.page(s.notFound))
}
