package rules_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/rules"
)

// The core rule IDs are part of the public interface (DESIGN §4).
var coreIDs = []string{
	"missing-disposition", "unknown-disposition", "conflicting-disposition", "dangling-revision",
	"revision-pending", "invalid-date", "date-format", "date-out-of-range", "incomplete-contribution",
	"doc-number-format", "section-numbering", "participant-unlisted", "participant-name-variant",
	"duplicate-participant", "organisation-inconsistent", "tracked-changes", "unresolved-comments",
	"placeholder-text", "field-error", "duplicate-contribution", "hidden-text",
}

func TestRegistry(t *testing.T) {
	for _, id := range coreIDs {
		if _, err := rules.Lookup(id); err != nil {
			t.Errorf("core rule %s: %v", id, err)
		}
	}
	kebab := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	for _, r := range rules.All() {
		m := r.Meta()
		if !kebab.MatchString(m.ID) {
			t.Errorf("%s: ID is not kebab-case", m.ID)
		}
		if m.Severity == 0 || m.Summary == "" || m.Explanation == "" || m.Example == "" {
			t.Errorf("%s: incomplete metadata", m.ID)
		}
		// One rule per file, with its own tests.
		file := strings.ReplaceAll(m.ID, "-", "_") + ".go"
		if _, err := os.Stat(file); err != nil {
			t.Errorf("%s: expected the rule in %s", m.ID, file)
		}
	}
	if _, err := rules.Lookup("missing-dispo"); err == nil {
		t.Error("unknown ID accepted")
	}
	if _, err := filepath.Abs("."); err != nil {
		t.Fatal(err)
	}
}

// The README's rule table is the users' list of rules: every rule is in it.
func TestReadmeListsEveryRule(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules.All() {
		id := r.Meta().ID
		if !strings.Contains(string(data), "| "+id+" | "+r.Meta().Severity.String()+" |") {
			t.Errorf("README.md has no row for %s (%s)", id, r.Meta().Severity)
		}
	}
}
