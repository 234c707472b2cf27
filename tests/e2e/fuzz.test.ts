import { request as httpRequest, Agent } from 'node:http';
import { afterAll, describe, expect, inject, it } from 'vitest';

/*
 * 2,000 hostile requests to the running app, generated from a seeded PRNG: the same seed sends
 * the same requests, so a failure reproduces with `FUZZ_SEED=<seed> npx vitest run --config
 * vitest.e2e.config.ts tests/e2e/fuzz.test.ts` (the seed and each failing request are printed).
 *
 * Every response must be 200, a redirect or 404, never 5xx; a redirect stays on this origin;
 * no body holds a stack trace, a file path or a file of the project; and no input comes back
 * unescaped: every payload carries a marker (`<paralelo-fuzz-N>`, `"paralelo-fuzz-N`) that must
 * never appear, with its `<` or `"`, in the body or in any header (Location included).
 *
 * A few other statuses are fine, as long as the body is no more than a plain message. From
 * Next.js itself, before any code of the app runs: 400 for OPTIONS on a page; for a POST naming
 * a Server Action (`Next-Action` header; the app has none), 400 when the ID is malformed
 * ("Invalid Server Action request.") and 409 when it is well-formed but unknown ("Server Action
 * unavailable."); 409 also for a multipart POST to a page, which Next.js takes for a form
 * posted to a Server Action; 405 for a method a route
 * handler does not export (PUT or DELETE on the sitemap or robots.txt). From proxy.ts: 405 for
 * a share card asked for with another method than GET or HEAD (Next.js kept the first answer to
 * a card, a 405 or a 500, as the card for every later GET: the second test here). And the 404
 * for a malformed percent escape in a dynamic segment (`/%zz`, `/en/articles/%E0`) is the
 * app's (proxy.ts), where Next.js 16 answers 500.
 */

const baseURL = inject('baseURL');
const { hostname, port } = new URL(baseURL);
const seed = Number(process.env.FUZZ_SEED ?? 20261126);
const total = 2000;
const concurrency = 8;

const slug = 'belarus-cuba-military-ties';
const lead = 'the-chief-of-the-general-staff';

