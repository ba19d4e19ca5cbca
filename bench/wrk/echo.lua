-- The anchors' load: the same expectReplies message activity on every request.
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local report = require("report")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"type":"message","id":"bench-1","channelId":"msteams","deliveryMode":"expectReplies",'
   .. '"serviceUrl":"http://127.0.0.1:9/","from":{"id":"user-1","name":"Respondent"},'
   .. '"recipient":{"id":"bot","name":"Adviseur"},"conversation":{"id":"bench-echo"},"locale":"nl-NL","text":"2"}'

setup = report.setup
done = report.done
response = function(status, headers, body) report.count_empty(status, body) end
