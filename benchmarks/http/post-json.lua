-- The same JSON body on every request: wrk -s post-json.lua URL -- answers.json
-- (run from the repository root, as run.sh does).
dofile("benchmarks/http/report.lua")

function init(args)
  local file = assert(io.open(args[1], "rb"))
  wrk.body = file:read("*a")
  file:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end
