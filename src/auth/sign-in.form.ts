/** The sign-in form, checked as the other forms are, and the sign-in's refusals in words. */
import { IsNotEmpty, IsString } from 'class-validator';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Form } from '../web/admin-forms';
import { type FormErrors, text, validateAs } from '../web/form-validation';

/** What the sign-in form must have before a password is checked; whether it is right is the service's to say. */
export class SignInForm {
  @IsString()
  @IsNotEmpty({ message: 'Enter your email address' })
  email: string;

  @IsString()
  @IsNotEmpty({ message: 'Enter your password' })
  password: string;
}

/** The email trimmed, the password as typed. */
export async function signInFrom(form: Form): Promise<{ value: SignInForm; errors: FormErrors }> {
  const credentials = { email: text(form, 'email'), password: typeof form.password === 'string' ? form.password : '' };
  return { value: credentials, errors: (await validateAs(SignInForm, credentials)).errors };
}

/**
 * A refused sign-in as the page answers it: too many attempts (429, with when to try again), a
 * deactivated account (403) or a wrong email or password (401); `null` for any other error.
 */
export function signInRefusal(error: unknown): { status: number; retryAfter?: number; message: string } | null {
  if (!(error instanceof DomainError)) return null;
  if (error.code === ErrorCode.TooManyRequests) {
    const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    return { status: 429, ...(retryAfter ? { retryAfter } : {}), message: error.message };
  }
  return { status: error.code === ErrorCode.Forbidden ? 403 : 401, message: error.message };
}
