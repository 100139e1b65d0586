package deploy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/validation"
	sigsyaml "sigs.k8s.io/yaml"
)

// The Kubernetes manifests are checked the way kubeconform checks them, with
// the API's own Go types standing in for its OpenAPI schema: each document
// is decoded strictly (an unknown or duplicated field, or a value of the
// wrong type, is an error) into the typed object of its apiVersion and kind,
// and then checked for what the API server would require. KEDA's
// ScaledObject and the NATS chart's values have no Go types here, so small
// structs below transcribe their documented keys.

// object is a decoded manifest document.
type object struct {
	file string
	kind string // apiVersion/kind
	obj  any    // *appsv1.Deployment, *scaledObject, ...
}

// schemas maps apiVersion/kind to a new typed object of that kind. A kind
// missing here is an error, not a pass: add its type when a manifest needs
// it.
var schemas = map[string]func() any{
	"v1/Namespace":                  func() any { return new(corev1.Namespace) },
	"v1/Service":                    func() any { return new(corev1.Service) },
	"v1/Secret":                     func() any { return new(corev1.Secret) },
	"v1/ConfigMap":                  func() any { return new(corev1.ConfigMap) },
	"v1/ServiceAccount":             func() any { return new(corev1.ServiceAccount) },
	"apps/v1/Deployment":            func() any { return new(appsv1.Deployment) },
	"apps/v1/StatefulSet":           func() any { return new(appsv1.StatefulSet) },
	"policy/v1/PodDisruptionBudget": func() any { return new(policyv1.PodDisruptionBudget) },
	"keda.sh/v1alpha1/ScaledObject": func() any { return new(scaledObject) },
}

// splitDocs returns each non-empty YAML document of b, re-encoded alone.
func splitDocs(b []byte) ([][]byte, error) {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var out [][]byte
	for i := 0; ; i++ {
		var n yaml.Node
		err := dec.Decode(&n)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", i, err)
		}
		if len(n.Content) == 0 || n.Content[0].Tag == "!!null" {
			continue // only comments
		}
		d, err := yaml.Marshal(&n)
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", i, err)
		}
		out = append(out, d)
	}
}

// decodeManifest decodes one document strictly into the type its apiVersion
// and kind name.
func decodeManifest(doc []byte) (string, any, error) {
	var tm metav1.TypeMeta
	if err := sigsyaml.Unmarshal(doc, &tm); err != nil {
		return "", nil, err
	}
	if tm.APIVersion == "" || tm.Kind == "" {
		return "", nil, errors.New("no apiVersion or kind")
	}
	kind := tm.APIVersion + "/" + tm.Kind
	mk := schemas[kind]
	if mk == nil {
		return kind, nil, fmt.Errorf("%s: no schema for this kind (add its type to schemas)", kind)
	}
	obj := mk()
	if err := sigsyaml.UnmarshalStrict(doc, obj); err != nil {
		return kind, nil, fmt.Errorf("%s: %w", kind, err)
	}
	if err := validate(obj); err != nil {
		return kind, nil, fmt.Errorf("%s: %w", kind, err)
	}
	return kind, obj, nil
}

// validate checks what the schema's types cannot: required fields, names,
// a Deployment's selector against its pods, probes against ports.
func validate(obj any) error {
	if o, ok := obj.(metav1.Object); ok {
		if errs := validation.IsDNS1123Subdomain(o.GetName()); len(errs) > 0 {
			return fmt.Errorf("metadata.name %q: %s", o.GetName(), strings.Join(errs, "; "))
		}
	}
	switch o := obj.(type) {
	case *appsv1.Deployment:
		return validatePods(o.Spec.Selector, &o.Spec.Template)
	case *appsv1.StatefulSet:
		return validatePods(o.Spec.Selector, &o.Spec.Template)
	case *corev1.Service:
		if len(o.Spec.Ports) == 0 {
			return errors.New("spec.ports: a Service needs a port")
		}
		for _, p := range o.Spec.Ports {
			if p.Port < 1 || p.Port > 65535 {
				return fmt.Errorf("spec.ports %q: port %d out of range", p.Name, p.Port)
			}
		}
	case *corev1.Secret:
		switch o.Type {
		case "", corev1.SecretTypeOpaque, corev1.SecretTypeTLS, corev1.SecretTypeBasicAuth, corev1.SecretTypeDockerConfigJson:
		default:
			return fmt.Errorf("type %q: not a Secret type", o.Type)
		}
	case *scaledObject:
		return o.validate()
	}
	return nil
}

