import { randomUUID } from 'node:crypto';
import { documentFileName, renderDocx, type AdministrativeDocument, type DocumentKind, type Issuer } from '@kntc/documents';
import { notFound, type IsoDate } from '@kntc/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { documents, documentSeries, type documentSubjects } from '../schema/documents.js';
import { agencies } from '../schema/organisation.js';
import { nextNumber } from './counters.js';
import { open, seal, type VaultKeyring } from '../vault/sealed-box.js';

const documentAad = (id: string) => `document:${id}`;

/** Symbol prefixes used when an agency has not configured its own series (Nghị định 30/2020, Phụ lục III). */
const defaultPrefixes: Record<DocumentKind, string> = {
  receipt: 'GBN',
  acceptance_proposal: 'PĐX',
  acceptance_notice: 'TB',
  non_acceptance_notice: 'TB',
  guidance: 'PHD',
  transfer_slip: 'PC',
  return_letter: 'CV',
  urge_letter: 'CV',
  archive_note: 'PXL',
  denunciation_acceptance_decision: 'QĐ',
  extension_decision: 'QĐ',
  complaint_decision: 'QĐ',
  denunciation_conclusion: 'KL',
  reception_conclusion_notice: 'TB',
  annual_report: 'BC',
  plan_year_end_report: 'BC',
};

export async function getAgencyIssuer(db: Db, agencyId: string): Promise<{ issuer: Issuer; place: string; shortName: string; inspectorate: string }> {
  const [a] = await db.select().from(agencies).where(eq(agencies.id, agencyId));
  if (!a) throw notFound('cơ quan');
  return {
    issuer: {
      parentName: a.headerParentName || `UBND TỈNH ${a.province.toLocaleUpperCase('vi')}`,
      name: a.headerName || a.name.toLocaleUpperCase('vi'),
      textName: a.textName || a.name,
      headTitle: a.headTitle || `Thủ trưởng ${a.name}`,
    },
    place: a.documentPlace,
    shortName: a.shortName,
    inspectorate: a.inspectorateName,
  };
}

async function symbolFor(tx: Db, agencyId: string, kind: DocumentKind, shortName: string): Promise<string> {
  const [row] = await tx
    .select({ symbol: documentSeries.symbol })
    .from(documentSeries)
    .where(and(eq(documentSeries.agencyId, agencyId), eq(documentSeries.kind, kind)));
  return row?.symbol ?? `${defaultPrefixes[kind]}-${shortName}`;
}

export type IssueContext = { issuer: Issuer; place: string; number: number; symbol: string; date: IsoDate };

/**
 * Numbers, renders and stores one document inside the caller's transaction: the number comes
 * from the gapless counter of its symbol and year, so a rolled-back action leaves no gap.
 * `build` turns the issuing context into the document model (a template from @kntc/documents).
 */
export async function issueDocument(
  tx: Db,
  params: {
    agencyId: string;
    userId: string | null;
    subjectType: (typeof documentSubjects)[number];
    subjectId: string;
    kind: DocumentKind;
    date: IsoDate;
    /** Receipts carry the letter's receipt number instead of a number of their own. */
    fixedNumber?: number;
    build: (ctx: IssueContext) => AdministrativeDocument;
    /**
     * Seals the file in the identity vault: a document that names a protected sender (addressed to
     * them) is opened only for those allowed to reveal identities.
     */
    sealWith?: { vault: VaultKeyring; maskTitle: (title: string) => string } | undefined;
  },
) {
  const agency = await getAgencyIssuer(tx, params.agencyId);
  const symbol = await symbolFor(tx, params.agencyId, params.kind, agency.shortName);
  const year = Number(params.date.slice(0, 4));
  const number = params.fixedNumber ?? (await nextNumber(tx, params.agencyId, `document:${symbol}`, year));
  const model = params.build({ issuer: agency.issuer, place: agency.place, number, symbol, date: params.date });
  const rendered = await renderDocx(model);
  const id = randomUUID();
  const content = params.sealWith ? seal(params.sealWith.vault, rendered, documentAad(id)) : rendered;
  const title = [model.title, model.subject].filter(Boolean).join(' – ') || params.kind;
  const [row] = await tx
    .insert(documents)
    .values({
      id,
      isSealed: params.sealWith !== undefined,
      agencyId: params.agencyId,
      subjectType: params.subjectType,
      subjectId: params.subjectId,
      kind: params.kind,
      year,
      seq: number,
      symbol,
      documentDate: params.date,
      // The list shows titles to everyone; a sealed document's names the pseudonym instead.
      title: params.sealWith ? params.sealWith.maskTitle(title) : title,
      fileName: documentFileName(model),
      content,
      signerName: model.signer.name,
      createdBy: params.userId,
    })
    .returning({ id: documents.id });
  if (!row) throw new Error('document insert returned no row');
  return { id: row.id, seq: number, year, number: `${String(number).padStart(2, '0')}/${symbol}`, inspectorate: agency.inspectorate };
}

const listColumns = {
  id: documents.id,
  subjectType: documents.subjectType,
  subjectId: documents.subjectId,
  kind: documents.kind,
  year: documents.year,
  seq: documents.seq,
  symbol: documents.symbol,
  documentDate: documents.documentDate,
  title: documents.title,
  fileName: documents.fileName,
  signerName: documents.signerName,
  isSealed: documents.isSealed,
  createdAt: documents.createdAt,
};

export async function findDocuments(db: Db, params: { agencyId: string; subjectType: (typeof documentSubjects)[number]; subjectId: string }) {
  const rows = await db
    .select(listColumns)
    .from(documents)
    .where(and(eq(documents.agencyId, params.agencyId), eq(documents.subjectType, params.subjectType), eq(documents.subjectId, params.subjectId)))
    .orderBy(desc(documents.createdAt));
  return rows.map((r) => ({ ...r, number: `${String(r.seq).padStart(2, '0')}/${r.symbol}` }));
}

export async function getDocumentFile(db: Db, params: { agencyId: string; id: string }) {
  const [row] = await db
    .select({ id: documents.id, fileName: documents.fileName, content: documents.content, isSealed: documents.isSealed, subjectType: documents.subjectType, subjectId: documents.subjectId })
    .from(documents)
    .where(and(eq(documents.agencyId, params.agencyId), eq(documents.id, params.id)));
  if (!row) throw notFound('văn bản');
  return row;
}

/** A sealed document's file in clear: only behind the reveal permission, audited by the caller. */
export function openSealedDocument(vault: VaultKeyring, doc: { id: string; content: Buffer; isSealed: boolean }): Buffer {
  return doc.isSealed ? open(vault, doc.content, documentAad(doc.id)) : doc.content;
}
