package triagesvc

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
	"github.com/google/uuid"
	"go.uber.org/zap"
)

func (h *handler) stamp(r *http.Request) (Stamp, error) {
	u, _ := userFrom(r)
	id, err := uuid.NewV7()
	if err != nil {
		return Stamp{}, fmt.Errorf("decision id: %w", err)
	}
	return Stamp{ID: id.String(), At: h.opt.now().UTC().Format(time.RFC3339), Actor: u.Username}, nil
}

// Steps of deciding a candidate, each with its own decision id.
const (
	stepDecide = "decide" // the confirm or reject
	stepLink   = "link"   // ConfirmInto's merge into the chosen incident
)

// DecisionID derives the id of a decision on a candidate from the candidate,
// the version of its row the analyst decided on, and the step. Every
// decision on one row version gets the same id, so a second submit while
// the first is in flight (a double click, a bulk action over a candidate
// just decided, a colleague on the same row) publishes the same Nats-Msg-Id
// and JetStream keeps only the first (its duplicate window is 24 hours).
func DecisionID(candidateID string, version uint64, step string) string {
	return uuid.NewSHA1(uuid.NameSpaceURL, []byte(fmt.Sprintf("cit:triage:%s:%d:%s", candidateID, version, step))).String()
}

// candidateStamp stamps a decision on one version of a candidate's row.
func (h *handler) candidateStamp(r *http.Request, candidateID string, version uint64, step string) Stamp {
	u, _ := userFrom(r)
	return Stamp{ID: DecisionID(candidateID, version, step), At: h.opt.now().UTC().Format(time.RFC3339), Actor: u.Username}
}

// publish sends one decision and logs it; the caller reports errors.
func (h *handler) publish(r *http.Request, d cit.TriageDecision) error {
	if err := h.pub.PublishDecision(r.Context(), d); err != nil {
		return fmt.Errorf("publish %s decision %s: %w", d.Action, d.ID, err)
	}
	h.log.Info("decision published", zap.String("decision_id", d.ID), zap.String("action", d.Action),
		zap.String("actor", d.Actor), zap.String("candidate_id", d.CandidateID), zap.String("incident_id", d.IncidentID))
	return nil
}

// reviewable loads a candidate that awaits review, and the version of its row.
func (h *handler) reviewable(r *http.Request, id string) (cit.Classified, uint64, error) {
	if !ValidID(id) {
		return cit.Classified{}, 0, fmt.Errorf("candidate %q: %w", id, store.ErrNotFound)
	}
	c, version, err := h.st.Candidate(r.Context(), id)
	if err != nil {
		return cit.Classified{}, 0, err
	}
	if c.Classification == nil || c.Classification.Verdict != cit.VerdictReview {
		return cit.Classified{}, 0, fmt.Errorf("candidate %q: %w", id, ErrNotReviewable)
	}
	return c, version, nil
}

// decided answers the outcome of a POST: errors of the analyst's making as
// 400/404/409 pages, others as 500; success as a redirect with a flash.
func (h *handler) decided(w http.ResponseWriter, r *http.Request, err error, flash, next string) {
	var fe *FieldError
	switch {
	case err == nil:
		h.sm.Put(r.Context(), "flash", flash)
		http.Redirect(w, r, safeNext(next), http.StatusSeeOther)
	case errors.As(err, &fe):
		h.badRequest(w, r, err)
	case errors.Is(err, store.ErrNotFound):
		h.notFound(w, r, "This item")
	case errors.Is(err, ErrNotReviewable):
		h.render(w, r, http.StatusConflict, "error", "Already decided",
			errorData{Message: "This candidate is no longer awaiting review; someone decided it already."})
	default:
		h.fail(w, r, err)
	}
}

