import { IsUUID } from 'class-validator';

/** A page's `:id` parameter, checked by the global validation pipe: not a UUID is a 400. */
export class IdParams {
  @IsUUID() id: string;
}
