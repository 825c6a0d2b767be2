import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../index.js';

describe('zod fallback messages', () => {
  it('are Vietnamese once the domain is loaded', () => {
    const result = z.strictObject({ a: z.string() }).safeParse({ a: 1, b: 2 });
    const messages = result.error?.issues.map((i) => i.message).join(' ') ?? '';
    expect(messages).toMatch(/không hợp lệ|Khóa|không được nhận dạng/i);
    expect(messages).not.toMatch(/Invalid input|Unrecognized key/);
  });
});
