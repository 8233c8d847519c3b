-- wrk: public POST /api/v1/aanmeldingen, each request with its own Idempotency-Key (a run prefix
-- from the clock, the thread number and a counter), so every request inserts; replays are counted
-- and reported (the bench script fails when there are any).
local threads = {}
local n = 0

function setup(thread)
  n = n + 1
  thread:set("prefix", os.time() .. "-" .. n)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  replayed = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"soort":"persoon","naam":"Bench Persoon","email":"bench@mail.example","gemeenteCode":"GM0344",' ..
    '"categorie":"werk_vinden","vraag":"Ik zoek werk in de zorg.","kanaal":"web","toestemmingContact":true}'
end

function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = prefix .. "-" .. counter
  return wrk.format()
end

function response(status, headers, body)
  if headers["Idempotent-Replayed"] then replayed = replayed + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("replayed") end
  io.write("replayed: " .. total .. "\n")
end
