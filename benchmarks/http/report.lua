-- One machine-readable line per wrk run, for run.sh's table (wrk's own report stays above it).
-- Latencies in microseconds; non2xx counts answers outside 2xx/3xx, errors counts socket errors.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("loket-wrk requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
