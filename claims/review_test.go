package claims

import (
	"strings"
	"testing"
	"time"
)

func TestDecide(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	viewer := Principal{Name: "vera", Role: RoleViewer}
	rev := Principal{Name: "rita", Role: RoleReviewer}
	other := Principal{Name: "omar", Role: RoleReviewer}
	ed := Principal{Name: "ed", Role: RoleEditor}
	admin := Principal{Name: "ada", Role: RoleAdmin}
	fresh := Review{ClaimID: "c1", Status: StatusNew}
	untouched := Review{ClaimID: "c1"}
	ritas := Review{ClaimID: "c1", Status: StatusInReview, Assignee: "rita"}
	judged := Review{ClaimID: "c1", Status: StatusVerdict, Verdict: VerdictFalse, Assignee: "rita"}
	dismissed := Review{ClaimID: "c1", Status: StatusDismissed, Reason: ReasonNotAClaim}
	tests := []struct {
		name     string
		p        Principal
		cur      Review
		ch       Change
		kind     Kind // "" for success
		status   Status
		assignee string
		fields   []string // history fields recorded, in order
	}{
		{"viewer cannot start", viewer, fresh, Change{Action: ActStart}, Forbidden, "", "", nil},
		{"viewer cannot note", viewer, fresh, Change{Action: ActNote, Note: "x"}, Forbidden, "", "", nil},
		{"unknown role has no rights", Principal{Name: "x", Role: "boss"}, fresh, Change{Action: ActNote, Note: "x"}, Forbidden, "", "", nil},
		{"reviewer starts and is assigned", rev, fresh, Change{Action: ActStart}, "", StatusInReview, "rita", []string{"status", "assignee"}},
		{"untouched claim is new", rev, untouched, Change{Action: ActStart}, "", StatusInReview, "rita", []string{"status", "assignee"}},
		{"start twice conflicts", rev, ritas, Change{Action: ActStart}, Conflict, "", "", nil},
		{"reviewer gives a verdict with note and source", rev, ritas, Change{Action: ActVerdict, Verdict: VerdictMostlyFalse, Note: " checked ", Sources: []string{"https://stats.example/t1", " "}}, "", StatusVerdict, "rita", []string{"status", "verdict", "sources", "note"}},
		{"bad verdict", rev, ritas, Change{Action: ActVerdict, Verdict: "pants_on_fire"}, Invalid, "", "", nil},
		{"source not a URL", rev, ritas, Change{Action: ActVerdict, Verdict: VerdictTrue, Sources: []string{"javascript:alert(1)"}}, Invalid, "", "", nil},
		{"two URLs as one source", rev, ritas, Change{Action: ActVerdict, Verdict: VerdictTrue, Sources: []string{"https://a.example/x https://b.example/y"}}, Invalid, "", "", nil},
		{"verdict needs review first", rev, fresh, Change{Action: ActVerdict, Verdict: VerdictTrue}, Conflict, "", "", nil},
		{"another reviewer's claim is off limits", other, ritas, Change{Action: ActVerdict, Verdict: VerdictTrue}, Forbidden, "", "", nil},
		{"but another reviewer may note it", other, ritas, Change{Action: ActNote, Note: "see p. 4"}, "", StatusInReview, "rita", []string{"note"}},
		{"editor may judge anyone's claim", ed, ritas, Change{Action: ActVerdict, Verdict: VerdictTrue}, "", StatusVerdict, "rita", []string{"status", "verdict"}},
		{"reviewer dismisses a new claim", rev, fresh, Change{Action: ActDismiss, Reason: ReasonNotWorthChecking}, "", StatusDismissed, "", []string{"status", "reason"}},
		{"dismiss needs a reason", rev, fresh, Change{Action: ActDismiss}, Invalid, "", "", nil},
		{"dismissing a verdict conflicts", ed, judged, Change{Action: ActDismiss, Reason: ReasonNotAClaim}, Conflict, "", "", nil},
		{"reviewer cannot reopen", rev, judged, Change{Action: ActReopen}, Forbidden, "", "", nil},
		{"editor reopens a verdict", ed, judged, Change{Action: ActReopen}, "", StatusInReview, "rita", []string{"status", "verdict"}},
		{"admin reopens a dismissal", admin, dismissed, Change{Action: ActReopen}, "", StatusInReview, "", []string{"status", "reason"}},
		{"reopen a new claim conflicts", ed, fresh, Change{Action: ActReopen}, Conflict, "", "", nil},
		{"reviewer assigns to me", rev, fresh, Change{Action: ActAssign, Assignee: "rita"}, "", StatusNew, "rita", []string{"assignee"}},
		{"reviewer cannot assign others", rev, fresh, Change{Action: ActAssign, Assignee: "omar"}, Forbidden, "", "", nil},
		{"editor assigns others", ed, ritas, Change{Action: ActAssign, Assignee: "omar"}, "", StatusInReview, "omar", []string{"assignee"}},
		{"reviewer unassigns themself", rev, ritas, Change{Action: ActAssign}, "", StatusInReview, "", []string{"assignee"}},
		{"release back to new", rev, ritas, Change{Action: ActRelease}, "", StatusNew, "rita", []string{"status"}},
		{"empty note", rev, fresh, Change{Action: ActNote, Note: "  "}, Invalid, "", "", nil},
		{"unknown action", rev, fresh, Change{Action: "delete"}, Invalid, "", "", nil},
		{"assign to the same person records nothing", rev, ritas, Change{Action: ActAssign, Assignee: "rita"}, "", StatusInReview, "rita", nil},
	}
	for _, tt := range tests {
		next, evs, note, err := Decide(tt.p, tt.cur, tt.ch, now)
		if got := ErrorKind(err); got != tt.kind {
			t.Errorf("%s: error kind %q (%v), want %q", tt.name, got, err, tt.kind)
			continue
		}
		if err != nil {
			if evs != nil || note != nil {
				t.Errorf("%s: refused change still produced history", tt.name)
			}
			continue
		}
		if next.Status != tt.status || next.Assignee != tt.assignee {
			t.Errorf("%s: status %s assignee %q, want %s %q", tt.name, next.Status, next.Assignee, tt.status, tt.assignee)
		}
		var fields []string
		for _, e := range evs {
			fields = append(fields, e.Field)
			if e.Who != tt.p.Name || !e.At.Equal(now) || e.ClaimID != "c1" {
				t.Errorf("%s: event %+v lacks who/when/claim", tt.name, e)
			}
		}
		if len(fields) != len(tt.fields) {
			t.Errorf("%s: history %v, want %v", tt.name, fields, tt.fields)
		} else {
			for i := range fields {
				if fields[i] != tt.fields[i] {
					t.Errorf("%s: history %v, want %v", tt.name, fields, tt.fields)
					break
				}
			}
		}
		if (note != nil) != (tt.ch.Note != "" && len(evs) > 0 && fields[len(fields)-1] == "note") {
			t.Errorf("%s: note %+v", tt.name, note)
		}
		if len(evs) > 0 && next.UpdatedBy != tt.p.Name {
			t.Errorf("%s: updated by %q", tt.name, next.UpdatedBy)
		}
	}
	// The verdict case keeps the cleaned sources and a trimmed note.
	next, _, note, _ := Decide(rev, ritas, Change{Action: ActVerdict, Verdict: VerdictTrue, Note: " ok ", Sources: []string{" https://a.example/x ", ""}}, now)
	if len(next.Sources) != 1 || next.Sources[0] != "https://a.example/x" || note.Text != "ok" {
		t.Errorf("sources %q note %+v", next.Sources, note)
	}
}

