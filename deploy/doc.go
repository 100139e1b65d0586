// Package deploy holds no code: it is the deployment files for running
// claimpipe at scale — docker-compose.yml (three-node NATS cluster, PostgreSQL,
// workers per stage, the desk with logins kept in PostgreSQL), nats/nats.conf,
// Dockerfile, and k8s/
// (Deployments per stage, the NATS Helm chart values, KEDA ScaledObjects) —
// and the test that checks them in `make test`. README.md is the guide to
// running at scale.
package deploy
