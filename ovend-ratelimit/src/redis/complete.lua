-- Returns a lease and records what Discord's answer said, for every process.
-- KEYS: leases (where the lease was taken), bucket (where the answer belongs),
--       global_block, ban, token_invalid, route, global
-- ARGV: lease_id, limit, remaining, reset_after_ms, retry_after_ms (-1: absent),
--       global (0/1), backoff (0/1: a bucket or shared 429), hash (''), ban_ms,
--       cloudflare (0/1), unauthorized (0/1), idle_ms, unlimited (0/1: an answer
--       from Discord without limit headers)
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local idle = tonumber(ARGV[12])

redis.call('ZREM', KEYS[1], ARGV[1])
-- The global place is held for one window from the answer.
redis.call('ZADD', KEYS[7], 'XX', now, ARGV[1])
if tonumber(ARGV[11]) == 1 then redis.call('SET', KEYS[5], '1') end
if tonumber(ARGV[10]) == 1 then
  redis.call('SET', KEYS[4], '1', 'PX', tonumber(ARGV[9]))
  return 0
end
if ARGV[8] ~= '' then redis.call('SET', KEYS[6], ARGV[8], 'PX', idle) end

local retry = tonumber(ARGV[5])
if tonumber(ARGV[6]) == 1 then
  if retry < 0 then retry = 1000 end
  redis.call('SET', KEYS[3], '1', 'PX', math.max(retry, 1))
  return 0
end

local limit, remaining, reset_after = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local b = redis.call('HMGET', KEYS[2], 'remaining', 'reset')
local known, known_reset = tonumber(b[1]), tonumber(b[2])
if tonumber(ARGV[7]) == 1 then
  if retry < 0 then retry = math.max(reset_after, 1000) end
  local until_ms = now + retry
  if known_reset ~= nil and known_reset > until_ms then until_ms = known_reset end
  redis.call('HSET', KEYS[2], 'remaining', 0, 'reset', until_ms)
  if limit >= 0 then redis.call('HSET', KEYS[2], 'limit', limit) end
  if redis.call('HEXISTS', KEYS[2], 'limit') == 0 then redis.call('HSET', KEYS[2], 'limit', 1) end
  redis.call('PEXPIRE', KEYS[2], idle + retry)
  return 0
end
if limit >= 0 and remaining >= 0 and reset_after >= 0 then
  local reset = now + reset_after
  -- Same window still running: a late answer never raises remaining.
  if known_reset ~= nil and known_reset > now and known ~= nil then
    if known < remaining then remaining = known end
    if known_reset > reset then reset = known_reset end
  end
  redis.call('HSET', KEYS[2], 'limit', math.max(limit, remaining), 'remaining', remaining, 'reset', reset)
  redis.call('PEXPIRE', KEYS[2], idle + reset_after)
elseif tonumber(ARGV[13]) == 1 and redis.call('HEXISTS', KEYS[2], 'limit') == 0 then
  redis.call('HSET', KEYS[2], 'limit', 2147483647, 'remaining', 2147483647)
  redis.call('PEXPIRE', KEYS[2], idle)
end
return 0
