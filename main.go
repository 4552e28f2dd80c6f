// Command rootcause is a terminal training game for incident response.
package main

import (
	"os"

	"github.com/nexusflow/rootcause/cli"
)

func main() {
	os.Exit(cli.Execute())
}