/** mulberry32: a small, fast, seeded PRNG with a 2^32 period, plenty for picking payloads. */
function prng(state: number) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FuzzRequest {
  n: number;
  method: string;
  /** The request target exactly as sent: already encoded (or deliberately not). */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

interface FuzzResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function generate(seedValue: number): FuzzRequest[] {
  const random = prng(seedValue);
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

  const unicode = [
    'español',
    'niño',
    'Ñandú',
    '日本語',
    '🙂',
    '👩🏽‍💻',
    '🇨🇺',
    'مرحبا',
    'שלום',
    '\u202Eevil\u202C',
    'ﷺ',
    'Z̤͔ͧ̑̓',
    '\uFEFF',
    'ß',
    'İ',
  ];
  const malformed = [
    '%',
    '%%',
    '%zz',
    '%C0%AF',
    '%E0%A4%A',
    '%FF',
    '%ED%A0%80',
    '%c0%ae%c0%ae',
    '%u002e',
    '%2',
    '%%32%65',
  ];
  const traversal = ['..', '%2e%2e', '%2E%2E', '..%2f', '%2e%2e%2f', '..%5c', '%252e%252e', '.%2e', '..;', '....//'];
  const files = [
    'package.json',
    'next.config.ts',
    '.env',
    '.next/BUILD_ID',
    'etc/passwd',
    'proxy.ts',
    '.content/paragraphs.json',
  ];
  const langs = ['en', 'es', 'fr', 'EN', 'en-US', 'es-419', 'xx', '', 'de', 'zh-Hans', '_next', 'api', 'p'];
  const views = [
    'reading',
    'side-by-side',
    'original',
    'READING',
    'javascript:alert(1)',
    'constructor',
    '__proto__',
    '',
  ];

  /** A hostile string carrying marker n: HTML, attribute, script and template injections. */
  const payload = (n: number) => {
    const m = `paralelo-fuzz-${n}`;
    return pick([
      `<${m}>`,
      `"${m}`,
      `"><script>alert('${m}')</script><${m}>`,
      `'"><img src=x onerror=alert(1)><${m}>`,
      `javascript:alert(1)//"${m}`,
      `{{constructor.constructor('alert(1)')()}}"${m}`,
      `\${7*7}<${m}>`,
      `</script><script>"${m}`,
      `<svg/onload=alert(1)><${m}>`,
      `--><${m}>`,
      `"${m}" autofocus onfocus="alert(1)`,
    ]);
  };
  const enc = (s: string) => encodeURIComponent(s);
  /** Encoded once, twice, or sent as raw as Node allows (it refuses only controls, spaces and non-Latin-1). */
  const anyEnc = (s: string) => {
    const r = random();
    if (r < 0.6) return enc(s);
    if (r < 0.8) return enc(enc(s));
    return s.replace(/[^\x21-\x7e]/gu, (c) => enc(c)).replace(/#/g, '%23');
  };
  const segment = () =>
    pick([
      () => pick(unicode),
      () => enc(pick(unicode)),
      () => pick(malformed),
      () => pick(traversal),
      () => `${lead}${pick(malformed)}`,
      () => '%00',
      () => `${lead}%00`,
      () => '%23frag',
      () => '\\',
      () => '%5C',
      () => 'a'.repeat(1 + int(300)),
      () => String(int(1e9)),
    ])();
  const longList = (n: number) =>
    Array.from({ length: 50 + int(900) }, (_, i) => (i % 97 === 0 ? anyEnc(payload(n)) : `${lead}-${i}`)).join(',');

  const cases: ((n: number) => Omit<FuzzRequest, 'n'>)[] = [
    // Very long paths and queries, up to about 8 KB.
    (n) => ({ method: 'GET', path: `/${pick(langs)}/${'x'.repeat(int(7000))}/${anyEnc(payload(n))}` }),
    (n) => ({ method: 'GET', path: `/en/articles/${slug}?q=${'%41'.repeat(int(2600))}&x=${anyEnc(payload(n))}` }),
    (n) => ({
      method: 'GET',
      path: `/${Array.from({ length: 1 + int(400) }, segment).join('/')}?m=${anyEnc(payload(n))}`.slice(0, 8000),
    }),
    // Unicode, emoji, RTL, malformed escapes, null bytes in every position.
    (n) => ({
      method: 'GET',
      path: `/${pick([pick(langs), segment()])}/articles/${pick([slug, segment()])}?view=${anyEnc(payload(n))}`,
    }),
    (n) => ({ method: 'GET', path: `/${segment()}/${segment()}/${anyEnc(payload(n))}` }),
    (n) => ({
      method: 'GET',
      path: `/${pick(langs)}/articles/${slug}/p/${segment()}${pick(['', '/card.png'])}?x=${anyEnc(payload(n))}`,
    }),
    (n) => ({
      method: 'GET',
      path: `/${pick(malformed)}${pick(['', '/', '/en'])}?${pick(malformed)}=${anyEnc(payload(n))}`,
    }),
    // Traversal towards the project's files.
    (n) => ({
      method: 'GET',
      path: `/${pick(['', 'en/', 'en/articles/', `en/articles/${slug}/p/`, '_next/', '_next/static/', '_next/static/chunks/'])}${Array.from({ length: 1 + int(6) }, () => pick(traversal)).join(pick(['/', '%2f', '%5c', '\\']))}/${pick(files)}?${anyEnc(payload(n))}`,
    }),
    // `//`, backslashes: Next.js redirects them to one slash, on this origin.
    (n) => ({
      method: 'GET',
      path: `${pick(['//', '/\\', '/\\\\', '///'])}${pick(['evil.example', 'en', `en/articles/${slug}`, '%2f%2fevil.example', '@evil.example'])}/${anyEnc(payload(n))}`,
    }),
    // Unknown languages, articles and paragraphs; paragraph pages and cards with hostile IDs.
    (n) => ({
      method: 'GET',
      path: `/${pick(langs)}${pick(['', `/articles/${slug}`, '/articles/nope', `/articles/${anyEnc(payload(n))}`])}`,
    }),
    (n) => ({
      method: 'GET',
      path: `/${pick(['en', 'es', 'fr'])}/articles/${pick([slug, 'nope'])}/p/${anyEnc(payload(n))}${pick(['', '/card.png', '/card.png/x', '/'])}`,
    }),
    (n) => ({
      method: 'GET',
      path: `/${pick(['en', 'es'])}/articles/${slug}/p/${lead}${pick(['', '/card.png'])}?id=${anyEnc(payload(n))}#${enc(payload(n))}`.replace(
        '#',
        '%23',
      ),
    }),
    // Hostile flip= and view=: injections, long lists, repeated parameters.
    (n) => ({
      method: 'GET',
      path: `/${pick(['en', 'es'])}/articles/${slug}?view=${anyEnc(pick([payload(n), pick(views)]))}&flip=${anyEnc(payload(n))}`,
    }),
    (n) => ({ method: 'GET', path: `/en/articles/${slug}?flip=${longList(n)}`.slice(0, 8100) }),
    (n) => ({
      method: 'GET',
      path: `/es/articles/${slug}?${Array.from({ length: 2 + int(60) }, (_, i) => `${pick(['flip', 'view', 'flip[]', 'view[0]', '__proto__[x]'])}=${i % 7 === 0 ? anyEnc(payload(n)) : pick([lead, ...views])}`).join('&')}`,
    }),
    (n) => ({
      method: 'GET',
      path: `/en/articles/${slug}/p/${lead}?view=${anyEnc(payload(n))}&flip=${anyEnc(payload(n))},${lead}`,
    }),
    // Fragments sent in the URL, percent-encoded.
    (n) => ({ method: 'GET', path: `/${pick(['en', 'es'])}/articles/${slug}%23${anyEnc(payload(n))}` }),
    (n) => ({ method: 'GET', path: `/en/articles/${slug}?view=reading%23${anyEnc(payload(n))}` }),
    // Other methods.
    (n) => ({
      method: 'HEAD',
      path: pick([
        `/en/articles/${slug}?flip=${anyEnc(payload(n))}`,
        `/es/articles/${slug}/p/${anyEnc(payload(n))}`,
        '/',
        '/sitemap.xml',
      ]),
    }),
    (n) => ({
      method: 'POST',
      path: pick([
        '/en',
        `/es/articles/${slug}`,
        `/en/articles/${slug}/p/${lead}`,
        `/en/articles/${slug}/p/${anyEnc(payload(n))}`,
        '/nope',
      ]),
      headers: {
        'content-type': pick([
          'application/x-www-form-urlencoded',
          'text/plain',
          'application/json',
          'multipart/form-data; boundary=x',
        ]),
      },
      body: pick([
        `a=${enc(payload(n))}`,
        JSON.stringify({ x: payload(n) }),
        payload(n).repeat(20),
        '--x\r\n\r\n--x--',
      ]),
    }),
    (n) => ({
      method: 'POST',
      path: pick(['/en', `/en/articles/${slug}`]),
      headers: {
        'next-action': pick([`${payload(n)}`.replace(/[^\x21-\x7e]/gu, ''), 'a'.repeat(42), '0'.repeat(40)]),
        'content-type': 'text/plain;charset=UTF-8',
      },
      body: JSON.stringify([payload(n)]),
    }),
    (n) => ({
      method: pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']),
      path: pick([
        '/en',
        '/sitemap.xml',
        '/robots.txt',
        '/en/feed.xml',
        `/en/articles/${slug}/p/${lead}/card.png`,
        `/x/${anyEnc(payload(n))}`,
      ]),
    }),
  ];

  // Node sends a request target only of visible ASCII (and Latin-1): the rest goes percent-encoded,
  // as a browser would send it; `<`, `"`, `\\` and the like may stay raw.
  const sendable = (path: string) => path.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
  return Array.from({ length: total }, (_, n) => {
    const request = pick(cases)(n);
    return { n, ...request, path: sendable(request.path) };
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
afterAll(() => agent.destroy());

function send({ method, path, headers = {}, body }: FuzzRequest): Promise<FuzzResponse> {
  return new Promise((resolve, reject) => {
    // Headers up to 64 KB: a redirect repeats an 8 KB address in Location and Refresh.
    const req = httpRequest(
      {
        host: hostname,
        port,
        method,
        path,
        agent,
        maxHeaderSize: 64 * 1024,
        headers: { ...headers, ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(20_000, () => req.destroy(new Error('no answer within 20 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** The request as a failure report names it: number, method, target (long ones cut), headers. */
function describeRequest({ n, method, path, headers }: FuzzRequest): string {
  const target = path.length > 300 ? `${path.slice(0, 300)}… (${path.length} characters)` : path;
  return `#${n} ${method} ${target}${headers ? ` ${JSON.stringify(headers)}` : ''}`;
}

/** What is wrong with one response, if anything. */
function problemsOf(request: FuzzRequest, response: FuzzResponse): string[] {
  const problems: string[] = [];
  const { status, headers, body } = response;
  const sentAction = 'next-action' in (request.headers ?? {});
  const multipart = (request.headers?.['content-type'] ?? '').startsWith('multipart/');
  const explained =
    (status === 400 && ((request.method === 'POST' && sentAction) || request.method === 'OPTIONS')) ||
    (status === 409 && request.method === 'POST' && (multipart || sentAction)) ||
    (status === 405 && !['GET', 'HEAD'].includes(request.method));
  if (!(status === 200 || (status >= 300 && status < 400) || status === 404 || explained))
    problems.push(`status ${status}`);
  if (explained && /<|\n\s+at /.test(body))
    problems.push(`a ${status} with more than a plain message: ${body.slice(0, 200)}`);
  if (status >= 300 && status < 400) {
    const location = String(headers.location ?? '');
    const target = new URL(location, baseURL);
    if (target.origin !== new URL(baseURL).origin) problems.push(`redirect off the site: ${location}`);
    if (/^(\/\/|\/\\|\\)/.test(location)) problems.push(`protocol-relative redirect: ${location}`);
  }
  if (/\n\s+at \S.*:\d+:\d+/.test(body) || /\b(URIError|TypeError|ReferenceError|RangeError): /.test(body))
    problems.push('stack trace in body');
  if (body.includes(process.cwd()) || /node_modules|webpack-internal|\.next\/server/.test(body))
    problems.push('file path in body');
  if (
    ['"name": "paralelo"', 'root:x:0:0', 'skipTrailingSlashRedirect', 'isKnownParagraph', `{"${slug}":[`].some((s) =>
      body.includes(s),
    )
  ) {
    problems.push('a file of the server in body');
  }

  const marker = `paralelo-fuzz-${request.n}`;
  const raw = [`<${marker}`, `"${marker}`];
  for (const r of raw) {
    if (body.includes(r))
      problems.push(
        `body reflects ${r} unescaped: …${body.slice(Math.max(0, body.indexOf(r) - 80), body.indexOf(r) + 80)}…`,
      );
    for (const [name, value] of Object.entries(headers)) {
      if (String(value).includes(r))
        problems.push(`header ${name} reflects ${r} unescaped: ${String(value).slice(0, 200)}`);
    }
  }
  return problems;
}

describe('URL fuzzing', () => {
  it(`answers ${total} hostile requests with 200, 3xx or 404, no stack trace, nothing reflected unescaped`, async () => {
    console.log(`fuzz seed ${seed} (FUZZ_SEED=${seed} to repeat)`);
    const requests = generate(seed);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        let problems: string[];
        try {
          const response = await send(request);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          problems = problemsOf(request, response);
        } catch (error) {
          problems = [`request failed: ${(error as Error).message}`];
        }
        if (problems.length) failures.push(`${describeRequest(request)}\n    ${problems.join('\n    ')}`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${requests.length} requests in ${seconds} s, ${concurrency} at a time; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    if (failures.length)
      console.log(`fuzz seed ${seed}: ${failures.length} failing requests\n${failures.slice(0, 40).join('\n')}`);
    expect(failures, `seed ${seed}`).toEqual([]);
  }, 120_000);

  it('keeps every share card and paragraph page whatever method asked for it first', async () => {
    const id = 'in-this-context-the-alliance-between';
    const methods = ['OPTIONS', 'DELETE', 'PUT', 'PATCH', 'POST'];
    for (const [i, method] of methods.entries()) {
      const lng = i % 2 ? 'es' : 'en';
      const card = { n: -1, method, path: `/${lng}/articles/${slug}/p/${id}/card.png` };
      expect((await send(card)).status, `${method} ${card.path}`).toBe(405);
    }
    for (const lng of ['en', 'es']) {
      const page = { n: -1, method: 'OPTIONS', path: `/${lng}/articles/${slug}/p/${id}` };
      await send(page);
      expect((await send({ ...page, method: 'GET' })).status, page.path).toBe(200);
      const card = await send({ n: -1, method: 'GET', path: `${page.path}/card.png` });
      expect([card.status, card.headers['content-type']], `${page.path}/card.png`).toEqual([200, 'image/png']);
    }
    // And those the fuzzing hit: the lead paragraph in both languages.
    for (const lng of ['en', 'es']) {
      const card = await send({ n: -1, method: 'GET', path: `/${lng}/articles/${slug}/p/${lead}/card.png` });
      expect([card.status, card.headers['content-type']], `${lng} lead card`).toEqual([200, 'image/png']);
    }
  });
});
