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
