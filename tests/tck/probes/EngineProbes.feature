# Probes of Neo4j 5 behaviour outside this project's copy of the TCK, written for this project.
# Not part of `npm test` (some fail today); run with `npm run tck -- tests/tck/probes --list-failures`.
# Move a scenario to tests/tck/features/ once it passes, so that it is guarded.

Feature: EngineProbes - Neo4j 5 behaviour beyond the local TCK copy

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'})-[:T]->(:B {name: 'b'})-[:T]->(:C {name: 'c'})
      """

  Scenario: [1] Quantified path pattern
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
