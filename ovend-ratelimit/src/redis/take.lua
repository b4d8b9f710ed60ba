-- Atomically checks the shared guards, the route's hidden-limit lane, its bucket
-- and the global window, and when everything has room takes a place in each.
-- KEYS: 1 route, 2 provisional, 3 global, 4 global_block, 5 ban, 6 token_invalid,
--       7 lane, 8 invalid, 9 global_line, 10 global_seen, 11 global_served,
--       12 neighbours (the major's provisional buckets with leases),
--       13 global_reserved (places that leave the window for a granted request)
-- ARGV: 1 bucket_base, 2 major, 3 global_limit (0: none), 4 window_ms, 5 lease_id,
--       6 exempt (0/1), 7 lease_ms, 8 idle_ms, 9 ceiling_ms, 10 lane_mode (0
--       tracking, 1 serial, 2 serial until a sublimit is learned), 11 pace_ms,
--       12 alive_base, 13 invalid_limit, 14 invalid_window_ms, 15 path_token (0/1)
-- Returns {code, ms, bucket, now, wake}: 0 granted (ms: how long to hold the
-- request before sending it, see `reserve`); 1 bucket or lane full (ms to wait,
-- -1: until an answer); 2 global window full; 3 Cloudflare ban (ms left); 4 token
-- invalid; 5 invalid-request limit reached (ms: the count). `now` is the
-- instant on Redis's clock. `wake` is when to ask again (ms, or -1: poll), at
-- most the wait: sooner while the bucket waits in the global line, whose order
-- may change. No wait returned exceeds ceiling_ms.
local ceiling = tonumber(ARGV[9])
local lease_ms = tonumber(ARGV[7])
local lane, lane_mode, pace = KEYS[7], tonumber(ARGV[10]), tonumber(ARGV[11])

-- An invalid bot token does not stop routes whose token is in their path.
if ARGV[15] == '0' and redis.call('EXISTS', KEYS[6]) == 1 then return {4, 0, '', now, 0} end
local ban = redis.call('PTTL', KEYS[5])
if ban > 0 then return {3, ban, '', now, ban} end
redis.call('ZREMRANGEBYSCORE', KEYS[8], '-inf', now - tonumber(ARGV[14]))
local invalid = redis.call('ZCARD', KEYS[8])
if invalid >= tonumber(ARGV[13]) then return {5, invalid, '', now, 0} end

-- A stored instant beyond the ceiling (an older writer, a bad clock) is pulled in
-- once, so it expires like any other instead of being re-capped forever.
local function bounded(key, field, at)
  if at and at > now + ceiling then
    at = now + ceiling
    redis.call('HSET', key, field, at)
  end
  return at
end

-- Leases of `set` (scored at their expiry) out for over a second whose process
-- stopped beating (alive.rs) are dropped, so a dead process's requests stop
-- counting at the window's end rather than after the whole lease. Returns how
-- many were dropped.
local function drop_dead(set)
  local dropped = 0
  local stale = redis.call('ZRANGEBYSCORE', set, '(' .. now, now + lease_ms - 1000)
  for _, id in ipairs(stale) do
    local instance = string.match(id, '^(.*)%-%d+$')
    if instance and redis.call('EXISTS', ARGV[12] .. instance) == 0 then
      dropped = dropped + redis.call('ZREM', set, id)
    end
  end
  return dropped
end

-- Expired and dead leases out of `set`; returns how many are left.
local function reap(set)
  redis.call('ZREMRANGEBYSCORE', set, '-inf', now)
  drop_dead(set)
  return redis.call('ZCARD', set)
end

-- The lane's learned sublimit, if any: at most `allowed` grants in any `window`.
local l = redis.call('HMGET', lane, 'block', 'allowed', 'window', 'last')
local allowed, lane_window = num(l[2]), num(l[3])
if not (allowed and allowed >= 1 and lane_window) then allowed = nil end

-- nil when the lane lets one more request go; else ms to wait, or -1.
local function lane_wait()
  local block = bounded(lane, 'block', num(l[1]))
  if block and block > now then return block - now end
  local serial = lane_mode == 1 or (lane_mode == 2 and not allowed)
  if serial and redis.call('EXISTS', lane .. ':flight') == 1 and reap(lane .. ':flight') > 0 then
    return -1
  end
  local last = num(l[4])
  if pace > 0 and last and last + pace > now then return math.min(last + pace - now, ceiling) end
  if allowed then
    local log = lane .. ':log'
    redis.call('ZREMRANGEBYSCORE', log, '-inf', now - lane_window)
    if redis.call('ZCARD', log) >= allowed then
      local oldest = tonumber(redis.call('ZRANGE', log, 0, 0, 'WITHSCORES')[2])
      return math.min(oldest + lane_window - now, ceiling)
    end
  end
  return nil
end

-- nil when the bucket has room; else ms to wait, or -1 until an answer.
local function bucket_wait(bucket)
  local leases = bucket .. ':leases'
  local b = redis.call('HMGET', bucket, 'limit', 'remaining', 'reset', 'block')
  local limit, remaining = num(b[1]), num(b[2])
  local block = bounded(bucket, 'block', num(b[4]))
  if block and block > now then return block - now end
  local in_flight = reap(leases)
  if not (limit and limit >= 1 and remaining) then
    -- Unknown (or unreadable): one request at a time until an answer tells.
    if in_flight > 0 then return -1 end
    return nil
  end
  local reset = bounded(bucket, 'reset', num(b[3]))
  if reset and reset <= now then
    -- The window ended: a new one with the full limit and an unknown end.
    remaining, reset = limit, nil
    redis.call('HSET', bucket, 'remaining', limit)
    redis.call('HDEL', bucket, 'reset')
  end
  if math.min(remaining, limit) > in_flight then return nil end
  if reset then return reset - now end
  if in_flight > 0 then return -1 end
  return nil -- an empty window with nothing in flight: relearn rather than stall
end

-- Buckets waiting for a global place, served in turn: the line is ordered by when
-- each bucket was last served (a bucket never served comes first), so every
-- channel moves at the same pace (as the in-memory limiter's queue heads do)
-- instead of whichever process polls first taking the freed places. A bucket whose
-- own window was full comes back at the place its last service gave it, not at
-- the back (or its next window would open late, and the next after it). A bucket
-- whose requests stopped asking (given up, refused, its window full) leaves the
-- line after two windows unseen.
local line, seen, served = KEYS[9], KEYS[10], KEYS[11]
local function join_line(bucket)
  local last = num(redis.call('HGET', served, bucket)) or 0
  redis.call('ZADD', line, 'NX', last, bucket)
  redis.call('HSET', seen, bucket, now)
  for _, key in ipairs({line, seen}) do
    redis.call('PEXPIRE', key, tonumber(ARGV[4]) * 4)
  end
end

-- Out of the line (its turn given up, or its window full).
local function leave_line(bucket)
  if redis.call('ZREM', line, bucket) == 1 then redis.call('HDEL', seen, bucket) end
end

-- Out of the line with its turn taken: it goes behind every bucket served before.
local function serve(bucket)
  leave_line(bucket)
  redis.call('HSET', served, bucket, now)
  redis.call('PEXPIRE', served, tonumber(ARGV[8]))
end

-- How many buckets wait ahead of `bucket` (all of them if it is not in line).
-- Stale buckets are dropped from the front, where they would hold the others.
local function ahead_of(bucket)
  local stale_before = now - tonumber(ARGV[4]) * 2
  while true do
    local front = redis.call('ZRANGE', line, 0, 0)[1]
    if not front then break end
    local last = num(redis.call('HGET', seen, front))
    if last and last >= stale_before then break end
    leave_line(front)
  end
  return redis.call('ZRANK', line, bucket) or redis.call('ZCARD', line)
end

-- A bucket whose turn comes within EARLY_MS is granted at once and holds its
-- request until the place it takes leaves the window: a take at the moment the
-- place leaves would queue behind every other process's, and the wake-up that
-- sends it rounds up to the next millisecond on both sides; both are paid once
-- per cycle of the global window. Buckets behind the head are told to ask again
-- at least every RECHECK_MS (20 ms while a place is free): the line may move.
local EARLY_MS, RECHECK_MS = 20, 250

-- The place `member`, answered at `at`, is this request's from when it leaves
-- the window: it moves to the reserved set (no other bucket counts on it) and the
-- request's own entry takes its place in the window. A release before it left
-- puts it back (end.lua). Returns how long to hold the request.
local function reserve(member, at)
  local window = tonumber(ARGV[4])
  redis.call('ZREM', KEYS[3], member)
  redis.call('ZADD', KEYS[13], at, ARGV[5])
  redis.call('PEXPIRE', KEYS[13], window * 2)
  return at + window - now
end

-- nil when the global window has room for `bucket`; else {wait, wake} (ms, -1:
-- until an answer), or {reserve = member, at = instant} when its turn's place
-- leaves within EARLY_MS and `early` allows holding the request.
local function global_wait(bucket, early)
  local blocked = redis.call('PTTL', KEYS[4])
  if blocked > 0 then
    blocked = math.min(blocked, ceiling)
    return {blocked, blocked}
  end
  local limit, window = tonumber(ARGV[3]), tonumber(ARGV[4])
  if limit == 0 then return nil end
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - window)
  redis.call('ZREMRANGEBYSCORE', KEYS[13], '-inf', now - window)
  local free = limit - redis.call('ZCARD', KEYS[3])
  local ahead
  if free > 0 then
    ahead = ahead_of(bucket)
    if ahead < free then
      serve(bucket)
      return nil
    end
  end
  join_line(bucket)
  if free <= 0 then free, ahead = 0, ahead_of(bucket) end
  -- The free places are the turns of the first buckets ahead; this one's is the
  -- (ahead - free)-th place to leave the window after them.
  local turn = redis.call('ZRANGE', KEYS[3], ahead - free, ahead - free, 'WITHSCORES')
  local at = tonumber(turn[2])
  if not (at and at <= now) then
    -- Its place is in flight: wait for an answer, unless a dead process held one.
    if free == 0 and drop_dead(KEYS[3]) > 0 then return {0, 0} end
    return {-1, -1}
  end
  local wait = at + window - now
  -- Held places go to a bucket's first turn of a window only: a bucket served
  -- just now (another process's request of it) must not take, this early, a
  -- place owed to a bucket whose own window is about to reopen.
  local last = num(redis.call('HGET', served, bucket))
  early = early and not (last and last > now - window + 2 * EARLY_MS)
  if early and wait <= EARLY_MS then
    serve(bucket)
    return {reserve = turn[1], at = at}
  end
  local wake = wait
  if early then wake = wait - EARLY_MS end
  if ahead > 0 then
    wake = math.min(wake, free > 0 and 20 or RECHECK_MS)
  end
  return {wait, math.max(wake, 1)}
end

local wait = lane_wait()
if wait then return {1, wait, '', now, wait} end

-- Once the route's hash is known (from any major's answer), this major's
-- provisional bucket becomes the hashed one (see `adopt`); else a request still
-- learning the provisional bucket would not hold the hashed one, and a second
-- would go at once.
local hash = redis.call('GET', KEYS[1])
local bucket = bucket_of(ARGV[1], hash, ARGV[2], KEYS[2])
if hash then adopt(KEYS[2], bucket, lease_ms) end
wait = bucket_wait(bucket)
if wait then
  -- Not waiting for the global window while its own is full.
  leave_line(bucket)
  return {1, wait, bucket, now, wait}
end

-- A route with a hidden-limit lane is never held: its pacing runs from the
-- grant, and a release would have to give the lane back.
local laned = lane_mode > 0 or redis.call('EXISTS', lane) == 1
local hold = 0
if ARGV[6] == '0' then
  local global = global_wait(bucket, not laned)
  if global and global.reserve then
    hold = reserve(global.reserve, global.at)
  elseif global then
    return {2, global[1], bucket, now, global[2]}
  end
  if tonumber(ARGV[3]) > 0 then
    -- In flight until answered (scored in the future); complete.lua re-scores the
    -- entry at the answer, from which it stays one window (see global.rs).
    redis.call('ZADD', KEYS[3], now + lease_ms, ARGV[5])
    redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[4]) * 2 + lease_ms)
  end
end

local idle = tonumber(ARGV[8])
local leases = bucket .. ':leases'
redis.call('ZADD', leases, now + lease_ms, ARGV[5])
redis.call('PEXPIRE', leases, lease_ms * 2)
if bucket == KEYS[2] then
  -- Another route of this major may learn this bucket's hash first (complete.lua).
  redis.call('SADD', KEYS[12], bucket)
  redis.call('PEXPIRE', KEYS[12], lease_ms * 2)
end
-- A bucket in use outlives the idle timeout (but a learned window is kept whole).
keep(bucket, idle)

-- The lane: a documented hidden limit always, any other route once it met one.
if laned then
  redis.call('HSET', lane, 'last', now)
  keep(lane, idle)
  -- In flight in its lane (serial lanes wait on it; every lane's history keeps
  -- only the answers of its own requests).
  redis.call('ZADD', lane .. ':flight', now + lease_ms, ARGV[5])
  redis.call('PEXPIRE', lane .. ':flight', lease_ms * 2)
  if allowed then
    redis.call('ZADD', lane .. ':log', now, ARGV[5])
    redis.call('PEXPIRE', lane .. ':log', lane_window + idle)
  end
end
return {0, hold, bucket, now, 0}
