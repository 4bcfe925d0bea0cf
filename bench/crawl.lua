-- wrk script for bench/reader-speed.sh's crawl and flood runs: every request asks for a
-- different page, as a search engine's crawler does, so with the page cache on each one is a
-- miss (render, gzip, ETag and insertion all paid).
--
--   wrk -tT -cC -dD -s bench/crawl.lua http://host:port -- URL_FILE T
--
-- URL_FILE holds one path a line (/en/section/slug), all different; T must equal wrk's -t.
-- Each wrk thread has its own Lua state: thread k (0-based) takes lines k, k+T, k+2T, … so no
-- two threads share a URL, and within a thread every request() takes the next line, so no two
-- connections share one either. No URL is requested twice: when a thread has used up its lines
-- it stops (its last request() calls may still go out as repeats; they are counted), and done()
-- prints one line the benchmark reads:
--   crawl-list: listed N taken N repeats N exhausted K/T after_s S
-- (S: seconds until the first thread ran out, -0.0 if none did; wrk still runs for its whole
-- duration, so a run whose list ran out reports a req/s below what the server did.)
-- (wrk calls request() once in thread 0 before the run to check the request; that path counts
-- as taken but is never sent.)

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } crawl_timeval;
  int gettimeofday(crawl_timeval *tv, void *tz);
]]
local function now_ms()
  local tv = ffi.new("crawl_timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local file, nthreads = args[1], tonumber(args[2])
  requests_for = {}
  local n = 0
  for line in io.lines(file) do
    if line ~= "" then
      if n % nthreads == id then
        requests_for[#requests_for + 1] = wrk.format("GET", line)
      end
      n = n + 1
    end
  end
  listed = #requests_for
  taken = 0
  repeats = 0
  exhausted = 0
  started_ms = now_ms()
  exhausted_after_ms = -1
end

function request()
  if taken < listed then
    taken = taken + 1
    return requests_for[taken]
  end
  -- The thread's share of the list is used up: stop rather than go round again.
  repeats = repeats + 1
  if exhausted == 0 then
    exhausted = 1
    exhausted_after_ms = now_ms() - started_ms
  end
  wrk.thread:stop()
  return requests_for[listed] or wrk.format("GET", "/robots.txt")
end

function done(summary, latency, requests)
  local listed, taken, repeats, exhausted, first_ms = 0, 0, 0, 0, -1
  for _, thread in ipairs(threads) do
    listed = listed + thread:get("listed")
    taken = taken + thread:get("taken")
    repeats = repeats + thread:get("repeats")
    exhausted = exhausted + thread:get("exhausted")
    local after = thread:get("exhausted_after_ms")
    if after >= 0 and (first_ms < 0 or after < first_ms) then first_ms = after end
  end
  io.write(string.format("crawl-list: listed %d taken %d repeats %d exhausted %d/%d after_s %.1f\n",
    listed, taken, repeats, exhausted, #threads, first_ms / 1000))
end
