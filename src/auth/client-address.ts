import type { Request } from 'express';

/** The client's address as Express sees it (through trusted proxies), for lock-outs. */
export function clientAddress(request: Request): string {
  return (request.ip ?? request.socket.remoteAddress ?? 'unknown').slice(0, 64);
}
