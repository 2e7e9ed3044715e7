import { readFileSync } from 'node:fs';

/** One instruction of a Dockerfile, continuation lines joined, with ARG defaults substituted. */
export interface Step {
  stage: string;
  op: string;
  args: string;
}

/** Reads the Dockerfile into steps (no container engine here: tests/deploy runs them as commands). */
export function readDockerfile(file: string): Step[] {
  const text = readFileSync(file, 'utf8').replace(/\\\n\s*/g, '');
  const argDefaults = new Map<string, string>();
  const steps: Step[] = [];
  let stage = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^([A-Z]+)\s+(.*)$/.exec(line);
    if (!m) throw new Error(`not an instruction: ${line}`);
    const op = m[1]!;
    const args = m[2]!.replace(/\$\{(\w+)\}/g, (all, name: string) => argDefaults.get(name) ?? all);
    if (op === 'ARG') {
      const [name, value] = args.split('=');
      argDefaults.set(name!, value ?? '');
      continue;
    }
    if (op === 'FROM') stage = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? String(steps.length);
    steps.push({ stage, op, args });
  }
  return steps;
}

/** ENV a=b c=d → pairs (values may be empty). */
export function envPairs(args: string): Array<[string, string]> {
  return [...args.matchAll(/(\w+)=("[^"]*"|\S*)/g)].map((m) => [m[1]!, m[2]!.replace(/^"|"$/g, '')]);
}