func validatePods(sel *metav1.LabelSelector, t *corev1.PodTemplateSpec) error {
	if sel == nil {
		return errors.New("spec.selector is required")
	}
	s, err := metav1.LabelSelectorAsSelector(sel)
	if err != nil {
		return fmt.Errorf("spec.selector: %w", err)
	}
	if s.Empty() || !s.Matches(labels.Set(t.Labels)) {
		return fmt.Errorf("spec.selector %v does not select the pod template's labels %v", sel.MatchLabels, t.Labels)
	}
	if len(t.Spec.Containers) == 0 {
		return errors.New("spec.template.spec.containers: at least one container")
	}
	for _, c := range t.Spec.Containers {
		if errs := validation.IsDNS1123Label(c.Name); len(errs) > 0 {
			return fmt.Errorf("container name %q: %s", c.Name, strings.Join(errs, "; "))
		}
		if c.Image == "" {
			return fmt.Errorf("container %s: no image", c.Name)
		}
		ports := map[string]bool{}
		for _, p := range c.Ports {
			if p.ContainerPort < 1 || p.ContainerPort > 65535 {
				return fmt.Errorf("container %s: port %d out of range", c.Name, p.ContainerPort)
			}
			if p.Name != "" {
				if errs := validation.IsValidPortName(p.Name); len(errs) > 0 {
					return fmt.Errorf("container %s: port name %q: %s", c.Name, p.Name, strings.Join(errs, "; "))
				}
				ports[p.Name] = true
			}
		}
		for what, pr := range map[string]*corev1.Probe{"liveness": c.LivenessProbe, "readiness": c.ReadinessProbe, "startup": c.StartupProbe} {
			if pr == nil || pr.HTTPGet == nil {
				continue
			}
			if p := pr.HTTPGet.Port; p.StrVal != "" && !ports[p.StrVal] {
				return fmt.Errorf("container %s: %s probe names port %q, which the container does not declare", c.Name, what, p.StrVal)
			}
		}
	}
	return nil
}

// scaledObject is KEDA's keda.sh/v1alpha1 ScaledObject, with the fields of
// its documented specification (keda.sh/docs/latest/reference/scaledobject-spec).
type scaledObject struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	Spec              scaledObjectSpec `json:"spec"`
}

type scaledObjectSpec struct {
	ScaleTargetRef struct {
		APIVersion             string `json:"apiVersion,omitempty"`
		Kind                   string `json:"kind,omitempty"`
		Name                   string `json:"name"`
		EnvSourceContainerName string `json:"envSourceContainerName,omitempty"`
	} `json:"scaleTargetRef"`
	PollingInterval       *int32 `json:"pollingInterval,omitempty"`
	CooldownPeriod        *int32 `json:"cooldownPeriod,omitempty"`
	InitialCooldownPeriod *int32 `json:"initialCooldownPeriod,omitempty"`
	IdleReplicaCount      *int32 `json:"idleReplicaCount,omitempty"`
	MinReplicaCount       *int32 `json:"minReplicaCount,omitempty"`
	MaxReplicaCount       *int32 `json:"maxReplicaCount,omitempty"`
	Fallback              *struct {
		FailureThreshold int32  `json:"failureThreshold"`
		Replicas         int32  `json:"replicas"`
		Behavior         string `json:"behavior,omitempty"`
	} `json:"fallback,omitempty"`
	Advanced *struct {
		RestoreToOriginalReplicaCount bool `json:"restoreToOriginalReplicaCount,omitempty"`
		HorizontalPodAutoscalerConfig *struct {
			Name     string                                         `json:"name,omitempty"`
			Behavior *autoscalingv2.HorizontalPodAutoscalerBehavior `json:"behavior,omitempty"`
		} `json:"horizontalPodAutoscalerConfig,omitempty"`
		ScalingModifiers *struct {
			Formula          string `json:"formula,omitempty"`
			Target           string `json:"target,omitempty"`
			ActivationTarget string `json:"activationTarget,omitempty"`
			MetricType       string `json:"metricType,omitempty"`
		} `json:"scalingModifiers,omitempty"`
	} `json:"advanced,omitempty"`
	Triggers []kedaTrigger `json:"triggers"`
}

type kedaTrigger struct {
	Type              string            `json:"type"`
	Name              string            `json:"name,omitempty"`
	Metadata          map[string]string `json:"metadata"`
	MetricType        string            `json:"metricType,omitempty"`
	UseCachedMetrics  bool              `json:"useCachedMetrics,omitempty"`
	AuthenticationRef *struct {
		Name string `json:"name"`
		Kind string `json:"kind,omitempty"`
	} `json:"authenticationRef,omitempty"`
}

