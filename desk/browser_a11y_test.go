package desk

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/fixtures"
)

// browserAt starts headless Chromium at a window of w by h and logs in to
// the desk at base as the test desk's user of role.
func browserAt(t *testing.T, exe, base string, role claims.Role, w, h int) context.Context {
	t.Helper()
	actx, cancel := chromedp.NewExecAllocator(context.Background(), chromeOptions(t, exe, w, h)...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 4*time.Minute)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("password")),
		chromedp.SendKeys(chromedp.ID("name"), string(role)),
		chromedp.SendKeys(chromedp.ID("password"), string(role)+" password"),
		chromedp.Submit(chromedp.ID("password")),
		chromedp.WaitVisible(chromedp.ID("queue")),
	); err != nil {
		t.Fatalf("login: %v", err)
	}
	return ctx
}

// saveLong stores an article of some 40 kB whose only claim is its last
// sentence, and returns that claim.
func saveLong(t *testing.T, st claims.Store) claims.Claim {
	t.Helper()
	head := "Council notes\n\n" + strings.Repeat("The council met again on Monday and discussed the road works in the district at length.\n\n", 400)
	sentence := "The city paid $4.5 million for the renovation of the town hall in 2018, the audit office said."
	text := head + sentence + "\n"
	id := claims.ArticleID(text)
	i := len(head) + strings.Index(sentence, "$4.5 million")
	m := claims.Mention{Start: i, End: i + len("$4.5 million"), Type: "MONEY", Text: "$4.5 million", Value: "USD 4500000"}
	c := claims.Claim{ID: claims.ClaimID(id, len(head), len(head)+len(sentence)), ArticleID: id, Start: len(head),
		End: len(head) + len(sentence), Text: sentence, Confidence: 0.7, Kind: "quantity", Mentions: []claims.Mention{m}}
	r := &claims.Result{Article: claims.Article{ID: id, URL: "https://council.example/notes", Title: "Council notes", Text: text},
		Mentions: []claims.Mention{m}, Claims: []claims.Claim{c}}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveResult(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	return c
}

// crowdedClaim is the first claim of the fixture article with the most
// claims: its page links all the others in the article's text.
func crowdedClaim(t *testing.T) string {
	t.Helper()
	fs, err := fixtures.Load("../fixtures")
	if err != nil {
		t.Fatal(err)
	}
	id, most := "", 0
	for _, f := range fs {
		if r, ok, err := f.Golden(); err == nil && ok && len(r.Claims) > most {
			id, most = r.Claims[0].ID, len(r.Claims)
		}
	}
	if id == "" {
		t.Fatal("no fixture claims")
	}
	return id
}

// TestBrowserAccessibility uses the desk as a fact-checker who works with
// the mouse or the keyboard alone, and on a narrow window.
func TestBrowserAccessibility(t *testing.T) {
	exe := chromium(t)
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	d := newDesk(t)
	if n := loadFixtures(t, d.st); n == 0 {
		t.Fatal("no fixture claims")
	}
	long := saveLong(t, d.st)
	srv := httptest.NewServer(d)
	defer srv.Close()
	ctx := browserAt(t, exe, srv.URL, claims.RoleReviewer, 1400, 1000)

	// With a row selected, Enter on a focused link follows the link.
	t.Run("Enter on a link in the queue", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.ID("queue"))); err != nil {
			t.Fatal(err)
		}
		key(ctx, t, "j")
		waitJS(ctx, t, "a row selected", `document.querySelector("tr.sel") !== null`)
		if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`header nav a[href="/articles"]`)), chromedp.KeyEvent(kb.Enter)); err != nil {
			t.Fatal(err)
		}
		waitJS(ctx, t, "the articles page", `location.pathname === "/articles" && document.title.indexOf("Articles") === 0`)
	})

	// The shortcut help is a modal dialog with a name: opening it moves
	// focus into it, Escape closes it, and focus goes back to the control
	// that opened it, by the header's button or by the ? key.
	t.Run("shortcut help is a modal dialog", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.ID("queue"))); err != nil {
			t.Fatal(err)
		}
		const opened = `(function(){var h=document.getElementById("help");
			return h.open===true && h.matches(":modal") && h.contains(document.activeElement) &&
				document.getElementById(h.getAttribute("aria-labelledby")).textContent==="Keyboard shortcuts"})()`
		const closedBackOnButton = `(function(){var h=document.getElementById("help");
			return !h.open && document.activeElement===document.querySelector("header [data-help]")})()`
		for _, open := range []struct{ name, key string }{{"Enter on the button", kb.Enter}, {"?", "?"}} {
			if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`header [data-help]`)), chromedp.KeyEvent(open.key)); err != nil {
				t.Fatal(err)
			}
			waitJS(ctx, t, "the help open as a modal dialog with focus in it (opened by "+open.name+")", opened)
			// Tab moves within the dialog, and never to the page behind it
			// (past the dialog's last control Chromium goes to its own UI).
			key(ctx, t, kb.Tab)
			waitJS(ctx, t, "focus still in the dialog after Tab", opened)
			for i := 0; i < 3; i++ {
				key(ctx, t, kb.Tab)
				waitJS(ctx, t, "focus nowhere in the page behind the dialog", `["header","main"].every(function(s){return !document.querySelector(s).contains(document.activeElement)})`)
			}
			key(ctx, t, kb.Escape)
			waitJS(ctx, t, "the help closed by Escape, focus back on its button", closedBackOnButton)
		}
	})

	// Single-key shortcuts can be turned off in the help, by keyboard; off,
	// the keys do nothing, and the browser remembers it across pages until
	// they are turned on again.
	t.Run("single-key shortcuts turned off and on", func(t *testing.T) {
		const help = `document.getElementById("help")`
		toggle := func(want string) {
			t.Helper()
			if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`header [data-help]`)), chromedp.KeyEvent(kb.Enter)); err != nil {
				t.Fatal(err)
			}
			waitJS(ctx, t, "the help open, offering to turn the shortcuts off", `(function(){var h=`+help+`, c=document.getElementById("keys-on");
				return h.open && !!c && c.closest("label").textContent.indexOf("Single-key shortcuts")>=0})()`)
			// Tab to the switch and press Space, as a keyboard user would.
			if err := chromedp.Do(ctx, chromedp.Focus(chromedp.ID("keys-on")), chromedp.KeyEvent(" ")); err != nil {
				t.Fatal(err)
			}
			waitJS(ctx, t, "the shortcuts "+want, `(function(){var on=document.getElementById("keys-on").checked, s=localStorage.getItem("claimpipe.keys");
				return "`+want+`"==="off" ? !on && s==="off" : on && s===null})()`)
			key(ctx, t, kb.Escape)
			waitJS(ctx, t, "the help closed", `!`+help+`.open`)
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.ID("queue"))); err != nil {
			t.Fatal(err)
		}
		toggle("off")
		// Another page remembers it: the keys are no longer shown, and
		// neither moving (j), assigning (a) nor the help (?) happens.
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.ID("queue")),
			chromedp.Click(chromedp.CSS(`#queue tbody tr:nth-child(2) td.art`))); err != nil {
			t.Fatal(err)
		}
		second := `document.querySelector("#queue tbody tr:nth-child(2)")`
		waitJS(ctx, t, "the second row selected by the mouse, the keys not shown", second+`.classList.contains("sel") && document.querySelector(".keys").offsetParent===null`)
		id, err := chromedp.Run(ctx, chromedp.Evaluate[string](second+`.dataset.claim`))
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"j", "a", "?"} {
			key(ctx, t, k)
		}
		if holdsWithin(ctx, `!`+second+`.classList.contains("sel") || `+help+`.open || `+second+`.cells[3].textContent.trim()!=="—"`, 2*time.Second) {
			t.Error("with the shortcuts off, j, a or ? still did something")
		}
		if rv, err := d.st.Review(context.Background(), id); err != nil || rv.Assignee != "" {
			t.Errorf("with the shortcuts off, a assigned the claim: %+v, %v", rv, err)
		}
		toggle("on")
		key(ctx, t, "j")
		waitJS(ctx, t, "j moving the selection again", `document.querySelector("#queue tbody tr:nth-child(3)").classList.contains("sel") && document.querySelector(".keys").offsetParent!==null`)
	})

	// On a claim's page the first Tab reaches a "Skip to review" link, shown
	// when focused, that leads past the article's links to the other claims
	// in it: the next Tab is on the review's first control.
	t.Run("skip to review", func(t *testing.T) {
		id := crowdedClaim(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/claims/"+id), chromedp.WaitVisible(chromedp.ID("status"))); err != nil {
			t.Fatal(err)
		}
		waitJS(ctx, t, "an article that links several other claims", `document.querySelectorAll(".article-text a.other").length>=5`)
		key(ctx, t, kb.Tab)
		waitJS(ctx, t, "the skip link focused first, and on screen", `(function(){var a=document.activeElement, r=a.getBoundingClientRect();
			return a.matches("a.skip") && a.textContent==="Skip to review" && r.width>0 && r.top>=0 && r.bottom<=innerHeight})()`)
		key(ctx, t, kb.Enter)
		waitJS(ctx, t, "the review region focused", `(function(){var r=document.getElementById("review");
			return document.activeElement===r && document.getElementById(r.getAttribute("aria-labelledby")).textContent==="Review"})()`)
		key(ctx, t, kb.Tab)
		waitJS(ctx, t, "the next Tab on the review's first control", `(function(){var a=document.activeElement;
			return document.getElementById("review").contains(a) && a.matches("button,summary,input,textarea")})()`)
	})

	// A claim at the end of a long article is in sight in the article's
	// text box when its page opens.
	t.Run("claim at the end of a long article", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/claims/"+long.ID), chromedp.WaitVisible(chromedp.ID("status"))); err != nil {
			t.Fatal(err)
		}
		waitJS(ctx, t, "the highlighted claim inside the visible part of the article box", `(function(){
			var m=document.querySelector(".article-text mark.focus"); if(!m)return false;
			var b=m.closest(".article-text").getBoundingClientRect(), r=m.getBoundingClientRect();
			return r.top>=b.top && r.bottom<=b.bottom})()`)
	})

	// On a phone-sized window the pages reflow: nothing but the queue's
	// own table scrolls sideways, and the header's controls stay on screen.
	t.Run("narrow window", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 740)); err != nil {
			t.Fatal(err)
		}
		defer chromedp.Do(ctx, chromedp.ResetViewport())
		for _, path := range []string{"/", "/claims/" + long.ID, "/articles", "/alerts"} {
			if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+path), chromedp.WaitVisible(chromedp.CSS("main"))); err != nil {
				t.Fatal(err)
			}
			waitJS(ctx, t, path+" as wide as the window, log out on screen", `(function(){
				var b=Array.prototype.find.call(document.querySelectorAll("header button"),function(e){return e.textContent.trim()==="Log out"});
				var r=b.getBoundingClientRect();
				return document.documentElement.scrollWidth<=innerWidth && r.left>=0 && r.right<=innerWidth})()`)
		}
	})

	// Dismissing a claim needs no shortcut: a visible control opens the
	// form, by mouse or by Enter on it.
	t.Run("dismiss without the shortcut", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/claims/"+long.ID), chromedp.WaitVisible(chromedp.ID("status"))); err != nil {
			t.Fatal(err)
		}
		// The control to open the form is shown; the form's button is not yet.
		waitJS(ctx, t, "a visible control that opens the dismiss form", `(function(){
			var c=Array.prototype.find.call(document.querySelectorAll(".actions button,.actions summary"),function(e){
				return e.offsetParent!==null && e.textContent.trim().indexOf("Dismiss")===0});
			if(!c)return false; c.setAttribute("data-test","dismiss-open"); return true})()`)
		if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`[data-test=dismiss-open]`)), chromedp.KeyEvent(kb.Enter)); err != nil {
			t.Fatal(err)
		}
		waitJS(ctx, t, "the dismiss form shown", `(function(){var f=document.getElementById("f-dismiss");return !!f && f.querySelector("button").offsetParent!==null})()`)
		if err := chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS(`#f-dismiss input[value=not_worth_checking]`)),
			chromedp.Click(chromedp.CSS(`#f-dismiss button`)),
		); err != nil {
			t.Fatal(err)
		}
		waitJS(ctx, t, "the claim dismissed", `document.getElementById("status").textContent.trim()==="dismissed"`)
		if rv, err := d.st.Review(context.Background(), long.ID); err != nil || rv.Status != claims.StatusDismissed || rv.Reason != claims.ReasonNotWorthChecking {
			t.Errorf("stored review %+v, %v", rv, err)
		}
	})
}
