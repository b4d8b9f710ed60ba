-- Prepended to every script. Times come from Redis's own clock, so the processes'
-- clocks may disagree. The last argument of every script is empty, or, in this
-- crate's own tests only, the instant to use instead (the differential test drives
-- both limiters through one virtual clock).
local now
if ARGV[#ARGV] ~= '' then
  now = tonumber(ARGV[#ARGV])
else
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

-- A number read back from Redis, or nil unless it is finite and not negative: a
-- field written by another version (or by hand) must not break the arithmetic.
local function num(v)
  local n = tonumber(v)
  if n == nil or n ~= n or n < 0 or n == math.huge then return nil end
  return n
end

-- The bucket a route maps to: its hash and major once the hash is known, else the
-- route's provisional bucket. Built here from the stored hash, so every key shares
-- the prefix's hash tag (one Redis Cluster slot).
local function bucket_of(base, hash, major, provisional)
  if hash then return base .. hash .. ':' .. major end
  return provisional
end

-- Sets `key`'s expiry to `ms` unless it already lives longer.
local function keep(key, ms)
  if redis.call('PTTL', key) < ms then redis.call('PEXPIRE', key, ms) end
end

-- A request that may have reached Discord uses up a slot of a windowed bucket.
local function spend(bucket)
  local b = redis.call('HMGET', bucket, 'limit', 'remaining')
  local limit, remaining = num(b[1]), num(b[2])
  if limit and remaining and remaining >= 1 then
    redis.call('HSET', bucket, 'remaining', remaining - 1)
  end
end

-- Ends lease `id`: out of the set it was taken in, of the route's current bucket
-- and of every bucket a hash change carried it to, following the chain (`carry`
-- and `adopt` note where leases went in `{bucket}:carried`; lease ids are
-- unique; bounded, as in memory). Spends its slot in each bucket it was counted
-- in when `spent`.
local function end_lease(bucket, current, id, spent)
  local seen, todo = {}, {bucket, current}
  local hops = 0
  while #todo > 0 and hops < 64 do
    hops = hops + 1
    local b = table.remove(todo)
    if not seen[b] then
      seen[b] = true
      if redis.call('ZREM', b .. ':leases', id) == 1 and spent then spend(b) end
      for _, to in ipairs(redis.call('SMEMBERS', b .. ':carried')) do
        todo[#todo + 1] = to
      end
    end
  end
end

-- Leases of `from` now count in `to` too: each must end there as well.
local function note_carried(from, to, lease_ms)
  redis.call('SADD', from .. ':carried', to)
  redis.call('PEXPIRE', from .. ':carried', lease_ms * 2)
end

-- A route's provisional bucket becomes its hashed bucket `to` once the hash is
-- known, with its requests in flight and what it learned (a window, a block), as
-- in memory: a hashed bucket that has learned nothing yet (no limit, no block
-- still running) takes the provisional one's fields; one that has keeps its own.
local function adopt(from, to, lease_ms)
  local from_leases = from .. ':leases'
  if redis.call('EXISTS', from_leases) == 1 then
    redis.call('ZUNIONSTORE', to .. ':leases', 2, to .. ':leases', from_leases, 'AGGREGATE', 'MAX')
    redis.call('PEXPIRE', to .. ':leases', lease_ms * 2)
    redis.call('DEL', from_leases)
    note_carried(from, to, lease_ms)
  end
  if redis.call('EXISTS', from) == 0 then return end
  local known = redis.call('HMGET', to, 'limit', 'block')
  local blocked = num(known[2])
  if not known[1] and not (blocked and blocked > now) then
    local fields = redis.call('HGETALL', from)
    if #fields > 0 then redis.call('HSET', to, unpack(fields)) end
    keep(to, redis.call('PTTL', from))
  end
  redis.call('DEL', from)
end
