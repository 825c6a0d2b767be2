import type { RouterOutputs } from '@kntc/api/client';
import {
  CalendarYearCreateSchema,
  CalendarYearDataSchema,
  CatalogueItemSchema,
  DeadlineRuleSchema,
  PetitionCreateSchema,
  PetitionUpdateDataSchema,
  ReceptionSessionDataSchema,
  ReceptionVisitCreateSchema,
  ReceptionVisitUpdateDataSchema,
  AnnualPlanDataSchema,
  EquipmentDataSchema,
  PlanItemDataSchema,
  RewardDataSchema,
  StaffAssignmentDataSchema,
  TrainingDataSchema,
  UserAccountCreateSchema,
  UserAccountDataSchema,
} from '@kntc/domain';
import {
  HttpError,
  type CreateParams,
  type DataProvider,
  type DeleteParams,
  type GetListParams,
  type GetManyParams,
  type GetManyReferenceParams,
  type GetOneParams,
  type Identifier,
  type QueryFunctionContext,
  type RaRecord,
  type UpdateParams,
} from 'react-admin';
import type { z } from 'zod';
import { toHttpError } from './http-error';
import { letterMethods, type LetterMethods } from '../letter-workflow/data-methods';
import { permissionMethods, type PermissionMethods } from '../permissions/data-methods';
import { auditMethods, type AuditMethods } from '../audit/data-methods';
import { publicationMethods, type PublicationMethods } from '../publications/data-methods';
import { createCaseApi, type CaseApi } from '../cases/case-api';
import { pickEditable } from './pick-editable';
import { identityMethods, type IdentityMethods } from '../identities/identity-methods';
import { retentionMethods, type RetentionMethods } from '../retention/data-methods';
import { receptionSessionMethods, type ReceptionSessionMethods } from '../reception-sessions/data-methods';
import { dashboardMethods, type DashboardMethods } from '../dashboard/data-methods';
import { reportMethods, type ReportMethods } from '../reports/data-methods';
import { officeMethods, type OfficeMethods } from '../office/data-methods';
import { trpc, type KntcTrpcClient } from './trpc-client';

export type Petition = RouterOutputs['petitions']['getOne'];
export type ReceptionVisit = RouterOutputs['receptionVisits']['getOne'];
export type ReceptionRegisterFile = RouterOutputs['receptionVisits']['export'];
export type IssuedReceipt = RouterOutputs['petitions']['issueReceipt'];
/** The processing deadline with its explanation; null once the letter is handled. */
export type PetitionDeadline = RouterOutputs['petitions']['deadline'];
export type CalendarYear = RouterOutputs['calendars']['getOne'];
export type CalendarYearSummary = RouterOutputs['calendars']['list']['data'][number];
export type CalendarYearDefault = RouterOutputs['calendars']['defaultFor'];
export type DeadlineRuleRecord = RouterOutputs['deadlineRules']['getOne'];
export type DeadlineRecalculation = RouterOutputs['deadlineRecalculations']['list']['data'][number];
export type CatalogueItemRecord = RouterOutputs['catalogues']['getOne'];
/** Tài khoản cán bộ as the administrator manages it: no credential, only whether one must change. */
export type UserAccountRecord = RouterOutputs['users']['getOne'];
/** A letter or case due soon or overdue that the signed-in official should hear about. */
export type Reminder = RouterOutputs['reminders']['mine'][number];

type Page = { page: number; perPage: number };
type Sort = { field: string; order: 'ASC' | 'DESC' };
type Paged = { data: RaRecord[]; total: number; totalAtLeast?: boolean };

/**
 * A page as react-admin takes it. When more rows matched than the server counts (`totalAtLeast`),
 * the page has no exact total: react-admin then pages forward and back without a last page.
 */
function pageOf<R extends RaRecord>({ data, total, totalAtLeast }: Paged, pagination: Page | undefined) {
  if (!totalAtLeast) return { data: data as R[], total };
  const page = pagination?.page ?? 1;
  return { data: data as R[], pageInfo: { hasPreviousPage: page > 1, hasNextPage: data.length >= (pagination?.perPage ?? 25) } };
}
type CallOptions = { signal?: AbortSignal };
/** Most records are keyed by uuid; a calendar year by the year itself. */
type RouterId = string | number;
/** react-admin's list params; `void` because small tables' routers take them as optional. */
type ListInput = { pagination?: Page; sort?: Sort; filter?: Record<string, unknown> } | void;

