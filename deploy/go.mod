module github.com/cit-health/cit/deploy

go 1.26
