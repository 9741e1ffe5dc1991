module github.com/cit-health/cit/services/collector

go 1.26

require (
	github.com/cit-health/cit/deploy v0.0.0
	github.com/cit-health/cit/pkg v0.0.0
	github.com/cit-health/cit/proto v0.0.0
)

replace (
	github.com/cit-health/cit/deploy => ../../deploy
	github.com/cit-health/cit/pkg => ../../pkg
	github.com/cit-health/cit/proto => ../../proto
)
