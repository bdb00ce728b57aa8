/**
 * Errors of the Cypher engine. `kind` is the TCK's error type (SyntaxError, TypeError, ArgumentError,
 * SemanticError, ConstraintVerificationFailed, EntityNotFound, ProcedureError, …), `detail` the TCK's
 * detail code when known (e.g. 'UndefinedVariable', 'InvalidArgumentType'), `phase` when it was raised:
 * 'compile' = before any row is produced or any write made; 'runtime' otherwise.
 * `code` is the Neo4j status code used in the DESIGN.md error shape.
 */
export type CypherErrorKind =
  | 'SyntaxError' | 'SemanticError' | 'TypeError' | 'ArgumentError' | 'ArithmeticError'
  | 'ConstraintVerificationFailed' | 'ConstraintValidationFailed' | 'EntityNotFound'
  | 'PropertyNotFound' | 'LabelNotFound' | 'ProcedureError' | 'ParameterMissing'
  | 'Forbidden' | 'Timeout' | 'RowLimit' | 'MemoryLimit';

export interface SourcePosition { offset: number; line: number; column: number }

const NEO4J_CODES: Record<CypherErrorKind, string> = {
  SyntaxError: 'Neo.ClientError.Statement.SyntaxError',
  SemanticError: 'Neo.ClientError.Statement.SemanticError',
  TypeError: 'Neo.ClientError.Statement.TypeError',
  ArgumentError: 'Neo.ClientError.Statement.ArgumentError',
  ArithmeticError: 'Neo.ClientError.Statement.ArithmeticError',
  ConstraintVerificationFailed: 'Neo.ClientError.Schema.ConstraintValidationFailed',
  ConstraintValidationFailed: 'Neo.ClientError.Schema.ConstraintValidationFailed',
  EntityNotFound: 'Neo.ClientError.Statement.EntityNotFound',
  PropertyNotFound: 'Neo.ClientError.Statement.PropertyNotFound',
  LabelNotFound: 'Neo.ClientError.Statement.LabelNotFound',
  ProcedureError: 'Neo.ClientError.Procedure.ProcedureNotFound',
  ParameterMissing: 'Neo.ClientError.Statement.ParameterMissing',
  Forbidden: 'Neo.ClientError.Statement.AccessMode',
  Timeout: 'Neo.ClientError.Transaction.TransactionTimedOut',
  RowLimit: 'Neo.ClientError.General.ForbiddenOperation',
  // as Neo4j reports a transaction over dbms.memory.transaction.max
  MemoryLimit: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
};

export class CypherError extends Error {
  readonly code: string;
  constructor(
    readonly kind: CypherErrorKind,
    message: string,
    readonly phase: 'compile' | 'runtime' = 'runtime',
    readonly detail?: string,
    readonly position?: SourcePosition,
  ) {
    super(position ? `${message} (line ${position.line}, column ${position.column} (offset: ${position.offset}))` : message);
    this.name = 'CypherError';
    this.code = NEO4J_CODES[kind];
  }
}
