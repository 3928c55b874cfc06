// `npm run profile-summary -- <file.cpuprofile>`: the self time of a CPU profile written with BENCH_CPU_PROF, by
// package (or source file of ours) and by function, so a run's profile reads as a short table instead of a flame graph.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROWS = 25;

function bucketOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : `native ${functionName}`;
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1] as string;
  const ours = /\/((?:apps|packages)\/[^/]+)\/src\/(.*)$/.exec(url);
  if (ours) return `${ours[1]}/${ours[2]}`;
  return url;
}

function table(times: Map<string, number>, total: number): string {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, ROWS)
    .map(
      ([name, micros]) =>
        `${((100 * micros) / total).toFixed(1).padStart(5)}% ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`,
    )
    .join('\n');
}

const file = process.argv[2];
if (!file) throw new Error('Name a .cpuprofile file, e.g. npm run profile-summary -- bench/tmp/prof/CPU.*.cpuprofile');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const selfTime = new Map<number, number>();
profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const byBucket = new Map<string, number>();
const byFunction = new Map<string, number>();
let busy = 0;
for (const node of profile.nodes) {
  const micros = selfTime.get(node.id) ?? 0;
  // Idle time is the process waiting for requests or the database, not work.
  if (!micros || node.callFrame.functionName === '(idle)') continue;
  busy += micros;
  const bucket = bucketOf(node);
  byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + micros);
  const name = `${bucket} ${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
}
process.stdout.write(
  `busy ${(busy / 1000).toFixed(0)} ms\n\nby package or file\n${table(byBucket, busy)}\n\nby function\n${table(byFunction, busy)}\n`,
);
