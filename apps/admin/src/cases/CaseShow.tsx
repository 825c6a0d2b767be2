import Box from '@mui/material/Box';
import { Show } from 'react-admin';
import { besideOrBelow } from '../layout/aside';
import { CaseActions } from './CaseActions';
import { CaseCommandDialog } from './CaseCommandDialog';
import { CaseDeadlinePanel } from './CaseDeadlinePanel';
import { CaseDocuments } from './CaseDocuments';
import { CaseDraftSection } from './CaseDraftSection';
import { CaseEvidence } from './CaseEvidence';
import { CaseOverview } from './CaseOverview';
import { CaseTimeline } from './CaseTimeline';
import { CaseWorkspaceProvider } from './CaseWorkspace';
import { Measures } from './Measures';
import { VerificationSteps } from './VerificationSteps';

/**
 * Hồ sơ vụ việc: everything about one case on one page, in the order the work happens, with the
 * deadline beside it and the steps allowed now above it.
 */
export function CaseShow() {
  return (
    <CaseWorkspaceProvider>
      <Show actions={<CaseActions />} aside={<CaseDeadlinePanel />} sx={besideOrBelow}>
        <Box sx={{ p: 2 }}>
          <CaseOverview />
          <VerificationSteps />
          <CaseEvidence />
          <CaseDraftSection />
          <Measures />
          <CaseDocuments />
          <CaseTimeline />
        </Box>
        <CaseCommandDialog />
      </Show>
    </CaseWorkspaceProvider>
  );
}
