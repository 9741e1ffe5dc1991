package triagesvc

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/cit-health/cit/pkg/store"
)

type fieldsData struct {
	Items    []FieldCheck
	Total    int
	Filter   url.Values
	Fields   []string
	Page     int
	Pages    int
	PrevURL  string
	NextURL  string
	SortURLs map[string]string
	Sort     string
	Asc      bool
}

// fieldsQueue serves "Fields to check": active incidents whose reports
// disagree on a key field or that lack one.
func (h *handler) fieldsQueue(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := FieldCheckFilter{Kind: q.Get("kind"), Field: q.Get("field"), Country: strings.ToUpper(q.Get("country")),
		AttackType: q.Get("attack_type"), Sort: q.Get("sort"), Asc: q.Get("order") == "asc"}
	if err := f.Validate(); err != nil {
		h.badRequest(w, r, err)
		return
	}
	pageNo := 1
	if v := q.Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100000 {
			h.badRequest(w, r, &store.InvalidFilterError{Param: "page", Value: v, Why: "a page number"})
			return
		}
		pageNo = n
	}
	rows, err := h.st.FieldCheckRows(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	all := SelectFieldChecks(rows, f)
	d := fieldsData{Total: len(all), Filter: q, Fields: store.CheckedFields(), Page: pageNo,
		Pages: (len(all) + pageSize - 1) / pageSize, Sort: f.Sort, Asc: f.Asc, SortURLs: map[string]string{}}
	lo := min((pageNo-1)*pageSize, len(all))
	d.Items = all[lo:min(lo+pageSize, len(all))]
	if d.Sort == "" {
		d.Sort = "date"
	}
	link := func(kv ...string) string {
		s := withParam(q, kv...)
		return "/fields" + strings.TrimPrefix(s, "/")
	}
	for _, col := range FieldCheckSorts() {
		order := "desc"
		if col == d.Sort && !f.Asc {
			order = "asc"
		}
		d.SortURLs[col] = link("sort", col, "order", order, "page", "")
	}
	if pageNo > 1 {
		d.PrevURL = link("page", strconv.Itoa(pageNo-1))
	}
	if pageNo < d.Pages {
		d.NextURL = link("page", strconv.Itoa(pageNo+1))
	}
	h.render(w, r, http.StatusOK, "fields", fmt.Sprintf("Fields to check (%d)", len(all)), d)
}
