/** The measuring instruments: JMH benchmarks over {@link dev.eager.workload.Workloads}, the load harness, profiler runs. */
package dev.eager.harness;
