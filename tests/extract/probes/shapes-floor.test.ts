/**
 * The shape probe as a guard: invented sentences of every shape press releases use (probes/shapes.json), scored as
 * `node --import tsx scripts/probe-shapes.ts` does. Fails when the share of probes read without a miss or a false relation,
 * or the relations' F1, falls below the floor reached (a little under it, so that a change that trades one probe for
 * another still passes, and one that breaks a shape does not).
 */
import { describe, expect, it } from 'vitest';
import { f1, loadProbes, runProbes } from './probe-shapes.ts';

/** Reached: 134 of 213 probes passed (0.63), relations F1 0.83 (P 0.94 R 0.74). */
const PASS_FLOOR = 0.61;
const F1_FLOOR = 0.81;

describe('shape probe', () => {
  it('reads the invented probes at least as well as the floor reached', () => {
    const probes = loadProbes();
    const report = runProbes(probes);
    const passRate = report.passed / probes.length;
    const failures = report.results.filter((r) => r.missed.length || r.extra.length).map((r) => `${r.probe.id}: missed ${r.missed.join('; ')} extra ${r.extra.join('; ')}`);
    expect(passRate, `pass rate ${passRate.toFixed(3)}; failing probes:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(PASS_FLOOR);
    expect(f1(report.total)).toBeGreaterThanOrEqual(F1_FLOOR);
  }, 120_000);

  it('probes are well formed: unique ids, both languages, relations as "Source > TYPE > Target"', () => {
    const probes = loadProbes();
    expect(new Set(probes.map((p) => p.id)).size).toBe(probes.length);
    expect(probes.some((p) => p.lang === 'fr') && probes.some((p) => p.lang === 'en')).toBe(true);
    for (const p of probes) for (const r of [...p.rels, ...(p.opt ?? [])]) expect(r.split('>').length, `${p.id}: ${r}`).toBe(3);
  });
});
