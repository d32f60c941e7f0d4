import { isIPv4, isIPv6 } from 'node:net';
import type { Request } from 'express';

/** The client's address as Express sees it (through the proxies TRUST_PROXY names), for lock-outs. */
export function clientAddress(request: Request): string {
  return (request.ip ?? request.socket.remoteAddress ?? 'unknown').slice(0, 64);
}

/**
 * The address a lock-out counts against. One IPv6 host commonly holds a whole /64 and can pick
 * a new address from it for every attempt, so IPv6 addresses count by their /64 network; an
 * IPv4 address written as IPv6 (`::ffff:192.0.2.1`) counts as itself.
 */
export function lockoutAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address) || address === '::1') return address;
  const groups = ipv6Groups(address);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, as lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head, tail] = address.split('::');
  const parse = (part: string | undefined): string[] =>
    part ? part.split(':').flatMap((group) => (group.includes('.') ? ipv4Groups(group) : [group])) : [];
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((group) => parseInt(group, 16).toString(16));
}

function ipv4Groups(dotted: string): string[] {
  const [a, b, c, d] = dotted.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
