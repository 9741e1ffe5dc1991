// Package deploy embeds the deployment files that binaries need at run time:
// the ClickHouse migrations and the default source list, so that every
// binary carries the exact schema and sources it was built with.
package deploy

import "embed"

// ClickHouseMigrations holds clickhouse/NNNN_name.sql, applied in order.
//
//go:embed clickhouse/*.sql
var ClickHouseMigrations embed.FS

// Sources is the default source list, deploy/sources.yaml.
//
//go:embed sources.yaml
var Sources []byte
