# Clause behaviour of Neo4j 5 / openCypher that this project's copy of the TCK does not cover,
# written for this project. Run by tests/tck/own-scenarios.test.ts.

Feature: ClauseBehaviour - clause semantics beyond the local TCK copy

  Scenario: [1] WITH * over a scope without variables passes every row on
    Given an empty graph
    And having executed:
      """
      CREATE (:P), (:P), (:P)
      """
    When executing query:
      """
      MATCH (:P)
      WITH *
      RETURN count(*) AS rows
      """
    Then the result should be, in any order:
      | rows |
      | 3    |
    And no side effects

  Scenario: [2] Writes before WITH * without variables are repeated per row and seen by the next MATCH
    Given an empty graph
    And having executed:
      """
      CREATE (:P)
      """
    When executing query:
      """
      MATCH (:P)
      CREATE (:Q)
      WITH *
      MATCH (:Q)
      CREATE (:R)
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes  | 2 |
      | +labels | 2 |

  Scenario: [3] RETURN * after WITH * over an empty scope is still refused
    Given an empty graph
    When executing query:
      """
      MATCH (:P)
      WITH *
      RETURN *
      """
    Then a SyntaxError should be raised at compile time: NoVariablesInScope

  Scenario: [4] One relationship variable for two relationships of one MATCH is a uniqueness violation
    Given an empty graph
    When executing query:
      """
      MATCH (x)-[rel]->(y), (y)-[rel]->(x)
      RETURN rel
      """
    Then a SyntaxError should be raised at compile time: RelationshipUniquenessViolation

  Scenario: [5] A relationship variable bound by an earlier MATCH may be matched again
    Given an empty graph
    And having executed:
      """
      CREATE (:S)-[:LINK]->(:E)
      """
    When executing query:
      """
      MATCH ()-[rel]->()
      MATCH (s:S)-[rel]->(e)
      RETURN labels(s) AS s, type(rel) AS t, labels(e) AS e
      """
    Then the result should be, in any order:
      | s     | t      | e     |
      | ['S'] | 'LINK' | ['E'] |
    And no side effects

  Scenario: [6] A CALL subquery sees only the variables its importing WITH names
    Given an empty graph
    When executing query:
      """
      WITH 1 AS kept, 2 AS other
      CALL {
        RETURN other AS copy
      }
      RETURN kept, copy
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  Scenario: [7] An importing WITH imports simple references only
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 2, 3] AS k
      CALL {
        WITH k
        WHERE k > 1
        RETURN k * 2 AS doubled
      }
      RETURN doubled
      """
    Then a SyntaxError should be raised at compile time: InvalidImportingWith

  Scenario: [8] A subquery may not return a variable of the outer scope
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 2] AS k
      CALL (k) {
        RETURN k
      }
      RETURN k
      """
    Then a SyntaxError should be raised at compile time: VariableAlreadyBound

  Scenario: [9] Scoped subqueries import the listed variables, all of them, or none
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 2] AS k
      WITH k, k * 100 AS big
      CALL (k) {
        RETURN k + 1 AS next
      }
      CALL (*) {
        RETURN big + k AS total
      }
      CALL () {
        RETURN 'x' AS constant
      }
      RETURN k, next, total, constant
      """
    Then the result should be, in any order:
      | k | next | total | constant |
      | 1 | 2    | 101   | 'x'      |
      | 2 | 3    | 202   | 'x'      |
    And no side effects

  Scenario: [10] OPTIONAL CALL keeps the rows its subquery returns nothing for
    Given an empty graph
    And having executed:
      """
      CREATE (:Team {name: 'north'})-[:HAS]->(:Member {age: 30}),
             (:Team {name: 'south'})
      """
    When executing query:
      """
      MATCH (t:Team)
      OPTIONAL CALL (t) {
        MATCH (t)-[:HAS]->(m)
        RETURN m.age AS age
      }
      RETURN t.name AS team, age
      """
    Then the result should be, in any order:
      | team    | age  |
      | 'north' | 30   |
      | 'south' | null |
    And no side effects

  Scenario: [11] Without OPTIONAL, a row the subquery returns nothing for is dropped; a unit subquery keeps every row
    Given an empty graph
    And having executed:
      """
      CREATE (:Team {name: 'north'})-[:HAS]->(:Member {age: 30}),
             (:Team {name: 'south'})
      """
    When executing query:
      """
      MATCH (t:Team)
      CALL (t) {
        SET t.checked = true
      }
      CALL (t) {
        MATCH (t)-[:HAS]->(m)
        RETURN m.age AS age
      }
      RETURN t.name AS team, age
      """
    Then the result should be, in any order:
      | team    | age |
      | 'north' | 30  |
    And the side effects should be:
      | +properties | 2 |

  Scenario: [12] A subquery body cannot end with MATCH
    Given an empty graph
    When executing query:
      """
      CALL {
        MATCH (n)
      }
      RETURN 1 AS one
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  Scenario: [13] Each UNION part of a subquery body imports on its own
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 2] AS k
      CALL {
        WITH k
        RETURN k AS v
        UNION
        WITH k
        RETURN -k AS v
      }
      RETURN k, v
      """
    Then the result should be, in any order:
      | k | v  |
      | 1 | 1  |
      | 1 | -1 |
      | 2 | 2  |
      | 2 | -2 |
    And no side effects

  Scenario: [14] FINISH ends an updating query without results
    Given an empty graph
    And having executed:
      """
      CREATE (:Item {n: 1}), (:Item {n: 2})
      """
    When executing query:
      """
      MATCH (i:Item)
      SET i.done = true
      FINISH
      """
    Then the result should be empty
    And the side effects should be:
      | +properties | 2 |

  Scenario: [15] FINISH must be the last clause
    Given an empty graph
    When executing query:
      """
      MATCH (i:Item)
      FINISH
      RETURN i
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  Scenario: [16] ORDER BY, OFFSET and LIMIT as clauses of their own
    Given an empty graph
    And having executed:
      """
      UNWIND range(1, 6) AS k
      CREATE (:Item {n: k})
      """
    When executing query:
      """
      MATCH (i:Item)
      ORDER BY i.n DESC
      OFFSET 1
      LIMIT 3
      RETURN collect(i.n) AS picked
      """
    Then the result should be, in any order:
      | picked    |
      | [5, 4, 3] |
    And no side effects

  Scenario: [17] OFFSET is a synonym of SKIP in RETURN
    Given an empty graph
    When executing query:
      """
      UNWIND [30, 10, 20] AS v
      RETURN v
      ORDER BY v
      OFFSET 1
      """
    Then the result should be, in order:
      | v  |
      | 20 |
      | 30 |
    And no side effects

  Scenario: [18] SET and REMOVE with dynamic labels
    Given an empty graph
    And having executed:
      """
      CREATE (:Source {kind: 'Agency', tags: ['Wire', 'Daily']})
      """
    When executing query:
      """
      MATCH (s:Source)
      SET s:$(s.kind):$(s.tags)
      REMOVE s:$('Source')
      RETURN labels(s) AS labels
      """
    Then the result should be (ignoring element order for lists):
      | labels                      |
      | ['Agency', 'Wire', 'Daily'] |
    And the side effects should be:
      | +labels | 3 |
      | -labels | 1 |

  Scenario: [19] A dynamic label must be a string
    Given an empty graph
    And having executed:
      """
      CREATE (:Source {kind: 7})
      """
    When executing query:
      """
      MATCH (s:Source)
      SET s:$(s.kind)
      """
    Then a TypeError should be raised at runtime: InvalidArgumentType

  Scenario: [20] SET and REMOVE with dynamic property keys
    Given an empty graph
    And having executed:
      """
      CREATE (:Doc {field: 'lang', old: 'x'})
      """
    When executing query:
      """
      MATCH (d:Doc)
      SET d[d.field] = 'en'
      REMOVE d['o' + 'ld']
      RETURN d.lang AS lang, d.old AS old
      """
    Then the result should be, in any order:
      | lang | old  |
      | 'en' | null |
    And the side effects should be:
      | +properties | 1 |
      | -properties | 1 |

  Scenario: [21] Dynamic labels and keys on a null node are skipped
    Given an empty graph
    When executing query:
      """
      OPTIONAL MATCH (d:Missing)
      SET d:$(d.kind), d[d.key] = 1
      RETURN d
      """
    Then the result should be, in any order:
      | d    |
      | null |
    And no side effects

  Scenario: [22] CALL IN TRANSACTIONS runs the subquery for every row, batch by batch
    Given an empty graph
    When executing query:
      """
      UNWIND range(1, 5) AS k
      CALL (k) {
        CREATE (:Batch {k: k})
      } IN TRANSACTIONS OF 2 ROWS
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 5 |
      | +labels     | 1 |
      | +properties | 5 |

  Scenario: [23] ON ERROR CONTINUE keeps the writes of the good batches and restores the failed one
    Given an empty graph
    And having executed:
      """
      CREATE (:Acct {id: 1, n: 10}), (:Acct {id: 2, n: 0}), (:Acct {id: 3, n: 5})
      """
    When executing query:
      """
      MATCH (a:Acct)
      WITH a ORDER BY a.id
      CALL (a) {
        SET a.n = a.n - 1
        REMOVE a.id
        WITH a
        SET a.share = 100 / (a.n + 1)
        RETURN a.share AS share
      } IN TRANSACTIONS OF 1 ROW ON ERROR CONTINUE REPORT STATUS AS s
      RETURN share, s.committed AS committed
      """
    Then the result should be, in any order:
      | share | committed |
      | 10    | true      |
      | null  | false     |
      | 20    | true      |
    And the side effects should be:
      | +properties | 4 |
      | -properties | 4 |

  Scenario: [24] ON ERROR BREAK stops at the failed batch; later rows are reported as not started
    Given an empty graph
    When executing query:
      """
      UNWIND [2, 1, 0, 4] AS d
      CALL (d) {
        CREATE (:Part {v: 12 / d})
      } IN TRANSACTIONS OF 1 ROW ON ERROR BREAK REPORT STATUS AS s
      RETURN d, s.started AS started, s.committed AS committed
      """
    Then the result should be, in any order:
      | d | started | committed |
      | 2 | true    | true      |
      | 1 | true    | true      |
      | 0 | true    | false     |
      | 4 | false   | false     |
    And the side effects should be:
      | +nodes      | 2 |
      | +labels     | 1 |
      | +properties | 2 |

  Scenario: [25] CALL IN TRANSACTIONS cannot follow a write clause
    Given an empty graph
    When executing query:
      """
      CREATE (:Start)
      WITH 1 AS k
      CALL (k) {
        CREATE (:Next)
      } IN TRANSACTIONS
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  Scenario: [26] A read-only subquery in transactions may fail a batch and go on
    Given an empty graph
    When executing query:
      """
      UNWIND [0, 4] AS d
      CALL (d) {
        RETURN 8 / d AS q
      } IN TRANSACTIONS OF 1 ROW ON ERROR CONTINUE
      RETURN d, q
      """
    Then the result should be, in any order:
      | d | q    |
      | 0 | null |
      | 4 | 2    |
    And no side effects

  Scenario: [27] CREATE with dynamic labels and a dynamic relationship type
    Given an empty graph
    When executing query:
      """
      UNWIND [{kind: 'Agency', rel: 'CITES'}, {kind: ['Paper', 'Daily'], rel: 'QUOTES'}] AS row
      CREATE (:Source:$(row.kind))-[:$(row.rel)]->(:Story)
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes         | 4 |
      | +relationships | 2 |
      | +labels        | 5 |
    When executing control query:
      """
      MATCH (s:Source)-[r]->()
      RETURN type(r) AS t, size(labels(s)) AS n
      """
    Then the result should be, in any order:
      | t        | n |
      | 'CITES'  | 2 |
      | 'QUOTES' | 3 |

  Scenario: [28] MERGE with a dynamic label matches before it creates
    Given an empty graph
    And having executed:
      """
      CREATE (:Agency {name: 'wire'})
      """
    When executing query:
      """
      UNWIND [{kind: 'Agency', name: 'wire'}, {kind: 'Agency', name: 'desk'}, {kind: 'Agency', name: 'desk'}] AS row
      MERGE (s:$(row.kind) {name: row.name})
      RETURN count(*) AS rows
      """
    Then the result should be, in any order:
      | rows |
      | 3    |
    And the side effects should be:
      | +nodes      | 1 |
      | +properties | 1 |

  Scenario: [29] MATCH with $(…), $all(…) and $any(…) labels and types
    Given an empty graph
    And having executed:
      """
      CREATE (:Org {n: 'a'})-[:FUNDS]->(:Person {n: 'b'}), (:Org:Gov {n: 'c'})
      """
    When executing query:
      """
      WITH ['Org', 'Gov'] AS both
      MATCH (x:$all(both))
      MATCH (y:$any(['Person', 'Gov']))
      MATCH ()-[r:$('FUNDS')]->(z)
      RETURN x.n AS x, collect(y.n) AS ys, z.n AS z
      """
    Then the result should be (ignoring element order for lists):
      | x   | ys         | z   |
      | 'c' | ['b', 'c'] | 'b' |
    And no side effects

  Scenario: [30] $any(…) cannot say which labels to create
    Given an empty graph
    When executing query:
      """
      CREATE (:$any(['A', 'B']))
      """
    Then a SyntaxError should be raised at compile time: InvalidLabelExpression

  Scenario: [31] UNION DISTINCT is UNION, and INSERT creates like CREATE
    Given an empty graph
    When executing query:
      """
      INSERT (:Tag&Topic {name: 'x'})
      WITH 1 AS one
      RETURN one AS v
      UNION DISTINCT
      RETURN 1 AS v
      """
    Then the result should be, in any order:
      | v |
      | 1 |
    And the side effects should be:
      | +nodes      | 1 |
      | +labels     | 2 |
      | +properties | 1 |

  Scenario: [32] Path selectors keep, per pair of end nodes, the selected shortest paths
    Given an empty graph
    And having executed:
      """
      CREATE (a:Hub {n: 1})-[:LINK]->(:Hub {n: 2})-[:LINK]->(c:Hub {n: 3}),
             (a)-[:LINK]->(c),
             (c)-[:LINK]->(:Hub {n: 4})
      """
    When executing query:
      """
      MATCH (a:Hub {n: 1})
      MATCH p = SHORTEST 1 (a)-[:LINK]->+(b:Hub)
      RETURN b.n AS b, length(p) AS hops
      """
    Then the result should be, in any order:
      | b | hops |
      | 2 | 1    |
      | 3 | 1    |
      | 4 | 2    |
    And no side effects

  Scenario: [33] ALL SHORTEST, SHORTEST k GROUPS and ANY
    Given an empty graph
    And having executed:
      """
      CREATE (a:Hub {n: 1})-[:LINK]->(:Hub {n: 2})-[:LINK]->(c:Hub {n: 3}),
             (a)-[:LINK]->(:Hub {n: 5})-[:LINK]->(c),
             (a)-[:LINK]->(c)
      """
    When executing query:
      """
      MATCH p = ALL SHORTEST (:Hub {n: 1})-[:LINK]->+(:Hub {n: 3})
      WITH count(p) AS allShortest
      MATCH q = SHORTEST 2 GROUPS (:Hub {n: 1})-[:LINK]->+(:Hub {n: 3})
      WITH allShortest, count(q) AS twoGroups
      MATCH r = ANY (:Hub {n: 1})-[:LINK]->+(:Hub {n: 3})
      RETURN allShortest, twoGroups, count(r) AS anyOne
      """
    Then the result should be, in any order:
      | allShortest | twoGroups | anyOne |
      | 1           | 3         | 1      |
    And no side effects

  Scenario: [34] The WHERE of a selective MATCH filters before the selection
    Given an empty graph
    And having executed:
      """
      CREATE (a:Hub {n: 1})-[:LINK]->(:Hub {n: 2})-[:LINK]->(c:Hub {n: 3}),
             (a)-[:LINK]->(c)
      """
    When executing query:
      """
      MATCH p = SHORTEST 1 (:Hub {n: 1})-[:LINK]->+(:Hub {n: 3})
      WHERE length(p) > 1
      RETURN [x IN nodes(p) | x.n] AS route
      """
    Then the result should be, in any order:
      | route     |
      | [1, 2, 3] |
    And no side effects

  Scenario: [35] A selective path pattern must be alone in its MATCH
    Given an empty graph
    When executing query:
      """
      MATCH p = SHORTEST 1 (a)-->+(b), (c)
      RETURN p
      """
    Then a SyntaxError should be raised at compile time: InvalidPathSelector

  Scenario: [36] OPTIONAL CALL of a procedure keeps the rows it yields nothing for
    Given an empty graph
    And there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):
      | in | out   |
      | 1  | 'one' |
    When executing query:
      """
      UNWIND [1, 2] AS k
      OPTIONAL CALL test.my.proc(k) YIELD out
      RETURN k, out
      """
    Then the result should be, in any order:
      | k | out   |
      | 1 | 'one' |
      | 2 | null  |
    And no side effects

  Scenario: [37] Dynamic labels in a WHERE label predicate
    Given an empty graph
    And having executed:
      """
      CREATE (:Org {kind: 'Org'}), (:Person {kind: 'Org'})
      """
    When executing query:
      """
      MATCH (n)
      WHERE n:$(n.kind)
      RETURN labels(n) AS labels
      """
    Then the result should be, in any order:
      | labels  |
      | ['Org'] |
    And no side effects
