package claims

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// Role is what a user may do at the desk; each role may do everything the
// ones before it may.
type Role string

const (
	RoleViewer   Role = "viewer"   // reads
	RoleReviewer Role = "reviewer" // works claims that are theirs or nobody's
	RoleEditor   Role = "editor"   // assigns to others, reopens, works any claim
	RoleAdmin    Role = "admin"    // manages users and tokens
)

// Roles lists every role, least first.
var Roles = []Role{RoleViewer, RoleReviewer, RoleEditor, RoleAdmin}

func (r Role) rank() int {
	for i, x := range Roles {
		if x == r {
			return i + 1
		}
	}
	return 0
}

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool { return r.rank() > 0 }

// AtLeast reports whether r has every right of min; an unknown role has none.
func (r Role) AtLeast(min Role) bool { return r.rank() > 0 && r.rank() >= min.rank() }

// TokenRole is the role an API token of user (whose role is has) gets when
// asked for want: the user's own when want is empty, never more than it.
func TokenRole(user string, has, want Role) (Role, error) {
	if want == "" {
		want = has
	}
	if !want.Valid() {
		return "", Errorf(Invalid, "role %q: want one of %v", want, Roles)
	}
	if !has.AtLeast(want) {
		return "", Errorf(Forbidden, "user %s is %s and cannot hold %s token", user, has.WithArticle(), want.WithArticle())
	}
	return want, nil
}

// Principal is who makes a request: a logged-in user or an API token's owner
// with the token's role.
type Principal struct {
	UserID int64  `json:"user_id"`
	Name   string `json:"name"`
	Role   Role   `json:"role"`
	// Session is the login session's CSRF token; empty for API tokens.
	CSRF string `json:"-"`
}

// User is a desk account.
type User struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	Role      Role      `json:"role"`
	CreatedAt time.Time `json:"created_at"`
}

// Token is an API token's record; the secret itself is shown once, at
// creation, and stored only as its SHA-256.
type Token struct {
	ID        int64     `json:"id"`
	UserID    int64     `json:"user_id"`
	User      string    `json:"user"`
	Name      string    `json:"name"`
	Role      Role      `json:"role"`
	CreatedAt time.Time `json:"created_at"`
	RevokedAt time.Time `json:"revoked_at,omitzero"`
}

// UserStore keeps users, API tokens and login sessions.
type UserStore interface {
	AddUser(ctx context.Context, name, password string, role Role) (*User, error)
	Users(ctx context.Context) ([]User, error)
	// Login checks a name and password; Unauthorized when they do not match.
	Login(ctx context.Context, name, password string) (*User, error)
	// CreateToken issues a token for user with role (at most the user's own)
	// and returns its secret, shown once.
	CreateToken(ctx context.Context, user, name string, role Role) (secret string, t *Token, err error)
	Tokens(ctx context.Context, user string) ([]Token, error)
	RevokeToken(ctx context.Context, id int64) error
	// TokenPrincipal resolves a token secret; Unauthorized when unknown or revoked.
	TokenPrincipal(ctx context.Context, secret string) (*Principal, error)
	// CreateSession starts a login session and returns its secret (the
	// cookie) and the principal with its CSRF token.
	CreateSession(ctx context.Context, userID int64, ttl time.Duration) (secret string, p *Principal, err error)
	SessionPrincipal(ctx context.Context, secret string) (*Principal, error)
	EndSession(ctx context.Context, secret string) error
}

// CheckUserName reports, as an Invalid error, a name no store accepts for a
// user: empty, longer than 64 bytes, or holding spaces, control characters,
// quotes or angle brackets.
func CheckUserName(name string) error {
	if name == "" || len(name) > 64 || strings.ContainsFunc(name, func(r rune) bool { return r <= ' ' || r == '"' || r == '<' || r == '>' }) {
		return Errorf(Invalid, "user name %q: want 1 to 64 characters without spaces, quotes or angle brackets", name)
	}
	return nil
}

// MinPasswordBytes is the shortest password AddUser accepts.
const MinPasswordBytes = 10

// HashPassword returns the bcrypt hash of a password.
func HashPassword(pw string) (string, error) {
	if len(pw) < MinPasswordBytes {
		return "", Errorf(Invalid, "password of %d bytes: at least %d", len(pw), MinPasswordBytes)
	}
	if len(pw) > 72 {
		return "", Errorf(Invalid, "password of %d bytes: bcrypt takes at most 72", len(pw))
	}
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	if err != nil {
		return "", Errorf(Internal, "hash password: %w", err)
	}
	return string(h), nil
}

// CheckPassword reports whether pw matches a HashPassword hash.
func CheckPassword(hash, pw string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(pw)) == nil
}

// NewSecret returns a random 32-byte secret, URL-safe base64, with a prefix
// naming what it is ("cpt_" for API tokens) so leaked ones can be spotted.
func NewSecret(prefix string) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", Errorf(Internal, "random secret: %w", err)
	}
	return prefix + base64.RawURLEncoding.EncodeToString(b), nil
}

// HashSecret is how tokens and session secrets are stored: SHA-256, hex. A
// 32-byte random secret needs no salt or slow hash.
func HashSecret(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// WithArticle is the role after its indefinite article, for messages: "an
// admin", "a viewer".
func (r Role) WithArticle() string { return article(string(r)) + " " + string(r) }

// article is the indefinite article before word: "an" before a vowel
// ("an admin", "an editor"), else "a".
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiouAEIOU", rune(word[0])) {
		return "an"
	}
	return "a"
}
