-- wrk script for benches/listen.sh: each wrk thread cycles through its own stripe of distinct,
-- pre-signed Noko deliveries (file $REQS: "<hex signature>\t<body>" per line), so the listener
-- verifies, deduplicates and records real, distinct events.
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  local stride = tonumber(os.getenv("WRK_THREADS") or "1")
  reqs = {}
  local i = 0
  for line in io.lines(os.getenv("REQS")) do
    if i % stride == id then
      local sig, body = line:match("^(%x+)\t(.*)$")
      reqs[#reqs + 1] = wrk.format("POST", "/", {
        ["Content-Type"] = "application/json",
        ["X-Noko-Signature"] = sig,
      }, body)
    end
    i = i + 1
  end
  n = 0
end

function request()
  n = n + 1
  return reqs[(n - 1) % #reqs + 1]
end
