-- Ends a lease and records what Discord's answer said, for every process. The
-- answer was read in Rust (answer.rs): `mode` says what it teaches and every wait
-- is already clamped to the ceiling.
-- KEYS: bucket (where the lease was taken), route, provisional, global,
--       global_block, ban, token_invalid
-- ARGV: 1 lease_id, 2 bucket_base, 3 major, 4 hash ('': none), 5 mode (none,
--       window, unlimited, backoff, distrust, global, ban), 6 limit, 7 remaining,
--       8 reset_after_ms, 9 wait_ms, 10 ban_ms, 11 unauthorized (0/1), 12 idle_ms,
--       13 lease_ms, 14 token_ttl_ms
local mode, idle = ARGV[5], tonumber(ARGV[12])
local limit, remaining = tonumber(ARGV[6]), tonumber(ARGV[7])
local reset_after, wait = tonumber(ARGV[8]), tonumber(ARGV[9])

local current = bucket_of(ARGV[2], redis.call('GET', KEYS[2]), ARGV[3], KEYS[3])
end_lease(KEYS[1], current, ARGV[1], false)
-- The global place is held for one window from the answer.
redis.call('ZADD', KEYS[4], 'XX', now, ARGV[1])
if ARGV[11] == '1' then redis.call('SET', KEYS[7], '1', 'PX', tonumber(ARGV[14])) end
if mode == 'ban' then
  redis.call('SET', KEYS[6], '1', 'PX', tonumber(ARGV[10]))
  return 0
end

-- Requests still out on the route's old bucket count in the new one too, so it
-- cannot be overdrawn; each frees its place in both when it ends (end_lease).
local function carry(from, to)
  local src, dst = from .. ':leases', to .. ':leases'
  redis.call('ZREMRANGEBYSCORE', src, '-inf', now)
  if redis.call('ZCARD', src) == 0 then return end
  redis.call('ZUNIONSTORE', dst, 2, dst, src, 'AGGREGATE', 'MAX')
  redis.call('PEXPIRE', dst, tonumber(ARGV[13]) * 2)
end

local function keep(bucket, ms)
  if redis.call('PTTL', bucket) < ms then redis.call('PEXPIRE', bucket, ms) end
end

-- Nothing goes through `bucket` for `ms`.
local function block(bucket, ms)
  local until_ms = now + ms
  local old = num(redis.call('HGET', bucket, 'block'))
  if not old or old < until_ms then redis.call('HSET', bucket, 'block', until_ms) end
  keep(bucket, idle + ms)
end

local function learn_window(bucket)
  local b = redis.call('HMGET', bucket, 'remaining', 'reset')
  local known, known_reset = num(b[1]), num(b[2])
  local reset = now + reset_after
  -- Same window still running: a late answer never raises remaining.
  if known and known_reset and known_reset > now then
    remaining = math.min(known, remaining)
    reset = math.max(known_reset, reset)
  end
  redis.call('HSET', bucket, 'limit', math.max(limit, remaining), 'remaining', remaining, 'reset', reset)
  keep(bucket, idle + (reset - now))
end

local function backoff(bucket)
  block(bucket, wait)
  local known = num(redis.call('HGET', bucket, 'limit'))
  if known and known < 1 then known = nil end
  if limit >= 1 then known = known or limit end
  if known then
    redis.call('HSET', bucket, 'limit', known, 'remaining', 0, 'reset', now + wait)
  end
end

local target = current
if ARGV[4] ~= '' then
  target = bucket_of(ARGV[2], ARGV[4], ARGV[3], KEYS[3])
  if target ~= current then carry(current, target) end
  redis.call('SET', KEYS[2], ARGV[4], 'PX', idle)
end

if mode == 'global' then
  redis.call('SET', KEYS[5], '1', 'PX', math.max(wait, 1))
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
return 0
