package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/service/triagesvc"
	"github.com/cit-health/cit/pkg/store"
	"github.com/nats-io/nats.go"
)

func runStats(ctx context.Context, args []string, io IO) error {
	if len(args) == 0 || args[0] != "summary" {
		return usagef("usage: citctl stats summary [--from DATE] [--to DATE] [--country CC] [--attack-type T] [--sector S]")
	}
	fs := newFlags("stats summary", io)
	var srv servers
	srv.register(fs, io, false)
	from := fs.String("from", "", "first date counted, YYYY-MM-DD")
	to := fs.String("to", "", "last date counted, YYYY-MM-DD")
	country := fs.String("country", "", "ISO 3166-1 alpha-2 country")
	attack := fs.String("attack-type", "", "attack type ("+fmt.Sprint(cit.AttackTypes())+")")
	sector := fs.String("sector", "", "sector")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	f := store.Filter{Country: *country, AttackType: *attack, Sector: *sector}
	for _, d := range []struct {
		name, value string
		into        *time.Time
	}{{"from", *from, &f.From}, {"to", *to, &f.To}} {
		if d.value == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.value)
		if err != nil {
			return usagef("--%s %q: want a date YYYY-MM-DD", d.name, d.value)
		}
		*d.into = t
	}
	if err := f.Validate(); err != nil {
		return usagef("%v", err)
	}
	return srv.withStore(ctx, io, true, func(st *store.Store) error {
		sum, err := st.Summary(ctx, f)
		if err != nil {
			return err
		}
		return json.NewEncoder(io.Stdout).Encode(sum)
	})
}

func runMigrate(ctx context.Context, args []string, io IO) error {
	fs := newFlags("migrate", io)
	var srv servers
	srv.register(fs, io, false)
	if err := parse(fs, args); err != nil {
		return err
	}
	return srv.withStore(ctx, io, false, func(st *store.Store) error {
		migs, err := store.Migrations()
		if err != nil {
			return err
		}
		last := migs[len(migs)-1]
		_, err = fmt.Fprintf(io.Stdout, "database %s is at migration %04d (%s)\n", st.Database(), last.Version, last.Name)
		return err
	})
}

func runUsers(ctx context.Context, args []string, io IO) error {
	fs := newFlags("users", io)
	var srv servers
	srv.register(fs, io, false)
	// Server flags come before the subcommand: citctl users --database D add NAME.
	if err := parse(fs, args); err != nil {
		return err
	}
	return srv.withStore(ctx, io, false, func(st *store.Store) error {
		return triagesvc.UsersCommand(ctx, st, fs.Args(), io.Stdin, io.Stdout, io.Stderr)
	})
}

func runExportLabels(ctx context.Context, args []string, io IO) error {
	fs := newFlags("export-labels", io)
	var srv servers
	srv.register(fs, io, false)
	if err := parse(fs, args); err != nil {
		return err
	}
	return srv.withStore(ctx, io, true, func(st *store.Store) error {
		return triagesvc.ExportLabels(ctx, st, io.Stdout)
	})
}

func runDLQ(ctx context.Context, args []string, io IO) error {
	if len(args) == 0 || (args[0] != "list" && args[0] != "replay") {
		return usagef("usage: citctl dlq list|replay --nats URL [--consumer NAME]")
	}
	sub := args[0]
	fs := newFlags("dlq "+sub, io)
	natsURL := fs.String("nats", io.Getenv("CIT_NATS_URL"), "NATS URL")
	consumer := fs.String("consumer", "", "only messages dead-lettered by this consumer")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if *natsURL == "" {
		return usagef("dlq needs --nats or CIT_NATS_URL (the DLQ lives on the running server)")
	}
	log, err := logger(io)
	if err != nil {
		return err
	}
	b, err := bus.Connect(ctx, *natsURL, log)
	if err != nil {
		return err
	}
	defer b.Close()
	filter := bus.SubjectDLQ + ".>"
	if *consumer != "" {
		filter = bus.SubjectDLQ + "." + bus.Token(*consumer)
	}
	stream, err := b.JetStream().Stream(ctx, bus.StreamDLQ)
	if err != nil {
		return fmt.Errorf("dlq stream: %w", err)
	}
	info, err := stream.Info(ctx)
	if err != nil {
		return fmt.Errorf("dlq stream: %w", err)
	}
	tw := tabwriter.NewWriter(io.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SEQ\tCONSUMER\tORIGINAL SUBJECT\tBYTES\tERROR")
	replayed := 0
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := stream.GetMsg(ctx, seq)
		if err != nil {
			continue // deleted or purged
		}
		if !subjectMatches(filter, m.Subject) {
			continue
		}
		orig := m.Header.Get("Cit-Original-Subject")
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\n", seq, m.Subject[len(bus.SubjectDLQ)+1:], orig, len(m.Data), m.Header.Get("Cit-Error"))
		if sub == "replay" && orig != "" {
			msg := nats.NewMsg(orig)
			msg.Data = m.Data
			if _, err := b.JetStream().PublishMsg(ctx, msg); err != nil {
				return fmt.Errorf("replay dlq message %d to %s: %w", seq, orig, err)
			}
			if err := stream.DeleteMsg(ctx, seq); err != nil {
				return fmt.Errorf("remove replayed dlq message %d: %w", seq, err)
			}
			replayed++
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if sub == "replay" {
		fmt.Fprintf(io.Stdout, "replayed %d messages\n", replayed)
	}
	return nil
}

func subjectMatches(filter, subject string) bool {
	if len(filter) > 2 && filter[len(filter)-2:] == ".>" {
		prefix := filter[:len(filter)-1]
		return len(subject) >= len(prefix) && subject[:len(prefix)] == prefix
	}
	return filter == subject
}
