package triagesvc

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Argon2Params are the cost parameters of an argon2id hash. They are stored
// in the hash itself, so raising them later only affects new hashes.
type Argon2Params struct {
	Time    uint32 // passes
	Memory  uint32 // KiB
	Threads uint8
	KeyLen  uint32
	SaltLen uint32
}

// DefaultArgon2 is OWASP's first argon2id choice: 64 MiB, 1 pass, 4 lanes.
func DefaultArgon2() Argon2Params {
	return Argon2Params{Time: 1, Memory: 64 * 1024, Threads: 4, KeyLen: 32, SaltLen: 16}
}

// ErrBadHash says that a stored password hash cannot be parsed.
var ErrBadHash = errors.New("triagesvc: malformed password hash")

// HashPassword returns an argon2id PHC string of the password with a fresh salt:
// $argon2id$v=19$m=65536,t=1,p=4$salt$key (base64 without padding).
func HashPassword(password string, p Argon2Params) (string, error) {
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, p.Memory, p.Time, p.Threads,
		base64.RawStdEncoding.EncodeToString(salt), base64.RawStdEncoding.EncodeToString(key)), nil
}

// VerifyPassword reports whether password matches the PHC hash, comparing in
// constant time. Hashes whose cost is absurd (over 1 GiB, 10 passes or 64
// lanes) are refused rather than computed.
func VerifyPassword(password, hash string) (bool, error) {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return false, ErrBadHash
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false, ErrBadHash
	}
	var p Argon2Params
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &p.Threads); err != nil {
		return false, ErrBadHash
	}
	if p.Memory == 0 || p.Memory > 1<<20 || p.Time == 0 || p.Time > 10 || p.Threads == 0 || p.Threads > 64 {
		return false, ErrBadHash
	}
	salt, err := base64.RawStdEncoding.DecodeString(parts[4])
	if err != nil || len(salt) < 8 {
		return false, ErrBadHash
	}
	want, err := base64.RawStdEncoding.DecodeString(parts[5])
	if err != nil || len(want) < 16 || len(want) > 128 {
		return false, ErrBadHash
	}
	got := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// GeneratePassword returns a random 26-character base32 password (130 bits).
func GeneratePassword() string { return rand.Text() }

// MinPasswordLen is the shortest password an analyst may choose.
const MinPasswordLen = 12
