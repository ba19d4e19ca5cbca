-- Shared by the wrk scripts: collects every thread's count of answers without replies and prints one
-- machine-readable line that bench/run parses (latencies in milliseconds).
local report = {}
local threads = {}

function report.setup(thread)
   table.insert(threads, thread)
end

function report.done(summary, latency, requests)
   local empty = 0
   for _, thread in ipairs(threads) do
      empty = empty + (thread:get("empty") or 0)
   end
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
   io.write(string.format("BENCH rps=%.1f p50_ms=%.3f p99_ms=%.3f requests=%d errors=%d empty=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, errors, empty))
end

-- A reply counts only when the expectReplies body carries at least one activity.
function report.count_empty(status, body)
   if status ~= 200 or not string.find(body, '"activities":%[{') then
      empty = (empty or 0) + 1
   end
end

return report
