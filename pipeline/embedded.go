package pipeline

import (
	"context"
	"crypto/rand"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
)

// EmbeddedOptions configures the in-process NATS server. Only Dir is
// required; the zero value of every other field is the durable default.
type EmbeddedOptions struct {
	// Dir is where JetStream keeps its streams (e.g. ./data/nats). Work that
	// was submitted but not finished survives a restart over the same Dir.
	Dir string
	// Port: 0 means no network listener at all (clients in this process
	// connect in-process through Conn or Connect); -1 a random free port on
	// Host; >0 that port.
	Port int
	// Host to listen on when Port != 0; "" means 127.0.0.1.
	Host string
	// Token, when set, is the secret every client must present, those in
	// this process included (Connect does): with URLFile, a listener only
	// whoever can read that file can use. "" means no authentication.
	Token string
	// URLFile, when set and the server listens, is where StartEmbedded
	// writes the URL to reach it, Token included (mode 0600); Shutdown
	// removes it. Other processes find the server there (ReadURLFile):
	// `claimpipe dlq replay` finds the NATS of `claimpipe run`.
	URLFile string
	// SyncInterval is how often JetStream fsyncs its files. 0 (the default)
	// means always: every message is flushed to disk before the publish is
	// acknowledged (nats-server's sync_interval: always). NATS's own default
	// is 2 minutes, and Jepsen's NATS 2.12.1 analysis showed acknowledged
	// messages lost on power failure with it; the cost of "always" is one
	// fsync per publish and ack, which bounds throughput by the disk.
	SyncInterval time.Duration
	// MaxPayload is the largest message the server accepts; 0 means 8 MiB
	// (NATS's default of 1 MiB is too small for some fetched pages).
	MaxPayload int32
	// MaxStore bounds JetStream's disk use in bytes; 0 means the server's
	// default (a share of the free disk).
	MaxStore int64
	// Name of the server; "" means "claimpipe".
	Name string
	// ReadyTimeout bounds start-up; 0 means 30 s.
	ReadyTimeout time.Duration
}

// DefaultMaxPayload is the embedded server's default message size limit.
const DefaultMaxPayload = 8 << 20

// Embedded is a running in-process nats-server with JetStream.
type Embedded struct {
	srv      *server.Server
	nc       *nats.Conn
	log      *zap.Logger
	listener bool
	token    string
	urlFile  string // written, to be removed at Shutdown
}

