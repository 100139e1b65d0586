package deploy

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// dockerInstructions are the Dockerfile reference's instructions.
var dockerInstructions = []string{"ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK",
	"LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR"}

// checkDockerfile checks a Dockerfile's syntax as far as the image build
// depends on it: known instructions, FROM first, stages named once and
// referred to only after they are defined, exec forms that are JSON arrays.
func checkDockerfile(text string) error {
	var lines []string
	cont := ""
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		if cont == "" && (t == "" || strings.HasPrefix(t, "#")) {
			continue
		}
		if strings.HasSuffix(t, `\`) {
			cont += strings.TrimSuffix(t, `\`) + " "
			continue
		}
		lines = append(lines, cont+t)
		cont = ""
	}
	if cont != "" {
		return fmt.Errorf("line continuation at the end of the file")
	}
	stages := map[string]bool{}
	seenFrom := false
	for i, l := range lines {
		instr, args, _ := strings.Cut(l, " ")
		instr = strings.ToUpper(instr)
		if !slices.Contains(dockerInstructions, instr) {
			return fmt.Errorf("instruction %d: unknown %q", i+1, instr)
		}
		if !seenFrom && instr != "FROM" && instr != "ARG" {
			return fmt.Errorf("instruction %d: %s before the first FROM", i+1, instr)
		}
		f := strings.Fields(args)
		switch instr {
		case "FROM":
			seenFrom = true
			if len(f) == 3 && strings.EqualFold(f[1], "AS") {
				if stages[f[2]] {
					return fmt.Errorf("instruction %d: stage %q named twice", i+1, f[2])
				}
				stages[f[2]] = true
			} else if len(f) != 1 {
				return fmt.Errorf("instruction %d: FROM %q, want IMAGE [AS NAME]", i+1, args)
			}
		case "COPY":
			for _, a := range f {
				if from, ok := strings.CutPrefix(a, "--from="); ok && !stages[from] && !strings.ContainsAny(from, "/:") {
					return fmt.Errorf("instruction %d: COPY --from=%s names no earlier stage", i+1, from)
				}
			}
			if n := len(slices.DeleteFunc(slices.Clone(f), func(a string) bool { return strings.HasPrefix(a, "--") })); n < 2 {
				return fmt.Errorf("instruction %d: COPY needs a source and a destination", i+1)
			}
		case "ENTRYPOINT", "CMD":
			if strings.HasPrefix(strings.TrimSpace(args), "[") {
				var exec []string
				if err := json.Unmarshal([]byte(args), &exec); err != nil {
					return fmt.Errorf("instruction %d: %s exec form is not a JSON array of strings: %v", i+1, instr, err)
				}
			}
		}
		if strings.TrimSpace(args) == "" {
			return fmt.Errorf("instruction %d: %s without arguments", i+1, instr)
		}
	}
	if !seenFrom {
		return fmt.Errorf("no FROM")
	}
	return nil
}

func TestDockerfile(t *testing.T) {
	b, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	good := string(b)
	if err := checkDockerfile(good); err != nil {
		t.Fatalf("Dockerfile: %v", err)
	}
	for _, tc := range []struct{ name, from, to, wantErr string }{
		{"misspelt instruction", "WORKDIR /src", "WORKDRI /src", "unknown"},
		{"copy from an unknown stage", "--from=build", "--from=builder", "names no earlier stage"},
		{"broken exec form", `ENTRYPOINT ["/claimpipe"]`, `ENTRYPOINT ["/claimpipe"`, "not a JSON array"},
		{"stage named twice", "FROM gcr.io/distroless/static-debian12:nonroot", "FROM gcr.io/distroless/static-debian12:nonroot AS build", "named twice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := strings.Replace(good, tc.from, tc.to, 1)
			if bad == good {
				t.Fatalf("%q is not in the Dockerfile: fix the test", tc.from)
			}
			if err := checkDockerfile(bad); err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error = %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}
