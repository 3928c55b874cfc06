// The conventions a partner needs beside the types: credentials, rate limits and costs, errors, paging, filters,
// order and idempotency keys. Numbers come from the settings the server runs with (or their defaults), never from copies.
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { DATABASE_UNAVAILABLE_CODE } from '../errors/database-unavailable.ts';
import { IDEMPOTENCY_KEY_LIFETIME_HOURS, IDEMPOTENCY_KEY_MAX_LENGTH } from '../mutations/idempotency.ts';
import type { QueryLimits } from '../security/query-limits.ts';
import {
  DEFAULT_QUERY_COST_PER_POINT,
  POINTS_PER_REQUEST,
  type RateLimitRule,
  type RateLimitSettings,
} from '../security/rate-limit.ts';

export interface ReferenceLimits {
  queryLimits: QueryLimits;
  /** Null where the server counts no requests (only ever in tests). */
  rateLimits: Omit<RateLimitSettings, 'store'> | null;
}

export const CONVENTION_SECTIONS = [
  { id: 'first-request', title: 'First request' },
  { id: 'authentication', title: 'Authentication' },
  { id: 'rate-limits', title: 'Rate limits and costs' },
  { id: 'errors', title: 'Errors' },
  { id: 'paging', title: 'Paging' },
  { id: 'filters', title: 'Filters' },
  { id: 'order', title: 'Order and cursors' },
  { id: 'idempotency', title: 'Idempotency keys' },
] as const;

const number = (value: number) => value.toLocaleString('en-GB');

const WINDOW_NAMES = new Map([
  [60, 'minute'],
  [60 * 60, 'hour'],
]);

/** "1,200 per minute", "50 per 15 minutes". */
function perWindow(rule: RateLimitRule | undefined): string {
  if (!rule) return 'the default';
  const seconds = rule.durationSeconds;
  const window = WINDOW_NAMES.get(seconds) ?? (seconds % 60 === 0 ? `${seconds / 60} minutes` : `${seconds} seconds`);
  return `${number(rule.points)} per ${window}`;
}

function rateLimitsHtml(rateLimits: ReferenceLimits['rateLimits']): string {
  if (!rateLimits) return '<p>This server counts no requests: it runs without rate limits.</p>';
  const costPerPoint = rateLimits.queryCostPerPoint ?? DEFAULT_QUERY_COST_PER_POINT;
  return `
<p>Every request to <code>/graphql</code> and <code>/documents</code> is counted against one budget, chosen by who is asking:</p>
<table>
  <tr><th>caller</th><th>budget</th></tr>
  <tr><td>a valid API key</td><td>the key's own: ${perWindow(rateLimits.perApiKey)}</td></tr>
  <tr><td>a valid session</td><td>the user's own: ${perWindow(rateLimits.perUser)}</td></tr>
  <tr><td>anyone else (no credentials)</td><td>the client address's: ${perWindow(rateLimits.perAddress)}</td></tr>
</table>
<p>A key is charged only once its secret matched, so nobody can spend a partner's budget by sending its public prefix.
Credentials that nobody issued answer <strong>401</strong> <code>UNAUTHENTICATED</code> and count as failures of the
address. An address may fail ${perWindow(rateLimits.failedCredentials)}; beyond that its unknown credentials and sign-ins
get 429 until the window ends. Valid keys and sessions from the same address keep working.</p>
<p>A request spends points by what its query costs, as GitHub's API charges: its requested cost (below) divided by
${number(costPerPoint)} and rounded up, and at least ${POINTS_PER_REQUEST}. A State by its code spends ${POINTS_PER_REQUEST}; a page of 100
meetings with ten fields each (cost 1,102) spends 12. A request that never gets as far as a query (it does not parse,
say) spends ${POINTS_PER_REQUEST}. A query that costs more points than the budget has left is refused with 429 and spends nothing more.
Every counted answer, the 429 included, carries the headers of
<a href="https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/">draft-ietf-httpapi-ratelimit-headers</a>:
<code>RateLimit-Policy: "api-key";q=1200;w=60</code> (the budget and its window in seconds; the policy is
<code>api-key</code>, <code>user</code>, <code>address</code> or <code>failed-credentials</code>) and
<code>RateLimit: "api-key";r=1187;t=42</code> (points left, seconds until the budget is full again). The same figures
are in every <code>/graphql</code> answer's <code>extensions.cost</code> (<code>requestedQueryCost</code>,
<code>maximumQueryCost</code>, <code>rateLimit { cost limit remaining resetAt }</code>), and a query may ask for them:
<a href="#Query.rateLimit"><code>rateLimit</code></a>. A refused request gets <strong>429</strong> with
<code>Retry-After: &lt;seconds&gt;</code>; on <code>/graphql</code> its error has the code <code>RATE_LIMITED</code> and
<code>extensions.retryAfterSeconds</code>. The operation did not run, so retrying it after <code>Retry-After</code> is
safe (the SDK's <code>withRetry</code> does this; after a 503 it sends a mutation again only with an idempotency key).</p>`;
}

