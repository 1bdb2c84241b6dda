package rules_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/reader/markdown"
	"github.com/minuteslint/minuteslint/recognize"
	"github.com/minuteslint/minuteslint/rules"

	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/source"
)

func TestPlaceholderText(t *testing.T) {
	runCases(t, "placeholder-text", []ruleCase{
		{name: "clean", body: "The meeting agreed the plan.\n"},
		{name: "tbd", body: "Next meeting: TBD\n", want: []string{"TBD"}},
		{name: "tbd inside a word is fine", body: "The TBDX project.\n"},
		{name: "xx number", body: "SEC-2016-xxxx was presented.\n", want: []string{"SEC-2016-xxxx"}},
		{name: "xx alone", body: "Attendance: xx people.\n", want: []string{"xx"}},
		{name: "words with x are fine", body: "Exxon and the xxl size and Xerox.\n"},
		{name: "angle guidance", body: "Venue: <insert venue>\n", want: []string{"<insert venue>"}},
		{name: "irc nick is not guidance", body: "<Julian> works for me\n<roy.fielding> fine\n"},
		{name: "square guidance", body: "Chair: [enter name]\n", want: []string{"[enter name]"}},
		{name: "word prompt", body: "Click or tap here to enter text.\n", want: []string{"Click or tap here to enter text."}},
		{name: "blank", body: "Called to order at ___ by ____\n", want: []string{"___", "____"}},
		{name: "date template", body: "Date: yyyy-mm-dd\n", want: []string{"yyyy-mm-dd"}},
		{name: "oneM2M cover checkbox", full: header + "\tIntended purpose of\n\ndocument:\n\t Decision\n\n Other <specify>\n\n1\nOpening\nx\n"},
		{name: "informal notes discuss TBD", body: "Note that it says TBD at the moment.\nthe user wants to do xxx first\n", profile: profile.Generic},
		{name: "informal notes leave a value TBD", body: "Next meeting: TBD\n", profile: profile.Generic, want: []string{"TBD"}},
		{name: "choices left open", body: "Quorum [was/was not] reached with [?] voting members present.\n[Isaac or Jay] called the meeting to order.\nAny other business? [None?]\n",
			profile: profile.Generic, want: []string{"[was/was not]", "[?]", "[Isaac or Jay]", "[None?]"}},
		{name: "a value in brackets", body: "Alex: [name] is our representative.\n", profile: profile.Generic, want: []string{"[name]"}},
		{name: "brackets that are not choices", body: "- [x] Tess\n- [ ] Dan\nWe use [TCP/IP] here [sic] and [we agreed to close] [Action] [10:42] [link](http://x) and a[name] [Present/Absent](http://x).\n", profile: profile.Generic},
		{name: "question marks as a value", body: "Outreach - ??\nDecision: ???\n* ...\n", profile: profile.Generic, want: []string{"??", "???", "..."}},
		{name: "question marks in prose", body: "Really?? He said so ... and left.\nThe list is long...\nMove to 3pm/5pm ???\n", profile: profile.Generic},
		{name: "choices are not tags", body: "[Isaac or Jay] called the meeting to order.\n[Maybe one or No] members attended.\n[Present/Absent]\n", profile: profile.Generic,
			want: []string{"[Isaac or Jay]", "[Maybe one or No]", "[Present/Absent]"}},
		{name: "filled cells are not tags", body: "| Name | Present |\n| Ann | [Present] |\n| Bo | [Absent] |\n[Isaac or Jay] called the meeting to order.\nQuorum [was/wasnot] reached.\n", profile: profile.Generic,
			want: []string{"[Isaac or Jay]", "[was/wasnot]"}},
		{name: "presenters tagged at the end of items", body: "1. Opcodes [Yoichi]\n2. Gas prices [Martin HS/Arkadiy]\n3. Roadmap [Peter]\n", profile: profile.Generic},
		{name: "tags of two values in lower case", body: "- [jason/luca] Proposed roadmap items\n- [melissa] to prioritise this\n- [jason] tests\n", profile: profile.Generic},
		{name: "tags of two values", body: "- [Tech/Gaming] Raven\n- [Tech] Tara\n- [Publicity] Charis\n- [Isaac or Jay] to chair\n", profile: profile.Generic},
		{name: "guidance in parentheses and empty slots", body: "Attendees: (FILL IN)\nHow many have read the draft? <>\nWe use List<> and (to be fair) x <> y.\n", profile: profile.Generic,
			want: []string{"(FILL IN)", "<>"}},
		{name: "more leftovers", body: "Attendees: TODO\n# Meeting 2018-04-xx\nScribe: ?\n", profile: profile.Generic, want: []string{"TODO", "2018-04-xx", "?"}},
		{name: "not leftovers", body: "We discussed the TODO list in the code.\nThey asked about the signal. [why?] It is new.\nIs this ready?\nRelease 2018-04-15 happened.\n", profile: profile.Generic},
		{name: "a speaker nobody named", body: "??: I think we should wait.\n?? (Firefox): agreed\n?? from Google asked.\nYves: ...\nEKR: ... Mark: yes\n[to revisit later?]\n", profile: profile.Generic},
		{name: "guidance on the cover page", full: header + "Other <specify> more\n<specify> here\n1\nOpening\nx\n", want: []string{"<specify>"}},
	})
}

func TestPlaceholderContentControl(t *testing.T) {
	fs := checkFile(t, "placeholder-text", wordFile(source.Docx,
		source.Mark{Kind: source.Placeholder, Text: "Click or tap to enter a date.", Pos: source.Position{Paragraph: 2}}))
	if len(fs) != 1 || fs[0].Location.Paragraph != 2 {
		t.Fatalf("got %+v", fs)
	}
}

// An ellipsis line inside a Word paragraph elides part of a quotation; a
// paragraph that is only an ellipsis is notes never written.
func TestPlaceholderEllipsis(t *testing.T) {
	f := wordFile(source.Docx)
	f.Blocks = append(f.Blocks,
		source.Block{Kind: source.Paragraph, Text: "The LS says:\n…\nthe rest of it.", Pos: source.Position{Paragraph: 5}},
		source.Block{Kind: source.Paragraph, Text: "...", Pos: source.Position{Paragraph: 6}})
	fs := checkFile(t, "placeholder-text", f)
	if len(fs) != 1 || fs[0].Location.Paragraph != 6 {
		t.Fatalf("got %+v", fs)
	}
}

// The same leftover in every row of a table is one finding, with the
// count; leftovers elsewhere are each their own.
func TestPlaceholderTable(t *testing.T) {
	const text = "# Roll call\n\n| Name | Present |\n| --- | --- |\n| Ann Lee | [Present/Absent] |\n| Bo Chu | [Present/Absent] |\n| Cy Dunn | [Present/Absent] |\n\nNext meeting: TBD\n\nTime: TBD\n"
	f, err := markdown.Read("m.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	rule, err := rules.Lookup("placeholder-text")
	if err != nil {
		t.Fatal(err)
	}
	fs := rules.Run(recognize.Recognize(f, profile.Generic), []rules.Rule{rule})
	if got := subjects(fs); !slices.Equal(got, []string{"[Present/Absent]", "TBD", "TBD"}) {
		t.Fatalf("subjects = %q", got)
	}
	if !strings.Contains(fs[0].Message, "2 more cells") || len(fs[0].Related) != 1 || fs[0].Location.Row != 2 {
		t.Errorf("table finding: %+v", fs[0])
	}
}
