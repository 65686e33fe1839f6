-- wrk script for test/bench/load.ts: each connection asks the paths of a file in turn, with a bearer token.
-- Arguments after `--`: the file of paths (one per line), the token.
local paths = {}
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  wrk.headers["authorization"] = "Bearer " .. args[2]
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