// TestConflictSaysWhatToDo: a change refused for the claim's status says
// what would allow it.
func TestConflictSaysWhatToDo(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	rev := Principal{Name: "rita", Role: RoleReviewer}
	for _, tt := range []struct {
		cur  Review
		ch   Change
		want string
	}{
		{Review{ClaimID: "c1", Status: StatusNew}, Change{Action: ActVerdict, Verdict: VerdictTrue}, `cannot verdict claim c1: it is new; start its review first (action "start")`},
		{Review{ClaimID: "c1", Status: StatusDismissed}, Change{Action: ActStart}, `it is dismissed; an editor may reopen it (action "reopen")`},
		{Review{ClaimID: "c1", Status: StatusInReview, Assignee: "rita"}, Change{Action: ActStart}, `cannot start claim c1: it is in_review`},
	} {
		_, _, _, err := Decide(rev, tt.cur, tt.ch, now)
		if ErrorKind(err) != Conflict || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s from %s: %v, want a conflict saying %q", tt.ch.Action, tt.cur.Status, err, tt.want)
		}
	}
}

// The verdict keeps the note given with it, its time and who gave it; notes
// added later, by its author or another, are internal and leave all three
// alone; reopening clears them.
func TestDecideVerdictNote(t *testing.T) {
	given := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	later := given.Add(time.Hour)
	rev := Principal{Name: "rita", Role: RoleReviewer}
	ed := Principal{Name: "ed", Role: RoleEditor}
	ritas := Review{ClaimID: "c1", Status: StatusInReview, Assignee: "rita"}
	judged := Review{ClaimID: "c1", Status: StatusVerdict, Verdict: VerdictFalse, Assignee: "rita", VerdictNote: "WSJ confirms", VerdictAt: given, VerdictBy: "rita"}
	tests := []struct {
		name string
		p    Principal
		cur  Review
		ch   Change
		note string
		at   time.Time
		by   string
	}{
		{"verdict with a note", rev, ritas, Change{Action: ActVerdict, Verdict: VerdictFalse, Note: " WSJ confirms "}, "WSJ confirms", later, "rita"},
		{"verdict without a note", rev, ritas, Change{Action: ActVerdict, Verdict: VerdictTrue}, "", later, "rita"},
		{"an editor's verdict on another's claim", ed, ritas, Change{Action: ActVerdict, Verdict: VerdictTrue}, "", later, "ed"},
		{"a later note is not the verdict's", ed, judged, Change{Action: ActNote, Note: "rita was here"}, "WSJ confirms", given, "rita"},
		{"reopening withdraws the verdict's note", ed, judged, Change{Action: ActReopen}, "", time.Time{}, ""},
	}
	for _, tt := range tests {
		next, _, _, err := Decide(tt.p, tt.cur, tt.ch, later)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if next.VerdictNote != tt.note || !next.VerdictAt.Equal(tt.at) || next.VerdictBy != tt.by {
			t.Errorf("%s: verdict note %q at %v by %q, want %q at %v by %q", tt.name, next.VerdictNote, next.VerdictAt, next.VerdictBy, tt.note, tt.at, tt.by)
		}
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		r, min Role
		want   bool
	}{
		{RoleAdmin, RoleEditor, true}, {RoleEditor, RoleEditor, true}, {RoleReviewer, RoleEditor, false},
		{RoleViewer, RoleViewer, true}, {"", RoleViewer, false}, {"root", RoleViewer, false},
	}
	for _, tt := range tests {
		if got := tt.r.AtLeast(tt.min); got != tt.want {
			t.Errorf("%q.AtLeast(%q) = %v", tt.r, tt.min, got)
		}
	}
}

