import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from './same-origin';

const SITE = 'https://kntc.example.gov.vn';
const post = (headers: Record<string, string>) => ({ method: 'POST', headers: new Headers(headers) });

describe('isSameOriginRequest', () => {
  it('lets reads through whatever their headers', () => {
    expect(isSameOriginRequest({ method: 'GET', headers: new Headers({ origin: 'https://evil.example' }) }, SITE)).toBe(true);
  });

  it('accepts a post from the public address or from the host the browser connected to', () => {
    expect(isSameOriginRequest(post({ origin: SITE, host: 'internal:4321' }), SITE)).toBe(true);
    expect(isSameOriginRequest(post({ origin: 'http://127.0.0.1:4330', host: '127.0.0.1:4330' }), SITE)).toBe(true);
    expect(isSameOriginRequest(post({ origin: 'http://LOCALHOST:4330', host: 'localhost:4330' }), SITE)).toBe(true);
  });

  it('accepts a withheld origin only when the browser marks the post same-origin', () => {
    expect(isSameOriginRequest(post({ origin: 'null', 'sec-fetch-site': 'same-origin' }), SITE)).toBe(true);
    expect(isSameOriginRequest(post({ origin: 'null', 'sec-fetch-site': 'same-site' }), SITE)).toBe(false);
    expect(isSameOriginRequest(post({ origin: 'null', 'sec-fetch-site': 'cross-site' }), SITE)).toBe(false);
  });

  it('refuses a post from another site, without an Origin, or marked cross-site', () => {
    expect(isSameOriginRequest(post({ origin: 'https://evil.example', host: 'kntc.example.gov.vn' }), SITE)).toBe(false);
    expect(isSameOriginRequest(post({ host: '127.0.0.1:4330' }), SITE)).toBe(false);
    expect(isSameOriginRequest(post({ origin: 'null', host: '127.0.0.1:4330' }), SITE)).toBe(false);
    expect(isSameOriginRequest(post({ origin: SITE, 'sec-fetch-site': 'cross-site' }), SITE)).toBe(false);
    // Same host name on another port is another origin.
    expect(isSameOriginRequest(post({ origin: 'http://127.0.0.1:9999', host: '127.0.0.1:4330' }), SITE)).toBe(false);
  });
});
