-- Atomically checks the shared guards, the route's bucket and the global window,
-- and when everything has room takes a lease on the bucket and a place in the
-- global window.
-- KEYS: route, provisional, global, global_block, ban, token_invalid
-- ARGV: bucket_base, major, global_limit (0: none), window_ms, lease_id,
--       exempt (0/1), lease_ms, idle_ms, ceiling_ms
-- Returns {code, ms, bucket}: 0 granted; 1 bucket full (ms to wait, -1: until an
-- answer); 2 global window full; 3 Cloudflare ban (ms left); 4 token invalid.
-- No wait returned exceeds ceiling_ms.
local ceiling = tonumber(ARGV[9])
local lease_ms = tonumber(ARGV[7])

if redis.call('EXISTS', KEYS[6]) == 1 then return {4, 0, ''} end
local ban = redis.call('PTTL', KEYS[5])
if ban > 0 then return {3, ban, ''} end

-- A stored instant beyond the ceiling (an older writer, a bad clock) is pulled in
-- once, so it expires like any other instead of being re-capped forever.
local function bounded(bucket, field, at)
  if at and at > now + ceiling then
    at = now + ceiling
    redis.call('HSET', bucket, field, at)
  end
  return at
end

-- nil when the bucket has room; else ms to wait, or -1 until an answer.
local function bucket_wait(bucket, in_flight)
  local b = redis.call('HMGET', bucket, 'limit', 'remaining', 'reset', 'block')
  local limit, remaining = num(b[1]), num(b[2])
  local block = bounded(bucket, 'block', num(b[4]))
  if block and block > now then return block - now end
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

-- nil when the global window has room; else ms to wait, or -1 until an answer.
local function global_wait()
  local blocked = redis.call('PTTL', KEYS[4])
  if blocked > 0 then return math.min(blocked, ceiling) end
  local limit, window = tonumber(ARGV[3]), tonumber(ARGV[4])
  if limit == 0 then return nil end
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - window)
  if redis.call('ZCARD', KEYS[3]) < limit then return nil end
  local oldest = tonumber(redis.call('ZRANGE', KEYS[3], 0, 0, 'WITHSCORES')[2])
  -- Every place is in flight: wait for an answer.
  if oldest > now then return -1 end
  return oldest + window - now
end

local bucket = bucket_of(ARGV[1], redis.call('GET', KEYS[1]), ARGV[2], KEYS[2])
local leases = bucket .. ':leases'
-- Leases of crashed processes expire instead of holding the bucket forever.
redis.call('ZREMRANGEBYSCORE', leases, '-inf', now)
local wait = bucket_wait(bucket, redis.call('ZCARD', leases))
if wait then return {1, wait, bucket} end

if ARGV[6] == '0' then
  wait = global_wait()
  if wait then return {2, wait, bucket} end
  if tonumber(ARGV[3]) > 0 then
    -- In flight until answered (scored in the future); complete.lua re-scores the
    -- entry at the answer, from which it stays one window (see global.rs).
    redis.call('ZADD', KEYS[3], now + lease_ms, ARGV[5])
    redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[4]) * 2 + lease_ms)
  end
end

redis.call('ZADD', leases, now + lease_ms, ARGV[5])
redis.call('PEXPIRE', leases, lease_ms * 2)
-- A bucket in use outlives the idle timeout (but a learned window is kept whole).
local idle = tonumber(ARGV[8])
if redis.call('PTTL', bucket) < idle then redis.call('PEXPIRE', bucket, idle) end
return {0, 0, bucket}
