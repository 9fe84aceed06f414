"""Proves that a backup made with PostgreSQL's own tools restores: a database with offices,
hours, revisions, problem reports and accounts is dumped (pg_dump, custom format), restored
into an empty database (pg_restore), and the packaged application started on the copy finds
every row and serves every page as before: Flyway validates the schema, staff sign in, the
history restores a revision. Uses the PostgreSQL of PG_BIN (pg_config --bindir by default):
a server, pg_dump and pg_restore of one version. Prints each step's time."""
import html.parser
import http.client
import http.cookies
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

JAR, PG_BIN = sys.argv[1], sys.argv[2]
DB_PORT, APP_PORT = 55433, 18191
ADMIN, ADMIN_PASSWORD = 'admin', 'violet-harbour-tandem-42'
EDITOR, EDITOR_PASSWORD = 'backup.editor', 'quiet-lantern-orchard-77'
root = tempfile.mkdtemp(prefix='backup-restore-')
as_postgres = ['runuser', '-u', 'postgres', '--'] if os.geteuid() == 0 else []
timings = {}
running = []


def timed(step, action):
    began = time.perf_counter()
    result = action()
    timings[step] = time.perf_counter() - began
    return result


def pg(tool, *args, capture=False):
    return subprocess.run(as_postgres + [os.path.join(PG_BIN, tool), *args], check=True, text=True,
                          capture_output=capture).stdout


def psql(database, sql):
    return pg('psql', '-h', root, '-p', str(DB_PORT), '-U', 'postgres', '-d', database, '-At', '-c', sql,
              capture=True).strip()


class Form(html.parser.HTMLParser):
    """The fields of the first form whose action ends with the given path, as a browser
    would send them (checked boxes only, selected options, textareas' text)."""

    def __init__(self, page, action):
        super().__init__()
        self.action, self.inside, self.fields, self.select, self.textarea = action, False, [], None, None
        self.target = None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form':
            self.inside = (a.get('action') or '').endswith(self.action) and not self.fields
            if self.inside:
                self.target = a.get('action')
        elif self.inside and tag == 'input' and a.get('name'):
            if a.get('type') not in ('checkbox', 'radio') or 'checked' in a:
                self.fields.append((a['name'], a.get('value') or ''))
        elif self.inside and tag == 'select':
            self.select = a.get('name')
        elif self.inside and tag == 'option' and self.select and 'selected' in a:
            self.fields.append((self.select, a.get('value') or ''))
        elif self.inside and tag == 'textarea':
            self.textarea = [a.get('name'), '']

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == 'form':
            self.inside = False
        elif tag == 'select':
            self.select = None
        elif tag == 'textarea' and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None


