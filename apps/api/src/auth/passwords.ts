import { hash, verify } from '@node-rs/argon2';

// Compared against when the e-mail is unknown, so that a wrong e-mail costs as long as a wrong password.
const UNKNOWN_USER_HASH = hash('plenary-unknown-user');

/** A password is stored only as its argon2 hash. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Whether `password` is the one behind `passwordHash`; with no hash (no such user) it takes as long and answers false. */
export async function passwordMatchesHash(options: {
  password: string;
  passwordHash: string | null;
}): Promise<boolean> {
  const matches = await verify(options.passwordHash ?? (await UNKNOWN_USER_HASH), options.password);
  return matches && options.passwordHash !== null;
}
