// Package rules holds the checks run over a minutes document. Each rule
// lives in its own file, has a stable kebab-case ID that config files,
// baselines and CI scripts name, a default severity, and an explanation
// for `minuteslint explain`.
package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/source"
)

// Meta describes a rule.
type Meta struct {
	ID       string
	Severity finding.Severity
	// Summary is one line for `minuteslint rules`.
	Summary string
	// Explanation says what the rule checks and why it matters.
	Explanation string
	// Example shows minutes text the rule reports.
	Example string
	// Profiles restricts the rule to some profiles; empty means all.
	Profiles []string
	// Formats restricts the rule to some file formats; empty means all.
	Formats []source.Format
}

// Applies reports whether the rule runs on a document.
func (m Meta) Applies(d *minutes.Document) bool {
	if len(m.Profiles) > 0 && !slices.Contains(m.Profiles, d.Profile.Name) {
		return false
	}
	if len(m.Formats) > 0 && (d.File == nil || !slices.Contains(m.Formats, d.File.Format)) {
		return false
	}
	return true
}

// Rule is one check.
type Rule interface {
	Meta() Meta
	Check(d *minutes.Document, r *Reporter)
}

var registry = map[string]Rule{}

func register(r Rule) {
	id := r.Meta().ID
	if _, dup := registry[id]; dup {
		panic("rules: duplicate rule ID " + id)
	}
	registry[id] = r
}

// All returns every rule, sorted by ID.
func All() []Rule {
	out := make([]Rule, 0, len(registry))
	for _, r := range registry {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Meta().ID < out[j].Meta().ID })
	return out
}

// Lookup finds a rule by ID.
func Lookup(id string) (Rule, error) {
	if r, ok := registry[id]; ok {
		return r, nil
	}
	var near []string
	for known := range registry {
		if strings.Contains(known, id) || strings.Contains(id, known) {
			near = append(near, known)
		}
	}
	sort.Strings(near)
	if len(near) > 0 {
		return nil, fmt.Errorf("unknown rule %q (did you mean %s?)", id, strings.Join(near, ", "))
	}
	return nil, fmt.Errorf("unknown rule %q (see `minuteslint rules`)", id)
}

// Reporter collects a rule's findings on one document.
type Reporter struct {
	meta     Meta
	file     string
	findings []finding.Finding
}

// Option adds detail to a finding.
type Option func(*finding.Finding)

// Suggest proposes a fix.
func Suggest(format string, args ...any) Option {
	return func(f *finding.Finding) { f.Suggestion = fmt.Sprintf(format, args...) }
}

// Also points at another place that explains the finding.
func Also(message string, at minutes.Place) Option {
	return func(f *finding.Finding) {
		f.Related = append(f.Related, finding.Related{Message: message, Location: at.Location(), Excerpt: at.Excerpt("")})
	}
}

// Excerpt replaces the default excerpt (the text of the block).
// About links the finding to the contribution it concerns; nil is allowed
// and links nothing.
func About(c *minutes.Contribution) Option {
	return func(f *finding.Finding) {
		if c != nil {
			f.Contribution = c.Number.Raw
		}
	}
}

func Excerpt(s string) Option {
	return func(f *finding.Finding) { f.Excerpt = s }
}

// Report records a finding at a place about subject (written as in the
// source).
func (r *Reporter) Report(at minutes.Place, subject, message string, opts ...Option) {
	f := finding.Finding{
		File:     r.file,
		Rule:     r.meta.ID,
		Severity: r.meta.Severity,
		Message:  message,
		Subject:  subject,
		Location: at.Location(),
		Excerpt:  at.Excerpt(subject),
	}
	for _, o := range opts {
		o(&f)
	}
	r.findings = append(r.findings, f)
}

// Run runs the rules that apply to d and returns their findings, in
// document order.
func Run(d *minutes.Document, rules []Rule) []finding.Finding {
	var out []finding.Finding
	name := ""
	if d.File != nil {
		name = d.File.Name
	}
	for _, rule := range rules {
		m := rule.Meta()
		if !m.Applies(d) {
			continue
		}
		rep := &Reporter{meta: m, file: name}
		rule.Check(d, rep)
		out = append(out, rep.findings...)
	}
	slices.SortStableFunc(out, finding.Compare)
	return out
}

// line describes where a place is, for messages that mention a second
// place ("also at line 120").
func where(at minutes.Place) string {
	p := at.Pos
	switch {
	case p.Line > 0:
		return fmt.Sprintf("line %d", p.Line)
	case p.Table > 0 && p.Row > 0:
		return fmt.Sprintf("table %d row %d", p.Table, p.Row)
	case p.Paragraph > 0:
		return fmt.Sprintf("paragraph %d", p.Paragraph)
	}
	return at.Section.Name()
}
