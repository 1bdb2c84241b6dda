package recognize

import (
	"regexp"
	"strings"

	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/profile"
)

// Reading minutes whose documents are introduced by paragraphs, as 3GPP
// reports do:
//
//	TD S2-1903157 23.682 CR0436 (Rel-15, 'F'): Group message delivery. (Source: Ericsson).
//	Document for: Approval.
//	Discussion and conclusion:
//	Parallel session:
//	Revised to TD S2-1903931.   <RETURN - OPEN>

var (
	entryStart   = regexp.MustCompile(`^(?:TD|Tdoc|TDoc)?[\s\x{a0}]*`)
	sourceParen  = regexp.MustCompile(`\(\s*(?:Source:\s*)?([^()]*(?:\([^()]*\)[^()]*)*)\)\s*\.?\s*$`)
	revisionOfRE = regexp.MustCompile(`(?i)\(\s*revision of\s+(?:postponed\s+)?(?:TD\s*)?([^()]*?)\s*(?:from\s+[^()]*)?\)\s*\.?\s*$`)
	docTypeRE    = regexp.MustCompile(`^\(([A-Z][A-Z -]{1,20})\)\s*`)

	// Events in an outcome paragraph, in the order they are written.
	revisedRE = regexp.MustCompile(`(?i)\brevised(?:\s+off-?line|\s+in\s+(?:the\s+)?(?:parallel|plenary)\s+session|\s+in\s+plenary)?(?:\s*,\s*merging\s+[^,]{1,200}?,)?\s+(?:to|in|into|as)\s+(?:TD[\s\x{a0}]*)?$`)
	mergedRE  = regexp.MustCompile(`(?i)\bmerged\s+(?:in|into|with)\s+(?:TD[\s\x{a0}]*)?$`)
	// An outcome is a sentence that opens with it ("Noted in parallel
	// session.", "Agreed.") or says it of the document ("This LS was
	// reviewed and noted."); "NAS approach is endorsed" is about something
	// else.
	outcomeRE = regexp.MustCompile(`(?i)(?:^\s*|[.;!]\s+|\band\s+(?:was|is|were|has\s+been)\s+(?:then\s+)?|\b(?:this|it|which|the\s+(?:LS|CR|pCR|P-CR|document|contribution|report|draft\s+agenda|agenda|paper|TD|Tdoc|proposal|DP|discussion\s+paper|WID|SID|draft|reply|response|schedule))(?:\s+[A-Za-z-]+)?\s+(?:was|is|were|has\s+been)\s+(?:then\s+|also\s+|finally\s+)?(?:[a-z]+\s+and\s+)?)(technically endorsed|partially approved|partially agreed|conditionally agreed|conditionally approved|not handled|not treated|not pursued|noted|agreed|approved|endorsed|postponed|withdrawn|rejected)\b`)
	// The labels after which an entry's outcome is written.
	outcomeLabel     = regexp.MustCompile(`(?i)^\s*(?:discussion and conclusions?|parallel session|plenary session|conclusions?|decision|outcome|result)\s*:`)
	opensWithOutcome = regexp.MustCompile(`(?i)^\s*(?:technically endorsed|partially approved|partially agreed|conditionally agreed|conditionally approved|not handled|not treated|not pursued|noted|agreed|approved|endorsed|postponed|withdrawn|rejected|revised\s+(?:to|in|into)|merged\s+(?:in|into|with))\b`)
	tagRE            = regexp.MustCompile(`<\s*([A-Za-z][A-Za-z -]{2,40}?)\s*>`)
)

// entry reads a paragraph that introduces a document. It reports whether
// the paragraph was one.
func (r *recognizer) entry(at minutes.Place) bool {
	p := r.doc.Profile
	text := at.Text
	lead := entryStart.FindString(text)
	found := p.FindNumbers(text)
	if len(found) == 0 || found[0].Start != len(lead) {
		return false
	}
	num := found[0].Number
	firstLine, rest, _ := strings.Cut(text[found[0].End:], "\n")
	firstLine = strings.TrimSpace(firstLine)
	// "R2-2001239 was noted." says what became of a document; it does not
	// introduce one.
	if firstLine == "" || dispositionVerb.MatchString(firstLine) {
		return false
	}
	defer func() {
		// "TD R2-2001241 Title. (Source: Nokia)" and its outcome on the
		// next line of the same paragraph.
		if strings.TrimSpace(rest) != "" {
			r.outcomes(minutes.Place{Pos: at.Pos, Section: at.Section, Text: rest})
		}
	}()
	c := r.contribution(num)
	listing := minutes.Listing{At: at}
	if m := revisionOfRE.FindStringSubmatchIndex(firstLine); m != nil {
		if rev := p.FindNumbers(firstLine[m[2]:m[3]]); len(rev) > 0 {
			listing.RevisionOf = rev[0].Number.ID
		}
		firstLine = strings.TrimSpace(firstLine[:m[0]])
	}
	if m := sourceParen.FindStringSubmatchIndex(firstLine); m != nil {
		listing.Source = strings.TrimSpace(firstLine[m[2]:m[3]])
		firstLine = strings.TrimSpace(firstLine[:m[0]])
	}
	firstLine = docTypeRE.ReplaceAllString(firstLine, "")
	listing.Title = strings.TrimSpace(strings.TrimSuffix(firstLine, "."))
	if c.Listed {
		c.Relisted = append(c.Relisted, listing)
		r.current = c
		r.inOutcome = false
		return true
	}
	c.Listed = true
	c.At = at
	c.Title = minutes.Field{Value: listing.Title, Present: true, At: at}
	c.Source = minutes.Field{Value: listing.Source, Present: listing.Source != "", At: at}
	if listing.RevisionOf != "" {
		c.RevisionOf = listing.RevisionOf
	}
	r.current = c
	r.inOutcome = false
	return true
}