// StartEmbedded starts a nats-server with JetStream inside this process,
// storing under opts.Dir, and opens an in-process client connection to it
// (Conn). ctx bounds the start-up only.
func StartEmbedded(ctx context.Context, opts EmbeddedOptions, log *zap.Logger) (*Embedded, error) {
	if log == nil {
		log = zap.NewNop()
	}
	if opts.Dir == "" {
		return nil, claims.Errorf(claims.Invalid, "embedded nats: no data directory")
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return nil, claims.Errorf(claims.Internal, "embedded nats: data directory %q: %w", opts.Dir, err)
	}
	so := &server.Options{
		ServerName:   opts.Name,
		JetStream:    true,
		StoreDir:     opts.Dir,
		MaxPayload:   opts.MaxPayload,
		NoSigs:       true, // the host process owns SIGINT/SIGTERM
		NoLog:        false,
		SyncAlways:   opts.SyncInterval <= 0,
		SyncInterval: opts.SyncInterval,
	}
	if so.ServerName == "" {
		so.ServerName = "claimpipe"
	}
	if so.MaxPayload <= 0 {
		so.MaxPayload = DefaultMaxPayload
	}
	if opts.MaxStore > 0 {
		so.JetStreamMaxStore = opts.MaxStore
	}
	so.Authorization = opts.Token
	switch {
	case opts.Port == 0:
		so.DontListen = true
	default:
		so.Host = opts.Host
		if so.Host == "" {
			so.Host = "127.0.0.1"
		}
		so.Port = opts.Port // -1: random
	}
	srv, err := server.NewServer(so)
	if err != nil {
		return nil, claims.Errorf(claims.Internal, "embedded nats: %w", err)
	}
	srv.SetLoggerV2(serverLogger{log.Named("nats").WithOptions(zap.AddCallerSkip(1)).Sugar()}, false, false, false)
	go srv.Start()
	wait := opts.ReadyTimeout
	if wait <= 0 {
		wait = 30 * time.Second
	}
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
		wait = time.Until(dl)
	}
	if !srv.ReadyForConnections(wait) {
		srv.Shutdown()
		return nil, claims.Errorf(claims.Transient, "embedded nats: not ready after %s (data in %s)", wait, opts.Dir)
	}
	e := &Embedded{srv: srv, log: log, listener: !so.DontListen, token: opts.Token}
	nc, err := e.Connect("claimpipe-embedded")
	if err != nil {
		srv.Shutdown()
		return nil, err
	}
	e.nc = nc
	if opts.URLFile != "" && e.listener {
		if err := writeURLFile(opts.URLFile, e.URL()); err != nil {
			nc.Close()
			srv.Shutdown()
			return nil, err
		}
		e.urlFile = opts.URLFile
	}
	log.Info("embedded nats started", zap.String("dir", opts.Dir), zap.String("url", e.ClientURL()),
		zap.Bool("token", opts.Token != ""), zap.String("url_file", e.urlFile), zap.Bool("sync_always", so.SyncAlways))
	return e, nil
}

// Server returns the running server.
func (e *Embedded) Server() *server.Server { return e.srv }

// ClientURL is the server's nats:// URL, or "" when it listens on no port.
// It leaves out the token (see URL).
func (e *Embedded) ClientURL() string {
	if !e.listener {
		return ""
	}
	return e.srv.ClientURL()
}

// URL is ClientURL with the token, if any: what a client needs to connect.
func (e *Embedded) URL() string {
	u := e.ClientURL()
	if u == "" || e.token == "" {
		return u
	}
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	p.User = url.User(e.token)
	return p.String()
}

// NewToken returns a random secret for EmbeddedOptions.Token.
func NewToken() string {
	return rand.Text()
}

// writeURLFile writes u to path, readable by its owner only, replacing the
// file in one step so that a reader never sees half a URL.
func writeURLFile(path, u string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return claims.Errorf(claims.Internal, "embedded nats: url file %q: %w", path, err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(u+"\n"), 0o600); err != nil {
		return claims.Errorf(claims.Internal, "embedded nats: url file %q: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return claims.Errorf(claims.Internal, "embedded nats: url file %q: %w", path, err)
	}
	return nil
}

// ReadURLFile reads the URL an embedded server wrote to path
// (EmbeddedOptions.URLFile): a NotFound error when there is none, that is
// when no server listening with that file runs (or one stopped without
// removing it: then connecting fails).
func ReadURLFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", claims.Errorf(claims.NotFound, "no %s: no embedded NATS listens for it", path)
	}
	if err != nil {
		return "", claims.Errorf(claims.Internal, "read %s: %w", path, err)
	}
	u := strings.TrimSpace(string(b))
	if !strings.HasPrefix(u, "nats://") {
		return "", claims.Errorf(claims.Invalid, "%s holds no nats:// URL", path)
	}
	return u, nil
}

// Conn is the in-process connection StartEmbedded opened; Shutdown closes it.
func (e *Embedded) Conn() *nats.Conn { return e.nc }

// JetStream returns a JetStream context over Conn.
func (e *Embedded) JetStream() (jetstream.JetStream, error) {
	js, err := jetstream.New(e.nc)
	if err != nil {
		return nil, claims.Errorf(claims.Internal, "embedded nats: jetstream: %w", err)
	}
	return js, nil
}

