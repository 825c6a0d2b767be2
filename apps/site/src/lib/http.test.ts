import { describe, expect, it } from 'vitest';
import { markUnavailable } from './http';

describe('markUnavailable', () => {
  it('answers 503, asks to retry and forbids caching', () => {
    const response = { status: 200, headers: new Headers({ 'Cache-Control': 'public, max-age=30' }) };
    markUnavailable(response);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('60');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });
});
