import { useCanAccess, useRecordContext } from 'react-admin';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import type { Case } from './case-api';

/** Hồ sơ, chứng cứ: minutes, evidence and scans filed with the case itself (the letter keeps its own). */
export function CaseEvidence() {
  const record = useRecordContext<Case>();
  // Whoever handles letters may file evidence; the API checks the role again on upload.
  const { canAccess } = useCanAccess({ action: 'attach', resource: 'petitions' });
  if (!record) return null;
  return <AttachmentsPanel subjectType="case" subjectId={record.id} canWrite={canAccess === true} />;
}