// triggerKeys are the documented metadata keys of the scalers used here
// (keda.sh/docs/latest/scalers/...), each marked required or optional, and
// the type of its value.
var triggerKeys = map[string]map[string]struct {
	required bool
	typ      string // "string", "int", "bool"
}{
	"nats-jetstream": {
		"natsServerMonitoringEndpoint": {true, "string"},
		"account":                      {false, "string"},
		"stream":                       {true, "string"},
		"consumer":                     {true, "string"},
		"lagThreshold":                 {true, "int"},
		"activationLagThreshold":       {false, "int"},
		"useHttps":                     {false, "bool"},
	},
}

func (o *scaledObject) validate() error {
	s := &o.Spec
	if s.ScaleTargetRef.Name == "" {
		return errors.New("spec.scaleTargetRef.name is required")
	}
	if s.MinReplicaCount != nil && s.MaxReplicaCount != nil && *s.MinReplicaCount > *s.MaxReplicaCount {
		return fmt.Errorf("minReplicaCount %d above maxReplicaCount %d", *s.MinReplicaCount, *s.MaxReplicaCount)
	}
	if s.IdleReplicaCount != nil && s.MinReplicaCount != nil && *s.IdleReplicaCount >= *s.MinReplicaCount {
		return errors.New("idleReplicaCount must be below minReplicaCount")
	}
	if len(s.Triggers) == 0 {
		return errors.New("spec.triggers: at least one trigger")
	}
	for i, tr := range s.Triggers {
		keys := triggerKeys[tr.Type]
		if keys == nil {
			return fmt.Errorf("trigger %d: type %q has no schema here (add its documented keys to triggerKeys)", i, tr.Type)
		}
		for k, v := range tr.Metadata {
			spec, ok := keys[k]
			if !ok {
				return fmt.Errorf("trigger %d (%s): unknown metadata key %q", i, tr.Type, k)
			}
			var err error
			switch spec.typ {
			case "int":
				_, err = strconv.Atoi(v)
			case "bool":
				_, err = strconv.ParseBool(v)
			}
			if err != nil {
				return fmt.Errorf("trigger %d (%s): metadata %s=%q is not a %s", i, tr.Type, k, v, spec.typ)
			}
		}
		for k, spec := range keys {
			if spec.required && tr.Metadata[k] == "" {
				return fmt.Errorf("trigger %d (%s): metadata %s is required", i, tr.Type, k)
			}
		}
	}
	return nil
}

// manifests decodes every document of every Kubernetes manifest in k8s/
// (the chart values aside), failing the test on any error.
func manifests(t *testing.T) []object {
	t.Helper()
	files, err := filepath.Glob("k8s/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifests in k8s/: %v", err)
	}
	var out []object
	for _, f := range files {
		if filepath.Base(f) == "nats-values.yaml" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ds, err := splitDocs(b)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		for i, d := range ds {
			kind, obj, err := decodeManifest(d)
			if err != nil {
				t.Errorf("%s document %d: %v", f, i+1, err)
				continue
			}
			out = append(out, object{file: f, kind: kind, obj: obj})
		}
	}
	return out
}

// TestKubernetesSchema decodes every manifest strictly into its API type
// and checks the references between them: every Service selects the pods of
// a Deployment and targets a port they declare, every ScaledObject scales a
// Deployment of its namespace, and everything lives in the Namespace
// declared.
func TestKubernetesSchema(t *testing.T) {
	objs := manifests(t)
	if len(objs) < 10 {
		t.Fatalf("decoded %d objects, want the namespace, desk, 4 workers and 4 ScaledObjects at least", len(objs))
	}
	namespaces := map[string]bool{}
	var deployments []*appsv1.Deployment
	for _, o := range objs {
		switch v := o.obj.(type) {
		case *corev1.Namespace:
			namespaces[v.Name] = true
		case *appsv1.Deployment:
			deployments = append(deployments, v)
		}
	}
	for _, o := range objs {
		m, ok := o.obj.(metav1.Object)
		if !ok {
			continue
		}
		if _, isNS := o.obj.(*corev1.Namespace); !isNS && !namespaces[m.GetNamespace()] {
			t.Errorf("%s %s %s: namespace %q is not declared in k8s/", o.file, o.kind, m.GetName(), m.GetNamespace())
		}
		switch v := o.obj.(type) {
		case *corev1.Service:
			checkServiceTargets(t, v, deployments)
		case *scaledObject:
			if !slices.ContainsFunc(deployments, func(d *appsv1.Deployment) bool {
				return d.Name == v.Spec.ScaleTargetRef.Name && d.Namespace == v.Namespace
			}) {
				t.Errorf("ScaledObject %s: no Deployment %s in namespace %s", v.Name, v.Spec.ScaleTargetRef.Name, v.Namespace)
			}
		}
	}
}

