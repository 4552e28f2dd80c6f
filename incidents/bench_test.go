package incidents

import (
	"bytes"
	"fmt"
	"io/fs"
	"testing"

	"github.com/nexusflow/rootcause/seeds"
)

// genCorpus makes n incidents in the native format, about 1 KB each, with
// the variety real files have (multi-line values, lists, markup).
func genCorpus(n int) []byte {
	var b bytes.Buffer
	b.WriteString("GENERATED CORPUS\n\nA preamble line.\n\n=====\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "INCIDENT #: GEN-%05d\n\nDATE: October %d, 2023\n\nSEVERITY: SEV-%d\n\nPLATFORM: Platform%d\n\n", i, i%28+1, i%5+1, i%4)
		b.WriteString("SERVICES: Amazon CloudFront, EC2, AWS Lambda\n\nTITLE: Generated incident with a reasonably long title\n\n")
		b.WriteString("SUMMARY: Users worldwide experienced severe buffering and failed video playback for 45 minutes.\n\n")
		b.WriteString("ROOT CAUSE: A deployment of a new `recommendation engine` to an EC2 Auto Scaling Group contained a flawed memory cache\n")
		b.WriteString("configuration. The instances consumed all available memory within minutes of launch, causing them to fail health checks.\n\n")
		b.WriteString("The ASG continuously terminated unhealthy instances and launched new ones, which also failed, so the database saw a thundering herd.\n\n")
		b.WriteString("RESOLUTION: Rolled back the deployment by attaching the previous launch template to the ASG. Implemented a gentler scaling policy.\n\n")
		b.WriteString("PREVENTION:\n\n1. Implement canary deployments with a slower traffic shift.\n2. Add stricter memory-based health checks in pre-production.\n")
		b.WriteString("3. Define and test rollback procedures under load.\n\n")
	}
	return b.Bytes()
}

func BenchmarkParse10k(b *testing.B) {
	data := genCorpus(10000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		incs, probs := Parse("gen.txt", data)
		if len(incs) != 10000 || len(probs) != 0 {
			b.Fatalf("%d incidents, %v", len(incs), probs[:min(3, len(probs))])
		}
	}
}

// BenchmarkBuiltin measures what loading the embedded corpus adds to
// start-up: parsing the text and the quiz material, without the cache.
func BenchmarkBuiltin(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		l := newLoader()
		l.addFS(seeds.FS)
		if incs, _ := l.finish(); len(incs) != 30 {
			b.Fatal(len(incs))
		}
	}
}

// BenchmarkBuiltinText is the incident text alone, without quiz material.
func BenchmarkBuiltinText(b *testing.B) {
	data, err := fs.ReadFile(seeds.FS, "000_5f375ddc84a7b13d.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if incs, _ := Parse("builtin", data); len(incs) != 30 {
			b.Fatal(len(incs))
		}
	}
}
