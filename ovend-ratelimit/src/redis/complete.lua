-- Ends a lease and records what Discord's answer said, for every process. The
-- answer was read in Rust (answer.rs): `mode` says what it teaches and every wait
-- is already clamped to the ceiling.
-- KEYS: 1 bucket (where the lease was taken), 2 route, 3 provisional, 4 global,
--       5 global_block, 6 ban, 7 token_invalid, 8 lane, 9 floors, 10 invalid,
--       11 neighbours (the major's provisional buckets with leases)
-- ARGV: 1 lease_id, 2 bucket_base, 3 major, 4 hash ('': none), 5 mode (none,
--       window, unlimited, backoff, distrust, global, ban), 6 limit, 7 remaining,
--       8 reset_after_ms, 9 wait_ms, 10 ban_ms, 11 unauthorized (0/1), 12 idle_ms,
--       13 lease_ms, 14 token_ttl_ms, 15 lane lesson (none, ok, sublimit),
--       16 lane_wait_ms, 17 floor_ms (this process's round-trip floor), 18
--       instance, 19 invalid (0/1), 20 invalid_window_ms, 21 granted_ms,
--       22 age_ms (how long before this call the answer arrived), 23 window_ms
--       (the global window's), 24 answered_ms (the answer's arrival on this
--       clock at the latest, from the process's bound of it; '': unknown), 25
--       window_end (X-RateLimit-Reset in ms, the window's name; '': none)
-- Returns {answered} or, after a sublimit 429, {answered, grant instants of the
-- lane's recent successes...} for the sublimit to be learned from (lane.rs).
local mode, idle = ARGV[5], tonumber(ARGV[12])
local limit, remaining = tonumber(ARGV[6]), tonumber(ARGV[7])
local reset_after, wait = tonumber(ARGV[8]), tonumber(ARGV[9])
local lane, lane_lesson = KEYS[8], ARGV[15]

-- The round-trip floor is the fleet's smallest (each process reports its own):
-- the part of a round trip that is certainly network on every process's path.
redis.call('HSET', KEYS[9], ARGV[18], tonumber(ARGV[17]))
keep(KEYS[9], idle)
local floor = nil
for _, f in ipairs(redis.call('HVALS', KEYS[9])) do
  local v = num(f) or 0
  if not floor or v < floor then floor = v end
end
-- Windows run from the answer's arrival at the client, not from this script: the
-- update may have waited for a task and for Redis, and that wait would lengthen
-- every window after it. Both figures are late, never early: the age was counted
-- down before the call waited in line for Redis, and the process's estimate
-- (clock.rs) is an upper bound. The earlier of the two is the closer.
local answered = now - math.min(tonumber(ARGV[22]), 1000)
local estimate = num(ARGV[24])
if estimate and estimate < answered then answered = math.max(estimate, now - 1000) end
local from = answered - (floor or 0)

local current = bucket_of(ARGV[2], redis.call('GET', KEYS[2]), ARGV[3], KEYS[3])
end_lease(KEYS[1], current, ARGV[1], false)
-- Places answered while the floor was not known (scored by their start) take it
-- once it is, as in memory (global.rs): the floor bounds their path as well.
-- Only a request that held a place does that (memory: the global window hears
-- of it alone).
local unfloored = KEYS[4] .. ':unfloored'
redis.call('ZREMRANGEBYSCORE', unfloored, '-inf', now - tonumber(ARGV[23]))
local placed = redis.call('ZSCORE', KEYS[4], ARGV[1])
if placed and floor and floor > 0 then
  for _, id in ipairs(redis.call('ZRANGE', unfloored, 0, -1)) do
    local start = num(redis.call('ZSCORE', KEYS[4], id))
    if start and start <= now then redis.call('ZADD', KEYS[4], 'XX', start - floor, id) end
  end
  redis.call('DEL', unfloored)
end
-- The global place is held for one window from the answer, less the floor, and
-- starts no earlier than the last answered place (as in memory: the log stays
-- in answer order even when the floor grew).
local last = redis.call('ZREVRANGEBYSCORE', KEYS[4], now, '-inf', 'WITHSCORES', 'LIMIT', 0, 1)
local start = math.max(from, tonumber(last[2]) or from)
if redis.call('ZADD', KEYS[4], 'XX', 'CH', start, ARGV[1]) == 1 and not (floor and floor > 0) then
  redis.call('ZADD', unfloored, start, ARGV[1])
  redis.call('PEXPIRE', unfloored, tonumber(ARGV[23]) * 2)
end
if ARGV[11] == '1' then redis.call('SET', KEYS[7], '1', 'PX', tonumber(ARGV[14])) end
if ARGV[19] == '1' then
  redis.call('ZADD', KEYS[10], answered, ARGV[1])
  redis.call('PEXPIRE', KEYS[10], tonumber(ARGV[20]))
end

-- The lane: its request is answered; a success joins the history a sublimit is
-- learned from, a sublimit 429 holds the lane back and returns that history.
local in_lane = redis.call('ZREM', lane .. ':flight', ARGV[1]) == 1
local learn_from = nil
if lane_lesson == 'ok' and in_lane and redis.call('EXISTS', lane) == 1 then
  local history = lane .. ':history'
  redis.call('RPUSH', history, tonumber(ARGV[21]))
  redis.call('LTRIM', history, -64, -1)
  redis.call('PEXPIRE', history, idle)
elseif lane_lesson == 'sublimit' then
  local until_ms = from + tonumber(ARGV[16])
  local old = num(redis.call('HGET', lane, 'block'))
  if not old or old < until_ms then redis.call('HSET', lane, 'block', until_ms) end
  keep(lane, idle + tonumber(ARGV[16]))
  redis.call('DEL', lane .. ':log')
  learn_from = redis.call('LRANGE', lane .. ':history', 0, -1)
  redis.call('DEL', lane .. ':history')
end

local function reply()
  local out = {answered}
  for _, g in ipairs(learn_from or {}) do out[#out + 1] = tonumber(g) end
  return out
end

if mode == 'ban' then
  redis.call('SET', KEYS[6], '1', 'PX', tonumber(ARGV[10]))
  return reply()
end

-- Requests still out on the route's old bucket count in the new one too, so it
-- cannot be overdrawn; each frees its place in both when it ends (end_lease).
local function carry(from_bucket, to)
  local src, dst = from_bucket .. ':leases', to .. ':leases'
  redis.call('ZREMRANGEBYSCORE', src, '-inf', now)
  if redis.call('ZCARD', src) == 0 then return end
  redis.call('ZUNIONSTORE', dst, 2, dst, src, 'AGGREGATE', 'MAX')
  redis.call('PEXPIRE', dst, tonumber(ARGV[13]) * 2)
  note_carried(from_bucket, to, tonumber(ARGV[13]))
end

-- Another route's provisional bucket on this major may be the bucket just
-- learned under another name (message edits and deletes share one hash): its
-- requests still out count in it too until they end, as in memory (buckets.rs).
local function carry_neighbours(to)
  for _, other in ipairs(redis.call('SMEMBERS', KEYS[11])) do
    if redis.call('EXISTS', other .. ':leases') == 0 then
      redis.call('SREM', KEYS[11], other)
    elseif other ~= KEYS[3] then
      carry(other, to)
    end
  end
end

-- Nothing goes through `bucket` for `ms` from the answer, less the floor.
local function block(bucket, ms)
  local until_ms = from + ms
  local old = num(redis.call('HGET', bucket, 'block'))
  if not old or old < until_ms then redis.call('HSET', bucket, 'block', until_ms) end
  keep(bucket, idle + ms)
end

-- Whether windows ending at `a` and `b` (X-RateLimit-Reset, ms) are one, as
-- window_id.rs decides: within 5 ms and half the answer's Reset-After.
local function same_window(a, b)
  return a ~= nil and b ~= nil and math.abs(a - b) <= math.min(5, math.floor(reset_after / 2))
end

local function learn_window(bucket)
  local b = redis.call('HMGET', bucket, 'remaining', 'reset', 'end')
  local known, known_reset, known_end = num(b[1]), num(b[2]), num(b[3])
  local reset, window_end = from + reset_after, num(ARGV[25])
  -- Ours still running: a late answer never raises remaining. One window's
  -- answers: the earliest end is the closest; else the later window's is kept.
  if known and known_reset and known_reset > now then
    remaining = math.min(known, remaining)
    if same_window(known_end, window_end) then
      reset, window_end = math.min(known_reset, reset), known_end
    elseif reset < known_reset then
      reset, window_end = known_reset, known_end
    end
  end
  redis.call('HSET', bucket, 'limit', math.max(limit, remaining), 'remaining', remaining, 'reset', reset)
  if window_end then
    redis.call('HSET', bucket, 'end', window_end)
  else
    redis.call('HDEL', bucket, 'end')
  end
  keep(bucket, idle + math.max(reset - now, 0))
end

local function backoff(bucket)
  block(bucket, wait)
  local known = num(redis.call('HGET', bucket, 'limit'))
  -- 2^31 - 1 marks a bucket answered without limits: a 429 says it has one.
  if known and (known < 1 or known >= 2147483647) then known = nil end
  if limit >= 1 then known = known or limit end
  if known then
    redis.call('HSET', bucket, 'limit', known, 'remaining', 0, 'reset', from + wait)
    -- A back-off's end names no window.
    redis.call('HDEL', bucket, 'end')
  end
end

local target = current
if ARGV[4] ~= '' then
  target = bucket_of(ARGV[2], ARGV[4], ARGV[3], KEYS[3])
  -- The route's first hash: its provisional bucket becomes the hashed one. A new
  -- hash (the bucket changed): only the requests still out are carried over.
  if target ~= current and current == KEYS[3] then
    adopt(current, target, tonumber(ARGV[13]))
    carry_neighbours(target)
  elseif target ~= current then
    carry(current, target)
  end
  redis.call('SET', KEYS[2], ARGV[4], 'PX', idle)
end

if mode == 'global' then
  -- A block already over (its wait within the floor) blocks nothing, and a
  -- shorter block never shortens a longer one.
  local ms = from + wait - now
  if ms > 0 and redis.call('PTTL', KEYS[5]) < ms then
    redis.call('SET', KEYS[5], '1', 'PX', ms)
  end
elseif mode == 'window' then
  learn_window(target)
elseif mode == 'unlimited' then
  if redis.call('HEXISTS', target, 'limit') == 0 then
    redis.call('HSET', target, 'limit', 2147483647, 'remaining', 2147483647)
    keep(target, idle)
  end
elseif mode == 'backoff' then
  backoff(target)
elseif mode == 'distrust' then
  -- Unknown again: take.lua lets one lease at a time through a bucket without a
  -- limit, until sane headers arrive.
  redis.call('HDEL', target, 'limit', 'remaining', 'reset')
  if wait > 0 then block(target, wait) end
end
return reply()
