/**
 * Đoàn đông người (Luật TCD Đ29): people coming on the same matter choose representatives from
 * among themselves — 5 to 10 people send 1 or 2, more than 10 may send more, up to 5. Kept as data:
 * the thresholds are the law's, but report forms and later texts may move them.
 */
export type GroupRepresentativeBand = { minHeadcount: number; maxHeadcount: number | null; minRepresentatives: number; maxRepresentatives: number; basis: string };

export const groupRepresentativeBands: readonly GroupRepresentativeBand[] = [
  { minHeadcount: 5, maxHeadcount: 10, minRepresentatives: 1, maxRepresentatives: 2, basis: 'Điều 29 Luật Tiếp công dân 2013' },
  { minHeadcount: 11, maxHeadcount: null, minRepresentatives: 1, maxRepresentatives: 5, basis: 'Điều 29 Luật Tiếp công dân 2013' },
];

/** The band a headcount falls in, or undefined when the visitors are not a group (fewer than 5). */
export const groupBandFor = (headcount: number, bands: readonly GroupRepresentativeBand[] = groupRepresentativeBands) =>
  bands.find((b) => headcount >= b.minHeadcount && (b.maxHeadcount === null || headcount <= b.maxHeadcount));

/** Whether this many people coming together count as an "đoàn đông người" in the register and reports. */
export const isGroupVisit = (headcount: number, bands: readonly GroupRepresentativeBand[] = groupRepresentativeBands) => groupBandFor(headcount, bands) !== undefined;

/**
 * Checks the representatives a group sent against its headcount: a Vietnamese message naming the
 * limit when the number breaks it, null when it is allowed. A visit that is not a group needs none.
 */
export function groupRepresentativesError(headcount: number, representatives: number, bands: readonly GroupRepresentativeBand[] = groupRepresentativeBands): string | null {
  const band = groupBandFor(headcount, bands);
  if (!band) return null;
  const range = band.maxHeadcount === null ? `trên ${band.minHeadcount - 1} người` : `từ ${band.minHeadcount} đến ${band.maxHeadcount} người`;
  if (representatives < band.minRepresentatives) return `Đoàn ${range} phải cử ít nhất ${band.minRepresentatives} người đại diện (${band.basis}).`;
  if (representatives > band.maxRepresentatives) return `Đoàn ${range} cử không quá ${band.maxRepresentatives} người đại diện (${band.basis}); đoàn này ghi ${representatives} người.`;
  return null;
}