// Connect opens another in-process connection (it needs no listener). The
// caller closes it.
func (e *Embedded) Connect(name string) (*nats.Conn, error) {
	opts := []nats.Option{nats.InProcessServer(e.srv), nats.Name(name),
		nats.MaxReconnects(-1), nats.ErrorHandler(asyncErrorHandler(e.log))}
	if e.token != "" {
		opts = append(opts, nats.Token(e.token))
	}
	nc, err := nats.Connect("", opts...)
	if err != nil {
		return nil, claims.Errorf(claims.Transient, "embedded nats: connect: %w", err)
	}
	return nc, nil
}

// Shutdown drains Conn and stops the server, waiting until it has flushed
// its files. Stop the stages first: their unacknowledged messages are kept
// and redelivered after the next start.
func (e *Embedded) Shutdown() {
	if e.urlFile != "" {
		// First: a client that reads it from now on must not find a
		// server that is going away.
		if err := os.Remove(e.urlFile); err != nil && !errors.Is(err, fs.ErrNotExist) {
			e.log.Warn("embedded nats: url file not removed", zap.String("url_file", e.urlFile), zap.Error(err))
		}
	}
	if e.nc != nil {
		_ = e.nc.FlushTimeout(time.Second)
		e.nc.Close()
	}
	e.srv.Shutdown()
	e.srv.WaitForShutdown()
	e.log.Info("embedded nats stopped")
}

// serverLogger sends nats-server's log to zap. Notices are Info: the server
// is chatty at start-up, and its lines carry "[INF]" meaning anyway.
type serverLogger struct{ s *zap.SugaredLogger }

func (l serverLogger) Noticef(format string, v ...any) { l.s.Debugf(format, v...) }
func (l serverLogger) Warnf(format string, v ...any)   { l.s.Warnf(format, v...) }
func (l serverLogger) Fatalf(format string, v ...any)  { l.s.Errorf("fatal: "+format, v...) }
func (l serverLogger) Errorf(format string, v ...any)  { l.s.Errorf(format, v...) }
func (l serverLogger) Debugf(format string, v ...any)  { l.s.Debugf(format, v...) }
func (l serverLogger) Tracef(format string, v ...any)  {}

// Connect connects to the NATS servers in urls (comma-separated), retrying
// until ctx ends, and keeps reconnecting for ever afterwards: a worker
// outlives a NATS node's restart.
func Connect(ctx context.Context, urls string, log *zap.Logger) (*nats.Conn, error) {
	if log == nil {
		log = zap.NewNop()
	}
	if urls == "" {
		return nil, claims.Errorf(claims.Invalid, "nats: no server URL")
	}
	opts := []nats.Option{
		nats.Name("claimpipe"),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(time.Second),
		nats.ErrorHandler(asyncErrorHandler(log)),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			log.Warn("nats disconnected", zap.Error(err))
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) {
			log.Info("nats reconnected", zap.String("url", nc.ConnectedUrlRedacted()))
		}),
	}
	delay := 100 * time.Millisecond
	for {
		nc, err := nats.Connect(urls, opts...)
		if err == nil {
			log.Info("nats connected", zap.String("url", nc.ConnectedUrlRedacted()))
			return nc, nil
		}
		log.Warn("nats connect failed; retrying", zap.String("urls", urls), zap.Error(err), zap.Duration("in", delay))
		select {
		case <-ctx.Done():
			return nil, claims.Errorf(claims.Transient, "nats: connect to %s: %w (gave up: %v)", urls, err, ctx.Err())
		case <-time.After(delay):
		}
		delay = min(2*delay, 5*time.Second)
	}
}

func asyncErrorHandler(log *zap.Logger) nats.ErrHandler {
	return func(_ *nats.Conn, sub *nats.Subscription, err error) {
		subj := ""
		if sub != nil {
			subj = sub.Subject
		}
		log.Warn("nats async error", zap.String("subject", subj), zap.Error(err))
	}
}
