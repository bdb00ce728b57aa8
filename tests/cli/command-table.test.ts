/** The lazy command table (src/cli/command-table.ts) names each command as its module does, and the help lists them all. */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { COMMAND_TABLE } from '../../src/cli/command-table.ts';
import { mainHelp } from '../../src/cli/main.ts';

describe('command table', () => {
  it('gives each command the name and summary of its module', async () => {
    for (const entry of COMMAND_TABLE) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.summary).toBe(entry.summary);
    }
  });

  it('has a command for every module under src/cli/commands, each once, all in the help', () => {
    const names = COMMAND_TABLE.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const modules = readdirSync(new URL('../../src/cli/commands/', import.meta.url)).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    for (const m of modules) expect(names.some((n) => n === m || (m === 'sync' && (n === 'push' || n === 'pull'))), m).toBe(true);
    for (const n of names) expect(mainHelp()).toContain(`  ${n} `);
  });
});
