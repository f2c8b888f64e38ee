// `npm run eval`: scores every stage on ../shared/data with the scorers there (eval/*.eval.ts, each in its
// own process). Each eval exits non-zero when its stage falls below the target its issue set.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..', '..', 'shared', 'data');
if (!existsSync(data)) {
  process.stderr.write(`eval: ${data} not found: the benchmark data must sit beside the repo as ../shared/data\n`);
  process.exit(2);
}
const only = process.argv.slice(2);
const evals = readdirSync(here)
  .filter((f) => f.endsWith('.eval.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const failed: string[] = [];
for (const file of evals) {
  process.stdout.write(`\n== ${file}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit', cwd: join(here, '..') });
  if (r.status !== 0) failed.push(file);
}
process.stdout.write(`\neval: ${evals.length - failed.length} of ${evals.length} stages met their targets${failed.length ? `; below target: ${failed.join(", ")}` : ""}\n`);
process.exitCode = failed.length ? 1 : 0;
