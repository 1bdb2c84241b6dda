package rules_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

func TestDateField(t *testing.T) {
	field := func(instr, result string) source.Mark {
		return source.Mark{Kind: source.Field, Text: instr, Result: result, Pos: source.Position{Paragraph: 4}}
	}
	cases := []struct {
		name    string
		file    *source.File
		want    []string
		message string
	}{
		{"DATE field", wordFile(source.Docx, field(`DATE \@ "yyyy-MM-dd"`, "2016-01-14")),
			[]string{`DATE \@ "yyyy-MM-dd"`}, `A DATE field shows "2016-01-14" now`},
		{"lower case, extra spaces", wordFile(source.Docx, field(` time  \@ "HH:mm"`, "10:30")),
			[]string{` time  \@ "HH:mm"`}, `A TIME field shows "10:30" now`},
		{"no cached result", wordFile(source.Doc, field("DATE", "")), []string{"DATE"}, "A DATE field shows the date the file is opened"},
		{"creation date is stable", wordFile(source.Docx, field("CREATEDATE", "2016-01-14")), nil, ""},
		{"save date is stable", wordFile(source.Docx, field("SAVEDATE", "2016-01-14")), nil, ""},
		{"a word starting with DATE is not DATE", wordFile(source.Docx, field("DATEX", "x")), nil, ""},
		{"other fields", wordFile(source.Docx, field("PAGE", "7"), field(`REF _Ref1 \h`, "6.1")), nil, ""},
		{"text files have no fields", wordFile(source.Text, field("DATE", "2016-01-14")), nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := checkFile(t, "date-field", tc.file)
			if got := subjects(fs); !slices.Equal(got, tc.want) {
				t.Fatalf("subjects = %q, want %q", got, tc.want)
			}
			if len(fs) == 0 {
				return
			}
			if !strings.HasPrefix(fs[0].Message, tc.message) {
				t.Errorf("message = %q, want prefix %q", fs[0].Message, tc.message)
			}
			if fs[0].Location.Section != "6" || fs[0].Location.Paragraph != 4 {
				t.Errorf("location = %+v, want §6 paragraph 4", fs[0].Location)
			}
		})
	}
}
