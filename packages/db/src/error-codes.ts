/**
 * Every `code` an error carries, its own first, then those of the errors it wraps: drizzle's
 * DrizzleQueryError and tRPC's errors keep the driver's error as `cause`, and Node reports a
 * connection tried on several addresses as an AggregateError. Cycles and very deep chains stop.
 */
export function errorCodesOf(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== 'object' || depth > 6 || seen.has(e)) return;
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    if (e instanceof AggregateError) for (const inner of e.errors) visit(inner, depth + 1);
    visit((e as { cause?: unknown }).cause, depth + 1);
  };
  visit(error, 0);
  return codes;
}

/** The PostgreSQL SQLSTATE behind an error (five digits or capitals), if any. */
export const sqlStateOf = (error: unknown): string | undefined => errorCodesOf(error).find((code) => /^[0-9A-Z]{5}$/.test(code));
