package claims

import (
	"errors"
	"fmt"
)

// Kind classifies an error where it arises so that each edge maps it once:
// the desk to an HTTP status, the pipeline to Term (dead letter) or
// NakWithDelay (retry).
type Kind string

const (
	Invalid      Kind = "invalid"      // bad input: never retried, dead-lettered
	NotFound     Kind = "not_found"    // no such thing
	Conflict     Kind = "conflict"     // the change clashes with the current state
	Unauthorized Kind = "unauthorized" // no or bad credentials
	Forbidden    Kind = "forbidden"    // credentials lack the right
	Transient    Kind = "transient"    // may succeed later: retried with backoff
	Internal     Kind = "internal"     // a bug or an unexpected failure
)

// Error is an error with a Kind and a message fit for the user; Err keeps the
// underlying cause for the operator's log.
type Error struct {
	Kind    Kind
	Message string
	Err     error
}

// Error returns the message; the cause, when wrapped with %w, is part of it.
func (e *Error) Error() string { return e.Message }

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error of the given kind with a formatted message. A %w
// verb in format wraps its operand as the cause.
func Errorf(kind Kind, format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	return &Error{Kind: kind, Message: err.Error(), Err: errors.Unwrap(err)}
}

// WrapKind gives err a kind unless it already carries one.
func WrapKind(kind Kind, err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return &Error{Kind: kind, Message: err.Error(), Err: err}
}

// ErrorKind returns the kind of the first *Error in err's chain, Internal
// when there is none, and "" for a nil error.
func ErrorKind(err error) Kind {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Internal
}

// ErrorMessage returns the user-facing message of err: the message of its
// first *Error, or a generic text for an internal error, whose detail belongs
// in the log only.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Kind != Internal {
		return e.Message
	}
	return "internal error"
}
