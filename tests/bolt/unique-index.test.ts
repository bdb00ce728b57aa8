/**
 * The uniqueness index kept by graph events must answer as the full scan does (unique-constraints.ts)
 * after any sequence of changes: adds, attribute changes (value and label), drops, undo, clear.
 */
import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import { UniqueIndex } from '../../src/bolt/unique-index.ts';
import { uniquenessViolation } from '../../src/bolt/unique-constraints.ts';
import type { SchemaRule } from '../../src/bolt/system-queries.ts';
import { UndoJournal } from '../../src/bolt/undo-journal.ts';

const rule = (label: string, property = 'id'): SchemaRule => ({ id: 1n, name: `u_${label}`, kind: 'constraint', entityType: 'NODE', labelOrType: label, property, unique: true });
const RULES = [rule('Company'), rule('Country'), rule('Person', 'email')];

function graph() {
  const g = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  g.addNode('a', { type: 'Company', id: 'company:a' });
  g.addNode('b', { type: 'Country', id: 'country:b' });
  return g;
}

/** A small deterministic random sequence (no Math.random: a failure must replay). */
function lcg(seed: number) { let x = seed; return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31); }

describe('UniqueIndex', () => {
  it('finds a value held twice, names the node, and forgets it once one of them changes or goes', () => {
    const g = graph();
    const ix = new UniqueIndex(g);
    expect(ix.violation(RULES)).toBeUndefined();
    g.addNode('c', { type: 'Company', id: 'company:a' });
    expect(ix.violation(RULES)).toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed', message: 'Node(c) already exists with label `Company` and property `id` = "company:a"' });
    g.setNodeAttribute('c', 'type', 'Country'); // another label: no clash
    expect(ix.violation(RULES)).toBeUndefined();
    g.replaceNodeAttributes('c', { type: 'Country', id: 'country:b' });
    expect(ix.violation(RULES)?.message).toContain('`Country`');
    g.dropNode('b');
    expect(ix.violation(RULES)).toBeUndefined();
    g.addNode('p', { labels: ['Person'], email: 'x@y' });
    g.addNode('q', { labels: ['Person', 'Company'], email: 'x@y', id: 'company:q' });
    expect(ix.violation(RULES)?.message).toContain('`email`');
    g.clear();
    expect(ix.violation(RULES)).toBeUndefined();
    ix.detach();
  });

  it('answers as the full scan after random changes and rollbacks', () => {
    const g = graph();
    const ix = new UniqueIndex(g);
    const rnd = lcg(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    let violations = 0;
    for (let step = 0; step < 400; step++) {
      const journal = new UndoJournal(g);
      journal.start();
      const key = `n${Math.floor(rnd() * 12)}`;
      const attrs = { type: pick(['Company', 'Country', 'Person']), id: `v${Math.floor(rnd() * 6)}`, email: pick(['e1', 'e2', undefined]) };
      const op = pick(['add', 'set', 'drop', 'merge']);
      if (op === 'add' && !g.hasNode(key)) g.addNode(key, attrs);
      else if (op === 'set' && g.hasNode(key)) g.setNodeAttribute(key, 'id', attrs.id);
      else if (op === 'merge' && g.hasNode(key)) g.mergeNodeAttributes(key, { type: attrs.type, email: attrs.email });
      else if (op === 'drop' && g.hasNode(key)) g.dropNode(key);
      const scanned = uniquenessViolation(g, RULES);
      expect(ix.violation(RULES)?.code, `step ${step}`).toBe(scanned?.code);
      if (scanned) { violations++; journal.rollback(); expect(ix.violation(RULES)).toBeUndefined(); } // as the Bolt backend undoes a violating statement
      else journal.commit();
    }
    expect(violations).toBeGreaterThan(20); // the sequence did exercise both answers
  });
});
