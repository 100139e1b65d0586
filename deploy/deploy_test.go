package deploy

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/claimpipe/claimpipe/pipeline"
)

// stages maps each worker stage to the stream it consumes.
var stages = map[string]string{
	pipeline.StageFetch:   pipeline.Submitted.Stream,
	pipeline.StageExtract: pipeline.Fetched.Stream,
	pipeline.StageClaims:  pipeline.Annotated.Stream,
	pipeline.StageStore:   pipeline.Extracted.Stream,
}

// docs parses every YAML document of a file.
func docs(t *testing.T, path string) []map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var out []map[string]any
	for {
		var d map[string]any
		err := dec.Decode(&d)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if d != nil {
			out = append(out, d)
		}
	}
	return out
}

// get walks a path of map keys and slice indexes ("0").
func get(v any, path ...string) any {
	for _, p := range path {
		switch m := v.(type) {
		case map[string]any:
			v = m[p]
		case []any:
			i := -1
			for j := range m {
				if p == string(rune('0'+j)) {
					i = j
				}
			}
			if i < 0 {
				return nil
			}
			v = m[i]
		default:
			return nil
		}
	}
	return v
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strs(v any) []string {
	var out []string
	if l, ok := v.([]any); ok {
		for _, x := range l {
			out = append(out, str(x))
		}
	}
	return out
}

func TestEveryYAMLParses(t *testing.T) {
	n := 0
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ext := filepath.Ext(path); ext == ".yaml" || ext == ".yml" {
			n++
			if len(docs(t, path)) == 0 {
				t.Errorf("%s: no YAML document", path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 5 {
		t.Errorf("found %d YAML files, want the compose file and the k8s manifests", n)
	}
}

func TestCompose(t *testing.T) {
	d := docs(t, "docker-compose.yml")[0]
	services, _ := d["services"].(map[string]any)
	for _, s := range []string{"nats-1", "nats-2", "nats-3", "postgres", "desk"} {
		if services[s] == nil {
			t.Errorf("compose: no service %s", s)
		}
	}
	for stage := range stages {
		svc := services[stage]
		if svc == nil {
			t.Errorf("compose: no service for stage %s", stage)
			continue
		}
		cmd := strs(get(svc, "command"))
		if i := slices.Index(cmd, "--stage"); i < 0 || i+1 >= len(cmd) || cmd[i+1] != stage || cmd[0] != "worker" {
			t.Errorf("compose %s: command %v, want worker --stage %s", stage, cmd, stage)
		}
		if !slices.Contains(cmd, "--replicas") {
			t.Errorf("compose %s: streams not set to R3 (--replicas 3)", stage)
		}
		if get(svc, "image") == nil || get(svc, "environment", "CLAIMPIPE_NATS") == nil || get(svc, "environment", "CLAIMPIPE_STORE") == nil {
			t.Errorf("compose %s: needs image, CLAIMPIPE_NATS and CLAIMPIPE_STORE", stage)
		}
		if r, _ := get(svc, "deploy", "replicas").(int); r < 2 {
			t.Errorf("compose %s: %d replicas, want N >= 2 workers per stage", stage, r)
		}
	}
	// The desk serves with logins; its users live in PostgreSQL.
	if cmd := strs(get(services["desk"], "command")); !slices.Contains(cmd, "desk") || slices.Contains(cmd, "--no-auth") ||
		get(services["desk"], "environment", "CLAIMPIPE_STORE") == nil {
		t.Errorf("compose desk: command %v, want the desk stage with logins (no --no-auth) and CLAIMPIPE_STORE", cmd)
	}
	nats := strings.Split(str(get(services, "nats-1", "command", "1")), "/")
	conf, err := os.ReadFile(filepath.Join("nats", nats[len(nats)-1]))
	if err != nil {
		t.Fatalf("compose nats config: %v", err)
	}
	for _, want := range []string{"sync_interval: always", "nats-route://nats-1:6222", "nats-route://nats-2:6222", "nats-route://nats-3:6222", "jetstream"} {
		if !strings.Contains(string(conf), want) {
			t.Errorf("nats.conf lacks %q", want)
		}
	}
}

// TestKubernetes checks claimpipe's essentials in the manifests (their
// schema is TestKubernetesSchema's): every object has apiVersion, kind and a
// name; every stage has a Deployment with
// an image, worker --stage args and both probes; KEDA scales each on its
// consumer's lag; the NATS chart values fsync always.
func TestKubernetes(t *testing.T) {
	files, _ := filepath.Glob("k8s/*.yaml")
	deployments := map[string]any{}
	scaled := map[string]any{}
	for _, f := range files {
		if filepath.Base(f) == "nats-values.yaml" {
			continue
		}
		for _, d := range docs(t, f) {
			kind, api, name := str(d["kind"]), str(d["apiVersion"]), str(get(d, "metadata", "name"))
			if kind == "" || api == "" || name == "" {
				t.Errorf("%s: object without apiVersion, kind or metadata.name: %v", f, d)
				continue
			}
			switch kind {
			case "Deployment":
				if api != "apps/v1" {
					t.Errorf("%s %s: apiVersion %s", f, name, api)
				}
				deployments[name] = d
			case "ScaledObject":
				scaled[name] = d
			}
		}
	}
	for stage, stream := range stages {
		name := "claimpipe-" + stage
		d := deployments[name]
		if d == nil {
			t.Errorf("no Deployment %s", name)
			continue
		}
		c := get(d, "spec", "template", "spec", "containers", "0")
		if str(get(c, "image")) == "" {
			t.Errorf("%s: no image", name)
		}
		args := strs(get(c, "args"))
		if len(args) == 0 || args[0] != "worker" || !slices.Contains(args, "--stage="+stage) {
			t.Errorf("%s: args %v, want worker --stage=%s", name, args, stage)
		}
		if str(get(c, "livenessProbe", "httpGet", "path")) != "/healthz" || str(get(c, "readinessProbe", "httpGet", "path")) != "/readyz" {
			t.Errorf("%s: want liveness /healthz and readiness /readyz probes", name)
		}
		sel := get(d, "spec", "selector", "matchLabels")
		lab := get(d, "spec", "template", "metadata", "labels")
		if sel == nil || str(get(sel, "app.kubernetes.io/component")) != str(get(lab, "app.kubernetes.io/component")) {
			t.Errorf("%s: selector does not match the pod labels", name)
		}
		so := scaled[name]
		if so == nil {
			t.Errorf("no KEDA ScaledObject for %s", name)
			continue
		}
		if str(get(so, "spec", "scaleTargetRef", "name")) != name {
			t.Errorf("ScaledObject %s targets %v", name, get(so, "spec", "scaleTargetRef", "name"))
		}
		tr := get(so, "spec", "triggers", "0")
		if str(get(tr, "type")) != "nats-jetstream" || str(get(tr, "metadata", "stream")) != stream ||
			str(get(tr, "metadata", "consumer")) != stage || str(get(tr, "metadata", "lagThreshold")) == "" {
			t.Errorf("ScaledObject %s: trigger %v, want nats-jetstream on %s/%s with a lagThreshold", name, tr, stream, stage)
		}
	}
	if d := deployments["claimpipe-desk"]; d == nil {
		t.Error("no desk Deployment")
	} else if args := strs(get(d, "spec", "template", "spec", "containers", "0", "args")); !slices.Contains(args, "--stage=desk") ||
		slices.ContainsFunc(args, func(a string) bool { return strings.HasPrefix(a, "--no-auth") }) {
		t.Errorf("desk Deployment args %v: want --stage=desk, with logins (no --no-auth)", args)
	}
	v := docs(t, "k8s/nats-values.yaml")[0]
	if str(get(v, "config", "jetstream", "merge", "sync_interval")) != "always" {
		t.Error("nats-values.yaml: config.jetstream.merge.sync_interval is not always")
	}
	if r, _ := get(v, "config", "cluster", "replicas").(int); r != 3 {
		t.Errorf("nats-values.yaml: cluster replicas %d, want 3", r)
	}
}