/**
 * What the data provider needs from a resource's router: react-admin's verbs, all but list
 * optional (a read-only history has no writes, a calendar year is never deleted).
 * Method syntax on purpose: each router narrows its inputs (sort fields, enums) and
 * method parameters compare bivariantly, so a router whose inputs are narrower than
 * these still fits. The server validates what react-admin actually sends.
 */
type CrudRouter = {
  list: { query(input: ListInput, opts?: CallOptions): Promise<Paged> };
  getOne?: { query(input: { id: RouterId }, opts?: CallOptions): Promise<RaRecord> };
  getMany?: { query(input: { ids: RouterId[] }, opts?: CallOptions): Promise<RaRecord[]> };
  getManyReference?: {
    query(input: { target: string; id: string; pagination: Page; sort?: Sort }, opts?: CallOptions): Promise<Paged>;
  };
  create?: { mutate(input: Record<string, unknown>): Promise<RaRecord> };
  update?: { mutate(input: { id: RouterId; version: number; data: Record<string, unknown> }): Promise<RaRecord> };
  delete?: { mutate(input: { id: RouterId; version?: number }): Promise<RaRecord> };
};

/** The input schemas whose keys decide what a form may send; absent for read-only resources. */
type WritableFields = { create: z.ZodObject; update: z.ZodObject } | null;

/** Every resource the back office shows; each must have a router, input schemas and an id type below. */
export type ResourceName = 'petitions' | 'calendars' | 'deadlineRules' | 'deadlineRecalculations' | 'cases' | 'catalogues' | 'users' | 'audit' | 'publications' | 'receptionVisits' | 'receptionSessions' | 'receptionDirections' | 'filedReports'
  | 'staffAssignments' | 'trainings' | 'rewards' | 'equipment' | 'annualPlans' | 'planItems';

/**
 * Each resource's verbs, spelled out: the tRPC client answers any property with a callable proxy,
 * so only a verb listed here exists, and one a router lacks is refused before it reaches the wire.
 */
