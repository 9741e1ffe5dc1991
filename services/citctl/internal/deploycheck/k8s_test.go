package deploycheck

import (
	"bytes"
	"errors"
	"io"
	"net"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// object is the part of a Kubernetes object these checks read.
type object struct {
	File       string `yaml:"-"`
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	Metadata   struct {
		Name string `yaml:"name"`
	} `yaml:"metadata"`
	Data       map[string]string `yaml:"data"`
	StringData map[string]string `yaml:"stringData"`
	Spec       struct {
		Replicas *int `yaml:"replicas"`
		Strategy struct {
			Type string `yaml:"type"`
		} `yaml:"strategy"`
		Selector    yaml.Node   `yaml:"selector"`
		Template    podTemplate `yaml:"template"`
		JobTemplate struct {
			Spec struct {
				Template podTemplate `yaml:"template"`
			} `yaml:"spec"`
		} `yaml:"jobTemplate"`
		Ports []struct {
			TargetPort yaml.Node `yaml:"targetPort"`
		} `yaml:"ports"`
	} `yaml:"spec"`
}

type podTemplate struct {
	Metadata struct {
		Labels      map[string]string `yaml:"labels"`
		Annotations map[string]string `yaml:"annotations"`
	} `yaml:"metadata"`
	Spec struct {
		SecurityContext struct {
			RunAsNonRoot *bool `yaml:"runAsNonRoot"`
		} `yaml:"securityContext"`
		Containers []container `yaml:"containers"`
		Volumes    []struct {
			Name string `yaml:"name"`
			PVC  *struct {
				ClaimName string `yaml:"claimName"`
			} `yaml:"persistentVolumeClaim"`
		} `yaml:"volumes"`
	} `yaml:"spec"`
}

type container struct {
	Name    string   `yaml:"name"`
	Image   string   `yaml:"image"`
	Command []string `yaml:"command"`
	Args    []string `yaml:"args"`
	Env     []struct {
		Name      string `yaml:"name"`
		ValueFrom *struct {
			SecretKeyRef    *struct{ Name, Key string } `yaml:"secretKeyRef"`
			ConfigMapKeyRef *struct{ Name, Key string } `yaml:"configMapKeyRef"`
		} `yaml:"valueFrom"`
	} `yaml:"env"`
	EnvFrom []struct {
		ConfigMapRef *struct{ Name string } `yaml:"configMapRef"`
		SecretRef    *struct{ Name string } `yaml:"secretRef"`
	} `yaml:"envFrom"`
	Ports []struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
	} `yaml:"ports"`
	StartupProbe   *probe `yaml:"startupProbe"`
	ReadinessProbe *probe `yaml:"readinessProbe"`
	LivenessProbe  *probe `yaml:"livenessProbe"`
	Resources      struct {
		Requests map[string]string `yaml:"requests"`
		Limits   map[string]string `yaml:"limits"`
	} `yaml:"resources"`
	SecurityContext struct {
		ReadOnlyRootFilesystem   *bool `yaml:"readOnlyRootFilesystem"`
		AllowPrivilegeEscalation *bool `yaml:"allowPrivilegeEscalation"`
	} `yaml:"securityContext"`
	VolumeMounts []struct {
		Name      string `yaml:"name"`
		MountPath string `yaml:"mountPath"`
	} `yaml:"volumeMounts"`
}

type probe struct {
	HTTPGet *struct {
		Path string    `yaml:"path"`
		Port yaml.Node `yaml:"port"`
	} `yaml:"httpGet"`
}

