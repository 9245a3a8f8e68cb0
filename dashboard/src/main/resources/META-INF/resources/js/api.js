// Reads the public API through the gateway (relative URLs). Plain fetch in the default cache mode: the browser
// keeps each answer with its ETag and revalidates it (If-None-Match), so the gateway answers polls with a 304
// from the answers it keeps; an ETag that differs from the last one seen means the data changed.
import { language } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

const MAX_RETRY_WAIT_MS = 5000;

export async function getJson(path, retried = false) {
  const response = await fetch(path, { headers: { Accept: 'application/json', 'Accept-Language': language() } });
  if (response.status === 429 && !retried) {
    // the gateway's rate limit: wait as long as it asks (within reason) and try once more
    const seconds = Number(response.headers.get('Retry-After')) || 1;
    await new Promise((resolve) => setTimeout(resolve, Math.min(seconds * 1000, MAX_RETRY_WAIT_MS)));
    return getJson(path, true);
  }
  const body = await readBody(response);
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return { body, etag: response.headers.get('ETag') };
}

export async function get(path) {
  return (await getJson(path)).body;
}

/** A write with the API key the person pasted; the answer's problem (with its field errors) is thrown. */
export async function send(method, path, payload, apiKey) {
  const response = await fetch(path, {
    method,
    headers: {
      Accept: 'application/json', 'Content-Type': 'application/json', 'Accept-Language': language(),
      'X-API-Key': apiKey, 'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify(payload),
  });
  const body = await readBody(response);
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

async function readBody(response) {
  const text = await response.text();
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text };
  }
}

export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}
