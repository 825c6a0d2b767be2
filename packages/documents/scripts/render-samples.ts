/**
 * Writes one sample of every template to /tmp/kntc-docs/ (or the directory given as the first argument), and a
 * PDF and first-page PNG of each when LibreOffice and pdftoppm are installed, to check the layout by eye.
 * Run: npx tsx scripts/render-samples.ts [outDir]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  acceptanceNotice,
  acceptanceProposal,
  archiveNote,
  complaintDecision,
  denunciationAcceptanceDecision,
  denunciationConclusion,
  documentFileName,
  extensionDecision,
  guidance,
  nonAcceptanceNotice,
  receipt,
  renderDocx,
  returnLetter,
  transferSlip,
  urgeLetter,
  type AdministrativeDocument,
} from '../src/index.js';
import * as s from '../src/testing/samples.js';

const outDir = process.argv[2] ?? '/tmp/kntc-docs';
const models: AdministrativeDocument[] = [
  receipt(s.receiptSample),
  acceptanceProposal(s.acceptanceProposalSample),
  acceptanceNotice(s.acceptanceNoticeSample),
  nonAcceptanceNotice(s.nonAcceptanceNoticeSample),
  guidance(s.guidanceSample),
  transferSlip(s.transferSlipSample),
  returnLetter(s.returnLetterSample),
  urgeLetter(s.urgeLetterSample),
  archiveNote(s.archiveNoteSample),
  denunciationAcceptanceDecision(s.denunciationAcceptanceDecisionSample),
  extensionDecision(s.extensionDecisionSample),
  complaintDecision(s.complaintDecisionSample),
  denunciationConclusion(s.denunciationConclusionSample),
];

const has = (command: string): boolean => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

mkdirSync(outDir, { recursive: true });
const paths: string[] = [];
for (const model of models) {
  // The kind prefix keeps two documents titled "THÔNG BÁO" with the same number apart.
  const path = join(outDir, `${model.kind}--${documentFileName(model)}`);
  writeFileSync(path, await renderDocx(model));
  paths.push(path);
  console.log(path);
}

if (has('soffice')) {
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outDir, ...paths], { stdio: 'inherit' });
  if (has('pdftoppm')) {
    for (const path of paths) {
      const pdf = path.replace(/\.docx$/u, '.pdf');
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/u, '')]);
    }
  }
} else {
  console.log('LibreOffice is not installed: skipped the PDF copies.');
}
