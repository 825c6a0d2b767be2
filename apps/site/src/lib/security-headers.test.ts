import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

describe('public site security headers', () => {
  it('forbid every script, framing and referrers', () => {
    const headers = securityHeaders('http://localhost:4321');
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(headers['Referrer-Policy']).toBe('same-origin');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('add HSTS only when the public address is https', () => {
    expect(securityHeaders('http://localhost:4321')['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders('https://kntc.snv.example.gov.vn')['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('are the headers the middleware sets on built pages', () => {
    const middleware = readFileSync(new URL('../middleware.ts', import.meta.url), 'utf8');
    expect(middleware).toContain('securityHeaders(env.SITE_URL)');
    expect(middleware).toMatch(/import\.meta\.env\.PROD/);
  });
});
