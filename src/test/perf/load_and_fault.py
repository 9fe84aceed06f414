"""Load and a database outage through the load balancer of load-and-fault.sh.

1. Every page of the mix is rendered once on each instance, then the whole mix is asked for
   through the balancer for the warm-up time (the JIT's).
2. Maximum throughput: wrk -c32 through the balancer.
3. The same at 80 % of that maximum (128 connections, each waiting between requests, the wait
   measured in three 10 s runs first): answers by status, socket errors, the JVMs' CPU per request.
4. A member of staff marks an office as checked (a change written before the outage).
5. The same 80 % load again; 20 s in, PostgreSQL is stopped ("fast" shutdown), 10 s later
   started again. Meanwhile questions never asked before are sent apart (they may only get
   503, within 2 s). Printed: answers of the loaded run by status and socket errors (every
   page of the mix had been rendered: any answer but 200 is a failure), the time from the
   restart until both instances are ready and a question never asked before gets 200, and
   whether the staff change is still in the database.

Usage: load_and_fault.py balancer-port "instance ports" "management ports" postmaster-pid
       db-port admin-password seconds warm-up "JVM pids"
"""
import http.cookiejar
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from cputime import cpu_ms

balancer, ports, management, postmaster, db_port, password, seconds, warmup, jvms = (
    int(sys.argv[1]), sys.argv[2].split(), sys.argv[3].split(), int(sys.argv[4]), sys.argv[5], sys.argv[6],
    int(sys.argv[7]), int(sys.argv[8]), [int(pid) for pid in sys.argv[9].split()])
here = os.path.dirname(os.path.abspath(__file__))
PATHS = ['/fr/', '/nl/', '/en/', '/fr/offices', '/nl/offices', '/fr/offices/marolles', '/nl/offices/marolles',
         '/en/offices/senne', '/fr/offices/north', '/fr/offices/laeken-centre', '/nl/offices/neder-over-heembeek',
         '/fr/offices/laeken-north', '/fr/search?q=logement', '/nl/search?q=Hoogstraat', '/fr/search?q=Rue+Haute',
         '/fr/search?q=1120', '/en/search?q=debts', '/fr/accessibility']
CONNECTIONS = 32
# Paced runs use more connections, each waiting longer between requests: wrk waits whole
# milliseconds on a timer, too coarse for waits of about a millisecond at 32 connections
# (the first runs reached 67 to 73 % of the maximum, whatever the wait asked).
PACED_CONNECTIONS = 128
STOP_AFTER, STOPPED_FOR = 20, 10
site = f'http://127.0.0.1:{balancer}'


def status(url, timeout=5):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def wrk(duration, delay_ms=0):
    connections = PACED_CONNECTIONS if delay_ms else CONNECTIONS
    out = subprocess.run(['wrk', '-t2', f'-c{connections}', f'-d{duration}s', '--latency', '-s',
                          os.path.join(here, 'mix.lua'), site, '--', f'{delay_ms:.3f}', *PATHS],
                         capture_output=True, text=True, check=True).stdout
    statuses = {int(code): int(count) for code, count in re.findall(r'^status (\d+) (\d+)$', out, re.M)}
    socket_errors = dict(re.findall(r'(connect|read|write|timeout) (\d+)', out))
    latency = dict(re.findall(r'^\s+(50|99)%\s+(\S+)\s*$', out, re.M))
    return {'rps': float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1)),
            'requests': int(re.search(r'(\d+) requests in', out).group(1)), 'statuses': statuses,
            'socket_errors': socket_errors, 'p50': latency.get('50'), 'p99': latency.get('99')}


def jvm_cpu():
    return sum(cpu_ms(pid) for pid in jvms)


def report(name, run, cpu):
    failed = sum(count for code, count in run['statuses'].items() if code != 200)
    errors = ', '.join(f'{kind} {count}' for kind, count in run['socket_errors'].items()) or 'none'
    print(f'{name}: {run["rps"]:.0f} req/s, p50 {run["p50"]}, p99 {run["p99"]}, {run["requests"]} answers '
          f'by status {dict(sorted(run["statuses"].items()))}, {failed} not 200; socket errors: {errors}; '
          f'JVMs\' CPU {cpu / run["requests"]:.3f} ms per request')


