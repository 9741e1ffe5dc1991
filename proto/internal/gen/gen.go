// Package gen compiles the .proto contracts with a pure-Go compiler
// (protocompile) and renders them with protoc-gen-go's own generator, so
// regenerating needs no system protoc and always yields the same bytes.
package gen

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bufbuild/protocompile"
	"google.golang.org/protobuf/cmd/protoc-gen-go/internal_gengo"
	"google.golang.org/protobuf/compiler/protogen"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/pluginpb"
)

// Files returns the generated Go files for every .proto below root, keyed by
// their path relative to root (paths=source_relative).
func Files(ctx context.Context, root string) (map[string][]byte, error) {
	var protos []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".proto") {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			protos = append(protos, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list protos under %s: %w", root, err)
	}
	sort.Strings(protos)
	comp := protocompile.Compiler{
		Resolver:       protocompile.WithStandardImports(&protocompile.SourceResolver{ImportPaths: []string{root}}),
		SourceInfoMode: protocompile.SourceInfoStandard,
	}
	compiled, err := comp.Compile(ctx, protos...)
	if err != nil {
		return nil, fmt.Errorf("compile protos: %w", err)
	}
	req := &pluginpb.CodeGeneratorRequest{FileToGenerate: protos, Parameter: stringPtr("paths=source_relative")}
	// The request lists every file before the files that import it.
	seen := map[string]bool{}
	var add func(fd *descriptorpb.FileDescriptorProto)
	byName := map[string]*descriptorpb.FileDescriptorProto{}
	for _, f := range compiled {
		byName[f.Path()] = protodesc.ToFileDescriptorProto(f)
		imports := f.Imports()
		for i := 0; i < imports.Len(); i++ {
			imp := imports.Get(i).FileDescriptor
			if _, ok := byName[imp.Path()]; !ok {
				byName[imp.Path()] = protodesc.ToFileDescriptorProto(imp)
			}
		}
	}
	add = func(fd *descriptorpb.FileDescriptorProto) {
		if seen[fd.GetName()] {
			return
		}
		seen[fd.GetName()] = true
		for _, dep := range fd.GetDependency() {
			add(byName[dep])
		}
		req.ProtoFile = append(req.ProtoFile, fd)
	}
	for _, p := range protos {
		add(byName[p])
	}
	plugin, err := protogen.Options{}.New(req)
	if err != nil {
		return nil, fmt.Errorf("prepare generator: %w", err)
	}
	for _, f := range plugin.Files {
		if f.Generate {
			internal_gengo.GenerateFile(plugin, f)
		}
	}
	resp := plugin.Response()
	if resp.Error != nil {
		return nil, fmt.Errorf("generate: %s", resp.GetError())
	}
	out := map[string][]byte{}
	for _, f := range resp.File {
		out[f.GetName()] = []byte(f.GetContent())
	}
	return out, nil
}

// Write regenerates every file below root in place.
func Write(ctx context.Context, root string) error {
	files, err := Files(ctx, root)
	if err != nil {
		return err
	}
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.WriteFile(path, content, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return nil
}

func stringPtr(s string) *string { return &s }
