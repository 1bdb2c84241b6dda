package rules_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/recognize"
	"github.com/minuteslint/minuteslint/rules"
	"github.com/minuteslint/minuteslint/source"
)

// wordFile is a small Word document as the docx reader hands it over.
func wordFile(format source.Format, marks ...source.Mark) *source.File {
	return &source.File{
		Name:   "minutes.docx",
		Format: format,
		Blocks: []source.Block{
			{Kind: source.Heading, Text: "Opening", Number: "1", Level: 1, Pos: source.Position{Paragraph: 1}},
			{Kind: source.Paragraph, Text: "The chair opened the meeting.", Pos: source.Position{Paragraph: 2}},
			{Kind: source.Heading, Text: "Contributions", Number: "6", Level: 1, Pos: source.Position{Paragraph: 3}},
			{Kind: source.Paragraph, Text: "SEC-2016-0002 was NOTED", Pos: source.Position{Paragraph: 4}},
		},
		Marks: marks,
	}
}

func checkFile(t *testing.T, id string, f *source.File) []finding.Finding {
	t.Helper()
	r, err := rules.Lookup(id)
	if err != nil {
		t.Fatal(err)
	}
	return rules.Run(recognize.Recognize(f, profile.OneM2M), []rules.Rule{r})
}

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

func TestUnresolvedComments(t *testing.T) {
	fs := checkFile(t, "unresolved-comments", wordFile(source.Docx,
		source.Mark{Kind: source.Comment, Author: "Karen Hughes", Text: "Check this date", Pos: source.Position{Paragraph: 4}},
		source.Mark{Kind: source.Comment, Author: "Phil", Text: "Done", Resolved: true, Pos: source.Position{Paragraph: 2}},
		source.Mark{Kind: source.Comment, Author: "Phil", Text: "Also done", Resolved: true, Pos: source.Position{Paragraph: 4}},
	))
	if got := subjects(fs); !slices.Equal(got, []string{"Done", "Check this date"}) {
		t.Fatalf("subjects = %q", got)
	}
	if !strings.HasPrefix(fs[0].Message, "2 resolved review comments") {
		t.Errorf("message = %q", fs[0].Message)
	}
}

func TestHiddenText(t *testing.T) {
	fs := checkFile(t, "hidden-text", wordFile(source.Docx,
		source.Mark{Kind: source.Hidden, Text: "confidential remark", Pos: source.Position{Paragraph: 2}}))
	if got := subjects(fs); !slices.Equal(got, []string{"confidential remark"}) {
		t.Fatalf("subjects = %q", got)
	}
	if fs[0].Location.Section != "1" {
		t.Errorf("section = %q", fs[0].Location.Section)
	}
}

func TestPlaceholderContentControl(t *testing.T) {
	fs := checkFile(t, "placeholder-text", wordFile(source.Docx,
		source.Mark{Kind: source.Placeholder, Text: "Click or tap to enter a date.", Pos: source.Position{Paragraph: 2}}))
	if len(fs) != 1 || fs[0].Location.Paragraph != 2 {
		t.Fatalf("got %+v", fs)
	}
}
