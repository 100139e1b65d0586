package main

import (
	"github.com/spf13/pflag"

	"github.com/claimpipe/claimpipe/pipeline"
)

// retryFlags defines the retry flags `run` and `worker` share.
func retryFlags(f *pflag.FlagSet, maxDeliver *int, retry *pipeline.RetryPolicy) {
	f.IntVar(maxDeliver, "max-deliver", pipeline.DefaultMaxDeliver, "deliveries of a message before it is dead-lettered: with the retry delays, how long a transient failure (a site down) is retried ("+
		pipeline.RetryPolicy{}.Span(pipeline.DefaultMaxDeliver).String()+" with the defaults)")
	f.DurationVar(&retry.Base, "retry-base", pipeline.DefaultRetryBase, "first retry delay of a transient failure; it doubles at each retry up to --retry-max")
	f.DurationVar(&retry.Max, "retry-max", pipeline.DefaultRetryMax, "longest delay between two retries of a transient failure")
}
