/** Write statistics as Neo4j reports them: a removed property is a property write (propertiesSet). */
import { describe, expect, it } from 'vitest';
import { engine } from './helpers.ts';

describe('write statistics', () => {
  it('REMOVE of a property counts as a property set, and apart as a removal', () => {
    const { db } = engine(true);
    db.run("CREATE (:Doc {title: 't', body: 'b'})");
    expect(db.run('MATCH (d:Doc) REMOVE d.title').stats).toEqual({ propertiesSet: 1, propertiesRemoved: 1 });
  });

  it('overwriting a value is one property set, no removal', () => {
    const { db } = engine(true);
    db.run("CREATE (:Doc {title: 't'})");
    expect(db.run("MATCH (d:Doc) SET d.title = 'u'").stats).toEqual({ propertiesSet: 1 });
  });

  it('SET = replaces: the new keys and the dropped keys are property sets', () => {
    const { db } = engine(true);
    db.run("CREATE (:Doc {title: 't', body: 'b'})");
    expect(db.run("MATCH (d:Doc) SET d = {lang: 'en'}").stats).toEqual({ propertiesSet: 3, propertiesRemoved: 2 });
  });

  it('setting null on a missing property writes nothing', () => {
    const { db } = engine(true);
    db.run('CREATE (:Doc)');
    expect(db.run('MATCH (d:Doc) SET d.none = null').stats).toBeUndefined();
  });
});