// loadManifests parses every YAML document of every file in dir.
func loadManifests(t *testing.T, dir string) (objs []object, kustomization map[string]any, templates []object) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no YAML in %s (%v)", dir, err)
	}
	for _, f := range files {
		base := filepath.Base(f)
		dec := yaml.NewDecoder(bytes.NewReader(readFile(t, f)))
		for i := 0; ; i++ {
			var node yaml.Node
			err := dec.Decode(&node)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s: document %d: %v", base, i, err)
			}
			if base == "kustomization.yaml" {
				if err := node.Decode(&kustomization); err != nil {
					t.Fatalf("%s: %v", base, err)
				}
				continue
			}
			var o object
			if err := node.Decode(&o); err != nil {
				t.Fatalf("%s: document %d: %v", base, i, err)
			}
			o.File = base
			if o.APIVersion == "" || o.Kind == "" || o.Metadata.Name == "" {
				t.Errorf("%s: document %d lacks apiVersion, kind or metadata.name", base, i)
				continue
			}
			if strings.HasSuffix(base, ".template.yaml") {
				templates = append(templates, o)
			} else {
				objs = append(objs, o)
			}
		}
	}
	if kustomization == nil {
		t.Fatalf("%s has no kustomization.yaml", dir)
	}
	return objs, kustomization, templates
}

func TestKubernetesKustomization(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "deploy", "k8s")
	objs, kust, _ := loadManifests(t, dir)
	listed := map[string]bool{}
	for _, r := range kust["resources"].([]any) {
		name := r.(string)
		listed[name] = true
		if !fileExists(filepath.Join(dir, name)) {
			t.Errorf("kustomization lists %s, which does not exist", name)
		}
	}
	for _, o := range objs {
		if !listed[o.File] {
			t.Errorf("%s (%s %s) is not listed in kustomization.yaml resources", o.File, o.Kind, o.Metadata.Name)
		}
	}
	images := map[string]bool{}
	for _, im := range kust["images"].([]any) {
		images[im.(map[string]any)["name"].(string)] = true
	}
	for _, o := range objs {
		for _, c := range podOf(o).Spec.Containers {
			name, _, _ := strings.Cut(c.Image, ":")
			if !images[name] {
				t.Errorf("%s: image %s has no entry in kustomization images (so it cannot be retagged)", o.Metadata.Name, name)
			}
		}
	}
}

// podOf returns the pod template of a workload, or nil.
func podOf(o object) *podTemplate {
	switch o.Kind {
	case "Deployment", "StatefulSet", "DaemonSet", "Job":
		return &o.Spec.Template
	case "CronJob":
		return &o.Spec.JobTemplate.Spec.Template
	}
	return &podTemplate{}
}

// envRef finds $(VAR) references, which Kubernetes expands in args.
var envRef = regexp.MustCompile(`\$\(([A-Za-z_][A-Za-z0-9_]*)\)`)

func TestKubernetesWorkloads(t *testing.T) {
	root := repoRoot(t)
	objs, _, templates := loadManifests(t, filepath.Join(root, "deploy", "k8s"))
	tc := tools(t)
	services := map[string]bool{}
	for _, n := range serviceNames(t, root) {
		services[n] = true
	}
	configMaps := map[string]map[string]string{}
	secretKeys := map[string]map[string]bool{}
	pvcs := map[string]bool{}
	for _, o := range append(append([]object{}, objs...), templates...) {
		switch o.Kind {
		case "ConfigMap":
			configMaps[o.Metadata.Name] = o.Data
		case "Secret":
			secretKeys[o.Metadata.Name] = map[string]bool{}
			for k := range o.StringData {
				secretKeys[o.Metadata.Name][k] = true
			}
		case "PersistentVolumeClaim":
			pvcs[o.Metadata.Name] = true
		}
	}

	workloads := 0
	for _, o := range objs {
		pod := podOf(o)
		if len(pod.Spec.Containers) == 0 {
			continue
		}
		workloads++
		t.Run(o.Kind+"/"+o.Metadata.Name, func(t *testing.T) {
			if rn := pod.Spec.SecurityContext.RunAsNonRoot; rn == nil || !*rn {
				t.Error("pod securityContext.runAsNonRoot is not true")
			}
			volumes := map[string]string{} // name → claim ("" when not a PVC)
			for _, v := range pod.Spec.Volumes {
				volumes[v.Name] = ""
				if v.PVC != nil {
					volumes[v.Name] = v.PVC.ClaimName
					if !pvcs[v.PVC.ClaimName] {
						t.Errorf("volume %s claims %s, which no manifest defines", v.Name, v.PVC.ClaimName)
					}
				}
			}
			for _, c := range pod.Spec.Containers {
				checkContainer(t, tc, o, pod, c, services, configMaps, secretKeys, volumes)
			}
		})
	}
	if workloads == 0 {
		t.Fatal("no workloads found")
	}
}

