package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimpipe/claimpipe/claims"
)

// dummyHash is compared against when a login names no user, so that an
// unknown name takes as long as a wrong password.
var dummyHash, _ = claims.HashPassword("not a password of anyone")

// AddUser adds a user with a bcrypt-hashed password; Conflict when the name is taken.
func (s *Store) AddUser(ctx context.Context, name, password string, role claims.Role) (*claims.User, error) {
	if err := claims.CheckUserName(name); err != nil {
		return nil, err
	}
	if !role.Valid() {
		return nil, claims.Errorf(claims.Invalid, "role %q: want one of %v", role, claims.Roles)
	}
	hash, err := claims.HashPassword(password)
	if err != nil {
		return nil, err
	}
	u := &claims.User{Name: name, Role: role, CreatedAt: micro(s.now())}
	err = s.pool.QueryRow(ctx, `INSERT INTO users (name, role, password, created_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (name) DO NOTHING RETURNING id`, name, string(role), hash, u.CreatedAt).Scan(&u.ID)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, claims.Errorf(claims.Conflict, "user %q exists", name)
	}
	if err != nil {
		return nil, classify("add user "+name, err)
	}
	return u, nil
}

// Users lists the users by name.
func (s *Store) Users(ctx context.Context) ([]claims.User, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, name, role, created_at FROM users ORDER BY name`)
	if err != nil {
		return nil, classify("list users", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.User, error) {
		var u claims.User
		var role string
		err := r.Scan(&u.ID, &u.Name, &role, &u.CreatedAt)
		u.Role, u.CreatedAt = claims.Role(role), u.CreatedAt.UTC()
		return u, err
	})
	if err != nil {
		return nil, classify("list users", err)
	}
	return nonNilSlice(out), nil
}

// Login checks a user's password; Unauthorized when the name or password is wrong.
func (s *Store) Login(ctx context.Context, name, password string) (*claims.User, error) {
	var u claims.User
	var role, hash string
	err := s.pool.QueryRow(ctx, `SELECT id, name, role, password, created_at FROM users WHERE name = $1`, name).
		Scan(&u.ID, &u.Name, &role, &hash, &u.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		claims.CheckPassword(dummyHash, password)
		return nil, claims.Errorf(claims.Unauthorized, "wrong user name or password")
	}
	if err != nil {
		return nil, classify("login", err)
	}
	if !claims.CheckPassword(hash, password) {
		return nil, claims.Errorf(claims.Unauthorized, "wrong user name or password")
	}
	u.Role, u.CreatedAt = claims.Role(role), u.CreatedAt.UTC()
	return &u, nil
}

func (s *Store) userByName(ctx context.Context, name string) (int64, claims.Role, error) {
	var id int64
	var role string
	err := s.pool.QueryRow(ctx, `SELECT id, role FROM users WHERE name = $1`, name).Scan(&id, &role)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, "", claims.Errorf(claims.NotFound, "no user %q", name)
	}
	return id, claims.Role(role), classify("read user "+name, err)
}

// CreateToken issues an API token for user with role (empty: the user's
// own; never more). The secret is returned once; the store keeps its hash.
func (s *Store) CreateToken(ctx context.Context, user, name string, role claims.Role) (string, *claims.Token, error) {
	uid, urole, err := s.userByName(ctx, user)
	if err != nil {
		return "", nil, err
	}
	if role, err = claims.TokenRole(user, urole, role); err != nil {
		return "", nil, err
	}
	secret, err := claims.NewSecret("cpt_")
	if err != nil {
		return "", nil, err
	}
	t := &claims.Token{UserID: uid, User: user, Name: name, Role: role, CreatedAt: micro(s.now())}
	err = s.pool.QueryRow(ctx, `INSERT INTO api_tokens (user_id, name, role, hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		uid, name, string(role), claims.HashSecret(secret), t.CreatedAt).Scan(&t.ID)
	if err != nil {
		return "", nil, classify("create token", err)
	}
	return secret, t, nil
}

