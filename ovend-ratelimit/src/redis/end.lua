-- Ends a lease without an answer.
-- KEYS: bucket (where the lease was taken), route, provisional, global
-- ARGV: lease_id, bucket_base, major, spent (0/1)
-- spent = 1 (cancel: the request may have reached Discord): its slot stays used
-- in each bucket it was counted in, and its global place stays one window from now.
-- spent = 0 (release: it was certainly never sent): slot and place are given back.
local spent = ARGV[4] == '1'
local current = bucket_of(ARGV[2], redis.call('GET', KEYS[2]), ARGV[3], KEYS[3])
end_lease(KEYS[1], current, ARGV[1], spent)
if spent then
  redis.call('ZADD', KEYS[4], 'XX', now, ARGV[1])
else
  redis.call('ZREM', KEYS[4], ARGV[1])
end
return 0
