/**
 * The prebuilt CLI bundle (bin/cli-bundle.js): a build is used only while no input changed, the CLI
 * rebuilds itself after an edit under src/, and runs the sources through tsx, with a one-line notice,
 * when the bundle cannot be built. Real builds, in a copy of the project.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- a JavaScript module without types (bin/ runs before any build)
import { currentBuild, inputsState, removeOldBuilds } from '../../bin/cli-bundle.js';
import { ROOT } from '../helpers/cli.ts';

type State = { newest: number; count: number; newestFile: string };
type Current = { manifest?: { dir: string }; why?: string };
const state = inputsState as (root: string) => State;
const current = currentBuild as (root: string) => Current;
const removeOld = removeOldBuilds as (dist: string, keep: string, now?: number) => void;

/** A project with a few sources and a build.json made for them (the bundle files faked). */
function fakeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-bundle-'));
  mkdirSync(join(root, 'src', 'sub'), { recursive: true });
  for (const f of ['src/a.ts', 'src/sub/b.ts', 'package.json', 'tsconfig.json']) writeFileSync(join(root, f), '// x\n');
  const past = new Date(Date.now() - 3_600_000);
  for (const f of ['src/a.ts', 'src/sub/b.ts', 'package.json', 'tsconfig.json']) utimesSync(join(root, f), past, past);
  mkdirSync(join(root, 'dist', 'cli', 'b1'), { recursive: true });
  writeFileSync(join(root, 'dist', 'cli', 'b1', 'newsgraph.mjs'), '');
  writeFileSync(join(root, 'dist', 'cli', 'b1', 'lexicon.bin'), '');
  const s = state(root);
  writeFileSync(join(root, 'dist', 'cli', 'build.json'), JSON.stringify({ dir: 'b1', newest: s.newest, count: s.count, builtAt: '' }));
  return root;
}

describe('CLI bundle staleness', () => {
  it('uses a build while no input changed', () => {
    expect(current(fakeProject()).manifest?.dir).toBe('b1');
  });

  it('is stale when a source is newer, naming it', () => {
    const root = fakeProject();
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, 'src', 'sub', 'b.ts'), later, later);
    expect(current(root)).toEqual({ why: 'src/sub/b.ts is newer than the build' });
  });

  it('is stale when package.json or package-lock.json changed', () => {
    const root = fakeProject();
    writeFileSync(join(root, 'package-lock.json'), '{}');
    expect(current(root).why).toMatch(/package-lock.json is newer|a file was added/);
  });

  it('is stale when a source is added or removed, whatever its date', () => {
    const root = fakeProject();
    writeFileSync(join(root, 'src', 'c.ts'), '');
    utimesSync(join(root, 'src', 'c.ts'), new Date(0), new Date(0));
    expect(current(root).why).toMatch(/added/);
    const other = fakeProject();
    rmSync(join(other, 'src', 'a.ts'));
    expect(current(other).why).toMatch(/removed/);
  });

  it('is not used when incomplete or absent', () => {
    const root = fakeProject();
    rmSync(join(root, 'dist', 'cli', 'b1', 'lexicon.bin'));
    expect(current(root).why).toBe('build incomplete');
    rmSync(join(root, 'dist'), { recursive: true });
    expect(current(root).why).toBe('not built yet');
  });
});

describe('CLI bundle, what it can hold', () => {
  it('every dynamic import under src/ names its module literally (the bundle cannot hold a computed one)', () => {
    const files = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(100);
    const computed = files.flatMap((f) => [...readFileSync(join(ROOT, 'src', f), 'utf8').matchAll(/(?<![\w.])import\(\s*(?!['"`])[^:)'"`]+\)/g)].map(() => f));
    expect(computed).toEqual([]);
  });
});

describe('CLI bundle, old builds', () => {
  it('removes builds older than 10 minutes unless a live process uses them, never the current one', () => {
    const dist = mkdtempSync(join(tmpdir(), 'newsgraph-builds-'));
    const build = (name: string, users: number[] = []) => {
      mkdirSync(join(dist, name, '.in-use'), { recursive: true });
      for (const pid of users) writeFileSync(join(dist, name, '.in-use', String(pid)), '');
    };
    const exited = spawnSync(process.execPath, ['-e', '0']).pid!; // a pid no live process has (barring reuse)
    build('current'); build('old-unused'); build('old-dead-user', [exited]); build('old-in-use', [process.pid]); build('recent');
    const later = Date.now() + 11 * 60_000;
    const recentNow = new Date(later - 60_000);
    utimesSync(join(dist, 'recent'), recentNow, recentNow);
    removeOld(dist, 'current', later);
    expect(['current', 'old-unused', 'old-dead-user', 'old-in-use', 'recent'].filter((b) => existsSync(join(dist, b)))).toEqual(['current', 'old-in-use', 'recent']);
  });
});

describe('CLI bundle, built for real', () => {
  it('builds on first use, rebuilds after an edit under src/, and falls back to tsx when it cannot build', () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-bundle-real-'));
    for (const f of ['src', 'bin', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(root, f), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
    const run = (...argv: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'newsgraph.js'), ...argv], { cwd: root, encoding: 'utf8', env: { ...process.env, NEWSGRAPH_TSX: '' } });

    const first = run('--version');
    expect(first.stdout).toBe('newsgraph 0.1.0\n');
    expect(first.stderr).toBe('');
    const built = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'build.json'), 'utf8')) as { dir: string };
    expect(existsSync(join(root, 'dist', 'cli', built.dir, 'lexicon.bin'))).toBe(true);

    // an edit: the next run is the edited CLI, never the stale bundle
    const main = join(root, 'src', 'cli', 'main.ts');
    writeFileSync(main, readFileSync(main, 'utf8').replace("'newsgraph 0.1.0\\n'", "'newsgraph 0.1.0-edited\\n'"));
    const edited = run('--version');
    expect(edited.stdout).toBe('newsgraph 0.1.0-edited\n');
    expect(JSON.parse(readFileSync(join(root, 'dist', 'cli', 'build.json'), 'utf8')).dir).not.toBe(built.dir);

    // no bundle possible (its entry gone): the sources through tsx, said on one line
    rmSync(join(root, 'src', 'cli', 'bundle-entry.ts'));
    const fallback = run('--version');
    expect(fallback.stdout).toBe('newsgraph 0.1.0-edited\n');
    expect(fallback.stderr).toMatch(/^newsgraph: running the TypeScript sources through tsx \(slower start\): the CLI bundle could not be built: .+\n$/);
    rmSync(root, { recursive: true, force: true });
  }, 300_000);
});
