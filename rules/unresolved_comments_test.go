package rules_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

func TestUnresolvedComments(t *testing.T) {
	open := source.Mark{Kind: source.Comment, Author: "Karen Hughes", Text: "Check this date", Anchor: "2016-01-0", Pos: source.Position{Paragraph: 4}}
	done := source.Mark{Kind: source.Comment, Author: "Phil", Text: "Done", Resolved: true, Pos: source.Position{Paragraph: 2}}
	done2 := source.Mark{Kind: source.Comment, Author: "Phil", Text: "Also done", Resolved: true, Pos: source.Position{Paragraph: 4}}
	anon := source.Mark{Kind: source.Comment, Text: "Who said this?", Pos: source.Position{Paragraph: 2}}
	cases := []struct {
		name    string
		file    *source.File
		want    []string
		message string // prefix of the first finding's message
	}{
		{"open and resolved", wordFile(source.Docx, open, done, done2), []string{"Done", "Check this date"}, "2 resolved review comments"},
		{"one open comment", wordFile(source.Docx, open), []string{"Check this date"}, "An open review comment by Karen Hughes"},
		{"no author", wordFile(source.Docx, anon), []string{"Who said this?"}, "An open review comment by an unnamed reviewer"},
		{"no comments", wordFile(source.Docx), nil, ""},
		{"tracked changes are not comments", wordFile(source.Docx,
			source.Mark{Kind: source.Insertion, Author: "Phil", Text: "x", Pos: source.Position{Paragraph: 2}}), nil, ""},
		{"text files have no comments", wordFile(source.Text, open), nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := checkFile(t, "unresolved-comments", tc.file)
			if got := subjects(fs); !slices.Equal(got, tc.want) {
				t.Fatalf("subjects = %q, want %q", got, tc.want)
			}
			if len(fs) > 0 && !strings.HasPrefix(fs[0].Message, tc.message) {
				t.Errorf("message = %q, want prefix %q", fs[0].Message, tc.message)
			}
		})
	}
}
