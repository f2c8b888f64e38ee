import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** tandem's version from package.json (found upwards: sources run from the repo, the bin from dist/). */
export function version(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'tandem') return (cached = pkg.version as string);
    } catch {
      // not here: look one folder up
    }
    dir = dirname(dir);
  }
  return (cached = 'unknown');
}