/** The conventions, as sections of the reference page. */
export function conventionsHtml(limits: ReferenceLimits): Record<(typeof CONVENTION_SECTIONS)[number]['id'], string> {
  const { queryLimits } = limits;
  return {
    'first-request': `
<p>With the API key the secretariat gave you (<code>plk_...</code>), from a shell:</p>
<pre><code>curl https://&lt;server&gt;/graphql -H 'content-type: application/json' -H "X-API-Key: $PLENARY_API_KEY" \\
  -d '{"query": "{ meetingByCode(code: \\"11MSP\\") { title opensOn closesOn city } }"}'</code></pre>
<p>From TypeScript, install the SDK's tarball (<code>npm install ./plenary-sdk-&lt;version&gt;.tgz</code>); every
operation is typed, and it ships this page and the schema for your own code generation:</p>
<pre><code>import { createPlenaryClient, MeetingByCodeDocument } from '@plenary/sdk';

const client = createPlenaryClient({ url: 'https://&lt;server&gt;/graphql', apiKey: process.env.PLENARY_API_KEY });
const { meetingByCode } = await client.request(MeetingByCodeDocument, { code: '11MSP' });</code></pre>`,

    authentication: `
<p>Send every request as <code>POST /graphql</code> with <code>content-type: application/json</code> and a body
<code>{"query": "...", "variables": {...}}</code>. A <code>GET</code> (queries only) needs the header
<code>apollo-require-preflight: true</code>, as does any request a browser could send cross-site without a preflight;
batched requests are refused. Browser apps on other sites are served only from origins the operator allowed.</p>
<table>
  <tr><th>credential</th><th>how to send it</th><th>who gets one</th></tr>
  <tr><td>API key</td><td><code>X-API-Key: plk_&lt;prefix&gt;_&lt;secret&gt;</code></td><td>partner organisations, from the
  secretariat (an ADMIN issues it with <code>createApiKey</code>; the key is shown once). A key reads what is public.</td></tr>
  <tr><td>session</td><td><code>Authorization: Bearer &lt;token&gt;</code></td><td>people with an account: <code>signIn(email, password)</code>
  answers a session with its <code>token</code> and <code>expiresAt</code>; <code>signOut</code> ends it.</td></tr>
  <tr><td>none</td><td></td><td>anyone: public data, and applying to observe a meeting.</td></tr>
</table>
<p>Fields and types below that need more than that say so under <strong>Needs</strong>, with what other callers get:
<code>null</code>, a <code>ForbiddenError</code> result (mutations) or a <code>FORBIDDEN</code> error. <code>node</code> and <code>nodes</code> answer <code>null</code> for an
object the caller may not read, exactly as for an ID that names nothing, so they never tell that a record exists.</p>`,

    'rate-limits': `${rateLimitsHtml(limits.rateLimits)}
<p>One document may cost at most ${number(queryLimits.maxCost)}: every field counts once for each item of the pages
around it (<code>first</code>/<code>last</code>, or ${DEFAULT_PAGE_SIZE} when not given), and a rendered document (a
notice, a note verbale, a list of participants, a reminder) counts 400. Above that the answer is a 400
<code>QUERY_TOO_COSTLY</code> whose extensions give <code>cost</code> and <code>maxCost</code>, and nothing runs.
A document may also nest at most ${queryLimits.maxDepth} levels, use ${queryLimits.maxAliases} aliases,
${queryLimits.maxDirectives} directives and ${number(queryLimits.maxTokens)} tokens.</p>`,

    errors: `
<p><strong>Expected failures are data.</strong> A mutation answers a result union: its success type, or one of the types
that implement <a href="#type-Error"><code>Error</code></a> (<code>message</code>, <code>code</code>):
<a href="#type-ValidationError"><code>ValidationError</code></a> (with <code>issues</code>, one per field, <code>path</code>
dotted as <code>members.2.role</code>), <a href="#type-NotFoundError"><code>NotFoundError</code></a>,
<a href="#type-ForbiddenError"><code>ForbiddenError</code></a> and <a href="#type-ConflictError"><code>ConflictError</code></a>.
Select <code>__typename</code> and switch on it; a refused mutation has changed nothing.</p>
<pre><code>mutation {
  recordPayment(costShareId: "...", amount: "1200.00", receivedOn: "2026-02-20", idempotencyKey: "4f1c...") {
    __typename
    ... on MutationRecordPaymentSuccess { data { id } }
    ... on Error { code message }
    ... on ValidationError { issues { path message } }
  }
}</code></pre>
<p><strong>Everything else is an entry of <code>errors</code></strong> with <code>extensions.code</code>. Every code, there
and in a result's error, is a value of <a href="#type-ErrorCode"><code>ErrorCode</code></a>, each described there; those
of <code>errors</code> are:</p>
<table>
  <tr><th>code</th><th>HTTP</th><th>meaning</th></tr>
  <tr><td><code>GRAPHQL_PARSE_FAILED</code>, <code>GRAPHQL_VALIDATION_FAILED</code></td><td>400</td><td>the document is not valid against the schema</td></tr>
  <tr><td><code>BAD_USER_INPUT</code></td><td>200 or 400</td><td>an argument or variable is refused: an ID or cursor this API did not give out, a page size out of range, a NUL character</td></tr>
  <tr><td><code>BAD_REQUEST</code>, <code>PAYLOAD_TOO_LARGE</code></td><td>400, 413</td><td>the body is not JSON, or is too large</td></tr>
  <tr><td><code>PERSISTED_QUERY_NOT_FOUND</code>, <code>PERSISTED_QUERY_HASH_MISMATCH</code></td><td>200, 400</td><td>automatic persisted queries: send the query text, or its exact SHA-256</td></tr>
  <tr><td><code>QUERY_TOO_COSTLY</code></td><td>400</td><td>over the cost, depth, alias, directive or token limits</td></tr>
  <tr><td><code>PAGE_SIZE_TOO_LARGE</code></td><td>400</td><td><code>first</code> or <code>last</code> above ${MAX_PAGE_SIZE}; <code>extensions.field</code>, <code>argument</code> and <code>maxPageSize</code> say where</td></tr>
  <tr><td><code>UNAUTHENTICATED</code></td><td>401</td><td>an API key or session that is unknown, expired or revoked</td></tr>
  <tr><td><code>FORBIDDEN</code></td><td>200</td><td>a query field the caller may not read (mutations answer a <code>ForbiddenError</code> instead)</td></tr>
  <tr><td><code>RATE_LIMITED</code></td><td>429</td><td>see <a href="#rate-limits">rate limits</a>; <code>extensions.retryAfterSeconds</code></td></tr>
  <tr><td><code>${DATABASE_UNAVAILABLE_CODE}</code></td><td>503</td><td>the database is out of reach for a moment: try again after <code>Retry-After</code>; a mutation cut off during its commit may have been saved, so read first, or send it again with the same <a href="#idempotency">idempotency key</a></td></tr>
  <tr><td><code>INTERNAL_SERVER_ERROR</code></td><td>200 or 500</td><td>our fault: logged on the server, the message says nothing more</td></tr>
</table>
<p>Every answer carries an <code>X-Request-ID</code> header and every error its <code>extensions.requestId</code>: quote it
when you report a problem. Send your own <code>X-Request-ID</code> (up to 128 letters, digits and <code>. _ : -</code>, a
trace ID say) and you get it back.</p>`,

    paging: `
<p>Lists that can be long are <a href="https://relay.dev/graphql/connections.htm">Relay connections</a>:
<code>edges { cursor node }</code>, <code>pageInfo { hasNextPage endCursor hasPreviousPage startCursor }</code> and, where
the type has it, <code>totalCount</code>. Ask for <code>first: n</code> (or <code>last</code>) items, at most
${MAX_PAGE_SIZE} a page (${DEFAULT_PAGE_SIZE} when not given; more is refused with <a href="#errors"><code>PAGE_SIZE_TOO_LARGE</code></a>),
then the next page with <code>after: endCursor</code>
until <code>hasNextPage</code> is false. Cursors are opaque: use only those this API gave you.</p>
<pre><code>query ($after: String) {
  states(first: ${MAX_PAGE_SIZE}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { iso3 name } }
  }
}</code></pre>
<p>The SDK's <code>paginate</code> and <code>pages</code> walk any connection this way. IDs are global
(<code>node(id:)</code> reads any of them); don't take them apart.</p>`,

    filters: `
<p>A list you can narrow takes one <code>filter:</code> input named after what it lists (<code>StateFilter</code>,
<code>MeetingFilter</code>, <code>InvitationFilter</code>, <code>TransparencyReportFilter</code>,
<code>CostShareFilter</code>, ...). Its fields combine with AND; leave a field out (or send <code>null</code>) not to
filter by it, and leave <code>filter</code> out for the whole list. A field that takes a list (such as
<code>standing: [PARTLY_PAID, UNPAID]</code> on cost shares) matches any of its values. States are named by their
ISO 3166-1 alpha-3 code (<code>"NGA"</code>, any case); <code>updatedSince</code> is inclusive.</p>
<p>The filter is applied where the page is read, so <code>totalCount</code> counts the filtered list and cursors page
through it; keep the same filter while you page. A value that cannot mean anything (an empty list, a State code
that is not three letters, an enum value the schema does not have) is refused with
<a href="#errors"><code>BAD_USER_INPUT</code></a> and a message naming the field; a well-formed value that matches
nothing, such as an unknown State code, gives an empty list.</p>
<pre><code>query {
  meeting: meetingByCode(code: "13MSP") {
    costShares {
      shares(filter: { standing: [PARTLY_PAID, UNPAID] }, first: 50) {
        totalCount
        edges { node { state { iso3 } amount paid outstanding standing } }
      }
    }
  }
}</code></pre>`,

    order: `
<p>The lists partners page through take <code>orderBy: { field, direction }</code>: <code>states</code>
(<code>StateOrderField</code>: <code>NAME</code>, <code>ISO3</code>, <code>UPDATED_AT</code>), <code>meetings</code>,
<code>transparencyReports</code>, <code>organisations</code>, <code>auditEvents</code> and a meeting's
<code>invitations</code>, each with its own <code>&lt;Node&gt;OrderField</code> enum, and <code>direction</code>
<code>ASC</code> or <code>DESC</code>. Left out, a list keeps the order its description names (States by English name,
meetings latest first, invitations by capacity then name). Rows that tie on the field are ordered by their ID, so a
row never moves between pages of the same order; values that are null (a report not received yet) come last
ascending and first descending.</p>
<p>A cursor is tied to the order it was read in: page with the same <code>orderBy</code> (and the same
<code>filter</code>) as the page that gave you <code>endCursor</code>. A cursor passed with another order is refused
with <a href="#errors"><code>BAD_USER_INPUT</code></a> ("The cursor belongs to another order of this list ...")
rather than answering a page that starts somewhere else; to change the order, start again without
<code>after</code>. Cursors are not kept after a release that changes a list's order: store IDs, not cursors.</p>
<pre><code>query ($after: String) {
  states(filter: { status: STATE_PARTY }, orderBy: { field: ISO3, direction: ASC }, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { iso3 name } }
  }
}</code></pre>`,

    idempotency: `
<p>Mutations that create a record a retry must not create twice take an <code>idempotencyKey</code> argument: a key of
your choosing (a UUID, say; 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters), the
<a href="https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/">Idempotency-Key</a> convention as an
argument, so each mutation of a request has its own. Sent again with the same key and arguments (after a lost
answer), the mutation answers what the first one created and writes nothing; the same key with other arguments is a
<code>ConflictError</code>. Keys belong to the API key or user that sent them, hold across the API's processes, and
are kept ${IDEMPOTENCY_KEY_LIFETIME_HOURS} hours: retry within that time (after it, the same key is a new request). A retry that arrives while the first is still running waits for it. The arguments below say which
mutations take one.</p>`,
  };
}
