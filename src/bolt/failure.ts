/** A failure the Bolt server reports with a Neo4j status code (FAILURE message). */
export class BoltFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'BoltFailure';
  }
}
