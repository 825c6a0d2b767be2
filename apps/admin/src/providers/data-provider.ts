import type { RouterOutputs } from '@kntc/api/client';
import { PetitionCreateSchema, PetitionUpdateDataSchema } from '@kntc/domain';
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
import { pickEditable } from './pick-editable';
import { trpc, type KntcTrpcClient } from './trpc-client';

export type Petition = RouterOutputs['petitions']['getOne'];

type Page = { page: number; perPage: number };
type Sort = { field: string; order: 'ASC' | 'DESC' };
type Paged = { data: RaRecord[]; total: number };
type CallOptions = { signal?: AbortSignal };

/**
 * What the data provider needs from a resource's router: react-admin's verbs.
 * Method syntax on purpose: each router narrows its inputs (sort fields, enums) and
 * method parameters compare bivariantly, so a router whose inputs are narrower than
 * these still fits. The server validates what react-admin actually sends.
 */
type CrudRouter = {
  list: { query(input: { pagination?: Page; sort?: Sort; filter?: Record<string, unknown> }, opts?: CallOptions): Promise<Paged> };
  getOne: { query(input: { id: string }, opts?: CallOptions): Promise<RaRecord> };
  getMany: { query(input: { ids: string[] }, opts?: CallOptions): Promise<RaRecord[]> };
  getManyReference: {
    query(input: { target: string; id: string; pagination: Page; sort?: Sort }, opts?: CallOptions): Promise<Paged>;
  };
  create: { mutate(input: Record<string, unknown>): Promise<RaRecord> };
  update: { mutate(input: { id: string; version: number; data: Record<string, unknown> }): Promise<RaRecord> };
  delete: { mutate(input: { id: string; version?: number }): Promise<RaRecord> };
};

/** The input schemas whose keys decide what a form may send for each resource. */
type WritableFields = { create: z.ZodObject; update: z.ZodObject };

/** Every resource the back office shows; each must have a router and input schemas below. */
export type ResourceName = 'petitions';

const routersOf = (client: KntcTrpcClient) => ({ petitions: client.petitions }) satisfies Record<ResourceName, CrudRouter>;

const writableFields = {
  petitions: { create: PetitionCreateSchema, update: PetitionUpdateDataSchema },
} satisfies Record<ResourceName, WritableFields>;

const isResourceName = (resource: string): resource is ResourceName => Object.hasOwn(writableFields, resource);

const unknownResource = (resource: string) =>
  new HttpError(`Không có danh mục dữ liệu "${resource}".`, 404, {});

const unsupported = () =>
  new HttpError('Thao tác hàng loạt này chưa được hỗ trợ. Hãy thực hiện trên từng bản ghi.', 400, {});

/** Maps tRPC failures to react-admin's HttpError at one place, for every method. */
async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toHttpError(error);
  }
}

const versionOf = (record: unknown): number | undefined => {
  if (typeof record !== 'object' || record === null || !('version' in record)) return undefined;
  return typeof record.version === 'number' ? record.version : undefined;
};

export type KntcDataProvider = DataProvider & {
  /** Vào sổ: gives a draft its receipt number. */
  registerPetition(params: { id: Identifier; version: number }): Promise<{ data: Petition }>;
};

/**
 * react-admin over tRPC. react-admin types each method generically over the caller's
 * record type; the API returns exactly those records, so each result is cast to it once.
 */
export function createDataProvider(client: KntcTrpcClient = trpc): KntcDataProvider {
  const routers = routersOf(client);
  const routerFor = (resource: string): CrudRouter => {
    if (!isResourceName(resource)) throw unknownResource(resource);
    return routers[resource];
  };
  const fieldsFor = (resource: string): WritableFields => {
    if (!isResourceName(resource)) throw unknownResource(resource);
    return writableFields[resource];
  };

  return {
    supportAbortSignal: true,

    getList: <R extends RaRecord>(resource: string, { pagination, sort, filter, signal }: GetListParams) =>
      call(async () => {
        const { data, total } = await routerFor(resource).list.query(
          {
            pagination: pagination ?? { page: 1, perPage: 25 },
            ...(sort ? { sort: { field: sort.field, order: sort.order } } : {}),
            ...(filter && Object.keys(filter).length > 0 ? { filter } : {}),
          },
          { signal },
        );
        return { data: data as R[], total };
      }),

    getOne: <R extends RaRecord>(resource: string, { id, signal }: GetOneParams<R> & QueryFunctionContext) =>
      call(async () => ({ data: (await routerFor(resource).getOne.query({ id: String(id) }, { signal })) as R })),

    getMany: <R extends RaRecord>(resource: string, { ids, signal }: GetManyParams<R> & QueryFunctionContext) =>
      call(async () => ({
        data: (await routerFor(resource).getMany.query({ ids: ids.map(String) }, { signal })) as R[],
      })),

    getManyReference: <R extends RaRecord>(
      resource: string,
      { target, id, pagination, sort, signal }: GetManyReferenceParams & QueryFunctionContext,
    ) =>
      call(async () => {
        const { data, total } = await routerFor(resource).getManyReference.query(
          { target, id: String(id), pagination, ...(sort ? { sort } : {}) },
          { signal },
        );
        return { data: data as R[], total };
      }),

    create: <R extends Omit<RaRecord, 'id'>, Result extends RaRecord = R & { id: Identifier }>(
      resource: string,
      { data }: CreateParams<R>,
    ) =>
      call(async () => ({
        data: (await routerFor(resource).create.mutate(pickEditable(fieldsFor(resource).create, data))) as Result,
      })),

    update: <R extends RaRecord>(resource: string, { id, data, previousData }: UpdateParams<R>) =>
      call(async () => {
        // The version the user loaded, not whatever the form carries: a stale one must conflict.
        const version = versionOf(previousData) ?? versionOf(data);
        if (version === undefined) throw new HttpError('Thiếu phiên bản bản ghi. Hãy tải lại trang.', 400, {});
        const record = await routerFor(resource).update.mutate({
          id: String(id),
          version,
          data: pickEditable(fieldsFor(resource).update, data),
        });
        return { data: record as R };
      }),

    delete: <R extends RaRecord>(resource: string, { id, previousData }: DeleteParams<R>) =>
      call(async () => {
        const version = versionOf(previousData);
        const record = await routerFor(resource).delete.mutate({
          id: String(id),
          ...(version === undefined ? {} : { version }),
        });
        return { data: record as R };
      }),

    // The API has no bulk writes: each letter carries its own version and rules.
    updateMany: () => Promise.reject(unsupported()),
    deleteMany: () => Promise.reject(unsupported()),

    registerPetition: ({ id, version }) =>
      call(async () => ({ data: await client.petitions.register.mutate({ id: String(id), version }) })),
  };
}

export const dataProvider = createDataProvider();
