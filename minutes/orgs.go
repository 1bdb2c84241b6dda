package minutes

import (
	"strings"

	"github.com/minuteslint/minuteslint/names"
)

// Organisation is one organisation with every way the minutes write it.
type Organisation struct {
	// Uses are the places it is written, in document order.
	Uses []OrgUse
	// Forms are the distinct spellings as written (partner included), in
	// order of first use; Count gives how often each is used.
	Forms []string
	Count map[string]int
	// Reference is the spelling taken as right: the most used, then the
	// participants list's, then the first seen.
	Reference string
}

// OrgForm is how an organisation is written, for comparing spellings. In
// formal minutes the partner in parentheses is part of it ("Qualcomm Inc.
// (TIA)"); elsewhere parentheses hold a project or a team ("IBM (Zowe)"),
// which is no other spelling of the company.
func (d *Document) OrgForm(o names.Org) string {
	if d.Profile != nil && !d.Profile.Formal && o.Partner != "" && o.Name != "" {
		return names.Tidy(o.Name)
	}
	return names.Tidy(o.Raw)
}

// Organisations groups the organisation uses that name the same
// organisation ("Qualcomm Inc. (TIA)", "Qualcomm Inc.", "Qualcomm Inc,
// (ATIS)"), in order of first use.
func (d *Document) Organisations() []*Organisation {
	uses := d.Orgs
	parent := make([]int, len(uses))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		// The earlier use stays the root, so groups keep document order.
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	// Distinct keys are few; compare keys, not uses.
	first := map[string]int{}
	var keys []string
	for i, u := range uses {
		if j, ok := first[u.Org.Key]; ok {
			union(i, j)
			continue
		}
		first[u.Org.Key] = i
		keys = append(keys, u.Org.Key)
	}
	// "Red Hat" and "Redhat": a space more or less.
	bySpaceless := map[string]string{}
	for _, k := range keys {
		sk := strings.ReplaceAll(k, " ", "")
		if other, ok := bySpaceless[sk]; ok && names.SameOrg(other, k) {
			union(first[other], first[k])
		} else if !ok {
			bySpaceless[sk] = k
		}
	}
	// Otherwise keys naming one organisation share their first word (SameOrg
	// compares word by word from the start), so only keys with the same
	// first word are compared: a list of thousands of companies stays
	// fast.
	byFirst := map[string][]string{}
	for _, k := range keys {
		w, _, _ := strings.Cut(k, " ")
		byFirst[w] = append(byFirst[w], k)
	}
	for _, k := range keys {
		w, _, _ := strings.Cut(k, " ")
		group := byFirst[w]
		if len(group) < 2 || group[0] != k {
			continue
		}
		for a := range group {
			for b := a + 1; b < len(group); b++ {
				if names.SameOrg(group[a], group[b]) {
					union(first[group[a]], first[group[b]])
				}
			}
		}
	}
	byRoot := map[int]*Organisation{}
	var out []*Organisation
	listed := map[*Organisation]map[string]bool{}
	for i, u := range uses {
		root := find(i)
		o := byRoot[root]
		if o == nil {
			o = &Organisation{Count: map[string]int{}}
			byRoot[root] = o
			listed[o] = map[string]bool{}
			out = append(out, o)
		}
		form := d.OrgForm(u.Org)
		if o.Count[form] == 0 {
			o.Forms = append(o.Forms, form)
		}
		o.Count[form]++
		o.Uses = append(o.Uses, u)
		if u.Role == "participant" {
			listed[o][form] = true
		}
	}
	for _, o := range out {
		ref := o.Forms[0]
		for _, f := range o.Forms[1:] {
			if o.Count[f] > o.Count[ref] || o.Count[f] == o.Count[ref] && listed[o][f] && !listed[o][ref] {
				ref = f
			}
		}
		o.Reference = ref
	}
	return out
}