def staff_change():
    """Signs in through the balancer and marks Senne as checked; returns the time noted."""
    cookies = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    cookies.open(urllib.request.Request(site + '/fr/admin/login', data=urllib.parse.urlencode(
        {'username': 'admin', 'password': password}).encode())).read()
    page = cookies.open(site + '/fr/admin/offices/senne').read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    cookies.open(urllib.request.Request(site + '/fr/admin/offices/senne/checked',
                                        data=urllib.parse.urlencode({'_csrf': token}).encode())).read()
    return database('select checked_at from office where slug = \'senne\'')


def database(sql):
    return subprocess.run(['psql', '-h', '127.0.0.1', '-p', db_port, '-U', 'postgres', '-d', 'postgres', '-At',
                           '-c', sql], capture_output=True, text=True, check=True).stdout.strip()


def ready(port):
    return status(f'http://127.0.0.1:{port}/actuator/health/readiness', timeout=2) == 200


# 1. Every page rendered on each instance, then the JIT's warm-up through the balancer.
for port in ports:
    for path in PATHS:
        with urllib.request.urlopen(f'http://127.0.0.1:{port}{path}', timeout=60) as page:
            page.read()
wrk(warmup)

# 2. and 3.
before = jvm_cpu()
maximum = wrk(15)
report('maximum, two instances', maximum, jvm_cpu() - before)
# Each connection waits between requests: as long as a request takes at 80 % of the maximum,
# less the time it takes to be answered, measured in 10 s runs and corrected three times.
cycle = PACED_CONNECTIONS * 1000 / (maximum['rps'] * 0.8)
delay = cycle
for _ in range(3):
    probe = wrk(10, delay)
    delay = max(0.0, delay + cycle - PACED_CONNECTIONS * 1000 / probe['rps'])
before = jvm_cpu()
steady = wrk(seconds, delay)
report(f'{steady["rps"] / maximum["rps"]:.0%} of the maximum ({delay:.2f} ms between requests), {seconds} s', steady,
       jvm_cpu() - before)

# 4. and 5.
checked = staff_change()
print(f'staff change before the outage: Senne checked at {checked}')
command = open(f'/proc/{postmaster}/cmdline').read().rstrip('\0').split('\0')
outcome = {}
never_asked = []


def outage():
    time.sleep(STOP_AFTER)
    subprocess.run(['kill', '-INT', str(postmaster)], check=True)
    while os.path.exists(f'/proc/{postmaster}'):
        time.sleep(0.05)
    stopped = time.monotonic()
    for i in range(3):
        asked = time.monotonic()
        never_asked.append((status(f'{site}/fr/search?q=jamais+demande+{i}'), time.monotonic() - asked))
    while time.monotonic() - stopped < STOPPED_FOR:
        time.sleep(0.1)
    # As the embedded PostgreSQL starts it: in a user namespace of its own when run as root.
    prefix = ['unshare', '-U'] if os.geteuid() == 0 and shutil.which('unshare') else []
    subprocess.Popen(prefix + command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    while not all(ready(port) for port in management):
        time.sleep(0.1)
    outcome['ready'] = time.monotonic() - started
    i = 0
    while status(f'{site}/fr/search?q=apres+la+panne+{i}') != 200:
        i += 1
        time.sleep(0.1)
    outcome['answering'] = time.monotonic() - started


fault = threading.Thread(target=outage)
fault.start()
before = jvm_cpu()
loaded = wrk(seconds, delay)
cpu = jvm_cpu() - before
fault.join()
report(f'{loaded["rps"] / maximum["rps"]:.0%} of the maximum, {seconds} s, PostgreSQL stopped {STOP_AFTER} s in '
       f'for {STOPPED_FOR} s', loaded, cpu)
print('questions never asked before, while PostgreSQL was stopped: '
      + ', '.join(f'{code} in {seconds_taken:.2f} s' for code, seconds_taken in never_asked))
print(f'after the restart: both instances ready in {outcome["ready"]:.1f} s, '
      f'a question never asked before answered 200 in {outcome["answering"]:.1f} s')
after = database('select checked_at from office where slug = \'senne\'')
print(f'staff change after the outage: Senne checked at {after} ({"kept" if after == checked else "LOST"})')