func checkServiceTargets(t *testing.T, s *corev1.Service, deployments []*appsv1.Deployment) {
	t.Helper()
	if len(s.Spec.Selector) == 0 {
		t.Errorf("Service %s: no selector", s.Name)
		return
	}
	sel := labels.SelectorFromSet(s.Spec.Selector)
	for _, d := range deployments {
		if d.Namespace != s.Namespace || !sel.Matches(labels.Set(d.Spec.Template.Labels)) {
			continue
		}
		for _, p := range s.Spec.Ports {
			name := p.TargetPort.StrVal
			if name == "" {
				continue
			}
			if !slices.ContainsFunc(d.Spec.Template.Spec.Containers, func(c corev1.Container) bool {
				return slices.ContainsFunc(c.Ports, func(cp corev1.ContainerPort) bool { return cp.Name == name })
			}) {
				t.Errorf("Service %s: targetPort %q is not a port of Deployment %s", s.Name, name, d.Name)
			}
		}
		return
	}
	t.Errorf("Service %s: selector %v matches no Deployment's pods", s.Name, s.Spec.Selector)
}

// TestSchemaRejects feeds decodeManifest documents with one mistake each:
// every one must be rejected, and the correct one accepted.
func TestSchemaRejects(t *testing.T) {
	const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: w, namespace: n}
spec:
  replicas: 2
  selector: {matchLabels: {app: w}}
  template:
    metadata: {labels: {app: w}}
    spec:
      containers:
        - name: w
          image: example/w:1
          ports: [{name: http, containerPort: 9090}]
          readinessProbe: {httpGet: {path: /readyz, port: http}}
`
	const scaled = `apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: {name: w, namespace: n}
spec:
  scaleTargetRef: {name: w}
  minReplicaCount: 1
  maxReplicaCount: 4
  triggers:
    - type: nats-jetstream
      metadata: {natsServerMonitoringEndpoint: "nats:8222", stream: S, consumer: c, lagThreshold: "10"}
`
	for _, tc := range []struct {
		name, doc string
		ok        bool
		wantErr   string // part of the error
	}{
		{"valid deployment", deployment, true, ""},
		{"valid scaled object", scaled, true, ""},
		{"typo in spec field", strings.Replace(deployment, "replicas: 2", "replica: 2", 1), false, `unknown field "replica"`},
		{"typo in container field", strings.Replace(deployment, "image: example/w:1", "imag: example/w:1", 1), false, "unknown field"},
		{"wrong type", strings.Replace(deployment, "replicas: 2", "replicas: two", 1), false, "replicas"},
		{"duplicate field", strings.Replace(deployment, "replicas: 2", "replicas: 2\n  replicas: 3", 1), false, "replicas"},
		{"selector misses the pods", strings.Replace(deployment, "matchLabels: {app: w}", "matchLabels: {app: x}", 1), false, "does not select"},
		{"no image", strings.Replace(deployment, "image: example/w:1", `image: ""`, 1), false, "no image"},
		{"probe on undeclared port", strings.Replace(deployment, "port: http}", "port: metrics}", 1), false, `port "metrics"`},
		{"bad name", strings.Replace(deployment, "name: w, namespace", "name: W_1, namespace", 1), false, "metadata.name"},
		{"unknown kind", strings.Replace(deployment, "kind: Deployment", "kind: Deploymnet", 1), false, "no schema"},
		{"typo in ScaledObject spec", strings.Replace(scaled, "minReplicaCount", "minReplicas", 1), false, "unknown field"},
		{"typo in trigger metadata", strings.Replace(scaled, "lagThreshold", "lagTreshold", 1), false, "unknown metadata key"},
		{"required trigger key missing", strings.Replace(scaled, ` consumer: c,`, ``, 1), false, "consumer is required"},
		{"non-numeric threshold", strings.Replace(scaled, `lagThreshold: "10"`, `lagThreshold: "ten"`, 1), false, "not a int"},
		{"min above max", strings.Replace(scaled, "maxReplicaCount: 4", "maxReplicaCount: 0", 1), false, "above maxReplicaCount"},
		{"unknown trigger type", strings.Replace(scaled, "type: nats-jetstream", "type: nats-jetstrem", 1), false, "no schema"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.doc == deployment && !tc.ok || tc.doc == scaled && !tc.ok {
				t.Fatal("the mutation did not apply: fix the test")
			}
			_, _, err := decodeManifest([]byte(tc.doc))
			if tc.ok && err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if !tc.ok && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("error = %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}
