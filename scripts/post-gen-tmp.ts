import { articleGenerator } from './bench/generated-articles.ts';
const gen = articleGenerator(4242); const port = process.argv[2];
for (let i = 0; i < 25; i++) {
  const a = gen(Number(process.argv[3]) + i);
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [a] }) });
  await res.text();
  process.stdout.write(`${(performance.now() - t0).toFixed(0)} `);
}
console.log();