// Tokens lists the tokens of user ("" for everyone's).
func (s *Store) Tokens(ctx context.Context, user string) ([]claims.Token, error) {
	rows, err := s.pool.Query(ctx, `SELECT t.id, t.user_id, u.name, t.name, t.role, t.created_at, t.revoked_at
		FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE $1 = '' OR u.name = $1 ORDER BY t.id`, user)
	if err != nil {
		return nil, classify("list tokens", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.Token, error) {
		var t claims.Token
		var role string
		var rev *time.Time
		err := r.Scan(&t.ID, &t.UserID, &t.User, &t.Name, &role, &t.CreatedAt, &rev)
		t.Role, t.CreatedAt = claims.Role(role), t.CreatedAt.UTC()
		if rev != nil {
			t.RevokedAt = rev.UTC()
		}
		return t, err
	})
	if err != nil {
		return nil, classify("list tokens", err)
	}
	return nonNilSlice(out), nil
}

// RevokeToken revokes a token at once; NotFound when there is no such token.
// Revoking a revoked token keeps its first revocation time.
func (s *Store) RevokeToken(ctx context.Context, id int64) error {
	// The UPDATE runs whether or not the query reads it.
	var exists bool
	err := s.pool.QueryRow(ctx, `WITH u AS (UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL)
		SELECT EXISTS (SELECT 1 FROM api_tokens WHERE id = $1)`, id, micro(s.now())).Scan(&exists)
	if err != nil {
		return classify("revoke token", err)
	}
	if !exists {
		return claims.Errorf(claims.NotFound, "no token %d", id)
	}
	return nil
}

// TokenPrincipal resolves a token secret to its owner with the lesser of the
// token's and the user's role.
func (s *Store) TokenPrincipal(ctx context.Context, secret string) (*claims.Principal, error) {
	var p claims.Principal
	var trole, urole string
	err := s.pool.QueryRow(ctx, `SELECT u.id, u.name, u.role, t.role FROM api_tokens t JOIN users u ON u.id = t.user_id
		WHERE t.hash = $1 AND t.revoked_at IS NULL`, claims.HashSecret(secret)).Scan(&p.UserID, &p.Name, &urole, &trole)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, claims.Errorf(claims.Unauthorized, "unknown or revoked API token")
	}
	if err != nil {
		return nil, classify("read token", err)
	}
	p.Role = claims.Role(trole)
	if !claims.Role(urole).AtLeast(p.Role) {
		p.Role = claims.Role(urole)
	}
	return &p, nil
}

// CreateSession starts a login session lasting ttl, clearing expired ones.
func (s *Store) CreateSession(ctx context.Context, userID int64, ttl time.Duration) (string, *claims.Principal, error) {
	secret, err := claims.NewSecret("cps_")
	if err != nil {
		return "", nil, err
	}
	csrf, err := claims.NewSecret("")
	if err != nil {
		return "", nil, err
	}
	now := micro(s.now())
	b := &pgx.Batch{}
	b.Queue(`DELETE FROM sessions WHERE expires_at < $1`, now)
	b.Queue(`INSERT INTO sessions (hash, user_id, csrf, expires_at) VALUES ($1, $2, $3, $4)`,
		claims.HashSecret(secret), userID, csrf, now.Add(ttl))
	if err := s.pool.SendBatch(ctx, b).Close(); err != nil {
		return "", nil, classify("create session", err)
	}
	p, err := s.SessionPrincipal(ctx, secret)
	return secret, p, err
}

// SessionPrincipal resolves a session cookie; Unauthorized when unknown or expired.
func (s *Store) SessionPrincipal(ctx context.Context, secret string) (*claims.Principal, error) {
	var p claims.Principal
	var role string
	err := s.pool.QueryRow(ctx, `SELECT u.id, u.name, u.role, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.hash = $1 AND s.expires_at > $2`, claims.HashSecret(secret), micro(s.now())).Scan(&p.UserID, &p.Name, &role, &p.CSRF)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, claims.Errorf(claims.Unauthorized, "not logged in or the session expired")
	}
	if err != nil {
		return nil, classify("read session", err)
	}
	p.Role = claims.Role(role)
	return &p, nil
}

// EndSession logs a session out.
func (s *Store) EndSession(ctx context.Context, secret string) error {
	_, err := s.pool.Exec(ctx, `DELETE FROM sessions WHERE hash = $1`, claims.HashSecret(secret))
	return classify("end session", err)
}
