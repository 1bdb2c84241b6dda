package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
)

type fieldError struct{}

func init() { register(fieldError{}) }

func (fieldError) Meta() Meta {
	return Meta{
		ID:       "field-error",
		Severity: finding.Error,
		Summary:  `broken Word fields: "Error! Reference source not found."`,
		Explanation: `When a cross-reference, bookmark or table of contents points at something
that was deleted, Word prints an error in its place, and the published
minutes show "Error! Reference source not found." instead of the section or
document referred to. Update the fields (select all, F9) and repair the
broken references before publishing.`,
		Example: `As agreed in section Error! Reference source not found., the group …`,
	}
}

// Word's field error texts, in English and the most common other
// languages of Word installations.
var fieldErrorRE = regexp.MustCompile(`Error! (?:Reference source not found|Bookmark not defined|No text of specified style in document|Not a valid (?:link|bookmark|filename|result for table)|Unknown switch argument|No table of contents entries found|Main Document Only|Invalid character in string|Object cannot be created from editing field codes)\.?|Fehler! (?:Verweisquelle konnte nicht gefunden werden|Textmarke nicht definiert)\.?|Erreur ! (?:Source du renvoi introuvable|Signet non défini)\.?|¡Error! (?:No se encuentra el origen de la referencia|Marcador no definido)\.?`)

func (fieldError) Check(d *minutes.Document, r *Reporter) {
	for _, at := range d.Text {
		// Every message has an exclamation mark; most text has none.
		if !strings.Contains(at.Text, "!") {
			continue
		}
		for _, m := range fieldErrorRE.FindAllStringIndex(at.Text, -1) {
			hit := at.Text[m[0]:m[1]]
			r.Report(at.At(m[0]), hit, fmt.Sprintf("A Word field shows an error instead of its content: %q.", hit),
				Suggest("Repair the cross-reference (the bookmark or heading it pointed to was deleted) and update fields."))
		}
	}
}
