-- wrk script for bench/serve/run.sh: adds the header given in WRK_HEADER ("Name: value") to every request and
-- prints one Markdown row: latency p50/p95/p99 in ms, requests/s, and the responses that were not 2xx.
local header = os.getenv("WRK_HEADER")
local name, value = header:match("^([^:]+):%s*(.*)$")
wrk.headers[name] = value

done = function(summary, latency, requests)
   local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
   io.write(string.format("| %s | %s | %s | %.1f | %.1f | %.1f | %.0f | %d | %d | %s |\n",
      os.getenv("WRK_DB"), os.getenv("WRK_WHAT"), os.getenv("WRK_CONNECTIONS"),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests / (summary.duration / 1e6), summary.requests, bad, os.getenv("WRK_LOAD")))
end
