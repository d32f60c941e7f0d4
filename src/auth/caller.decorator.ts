import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import type { Caller } from '../common/request-context';

declare module 'express' {
  interface Request {
    /** Set by the access guard for every route that is not public. */
    caller?: Caller;
  }
}

/** The signed-in caller of a route that is not public. */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<Request>().caller;
  if (!caller) throw new Error('CurrentCaller used on a route without a signed-in caller');
  return caller;
});
