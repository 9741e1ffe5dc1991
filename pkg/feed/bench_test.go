package feed

import (
	"testing"
)

// BenchmarkParse measures parse throughput on each shared fixture and
// reports items/s besides MB/s (b.SetBytes).
func BenchmarkParse(b *testing.B) {
	for _, f := range fixtures {
		b.Run(f.name, func(b *testing.B) {
			data := readFixture(b, f.file)
			opts := f.opts
			opts.Now = fixedNow
			b.SetBytes(int64(len(data)))
			items := 0
			for b.Loop() {
				cs, err := Parse(data, opts)
				if err != nil {
					b.Fatal(err)
				}
				items += len(cs)
			}
			b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
		})
	}
}
