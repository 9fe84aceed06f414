"""CPU time per request of the JVM and of PostgreSQL for the public pages residents open most,
each page asked the same way many times on one connection (the cost of rendering it, not of
finding an answer): after as many requests of warm-up, the CPU of the JVM and of every
PostgreSQL process is read from /proc/<pid>/stat before and after."""
import http.client
import sys
import time

from cputime import cpu_ms, postgres_ms

port, jvm, postmaster, requests = (int(arg) for arg in sys.argv[1:5])
PAGES = ['/fr/', '/fr/offices/marolles', '/fr/offices', '/fr/search?q=rue+haute', '/fr/accessibility']
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
    jvm_before, postgres_before, began = cpu_ms(jvm), postgres_ms(postmaster), time.perf_counter()
    ask(page, requests)
    jvm_after, postgres_after, ended = cpu_ms(jvm), postgres_ms(postmaster), time.perf_counter()
    print(f'{page:28} {(jvm_after - jvm_before) / requests:11.2f} {(postgres_after - postgres_before) / requests:11.2f}'
          f' {(ended - began) * 1000 / requests:12.2f}')
