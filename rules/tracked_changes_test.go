package rules_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

func TestTrackedChanges(t *testing.T) {
	marks := []source.Mark{
		{Kind: source.Insertion, Author: "Puneet Jain", Text: "¶", Pos: source.Position{Paragraph: 4}},
		{Kind: source.Insertion, Author: "Puneet Jain", Text: "more", Pos: source.Position{Paragraph: 4}},
		{Kind: source.Deletion, Author: "Karen Hughes", Text: "old", Pos: source.Position{Paragraph: 2}},
		{Kind: source.Comment, Author: "Karen Hughes", Text: "a comment is not a change", Pos: source.Position{Paragraph: 2}},
	}
	fs := checkFile(t, "tracked-changes", wordFile(source.Docx, marks...))
	if got := subjects(fs); !slices.Equal(got, []string{"Karen Hughes", "Puneet Jain"}) {
		t.Fatalf("subjects = %q", got)
	}
	if !strings.HasPrefix(fs[1].Message, "2 tracked changes by Puneet Jain are not accepted") {
		t.Errorf("message = %q", fs[1].Message)
	}
	if fs[1].Excerpt != "more" {
		t.Errorf("excerpt = %q, want the first change with words", fs[1].Excerpt)
	}
	if fs[1].Location.Section != "6" || fs[1].Location.Paragraph != 4 {
		t.Errorf("location = %+v", fs[1].Location)
	}
	if fs := checkFile(t, "tracked-changes", wordFile(source.Docx)); len(fs) != 0 {
		t.Errorf("clean file: %+v", fs)
	}
	// Text files have no tracked changes to report.
	if fs := checkFile(t, "tracked-changes", wordFile(source.Text, marks...)); len(fs) != 0 {
		t.Errorf("text file: %+v", fs)
	}
}
