/**
 * Field-level hiding for `petition.readContact`: a citizen's ID number, phone, address and email
 * travel only to roles granted it. Applied once, to every procedure's output, by `can` in trpc.ts,
 * so a new procedure returning a sender cannot forget it.
 */
const contactFields = ['idNumber', 'phone', 'address', 'email'] as const;
/**
 * Where a person's contact details sit in the records the routers return. The identity vault's
 * reveal answers under `signers`, deliberately not listed: revealing is its own permission.
 */
const personKeys = new Set(['sender', 'coSenders', 'complainant', 'denouncer', 'visitors']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

function withoutContact(person: unknown): unknown {
  if (Array.isArray(person)) return person.map(withoutContact);
  if (!isPlainObject(person)) return person;
  const copy: Record<string, unknown> = { ...person };
  for (const field of contactFields) if (field in copy) copy[field] = null;
  return copy;
}

/** A copy of `value` with the contact fields of every sender and co-sender set to null. */
export function hideContactFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(hideContactFields);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = personKeys.has(key) ? withoutContact(hideContactFields(v)) : hideContactFields(v);
  return out;
}
