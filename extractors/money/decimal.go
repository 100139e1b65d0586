package money

import (
	"math/bits"
	"strconv"
)

// dec is an exact decimal coef × 10^exp. Amounts in news fit easily in 64
// bits of coefficient; an operation that would overflow sets bad, and a
// mention whose value is bad is reported without a value rather than with a
// wrong one.
type dec struct {
	coef uint64
	exp  int
	neg  bool
	bad  bool
}

func decInt(n uint64) dec { return dec{coef: n} }

func (d dec) isZero() bool { return d.coef == 0 }

// shift multiplies by 10^n.
func (d dec) shift(n int) dec {
	if d.coef != 0 {
		d.exp += n
	}
	return d
}

var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// scaleUp returns coef × 10^n, or ok false on overflow.
func scaleUp(c uint64, n int) (uint64, bool) {
	if n >= len(pow10) {
		return 0, c == 0
	}
	hi, lo := bits.Mul64(c, pow10[n])
	return lo, hi == 0
}

// add returns d + e (both non-negative).
func (d dec) add(e dec) dec {
	if d.bad || e.bad {
		return dec{bad: true}
	}
	if d.coef == 0 {
		return e
	}
	if e.coef == 0 {
		return d
	}
	if d.exp < e.exp {
		d, e = e, d
	}
	c, ok := scaleUp(d.coef, d.exp-e.exp)
	if !ok {
		return dec{bad: true}
	}
	s, carry := bits.Add64(c, e.coef, 0)
	if carry != 0 {
		return dec{bad: true}
	}
	return dec{coef: s, exp: e.exp}
}

// mul returns d × e.
func (d dec) mul(e dec) dec {
	if d.bad || e.bad {
		return dec{bad: true}
	}
	hi, lo := bits.Mul64(d.coef, e.coef)
	if hi != 0 {
		return dec{bad: true}
	}
	return dec{coef: lo, exp: d.exp + e.exp, neg: d.neg != e.neg}
}

// String formats d as a plain decimal: no exponent, no trailing zeros after
// the point, no leading plus.
func (d dec) String() string {
	if d.bad {
		return ""
	}
	c, exp := d.coef, d.exp
	for c != 0 && c%10 == 0 && exp < 0 {
		c /= 10
		exp++
	}
	if c == 0 {
		return "0"
	}
	digits := strconv.FormatUint(c, 10)
	var out []byte
	if d.neg {
		out = append(out, '-')
	}
	switch {
	case exp >= 0:
		out = append(out, digits...)
		for range exp {
			out = append(out, '0')
		}
	case -exp >= len(digits):
		out = append(out, '0', '.')
		for range -exp - len(digits) {
			out = append(out, '0')
		}
		out = append(out, digits...)
	default:
		p := len(digits) + exp
		out = append(out, digits[:p]...)
		out = append(out, '.')
		out = append(out, digits[p:]...)
	}
	return string(out)
}

// less reports d < e for non-negative values.
func (d dec) less(e dec) bool {
	if d.coef == 0 || e.coef == 0 {
		return d.coef == 0 && e.coef != 0
	}
	// compare by aligning exponents where possible
	if d.exp == e.exp {
		return d.coef < e.coef
	}
	if d.exp > e.exp {
		c, ok := scaleUp(d.coef, d.exp-e.exp)
		return ok && c < e.coef
	}
	c, ok := scaleUp(e.coef, e.exp-d.exp)
	return !ok || d.coef < c
}
