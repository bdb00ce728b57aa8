/**
 * Driver errors are told apart by their status codes (and their causes'), not by words in the message:
 * the errors below are built the way neo4j-driver builds them (newError(message, code, cause)).
 */
import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';

/** As the driver's internal newError(): code 'N/A' when it has none. */
function newError(message: string, code = 'N/A', cause?: Error): Neo4jError {
  return new Neo4jError(message, code, '50N42', 'error: general processing exception', undefined as never, cause as never);
}
import { classify, connectError } from '../../src/store/neo4j/errors.ts';
import { constraintDdl, schemaDialect, uniqueIdLabel, versionOf } from '../../src/store/neo4j/schema.ts';

const URI = 'neo4j://db.example:7687';

describe('connect errors by code', () => {
  it.each([
    ['server down', newError('Failed to connect to server. … Caused by: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable'), 'unreachable', /cannot reach Neo4j at neo4j:\/\/db\.example:7687/],
    ['connection lost', newError('connection lost', 'SessionExpired'), 'unreachable', /cannot reach/],
    ['routing refused by a lone server (message says "connecting")',
      newError("Server at db.example:7687 can't perform routing. Make sure you are connecting to a causal cluster", 'ServiceUnavailable',
        newError('There is no procedure with the name `dbms.routing.getRoutingTable` registered', 'Neo.ClientError.Procedure.ProcedureNotFound')),
      'no-routing', /cannot route .*use a bolt:\/\/ URI instead of neo4j:\/\//],
    ['unknown database behind a routing error', newError('Could not perform discovery. No routing servers available.', 'ServiceUnavailable',
      newError("Unable to get a routing table for database 'news' because this database does not exist", 'Neo.ClientError.Database.DatabaseNotFound')),
      'no-database', /has no database 'news'/],
    ['a database named to a 3.5 server (the driver gives no code; message says "connected")',
      newError('Driver is connected to the database that does not support multiple databases. Please upgrade to neo4j 4.0.0 or later in order to use this functionality'),
      'no-multi-database', /has no database 'news': a server before 4\.0 has a single one \(unset NEO4J_DATABASE\)/],
    ['wrong password', newError('The client is unauthorized due to authentication failure.', 'Neo.ClientError.Security.Unauthorized'), 'credentials', /refused the credentials of user 'neo4j'/],
    ['expired credentials', newError('Permission denied: credentials expired', 'Neo.ClientError.Security.CredentialsExpired'), 'forbidden', /refused access to user 'neo4j': Permission denied/],
    ['any other error that mentions connections', newError('Could not connect the dots in procedure x', 'Neo.ClientError.General.InvalidArguments'), 'other', /^Neo4j at .*: Could not connect the dots in procedure x \(Neo\.ClientError\.General\.InvalidArguments\)$/],
  ])('%s', (_name, err, kind, message) => {
    expect(classify(err)).toBe(kind);
    const e = connectError(err, URI, 'neo4j', 'news', 'secret');
    expect(e.message).toMatch(message);
    expect(e.message.split('\n')).toHaveLength(1);
  });
});

describe('schema DDL by server version', () => {
  it('reads the versions servers report', () => {
    expect(versionOf('3.5.6')).toEqual([3, 5]);
    expect(versionOf('2025.01.0')).toEqual([2025, 1]);
  });

  it('refuses what is older than 3.5', () => {
    expect(schemaDialect('3.4.18')).toBeNull();
    expect(schemaDialect('2.3.12')).toBeNull();
  });

  it('writes each version its own DDL', () => {
    expect(constraintDdl('Company', schemaDialect('3.5.6')!)).toBe('CREATE CONSTRAINT ON (n:`Company`) ASSERT n.id IS UNIQUE');
    expect(constraintDdl('Company', schemaDialect('4.4.30')!)).toBe('CREATE CONSTRAINT newsgraph_company_id IF NOT EXISTS ON (n:`Company`) ASSERT n.id IS UNIQUE');
    expect(constraintDdl('Company', schemaDialect('5.26.0')!)).toBe('CREATE CONSTRAINT newsgraph_company_id IF NOT EXISTS FOR (n:`Company`) REQUIRE n.id IS UNIQUE');
    expect(constraintDdl('Company', schemaDialect('2025.01.0')!)).toMatch(/REQUIRE/);
    expect(schemaDialect('3.5.6')).toMatchObject({ show: false, relIndex: false });
    expect(schemaDialect('4.4.0')).toMatchObject({ show: true, relIndex: true, require: false });
  });

  it("reads 3.5's and 4.x's db.constraints() descriptions", () => {
    expect(uniqueIdLabel('CONSTRAINT ON ( company:Company ) ASSERT company.id IS UNIQUE')).toBe('Company');
    expect(uniqueIdLabel('CONSTRAINT ON ( article:Article ) ASSERT (article.id) IS UNIQUE')).toBe('Article');
    expect(uniqueIdLabel('CONSTRAINT ON ( company:Company ) ASSERT company.name IS UNIQUE')).toBeUndefined();
    expect(uniqueIdLabel('CONSTRAINT ON ( company:Company ) ASSERT exists(company.id)')).toBeUndefined();
  });
});
