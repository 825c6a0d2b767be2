import { isDomainError } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { assertSecondFactorForReveal, SECOND_FACTOR_REQUIRED_MESSAGE } from './second-factor.js';

const user = (secondFactor: boolean) =>
  ({ id: 'u', username: 'tiepdan', fullName: '', position: '', role: 'reception_officer', roleLabel: '', agencyId: 'a', agencyName: '', unitId: null, unitName: null, totpEnabled: secondFactor, secondFactor }) as const;

describe('REQUIRE_TOTP_FOR_REVEAL', () => {
  it('off (the demo default): a password-only session may reveal', () => {
    expect(() => assertSecondFactorForReveal({ user: user(false), security: { requireTotpForReveal: false } })).not.toThrow();
    expect(() => assertSecondFactorForReveal({ user: user(false), security: undefined })).not.toThrow();
  });

  it('on: only a session opened with the authenticator code may reveal, else FORBIDDEN with the way out', () => {
    expect(() => assertSecondFactorForReveal({ user: user(true), security: { requireTotpForReveal: true } })).not.toThrow();
    let caught: unknown;
    try {
      assertSecondFactorForReveal({ user: user(false), security: { requireTotpForReveal: true } });
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught) && caught.code).toBe('FORBIDDEN');
    expect(caught).toMatchObject({ message: SECOND_FACTOR_REQUIRED_MESSAGE });
  });
});
