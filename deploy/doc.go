// Package deploy holds no code: it is the deployment files for running
// claimpipe at scale — docker-compose.yml (three-node NATS cluster, PostgreSQL,
// workers per stage, the desk with logins kept in PostgreSQL), nats/nats.conf,
// Dockerfile, and k8s/
// (Deployments per stage, the NATS Helm chart values, KEDA ScaledObjects) —
// and the tests that check them in `make test`: strict schema checks of every
// manifest (Kubernetes API types, KEDA's and the NATS chart's documented
// keys, nats-server's config loader, the Compose specification) and Compose's
// own `config -q` where it is installed. README.md is the guide to
// running at scale.
package deploy
