package deploy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nats-io/nats-server/v2/server"
	corev1 "k8s.io/api/core/v1"
	sigsyaml "sigs.k8s.io/yaml"
)

// natsValues transcribes the keys of the official NATS Helm chart (1.x) that
// a values file may set, as the chart's templates read them
// (files/config/*.yaml, files/stateful-set/*.yaml). The parts claimpipe
// sets are typed down to their leaves; the container and pod-template merges
// are Kubernetes objects and decode strictly into theirs. Sections claimpipe
// does not use are accepted whole under their documented names.
type natsValues struct {
	Global            any `json:"global,omitempty"`
	NameOverride      any `json:"nameOverride,omitempty"`
	FullnameOverride  any `json:"fullnameOverride,omitempty"`
	NamespaceOverride any `json:"namespaceOverride,omitempty"`

	Config      natsConfig       `json:"config"`
	Container   *natsContainer   `json:"container,omitempty"`
	PodTemplate *natsPodTemplate `json:"podTemplate,omitempty"`

	Reloader            any `json:"reloader,omitempty"`
	PromExporter        any `json:"promExporter,omitempty"`
	Service             any `json:"service,omitempty"`
	HeadlessService     any `json:"headlessService,omitempty"`
	StatefulSet         any `json:"statefulSet,omitempty"`
	ConfigMap           any `json:"configMap,omitempty"`
	PodDisruptionBudget any `json:"podDisruptionBudget,omitempty"`
	ServiceAccount      any `json:"serviceAccount,omitempty"`
	NatsBox             any `json:"natsBox,omitempty"`
	Ingress             any `json:"ingress,omitempty"`
	PodMonitor          any `json:"podMonitor,omitempty"`
	ExtraResources      any `json:"extraResources,omitempty"`
}

// mergePatch is the chart's escape hatch on every section: a map merged into
// what the chart renders, and JSON patches applied to it.
type mergePatch struct {
	Merge map[string]any `json:"merge,omitempty"`
	Patch []any          `json:"patch,omitempty"`
}

type natsConfig struct {
	Cluster *struct {
		Enabled  bool `json:"enabled"`
		Replicas int  `json:"replicas,omitempty"`
		mergePatch
		Port      any `json:"port,omitempty"`
		RouteURLs any `json:"routeURLs,omitempty"`
		TLS       any `json:"tls,omitempty"`
	} `json:"cluster,omitempty"`
	JetStream *struct {
		Enabled   bool `json:"enabled"`
		FileStore *struct {
			Enabled bool   `json:"enabled"`
			Dir     string `json:"dir,omitempty"`
			MaxSize string `json:"maxSize,omitempty"`
			PVC     *struct {
				Enabled          bool   `json:"enabled"`
				Size             string `json:"size,omitempty"`
				StorageClassName string `json:"storageClassName,omitempty"`
				Name             string `json:"name,omitempty"`
				mergePatch
			} `json:"pvc,omitempty"`
		} `json:"fileStore,omitempty"`
		MemoryStore any `json:"memoryStore,omitempty"`
		mergePatch
	} `json:"jetstream,omitempty"`
	Monitor *struct {
		Enabled bool `json:"enabled"`
		Port    int  `json:"port,omitempty"`
		TLS     any  `json:"tls,omitempty"`
	} `json:"monitor,omitempty"`
	mergePatch
	Nats             any `json:"nats,omitempty"`
	Leafnodes        any `json:"leafnodes,omitempty"`
	Websocket        any `json:"websocket,omitempty"`
	MQTT             any `json:"mqtt,omitempty"`
	Gateway          any `json:"gateway,omitempty"`
	Profiling        any `json:"profiling,omitempty"`
	Resolver         any `json:"resolver,omitempty"`
	ServerNamePrefix any `json:"serverNamePrefix,omitempty"`
}

type natsContainer struct {
	Image                   any               `json:"image,omitempty"`
	Ports                   any               `json:"ports,omitempty"`
	Env                     any               `json:"env,omitempty"`
	Merge                   *corev1.Container `json:"merge,omitempty"`
	Patch                   []any             `json:"patch,omitempty"`
	NatsVolumeMountPrefixes any               `json:"natsVolumeMountPrefixes,omitempty"`
}

type natsPodTemplate struct {
	// Keyed by topologyKey; the chart adds the key and the label selector.
	TopologySpreadConstraints map[string]corev1.TopologySpreadConstraint `json:"topologySpreadConstraints,omitempty"`
	ConfigChecksumAnnotation  *bool                                      `json:"configChecksumAnnotation,omitempty"`
	Merge                     *corev1.PodTemplateSpec                    `json:"merge,omitempty"`
	Patch                     []any                                      `json:"patch,omitempty"`
}

