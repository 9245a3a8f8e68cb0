// Follows the comparison change stream (Server-Sent Events through the gateway) and calls onChange for every
// change; when the stream cannot be had (refused, or the browser gave up on it), polls the summary instead and
// calls onChange when its ETag differs from the last one.
import { getJson } from './api.js';

const STREAM = '/api/v1/comparisons/changes';
const POLLED = '/api/v1/comparisons/summary';
const POLL_INTERVAL_MS = 3000;

export function followChanges(onChange, onStatus) {
  let polling = null;
  let lastEtag = null;

  const poll = async () => {
    try {
      const { etag } = await getJson(POLLED);
      if (lastEtag !== null && etag !== lastEtag) {
        onChange();
      }
      lastEtag = etag;
    } catch {
      // the next poll tries again
    }
  };

  const startPolling = () => {
    if (polling === null) {
      onStatus('polling');
      poll();
      polling = setInterval(poll, POLL_INTERVAL_MS);
    }
  };

  if (!('EventSource' in window)) {
    startPolling();
    return;
  }
  const stream = new EventSource(STREAM);
  stream.addEventListener('ready', () => {
    if (polling !== null) {
      clearInterval(polling);
      polling = null;
    }
    onStatus('stream');
  });
  stream.addEventListener('change', () => onChange());
  stream.addEventListener('error', () => {
    // CONNECTING: EventSource retries by itself after the retry: hint; CLOSED: it will not, so poll.
    if (stream.readyState === EventSource.CLOSED) {
      startPolling();
    }
  });
}
