module github.com/cit-health/cit/pkg

go 1.26

require github.com/cit-health/cit/proto v0.0.0

replace github.com/cit-health/cit/proto => ../proto