// outcomes reads the decisions written in a paragraph under a document
// entry. "Revised to TD S2-1903890. <RETURN - OPEN>" revises the entry and
// leaves its revision open: what follows a revision or a merge in the
// same paragraph is said of the new document.
func (r *recognizer) outcomes(at minutes.Place) {
	subject := r.current
	if subject == nil {
		return
	}
	// Before the conclusion labels come the abstract and the convenor's
	// comments, whose "merged into" is a proposal, not an outcome.
	if outcomeLabel.MatchString(at.Text) {
		r.inOutcome = true
		at.Text = outcomeLabel.ReplaceAllString(at.Text, "")
	}
	// A paragraph that opens with the outcome ("Noted.", "Revised to TD
	// R2-2001500") needs no label.
	if !r.inOutcome && !opensWithOutcome.MatchString(at.Text) {
		return
	}
	p := r.doc.Profile
	text := at.Text
	pos := 0
	numbers := p.FindNumbers(text)
	for pos < len(text) {
		next, kind := len(text), ""
		var loc []int
		if m := outcomeRE.FindStringSubmatchIndex(text[pos:]); m != nil && pos+m[2] < next {
			next, kind, loc = pos+m[2], "word", []int{pos + m[2], pos + m[3]}
		}
		if m := tagRE.FindStringSubmatchIndex(text[pos:]); m != nil && pos+m[0] < next {
			next, kind, loc = pos+m[0], "tag", []int{pos + m[2], pos + m[3], pos + m[1]}
		}
		for _, f := range numbers {
			if f.Start < pos || f.Start >= next {
				continue
			}
			before := text[pos:f.Start]
			if revisedRE.MatchString(before) || mergedRE.MatchString(before) {
				kind, loc = "target", []int{f.Start, f.End}
				break
			}
		}
		if kind == "" {
			break
		}
		switch kind {
		case "word":
			word := text[loc[0]:loc[1]]
			// "It was agreed to avoid …" records a decision about
			// something else.
			rest := strings.TrimSpace(text[loc[1]:])
			if strings.HasPrefix(rest, "to ") || strings.HasPrefix(rest, "that ") || strings.HasPrefix(rest, "with ") {
				pos = loc[1]
				continue
			}
			canon, _ := p.Term(word)
			r.addDisposition(subject, &minutes.Disposition{Number: subject.Number, Word: word, Canon: canon, At: at})
			pos = loc[1]
		case "tag":
			tag := text[loc[0]:loc[1]]
			if canon, ok := profile.Tag(tag); ok {
				r.addDisposition(subject, &minutes.Disposition{Number: subject.Number, Word: "<" + strings.TrimSpace(tag) + ">", Canon: canon, At: at})
			}
			pos = loc[2]
		case "target":
			var target profile.DocNumber
			for _, f := range numbers {
				if f.Start == loc[0] {
					target = f.Number
				}
			}
			before := strings.ToLower(text[:loc[0]])
			canon, word := profile.Revised, "Revised to"
			if strings.LastIndex(before, "merged") > strings.LastIndex(before, "revised") {
				canon, word = profile.Merged, "Merged into"
			}
			t := target
			r.addDisposition(subject, &minutes.Disposition{Number: subject.Number, Word: word, Canon: canon, Target: &t, At: at})
			next := r.contribution(target)
			if canon == profile.Revised && next.RevisionOf == "" {
				next.RevisionOf = subject.Number.ID
			}
			subject = next
			// Numbers merged into the revision ("merging TD A and TD B")
			// are read past.
			pos = loc[1]
		}
	}
}
