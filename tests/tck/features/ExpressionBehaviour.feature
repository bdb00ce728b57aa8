# Expression behaviour the openCypher TCK specifies beyond this project's local copy of it, in our own
# words (functions, operators, literals, static argument types). Run by tests/tck/own-scenarios.test.ts.

Feature: ExpressionBehaviour - expressions beyond the local TCK copy

  Scenario: [1] An em dash is no minus sign
    Given any graph
    When executing query:
      """
      WITH 10 AS ten
      RETURN ten — 3 AS seven
      """
    Then a SyntaxError should be raised at compile time: InvalidUnicodeCharacter

  Scenario: [2] A Unicode minus sign does not negate a number
    Given any graph
    When executing query:
      """
      RETURN −5 AS minusFive
      """
    Then a SyntaxError should be raised at compile time: InvalidUnicodeCharacter

  Scenario: [3] Unicode dashes still draw relationship patterns
    Given an empty graph
    And having executed:
      """
      CREATE (:Src {k: 1})-[:LINK]->(:Dst {k: 2})
      """
    When executing query:
      """
      MATCH (s:Src)—[:LINK]—>(d)
      RETURN d.k - s.k AS diff
      """
    Then the result should be, in any order:
      | diff |
      | 1    |
    And no side effects

  Scenario Outline: [4] range() refuses a non-Integer bound or step when it runs
    Given any graph
    When executing query:
      """
      RETURN range(<from>, <to>, <by>) AS r
      """
    Then a ArgumentError should be raised at runtime: InvalidArgumentType

    Examples:
      | from  | to     | by   |
      | 1.0   | 4      | 1    |
      | 1     | '4'    | 1    |
      | 1     | 4      | 0.5  |
      | false | 4      | 1    |
      | 1     | [4]    | 1    |
      | 1     | 4      | {}   |
      | null  | 4      | 1    |

  Scenario: [5] range() with a Float taken from a parameter fails the same way
    Given any graph
    And parameters are:
      | upper | 3.0 |
    When executing query:
      """
      RETURN range(0, $upper) AS r
      """
    Then a ArgumentError should be raised at runtime: InvalidArgumentType

  Scenario Outline: [6] Graph functions refuse an argument of a statically wrong kind before running
    Given an empty graph
    And having executed:
      """
      CREATE (:P)-[:R]->(:Q)
      """
    When executing query:
      """
      MATCH route = (a)-[rel]->(b)
      RETURN <call> AS v
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

    Examples:
      | call                |
      | labels(route)       |
      | labels(rel)         |
      | length(a)           |
      | length(rel)         |
      | nodes(a)            |
      | relationships(rel)  |
      | startNode(a)        |
      | endNode(route)      |
      | type(route)         |
      | id(route)           |
      | keys(route)         |
      | length('abc')       |
      | nodes([1, 2])       |

  Scenario: [7] Graph functions with arguments of the right kind
    Given an empty graph
    And having executed:
      """
      CREATE (:P)-[:R]->(:Q)
      """
    When executing query:
      """
      MATCH route = (a)-[rel]->(b)
      RETURN labels(a) AS l, length(route) AS len, size(nodes(route)) AS n, type(rel) AS t,
             labels(startNode(rel)) AS s, labels([b][0]) AS viaList
      """
    Then the result should be, in any order:
      | l     | len | n | t   | s     | viaList |
      | ['P'] | 1   | 2 | 'R' | ['P'] | ['Q']   |
    And no side effects
