// Package logging builds the zap logger every CIT binary injects into its
// components: JSON in production, console text when CIT_LOG_FORMAT=console,
// level from CIT_LOG_LEVEL (debug, info, warn, error; default info).
package logging

import (
	"fmt"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// New builds a logger for the named service from environment values.
func New(service string, getenv func(string) string) (*zap.Logger, error) {
	cfg := zap.NewProductionConfig()
	if getenv("CIT_LOG_FORMAT") == "console" {
		cfg = zap.NewDevelopmentConfig()
		cfg.EncoderConfig.EncodeLevel = zapcore.CapitalColorLevelEncoder
	}
	cfg.DisableStacktrace = true
	if lvl := getenv("CIT_LOG_LEVEL"); lvl != "" {
		l, err := zapcore.ParseLevel(lvl)
		if err != nil {
			return nil, fmt.Errorf("CIT_LOG_LEVEL: %w", err)
		}
		cfg.Level = zap.NewAtomicLevelAt(l)
	}
	cfg.OutputPaths = []string{"stderr"}
	log, err := cfg.Build()
	if err != nil {
		return nil, fmt.Errorf("build logger: %w", err)
	}
	return log.With(zap.String("service", service)), nil
}
