// Command minuteslint checks meeting minutes before they are published:
// missing dispositions, dangling revisions, impossible dates, participant
// lists that disagree with the text, template leftovers.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