func checkContainer(t *testing.T, tc *toolchain, o object, pod *podTemplate, c container, services map[string]bool,
	configMaps map[string]map[string]string, secretKeys map[string]map[string]bool, volumes map[string]string) {
	t.Helper()
	repo, _, _ := strings.Cut(c.Image, ":")
	svc, ok := strings.CutPrefix(repo, "cit/")
	if !ok || !services[svc] {
		t.Fatalf("container %s: image %s is not cit/<service> of an existing services/<service>", c.Name, c.Image)
	}
	if len(c.Command) > 0 {
		t.Errorf("container %s overrides the command; the image's ENTRYPOINT is the service binary, pass flags in args", c.Name)
	}

	// Environment: every variable given must be read by the binary.
	reads := tc.envOf(t, svc)
	defined := map[string]bool{}
	for _, e := range c.Env {
		defined[e.Name] = true
		if e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil {
			ref := e.ValueFrom.SecretKeyRef
			if !secretKeys[ref.Name][ref.Key] {
				t.Errorf("env %s: secret %s has no key %q in its template", e.Name, ref.Name, ref.Key)
			}
		}
		if e.ValueFrom != nil && e.ValueFrom.ConfigMapKeyRef != nil {
			ref := e.ValueFrom.ConfigMapKeyRef
			if _, ok := configMaps[ref.Name][ref.Key]; !ok {
				t.Errorf("env %s: ConfigMap %s has no key %q", e.Name, ref.Name, ref.Key)
			}
		}
	}
	for _, ef := range c.EnvFrom {
		if ef.ConfigMapRef != nil {
			data, ok := configMaps[ef.ConfigMapRef.Name]
			if !ok {
				t.Errorf("envFrom: no ConfigMap %s", ef.ConfigMapRef.Name)
			}
			for k := range data {
				defined[k] = true
			}
		}
		if ef.SecretRef != nil {
			t.Errorf("envFrom secretRef %s: name the keys with env/secretKeyRef so each is checked", ef.SecretRef.Name)
		}
	}
	for k := range defined {
		if !reads[k] {
			t.Errorf("env %s: the %s binary does not read it", k, svc)
		}
	}

	// Args: only defined flags, no stray positional argument.
	args := c.Args
	var sub []string
	if svc == "citctl" {
		if len(args) == 0 {
			t.Fatalf("container %s: citctl needs a command", c.Name)
		}
		sub, args = args[:1], args[1:]
	}
	for _, a := range c.Args {
		for _, m := range envRef.FindAllStringSubmatch(a, -1) {
			if !defined[m[1]] {
				t.Errorf("arg %q refers to $(%s), which the container does not define: Kubernetes passes it literally", a, m[1])
			}
		}
	}
	values, problems := checkArgs(tc.flagsOf(t, svc, sub...), args)
	for _, p := range problems {
		t.Errorf("%s: %s", strings.Join(append([]string{svc}, sub...), " "), p)
	}

	// Paths the binary writes must be on a volume: the root fs is read-only.
	for _, flag := range []string{"state", "data"} {
		p, ok := values[flag]
		if !ok {
			continue
		}
		onVolume := false
		for _, m := range c.VolumeMounts {
			if _, ok := volumes[m.Name]; !ok {
				t.Errorf("volumeMount %s: no such volume", m.Name)
			}
			if p == m.MountPath || strings.HasPrefix(p, strings.TrimSuffix(m.MountPath, "/")+"/") {
				onVolume = true
			}
		}
		if !onVolume {
			t.Errorf("--%s %s is not on a mounted volume (read-only root file system)", flag, p)
		}
	}

	if ro := c.SecurityContext.ReadOnlyRootFilesystem; ro == nil || !*ro {
		t.Errorf("container %s: readOnlyRootFilesystem is not true", c.Name)
	}
	if ape := c.SecurityContext.AllowPrivilegeEscalation; ape == nil || *ape {
		t.Errorf("container %s: allowPrivilegeEscalation is not false", c.Name)
	}
	for _, r := range []string{"cpu", "memory"} {
		if c.Resources.Requests[r] == "" || c.Resources.Limits[r] == "" {
			t.Errorf("container %s: no %s request and limit", c.Name, r)
		}
	}
	if o.Kind == "CronJob" || o.Kind == "Job" {
		return
	}

	// A long-running service: it must listen on all interfaces, on the port
	// its probes, its container port and its scrape annotation name.
	listen, ok := values["listen"]
	if !ok {
		t.Fatalf("no --listen: the binary's default listens on loopback, unreachable by probes")
	}
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		t.Fatalf("--listen %q: %v", listen, err)
	}
	if host != "0.0.0.0" && host != "" {
		t.Errorf("--listen %s: probes and scrapes cannot reach %s", listen, host)
	}
	portNames := map[string]string{}
	for _, p := range c.Ports {
		portNames[p.Name] = strconv.Itoa(p.ContainerPort)
		if strconv.Itoa(p.ContainerPort) != port {
			t.Errorf("containerPort %d, but --listen %s", p.ContainerPort, listen)
		}
	}
	for kind, pr := range map[string]*probe{"startup": c.StartupProbe, "readiness": c.ReadinessProbe, "liveness": c.LivenessProbe} {
		if pr == nil {
			if kind != "startup" {
				t.Errorf("no %s probe", kind)
			}
			continue
		}
		if pr.HTTPGet == nil || pr.HTTPGet.Path != "/healthz" {
			t.Errorf("%s probe is not an httpGet of /healthz", kind)
			continue
		}
		pp := pr.HTTPGet.Port.Value
		if named, ok := portNames[pp]; ok {
			pp = named
		}
		if pp != port {
			t.Errorf("%s probe port %q is not the listen port %s", kind, pr.HTTPGet.Port.Value, port)
		}
	}
	ann := pod.Metadata.Annotations
	if ann["prometheus.io/scrape"] != "true" || ann["prometheus.io/path"] != "/metrics" || ann["prometheus.io/port"] != port {
		t.Errorf("scrape annotations %v: want scrape true, path /metrics, port %s", ann, port)
	}
}

