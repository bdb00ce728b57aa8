#!/usr/bin/env node
// Runs the prebuilt CLI bundle (dist/cli, rebuilt first when a source is newer: see cli-bundle.js);
// the TypeScript sources through tsx's loader when it cannot be built, or with NEWSGRAPH_TSX=1.
import { loadCli } from './cli-bundle.js';

const cli = await loadCli();
if (cli) {
  process.exitCode = await cli.main(process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