func (h *handler) confirmCandidate(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	flash := "Confirmed " + id + "."
	err := func() error {
		c, version, err := h.reviewable(r, id)
		if err != nil {
			return err
		}
		if err := r.ParseForm(); err != nil {
			return &FieldError{"form", "", "a valid form"}
		}
		edits, err := ParseEdits(r.PostForm)
		if err != nil {
			return err
		}
		s := h.candidateStamp(r, id, version, stepDecide)
		into := strings.TrimSpace(r.PostForm.Get("into"))
		if into == "" {
			d, err := Confirm(s, c, edits)
			if err != nil {
				return err
			}
			return h.publish(r, d)
		}
		if !ValidID(into) {
			return &FieldError{"into", into, "the id of an incident"}
		}
		target, err := h.st.Incident(r.Context(), into)
		if errors.Is(err, store.ErrNotFound) {
			return &FieldError{"into", into, "an existing incident"}
		} else if err != nil {
			return err
		}
		ds, err := ConfirmInto(s, h.candidateStamp(r, id, version, stepLink), c, edits, target)
		if err != nil {
			return err
		}
		for _, d := range ds {
			if err := h.publish(r, d); err != nil {
				return err
			}
		}
		flash = "Confirmed " + id + " into " + into + ". The pipeline applies it in a moment."
		return nil
	}()
	h.decided(w, r, err, flash, nextAfter(r))
}

func (h *handler) rejectCandidate(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	err := func() error {
		c, version, err := h.reviewable(r, id)
		if err != nil {
			return err
		}
		d, err := Reject(h.candidateStamp(r, id, version, stepDecide), c, r.PostFormValue("reason"))
		if err != nil {
			return err
		}
		return h.publish(r, d)
	}()
	h.decided(w, r, err, "Rejected "+id+".", nextAfter(r))
}

// nextAfter is where to go after deciding a candidate: the next one when
// the form names it, else the queue.
func nextAfter(r *http.Request) string {
	if n := r.PostFormValue("next"); ValidID(n) {
		return "/candidates/" + n
	}
	if back := r.PostFormValue("return"); back != "" {
		return back
	}
	return "/"
}

// bulk confirms (without edits) or rejects (with one reason) every selected
// candidate still awaiting review; candidates decided meanwhile are skipped.
func (h *handler) bulk(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		h.badRequest(w, r, &FieldError{"form", "", "a valid form"})
		return
	}
	action := r.PostForm.Get("action")
	ids := r.PostForm["id"]
	reason := r.PostForm.Get("reason")
	if action != cit.ActionConfirm && action != cit.ActionReject {
		h.badRequest(w, r, &FieldError{"action", action, "confirm or reject"})
		return
	}
	if len(ids) == 0 || len(ids) > 500 {
		h.badRequest(w, r, &FieldError{"id", fmt.Sprint(len(ids)), "between 1 and 500 selected candidates"})
		return
	}
	if action == cit.ActionReject && strings.TrimSpace(reason) == "" {
		h.badRequest(w, r, &FieldError{"reason", "", "a reason for rejecting"})
		return
	}
	var valid []string
	for _, id := range ids {
		if ValidID(id) {
			valid = append(valid, id)
		}
	}
	cands, versions, err := h.st.Candidates(r.Context(), valid)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	done, skipped := 0, 0
	for _, id := range valid {
		c, ok := cands[id]
		if !ok || c.Classification == nil || c.Classification.Verdict != cit.VerdictReview {
			skipped++
			continue
		}
		s := h.candidateStamp(r, id, versions[id], stepDecide)
		var d cit.TriageDecision
		var err error
		if action == cit.ActionConfirm {
			d, err = Confirm(s, c, nil)
		} else {
			d, err = Reject(s, c, reason)
		}
		if err == nil {
			err = h.publish(r, d)
		}
		if err != nil {
			h.fail(w, r, fmt.Errorf("bulk %s after %d done: %w", action, done, err))
			return
		}
		done++
	}
	skipped += len(ids) - len(valid)
	msg := fmt.Sprintf("%sed %d candidates.", strings.TrimSuffix(strings.ToUpper(action[:1])+action[1:], "e"), done)
	if skipped > 0 {
		msg += fmt.Sprintf(" Skipped %d no longer awaiting review.", skipped)
	}
	h.decided(w, r, nil, msg, r.PostForm.Get("return"))
}

