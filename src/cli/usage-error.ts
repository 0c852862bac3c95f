import { type ErrorData, messageOf } from '../diagnostics/catalogue.ts';

/**
 * A mistake in how the command was called: printed with the command's help, exit 2.
 * Its message comes from the catalogue entry whose permanent id it carries.
 */
export class UsageError extends Error {
  readonly id: string;
  constructor(error: ErrorData<void>);
  constructor(...args: [error: ErrorData<never>, params: unknown]);
  constructor(error: ErrorData<never>, params?: unknown) {
    super(messageOf(error as ErrorData<unknown>, params));
    this.id = error.id;
  }
}

/** Typed construction: the parameters the entry's message needs. */
export const usageError = <P>(error: ErrorData<P>, params: P): UsageError => new UsageError(error as ErrorData<never>, params);
