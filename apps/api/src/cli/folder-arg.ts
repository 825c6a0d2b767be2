import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * The one folder option a backup CLI takes (`--out`, `--from`), resolved from where the operator
 * typed the command: pnpm runs package scripts in the package's folder, and says where it was
 * called from in INIT_CWD. Prints the usage and exits 2 when it is missing or malformed.
 */
export function folderArg(name: string, usage: string): string {
  let value: string | undefined;
  try {
    const { values } = parseArgs({ options: { [name]: { type: 'string' } } });
    const given = values[name];
    value = typeof given === 'string' ? given : undefined;
  } catch (error) {
    // Node's parser names the problem in English ("Unknown option '--outt'"): it is quoted inside a Vietnamese sentence, with the usage after it.
    console.error(`Tham số dòng lệnh không hợp lệ (${error instanceof Error ? error.message : String(error)}).\n${usage}`);
    process.exit(2);
  }
  if (!value) {
    console.error(usage);
    process.exit(2);
  }
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), value);
}

/** Counts as Vietnamese readers write them ("1.234"). */
export const count = (n: number) => n.toLocaleString('vi-VN');