const routersOf = ({ petitions, calendars, deadlineRules, deadlineRecalculations, cases, catalogues, users, audit, publications, receptionVisits, receptionSessions, filedReports, staffAssignments, trainings, rewards, equipment, annualPlans, planItems }: KntcTrpcClient) =>
  ({
    petitions: {
      list: petitions.list,
      getOne: petitions.getOne,
      getMany: petitions.getMany,
      getManyReference: petitions.getManyReference,
      create: petitions.create,
      update: petitions.update,
      delete: petitions.delete,
    },
    calendars: { list: calendars.list, getOne: calendars.getOne, create: calendars.create, update: calendars.update },
    deadlineRules: {
      list: deadlineRules.list,
      getOne: deadlineRules.getOne,
      getMany: deadlineRules.getMany,
      create: deadlineRules.create,
      update: deadlineRules.update,
    },
    deadlineRecalculations: { list: deadlineRecalculations.list },
    // A case changes only through its workflow steps (the case methods below), never by a plain update.
    cases: { list: cases.list, getOne: cases.getOne, getMany: cases.getMany },
    // An item is never deleted: letters keep its code; one no longer used is marked inactive.
    catalogues: {
      list: catalogues.list,
      getOne: catalogues.getOne,
      getMany: catalogues.getMany,
      create: catalogues.create,
      update: catalogues.update,
    },
    // Tài khoản cán bộ: never deleted (letters keep who handled them); deactivated instead.
    users: { list: users.accounts, getOne: users.getOne, getMany: users.getMany, create: users.create, update: users.update },
    // Nhật ký kiểm tra: append-only, so read verbs only; a row's id is its sequence number.
    audit: { list: audit.list, getOne: audit.getOne },
    // A publication changes only through its redaction review and approval steps (the publication methods below).
    publications: { list: publications.list, getOne: publications.getOne },
    // Sổ tiếp công dân: a line is corrected, never deleted (its number is part of the year's register).
    receptionVisits: {
      list: receptionVisits.list,
      getOne: receptionVisits.getOne,
      getMany: receptionVisits.getMany,
      getManyReference: receptionVisits.getManyReference,
      create: receptionVisits.create,
      update: receptionVisits.update,
    },
    // Lịch tiếp công dân: cancelled with a kept reason, never deleted; publishing and recording are named steps.
    receptionSessions: {
      list: receptionSessions.list,
      getOne: receptionSessions.getOne,
      getMany: receptionSessions.getMany,
      create: receptionSessions.create,
      update: receptionSessions.update,
    },
    // Directions change only through "Ghi kết quả thực hiện".
    receptionDirections: { list: receptionSessions.directions },
    // Báo cáo đã nộp: filed from the report page (the report methods below), never edited or deleted.
    filedReports: { list: filedReports.list, getOne: filedReports.getOne },
    // Office records: an assignment is ended (its end date), a device retired, never deleted, so history stays.
    staffAssignments: {
      list: staffAssignments.list,
      getOne: staffAssignments.getOne,
      getMany: staffAssignments.getMany,
      getManyReference: staffAssignments.getManyReference,
      create: staffAssignments.create,
      update: staffAssignments.update,
    },
    trainings: {
      list: trainings.list,
      getOne: trainings.getOne,
      getMany: trainings.getMany,
      getManyReference: trainings.getManyReference,
      create: trainings.create,
      update: trainings.update,
    },
    rewards: {
      list: rewards.list,
      getOne: rewards.getOne,
      getMany: rewards.getMany,
      getManyReference: rewards.getManyReference,
      create: rewards.create,
      update: rewards.update,
    },
    // The maintenance log is written with its own step (the office methods below).
    equipment: { list: equipment.list, getOne: equipment.getOne, getMany: equipment.getMany, create: equipment.create, update: equipment.update },
    annualPlans: { list: annualPlans.list, getOne: annualPlans.getOne, getMany: annualPlans.getMany, create: annualPlans.create, update: annualPlans.update },
    // Progress is a dated note (the office methods below), never an edit of the item.
    planItems: {
      list: planItems.list,
      getOne: planItems.getOne,
      getMany: planItems.getMany,
      getManyReference: planItems.getManyReference,
      create: planItems.create,
      update: planItems.update,
    },
  }) satisfies Record<ResourceName, CrudRouter>;

const writableFields = {
  petitions: { create: PetitionCreateSchema, update: PetitionUpdateDataSchema },
  calendars: { create: CalendarYearCreateSchema, update: CalendarYearDataSchema },
  deadlineRules: { create: DeadlineRuleSchema, update: DeadlineRuleSchema },
  deadlineRecalculations: null,
  cases: null,
  catalogues: { create: CatalogueItemSchema, update: CatalogueItemSchema },
  users: { create: UserAccountCreateSchema, update: UserAccountDataSchema },
  audit: null,
  publications: null,
  receptionVisits: { create: ReceptionVisitCreateSchema, update: ReceptionVisitUpdateDataSchema },
  receptionSessions: { create: ReceptionSessionDataSchema, update: ReceptionSessionDataSchema },
  receptionDirections: null,
  filedReports: null,
  staffAssignments: { create: StaffAssignmentDataSchema, update: StaffAssignmentDataSchema },
  trainings: { create: TrainingDataSchema, update: TrainingDataSchema },
  rewards: { create: RewardDataSchema, update: RewardDataSchema },
  equipment: { create: EquipmentDataSchema, update: EquipmentDataSchema },
  annualPlans: { create: AnnualPlanDataSchema, update: AnnualPlanDataSchema },
  planItems: { create: PlanItemDataSchema, update: PlanItemDataSchema },
} satisfies Record<ResourceName, WritableFields>;

/** react-admin takes ids from the URL as strings; the calendars router wants the year as a number. */
const idTypes: Record<ResourceName, (id: Identifier) => RouterId> = {
  petitions: String,
  calendars: Number,
  deadlineRules: String,
  deadlineRecalculations: String,
  cases: String,
  catalogues: String,
  users: String,
  audit: Number,
  publications: String,
  receptionVisits: String,
  receptionSessions: String,
  receptionDirections: String,
  filedReports: String,
  staffAssignments: String,
  trainings: String,
  rewards: String,
  equipment: String,
  annualPlans: String,
  planItems: String,
};

