"""CPU time per request of the JVM and of PostgreSQL (the postmaster and every process it
started), for the finder's costliest queries, each request a distinct URL and client."""
import http.client
import os
import sys
import urllib.parse

port, jvm, postmaster, requests = (int(arg) for arg in sys.argv[1:5])
ticks = os.sysconf('SC_CLK_TCK')


def cpu_ms(pid):
    try:
        with open(f'/proc/{pid}/stat') as stat:
            fields = stat.read().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / ticks
    except FileNotFoundError:
        return 0


def postgres_ms():
    children = [int(pid) for pid in os.listdir('/proc') if pid.isdigit() and parent(int(pid)) == postmaster]
    return cpu_ms(postmaster) + sum(cpu_ms(pid) for pid in children)


def parent(pid):
    try:
        with open(f'/proc/{pid}/stat') as stat:
            return int(stat.read().rsplit(')', 1)[1].split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None


def run(connection, path, count, offset):
    for i in range(count):
        n = offset + i
        url = path.replace('{n}', str(1 + n % 999))
        connection.request('GET', url, headers={'Accept': 'text/html',
                                                'X-Forwarded-For': f'10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}'})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f'{url} answered {response.status}')


queries = ['rue', 'straat', 'avenue', 'laan', 'rue de la', 'rues', 'chaussée de', 'rue 1000', 'straat 1020',
           'rue haute', 'rue des rennards', 'vosenstraat', 'boulevard du jardin botanique', 'avenu des croix de gerre',
           'raat', ' '.join(['raat'] * 30), 'a' * 190, 'muybsd ajqlcq nvfakh dnmgcx uqzedj rwjwky dglyvx zrfzoo aanc qwzx plmo']
connection = http.client.HTTPConnection('localhost', port)
pages = [('(page only: accessibility)', '/fr/accessibility?n={n}')] + [
    (query, '/fr/search?' + urllib.parse.urlencode({'q': query}) + '+{n}') for query in queries]
offset = 0
for _ in range(4):  # warm-up: lets the JIT compile the hot paths
    for label, path in pages:
        run(connection, path, 50, offset)
        offset += 50
print(f'{"query":<32} {"JVM ms":>7} {"PostgreSQL ms":>14} {"total ms":>9}  (CPU per request, {requests} requests)')
for label, path in pages:
    jvm_before, pg_before = cpu_ms(jvm), postgres_ms()
    run(connection, path, requests, offset)
    offset += requests
    jvm_used, pg_used = (cpu_ms(jvm) - jvm_before) / requests, (postgres_ms() - pg_before) / requests
    print(f'{label[:32]:<32} {jvm_used:7.1f} {pg_used:14.1f} {jvm_used + pg_used:9.1f}')
