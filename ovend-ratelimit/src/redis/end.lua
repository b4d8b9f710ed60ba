-- Ends a lease without an answer.
-- KEYS: 1 bucket (where the lease was taken), 2 route, 3 provisional, 4 global, 5 lane,
--       6 global_reserved
-- ARGV: 1 lease_id, 2 bucket_base, 3 major, 4 spent (0/1), 5 window_ms (the
--       global window's)
-- spent = 1 (cancel: the request may have reached Discord): its slot stays used
-- in each bucket it was counted in, its global place stays one window from now,
-- and it stays in its lane's sublimit log.
-- spent = 0 (release: it was certainly never sent): slot and places are given back.
local spent = ARGV[4] == '1'
local current = bucket_of(ARGV[2], redis.call('GET', KEYS[2]), ARGV[3], KEYS[3])
end_lease(KEYS[1], current, ARGV[1], spent)
redis.call('ZREM', KEYS[5] .. ':flight', ARGV[1])
if spent then
  redis.call('ZADD', KEYS[4], 'XX', now, ARGV[1])
else
  -- A request held for a place that has not left the window yet (take.lua's
  -- `reserve`) gives that place back as it was: it still leaves at its time.
  local reserved = tonumber(redis.call('ZSCORE', KEYS[6], ARGV[1]))
  if reserved and reserved + tonumber(ARGV[5]) > now then
    redis.call('ZADD', KEYS[4], 'XX', reserved, ARGV[1])
  else
    redis.call('ZREM', KEYS[4], ARGV[1])
  end
  redis.call('ZREM', KEYS[5] .. ':log', ARGV[1])
end
redis.call('ZREM', KEYS[6], ARGV[1])
return 0