const isResourceName = (resource: string): resource is ResourceName => Object.hasOwn(writableFields, resource);

const unknownResource = (resource: string) =>
  new HttpError(`Không có danh mục dữ liệu "${resource}".`, 404, {});

const unsupported = () =>
  new HttpError('Thao tác hàng loạt này chưa được hỗ trợ. Hãy thực hiện trên từng bản ghi.', 400, {});

const notAllowedHere = () => new HttpError('Danh mục này không hỗ trợ thao tác này.', 405, {});

/**
 * Maps tRPC failures to react-admin's HttpError at one place, for every method. An update's
 * input nests the record under `data`, so its field paths lose that prefix to match the form.
 */
async function call<T>(run: () => Promise<T>, fieldPrefix?: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toHttpError(error, fieldPrefix);
  }
}

const versionOf = (record: unknown): number | undefined => {
  if (typeof record !== 'object' || record === null || !('version' in record)) return undefined;
  return typeof record.version === 'number' ? record.version : undefined;
};

export type KntcDataProvider = DataProvider & LetterMethods & CaseApi & PermissionMethods & IdentityMethods & AuditMethods & PublicationMethods & RetentionMethods & ReceptionSessionMethods & DashboardMethods & ReportMethods & OfficeMethods & {
  /** Vào sổ: gives a draft its receipt number. */
  registerPetition(params: { id: Identifier; version: number }): Promise<{ data: Petition }>;
  /** Giấy biên nhận: a new tracking code (returned once, here) and the receipt issued as .docx. */
  issueReceipt(params: { id: Identifier; version: number }): Promise<{ data: IssuedReceipt }>;
  /** The letter's processing deadline and how it was computed. */
  petitionDeadline(params: { id: Identifier; signal?: AbortSignal }): Promise<{ data: PetitionDeadline }>;
  /** A year as the Labour Code (or the official seed) would have it, to restore or compare. */
  calendarDefault(params: { year: number }): Promise<{ data: CalendarYearDefault }>;
  /** Nhắc việc: the signed-in official's letters and cases due soon or overdue, tiered by role on the server. */
  myReminders(params: { signal?: AbortSignal }): Promise<{ data: Reminder[] }>;
  /** Sổ tiếp công dân for a period as .xlsx or .docx; printing it is written to the audit log. */
  exportReceptionRegister(params: { from: string; to: string; format: 'xlsx' | 'docx' }): Promise<{ data: ReceptionRegisterFile }>;
  /** The grounds for refusing a reception in force on a date. */
  refusalGrounds(params: { date: string; signal?: AbortSignal }): Promise<{ data: RouterOutputs['receptionVisits']['refusalGrounds'] }>;
};

/**
 * react-admin over tRPC. react-admin types each method generically over the caller's
 * record type; the API returns exactly those records, so each result is cast to it once.
 */
