package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/claimpipe/claimpipe/claims"
)

// newUsersCmd is `claimpipe users`: accounts and API tokens of the desk.
func newUsersCmd(g *globals) *cobra.Command {
	var storeDSN string
	cmd := &cobra.Command{
		Use:   "users",
		Short: "Manage the desk's users and API tokens",
		Long: `users adds and lists the people who may use the desk and issues API tokens.
Roles: viewer (reads), reviewer (works claims), editor (assigns, reopens), admin (users, tokens).
Start with the first admin:  claimpipe users add ada --role admin
With workers on PostgreSQL, name the same store as they do:
  claimpipe users add ada --role admin --store postgres://...   (or CLAIMPIPE_STORE)`,
	}
	cmd.PersistentFlags().StringVar(&storeDSN, "store", envOr("CLAIMPIPE_STORE", defaultStore("data")), "claims store: postgres://... or a SQLite file (env CLAIMPIPE_STORE)")
	userStore := func(cmd *cobra.Command) (claims.UserStore, func(), error) {
		st, err := openExistingStore(cmd.Context(), storeDSN, storeFlag)
		if err != nil {
			return nil, nil, err
		}
		us, ok := st.(claims.UserStore)
		if !ok {
			st.Close()
			return nil, nil, claims.Errorf(claims.Invalid, "--store %q keeps no users", storeDSN)
		}
		return us, func() { st.Close() }, nil
	}

	var role string
	var pwStdin bool
	add := &cobra.Command{
		Use:   "add NAME",
		Short: "Add a user; the password is asked for (or read from stdin with --password-stdin)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pw, err := readPassword(cmd, pwStdin)
			if err != nil {
				return err
			}
			us, done, err := userStore(cmd)
			if err != nil {
				return err
			}
			defer done()
			u, err := us.AddUser(cmd.Context(), args[0], pw, claims.Role(role))
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "added %s (%s)\n", u.Name, u.Role)
			return nil
		},
	}
	add.Flags().StringVar(&role, "role", string(claims.RoleReviewer), "viewer, reviewer, editor or admin")
	add.Flags().BoolVar(&pwStdin, "password-stdin", false, "read the password from the first line of stdin")

	list := &cobra.Command{
		Use:   "list",
		Short: "List users and their API tokens",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			us, done, err := userStore(cmd)
			if err != nil {
				return err
			}
			defer done()
			users, err := us.Users(cmd.Context())
			if err != nil {
				return err
			}
			tokens, err := us.Tokens(cmd.Context(), "")
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "USER\tROLE\tCREATED\tTOKENS (id name role)")
			for _, u := range users {
				var ts []string
				for _, t := range tokens {
					if t.UserID == u.ID {
						s := fmt.Sprintf("%d %s %s", t.ID, t.Name, t.Role)
						if !t.RevokedAt.IsZero() {
							s += " revoked"
						}
						ts = append(ts, s)
					}
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", u.Name, u.Role, u.CreatedAt.Format("2006-01-02"), strings.Join(ts, "; "))
			}
			return tw.Flush()
		},
	}

	var tokenName, tokenRole string
	var revoke int64
	token := &cobra.Command{
		Use:   "token [NAME]",
		Short: "Issue an API token for user NAME (printed once), or revoke one with --revoke ID",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			us, done, err := userStore(cmd)
			if err != nil {
				return err
			}
			defer done()
			if revoke > 0 {
				if err := us.RevokeToken(cmd.Context(), revoke); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "revoked token %d\n", revoke)
				return nil
			}
			if len(args) != 1 {
				return claims.Errorf(claims.Invalid, "token: name the user, or give --revoke ID")
			}
			secret, t, err := us.CreateToken(cmd.Context(), args[0], tokenName, claims.Role(tokenRole))
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), secret)
			fmt.Fprintf(cmd.ErrOrStderr(), "token %d for %s (%s); send it as 'Authorization: Bearer <token>'. It is not shown again.\n", t.ID, t.User, t.Role)
			return nil
		},
	}
	token.Flags().StringVar(&tokenName, "name", "", "what the token is for")
	token.Flags().StringVar(&tokenRole, "role", "", "the token's role, at most the user's (default: the user's)")
	token.Flags().Int64Var(&revoke, "revoke", 0, "revoke the token with this ID instead")
	cmd.AddCommand(add, list, token)
	return cmd
}

// readPassword reads a password from stdin (one line) or, on a terminal,
// asks for it twice without echo.
func readPassword(cmd *cobra.Command, fromStdin bool) (string, error) {
	in := cmd.InOrStdin()
	if f, ok := in.(*os.File); ok && !fromStdin && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(cmd.ErrOrStderr(), "Password: ")
		a, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(cmd.ErrOrStderr())
		if err != nil {
			return "", claims.Errorf(claims.Invalid, "read password: %w", err)
		}
		fmt.Fprint(cmd.ErrOrStderr(), "Again: ")
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(cmd.ErrOrStderr())
		if err != nil {
			return "", claims.Errorf(claims.Invalid, "read password: %w", err)
		}
		if string(a) != string(b) {
			return "", claims.Errorf(claims.Invalid, "the passwords differ")
		}
		return string(a), nil
	}
	line, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", claims.Errorf(claims.Invalid, "read password from stdin: %w", err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}
