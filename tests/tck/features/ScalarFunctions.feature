# Scalar functions end to end through the engine, with Neo4j 5's documented results
# (Cypher manual, "Functions"). Written for this project in the TCK's format; run by
# tests/tck/own-scenarios.test.ts and by `npm run tck -- tests/tck/features`.

Feature: ScalarFunctions - string, math, list and conversion functions

  Scenario: [1] String functions from the manual
    Given any graph
    When executing query:
      """
      RETURN left('hello', 3) AS l, right('hello', 3) AS r, ltrim('   hello') AS lt, rtrim('hello   ') AS rt,
             trim('   hello   ') AS t, replace('hello', 'l', 'w') AS rep, reverse('palindrome') AS rev,
             split('one,two', ',') AS sp, substring('hello', 1, 3) AS s1, substring('hello', 2) AS s2,
             toLower('HELLO') AS lo, toUpper('hello') AS up
      """
    Then the result should be, in any order:
      | l     | r     | lt      | rt      | t       | rep     | rev          | sp             | s1    | s2    | lo      | up      |
      | 'hel' | 'llo' | 'hello' | 'hello' | 'hello' | 'hewwo' | 'emordnilap' | ['one', 'two'] | 'ell' | 'llo' | 'hello' | 'HELLO' |
    And no side effects

  Scenario: [2] String functions return null for null
    Given any graph
    When executing query:
      """
      RETURN toUpper(null) AS a, left(null, 1) AS b, substring(null, 1) AS c, split(null, ',') AS d,
             replace('a', null, 'b') AS e, btrim(null) AS f, reverse(null) AS g
      """
    Then the result should be, in any order:
      | a    | b    | c    | d    | e    | f    | g    |
      | null | null | null | null | null | null | null |
    And no side effects

  Scenario: [3] Trimming given characters and splitting on several delimiters
    Given any graph
    When executing query:
      """
      RETURN btrim('xyhixy', 'xy') AS b, ltrim('xxhi', 'x') AS l, rtrim('hixx', 'x') AS r,
             split('a-b_c', ['-', '_']) AS s, split('abc', '') AS chars, split('a,,b,', ',') AS empties
      """
    Then the result should be, in any order:
      | b    | l    | r    | s               | chars           | empties            |
      | 'hi' | 'hi' | 'hi' | ['a', 'b', 'c'] | ['a', 'b', 'c'] | ['a', '', 'b', ''] |
    And no side effects

  Scenario Outline: [4] String function on a wrong type
    Given any graph
    And parameters are:
      | param | <value> |
    When executing query:
      """
      RETURN <call> AS r
      """
    Then a TypeError should be raised at runtime: InvalidArgumentType

    Examples:
      | call                     | value |
      | toUpper($param)          | 1     |
      | trim($param)             | 1.5   |
      | substring($param, 1)     | true  |
      | left('abc', $param)      | 'x'   |
      | split('a,b', $param)     | 1     |
      | replace('a', $param, '') | [1]   |
      | reverse($param)          | 1     |

  Scenario Outline: [5] Negative lengths are argument errors
    Given any graph
    When executing query:
      """
      RETURN <call> AS r
      """
    Then a ArgumentError should be raised at runtime: NegativeIntegerArgument

    Examples:
      | call                    |
      | substring('abc', -1)    |
      | substring('abc', 1, -1) |
      | left('abc', -1)         |
      | right('abc', -1)        |

  Scenario: [6] Numeric functions from the manual
    Given any graph
    When executing query:
      """
      RETURN abs(-3) AS a, abs(-3.5) AS af, ceil(0.1) AS c, floor(0.9) AS f, round(3.141592) AS r,
             round(3.141592, 3) AS r3, round(-1.5) AS rn, sign(-17) AS s1, sign(0.1) AS s2, isNaN(0.0 / 0.0) AS nan
      """
    Then the result should be, in any order:
      | a | af  | c   | f   | r   | r3    | rn   | s1 | s2 | nan  |
      | 3 | 3.5 | 1.0 | 0.0 | 3.0 | 3.142 | -1.0 | -1 | 1  | true |
    And no side effects

  Scenario Outline: [7] Rounding modes
    Given any graph
    When executing query:
      """
      RETURN round(<value>, 1, '<mode>') AS r
      """
    Then the result should be, in any order:
      | r        |
      | <result> |
    And no side effects

    Examples:
      | value  | mode      | result |
      | 1.249  | UP        | 1.3    |
      | -1.251 | UP        | -1.3   |
      | 1.249  | DOWN      | 1.2    |
      | -1.251 | DOWN      | -1.2   |
      | 1.249  | CEILING   | 1.3    |
      | -1.251 | CEILING   | -1.2   |
      | 1.249  | FLOOR     | 1.2    |
      | -1.251 | FLOOR     | -1.3   |
      | 1.25   | HALF_UP   | 1.3    |
      | -1.35  | HALF_UP   | -1.4   |
      | 1.25   | HALF_DOWN | 1.2    |
      | -1.35  | HALF_DOWN | -1.3   |
      | 1.25   | HALF_EVEN | 1.2    |
      | -1.35  | HALF_EVEN | -1.4   |

  # degrees(): the manual prints 179.99984796050427 (x * 180 / PI, Java 8); Neo4j 5 runs on Java 17+,
  # whose Math.toDegrees multiplies by 57.29577951308232, giving 179.9998479605043.
  Scenario: [8] Logarithmic and trigonometric functions from the manual
    Given any graph
    When executing query:
      """
      RETURN e() AS e, exp(2) AS exp, log(27) AS log, log10(27) AS log10, sqrt(256) AS sqrt,
             acos(0.5) AS acos, asin(0.5) AS asin, atan(0.5) AS atan, atan2(0.5, 0.6) AS atan2,
             cos(0.5) AS cos, cot(0.5) AS cot, degrees(3.14159) AS deg, haversin(0.5) AS hav,
             pi() AS pi, radians(180) AS rad, sin(0.5) AS sin, tan(0.5) AS tan
      """
    Then the result should be, in any order:
      | e                 | exp              | log               | log10              | sqrt | acos               | asin               | atan               | atan2              | cos                | cot               | deg                | hav                 | pi                | rad               | sin               | tan                |
      | 2.718281828459045 | 7.38905609893065 | 3.295836866004329 | 1.4313637641589874 | 16.0 | 1.0471975511965979 | 0.5235987755982989 | 0.4636476090008061 | 0.6947382761967033 | 0.8775825618903728 | 1.830487721712452 | 179.9998479605043  | 0.06120871905481362 | 3.141592653589793 | 3.141592653589793 | 0.479425538604203 | 0.5463024898437905 |
    And no side effects

  Scenario Outline: [9] Numeric argument errors
    Given any graph
    When executing query:
      """
      RETURN <call> AS r
      """
    Then a ArgumentError should be raised at runtime: <detail>

    Examples:
      | call                        | detail               |
      | round(1.5, -1)              | NumberOutOfRange     |
      | round(1.5, 1, 'SIDEWAYS')   | InvalidArgumentValue |
      | range(0, 10, 0)             | NumberOutOfRange     |

  Scenario: [10] List functions from the manual
    Given any graph
    When executing query:
      """
      RETURN range(0, 10) AS r1, range(2, 18, 3) AS r2, range(0, 5, -1) AS r3, range(10, 0, -3) AS r4,
             head(['one', 'two', 'three']) AS h, last(['one', 'two', 'three']) AS l, tail(['one', 'two', 'three']) AS t,
             reverse([4923, 'abc', 521, null, 487]) AS rev, head([]) AS he, tail([]) AS te
      """
    Then the result should be, in any order:
      | r1                                 | r2                   | r3 | r4            | h     | l       | t                | rev                            | he   | te |
      | [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] | [2, 5, 8, 11, 14, 17] | [] | [10, 7, 4, 1] | 'one' | 'three' | ['two', 'three'] | [487, null, 521, 'abc', 4923] | null | [] |
    And no side effects

  Scenario: [11] isEmpty on lists, maps and strings
    Given any graph
    When executing query:
      """
      RETURN isEmpty([]) AS a, isEmpty([1]) AS b, isEmpty({}) AS c, isEmpty({k: 1}) AS d, isEmpty('') AS e,
             isEmpty('x') AS f, isEmpty(null) AS g
      """
    Then the result should be, in any order:
      | a    | b     | c    | d     | e    | f     | g    |
      | true | false | true | false | true | false | null |
    And no side effects

  Scenario: [12] Conversion functions from the manual
    Given any graph
    When executing query:
      """
      RETURN toBoolean('true') AS b1, toBoolean('not a boolean') AS b2, toBoolean(0) AS b3,
             toBooleanOrNull(1.5) AS b4, toFloat('11.5') AS f1, toFloat('not a number') AS f2,
             toFloatOrNull(true) AS f3, toInteger('42') AS i1, toInteger('not a number') AS i2, toInteger(true) AS i3,
             toIntegerOrNull(['A', 'B', 'C']) AS i4, toInteger(82.9) AS i5, toInteger('2.9') AS i6
      """
    Then the result should be, in any order:
      | b1   | b2   | b3    | b4   | f1   | f2   | f3   | i1 | i2   | i3 | i4   | i5 | i6 |
      | true | null | false | null | 11.5 | null | null | 42 | null | 1  | null | 82 | 2  |
    And no side effects

  Scenario: [13] toString of every convertible type
    Given any graph
    When executing query:
      """
      RETURN toString(11.5) AS f, toString('already a string') AS s, toString(true) AS b, toString(42) AS i,
             toString(1.0) AS one, toString(1e20) AS big, toString(date({year: 1984, month: 10, day: 11})) AS d,
             toString(duration({minutes: 12, seconds: -60})) AS dur, toStringOrNull(['A', 'B']) AS l
      """
    Then the result should be, in any order:
      | f      | s                  | b      | i    | one   | big      | d            | dur    | l    |
      | '11.5' | 'already a string' | 'true' | '42' | '1.0' | '1.0E20' | '1984-10-11' | 'PT11M' | null |
    And no side effects

  Scenario: [14] List conversion functions from the manual
    Given any graph
    When executing query:
      """
      RETURN toBooleanList(['a string', true, 'false', null, ['A', 'B']]) AS b,
             toFloatList(['a string', 2.5, '3.14159', null, ['A', 'B']]) AS f,
             toIntegerList(['a string', 2, '5', null, ['A', 'B']]) AS i,
             toStringList(['already a string', 2, date({year: 1955, month: 11, day: 5}), null, ['A', 'B']]) AS s,
             toBooleanList(null) AS n
      """
    Then the result should be, in any order:
      | b                              | f                              | i                        | s                                                     | n    |
      | [null, true, false, null, null] | [null, 2.5, 3.14159, null, null] | [null, 2, 5, null, null] | ['already a string', '2', '1955-11-05', null, null] | null |
    And no side effects

  Scenario Outline: [15] Conversion of a value that cannot convert
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:T]->()
      """
    When executing query:
      """
      MATCH p = (n)-[r:T]->()
      RETURN [x IN [<valid>, <invalid>] | <function>(x)] AS list
      """
    Then a TypeError should be raised at runtime: InvalidArgumentValue

    Examples:
      | function  | valid | invalid |
      | toFloat   | 1     | true    |
      | toFloat   | 1     | n       |
      | toFloat   | 1     | {}      |
      | toInteger | 1     | p       |
      | toBoolean | true  | r       |
      | toString  | 1     | [1]     |

  Scenario: [16] valueType of values of each kind
    Given an empty graph
    And having executed:
      """
      CREATE (:A)-[:T]->()
      """
    When executing query:
      """
      MATCH p = (n:A)-[r]->()
      RETURN valueType(1) AS i, valueType(2.0) AS f, valueType('abc') AS s, valueType(true) AS b,
             valueType(null) AS nul, valueType([date('2020-01-01')]) AS ld, valueType(n) AS node,
             valueType(r) AS rel, valueType(p) AS path, valueType({k: 1}) AS map, valueType([1, null]) AS ln
      """
    Then the result should be, in any order:
      | i                  | f                | s                 | b                  | nul    | ld                             | node            | rel                     | path            | map            | ln                      |
      | 'INTEGER NOT NULL' | 'FLOAT NOT NULL' | 'STRING NOT NULL' | 'BOOLEAN NOT NULL' | 'NULL' | 'LIST<DATE NOT NULL> NOT NULL' | 'NODE NOT NULL' | 'RELATIONSHIP NOT NULL' | 'PATH NOT NULL' | 'MAP NOT NULL' | 'LIST<INTEGER> NOT NULL' |
    And no side effects
