"""Runs wrk against the application and against nginx serving the same bytes, for the pages
residents open most, and prints req/s, p50 and p99, the ratio to nginx, and the JVM's CPU
per request (from /proc/<pid>/stat); then the same page at half the application's maximum
throughput (each connection waiting between requests), and the JVM's resident memory."""
import os
import re
import subprocess
import sys
import urllib.request

from cputime import compiler_ms, cpu_ms

port, nginx_port, root, jvm, seconds, warmup = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), \
    int(sys.argv[5]), int(sys.argv[6])
PAGES = {'home': '/fr/', 'office': '/fr/offices/marolles', 'search': '/fr/search?q=logement',
         'street': '/fr/search?q=Rue+Haute'}
CONNECTIONS = 32
here = os.path.dirname(os.path.abspath(__file__))
UNITS = {'us': 0.001, 'ms': 1, 's': 1000}


def wrk(url, duration, delay_ms=0):
    command = ['wrk', '-t2', f'-c{CONNECTIONS}', f'-d{duration}s', '--latency']
    if delay_ms:
        command += ['-s', os.path.join(here, 'delay.lua'), url, '--', str(delay_ms)]
    else:
        command.append(url)
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    latency = {p: float(v) * UNITS[u] for p, v, u in re.findall(r'^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$', out, re.M)}
    errors = sum(int(n) for n in re.findall(r'(?:Non-2xx or 3xx responses|connect|read|write|timeout):? (\d+)', out))
    return {'rps': float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1)),
            'requests': int(re.search(r'(\d+) requests in', out).group(1)),
            'p50': latency['50'], 'p99': latency['99'], 'errors': errors}


def app_run(url, duration, delay_ms=0):
    before = cpu_ms(jvm)
    result = wrk(url, duration, delay_ms)
    result['cpu'] = (cpu_ms(jvm) - before) / result['requests']
    return result


def settle(url):
    """Asks for the page until the JIT compiler threads rest (under 3 % of a core over
    15 s, at most 4 minutes): the steady state, without compilation's CPU. The search and
    street answers run through much code, which 15 s of warm-up left half compiled."""
    for _ in range(16):
        before = compiler_ms(jvm)
        wrk(url, 15)
        if compiler_ms(jvm) - before < 0.03 * 15_000:
            return


def memory(field):
    with open(f'/proc/{jvm}/status') as status:
        return int(re.search(rf'^{field}:\s+(\d+) kB', status.read(), re.M).group(1)) // 1024


app = f'http://127.0.0.1:{port}'
for name, path in PAGES.items():
    with urllib.request.urlopen(app + path) as response, open(os.path.join(root, name + '.html'), 'wb') as page:
        page.write(response.read())
for path in PAGES.values():
    wrk(app + path, max(1, warmup // len(PAGES)))  # warm-up: lets the JIT compile the hot paths

print(f'{"page":7} {"bytes":>6} {"app req/s":>10} {"p50 ms":>7} {"p99 ms":>7} {"CPU ms/req":>11} {"errors":>6}'
      f' {"nginx req/s":>12} {"ratio":>6}   {"half load req/s":>16} {"p50 ms":>7} {"p99 ms":>7}')
for name, path in PAGES.items():
    settle(app + path)
    full = app_run(app + path, seconds)
    nginx = wrk(f'http://127.0.0.1:{nginx_port}/{name}.html', seconds)
    # Each connection waits between requests so that all of them ask about half as often.
    delay = max(1, round(CONNECTIONS * 1000 / (full['rps'] / 2)))
    half = app_run(app + path, seconds, delay)
    size = os.path.getsize(os.path.join(root, name + '.html'))
    print(f'{name:7} {size:6} {full["rps"]:10.0f} {full["p50"]:7.2f} {full["p99"]:7.2f} {full["cpu"]:11.3f}'
          f' {full["errors"] + half["errors"]:6} {nginx["rps"]:12.0f} {full["rps"] / nginx["rps"]:6.1%}'
          f'   {half["rps"]:16.0f} {half["p50"]:7.2f} {half["p99"]:7.2f}')
print(f'JVM resident memory: {memory("VmRSS")} MB now, {memory("VmHWM")} MB at most')
