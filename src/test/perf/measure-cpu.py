"""CPU time per request of the JVM and of PostgreSQL (the postmaster and every process it
started), for the finder's costliest queries, each request a distinct URL and client."""
import http.client
import sys
import urllib.parse

from cputime import cpu_ms, postgres_ms

port, jvm, postmaster, requests = (int(arg) for arg in sys.argv[1:5])


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
    jvm_before, pg_before = cpu_ms(jvm), postgres_ms(postmaster)
    run(connection, path, requests, offset)
    offset += requests
    jvm_used, pg_used = (cpu_ms(jvm) - jvm_before) / requests, (postgres_ms(postmaster) - pg_before) / requests
    print(f'{label[:32]:<32} {jvm_used:7.1f} {pg_used:14.1f} {jvm_used + pg_used:9.1f}')
