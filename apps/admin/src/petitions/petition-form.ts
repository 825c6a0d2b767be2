import { zodResolver } from '@hookform/resolvers/zod';
import { forwardedChannels, todayInVietnam, type PetitionChannel } from '@kntc/domain';
import type { SimpleFormProps } from 'react-admin';
import type { z } from 'zod';
import { pickEditable } from '../providers/pick-editable';

type FormResolver = NonNullable<SimpleFormProps['resolver']>;

export const isForwardedChannel = (channel: unknown): boolean =>
  typeof channel === 'string' && forwardedChannels.includes(channel as PetitionChannel);

/**
 * The forwarding inputs are hidden unless the letter was forwarded; whatever they
 * held before the channel changed must not be saved with a walk-in or postal letter.
 */
export function clearHiddenForwarding(values: Record<string, unknown>): Record<string, unknown> {
  if (isForwardedChannel(values.channel)) return values;
  return { ...values, forwardingAgency: null, forwardingDocNumber: null };
}

const isBlank = (value: unknown) => value == null || (typeof value === 'string' && value.trim() === '');
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A group left wholly empty (nothing typed, or typed and erased) means "none", not a half-filled record. */
const noneIfBlank = (value: unknown): unknown =>
  isPlainObject(value) && Object.values(value).every(isBlank) ? null : value;

/**
 * The respondent and the contested decision are optional: their inputs stay on the form for
 * every letter, so empty ones are sent as null rather than failing the name's minimum length.
 * An emptied date becomes null, which the date schema accepts.
 */
export function clearEmptyParties(values: Record<string, unknown>): Record<string, unknown> {
  const out = { ...values };
  if ('respondent' in values) out.respondent = noneIfBlank(values.respondent);
  if ('contestedDecision' in values) {
    const decision = noneIfBlank(values.contestedDecision);
    out.contestedDecision = isPlainObject(decision) && isBlank(decision.date) ? { ...decision, date: null } : decision;
  }
  return out;
}

/**
 * Validates with the server's own schema, so the messages on the form are the ones the
 * API would send. Only schema fields are checked: a loaded record also carries read-only
 * fields that the strict schema would otherwise reject.
 */
export function petitionResolver(schema: z.ZodObject): FormResolver {
  const resolve = zodResolver(schema);
  return (values, context, options) =>
    resolve(clearEmptyParties(clearHiddenForwarding(pickEditable(schema, keepProtectedSigners(values)))), context, options);
}

/**
 * A protected letter's form shows its signers' pseudonyms, not their names: it sends no signers
 * (null), and the server keeps the sealed ones. Sending the pseudonyms back would be refused.
 */
export function keepProtectedSigners(values: Record<string, unknown>): Record<string, unknown> {
  return values.isProtected === true ? { ...values, sender: null, coSenders: null } : values;
}

/** A denunciation's sender is always protected (Luật Tố cáo Đ9); the box only matters for other letters. */
export const isAlwaysProtected = (kind: unknown): boolean => kind === 'denunciation';

/** A new letter is dated today (Vietnam time) and signed by one person, with nobody named against it, until said otherwise. */
export const createDefaults = () => ({
  receivedDate: todayInVietnam(),
  sender: { fullName: '', address: '', idNumber: '', phone: '', email: '' },
  protectIdentity: false,
  signerCount: 1,
  summary: '',
  content: '',
  forwardingAgency: null,
  forwardingDocNumber: null,
  coSenders: [],
  respondent: null,
  contestedDecision: null,
});
