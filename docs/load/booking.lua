-- wrk script: POST bookings to /api/v1/bookings, round-robin over the free start times of all offices (one JSON body
-- per line in the file made by docs/load/booking-load.sh, with EMAIL as a placeholder), each with an address of its
-- own so the per-address limit does not interfere. Counts 201 (booked), 409 (just taken) and anything else.
local threads = {}
local bodies = {}
local index = 0
local sent = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    bodies[#bodies + 1] = line
  end
  index = (id * 7919) % #bodies
  created, taken, other = 0, 0, 0
end

function request()
  index = index % #bodies + 1
  sent = sent + 1
  local body = string.gsub(bodies[index], "EMAIL", "load-" .. id .. "-" .. sent .. "@example.org")
  return wrk.format("POST", "/api/v1/bookings",
    {["Content-Type"] = "application/json", ["Accept-Language"] = "de"}, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  elseif status == 409 then
    taken = taken + 1
  else
    other = other + 1
    if other < 5 then io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n") end
  end
end

function done(summary, latency, requests)
  local c, t, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    t = t + thread:get("taken")
    o = o + thread:get("other")
  end
  io.write(string.format("answers: %d booked (201), %d just taken (409), %d other\n", c, t, o))
end