// incidentAction serves confirm (linking), withdraw, merge, split and edit
// of an incident; the action is the last path element.
func (h *handler) incidentAction(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	action := r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
	var flash string
	err := func() error {
		if !ValidID(id) {
			return fmt.Errorf("incident %q: %w", id, store.ErrNotFound)
		}
		in, err := h.st.Incident(r.Context(), id)
		if err != nil {
			return err
		}
		if err := r.ParseForm(); err != nil {
			return &FieldError{"form", "", "a valid form"}
		}
		s, err := h.stamp(r)
		if err != nil {
			return err
		}
		reason := r.PostForm.Get("reason")
		var d cit.TriageDecision
		switch action {
		case "confirm":
			d, err = ConfirmLinking(s, in)
			flash = "Confirmed the linking of " + id + "."
		case "withdraw":
			d, err = Withdraw(s, in, reason)
			flash = "Withdrew " + id + "."
		case "merge":
			target := r.PostForm.Get("target")
			if err == nil && ValidID(target) {
				if _, terr := h.st.Incident(r.Context(), target); errors.Is(terr, store.ErrNotFound) {
					return &FieldError{"target", target, "an existing incident"}
				} else if terr != nil {
					return terr
				}
			}
			d, err = Merge(s, in, target, reason)
			flash = "Merged " + id + " into " + target + "."
		case "split":
			cand := r.PostForm.Get("candidate_id")
			d, err = Split(s, in, cand, reason)
			flash = "Split " + cand + " off " + id + "."
		case "edit":
			var edits map[string]string
			if edits, err = ParseEdits(r.PostForm); err == nil {
				d, err = Edit(s, in, edits, reason)
			}
			flash = "Edited " + id + "."
		default:
			return fmt.Errorf("incident action %q: %w", action, store.ErrNotFound)
		}
		if err != nil {
			return err
		}
		return h.publish(r, d)
	}()
	flash += " The pipeline applies it in a moment."
	h.decided(w, r, err, flash, "/incidents/"+id)
}

func (h *handler) addUser(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PostFormValue("username"))
	role := r.PostFormValue("role")
	password := GeneratePassword()
	if err := AddUser(r.Context(), h.st, name, role, password, h.opt.argon, h.opt.now()); err != nil {
		h.userError(w, r, err)
		return
	}
	h.log.Info("user added", zap.String("username", name), zap.String("role", role), zap.String("by", actor(r)))
	h.showPassword(w, r, name, password)
}

func (h *handler) disableUser(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if name == actor(r) {
		h.badRequest(w, r, &FieldError{"username", name, "someone other than yourself"})
		return
	}
	if err := DisableUser(r.Context(), h.st, name, h.opt.now()); err != nil {
		h.userError(w, r, err)
		return
	}
	h.log.Info("user disabled", zap.String("username", name), zap.String("by", actor(r)))
	h.decided(w, r, nil, "Disabled "+name+".", "/admin/users")
}

func (h *handler) resetUser(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	password := GeneratePassword()
	if err := ResetPassword(r.Context(), h.st, name, password, h.opt.argon, h.opt.now()); err != nil {
		h.userError(w, r, err)
		return
	}
	h.log.Info("user password reset", zap.String("username", name), zap.String("by", actor(r)))
	h.showPassword(w, r, name, password)
}

func (h *handler) showPassword(w http.ResponseWriter, r *http.Request, name, password string) {
	users, err := h.st.Users(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, "users", "Users", usersData{Users: users, Password: password, For: name})
}

func (h *handler) userError(w http.ResponseWriter, r *http.Request, err error) {
	var fe *FieldError
	switch {
	case errors.As(err, &fe):
		h.badRequest(w, r, err)
	case errors.Is(err, store.ErrNotFound):
		h.notFound(w, r, "This user")
	default:
		h.fail(w, r, err)
	}
}

func actor(r *http.Request) string {
	u, _ := userFrom(r)
	return u.Username
}
