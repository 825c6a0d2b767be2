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

/**
 * Validates with the server's own schema, so the messages on the form are the ones the
 * API would send. Only schema fields are checked: a loaded record also carries read-only
 * fields that the strict schema would otherwise reject.
 */
export function petitionResolver(schema: z.ZodObject): FormResolver {
  const resolve = zodResolver(schema);
  return (values, context, options) => resolve(clearHiddenForwarding(pickEditable(schema, values)), context, options);
}

/** A new letter is dated today (Vietnam time) and signed by one person until said otherwise. */
export const createDefaults = () => ({
  receivedDate: todayInVietnam(),
  sender: { fullName: '', address: '', idNumber: '', phone: '' },
  signerCount: 1,
  summary: '',
  content: '',
  forwardingAgency: null,
  forwardingDocNumber: null,
});
