import { PasswordHasher } from '../../src/auth/password-hasher';

// The test seeds keep the example's password at cheaper argon2 settings (test/support/test-app.ts);
// every password the app hashes itself gets these.
describe('PasswordHasher', () => {
  it('hashes with argon2id at 64 MiB, three passes and four lanes, a salt of its own each time, and verifies', async () => {
    const hasher = new PasswordHasher();
    const [first, second] = [await hasher.hash('a-sensible-passphrase'), await hasher.hash('a-sensible-passphrase')];
    const [, algorithm, version, parameters] = first.split('$');
    expect(algorithm).toBe('argon2id');
    expect(version).toBe('v=19');
    expect(Object.fromEntries(parameters.split(',').map((pair) => pair.split('=')))).toEqual({
      m: '65536',
      t: '3',
      p: '4',
    });
    expect(second).not.toBe(first);
    expect(await hasher.verify(first, 'a-sensible-passphrase')).toBe(true);
    expect(await hasher.verify(first, 'a-wrong-passphrase')).toBe(false);
  });
});
