-- wrk: public POST /api/v1/aanmeldingen with a distinct Idempotency-Key per request.
local counter = 0
local id = tostring(math.random(1, 1e9))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"soort":"persoon","naam":"Bench Persoon","email":"bench@mail.example","gemeenteCode":"GM0344",' ..
  '"categorie":"werk_vinden","vraag":"Ik zoek werk in de zorg.","kanaal":"web","toestemmingContact":true}'

function setup(thread)
  thread:set("id", tostring(math.random(1, 1e9)))
end

request = function()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = id .. "-" .. counter
  return wrk.format()
end
