package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
)

type sectionNumbering struct{}

func init() { register(sectionNumbering{}) }

func (sectionNumbering) Meta() Meta {
	return Meta{
		ID:       "section-numbering",
		Severity: finding.Warning,
		Summary:  "duplicate, skipped or out-of-order section numbers",
		Explanation: `Section numbers follow the agenda, and findings, actions and the chair's
spreadsheet refer to them. A number used twice, a gap (6.2 then 6.5) or a
number going backwards usually means a heading was typed by hand or a
section was pasted from another document. Gaps are reported only in formal
minutes (oneM2M, 3GPP): informal notes number their headings after the
agenda and skip the items a session did not reach.`,
		Example: `6.1 End-to-End Security …
6.2 Dynamic Authorization for IoT
6.5 Privacy Profiles interoperability     (6.3 and 6.4 are missing)`,
	}
}

var numericSection = regexp.MustCompile(`^\d+(?:\.\d+)*$`)

func (sectionNumbering) Check(d *minutes.Document, r *Reporter) {
	seen := map[string]*minutes.Section{}
	lastChild := map[string]int{}
	var prev *minutes.Section
	for _, s := range d.Sections {
		if !numericSection.MatchString(s.Number) {
			continue
		}
		parts := strings.Split(s.Number, ".")
		n, _ := strconv.Atoi(parts[len(parts)-1])
		parent := strings.Join(parts[:len(parts)-1], ".")
		at := s.At
		if prev, dup := seen[s.Number]; dup {
			r.Report(at, s.Number, fmt.Sprintf("Section number %s is used twice (also at %s, %q).", s.Number, where(prev.At), prev.Title),
				Also("first use", prev.At), Suggest("Renumber the sections."))
			continue
		}
		seen[s.Number] = s
		before := prev
		prev = s
		if before != nil && less(s.Number, before.Number) {
			r.Report(at, s.Number, fmt.Sprintf("Section %s comes after section %s: the numbers go backwards.", s.Number, before.Number),
				Also("previous section", before.At), Suggest("Renumber the sections in order."))
			lastChild[parent] = max(n, lastChild[parent])
			continue
		}
		if parent != "" && seen[parent] == nil && d.Profile.Formal {
			r.Report(at, s.Number, fmt.Sprintf("Section %s has no section %s above it.", s.Number, parent),
				Suggest("Check the heading's number and level."))
		}
		last := lastChild[parent]
		// Informal notes number their headings after the agenda and
		// skip the items a session did not reach; only formal minutes
		// must number without gaps.
		if !d.Profile.Formal {
			lastChild[parent] = max(n, last)
			continue
		}
		if n > last+1 && (parent == "" || seen[parent] != nil) {
			r.Report(at, s.Number, fmt.Sprintf("Section %s follows %s: %s missing.", s.Number, previous(parent, last), missingRange(parent, last+1, n-1)),
				Suggest("Renumber the section, or add the missing sections (an empty section can say \"None\")."))
		}
		lastChild[parent] = max(n, last)
	}
}

// less compares section numbers part by part as numbers: 6.2 < 6.10 < 7.
func less(a, b string) bool {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		x, _ := strconv.Atoi(pa[i])
		y, _ := strconv.Atoi(pb[i])
		if x != y {
			return x < y
		}
	}
	return len(pa) < len(pb)
}

func join(parent string, n int) string {
	if parent == "" {
		return strconv.Itoa(n)
	}
	return parent + "." + strconv.Itoa(n)
}

func previous(parent string, last int) string {
	if last == 0 {
		if parent == "" {
			return "the start of the document"
		}
		return "section " + parent
	}
	return "section " + join(parent, last)
}

func missingRange(parent string, from, to int) string {
	switch {
	case from == to:
		return join(parent, from) + " is"
	case to == from+1:
		return join(parent, from) + " and " + join(parent, to) + " are"
	}
	return join(parent, from) + " to " + join(parent, to) + " are"
}
