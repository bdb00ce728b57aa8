# Neo4j 5 behaviour beyond this project's copy of the TCK, written for this project (they began as
# probes in tests/tck/probes/ and pass now). Run by tests/tck/own-scenarios.test.ts.

Feature: Neo4jBehaviour - Neo4j 5 behaviour beyond the local TCK copy

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'})-[:T]->(:B {name: 'b'})-[:T]->(:C {name: 'c'})
      """

  Scenario: [1] Full existential subquery without RETURN sees the outer variable
    When executing query:
      """
      MATCH (n)
      WHERE EXISTS { MATCH (n)-->(m) WHERE m:C }
      RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'b'  |
    And no side effects

  Scenario: [2] Full existential subquery without RETURN as a projected value
    When executing query:
      """
      MATCH (n)
      RETURN n.name AS name, EXISTS { MATCH (n)-->() } AS hasOut
      """
    Then the result should be, in any order:
      | name | hasOut |
      | 'a'  | true   |
      | 'b'  | true   |
      | 'c'  | false  |
    And no side effects

  Scenario: [3] Label expressions with disjunction and negation
    When executing query:
      """
      MATCH (n) WHERE n:A|B AND NOT n:B
      MATCH (m:!A&!B)
      RETURN n.name AS n, m.name AS m
      """
    Then the result should be, in any order:
      | n   | m   |
      | 'a' | 'c' |
    And no side effects

  Scenario: [4] FOREACH creates for each element
    When executing query:
      """
      FOREACH (x IN [1, 2] | CREATE (:F {v: x}))
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 2 |
      | +labels     | 1 |
      | +properties | 2 |

  Scenario: [5] COLLECT subquery
    When executing query:
      """
      MATCH (n:A)
      RETURN COLLECT { MATCH (n)-->(m) RETURN m.name } AS names
      """
    Then the result should be, in any order:
      | names |
      | ['b'] |
    And no side effects

  Scenario: [6] trim with a specification and characters
    When executing query:
      """
      RETURN trim(LEADING 'x' FROM 'xxaxx') AS l, trim(TRAILING 'x' FROM 'xxaxx') AS t, trim(BOTH 'x' FROM 'xxaxx') AS b,
             trim(' a ') AS plain
      """
    Then the result should be, in any order:
      | l     | t     | b   | plain |
      | 'axx' | 'xxa' | 'a' | 'a'   |
    And no side effects

  Scenario: [7] A function with a statically wrong argument type fails at compile time
    When executing query:
      """
      RETURN toUpper(1) AS x
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  Scenario: [8] A list of mixed types cannot be stored as a property
    When executing query:
      """
      MATCH (n:A) SET n.mixed = [1, 'a']
      """
    Then a TypeError should be raised at runtime: InvalidPropertyType
