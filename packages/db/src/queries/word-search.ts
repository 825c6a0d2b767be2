import { foldVietnamese } from '@kntc/domain';
import { and, like, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { WORD_PART } from '../schema/word-search.js';
import { escapeLike } from './like.js';

/** A table's folded search text and the `searchWords` column PostgreSQL keeps from it. */
export type WordSearchColumns = { text: AnyPgColumn; words: AnyPgColumn };

/**
 * The condition for a list's search box, diacritics and case aside: every word typed is a whole word of
 * the record, in any order, and the last one may be the beginning of a word, as it is while someone types
 * ("hung nguyen v" finds "Nguyễn Văn Hùng"). A word joined by punctuation (receipt "12/2026", decision
 * "45/QĐ-SNV") must also appear with that punctuation, so "12/2026" finds letter 12/2026 and not a letter
 * written on the 12th of something in 2026.
 *
 * Why only the last word is a prefix: GIN must expand a prefix before it can intersect, and a common one
 * ("thi", "van") expands to most letters (0.3–0.8 s at a million), while whole words intersect cheaply.
 * The last word is checked on the rows found otherwise (`ts_match_vq`, which no index answers). A query of
 * one word is found through the trigram index instead (`LIKE '%word%'`, which every match also satisfies):
 * its estimate tells a rare word from a common one, where the planner guesses 0.5% for any word missing
 * from the column's statistics and would walk every letter by date looking for a name that has three.
 * Only runs of a-z and 0-9 reach to_tsquery, so nothing typed is an operator.
 *
 * No query (or only spaces): no condition. Punctuation alone ("%", "&"): nothing matches.
 */
export function wordSearchCondition(columns: WordSearchColumns, q: string | undefined): SQL | undefined {
  const typed = foldVietnamese(q ?? '');
  if (typed === '') return undefined;
  const words = typed
    .split(' ')
    .map((word) => word.match(WORD_PART) ?? [])
    .filter((parts) => parts.length > 0);
  const lastWord = words.at(-1);
  const prefix = lastWord?.at(-1);
  if (!lastWord || !prefix) return sql`false`;
  const whole = [...words.slice(0, -1).flat(), ...lastWord.slice(0, -1)];
  return and(
    whole.length > 0 ? sql`${columns.words} @@ to_tsquery('simple', ${whole.join(' & ')})` : like(columns.text, `%${prefix}%`),
    sql`ts_match_vq(${columns.words}, to_tsquery('simple', ${`${prefix}:*`}))`,
    ...typed
      .split(' ')
      .map(joinedByPunctuation)
      .filter((joined): joined is string => joined !== null)
      .map((joined) => like(columns.text, `%${escapeLike(joined)}%`)),
  );
}

/** "(12/2026)," → "12/2026": a word of several parts from its first part to its last; null for one part. */
function joinedByPunctuation(word: string): string | null {
  const parts = [...word.matchAll(WORD_PART)];
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last || parts.length < 2) return null;
  return word.slice(first.index, last.index + last[0].length);
}

/**
 * A search's total from its page read one row past the end, in place of a count: exact when the page
 * holds the last match, otherwise "at least" what has been seen, and react-admin pages forward without a
 * last page. A page past the end knows nothing of the rows before it, so it says "at least" too.
 */
export function searchTotal(offset: number, onPage: number, more: boolean): { total: number; totalAtLeast?: true } {
  return more || (onPage === 0 && offset > 0) ? { total: offset + onPage, totalAtLeast: true } : { total: offset + onPage };
}
