#!/usr/bin/env node
// Runs the prebuilt CLI bundle (dist/cli, rebuilt first when a source is newer: see cli-bundle.js);
// the TypeScript sources through tsx's loader when it cannot be built, or with NEWSGRAPH_TSX=1.
import module from 'node:module';
import { loadCli } from './cli-bundle.js';

// Node 22+: V8's code cache for the modules, kept between runs (Node 20 has none)
module.enableCompileCache?.();
if (process.env.NEWSGRAPH_DEBUG) process.setSourceMapsEnabled(true);
const cli = await loadCli();
if (cli) {
  process.exitCode = await cli.main(process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
