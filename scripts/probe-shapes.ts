/**
 * The shape probe (tests/extract/probes/shapes.json): invented sentences of every shape press releases use,
 * scored by relation type and by shape.
 *
 *   node --import tsx scripts/probe-shapes.ts [--failures] [--shape NAME] [--lang en|fr] [--id ID]
 */
import { parseArgs } from 'node:util';
import { f1, loadProbes, precision, recall, runProbes, type Tally } from '../tests/extract/probes/probe-shapes.ts';

const { values } = parseArgs({
  options: {
    failures: { type: 'boolean', short: 'f' }, shape: { type: 'string' }, lang: { type: 'string' }, id: { type: 'string' },
    file: { type: 'string' }, 'rules-only': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(`Usage: node --import tsx scripts/probe-shapes.ts [options]
Runs the invented shape probes and prints precision / recall / F1 per relation type and per shape.
  --failures, -f   list every probe with a missed or a false relation
  --shape NAME     only probes of that shape (coordination, apposition, relative, passive, …)
  --lang en|fr     only probes in that language
  --id ID          only that probe (implies --failures)
  --rules-only     the rules alone, without the learned scorer's vetoes and additions
  --file FILE      another probe file (default tests/extract/probes/shapes.json)`);
  process.exit(0);
}

const probes = loadProbes(values.file).filter((p) => (!values.shape || p.shape === values.shape) && (!values.lang || p.lang === values.lang) && (!values.id || p.id === values.id));
const rep = runProbes(probes, { rulesOnly: values['rules-only'] });
const line = (name: string, t: Tally) =>
  `${name.padEnd(16)} P ${precision(t).toFixed(2)} R ${recall(t).toFixed(2)} F1 ${f1(t).toFixed(2)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
console.log(`probes ${probes.length}, passed ${rep.passed} (${(rep.passed / Math.max(1, probes.length)).toFixed(2)})`);
console.log(line('all relations', rep.total));
console.log('\nby relation type:');
for (const [k, t] of [...rep.byType].sort()) console.log('  ' + line(k, t));
console.log('\nby shape:');
for (const [k, t] of [...rep.byShape].sort()) console.log('  ' + line(k, t));
if (values.failures || values.id) {
  console.log('\nfailures:');
  for (const r of rep.results) {
    if (!r.missed.length && !r.extra.length) continue;
    console.log(`- ${r.probe.id} [${r.probe.shape}, ${r.probe.lang}] ${r.probe.title ? `«${r.probe.title}» ` : ''}${r.probe.text}`);
    for (const m of r.missed) console.log(`    missed  ${m}`);
    for (const e of r.extra) console.log(`    extra   ${e}`);
  }
}