class Browser:
    def __init__(self):
        self.cookies = http.cookies.SimpleCookie()

    def request(self, method, path, fields=None):
        connection = http.client.HTTPConnection('localhost', APP_PORT, timeout=60)
        headers = {'Accept': 'text/html', 'Sec-Fetch-Site': 'same-origin'}
        if self.cookies:
            headers['Cookie'] = '; '.join(f'{k}={v.value}' for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers['Content-Type'] = 'application/x-www-form-urlencoded'
        connection.request(method, path, body, headers)
        response = connection.getresponse()
        for cookie in response.headers.get_all('Set-Cookie') or []:
            self.cookies.load(cookie)
        page = response.read().decode('utf-8')
        if response.status in (301, 302, 303):
            location = urllib.parse.urlsplit(response.getheader('Location'))
            return self.request('GET', location.path + ('?' + location.query if location.query else ''))
        return response.status, page

    def submit(self, page_path, action, changes):
        """Sends the page's form whose action ends so, with the changes."""
        status, page = self.request('GET', page_path)
        form = Form(page, action)
        if form.target is None:
            raise SystemExit(f'no form {action} on {page_path}')
        fields = [(k, v) for k, v in form.fields if k not in changes] + list(changes.items())
        return self.request('POST', form.target, fields)

    def sign_in(self, username, password):
        status, page = self.submit('/fr/admin/login', '/admin/login', {'username': username, 'password': password})
        return status == 200 and 'admin/logout' in page


def start_app(database):
    log = open(os.path.join(root, f'app-{database}.log'), 'w')
    app = subprocess.Popen(['java', '-Xmx256m', '-jar', JAR, f'--server.port={APP_PORT}',
                            f'--spring.datasource.url=jdbc:postgresql://localhost:{DB_PORT}/{database}',
                            '--spring.datasource.username=postgres', f'--mediation.base-url=http://localhost:{APP_PORT}',
                            f'--mediation.admin.username={ADMIN}', f'--mediation.admin.password={ADMIN_PASSWORD}',
                            '--logging.level.root=WARN', '--logging.level.be.brussels=INFO'],
                           stdout=log, stderr=subprocess.STDOUT)
    running.append(app)
    path = log.name
    while 'is running at' not in open(path).read():
        if app.poll() is not None:
            raise SystemExit(f'the application did not start on {database}:\n' + open(path).read()[-3000:])
        time.sleep(0.2)
    return app


PUBLIC = ['/fr/', '/nl/', '/en/', '/fr/offices', '/fr/offices/marolles', '/en/offices/marolles',
          '/fr/offices/senne', '/fr/search?q=Rue+Haute', '/fr/offices.geojson', '/api/hsds/services?full=true',
          '/open-data/offices.csv']
STAFF = ['/fr/admin', '/fr/admin/offices/marolles/history', '/fr/admin/reports', '/fr/admin/accounts']


def pages(browser):
    return {path: browser.request('GET', path)[1] for path in PUBLIC + STAFF}


def tables(database):
    names = psql(database, "select tablename from pg_tables where schemaname = 'public' order by 1").split('\n')
    return {name: psql(database, f'select count(*) || \' \' || coalesce(md5(string_agg(t::text, \'|\' order by t::text)), \'-\') from "{name}" t')
            for name in names}


def without_tokens(page):
    import re
    return re.sub(r'name="_csrf" value="[^"]*"', '', page)


try:
    if as_postgres:
        shutil.chown(root, 'postgres')
    version = pg('postgres', '--version', capture=True).strip()
    pg('initdb', '-D', os.path.join(root, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8',
       capture=True)
    pg('pg_ctl', '-D', os.path.join(root, 'data'), '-o', f'-p {DB_PORT} -k {root} -c listen_addresses=localhost',
       '-l', os.path.join(root, 'server.log'), '-w', 'start', capture=True)
    psql('postgres', 'create database original')

    app = timed('start on the original (migrations)', lambda: start_app('original'))
    staff = Browser()
    assert staff.sign_in(ADMIN, ADMIN_PASSWORD), 'the administrator signs in'
    status, _ = staff.submit('/fr/admin/offices/marolles', '/fr/admin/offices/marolles', {
        'descriptionFr': 'Aide au logement, à l\'énergie et aux démarches.',
        'sessions[0].day': 'TUESDAY', 'sessions[0].opens': '09:00', 'sessions[0].closes': '12:00',
        'sessions[0].mode': 'WALK_IN', 'notices[0].visibleFrom': '2026-01-01', 'notices[0].visibleUntil': '2030-12-31',
        'notices[0].textFr': 'Avis de test', 'notices[0].textNl': 'Testbericht'})
    assert status == 200, f'the office was saved ({status})'
    staff.submit('/fr/admin/offices/marolles', '/fr/admin/offices/marolles', {'nameEn': 'Marolles (after backup test)'})
    office_ids = psql('original', "select id from office where slug = 'marolles'")
    status, _ = staff.submit('/fr/admin/accounts/new', '/fr/admin/accounts', {
        'username': EDITOR, 'displayName': 'Backup Editor', 'role': 'EDITOR', 'officeIds': office_ids,
        'enabled': 'true', 'password': EDITOR_PASSWORD})
    assert status == 200, f'the account was created ({status})'
    resident = Browser()
    status, _ = resident.submit('/fr/offices/senne', '/fr/offices/senne/report', {
        'topic': 'OTHER', 'message': 'Le numéro de téléphone a changé.', 'email': 'habitant@example.org'})
    assert status == 200, f'the report was sent ({status})'
    before = pages(staff)
    before_rows = tables('original')
    app.terminate()
    app.wait()

    dump = os.path.join(root, 'backup.dump')
    timed('pg_dump -Fc', lambda: pg('pg_dump', '-h', root, '-p', str(DB_PORT), '-U', 'postgres', '-Fc', '-f', dump,
                                    'original'))
    psql('postgres', 'create database restored')
    timed('pg_restore', lambda: pg('pg_restore', '-h', root, '-p', str(DB_PORT), '-U', 'postgres', '--no-owner',
                                   '-d', 'restored', dump))
    after_rows = tables('restored')
    differing = [name for name in before_rows if before_rows[name] != after_rows.get(name)]
    assert not differing, f'tables that differ: {differing}'

    app = timed('start on the copy (Flyway validates)', lambda: start_app('restored'))
    staff = Browser()
    assert staff.sign_in(ADMIN, ADMIN_PASSWORD), 'the administrator signs in on the copy'
    assert Browser().sign_in(EDITOR, EDITOR_PASSWORD), 'the editor signs in on the copy'
    after = pages(staff)
    differing = [path for path in before if without_tokens(before[path]) != without_tokens(after[path])]
    assert not differing, f'pages that differ: {differing}'
    revisions = int(psql('restored', 'select count(*) from office_revision'))
    status, history = staff.submit('/fr/admin/offices/marolles/history', '/history/2/restore', {})
    assert status == 200 and int(psql('restored', 'select count(*) from office_revision')) == revisions + 1, \
        'the history restores a revision on the copy'
    app.terminate()
    app.wait()

    rows = sum(int(value.split(' ')[0]) for value in before_rows.values())
    print(f'{version}; dump of {os.path.getsize(dump) / 1e6:.1f} MB')
    print(f'{len(before_rows)} tables and {rows} rows identical after the restore; {len(before)} pages identical '
          f'({len(PUBLIC)} public, {len(STAFF)} staff, CSRF tokens aside); Flyway validated; '
          f'administrator and editor signed in; a revision restored')
    for step, seconds in timings.items():
        print(f'{step:40} {seconds:6.1f} s')
finally:
    for app in running:
        app.terminate()
        app.wait()
    subprocess.run(as_postgres + [os.path.join(PG_BIN, 'pg_ctl'), '-D', os.path.join(root, 'data'), '-m', 'fast',
                                  'stop'], capture_output=True)
    shutil.rmtree(root, ignore_errors=True)
