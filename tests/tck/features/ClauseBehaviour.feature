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
