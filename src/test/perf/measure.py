"""Measures search and street-lookup latency through HTTP, one request at a time on a
keep-alive connection, after a minute of warm-up, and prints p50, p95 and p99 in
milliseconds. Usage: measure.py port [requests] [warm-up seconds]"""
import http.client
import itertools
import random
import sys
import time
import urllib.parse

port = int(sys.argv[1])
requests = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
warmup = float(sys.argv[3]) if len(sys.argv) > 3 else 60
random.seed(42)
clients = itertools.count()

syllables = ['mar', 'ol', 'lette', 'bru', 'xel', 'vos', 'sen', 'ren', 'ard', 'hee', 'beek', 'lak', 'noord', 'zen',
             'ne', 'tre', 'ville', 'berg', 'dal', 'hof', 'ro', 'yal', 'pa', 'lais', 'vau', 'tour', 'cha', 'pel',
             'mont', 'ste', 'la', 'ken', 'hel', 'port', 'ver', 'sail', 'les', 'fi', 'neau', 'an', 'vers']


def word(seed):
    return (syllables[seed % 41] + syllables[(seed // 41) % 41] + syllables[(seed // 1681) % 41]).capitalize()


def typo(text):
    """Drops or doubles one letter, as residents type."""
    i = random.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1:] if random.random() < 0.5 else text[:i] + text[i] + text[i:]


def phone(office_id):
    """A synthetic office's number as residents write it: +3225000012 is "02 500 00 12"."""
    digits = '5' + str(office_id).zfill(6)
    return '02 ' + digits[:3] + ' ' + digits[3:5] + ' ' + digits[5:]


def search_queries():
    while True:
        i = random.randint(1, 10000)
        yield random.choice([
            word(i * 7919), typo(word(i * 7919)), 'Rue ' + word(i * 104729 + 13), typo(word(i * 104729 + 13)),
            phone(random.randint(7, 10006)),
            'marols', 'Vossenstraat', '0499 53 74 81', 'logement', 'huisvesting', '1120'])


def street_queries():
    while True:
        i = random.randint(1, 50000)
        name = word(i * 15485863 + 7)
        yield random.choice([
            name + 'straat', typo(name) + 'straat', 'Rue ' + name + ' ' + str(random.randint(1, 200)),
            'rue ' + typo(name).lower(), 'Rue des Renards 10', 'Avenue de Versailles 144, 1120', 'Rue Royale'])


def run(connection, path, parameter, queries, count):
    timings = []
    for _ in range(count):
        query = next(queries)
        url = path + '?' + urllib.parse.urlencode({parameter: query})
        # Each request from a client of its own (through the trusted proxy), as the rate
        # limits would stop one client sending them all.
        client = next(clients)
        address = f'10.{client // 65536 % 256}.{client // 256 % 256}.{client % 256}'
        start = time.perf_counter()
        connection.request('GET', url, headers={'Accept': 'text/html', 'X-Forwarded-For': address})
        response = connection.getresponse()
        response.read()
        timings.append((time.perf_counter() - start) * 1000)
        if response.status != 200:
            raise SystemExit(f'{url} answered {response.status}')
    timings.sort()
    return [timings[int(len(timings) * p) - 1] for p in (0.50, 0.95, 0.99)]


connection = http.client.HTTPConnection('localhost', port)
# One search answers both kinds of question: names, phones and needs; and streets.
kinds = (('search', search_queries()), ('street', street_queries()))
# Warm-up, both kinds of question in turn: lets the JIT compile the hot paths.
end = time.monotonic() + warmup
while time.monotonic() < end:
    for _, queries in kinds:
        run(connection, '/fr/search', 'q', queries, 100)
for label, queries in kinds:
    p50, p95, p99 = run(connection, '/fr/search', 'q', queries, requests)
    print(f'{label:<7} {requests} requests  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  p99 {p99:6.1f} ms')
