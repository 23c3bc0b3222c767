import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/** Gives every folder in the tree back its owner's write permission, which some tests take away. */
function makeWritable(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) makeWritable(join(dir, entry.name));
}

function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    makeWritable(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A new folder in the system's temporary folder, removed when the test that made it ends, pass or
 * fail, or when its suite ends if a suite made it. With KEEP_TEMP=1 it is kept, to look into a failure.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (process.env['KEEP_TEMP']) return dir;
  try {
    onTestFinished(() => removeTree(dir));
  } catch {
    // Made while a suite was being collected, outside any test.
    afterAll(() => removeTree(dir));
  }
  return dir;
}
