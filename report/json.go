package report

import (
	"encoding/json"
	"io"

	"github.com/minuteslint/minuteslint/finding"
)

// SchemaVersion is the version of the JSON report's shape. Fields are
// added within a version, never renamed or removed.
const SchemaVersion = 1

type jsonFile struct {
	File     string         `json:"file"`
	Format   string         `json:"format,omitempty"`
	Profile  string         `json:"profile,omitempty"`
	Findings int            `json:"findings"`
	Counts   map[string]int `json:"by_severity"`
	Error    string         `json:"error,omitempty"`
}

type jsonReport struct {
	SchemaVersion int               `json:"schema_version"`
	Tool          Tool              `json:"tool"`
	Files         []jsonFile        `json:"files"`
	Findings      []finding.Finding `json:"findings"`
	Summary       Summary           `json:"summary"`
}

// JSON writes the whole run as one JSON object (DESIGN §3).
func JSON(w io.Writer, run *Run) error {
	out := jsonReport{
		SchemaVersion: SchemaVersion,
		Tool:          run.Tool,
		Files:         make([]jsonFile, 0, len(run.Files)),
		Findings:      run.Findings(),
		Summary:       run.Summarize(),
	}
	if out.Findings == nil {
		out.Findings = []finding.Finding{}
	}
	for _, f := range run.Files {
		jf := jsonFile{File: f.Path, Format: f.Format, Profile: f.Profile, Findings: len(f.Findings),
			Counts: map[string]int{"error": 0, "warning": 0, "info": 0}}
		for _, fd := range f.Findings {
			jf.Counts[fd.Severity.String()]++
		}
		if f.Err != nil {
			jf.Error = f.Err.Error()
		}
		out.Files = append(out.Files, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
