package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/source"
)

type trackedChanges struct{}

func init() { register(trackedChanges{}) }

func (trackedChanges) Meta() Meta {
	return Meta{
		ID:       "tracked-changes",
		Severity: finding.Error,
		Summary:  "unaccepted tracked changes left in a Word file",
		Explanation: `Published minutes are the approved record. Tracked changes left in the Word
file mean readers see (or can reveal) text that was deleted and edits
nobody accepted, and the reviewers' names travel with the file. Accept or
reject every change (Review > Accept > Accept All Changes) and switch
tracking off before publishing. One finding is given per author, with the
count of their changes, at the first of them.`,
		Example:  `word/document.xml: <w:ins w:author="Puneet Jain" …>`,
		Formats:  []source.Format{source.Docx, source.Doc},
		Profiles: nil,
	}
}

func (trackedChanges) Check(d *minutes.Document, r *Reporter) {
	type tally struct {
		first source.Mark
		// sample is the first change with words in it, for the excerpt:
		// a changed paragraph mark alone ("¶") says nothing.
		sample string
		kinds  map[source.MarkKind]int
		n      int
	}
	byAuthor := map[string]*tally{}
	var authors []string
	for _, m := range d.File.Marks {
		switch m.Kind {
		case source.Insertion, source.Deletion, source.MoveFrom, source.MoveTo, source.FormatChange:
		default:
			continue
		}
		t := byAuthor[m.Author]
		if t == nil {
			t = &tally{first: m, kinds: map[source.MarkKind]int{}}
			byAuthor[m.Author] = t
			authors = append(authors, m.Author)
		}
		t.kinds[m.Kind]++
		t.n++
		if t.sample == "" && strings.Trim(m.Text, "¶ \t\n") != "" {
			t.sample = m.Text
		}
	}
	for _, a := range authors {
		t := byAuthor[a]
		var parts []string
		kinds := make([]source.MarkKind, 0, len(t.kinds))
		for k := range t.kinds {
			kinds = append(kinds, k)
		}
		sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
		for _, k := range kinds {
			parts = append(parts, fmt.Sprintf("%d %s", t.kinds[k], plural(k.String(), t.kinds[k])))
		}
		who := a
		if who == "" {
			who = "an unnamed author"
		}
		at := minutes.Place{Pos: t.first.Pos, Text: t.first.Text, Section: sectionAt(d, t.first.Pos)}
		r.Report(at, a, fmt.Sprintf("%d tracked %s by %s %s not accepted or rejected (%s); the first is here.",
			t.n, plural("change", t.n), who, isAre(t.n), strings.Join(parts, ", ")),
			Excerpt(minutes.Excerpt(t.sample, "")),
			Suggest("Review > Accept All Changes (or reject them), then switch Track Changes off."))
	}
	if d.File.Props.TrackRevisions && len(authors) == 0 {
		r.Report(minutes.Place{}, "Track Changes", "Track Changes is still switched on: every later edit will be recorded as a change.",
			Suggest("Review > Track Changes: switch it off before publishing."))
	}
}

func plural(word string, n int) string {
	if n == 1 {
		return word
	}
	switch {
	case strings.HasSuffix(word, "text"), strings.HasSuffix(word, ")"):
		return word
	case strings.HasSuffix(word, "ch"):
		return word + "es"
	}
	return word + "s"
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}
