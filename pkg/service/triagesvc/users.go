package triagesvc

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cit-health/cit/pkg/store"
)

var usernameRe = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{1,62}$`)

// AddUser creates a user; it fails when the name is taken (even by a
// disabled user: reset that one instead).
func AddUser(ctx context.Context, st *store.Store, name, role, password string, p Argon2Params, now time.Time) error {
	if !usernameRe.MatchString(name) {
		return &FieldError{"username", name, "2 to 63 lower-case letters, digits, dots, dashes or underscores"}
	}
	if !slices.Contains(Roles(), role) {
		return &FieldError{"role", role, "one of " + strings.Join(Roles(), ", ")}
	}
	if len(password) < MinPasswordLen {
		return &FieldError{"password", "…", fmt.Sprintf("at least %d characters", MinPasswordLen)}
	}
	if _, err := st.User(ctx, name); err == nil {
		return &FieldError{"username", name, "a name not already taken"}
	} else if !errors.Is(err, store.ErrNotFound) {
		return err
	}
	hash, err := HashPassword(password, p)
	if err != nil {
		return err
	}
	return st.PutUser(ctx, store.User{Username: name, PasswordHash: hash, Role: role, CreatedAt: now, UpdatedAt: now,
		Version: store.NextUserVersion(0, now)})
}

// DisableUser stops a user from signing in; their sessions end at their next request.
func DisableUser(ctx context.Context, st *store.Store, name string, now time.Time) error {
	u, err := st.User(ctx, name)
	if err != nil {
		return err
	}
	u.Disabled = true
	u.UpdatedAt = now
	u.Version = store.NextUserVersion(u.Version, now)
	return st.PutUser(ctx, u)
}

// ResetPassword sets a new password and re-enables the user.
func ResetPassword(ctx context.Context, st *store.Store, name, password string, p Argon2Params, now time.Time) error {
	if len(password) < MinPasswordLen {
		return &FieldError{"password", "…", fmt.Sprintf("at least %d characters", MinPasswordLen)}
	}
	u, err := st.User(ctx, name)
	if err != nil {
		return err
	}
	hash, err := HashPassword(password, p)
	if err != nil {
		return err
	}
	u.PasswordHash, u.Disabled, u.UpdatedAt = hash, false, now
	u.Version = store.NextUserVersion(u.Version, now)
	return st.PutUser(ctx, u)
}

const usersUsage = `usage:
  citctl users add NAME --role viewer|analyst|admin [--password-stdin]
  citctl users list
  citctl users disable NAME
  citctl users reset NAME [--password-stdin]
Without --password-stdin a password is generated and printed once.`

// UsersCommand implements `citctl users add|list|disable|reset`. args start
// after "users". Passwords come from the first line of stdin with
// --password-stdin, else are generated and printed on stdout.
func UsersCommand(ctx context.Context, st *store.Store, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usersUsage)
		return errors.New("users: missing subcommand")
	}
	sub, rest := args[0], args[1:]
	fs := flag.NewFlagSet("users "+sub, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, usersUsage) }
	role := fs.String("role", "", "role: viewer, analyst or admin")
	fromStdin := fs.Bool("password-stdin", false, "read the password from the first line of stdin")
	// Flags may come before or after the name.
	var names []string
	for {
		if err := fs.Parse(rest); err != nil {
			return fmt.Errorf("users %s: %w", sub, err)
		}
		if fs.NArg() == 0 {
			break
		}
		names = append(names, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	needName := func() (string, error) {
		if len(names) != 1 {
			fmt.Fprintln(stderr, usersUsage)
			return "", fmt.Errorf("users %s: want exactly one NAME, got %d", sub, len(names))
		}
		return names[0], nil
	}
	password := func() (string, bool, error) {
		if !*fromStdin {
			return GeneratePassword(), true, nil
		}
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return "", false, fmt.Errorf("read password from stdin: %w", err)
		}
		return strings.TrimRight(line, "\r\n"), false, nil
	}
	now := time.Now()
	switch sub {
	case "add":
		name, err := needName()
		if err != nil {
			return err
		}
		pw, generated, err := password()
		if err != nil {
			return err
		}
		if err := AddUser(ctx, st, name, *role, pw, DefaultArgon2(), now); err != nil {
			return fmt.Errorf("users add %s: %w", name, err)
		}
		fmt.Fprintf(stderr, "added %s (%s)\n", name, *role)
		if generated {
			fmt.Fprintln(stdout, pw)
		}
	case "reset":
		name, err := needName()
		if err != nil {
			return err
		}
		pw, generated, err := password()
		if err != nil {
			return err
		}
		if err := ResetPassword(ctx, st, name, pw, DefaultArgon2(), now); err != nil {
			return fmt.Errorf("users reset %s: %w", name, err)
		}
		fmt.Fprintf(stderr, "reset the password of %s\n", name)
		if generated {
			fmt.Fprintln(stdout, pw)
		}
	case "disable":
		name, err := needName()
		if err != nil {
			return err
		}
		if err := DisableUser(ctx, st, name, now); err != nil {
			return fmt.Errorf("users disable %s: %w", name, err)
		}
		fmt.Fprintf(stderr, "disabled %s\n", name)
	case "list":
		users, err := st.Users(ctx)
		if err != nil {
			return fmt.Errorf("users list: %w", err)
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "USERNAME\tROLE\tSTATUS\tUPDATED")
		for _, u := range users {
			status := "active"
			if u.Disabled {
				status = "disabled"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", u.Username, u.Role, status, u.UpdatedAt.UTC().Format(time.RFC3339))
		}
		return tw.Flush()
	default:
		fmt.Fprintln(stderr, usersUsage)
		return fmt.Errorf("users: unknown subcommand %q", sub)
	}
	return nil
}
