import { testBackends } from '@plenary/db/testing';
import { isEnumType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { createPartnerKey } from './support/actors.ts';
import { startAsNpmStartDoes, type RunningPlenary } from './support/start-as-npm-start.ts';

/** How the page writes a description: escaped, `code` spans as <code>. */
function asHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

function descriptionOf(typeName: string, member?: string): string {
  const type = schema.getType(typeName);
  const description =
    member === undefined
      ? type?.description
      : isEnumType(type)
        ? type.getValue(member)?.description
        : isObjectType(type)
          ? type.getFields()[member]?.description
          : undefined;
  if (!description) throw new Error(`${typeName}${member ? `.${member}` : ''} has no description to look for`);
  return asHtml(description.split(/\n\s*\n/)[0] ?? '');
}

// A partner reads the reference where introspection is off: a production server, started as `npm start` starts it.
describe.each(testBackends())('the API reference at /docs, on %s', (backend) => {
  let plenary: RunningPlenary;
  let page: string;
  let response: Response;

  beforeAll(async () => {
    // Production (introspection off) is what partners meet; a per-key limit of our own shows that /docs states the
    // limits the server runs with, not the defaults.
    // PLENARY_DEMO_PASSWORD makes the demo ADMIN, who issues the partner key of the first request.
    plenary = await startAsNpmStartDoes({
      backend,
      env: {
        NODE_ENV: 'production',
        PLENARY_RATE_LIMIT_PER_API_KEY: '40',
        PLENARY_DEMO_PASSWORD: 'reference-test-password',
      },
    });
    response = await fetch(`${plenary.url}/docs`);
    page = await response.text();
  });
  afterAll(() => plenary?.close());

  it('answers an HTML page while introspection is off', async () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page).toMatch(/^<!doctype html>/);
    // Text, not a typed document: a request refused on purpose, whose answer holds no data to type.
    const introspection = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(((await introspection.json()) as { errors?: unknown[] }).errors).toHaveLength(1);
  });

  it('lists types with their descriptions, fields with theirs, and enum values', () => {
    for (const type of ['Error', 'ValidationIssue', 'Payment', 'Meeting', 'State', 'TreatyStatus', 'PageInfo'])
      expect(page).toContain(`<article id="type-${type}">`);
    expect(page).toContain(descriptionOf('Error'));
    expect(page).toContain(descriptionOf('Payment'));
    expect(page).toContain(descriptionOf('ConflictError', 'allowed'));
    expect(page).toContain('<dt id="Error.code">');
    expect(page).toContain('<dt id="TreatyStatus.STATE_PARTY">');
  });

  it('links every field to its type and gives each argument its type and description', () => {
    expect(page).toMatch(
      /<dt id="Payment.costShare"><code>costShare: <a href="#type-CostShare">CostShare<\/a>!<\/code><\/dt>/,
    );
    expect(page).toMatch(/<dt><code>idempotencyKey: String<\/code><\/dt><dd><p>A key of your choosing/);
  });

  it('says which caller each restricted operation needs and what others get', () => {
    const convene = page.slice(
      page.indexOf('<dt id="Mutation.conveneMeeting">'),
      page.indexOf('<dt id="Mutation.', page.indexOf('<dt id="Mutation.conveneMeeting">') + 1),
    );
    expect(convene).toContain(
      '<strong>Needs:</strong> secretariat staff (an ADMIN or SECRETARIAT session). Others get a <code>ForbiddenError</code> result.',
    );
    const createApiKey = page.slice(
      page.indexOf('<dt id="Mutation.createApiKey">'),
      page.indexOf('<dt id="Mutation.', page.indexOf('<dt id="Mutation.createApiKey">') + 1),
    );
    expect(createApiKey).toContain('<strong>Needs:</strong> an ADMIN session.');
    const meetingByCode = page.slice(
      page.indexOf('<dt id="Query.meetingByCode">'),
      page.indexOf('<dt id="Query.', page.indexOf('<dt id="Query.meetingByCode">') + 1),
    );
    expect(meetingByCode).not.toContain('Needs:');
  });

  it('tables the operations by the caller they need', () => {
    const table = page.slice(page.indexOf('<th>needs</th>'), page.indexOf('</table>', page.indexOf('<th>needs</th>')));
    const rowOf = (operation: string) =>
      table.split('<tr>').find((row) => row.includes(`<a href="#${operation}">`)) ?? '';
    expect(rowOf('Query.meetingByCode')).toMatch(
      /^<td>every caller: API keys, sessions and callers without credentials<\/td>/,
    );
    expect(rowOf('Mutation.createApiKey')).toMatch(/^<td>an ADMIN session<\/td>/);
    expect(rowOf('Mutation.conveneMeeting')).toMatch(
      /^<td>secretariat staff \(an ADMIN or SECRETARIAT session\)<\/td>/,
    );
  });

  it('says who may read the types and fields that hold personal data, payments or drafts', () => {
    const payment = page.slice(
      page.indexOf('<article id="type-Payment">'),
      page.indexOf('</article>', page.indexOf('<article id="type-Payment">')),
    );
    expect(payment).toContain(
      "<strong>Readable by:</strong> SECRETARIAT users, ADMIN users, focal points of the record's own State. Others get <code>null</code> from <code>node</code>",
    );
    expect(page).toMatch(
      /<dt id="DelegationMember.role">.*?<strong>Readable by:<\/strong> everyone, with or without credentials\./,
    );
  });

  it('shows a first request that answers as shown, with a partner key', async () => {
    const body = /-d '(\{.*\})'<\/code>/.exec(page)?.[1];
    expect(body).toBeDefined();
    const admin = await plenary.database.prisma.user.findFirstOrThrow({ where: { role: 'ADMIN' } });
    const apiKey = await createPartnerKey(plenary.database.prisma, admin.id);
    const answer = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...apiKey },
      body,
    });
    expect(await answer.json()).toEqual({
      data: {
        meetingByCode: {
          title: 'Eleventh Meeting of States Parties',
          opensOn: '2023-09-11',
          closesOn: '2023-09-14',
          city: 'Geneva',
        },
      },
      extensions: { cost: expect.any(Object) },
    });
  });

  it('names only codes of the ErrorCode enum in its table of errors', () => {
    const errors = page.slice(
      page.indexOf('<section id="errors">'),
      page.indexOf('</section>', page.indexOf('<section id="errors">')),
    );
    const tabled = [...errors.matchAll(/<td>(?:<code>[A-Z_]+<\/code>(?:, )?)+<\/td>/g)].flatMap((cell) =>
      [...cell[0].matchAll(/<code>([A-Z_]+)<\/code>/g)].map((code) => code[1]),
    );
    const errorCode = schema.getType('ErrorCode');
    const known = isEnumType(errorCode) ? errorCode.getValues().map((value) => value.name) : [];
    expect(tabled.length).toBeGreaterThan(10);
    expect(tabled.filter((code) => !known.includes(code ?? ''))).toEqual([]);
  });

  it('states the conventions with the limits this server runs with', () => {
    for (const section of [
      'first-request',
      'authentication',
      'rate-limits',
      'errors',
      'paging',
      'filters',
      'order',
      'idempotency',
    ])
      expect(page).toContain(`<section id="${section}">`);
    expect(page).toContain('<code>X-API-Key: plk_&lt;prefix&gt;_&lt;secret&gt;</code>');
    expect(page).toContain("the key's own: 40 per minute");
    expect(page).toContain(
      'at most\n100 a page (20 when not given; more is refused with <a href="#errors"><code>PAGE_SIZE_TOO_LARGE</code></a>)',
    );
    expect(page).toContain('One document may cost at most 50,000');
    expect(page).toContain('are kept 24 hours: retry within that time');
    expect(page).toContain('<code>RateLimit: "api-key";r=1187;t=42</code>');
    expect(page).toContain('<a href="#Query.rateLimit"><code>rateLimit</code></a>');
    expect(page).toContain('<dt id="Query.rateLimit">');
  });
});
