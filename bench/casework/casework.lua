-- wrk: an adviser's working day in one mix, per request drawn by weight:
--   50 % GET  /api/v1/trajecten/{id}          (a traject of their own, with everything on it)
--   25 % GET  /api/v1/trajecten               (their own list, newest change first)
--   15 % POST /api/v1/trajecten/{id}/interventies  (plan a dienst in an open traject)
--   10 % PUT  /api/v1/interventies/{id}       (status update: an interventie planned in this run
--                                              is called off, which releases its commitment;
--                                              If-Match "1". Starting one would first need the
--                                              coordinator's approval of the commitment.)
-- Arguments after `--`: the ids file (one traject id per line; lines starting with "open " are
-- open trajecten for planning), the session cookie, the CSRF token, the dienst id and
-- optionally one kind only (lees, lijst, plan, status; "mix" for all) and a pause in ms that
-- each connection waits before its next request (its think time; the default is none).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  alle, open = {}, {}
  for line in io.lines(args[1]) do
    local id = line:match("^open (.+)$")
    if id then table.insert(open, id) else table.insert(alle, line) end
  end
  cookie, csrf, dienst, alleen = args[2], args[3], args[4], args[5]
  if alleen == "mix" then alleen = nil end
  pauze = tonumber(args[6] or "0")
  gepland = {}   -- interventies this thread planned, not yet started
  fouten = 0
  laatste = ""
  math.randomseed(os.time() + #threads)
end

local function soort()
  if alleen then return alleen end
  local r = math.random(100)
  if r <= 50 then return "lees" elseif r <= 75 then return "lijst" elseif r <= 90 then return "plan" else return "status" end
end

-- Exponential think times (mean `pauze`): the connections do not fall into step, so requests
-- arrive as from independent people instead of in bursts of 64.
function delay()
  if pauze <= 0 then return 0 end
  return math.floor(-pauze * math.log(1 - math.random()))
end

function request()
  local s = soort()
  if s == "status" and #gepland == 0 then s = "lees" end
  local headers = {["Cookie"] = cookie}
  if s == "lees" then
    return wrk.format("GET", "/api/v1/trajecten/" .. alle[math.random(#alle)], headers)
  elseif s == "lijst" then
    return wrk.format("GET", "/api/v1/trajecten", headers)
  end
  headers["Content-Type"] = "application/json"
  headers["X-CSRF-Token"] = csrf
  if s == "plan" then
    local body = '{"dienstId":"' .. dienst .. '","geplandBegin":"2027-01-04","geplandEinde":"2027-03-01"}'
    return wrk.format("POST", "/api/v1/trajecten/" .. open[math.random(#open)] .. "/interventies", headers, body)
  end
  headers["If-Match"] = '"1"'
  local body = '{"geplandBegin":"2027-01-04","geplandEinde":"2027-03-01","status":"afgebroken",' ..
    '"reden":"De klant heeft een baan gevonden voordat de dienst begon."}'
  return wrk.format("PUT", "/api/v1/interventies/" .. table.remove(gepland), headers, body)
end

function response(status, headers, body)
  if status == 201 then
    local id = body:match('"id":"([^"]+)"')
    if id and body:find('"dienstId"', 1, true) then table.insert(gepland, id) end
  elseif status >= 300 then
    fouten = fouten + 1
    laatste = status .. " " .. body:sub(1, 300)
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + t:get("fouten")
    if t:get("laatste") ~= "" then io.write("last error: " .. t:get("laatste") .. "\n") end
  end
  io.write("errors: " .. total .. "\n")
end
