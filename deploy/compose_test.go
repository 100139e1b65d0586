package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// composeFile transcribes the part of the Compose specification
// (compose-spec.io) that a file here may use. Decoding is strict: a key the
// specification does not define there is an error, as in `docker compose
// config`. Extension keys (x-...) are dropped first, as Compose does.
type composeFile struct {
	Name     string                     `json:"name,omitempty"`
	Services map[string]composeService  `json:"services"`
	Volumes  map[string]*composeVolume  `json:"volumes,omitempty"`
	Networks map[string]*composeNetwork `json:"networks,omitempty"`
}

type composeService struct {
	Image           string           `json:"image,omitempty"`
	Build           *composeBuild    `json:"build,omitempty"`
	Command         stringOrList     `json:"command,omitempty"`
	Entrypoint      stringOrList     `json:"entrypoint,omitempty"`
	Environment     mapOrList        `json:"environment,omitempty"`
	EnvFile         stringOrList     `json:"env_file,omitempty"`
	DependsOn       composeDependsOn `json:"depends_on,omitempty"`
	Restart         string           `json:"restart,omitempty"`
	StopGracePeriod string           `json:"stop_grace_period,omitempty"`
	StopSignal      string           `json:"stop_signal,omitempty"`
	Healthcheck     *struct {
		Test          stringOrList `json:"test,omitempty"`
		Interval      string       `json:"interval,omitempty"`
		Timeout       string       `json:"timeout,omitempty"`
		StartPeriod   string       `json:"start_period,omitempty"`
		StartInterval string       `json:"start_interval,omitempty"`
		Retries       int          `json:"retries,omitempty"`
		Disable       bool         `json:"disable,omitempty"`
	} `json:"healthcheck,omitempty"`
	Ports    []string `json:"ports,omitempty"`
	Volumes  []string `json:"volumes,omitempty"`
	Networks []string `json:"networks,omitempty"`
	Deploy   *struct {
		Replicas  *int `json:"replicas,omitempty"`
		Resources *struct {
			Limits       map[string]any `json:"limits,omitempty"`
			Reservations map[string]any `json:"reservations,omitempty"`
		} `json:"resources,omitempty"`
		RestartPolicy map[string]any `json:"restart_policy,omitempty"`
	} `json:"deploy,omitempty"`
	User       string       `json:"user,omitempty"`
	WorkingDir string       `json:"working_dir,omitempty"`
	ReadOnly   bool         `json:"read_only,omitempty"`
	Tmpfs      stringOrList `json:"tmpfs,omitempty"`
}

type composeBuild struct {
	Context    string    `json:"context"`
	Dockerfile string    `json:"dockerfile,omitempty"`
	Args       mapOrList `json:"args,omitempty"`
	Target     string    `json:"target,omitempty"`
}

type composeVolume struct {
	Driver     string            `json:"driver,omitempty"`
	DriverOpts map[string]string `json:"driver_opts,omitempty"`
	External   bool              `json:"external,omitempty"`
	Name       string            `json:"name,omitempty"`
}

type composeNetwork struct {
	Driver   string `json:"driver,omitempty"`
	External bool   `json:"external,omitempty"`
	Name     string `json:"name,omitempty"`
}

// stringOrList is a Compose field given as one string or a list of them.
type stringOrList []string

func (s *stringOrList) UnmarshalJSON(b []byte) error {
	var one string
	if json.Unmarshal(b, &one) == nil {
		*s = stringOrList{one}
		return nil
	}
	var list []string
	if err := json.Unmarshal(b, &list); err != nil {
		return fmt.Errorf("want a string or a list of strings: %w", err)
	}
	*s = list
	return nil
}

// mapOrList is environment-like: a map of scalars or a list of KEY=VALUE.
type mapOrList map[string]string

func (m *mapOrList) UnmarshalJSON(b []byte) error {
	var list []string
	if json.Unmarshal(b, &list) == nil {
		*m = mapOrList{}
		for _, kv := range list {
			k, v, _ := strings.Cut(kv, "=")
			(*m)[k] = v
		}
		return nil
	}
	var raw map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("want a map or a list of KEY=VALUE: %w", err)
	}
	*m = mapOrList{}
	for k, v := range raw {
		switch v.(type) {
		case string, float64, bool, nil:
			(*m)[k] = fmt.Sprint(v)
		default:
			return fmt.Errorf("%s: want a scalar, got %T", k, v)
		}
	}
	return nil
}

