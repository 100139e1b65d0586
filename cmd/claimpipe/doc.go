// Command claimpipe reads the news and pulls out the claims worth checking.
//
// One binary, many subcommands: `run` starts the whole pipeline in one process
// (embedded NATS, SQLite, the desk); `worker` runs one stage, or the desk,
// against an external NATS cluster and PostgreSQL; `users` makes desk
// accounts and API tokens in either store; `ingest` submits articles;
// `extract` and `annotate` run the extractors offline; `regress` checks the
// fixture suite; `eval` scores the extractors on gold data. This package only
// reads flags and wires packages together; it holds no logic of its own.
package main
