import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import { DEMO_AGENCY_ID, seedDemo } from '../seed/demo.js';
import { createTestDb } from '../testing/index.js';
import { testVaultKeyring } from '../vault/test-keys.js';
import { revealIdentities } from './identities.js';
import { selectRows } from './raw.js';
import { sealUnprotectedDenunciations } from './signers.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

describe('sealing denunciations stored in clear', () => {
  it('moves a clear denouncer into the vault, masks the text, and leaves sealed letters alone', async () => {
    // As an installation from before the vault would have it: the denouncer in clear, named in the text.
    const [person] = await selectRows<{ id: string }>(
      handle.db,
      sql`insert into persons (agency_id, full_name, address, id_number, search_text) values (${DEMO_AGENCY_ID}, 'Trịnh Văn Cũ', 'Thôn 4, xã Ngọk Bay', '062111222333', 'trinh van cu') returning id`,
    );
    const [letter] = await selectRows<{ id: string }>(
      handle.db,
      sql`insert into petitions (agency_id, received_date, channel, kind, status, sender_id, summary, content, search_text)
          values (${DEMO_AGENCY_ID}, '2025-01-06', 'post', 'denunciation', 'registered', ${person?.id}, 'Tố cáo cán bộ', 'Tôi là Trịnh Văn Cũ, CCCD 062111222333.', 'trinh van cu') returning id`,
    );
    expect(await sealUnprotectedDenunciations(handle.db, testVaultKeyring)).toBe(1);
    const [row] = await selectRows<{ content: string; search_text: string; full_name: string; is_protected: boolean }>(
      handle.db,
      sql`select p.content, p.search_text, s.full_name, s.is_protected from petitions p join persons s on s.id = p.sender_id where p.id = ${letter?.id}`,
    );
    expect(row).toEqual({ content: 'Tôi là Người tố cáo A, CCCD [đã ẩn].', search_text: expect.not.stringContaining('trinh'), full_name: 'Người tố cáo A', is_protected: true });
    expect(await selectRows(handle.db, sql`select id from persons where full_name = 'Trịnh Văn Cũ'`)).toEqual([]);
    const [revealed] = await revealIdentities(handle.db, { agencyId: DEMO_AGENCY_ID, vault: testVaultKeyring, petitionId: letter?.id ?? '' });
    expect(revealed).toMatchObject({ fullName: 'Trịnh Văn Cũ', idNumber: '062111222333', address: 'Thôn 4, xã Ngọk Bay' });
    expect(await sealUnprotectedDenunciations(handle.db, testVaultKeyring)).toBe(0);
  });
});