// composeDependsOn is depends_on: a list of services or a map of service to
// its condition.
type composeDependsOn map[string]string

func (d *composeDependsOn) UnmarshalJSON(b []byte) error {
	var list []string
	if json.Unmarshal(b, &list) == nil {
		*d = composeDependsOn{}
		for _, s := range list {
			(*d)[s] = "service_started"
		}
		return nil
	}
	var long map[string]struct {
		Condition string `json:"condition"`
		Restart   bool   `json:"restart,omitempty"`
		Required  *bool  `json:"required,omitempty"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&long); err != nil {
		return fmt.Errorf("depends_on: %w", err)
	}
	*d = composeDependsOn{}
	for s, c := range long {
		(*d)[s] = c.Condition
	}
	return nil
}

// interpolation matches the ${...} forms Compose expands.
var interpolation = regexp.MustCompile(`\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-?+])[^}]*)?\}`)

// decodeCompose parses a Compose file: YAML (anchors and merge keys
// resolved), extension keys dropped, decoded strictly, then checked as
// Compose checks it.
func decodeCompose(b []byte) (*composeFile, error) {
	var raw map[string]any
	if err := yaml.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	if err := checkInterpolation(raw); err != nil {
		return nil, err
	}
	dropExtensions(raw)
	if svcs, ok := raw["services"].(map[string]any); ok {
		for _, s := range svcs {
			if m, ok := s.(map[string]any); ok {
				dropExtensions(m)
			}
		}
	}
	j, err := json.Marshal(raw)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(j))
	dec.DisallowUnknownFields()
	f := new(composeFile)
	if err := dec.Decode(f); err != nil {
		return nil, err
	}
	return f, f.validate()
}

// checkInterpolation finds a string value whose "${" does not open a
// well-formed interpolation ("$${" escapes one), as Compose would.
func checkInterpolation(v any) error {
	switch v := v.(type) {
	case string:
		rest := interpolation.ReplaceAllString(strings.ReplaceAll(v, "$${", ""), "")
		if strings.Contains(rest, "${") {
			return fmt.Errorf("malformed interpolation in %q", v)
		}
	case map[string]any:
		for _, x := range v {
			if err := checkInterpolation(x); err != nil {
				return err
			}
		}
	case []any:
		for _, x := range v {
			if err := checkInterpolation(x); err != nil {
				return err
			}
		}
	}
	return nil
}

func dropExtensions(m map[string]any) {
	for k := range m {
		if strings.HasPrefix(k, "x-") {
			delete(m, k)
		}
	}
}

func (f *composeFile) validate() error {
	if len(f.Services) == 0 {
		return errors.New("no services")
	}
	for name, s := range f.Services {
		if s.Image == "" && s.Build == nil {
			return fmt.Errorf("service %s: neither image nor build", name)
		}
		for dep, cond := range s.DependsOn {
			if _, ok := f.Services[dep]; !ok {
				return fmt.Errorf("service %s depends on undefined service %s", name, dep)
			}
			if !slices.Contains([]string{"service_started", "service_healthy", "service_completed_successfully"}, cond) {
				return fmt.Errorf("service %s: depends_on %s: condition %q", name, dep, cond)
			}
			if cond == "service_healthy" && f.Services[dep].Healthcheck == nil {
				return fmt.Errorf("service %s waits for %s to be healthy, which has no healthcheck", name, dep)
			}
		}
		if s.Restart != "" && !slices.Contains([]string{"no", "always", "on-failure", "unless-stopped"}, strings.SplitN(s.Restart, ":", 2)[0]) {
			return fmt.Errorf("service %s: restart %q", name, s.Restart)
		}
		durations := map[string]string{"stop_grace_period": s.StopGracePeriod}
		if h := s.Healthcheck; h != nil {
			durations["healthcheck.interval"], durations["healthcheck.timeout"] = h.Interval, h.Timeout
			durations["healthcheck.start_period"], durations["healthcheck.start_interval"] = h.StartPeriod, h.StartInterval
		}
		for what, d := range durations {
			if _, err := time.ParseDuration(d); d != "" && err != nil {
				return fmt.Errorf("service %s: %s %q is not a duration", name, what, d)
			}
		}
		for _, v := range s.Volumes {
			src, _, ok := strings.Cut(v, ":")
			if !ok || src == "" {
				return fmt.Errorf("service %s: volume %q is not SOURCE:TARGET", name, v)
			}
			if !strings.HasPrefix(src, ".") && !strings.HasPrefix(src, "/") && !strings.HasPrefix(src, "~") {
				if _, ok := f.Volumes[src]; !ok {
					return fmt.Errorf("service %s uses undefined volume %s", name, src)
				}
			}
		}
		for _, p := range s.Ports {
			for _, n := range strings.Split(strings.TrimSuffix(strings.TrimSuffix(p, "/tcp"), "/udp"), ":") {
				if port, err := strconv.Atoi(n); err != nil || port < 1 || port > 65535 {
					if strings.Count(p, ":") < 2 { // HOST_IP:HOST:CONTAINER has an address first
						return fmt.Errorf("service %s: port %q", name, p)
					}
				}
			}
		}
		if s.Deploy != nil && s.Deploy.Replicas != nil && *s.Deploy.Replicas < 0 {
			return fmt.Errorf("service %s: negative replicas", name)
		}
	}
	return nil
}

// TestComposeSchema decodes docker-compose.yml strictly against the Compose
// specification's keys and checks its references.
func TestComposeSchema(t *testing.T) {
	b, err := os.ReadFile("docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decodeCompose(b); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
}

// TestComposeRejects mutates docker-compose.yml one mistake at a time; each
// must be rejected.
func TestComposeRejects(t *testing.T) {
	b, err := os.ReadFile("docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	good := string(b)
	for _, tc := range []struct{ name, from, to, wantErr string }{
		{"typo in a service key", "restart: unless-stopped\n  stop_grace_period", "restart: unless-stopped\n  stop_grace_priod", "stop_grace_priod"},
		{"typo in a merged anchor", "environment: &claimpipe-env", "enviroment: &claimpipe-env", "enviroment"},
		{"unknown top-level key", "\nvolumes:\n", "\nvolume:\n", "volume"},
		{"depends on an undefined service", "nats-3: {condition: service_started}", "nats-4: {condition: service_started}", "undefined service nats-4"},
		{"unknown depends_on condition", "{condition: service_healthy}", "{condition: healthy}", `condition "healthy"`},
		{"undefined named volume", "pg:/var/lib/postgresql/data", "pgdata:/var/lib/postgresql/data", "undefined volume pgdata"},
		{"bad restart policy", "restart: unless-stopped", "restart: sometimes", `restart "sometimes"`},
		{"bad duration", "stop_grace_period: 30s", "stop_grace_period: thirty", "not a duration"},
		{"wrong type", "deploy: {replicas: 2}", "deploy: {replicas: two}", "replicas"},
		{"malformed interpolation", "${POSTGRES_PASSWORD:-claimpipe}@", "${POSTGRES_PASSWORD:-claimpipe@", "malformed interpolation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := strings.Replace(good, tc.from, tc.to, 1)
			if bad == good {
				t.Fatalf("%q is not in docker-compose.yml: fix the test", tc.from)
			}
			if _, err := decodeCompose([]byte(bad)); err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error = %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}

// TestComposeConfig runs Docker Compose's own check where it is installed
// (`docker compose`, or the older `docker-compose`), and says loudly that it
// was skipped where it is not.
func TestComposeConfig(t *testing.T) {
	var cmd []string
	if p, err := exec.LookPath("docker"); err == nil && exec.Command(p, "compose", "version").Run() == nil {
		cmd = []string{p, "compose"}
	} else if p, err := exec.LookPath("docker-compose"); err == nil {
		cmd = []string{p}
	}
	if cmd == nil {
		t.Skip("SKIPPED: neither `docker compose` nor `docker-compose` is installed here, so Compose's own `config -q` " +
			"did not run; docker-compose.yml was checked by TestComposeSchema only")
	}
	out, err := exec.Command(cmd[0], append(cmd[1:], "-f", "docker-compose.yml", "config", "-q")...).CombinedOutput()
	if err != nil {
		t.Errorf("%s config: %v\n%s", strings.Join(cmd, " "), err, out)
	}
}
