// Plain fetch: a POST with a JSON body, the key in X-API-Key.
export async function plenaryFetch(url: string, apiKey: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({ query, variables }),
  });
  // A 429 carries Retry-After and an error with extensions.code RATE_LIMITED.
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}
