// Package lint runs the pipeline over files: read each one, recognise its
// minutes, run the rules, and post-process the findings (dedupe, sort).
// Files are linted in parallel; results come back in input order.
package lint

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/reader"
	"github.com/minuteslint/minuteslint/recognize"
	"github.com/minuteslint/minuteslint/rules"
	"github.com/minuteslint/minuteslint/source"
)

// Options control a run.
type Options struct {
	// Profile forces a profile; nil detects it per file.
	Profile *profile.Profile
	// Rules are the enabled rules.
	Rules []rules.Rule
	// Severity overrides a rule's default severity, by rule ID.
	Severity map[string]finding.Severity
	// Jobs is how many files are linted at once (at least 1).
	Jobs int
	// Stdin is read for the path "-" (os.Stdin when nil).
	Stdin io.Reader
}

// Result is the outcome for one file.
type Result struct {
	Path     string
	Format   source.Format
	Profile  string
	Doc      *minutes.Document
	Findings []finding.Finding
	// Err is set when the file could not be read; nothing else is.
	Err error
}

// Extensions are the file names a directory walk picks up.
var Extensions = []string{".docx", ".docm", ".doc", ".txt", ".md", ".markdown"}

// Expand turns the command-line paths into files: a file is kept as
// given (whatever its name), a directory contributes the minutes files
// below it. Symbolic links to directories are not followed, so a link
// loop cannot trap the walk. Paths that do not exist are kept, so the
// reader reports them in its words.
func Expand(paths []string) []string {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if p == "-" || err != nil || !st.IsDir() {
			out = append(out, p)
			continue
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, walkErr error) error {
			if walkErr != nil {
				// An unreadable directory: the reader reports it in its
				// words; the walk goes on with the rest.
				if d != nil && d.IsDir() && path != p {
					out = append(out, path)
					return fs.SkipDir
				}
				return nil //nolint:nilerr // an unreadable entry must not stop the walk
			}
			name := d.Name()
			if d.IsDir() {
				if path != p && strings.HasPrefix(name, ".") {
					return fs.SkipDir
				}
				return nil
			}
			// Word's lock files ("~$minutes.docx") are not documents.
			if strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".") {
				return nil
			}
			if !slices.Contains(Extensions, strings.ToLower(filepath.Ext(name))) {
				return nil
			}
			// A link is followed only to a regular file.
			if d.Type()&fs.ModeSymlink != 0 && !regularFile(path) {
				return nil
			}
			out = append(out, path)
			return nil
		})
	}
	return out
}

func regularFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// Run lints files and returns one result per file, in the given order.
func Run(files []string, opts Options) []Result {
	results := make([]Result, len(files))
	jobs := max(1, opts.Jobs)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, max(1, len(files))) {
		wg.Go(func() {
			for i := range next {
				results[i] = File(files[i], opts)
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// File lints one file.
func File(path string, opts Options) (res Result) {
	res.Path = path
	// A bug in a reader or a rule must cost one file, not the run.
	defer func() {
		if v := recover(); v != nil {
			res = Result{Path: path, Err: &reader.Error{File: path, Reason: fmt.Sprintf("internal error while linting (please report it): %v", v)}}
		}
	}()
	var (
		f   *source.File
		err error
	)
	if path == "-" && opts.Stdin != nil {
		f, err = reader.ReadFrom("-", opts.Stdin)
	} else {
		f, err = reader.ReadFile(path)
	}
	if err != nil {
		var re *reader.Error
		if !errors.As(err, &re) {
			err = &reader.Error{File: path, Reason: err.Error()}
		}
		res.Err = err
		return res
	}
	return Document(f, opts)
}

// Document lints an already read file.
func Document(f *source.File, opts Options) Result {
	doc := recognize.Recognize(f, opts.Profile)
	found := rules.Run(doc, opts.Rules)
	for i := range found {
		if s, ok := opts.Severity[found[i].Rule]; ok {
			found[i].Severity = s
		}
	}
	return Result{
		Path:     f.Name,
		Format:   f.Format,
		Profile:  doc.Profile.Name,
		Doc:      doc,
		Findings: dedupe(found),
	}
}

// dedupe drops findings identical in rule, place and subject, keeping the
// first: two patterns may see the same slip.
func dedupe(in []finding.Finding) []finding.Finding {
	type key struct {
		rule, subject, message string
		loc                    finding.Location
	}
	seen := map[key]bool{}
	out := in[:0]
	for _, f := range in {
		k := key{f.Rule, f.Subject, f.Message, f.Location}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	slices.SortStableFunc(out, finding.Compare)
	return out
}
