import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id, with the library's defaults (64 MiB, 3 passes). */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password).catch(() => false);
  }
}
