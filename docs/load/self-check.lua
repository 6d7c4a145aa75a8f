-- wrk script: POST the worked self-check cases of shared/testdata round-robin to /api/v1/self-check.
-- The cases are read from a file with one JSON request per line (made by docs/load/self-check-load.sh).
local requests = {}
local index = 0

function init(args)
  for line in io.lines(args[1]) do
    requests[#requests + 1] = line
  end
end

function request()
  index = index % #requests + 1
  return wrk.format("POST", "/api/v1/self-check",
    {["Content-Type"] = "application/json", ["Accept-Language"] = "de"}, requests[index])
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