// TestKubernetesScaling pins the replica counts that correctness depends on.
func TestKubernetesScaling(t *testing.T) {
	objs, _, _ := loadManifests(t, filepath.Join(repoRoot(t), "deploy", "k8s"))
	deployments := map[string]object{}
	for _, o := range objs {
		if o.Kind == "Deployment" {
			deployments[o.Metadata.Name] = o
		}
	}
	tests := []struct {
		name     string
		min, max int
		recreate bool // never two at once, even during a rollout
	}{
		{"dedup", 1, 1, true},     // the single decider of incidents
		{"collector", 1, 1, true}, // one scheduler; its state volume is ReadWriteOnce
		{"triage", 1, 1, false},   // sessions live in process memory
		{"stats", 2, 1 << 20, false},
		{"classifier", 1, 1 << 20, false},
		{"writer", 1, 1 << 20, false},
	}
	for _, tt := range tests {
		o, ok := deployments[tt.name]
		if !ok {
			t.Errorf("no Deployment %s", tt.name)
			continue
		}
		r := 1
		if o.Spec.Replicas != nil {
			r = *o.Spec.Replicas
		}
		if r < tt.min || r > tt.max {
			t.Errorf("%s: %d replicas, want between %d and %d", tt.name, r, tt.min, tt.max)
		}
		if tt.recreate && o.Spec.Strategy.Type != "Recreate" {
			t.Errorf("%s: strategy %q, want Recreate so a rollout never runs two", tt.name, o.Spec.Strategy.Type)
		}
	}
}

