/**
 * An error whose message is one complete sentence for the person running the app: what went
 * wrong and what to do. Command-line entry points print only this sentence, never a stack trace.
 */
export class UserFacingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserFacingError';
  }
}
