-- wrk script of bench/load.sh: the request comes from the environment (BENCH_METHOD, BENCH_TOKEN,
-- BENCH_BODY); done() prints one line LoadBench reads: requests, duration (µs), p50, p99 (µs), errors.
local method = os.getenv("BENCH_METHOD") or "GET"
local token = os.getenv("BENCH_TOKEN") or ""
local body = os.getenv("BENCH_BODY") or ""

request = function()
  local headers = { ["Accept"] = "application/json" }
  if token ~= "" then headers["Authorization"] = "Bearer " .. token end
  if body ~= "" then
    headers["Content-Type"] = "application/json"
    return wrk.format(method, nil, headers, body)
  end
  return wrk.format(method, nil, headers)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.status + e.timeout))
end