// TestKubernetesServices checks that each Service selects a workload and
// targets a port that workload names.
func TestKubernetesServices(t *testing.T) {
	objs, _, _ := loadManifests(t, filepath.Join(repoRoot(t), "deploy", "k8s"))
	var names []string
	for _, o := range objs {
		if o.Kind != "Service" {
			continue
		}
		names = append(names, o.Metadata.Name)
		var sel map[string]string
		if err := o.Spec.Selector.Decode(&sel); err != nil || len(sel) == 0 {
			t.Errorf("service %s: no selector (%v)", o.Metadata.Name, err)
			continue
		}
		var target *podTemplate
		for _, w := range objs {
			if w.Kind == "Deployment" && matches(sel, w.Spec.Template.Metadata.Labels) {
				target = podOf(w)
			}
		}
		if target == nil {
			t.Errorf("service %s: selector %v matches no Deployment", o.Metadata.Name, sel)
			continue
		}
		for _, p := range o.Spec.Ports {
			found := false
			for _, c := range target.Spec.Containers {
				for _, cp := range c.Ports {
					if p.TargetPort.Value == cp.Name || p.TargetPort.Value == strconv.Itoa(cp.ContainerPort) {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("service %s: targetPort %s is no container port of its pods", o.Metadata.Name, p.TargetPort.Value)
			}
		}
	}
	sort.Strings(names)
	if strings.Join(names, ",") != "stats,triage" {
		t.Errorf("services %v, want stats and triage", names)
	}
}

func matches(selector, labels map[string]string) bool {
	for k, v := range selector {
		if labels[k] != v {
			return false
		}
	}
	return true
}

func TestKubernetesConfigMap(t *testing.T) {
	objs, _, _ := loadManifests(t, filepath.Join(repoRoot(t), "deploy", "k8s"))
	for _, o := range objs {
		if o.Kind != "ConfigMap" || o.Metadata.Name != "cit-config" {
			continue
		}
		want := []string{"CIT_CLICKHOUSE_ADDR", "CIT_CLICKHOUSE_DB", "CIT_NATS_URL"}
		if got := sortedKeys(o.Data); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("cit-config keys %v, want %v", got, want)
		}
		if _, _, err := net.SplitHostPort(o.Data["CIT_CLICKHOUSE_ADDR"]); err != nil {
			t.Errorf("CIT_CLICKHOUSE_ADDR %q is not HOST:PORT: %v", o.Data["CIT_CLICKHOUSE_ADDR"], err)
		}
		if !strings.HasPrefix(o.Data["CIT_NATS_URL"], "nats://") && !strings.HasPrefix(o.Data["CIT_NATS_URL"], "tls://") {
			t.Errorf("CIT_NATS_URL %q is not a nats:// URL", o.Data["CIT_NATS_URL"])
		}
		return
	}
	t.Error("no ConfigMap cit-config")
}

func TestCheckArgs(t *testing.T) {
	fs := flagSet{"listen": false, "once": true, "state": false}
	tests := []struct {
		args     []string
		values   map[string]string
		problems int
	}{
		{[]string{"--listen", "0.0.0.0:1"}, map[string]string{"listen": "0.0.0.0:1"}, 0},
		{[]string{"-listen=:1", "--once"}, map[string]string{"listen": ":1", "once": ""}, 0},
		{[]string{"--nope", "x"}, map[string]string{}, 2},                                 // undefined, then a positional
		{[]string{"--once", "stray", "--listen", ":1"}, map[string]string{"once": ""}, 1}, // parsing stops at "stray"
		{[]string{"--state"}, map[string]string{}, 1},                                     // no value
	}
	for _, tt := range tests {
		values, problems := checkArgs(fs, tt.args)
		if len(problems) != tt.problems {
			t.Errorf("%v: problems %v, want %d", tt.args, problems, tt.problems)
		}
		if len(values) != len(tt.values) {
			t.Errorf("%v: values %v, want %v", tt.args, values, tt.values)
		}
		for k, v := range tt.values {
			if values[k] != v {
				t.Errorf("%v: --%s = %q, want %q", tt.args, k, values[k], v)
			}
		}
	}
}
