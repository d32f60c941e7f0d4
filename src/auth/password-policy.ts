/**
 * What a password must be: at least 12 characters, at most 200, and not one of the passwords
 * that are tried first by anyone guessing (nor the user's own email name or the service's name).
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  'password1234',
  'password12345',
  'passwordpassword',
  'qwertyuiopas',
  'qwerty123456',
  '1q2w3e4r5t6y',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'changeme1234',
  'administrator',
  'admin1234567',
  'aaaaaaaaaaaa',
  '111111111111',
  '000000000000',
  'abcdefghijkl',
  'abc123abc123',
  'football1234',
  'monkey123456',
  'sunshine1234',
  'trustno1trustno1',
  'correcthorsebatterystaple',
  'improvementtracker',
  'improvement-tracker',
  'childrensservices',
  'councilpassword',
  'password-123',
  'p@ssw0rd1234',
  'p@ssword1234',
  'summer2024!!',
  'winter2024!!',
  'spring2025!!',
  'autumn2025!!',
]);

/** The reason a password is not acceptable, as a sentence, or null when it is. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  }
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password) || /^(0123456789|1234567890)+\d*$/.test(password)) {
    return 'The password is too common: choose one that would be hard to guess.';
  }
  const name = email?.split('@')[0]?.toLowerCase();
  if (name && name.length >= 4 && lower.includes(name)) {
    return 'The password must not contain your email address.';
  }
  return null;
}
