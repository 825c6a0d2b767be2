import { Labeled, Link, useCanAccess, useGetManyReference, useRecordContext, useTranslate } from 'react-admin';
import type { Petition, ReceptionVisit } from '../providers/data-provider';

/** On a letter's page: the reception visit it was handed over at, if any (the other half of the visit ↔ letter link). */
export function VisitOfLetter() {
  const letter = useRecordContext<Petition>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'show', resource: 'receptionVisits' });
  const { data } = useGetManyReference<ReceptionVisit>(
    'receptionVisits',
    { target: 'petitionId', id: letter?.id ?? '', pagination: { page: 1, perPage: 1 }, sort: { field: 'visitNumber', order: 'ASC' } },
    { enabled: canAccess === true && letter?.channel !== undefined && (letter.channel === 'walk_in' || letter.channel === 'online') },
  );
  const visit = data?.[0];
  if (!visit) return null;
  const [y, m, d] = visit.visitDate.split('-');
  return (
    <Labeled label="kntc.receptionVisits.from_visit">
      <Link to={`/receptionVisits/${visit.id}/show`}>{translate('kntc.receptionVisits.from_visit_link', { number: visit.visitNumber, date: `${d}/${m}/${y}` })}</Link>
    </Labeled>
  );
}
