package rules_test

import (
	"slices"
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

func TestHiddenText(t *testing.T) {
	hidden := source.Mark{Kind: source.Hidden, Text: "confidential remark", Pos: source.Position{Paragraph: 2}}
	cases := []struct {
		name string
		file *source.File
		want []string
	}{
		{"hidden run", wordFile(source.Docx, hidden), []string{"confidential remark"}},
		{"hidden run in a .doc", wordFile(source.Doc, hidden), []string{"confidential remark"}},
		{"nothing hidden", wordFile(source.Docx), nil},
		{"a comment is not hidden text", wordFile(source.Docx,
			source.Mark{Kind: source.Comment, Text: "note", Pos: source.Position{Paragraph: 2}}), nil},
		{"text files have no hidden text", wordFile(source.Text, hidden), nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := checkFile(t, "hidden-text", tc.file)
			if got := subjects(fs); !slices.Equal(got, tc.want) {
				t.Fatalf("subjects = %q, want %q", got, tc.want)
			}
			if len(fs) > 0 && (fs[0].Location.Section != "1" || fs[0].Location.Paragraph != 2) {
				t.Errorf("location = %+v, want §1 paragraph 2", fs[0].Location)
			}
		})
	}
}
