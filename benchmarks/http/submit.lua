-- A new submission on every request: the same JSON answers, each with an Idempotency-Key of its
-- own, so every request stores a row instead of replaying the first receipt.
-- wrk -s submit.lua URL -- answers.json (run from the repository root, as run.sh does).
dofile("benchmarks/http/report.lua")

local threads = 0
math.randomseed(os.time())
local run = string.format("%d-%06d", os.time(), math.random(0, 999999))

-- setup runs in wrk's main Lua state, once per thread; the values become globals of that thread.
function setup(thread)
  threads = threads + 1
  thread:set("run_id", run)
  thread:set("thread_id", threads)
end

local body, headers, prefix
local counter = 0

function init(args)
  local file = assert(io.open(args[1], "rb"))
  body = file:read("*a")
  file:close()
  headers = { ["Content-Type"] = "application/json" }
  prefix = string.format("bench-%s-%d-", run_id, thread_id)
end

function request()
  counter = counter + 1
  headers["Idempotency-Key"] = prefix .. counter
  return wrk.format("POST", nil, headers, body)
end
