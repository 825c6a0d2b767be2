/** A record behind a report number, as the drill-down lists it. */
export interface CellRecord {
  source: 'letter' | 'visit' | 'session';
  id: string;
  reference: string;
  date: string;
  kindLabel: string;
  summary: string;
  weight: number;
}

const resourceOf: Record<CellRecord['source'], string> = {
  letter: 'petitions',
  visit: 'receptionVisits',
  session: 'receptionSessions',
};

/** The back-office page of the record (a router path, without the hash). */
export const recordPath = (record: Pick<CellRecord, 'source' | 'id'>): string => `/${resourceOf[record.source]}/${encodeURIComponent(record.id)}/show`;

/** What the records add up to: a visit counted by persons weighs as many as came. */
export const cellRecordsTotal = (records: readonly Pick<CellRecord, 'weight'>[]): number => records.reduce((sum, r) => sum + r.weight, 0);

/** Whether the weight column is worth showing: only when some record counts for more (or less) than one. */
export const hasWeights = (records: readonly Pick<CellRecord, 'weight'>[]): boolean => records.some((r) => r.weight !== 1);
