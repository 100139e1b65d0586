package desk

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
)

// AlertSink receives the alerts raised when a stored claim repeats a claim
// that already has a verdict: a NATS subject, a webhook.
type AlertSink interface {
	SendAlert(ctx context.Context, a claims.Alert) error
}

// AlertSubject is the NATS subject alerts are published on.
const AlertSubject = "claimpipe.alerts"

// Dispatcher delivers the store's pending alerts to its sinks. The store
// raises alerts in the transaction that saves the claim (an outbox), so an
// alert is never lost: it stays pending until every sink took it.
type Dispatcher struct {
	Store    claims.ReviewStore
	Sinks    []AlertSink
	Interval time.Duration // how often to look; zero means 250 ms
	Log      *zap.Logger
}

// Run delivers alerts until ctx ends.
func (d *Dispatcher) Run(ctx context.Context) error {
	iv := d.Interval
	if iv <= 0 {
		iv = 250 * time.Millisecond
	}
	log := d.Log
	if log == nil {
		log = zap.NewNop()
	}
	t := time.NewTicker(iv)
	defer t.Stop()
	for {
		if _, err := d.Deliver(ctx); err != nil && ctx.Err() == nil {
			log.Warn("alert delivery failed; will retry", zap.Error(err))
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Deliver sends every pending alert to every sink once and reports how many
// were delivered. An alert a sink refuses stays pending.
func (d *Dispatcher) Deliver(ctx context.Context) (int, error) {
	pending, err := d.Store.PendingAlerts(ctx, 100)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, a := range pending {
		for _, s := range d.Sinks {
			if err := s.SendAlert(ctx, a); err != nil {
				return n, err
			}
		}
		if err := d.Store.MarkAlertDelivered(ctx, a.ID); err != nil {
			return n, err
		}
		if d.Log != nil {
			d.Log.Info("alert: a judged claim repeats", zap.String("claim", a.ClaimID), zap.String("prior", a.PriorClaimID),
				zap.String("verdict", string(a.Verdict)), zap.Float64("similarity", a.Similarity))
		}
		n++
	}
	return n, nil
}

// Webhook posts each alert as JSON to URL, signed with HMAC-SHA256 of the
// body under Secret in the X-Claimpipe-Signature header ("sha256=<hex>").
type Webhook struct {
	URL    string
	Secret []byte
	Client *http.Client // nil means a client with a 10 s timeout
}

// SignatureHeader carries a webhook body's HMAC.
const SignatureHeader = "X-Claimpipe-Signature"

// Sign returns the signature header value of body under secret.
func Sign(secret, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// VerifySignature reports whether header is body's signature under secret.
func VerifySignature(secret, body []byte, header string) bool {
	return hmac.Equal([]byte(Sign(secret, body)), []byte(header))
}

// SendAlert posts a; any answer but 2xx is an error.
func (h *Webhook) SendAlert(ctx context.Context, a claims.Alert) error {
	body, err := json.Marshal(a)
	if err != nil {
		return claims.Errorf(claims.Internal, "encode alert: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.URL, bytes.NewReader(body))
	if err != nil {
		return claims.Errorf(claims.Invalid, "webhook %q: %w", h.URL, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "claimpipe-alerts")
	req.Header.Set(SignatureHeader, Sign(h.Secret, body))
	c := h.Client
	if c == nil {
		c = &http.Client{Timeout: 10 * time.Second}
	}
	resp, err := c.Do(req)
	if err != nil {
		return claims.Errorf(claims.Transient, "webhook %q: %w", h.URL, err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	if resp.StatusCode/100 != 2 {
		return claims.Errorf(claims.Transient, "webhook %q answered %s", h.URL, resp.Status)
	}
	return nil
}

// Paraphrases raises the alerts a fingerprint cannot: a newly stored claim
// that says, in other words, what a claim of another article with a verdict
// said ("The campaign paid the firm $100,000 …" after "… records show the
// campaign paid $100,000 to the firm …" was judged). The store stage calls
// Raise after each save; the Dispatcher delivers these alerts like the
// store's own. Two claims are as similar as the Jaccard index of their
// terms; the desk has no notion of terms of its own: cmd passes the claim
// builder's (the same index "claimpipe claims similar" and a claim's page
// use).
type Paraphrases struct {
	Store claims.ReviewStore
	// Terms gives what of a claim is compared.
	Terms func(claims.Claim) []string
	// Min is the least similarity that raises an alert; zero means
	// ParaphraseMin.
	Min float64
	// Scan is how many judged claims, most confident first, are compared;
	// zero means 1,000.
	Scan int

	once   sync.Once
	judged *judgedCache
}

// ParaphraseMin is the default least similarity of a repeat in other words
// that raises an alert: stricter than the 0.3 from which a claim's page lists
// judged claims said alike, since an alert interrupts someone.
const ParaphraseMin = 0.5

// Raise compares each claim of r with the judged claims of other articles
// and raises an alert for the most similar one at or above Min (none for a
// claim that already has an alert, such as the store's own for the same
// fingerprint). It reports how many it raised. It is idempotent, so a
// redelivered save raises nothing twice.
func (p *Paraphrases) Raise(ctx context.Context, r *claims.Result) (int, error) {
	if len(r.Claims) == 0 {
		return 0, nil
	}
	p.once.Do(func() { p.judged = newJudgedCache(p.Store, p.Terms, p.Scan) })
	ix, err := p.judged.index(ctx)
	if err != nil || len(ix.items) == 0 {
		return 0, err
	}
	least := p.Min
	if least <= 0 {
		least = ParaphraseMin
	}
	n := 0
	for _, c := range r.Claims {
		near := ix.near(p.Terms(c), least, 1, func(it *claims.QueueItem) bool {
			// the same article, or the store's own alert
			return it.ArticleID == r.Article.ID || c.Fingerprint != "" && it.Fingerprint == c.Fingerprint
		})
		if len(near) == 0 {
			continue
		}
		raised, err := p.Store.RaiseAlert(ctx, claims.Alert{ClaimID: c.ID, Fingerprint: c.Fingerprint,
			PriorClaimID: near[0].ID, Verdict: near[0].Review.Verdict, Similarity: near[0].Similarity})
		if err != nil {
			return n, err
		}
		if raised {
			n++
		}
	}
	return n, nil
}
