import { sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The whole words of a folded search text (diacritics removed, lower case), kept by PostgreSQL beside it
 * so a GIN index answers "these words are in the record" from exact words instead of the tens of thousands
 * of trigram candidates a common name gives, and so a list walking its date index checks a row without
 * recomputing anything. Every run of characters other than a-z and 0-9 becomes one space first: "12/2026",
 * "45/qđ-snv" and "0905.123.456" are then plain words, whatever PostgreSQL's parser would make of the
 * punctuation ("12.2/2026" as "12.2" and "/2026"). 'simple' keeps each word as written (no stemming, no
 * stop words); positions are stripped because nothing asks for them and they would double the column.
 */
export const searchWords = (textColumn: string) =>
  tsvector('search_words').generatedAlwaysAs(sql.raw(`strip(to_tsvector('simple', regexp_replace("${textColumn}", '[^a-z0-9]+', ' ', 'g')))`));

/** What `searchWords` keeps of a folded word: its runs of a-z and 0-9. */
export const WORD_PART = /[a-z0-9]+/g;
