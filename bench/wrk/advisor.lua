-- The advisor's load: every request is a real turn in one of 100 conversations. Each wrk thread owns its share of the
-- conversations and sends to them round-robin, so with fewer connections per thread than conversations a conversation
-- never has two turns in flight, and each conversation walks through the script below in order: the region profile,
-- answers to the focus points (phases 1-3, "weet ik niet", one with a remark), commands (samenvatting, help, toelichting,
-- waarom, advies) and a restart, so turns exercise the dialog, the recogniser, the rules and the SQLite store.
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local report = require("report")

local conversations = tonumber(os.getenv("BENCH_CONVERSATIONS") or "100")
local tag = os.getenv("BENCH_RUN_TAG") or "run"
local script = {
   "hallo", "Binnenmeren", "krimp", "3", "po, vo en mbo", "75", "volledig", "weet ik niet", "buiten", "nee",
   "ja", "schoolopleider",
   "1", "2, maar HR doet nog niet mee", "samenvatting", "1", "weet ik niet", "help",
   "3", "2", "1", "toelichting relaties: het netwerk groeit", "2", "samenvatting", "1",
   "2", "weet ik niet", "houden", "organisatiestructuur en kwaliteit",
   "advies", "volgende stap", "waarom", "samenvatting", "help", "opnieuw", "ja",
}

local threads = 0
function setup(thread)
   thread:set("thread_index", threads)
   threads = threads + 1
   report.setup(thread)
end

local mine, steps, next_slot, counter
function init(args)
   mine, steps, next_slot, counter = {}, {}, 1, 0
end

local function own_conversations()
   -- Threads take every BENCH_WRK_THREADS-th conversation (bench/run passes wrk's -t value).
   local count = tonumber(os.getenv("BENCH_WRK_THREADS") or "1")
   for c = thread_index, conversations - 1, count do
      table.insert(mine, c)
      steps[c] = 0
   end
end

function request()
   if #mine == 0 then own_conversations() end
   local c = mine[next_slot]
   next_slot = next_slot % #mine + 1
   local step = steps[c]
   steps[c] = step + 1
   counter = counter + 1
   local text = script[step % #script + 1]
   local body = '{"type":"message","id":"' .. tag .. "-" .. thread_index .. "-" .. counter
      .. '","channelId":"msteams","deliveryMode":"expectReplies","serviceUrl":"http://127.0.0.1:9/",'
      .. '"from":{"id":"bench-user-' .. c .. '","name":"Respondent"},"recipient":{"id":"bot","name":"Adviseur"},'
      .. '"conversation":{"id":"bench-' .. c .. '"},"locale":"nl-NL","text":"' .. text .. '"}'
   return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end

done = report.done
response = function(status, headers, body) report.count_empty(status, body) end
