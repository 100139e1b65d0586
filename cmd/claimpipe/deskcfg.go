package main

import (
	"context"
	"encoding/json"
	"net"
	"net/url"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/spf13/pflag"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/desk"
	"github.com/claimpipe/claimpipe/extractors/claimbuild"
	"github.com/claimpipe/claimpipe/pipeline"
)

// deskConfig is how `claimpipe run` sets up the desk: logins, the publisher
// of exports, and where alerts go besides the store.
type deskConfig struct {
	noAuth        bool
	secureCookies bool
	orgName       string
	orgURL        string
	publicURL     string
	webhook       string
	webhookSecret string
	paraphraseMin float64
}

func (c *deskConfig) flags(f *pflag.FlagSet) {
	f.BoolVar(&c.noAuth, "no-auth", false, "serve the desk without logins (only on a loopback --http address: tests, one person on this machine)")
	f.BoolVar(&c.secureCookies, "secure-cookies", envOr("CLAIMPIPE_SECURE_COOKIES", "") != "", "mark cookies Secure behind a TLS-terminating proxy (env CLAIMPIPE_SECURE_COOKIES)")
	f.StringVar(&c.orgName, "org-name", envOr("CLAIMPIPE_ORG_NAME", "claimpipe desk"), "publisher named as the author of exported ClaimReviews (env CLAIMPIPE_ORG_NAME)")
	f.StringVar(&c.orgURL, "org-url", envOr("CLAIMPIPE_ORG_URL", ""), "the publisher's URL (env CLAIMPIPE_ORG_URL)")
	f.StringVar(&c.publicURL, "public-url", envOr("CLAIMPIPE_PUBLIC_URL", ""), "the desk's public address, for exported ClaimReview urls (env CLAIMPIPE_PUBLIC_URL; default: the request's host)")
	f.StringVar(&c.webhook, "alert-webhook", envOr("CLAIMPIPE_ALERT_WEBHOOK", ""), "POST each repeat-of-a-judged-claim alert here as JSON (env CLAIMPIPE_ALERT_WEBHOOK)")
	f.Float64Var(&c.paraphraseMin, "alert-paraphrase", desk.ParaphraseMin,
		"store stage: least similarity (0-1] of a new claim to a judged claim of another article, in other words, that raises an alert; 0 turns these alerts off")
	f.StringVar(&c.webhookSecret, "alert-webhook-secret", envOr("CLAIMPIPE_ALERT_WEBHOOK_SECRET", ""), "HMAC-SHA256 key of the X-Claimpipe-Signature header (env CLAIMPIPE_ALERT_WEBHOOK_SECRET)")
}

// options turns the flags into desk options; --no-auth is refused unless
// the desk listens on a loopback address only.
func (c *deskConfig) options(ln net.Addr) ([]desk.Option, error) {
	opts := []desk.Option{desk.WithOrganization(desk.Organization{Name: c.orgName, URL: c.orgURL}), desk.WithTerms(claimbuild.ClaimTerms)}
	if c.publicURL != "" {
		opts = append(opts, desk.WithPublicURL(c.publicURL))
	}
	if c.secureCookies {
		opts = append(opts, desk.WithSecureCookies())
	}
	if c.noAuth {
		t, ok := ln.(*net.TCPAddr)
		if !ok || !t.IP.IsLoopback() {
			return nil, claims.Errorf(claims.Invalid, "--no-auth needs a loopback --http address (127.0.0.1:PORT), not %s", ln)
		}
		opts = append(opts, desk.WithoutAuth())
	}
	return opts, nil
}

// saver is what the store stage saves through: the store, and after each
// save the alerts on claims that repeat a judged claim in other words
// (--alert-paraphrase). A failure to raise them fails the save, so the
// message is redelivered and the (idempotent) save and raise run again.
func (c *deskConfig) saver(store claims.Store) (pipeline.ResultSaver, error) {
	if c.paraphraseMin < 0 || c.paraphraseMin > 1 {
		return nil, claims.Errorf(claims.Invalid, "--alert-paraphrase %v: want a similarity from 0 (off) to 1", c.paraphraseMin)
	}
	rs, ok := store.(claims.ReviewStore)
	ss, ok2 := store.(pipeline.SubmissionSaver)
	if c.paraphraseMin == 0 || !ok || !ok2 {
		return store, nil
	}
	return &paraphraseSaver{Store: store, sub: ss, para: &desk.Paraphrases{Store: rs, Terms: claimbuild.ClaimTerms,
		Min: c.paraphraseMin}}, nil
}

// paraphraseSaver saves a result, then raises its paraphrase alerts.
type paraphraseSaver struct {
	claims.Store
	sub  pipeline.SubmissionSaver
	para *desk.Paraphrases
}

func (p *paraphraseSaver) SaveResult(ctx context.Context, r *claims.Result) (bool, error) {
	created, err := p.Store.SaveResult(ctx, r)
	if err != nil {
		return created, err
	}
	_, err = p.para.Raise(ctx, r)
	return created, err
}

func (p *paraphraseSaver) SaveSubmissionResult(ctx context.Context, id string, r *claims.Result) (bool, error) {
	created, err := p.sub.SaveSubmissionResult(ctx, id, r)
	if err != nil {
		return created, err
	}
	_, err = p.para.Raise(ctx, r)
	return created, err
}

// dispatcher delivers alerts to NATS (subject claimpipe.alerts) and the
// webhook, if any.
func (c *deskConfig) dispatcher(store claims.Store, nc *nats.Conn, log *zap.Logger) (*desk.Dispatcher, error) {
	rs, ok := store.(claims.ReviewStore)
	if !ok {
		return nil, nil
	}
	sinks := []desk.AlertSink{natsAlerts{nc}}
	if c.webhook != "" {
		u, err := url.Parse(c.webhook)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, claims.Errorf(claims.Invalid, "--alert-webhook %q: want an http(s) URL", c.webhook)
		}
		if c.webhookSecret == "" {
			return nil, claims.Errorf(claims.Invalid, "--alert-webhook needs --alert-webhook-secret to sign its posts")
		}
		sinks = append(sinks, &desk.Webhook{URL: c.webhook, Secret: []byte(c.webhookSecret)})
	}
	return &desk.Dispatcher{Store: rs, Sinks: sinks, Log: log}, nil
}

// natsAlerts publishes alerts as JSON on desk.AlertSubject.
type natsAlerts struct{ nc *nats.Conn }

func (n natsAlerts) SendAlert(ctx context.Context, a claims.Alert) error {
	b, err := json.Marshal(a)
	if err != nil {
		return claims.Errorf(claims.Internal, "encode alert: %w", err)
	}
	if err := n.nc.Publish(desk.AlertSubject, b); err != nil {
		return claims.Errorf(claims.Transient, "publish alert: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second) // FlushWithContext needs a deadline
	defer cancel()
	if err := n.nc.FlushWithContext(ctx); err != nil {
		return claims.Errorf(claims.Transient, "publish alert: flush: %w", err)
	}
	return nil
}
