/** WriteLog savepoints: rollbackTo undoes exactly what was written after the mark, newest first. */
import { describe, expect, it } from 'vitest';
import { WriteLog } from '../../src/cypher/runtime/write-log.ts';

describe('WriteLog savepoints', () => {
  it('undoes creations appended to the batch open at the mark, and later undo entries, in reverse order', () => {
    const undone: string[] = [];
    const log = new WriteLog((kind, key) => { undone.push(`${kind}:${key}`); });
    log.createdNode('a');
    log.stats.nodesCreated = 1;
    const m = log.mark();
    log.createdNode('b'); // appended to the batch that was open at the mark
    log.record(() => { undone.push('undo:1'); });
    log.createdRel('r');
    log.stats.nodesCreated = 2;
    log.stats.relationshipsCreated = 1;
    log.rollbackTo(m);
    expect(undone).toEqual(['r:r', 'undo:1', 'n:b']);
    expect(log.stats.nodesCreated).toBe(1);
    expect(log.stats.relationshipsCreated).toBe(0);
    undone.length = 0;
    log.rollback();
    expect(undone).toEqual(['n:a']);
  });

  it('forgets nodes deleted after the mark', () => {
    const log = new WriteLog();
    log.deletedNodes.add('x');
    const m = log.mark();
    log.deletedNodes.add('y');
    log.rollbackTo(m);
    expect([...log.deletedNodes]).toEqual(['x']);
  });
});
