/** A mistake in how the command was called: printed with the command's help, exit 2. */
export class UsageError extends Error {}
