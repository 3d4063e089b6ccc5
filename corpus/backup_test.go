package corpus

import (
	"bytes"
	"context"
	"errors"
	"testing"
)

func TestBackupRestore(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.SaveArticle(ctx, sampleArticle("https://a.example/1", "S"), 0); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.PutOriginal(ctx, &Original{URL: "https://a.example/1", Body: []byte("<p>một</p>")}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	m, err := s.Backup(ctx, &buf)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := s.Counts(ctx)
	if m.Counts != want || m.SHA256 == "" {
		t.Errorf("manifest = %+v, counts want %+v", m, want)
	}
	dir := t.TempDir()
	if _, err := Restore(bytes.NewReader(buf.Bytes()), dir); err != nil {
		t.Fatal(err)
	}
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got, _ := r.Counts(ctx)
	if got != want {
		t.Errorf("restored counts = %+v, want %+v", got, want)
	}
	seq, _ := r.LastSeq(ctx)
	if seq != m.LastSeq {
		t.Errorf("restored seq = %d, want %d", seq, m.LastSeq)
	}
	// Restoring over an archive is refused; a damaged backup is refused.
	if _, err := Restore(bytes.NewReader(buf.Bytes()), dir); !errors.Is(err, ErrNotEmpty) {
		t.Errorf("restore over an archive: %v", err)
	}
	damaged := append([]byte(nil), buf.Bytes()...)
	damaged[len(damaged)/2] ^= 0xff
	if _, err := Restore(bytes.NewReader(damaged), t.TempDir()); err == nil {
		t.Error("a damaged backup was restored")
	}
	if _, err := Restore(bytes.NewReader([]byte("not a backup")), t.TempDir()); err == nil {
		t.Error("garbage was restored")
	}
}
