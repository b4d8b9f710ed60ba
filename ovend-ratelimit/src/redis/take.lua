-- Atomically checks the shared guards, the bucket and the global window, and when
-- everything has room takes a lease on the bucket and a place in the global window.
-- KEYS: bucket, leases, global, global_block, ban, token_invalid
-- ARGV: global_limit (0: none), window_ms, lease_id, exempt (0/1), lease_ms, idle_ms
-- Returns {code, ms}: 0 granted; 1 bucket full (ms to wait, -1: until an answer);
-- 2 global window full; 3 Cloudflare ban (ms left); 4 token invalid.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

if redis.call('EXISTS', KEYS[6]) == 1 then return {4, 0} end
local ban = redis.call('PTTL', KEYS[5])
if ban > 0 then return {3, ban} end

-- Leases of crashed processes expire instead of holding the bucket forever.
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local in_flight = redis.call('ZCARD', KEYS[2])
local b = redis.call('HMGET', KEYS[1], 'limit', 'remaining', 'reset')
local limit, remaining, reset = tonumber(b[1]), tonumber(b[2]), tonumber(b[3])
if limit == nil then
  if in_flight > 0 then return {1, -1} end
else
  if reset ~= nil and reset <= now then
    remaining = limit
    reset = nil
    redis.call('HSET', KEYS[1], 'remaining', limit)
    redis.call('HDEL', KEYS[1], 'reset')
  end
  if remaining - in_flight <= 0 then
    if reset ~= nil then return {1, reset - now} end
    if in_flight > 0 then return {1, -1} end
  end
end

if tonumber(ARGV[4]) == 0 then
  local blocked = redis.call('PTTL', KEYS[4])
  if blocked > 0 then return {2, blocked} end
  local glimit = tonumber(ARGV[1])
  if glimit > 0 then
    local window = tonumber(ARGV[2])
    redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - window)
    if redis.call('ZCARD', KEYS[3]) >= glimit then
      local oldest = tonumber(redis.call('ZRANGE', KEYS[3], 0, 0, 'WITHSCORES')[2])
      -- All places are in flight: wait for an answer.
      if oldest > now then return {2, -1} end
      return {2, oldest + window - now}
    end
    -- In flight until answered (scored in the future); complete.lua re-scores the
    -- entry at the answer, from which it stays one window (see global.rs).
    redis.call('ZADD', KEYS[3], now + tonumber(ARGV[5]), ARGV[3])
    redis.call('PEXPIRE', KEYS[3], window * 2 + tonumber(ARGV[5]))
  end
end

redis.call('ZADD', KEYS[2], now + tonumber(ARGV[5]), ARGV[3])
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[5]) * 2)
if limit ~= nil then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[6])) end
return {0, 0}