func TestVerdictRatings(t *testing.T) {
	seen := map[int]bool{}
	for _, v := range Verdicts {
		if !v.Valid() || v.Label() == string(v) {
			t.Errorf("verdict %q: valid %v label %q", v, v.Valid(), v.Label())
		}
		if r := v.Rating(); r != 0 && seen[r] {
			t.Errorf("rating %d used twice", r)
		} else {
			seen[r] = true
		}
	}
	if Verdict("maybe").Valid() {
		t.Error("unknown verdict valid")
	}
}

func TestSecrets(t *testing.T) {
	a, err := NewSecret("cpt_")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := NewSecret("cpt_")
	if a == b || len(a) != 4+43 || HashSecret(a) == HashSecret(b) || len(HashSecret(a)) != 64 {
		t.Errorf("secrets %q %q", a, b)
	}
	if _, err := HashPassword("short"); ErrorKind(err) != Invalid {
		t.Errorf("short password: %v", err)
	}
	h, err := HashPassword("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if !CheckPassword(h, "correct horse battery") || CheckPassword(h, "correct horse batterY") {
		t.Error("password check")
	}
}

func TestQueueCursor(t *testing.T) {
	for _, c := range []QueueCursor{{0.91, "c1"}, {0, "x"}, {1, "claim with spaces/and?symbols"}} {
		got, err := ParseQueueCursor(c.String())
		if err != nil || got != c {
			t.Errorf("ParseQueueCursor(%v.String()) = %v, %v", c, got, err)
		}
	}
	for _, s := range []string{"", "not base64!", "e30", QueueCursor{Confidence: 0.5}.String()} {
		if _, err := ParseQueueCursor(s); ErrorKind(err) != Invalid || !strings.Contains(err.Error(), s) {
			t.Errorf("ParseQueueCursor(%q) = %v, want an Invalid error naming it", s, err)
		}
	}
}

func TestTokenRole(t *testing.T) {
	tests := []struct {
		has, want, got Role
		kind           Kind
	}{
		{has: RoleEditor, want: "", got: RoleEditor},
		{has: RoleEditor, want: RoleViewer, got: RoleViewer},
		{has: RoleEditor, want: RoleEditor, got: RoleEditor},
		{has: RoleViewer, want: RoleAdmin, kind: Forbidden},
		{has: RoleAdmin, want: "owner", kind: Invalid},
	}
	for _, tt := range tests {
		got, err := TokenRole("ada", tt.has, tt.want)
		if got != tt.got || ErrorKind(err) != tt.kind {
			t.Errorf("TokenRole(ada, %s, %q) = %q, %v; want %q, kind %v", tt.has, tt.want, got, err, tt.got, tt.kind)
		}
	}
}

func TestRoleWithArticle(t *testing.T) {
	for r, want := range map[Role]string{RoleAdmin: "an admin", RoleEditor: "an editor", RoleViewer: "a viewer", RoleReviewer: "a reviewer"} {
		if got := r.WithArticle(); got != want {
			t.Errorf("%s.WithArticle() = %q, want %q", r, got, want)
		}
	}
	if _, err := TokenRole("vera", RoleViewer, RoleAdmin); err == nil || !strings.Contains(err.Error(), "user vera is a viewer and cannot hold an admin token") {
		t.Errorf("TokenRole: %v", err)
	}
}
