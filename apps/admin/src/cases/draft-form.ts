import { toNestErrors } from '@hookform/resolvers';
import { ComplaintDraftSchema, DenunciationDraftSchema, type CaseDraft, type CaseKind } from '@kntc/domain';
import type { FormProps } from 'react-admin';

type FormResolver = NonNullable<FormProps['resolver']>;
type ResolverOptions = Parameters<FormResolver>[2];

/**
 * react-hook-form's field arrays hold objects, so the draft's lists of sentences (measures, legal
 * grounds, recommendations) are edited as rows of `{ text }` and turned back into strings on save.
 */
const textLists = ['measures', 'legalGrounds', 'recommendations'] as const;
/** Optional paragraphs: left empty, they are not part of the draft (the document omits them). */
const optionalTexts = ['dialogueResult', 'secondRoundBody', 'accusedManager'] as const;

type TextRow = { text: string };
const toRows = (items: readonly string[] | undefined): TextRow[] => (items ?? []).map((text) => ({ text }));

export const draftTypeOf = (kind: CaseKind): CaseDraft['type'] => (kind === 'denunciation' ? 'denunciation' : 'complaint');

/**
 * The editor's starting values: the saved draft if there is one, otherwise an empty draft of the
 * right type with the case's subject as what was complained of, and one row for each list the
 * law requires at least one of.
 */
export function draftFormValues(kind: CaseKind, draft: CaseDraft | null, subject: string): Record<string, unknown> {
  if (draftTypeOf(kind) === 'complaint') {
    const saved = draft?.type === 'complaint' ? draft : undefined;
    return {
      type: 'complaint',
      complaintContent: saved?.complaintContent ?? subject,
      verificationResult: saved?.verificationResult ?? '',
      dialogueResult: saved?.dialogueResult ?? '',
      conclusion: saved?.conclusion ?? '',
      ruling: saved?.ruling ?? '',
      measures: toRows(saved?.measures),
      secondRoundBody: saved?.secondRoundBody ?? '',
    };
  }
  const saved = draft?.type === 'denunciation' ? draft : undefined;
  return {
    type: 'denunciation',
    verificationReport: saved?.verificationReport ?? '',
    findings: saved?.findings.map((f) => ({ ...f })) ?? [{ allegation: subject, finding: '', verdict: null }],
    legalGrounds: saved ? toRows(saved.legalGrounds) : [{ text: '' }],
    conclusion: saved?.conclusion ?? '',
    measures: toRows(saved?.measures),
    recommendations: toRows(saved?.recommendations),
    accusedManager: saved?.accusedManager ?? '',
  };
}

const textOf = (row: unknown): unknown => (typeof row === 'object' && row !== null && 'text' in row ? row.text : row);

/**
 * The editor's values as the API's draft: rows back to strings, empty optional paragraphs left
 * out. Blank rows are kept, so the schema's message lands on the row the user left empty.
 */
export function draftFromForm(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  for (const key of textLists) {
    const rows = out[key];
    if (Array.isArray(rows)) out[key] = rows.map(textOf);
  }
  for (const key of optionalTexts) {
    const text = out[key];
    if (text === undefined || text === null || (typeof text === 'string' && text.trim() === '')) delete out[key];
  }
  const findings = out.findings;
  if (Array.isArray(findings)) {
    // An unchosen verdict is null in the form; absent, it gets the schema's own message.
    out.findings = findings.map((f: unknown) =>
      typeof f === 'object' && f !== null ? Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null)) : f,
    );
  }
  return out;
}

/** Where a schema message belongs in the editor: a list item's message goes on its row's text. */
export function draftFieldPath(path: readonly PropertyKey[]): string {
  const [head, index, ...rest] = path;
  const isTextList = typeof head === 'string' && (textLists as readonly string[]).includes(head);
  const parts = isTextList && typeof index === 'number' && rest.length === 0 ? [head, index, 'text'] : path;
  return parts.map(String).join('.');
}

/** The first message for each field, keyed by the editor's paths. */
export function draftFieldMessages(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    const path = draftFieldPath(issue.path);
    messages[path] ??= issue.message;
  }
  return messages;
}

/**
 * Validates the editor with the API's own draft schemas, so the form shows the messages the
 * server would send; on success the form submits the draft exactly as the API takes it.
 */
export const draftResolver: FormResolver = (values: Record<string, unknown>, _context: unknown, options: ResolverOptions) => {
  const candidate = draftFromForm(values);
  const schema = candidate.type === 'denunciation' ? DenunciationDraftSchema : ComplaintDraftSchema;
  const result = schema.safeParse(candidate);
  if (result.success) return { values: result.data, errors: {} };
  const flat = Object.fromEntries(
    Object.entries(draftFieldMessages(result.error.issues)).map(([path, message]) => [path, { type: 'validation', message }]),
  );
  return { values: {}, errors: toNestErrors(flat, options) };
};
