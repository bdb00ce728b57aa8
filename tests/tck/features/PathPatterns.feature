# Quantified path patterns, inline WHERE in patterns and shortest paths under WHERE (Neo4j 5 / GQL),
# written for this project. Run by tests/tck/own-scenarios.test.ts.

Feature: PathPatterns - quantified path patterns and filtered shortest paths

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'})-[:T {w: 1}]->(:B {name: 'b'})-[:T {w: 2}]->(:C {name: 'c'})-[:T {w: 3}]->(:D {name: 'd'})
      """

  Scenario: [1] Quantified path pattern juxtaposed to node patterns
    When executing query:
      """
      MATCH p = (:A) (()-[:T]->()){1,2} (x)
      RETURN x.name AS name, length(p) AS len
      """
    Then the result should be, in any order:
      | name | len |
      | 'b'  | 1   |
      | 'c'  | 2   |
    And no side effects

  Scenario: [2] Group variables are lists, one value per iteration
    When executing query:
      """
      MATCH (:A) ((m)-[r:T]->(n) WHERE r.w < 3)+ (x)
      RETURN x.name AS name, [v IN m | v.name] AS ms, [v IN n | v.name] AS ns, [e IN r | e.w] AS ws
      """
    Then the result should be, in any order:
      | name | ms         | ns         | ws     |
      | 'b'  | ['a']      | ['b']      | [1]    |
      | 'c'  | ['a', 'b'] | ['b', 'c'] | [1, 2] |
    And no side effects

  Scenario: [3] Zero iterations bind the next node to the previous one
    When executing query:
      """
      MATCH (:A {name: 'a'}) (()-[r:T]->()){0,1} (x)
      RETURN x.name AS name, size(r) AS hops
      """
    Then the result should be, in any order:
      | name | hops |
      | 'a'  | 0    |
      | 'b'  | 1    |
    And no side effects

  Scenario: [4] Quantified relationship
    When executing query:
      """
      MATCH (:A)-[r:T]->{2,3}(x)
      RETURN x.name AS name, size(r) AS hops
      """
    Then the result should be, in any order:
      | name | hops |
      | 'c'  | 2    |
      | 'd'  | 3    |
    And no side effects

  Scenario: [5] A group at the start of a pattern, with a path variable
    When executing query:
      """
      MATCH p = ((a)-[:T]->(b)){3}
      RETURN [v IN nodes(p) | v.name] AS route
      """
    Then the result should be, in any order:
      | route                |
      | ['a', 'b', 'c', 'd'] |
    And no side effects

  Scenario: [6] Inline WHERE in node and relationship patterns
    When executing query:
      """
      MATCH (n:B WHERE n.name = 'b')-[r:T WHERE r.w = 2]->(m)
      RETURN m.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'c'  |
    And no side effects

  Scenario: [7] The group's WHERE applies to every iteration
    When executing query:
      """
      MATCH (:A) (()-[r:T]->() WHERE r.w > 1){1,2} (x)
      RETURN x.name AS name
      """
    Then the result should be empty
    And no side effects

  Scenario: [8] A quantifier whose upper bound is below its lower bound
    When executing query:
      """
      MATCH (:A) (()-[:T]->()){3,1} (x)
      RETURN x
      """
    Then a SyntaxError should be raised at compile time: InvalidQuantifiedPathPattern

  Scenario: [9] shortestPath returns the shortest path that satisfies the WHERE
    And having executed:
      """
      MATCH (a:A), (d:D) CREATE (a)-[:T {w: 9}]->(d)
      """
    When executing query:
      """
      MATCH p = shortestPath((a:A)-[*]->(d:D))
      WHERE all(r IN relationships(p) WHERE r.w < 5)
      RETURN length(p) AS len
      """
    Then the result should be, in any order:
      | len |
      | 3   |
    And no side effects

  Scenario: [10] No predicates or quantifiers in CREATE patterns
    When executing query:
      """
      CREATE (n:X WHERE n.k = 1)
      """
    Then a SyntaxError should be raised at compile time: InvalidPatternPredicate

  Scenario: [11] No quantified path patterns in MERGE
    When executing query:
      """
      MERGE (:A) (()-[:T]->()){1,2} (:B)
      """
    Then a SyntaxError should be raised at compile time: InvalidQuantifiedPathPattern

  Scenario: [12] A group matched from its right end keeps the written order
    When executing query:
      """
      MATCH p = (a) ((m)-[r:T]->(n)){1,3} (x:D {name: 'd'})
      RETURN a.name AS a, [v IN m | v.name] AS ms, [e IN r | e.w] AS ws, [v IN nodes(p) | v.name] AS route
      """
    Then the result should be, in any order:
      | a   | ms              | ws        | route                |
      | 'c' | ['c']           | [3]       | ['c', 'd']           |
      | 'b' | ['b', 'c']      | [2, 3]    | ['b', 'c', 'd']      |
      | 'a' | ['a', 'b', 'c'] | [1, 2, 3] | ['a', 'b', 'c', 'd'] |
    And no side effects
