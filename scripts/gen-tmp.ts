import { writeFileSync } from 'node:fs';
import { articleGenerator } from './bench/generated-articles.ts';
const gen = articleGenerator(4242);
writeFileSync('/tmp/gen500.jsonl', Array.from({ length: 500 }, (_, i) => JSON.stringify(gen(950000 + i)) + '\n').join(''));