export function createDataProvider(client: KntcTrpcClient = trpc): KntcDataProvider {
  const routers = routersOf(client);
  const resourceOf = (resource: string): ResourceName => {
    if (!isResourceName(resource)) throw unknownResource(resource);
    return resource;
  };
  const routerFor = (resource: string): CrudRouter => routers[resourceOf(resource)];
  const idFor = (resource: string, id: Identifier): RouterId => idTypes[resourceOf(resource)](id);
  const fieldsFor = (resource: string) => {
    const fields = writableFields[resourceOf(resource)];
    if (!fields) throw notAllowedHere();
    return fields;
  };
  /** A verb the resource's router lacks is refused before anything goes on the wire. */
  const verb = <K extends keyof CrudRouter>(resource: string, name: K): NonNullable<CrudRouter[K]> => {
    const found = routerFor(resource)[name];
    if (!found) throw notAllowedHere();
    return found;
  };

  return {
    supportAbortSignal: true,

    getList: <R extends RaRecord>(resource: string, { pagination, sort, filter, signal }: GetListParams) =>
      call(async () => {
        const result = await routerFor(resource).list.query(
          {
            pagination: pagination ?? { page: 1, perPage: 25 },
            ...(sort ? { sort: { field: sort.field, order: sort.order } } : {}),
            ...(filter && Object.keys(filter).length > 0 ? { filter } : {}),
          },
          { signal },
        );
        return pageOf<R>(result, pagination);
      }),

    getOne: <R extends RaRecord>(resource: string, { id, signal }: GetOneParams<R> & QueryFunctionContext) =>
      call(async () => ({ data: (await verb(resource, 'getOne').query({ id: idFor(resource, id) }, { signal })) as R })),

    getMany: <R extends RaRecord>(resource: string, { ids, signal }: GetManyParams<R> & QueryFunctionContext) =>
      call(async () => ({
        data: (await verb(resource, 'getMany').query({ ids: ids.map((id) => idFor(resource, id)) }, { signal })) as R[],
      })),

    getManyReference: <R extends RaRecord>(
      resource: string,
      { target, id, pagination, sort, signal }: GetManyReferenceParams & QueryFunctionContext,
    ) =>
      call(async () => {
        const result = await verb(resource, 'getManyReference').query(
          { target, id: String(id), pagination, ...(sort ? { sort } : {}) },
          { signal },
        );
        return pageOf<R>(result, pagination);
      }),

    create: <R extends Omit<RaRecord, 'id'>, Result extends RaRecord = R & { id: Identifier }>(
      resource: string,
      { data }: CreateParams<R>,
    ) =>
      call(async () => ({
        data: (await verb(resource, 'create').mutate(pickEditable(fieldsFor(resource).create, data))) as Result,
      })),

    update: <R extends RaRecord>(resource: string, { id, data, previousData }: UpdateParams<R>) =>
      call(async () => {
        // The version the user loaded, not whatever the form carries: a stale one must conflict.
        const version = versionOf(previousData) ?? versionOf(data);
        if (version === undefined) throw new HttpError('Thiếu phiên bản bản ghi. Hãy tải lại trang.', 400, {});
        const record = await verb(resource, 'update').mutate({
          id: idFor(resource, id),
          version,
          data: pickEditable(fieldsFor(resource).update, data),
        });
        return { data: record as R };
      }, 'data.'),

    delete: <R extends RaRecord>(resource: string, { id, previousData }: DeleteParams<R>) =>
      call(async () => {
        const version = versionOf(previousData);
        const record = await verb(resource, 'delete').mutate({
          id: idFor(resource, id),
          ...(version === undefined ? {} : { version }),
        });
        return { data: record as R };
      }),

    // The API has no bulk writes: each letter carries its own version and rules.
    updateMany: () => Promise.reject(unsupported()),
    deleteMany: () => Promise.reject(unsupported()),

    registerPetition: ({ id, version }) =>
      call(async () => ({ data: await client.petitions.register.mutate({ id: String(id), version }) })),

    issueReceipt: ({ id, version }) =>
      call(async () => ({ data: await client.petitions.issueReceipt.mutate({ id: String(id), version }) })),

    petitionDeadline: ({ id, signal }) =>
      call(async () => ({ data: await client.petitions.deadline.query({ id: String(id) }, { signal }) })),

    calendarDefault: ({ year }) => call(async () => ({ data: await client.calendars.defaultFor.query({ year }) })),

    myReminders: ({ signal }) => call(async () => ({ data: await client.reminders.mine.query(undefined, { signal }) })),

    exportReceptionRegister: (params) => call(async () => ({ data: await client.receptionVisits.export.mutate(params) })),

    refusalGrounds: ({ date, signal }) => call(async () => ({ data: await client.receptionVisits.refusalGrounds.query({ date }, { signal }) })),

    ...letterMethods(client),
    ...permissionMethods(client),
    ...auditMethods(client),
    ...publicationMethods(client),
    ...identityMethods(client),
    ...retentionMethods(client),
    ...receptionSessionMethods(client),
    ...dashboardMethods(client),
    ...reportMethods(client),
    ...officeMethods(client),
    ...createCaseApi(client),
  };
}

export const dataProvider = createDataProvider();
