import { detectAddresses } from './detect-addresses.js';
import { detectBirthDates } from './detect-birth-dates.js';
import { detectEmails } from './detect-emails.js';
import { detectNames } from './detect-names.js';
import { detectNumbers } from './detect-numbers.js';
import { detectProtected } from './detect-protected.js';
import { foldWithOffsets } from './fold-map.js';
import type { RedactionKind } from './kinds.js';
import { mergeSpans, withText, type MaskSpan, type RedactionSpan } from './spans.js';

export type DetectOptions = {
  /** Exact terms that must never appear: the protected identities of the case (name, ID, phone, address…). */
  protectedTerms?: readonly string[] | undefined;
  /** How a protected term is shown: a denouncer, or another person whose identity is protected. */
  protectedKind?: Extract<RedactionKind, 'denouncer' | 'protected_person'> | undefined;
  /**
   * Names that may be published: the officials who sign and the agency's leaders act in public
   * office. A detected name equal to one (ignoring diacritics and case) is not proposed.
   */
  publicNames?: readonly string[] | undefined;
};

const folded = (s: string) => foldWithOffsets(s).folded.replace(/\s+/g, ' ').trim();

/**
 * Everything in `text` that may identify a person, as merged masks with the text each hides:
 * CCCD/CMND and passport numbers, phone numbers, emails, names, addresses, dates of birth, and the
 * caller's protected terms. Offsets are UTF-16 offsets into `text` as given (store the source
 * normalised to NFC, as the back office does, so they stay valid).
 */
export function detectSensitive(text: string, options: DetectOptions = {}): RedactionSpan[] {
  const publicNames = new Set((options.publicNames ?? []).map(folded).filter(Boolean));
  const detected: MaskSpan[] = [
    ...detectNumbers(text),
    ...detectEmails(text),
    ...detectBirthDates(text),
    ...detectAddresses(text),
    ...detectNames(text).filter((n) => !publicNames.has(folded(text.slice(n.start, n.end)))),
  ].map((d) => ({ ...d, source: 'detected' as const }));
  const protectedSpans: MaskSpan[] = detectProtected(text, options.protectedTerms ?? [], options.protectedKind ?? 'denouncer').map((d) => ({
    ...d,
    source: 'protected' as const,
  }));
  return withText(text, mergeSpans([...detected, ...protectedSpans]));
}
