import { HALTON_EXAMPLE } from './halton.example';

/** Example authorities by name, with the notice every page and paper of theirs shows. */
const EXAMPLE_NOTICES = new Map([[HALTON_EXAMPLE.authority.name, HALTON_EXAMPLE.notice]]);

/** The "this is illustrative" notice for an example authority; null for a real one. */
export function exampleNoticeFor(authorityName: string): string | null {
  return EXAMPLE_NOTICES.get(authorityName) ?? null;
}
