package postgres_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/postgres"
	"github.com/claimpipe/claimpipe/claims/storetest"
)

func open(t *testing.T) *postgres.Store {
	t.Helper()
	dsn := storetest.PostgresURL(t)
	s, err := postgres.Open(context.Background(), dsn, postgres.Options{Schema: storetest.FreshSchema(t, dsn)})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStoreSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store { return open(t) })
}

func TestMigrationsOnceUnderConcurrentOpen(t *testing.T) {
	dsn := storetest.PostgresURL(t)
	schema := storetest.FreshSchema(t, dsn)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := postgres.Open(context.Background(), storetest.WithSchema(dsn, schema), postgres.Options{})
			if err != nil {
				errs <- err
				return
			}
			s.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	s, err := postgres.Open(context.Background(), dsn, postgres.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(context.Background()); err != nil || v < 2 {
		t.Errorf("schema version = %d, %v", v, err)
	}
}

// A backend killed under the store (pg_terminate_backend) surfaces as a
// Transient error the pipeline retries, and the next call works.
func TestTerminatedBackendIsTransient(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	conn, err := s.Pool().Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var pid int
	if err := conn.QueryRow(ctx, `SELECT pg_backend_pid()`).Scan(&pid); err != nil {
		t.Fatal(err)
	}
	conn.Release()
	admin, err := pgx.Connect(ctx, storetest.PostgresURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, `SELECT pg_terminate_backend($1)`, pid); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	r := storetest.Result(t, "u", "It cost 5 dollars.", []string{"5"}, []string{"It cost 5 dollars."})
	var firstErr error
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, err := s.SaveResult(ctx, r)
		if err == nil {
			break
		}
		if firstErr == nil {
			firstErr = err
		}
		if k := claims.ErrorKind(err); k != claims.Transient {
			t.Fatalf("after terminate: kind %s (%v), want transient", k, err)
		}
		if time.Now().After(deadline) {
			t.Fatalf("still failing: %v", err)
		}
	}
	t.Logf("first error after terminate (nil if the pool noticed first): %v", firstErr)
	if _, err := s.Article(ctx, r.Article.ID); err != nil {
		t.Error(err)
	}
}

func TestUnreachableIsTransient(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := postgres.Open(ctx, "postgres://nobody@127.0.0.1:1/none?connect_timeout=2", postgres.Options{})
	if claims.ErrorKind(err) != claims.Transient {
		t.Errorf("unreachable: %v (kind %s), want transient", err, claims.ErrorKind(err))
	}
	_, err = postgres.Open(ctx, "postgres://%zz", postgres.Options{})
	if claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("bad DSN: %v, want invalid", err)
	}
}

// Articles stored at the same instant (a stopped clock) page by their IDs.
func TestArticlePagingStoppedClock(t *testing.T) {
	stopped := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	dsn := storetest.PostgresURL(t)
	s, err := postgres.Open(context.Background(), dsn, postgres.Options{Schema: storetest.FreshSchema(t, dsn), Now: func() time.Time { return stopped }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.CheckArticlePaging(t, s)
}
