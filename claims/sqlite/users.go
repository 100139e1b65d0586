package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

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
	now := s.now().UTC()
	u := &claims.User{Name: name, Role: role, CreatedAt: now}
	err = s.db.QueryRowContext(ctx, `INSERT INTO users (name, role, password, created_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (name) DO NOTHING RETURNING id`, name, string(role), hash, now.Format(timeFormat)).Scan(&u.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, claims.Errorf(claims.Conflict, "user %q exists", name)
	}
	if err != nil {
		return nil, classify("add user "+name, err)
	}
	return u, nil
}

// Users lists the users by name.
func (s *Store) Users(ctx context.Context) ([]claims.User, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, role, created_at FROM users ORDER BY name`)
	if err != nil {
		return nil, classify("list users", err)
	}
	defer rows.Close()
	out := []claims.User{}
	for rows.Next() {
		var u claims.User
		var role, at string
		if err := rows.Scan(&u.ID, &u.Name, &role, &at); err != nil {
			return nil, classify("list users", err)
		}
		u.Role = claims.Role(role)
		if u.CreatedAt, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, classify("list users", rows.Err())
}

// Login checks a user's password; Unauthorized when the name or password is wrong.
func (s *Store) Login(ctx context.Context, name, password string) (*claims.User, error) {
	var u claims.User
	var role, hash, at string
	err := s.db.QueryRowContext(ctx, `SELECT id, name, role, password, created_at FROM users WHERE name = ?`, name).
		Scan(&u.ID, &u.Name, &role, &hash, &at)
	if errors.Is(err, sql.ErrNoRows) {
		claims.CheckPassword(dummyHash, password)
		return nil, claims.Errorf(claims.Unauthorized, "wrong user name or password")
	}
	if err != nil {
		return nil, classify("login", err)
	}
	if !claims.CheckPassword(hash, password) {
		return nil, claims.Errorf(claims.Unauthorized, "wrong user name or password")
	}
	u.Role = claims.Role(role)
	u.CreatedAt, _ = parseTime(at)
	return &u, nil
}

func (s *Store) userByName(ctx context.Context, name string) (int64, claims.Role, error) {
	var id int64
	var role string
	err := s.db.QueryRowContext(ctx, `SELECT id, role FROM users WHERE name = ?`, name).Scan(&id, &role)
	if errors.Is(err, sql.ErrNoRows) {
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
	now := s.now().UTC()
	t := &claims.Token{UserID: uid, User: user, Name: name, Role: role, CreatedAt: now}
	err = s.db.QueryRowContext(ctx, `INSERT INTO api_tokens (user_id, name, role, hash, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id`,
		uid, name, string(role), claims.HashSecret(secret), now.Format(timeFormat)).Scan(&t.ID)
	if err != nil {
		return "", nil, classify("create token", err)
	}
	return secret, t, nil
}

// Tokens lists the tokens of user ("" for everyone's).
func (s *Store) Tokens(ctx context.Context, user string) ([]claims.Token, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT t.id, t.user_id, u.name, t.name, t.role, t.created_at, t.revoked_at
		FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE ? = '' OR u.name = ? ORDER BY t.id`, user, user)
	if err != nil {
		return nil, classify("list tokens", err)
	}
	defer rows.Close()
	out := []claims.Token{}
	for rows.Next() {
		var t claims.Token
		var role, at, rev string
		if err := rows.Scan(&t.ID, &t.UserID, &t.User, &t.Name, &role, &at, &rev); err != nil {
			return nil, classify("list tokens", err)
		}
		t.Role = claims.Role(role)
		if t.CreatedAt, err = parseTime(at); err != nil {
			return nil, err
		}
		if rev != "" {
			if t.RevokedAt, err = parseTime(rev); err != nil {
				return nil, err
			}
		}
		out = append(out, t)
	}
	return out, classify("list tokens", rows.Err())
}

// RevokeToken revokes a token at once; NotFound when there is no such token.
func (s *Store) RevokeToken(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at = ''`, s.stamp(), id)
	if err != nil {
		return classify("revoke token", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		var c int
		_ = s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM api_tokens WHERE id = ?`, id).Scan(&c)
		if c == 0 {
			return claims.Errorf(claims.NotFound, "no token %d", id)
		}
	}
	return nil
}

// TokenPrincipal resolves a token secret to its owner with the lesser of the
// token's and the user's role.
func (s *Store) TokenPrincipal(ctx context.Context, secret string) (*claims.Principal, error) {
	var p claims.Principal
	var trole, urole string
	err := s.db.QueryRowContext(ctx, `SELECT u.id, u.name, u.role, t.role FROM api_tokens t JOIN users u ON u.id = t.user_id
		WHERE t.hash = ? AND t.revoked_at = ''`, claims.HashSecret(secret)).Scan(&p.UserID, &p.Name, &urole, &trole)
	if errors.Is(err, sql.ErrNoRows) {
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

// CreateSession starts a login session lasting ttl.
func (s *Store) CreateSession(ctx context.Context, userID int64, ttl time.Duration) (string, *claims.Principal, error) {
	secret, err := claims.NewSecret("cps_")
	if err != nil {
		return "", nil, err
	}
	csrf, err := claims.NewSecret("")
	if err != nil {
		return "", nil, err
	}
	now := s.now().UTC()
	if _, err := s.db.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at < ?`, now.Format(timeFormat)); err != nil {
		return "", nil, classify("expire sessions", err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO sessions (hash, user_id, csrf, expires_at) VALUES (?, ?, ?, ?)`,
		claims.HashSecret(secret), userID, csrf, now.Add(ttl).Format(timeFormat)); err != nil {
		return "", nil, classify("create session", err)
	}
	p, err := s.SessionPrincipal(ctx, secret)
	return secret, p, err
}

// SessionPrincipal resolves a session cookie; Unauthorized when unknown or expired.
func (s *Store) SessionPrincipal(ctx context.Context, secret string) (*claims.Principal, error) {
	var p claims.Principal
	var role string
	err := s.db.QueryRowContext(ctx, `SELECT u.id, u.name, u.role, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.hash = ? AND s.expires_at > ?`, claims.HashSecret(secret), s.stamp()).Scan(&p.UserID, &p.Name, &role, &p.CSRF)
	if errors.Is(err, sql.ErrNoRows) {
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
	_, err := s.db.ExecContext(ctx, `DELETE FROM sessions WHERE hash = ?`, claims.HashSecret(secret))
	return classify("end session", err)
}
