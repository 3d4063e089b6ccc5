package corpus

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Manifest describes a backup file.
type Manifest struct {
	Format    string    `json:"format"` // "thamluan-backup/1"
	Created   time.Time `json:"created"`
	Database  string    `json:"database"` // file name inside the backup
	SHA256    string    `json:"sha256"`   // of the database file
	Size      int64     `json:"size"`
	LastSeq   int64     `json:"last_seq"`
	Counts    Counts    `json:"counts"`
	Rebuild   bool      `json:"rebuild_index"` // the index is rebuilt from the store on restore
	Generator string    `json:"generator"`
}

const backupFormat = "thamluan-backup/1"

// Backup writes a consistent copy of the store to w while the archive may
// be in use: SQLite's VACUUM INTO takes a snapshot without stopping
// writers. The file is a gzip'd tar of manifest.json and archive.db; the
// index is not copied, restore rebuilds it from the store.
func (s *Store) Backup(ctx context.Context, w io.Writer) (*Manifest, error) {
	tmp, err := os.MkdirTemp("", "thamluan-backup-")
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	defer os.RemoveAll(tmp)
	snap := filepath.Join(tmp, DBFile)
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, snap); err != nil {
		return nil, fmt.Errorf("backup: snapshot: %w", err)
	}
	// Read the manifest's figures from the snapshot itself.
	snapStore, err := Open(tmp)
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	m := &Manifest{Format: backupFormat, Created: s.now(), Database: DBFile, Rebuild: true, Generator: "thamluan"}
	m.Counts, err = snapStore.Counts(ctx)
	if err == nil {
		m.LastSeq, err = snapStore.LastSeq(ctx)
	}
	if cerr := snapStore.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	// The snapshot was opened in WAL mode: fold the WAL back in.
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(snap + suffix)
	}
	f, err := os.Open(snap)
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if m.Size, err = io.Copy(h, f); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	m.SHA256 = hex.EncodeToString(h.Sum(nil))
	manifest, _ := json.MarshalIndent(m, "", "  ")
	zw := gzip.NewWriter(w)
	tw := tar.NewWriter(zw)
	if err := tw.WriteHeader(&tar.Header{Name: "manifest.json", Mode: 0o644, Size: int64(len(manifest)), ModTime: m.Created}); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	tw.Write(manifest)
	if err := tw.WriteHeader(&tar.Header{Name: DBFile, Mode: 0o644, Size: m.Size, ModTime: m.Created}); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	if _, err := io.Copy(tw, f); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	if err := tw.Close(); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	return m, nil
}

// ErrNotEmpty is returned by Restore into a data directory that already
// holds an archive.
var ErrNotEmpty = errors.New("data directory is not empty")

// Restore unpacks a backup written by Backup into dir, which must hold no
// archive, and checks the database against the manifest's checksum. The
// caller rebuilds the index.
func Restore(r io.Reader, dir string) (*Manifest, error) {
	if _, err := os.Stat(filepath.Join(dir, DBFile)); err == nil {
		return nil, fmt.Errorf("restore into %s: %w", dir, ErrNotEmpty)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("restore: not a thamluan backup: %w", err)
	}
	tr := tar.NewReader(zr)
	var m *Manifest
	tmp := filepath.Join(dir, DBFile+".restoring")
	defer os.Remove(tmp)
	var sum string
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("restore: %w", err)
		}
		switch hdr.Name {
		case "manifest.json":
			m = &Manifest{}
			if err := json.NewDecoder(io.LimitReader(tr, 1<<20)).Decode(m); err != nil {
				return nil, fmt.Errorf("restore: manifest: %w", err)
			}
			if m.Format != backupFormat {
				return nil, fmt.Errorf("restore: unknown backup format %q", m.Format)
			}
		case DBFile:
			f, err := os.Create(tmp)
			if err != nil {
				return nil, fmt.Errorf("restore: %w", err)
			}
			h := sha256.New()
			_, err = io.Copy(io.MultiWriter(f, h), tr)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return nil, fmt.Errorf("restore: %w", err)
			}
			sum = hex.EncodeToString(h.Sum(nil))
		default:
			if strings.Contains(hdr.Name, "..") {
				return nil, fmt.Errorf("restore: unexpected entry %q", hdr.Name)
			}
		}
	}
	switch {
	case m == nil:
		return nil, fmt.Errorf("restore: the backup has no manifest")
	case sum == "":
		return nil, fmt.Errorf("restore: the backup has no database")
	case sum != m.SHA256:
		return nil, fmt.Errorf("restore: database checksum %s does not match the manifest's %s", sum, m.SHA256)
	}
	if err := os.Rename(tmp, filepath.Join(dir, DBFile)); err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	return m, nil
}
