/** The form for a personal access token, turned into the API's own DTO and checked with its rules. */
import type { Form } from '../web/admin-forms';
import { type FormErrors, text, validateAs } from '../web/form-validation';
import { CreateTokenDto } from '../auth/auth.dto';

const TOKEN_MESSAGES = {
  name: 'Enter a name for the token, up to 100 characters',
  expiresInDays: 'Choose how long the token lasts',
};

/** A personal access token's name and lifetime; the lifetime is one of the listed numbers of days. */
export async function tokenFrom(form: Form): Promise<{ value: CreateTokenDto; errors: FormErrors }> {
  const token = { name: text(form, 'name'), expiresInDays: Number(form.expiresInDays) };
  return { value: token, errors: (await validateAs(CreateTokenDto, token, TOKEN_MESSAGES)).errors };
}
