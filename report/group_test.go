package report

import "testing"

func TestLooksLikeGroup(t *testing.T) {
	cases := map[string]bool{
		"SEC": true, "IETF": true, "W3C": true, "TC39": true, "HacDC": true, "HTTPbis": true, "oneM2M": true,
		"Minutes": false, "Note": false, "These": false, "REDIRECT": false, "drafts": false, "A": false, "": false,
	}
	for w, want := range cases {
		if got := looksLikeGroup(w); got != want {
			t.Errorf("looksLikeGroup(%q) = %v, want %v", w, got, want)
		}
	}
}
