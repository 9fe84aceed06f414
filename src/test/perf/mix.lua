-- wrk script: asks for the given paths in turn (each connection from its own place in the
-- list), each connection waiting the given milliseconds before each request (a fraction is
-- waited as often as it says: 1.4 is 1 ms six times in ten, 2 ms four); at the end, prints
-- how many answers had each status ("status 200 12345").
-- Usage: wrk ... -s mix.lua http://127.0.0.1:<port> -- <delay ms> <path> [<path> ...]
local paths = {}
local wait = 0
local next = 0
-- Global: the main thread reads each thread's counts at the end.
counts = {}
local threads = {}

function setup(thread)
	table.insert(threads, thread)
end

function init(args)
	wait = tonumber(args[1])
	for i = 2, #args do
		table.insert(paths, args[i])
	end
	next = math.random(#paths)
end

function delay()
	local whole = math.floor(wait)
	return whole + ((math.random() < wait - whole) and 1 or 0)
end

function request()
	next = next % #paths + 1
	return wrk.format(nil, paths[next])
end

function response(status, headers, body)
	counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
	local total = {}
	for _, thread in ipairs(threads) do
		for status, count in pairs(thread:get("counts")) do
			total[status] = (total[status] or 0) + count
		end
	end
	for status, count in pairs(total) do
		io.write(string.format("status %d %d\n", status, count))
	end
end
