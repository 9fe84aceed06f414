-- wrk script: each connection waits the given milliseconds before each request.
local wait = 0

function init(args)
	wait = tonumber(args[1])
end

function delay()
	return wait
end
