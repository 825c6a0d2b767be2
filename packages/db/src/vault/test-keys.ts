import { vaultKeyring } from './sealed-box.js';

/**
 * A fixed keyring for tests and for seeding without a configured key: public, so anything sealed
 * with it is protected from nobody. Installations seal with their own VAULT_KEY.
 */
export const testVaultKeyring = vaultKeyring(Buffer.from('kntc-test-vault-key-not-a-secret!', 'utf8'));
