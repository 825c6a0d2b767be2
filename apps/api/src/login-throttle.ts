/**
 * Failed-login counter per account, on top of the per-address rate limit: an
 * attacker rotating addresses still cannot try more than `max` passwords a window.
 * In memory: with several API instances each counts on its own (issue 5 moves it to the database).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; windowStart: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  isBlocked(key: string, now = Date.now()): boolean {
    const entry = this.failures.get(key);
    if (!entry) return false;
    if (now - entry.windowStart > this.windowMs) {
      this.failures.delete(key);
      return false;
    }
    return entry.count >= this.max;
  }

  recordFailure(key: string, now = Date.now()): void {
    const entry = this.failures.get(key);
    if (!entry || now - entry.windowStart > this.windowMs) this.failures.set(key, { count: 1, windowStart: now });
    else entry.count += 1;
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
