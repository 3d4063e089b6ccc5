package web

import (
	"context"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/thamluan/thamluan/corpus"
)

// metrics are the Prometheus metrics of the service, in a registry of its
// own so that tests can build several servers.
type metrics struct {
	reg            *prometheus.Registry
	requests       *prometheus.CounterVec
	duration       *prometheus.HistogramVec
	searchDuration prometheus.Histogram
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "thamluan_http_requests_total", Help: "HTTP requests by route and status.",
		}, []string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "thamluan_http_request_duration_seconds", Help: "HTTP request latency by route.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"route"}),
		searchDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "thamluan_search_duration_seconds", Help: "Time spent in the search engine per search.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}),
	}
	m.reg.MustRegister(m.requests, m.duration, m.searchDuration, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) register(c prometheus.Collector) { m.reg.MustRegister(c) }

func (m *metrics) middleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		m.requests.WithLabelValues(route, strconv.Itoa(c.Writer.Status())).Inc()
		m.duration.WithLabelValues(route).Observe(time.Since(start).Seconds())
	}
}

func (m *metrics) handler() gin.HandlerFunc {
	return gin.WrapH(promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}))
}

// crawlCollector reports the crawler's frontier and its last run, read
// from the store at scrape time, so that crawls run from the command line
// count as well as the server's own.
type crawlCollector struct {
	store   *corpus.Store
	urls    *prometheus.Desc
	lastRun *prometheus.Desc
	runs    *prometheus.Desc
}

func newCrawlCollector(st *corpus.Store) *crawlCollector {
	return &crawlCollector{
		store: st,
		urls: prometheus.NewDesc("thamluan_crawl_urls", "URLs in the crawl frontier by the outcome of their last visit.",
			[]string{"outcome"}, nil),
		lastRun: prometheus.NewDesc("thamluan_crawl_last_run_pages", "Pages of the last finished crawl by outcome.",
			[]string{"outcome"}, nil),
		runs: prometheus.NewDesc("thamluan_crawl_last_run_timestamp_seconds", "When the last finished crawl ended.", nil, nil),
	}
}

// Describe sends the metric descriptions.
func (c *crawlCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.urls
	ch <- c.lastRun
	ch <- c.runs
}

// Collect reads the counts from the store.
func (c *crawlCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if outcomes, err := c.store.CrawlOutcomes(ctx); err == nil {
		for k, n := range outcomes {
			if k == "" {
				k = "queued"
			}
			ch <- prometheus.MustNewConstMetric(c.urls, prometheus.GaugeValue, float64(n), k)
		}
	}
	runs, err := c.store.CrawlRuns(ctx, 5)
	if err != nil {
		return
	}
	for _, r := range runs {
		if r.FinishedAt.IsZero() {
			continue
		}
		for k, n := range r.Stats {
			ch <- prometheus.MustNewConstMetric(c.lastRun, prometheus.GaugeValue, float64(n), k)
		}
		ch <- prometheus.MustNewConstMetric(c.runs, prometheus.GaugeValue, float64(r.FinishedAt.Unix()))
		return
	}
}