func decodeNATSValues(b []byte) (*natsValues, error) {
	v := new(natsValues)
	return v, sigsyaml.UnmarshalStrict(b, v)
}

// TestNATSChartValues decodes k8s/nats-values.yaml strictly against the
// chart's keys and checks what claimpipe relies on: JetStream on persistent
// volumes fsyncing always, three nodes, 8 MiB payloads, monitoring for KEDA.
func TestNATSChartValues(t *testing.T) {
	b, err := os.ReadFile("k8s/nats-values.yaml")
	if err != nil {
		t.Fatal(err)
	}
	v, err := decodeNATSValues(b)
	if err != nil {
		t.Fatalf("nats-values.yaml: %v", err)
	}
	c := v.Config
	switch {
	case c.JetStream == nil || !c.JetStream.Enabled:
		t.Error("config.jetstream.enabled is not true")
	case c.JetStream.FileStore == nil || !c.JetStream.FileStore.Enabled || c.JetStream.FileStore.PVC == nil || !c.JetStream.FileStore.PVC.Enabled:
		t.Error("JetStream file store on a PVC is not enabled")
	case c.JetStream.Merge["sync_interval"] != "always":
		t.Errorf("config.jetstream.merge.sync_interval = %v, want always", c.JetStream.Merge["sync_interval"])
	}
	if c.Cluster == nil || !c.Cluster.Enabled || c.Cluster.Replicas != 3 {
		t.Error("config.cluster: want enabled with 3 replicas")
	}
	if n, _ := c.Merge["max_payload"].(float64); n < 8<<20 {
		t.Errorf("config.merge.max_payload = %v, want at least 8 MiB", c.Merge["max_payload"])
	}
	if c.Monitor == nil || !c.Monitor.Enabled {
		t.Error("config.monitor.enabled is not true (KEDA's scaler reads the monitoring port)")
	}
}

// TestNATSChartValuesRejects checks that keys the chart does not read are
// caught: the old (0.x) chart's names, typos, and typos inside the
// Kubernetes objects merged into the pod.
func TestNATSChartValuesRejects(t *testing.T) {
	b, err := os.ReadFile("k8s/nats-values.yaml")
	if err != nil {
		t.Fatal(err)
	}
	good := string(b)
	for _, tc := range []struct{ name, from, to, wantErr string }{
		{"0.x chart key", "fileStore:", "fileStorage:", "fileStorage"},
		{"typo in a typed section", "replicas: 3", "replica: 3", "replica"},
		{"typo at the top", "podTemplate:", "podTemplates:", "podTemplates"},
		{"typo in the merged container", "resources:", "resource:", "resource"},
		{"typo in a spread constraint", "maxSkew: 1", "maxSkw: 1", "maxSkw"},
		{"wrong type", "enabled: true", "enabled: yes please", "enabled"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := strings.Replace(good, tc.from, tc.to, 1)
			if bad == good {
				t.Fatalf("%q is not in nats-values.yaml: fix the test", tc.from)
			}
			if _, err := decodeNATSValues([]byte(bad)); err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error = %v, want one naming %q", err, tc.wantErr)
			}
		})
	}
}

// TestNATSConf loads nats/nats.conf with nats-server's own configuration
// loader (the same version as the embedded server), which rejects unknown
// fields, and checks fsync always, JetStream and the three routes.
func TestNATSConf(t *testing.T) {
	t.Setenv("SERVER_NAME", "nats-1") // set per container by the compose file
	o, err := server.ProcessConfigFile(filepath.Join("nats", "nats.conf"))
	if err != nil {
		t.Fatalf("nats.conf: %v", err)
	}
	if !o.SyncAlways || !o.JetStream || len(o.Routes) != 3 || o.MaxPayload < 8<<20 || o.ServerName != "nats-1" {
		t.Errorf("nats.conf: sync always %v, jetstream %v, %d routes, max payload %d, server name %q; want true, true, 3, 8 MiB, nats-1",
			o.SyncAlways, o.JetStream, len(o.Routes), o.MaxPayload, o.ServerName)
	}
	bad := filepath.Join(t.TempDir(), "bad.conf")
	conf, _ := os.ReadFile(filepath.Join("nats", "nats.conf"))
	if err := os.WriteFile(bad, []byte(strings.Replace(string(conf), "sync_interval:", "sync_intervall:", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := server.ProcessConfigFile(bad); err == nil || !strings.Contains(err.Error(), "sync_intervall") {
		t.Errorf("a typo'd field was not rejected: %v", err)
	}
}
