package claims

// Mention types, as ../shared/FORMAT.md names them.
const (
	TypePerson   = "PERSON"
	TypeOrg      = "ORG"
	TypeLoc      = "LOC"
	TypeMisc     = "MISC"
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
	TypeMoney    = "MONEY"
	TypePercent  = "PERCENT"
	TypeQuantity = "QUANTITY"
)

// Mention is a typed span of an article's text with its normalised value,
// exactly the FORMAT.md record: Start and End are UTF-8 byte offsets,
// half-open, and Text == text[Start:End].
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Text  string `json:"text"`
	Value string `json:"value"`
	// Mod qualifies a time or amount: START, END, MID, APPROX, MORE_THAN,
	// LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS.
	Mod string `json:"mod,omitempty"`
}

// IsTemporal reports whether the mention is a TIMEX type.
func (m Mention) IsTemporal() bool {
	switch m.Type {
	case TypeDate, TypeTime, TypeDuration, TypeSet:
		return true
	}
	return false
}

// IsEntity reports whether the mention is a named entity.
func (m Mention) IsEntity() bool {
	switch m.Type {
	case TypePerson, TypeOrg, TypeLoc, TypeMisc:
		return true
	}
	return false
}

// IsAmount reports whether the mention is a money amount, percentage or quantity.
func (m Mention) IsAmount() bool {
	switch m.Type {
	case TypeMoney, TypePercent, TypeQuantity:
		return true
	}
	return false
}

// Span is a bare stretch of text, used for attributions.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}
