/** `--help` for the benchmark scripts: prints the script's own header comment, which documents its options. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function showHelpIfAsked(scriptUrl: string, argv: string[] = process.argv.slice(2)): void {
  if (!argv.includes('--help') && !argv.includes('-h')) return;
  const source = readFileSync(fileURLToPath(scriptUrl), 'utf8');
  const header = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  process.stdout.write(header.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n').trim() + '\n');
  process.exit(0);
}
