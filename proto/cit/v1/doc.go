// Package citv1 is the generated Go code of CIT's message contracts
// (cit/v1/*.proto): candidates, classifications, incidents, triage decisions
// and run reports as they travel on NATS JetStream. Regenerate with
// `make proto`; do not edit the .pb.go files.
package citv1
