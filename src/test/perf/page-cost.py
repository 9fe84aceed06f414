"""CPU time per request of the JVM and of PostgreSQL for the public pages residents open most,
each page asked the same way many times on one connection (the cost of rendering it, not of
finding an answer): after as many requests of warm-up, the CPU of the JVM and of every
PostgreSQL process is read from /proc/<pid>/stat before and after."""
import http.client
import os
import sys
import time

port, jvm, postmaster, requests = (int(arg) for arg in sys.argv[1:5])
ticks = os.sysconf('SC_CLK_TCK')
PAGES = ['/fr/', '/fr/offices/marolles', '/fr/offices', '/fr/search?q=rue+haute', '/fr/accessibility']


def cpu_ms(pid):
    try:
        with open(f'/proc/{pid}/stat') as stat:
            fields = stat.read().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / ticks
    except FileNotFoundError:
        return 0


def parent(pid):
    try:
        with open(f'/proc/{pid}/stat') as stat:
            return int(stat.read().rsplit(')', 1)[1].split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None


def postgres_ms():
    children = [int(pid) for pid in os.listdir('/proc') if pid.isdigit() and parent(int(pid)) == postmaster]
    return cpu_ms(postmaster) + sum(cpu_ms(pid) for pid in children)


connection = http.client.HTTPConnection('localhost', port)


def ask(path, count):
    for i in range(count):
        # Each request from a client of its own (through the trusted proxy): the search's
        # rate limit would stop one client.
        connection.request('GET', path, headers={'Accept': 'text/html',
                                                 'X-Forwarded-For': f'10.1.{i // 256 % 256}.{i % 256}'})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f'{path} answered {response.status}')


print(f'{"page":28} {"JVM ms/req":>11} {"PostgreSQL":>11} {"wall ms/req":>12}')
for page in PAGES:
    ask(page, requests)
    jvm_before, postgres_before, began = cpu_ms(jvm), postgres_ms(), time.perf_counter()
    ask(page, requests)
    jvm_after, postgres_after, ended = cpu_ms(jvm), postgres_ms(), time.perf_counter()
    print(f'{page:28} {(jvm_after - jvm_before) / requests:11.2f} {(postgres_after - postgres_before) / requests:11.2f}'
          f' {(ended - began) * 1000 / requests:12.2f}')
