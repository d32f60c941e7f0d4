import { randomBytes, randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';
import { runWithContext } from './request-context';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

declare module 'express' {
  interface Request {
    id?: string;
  }
}

/**
 * Gives every request its id (the caller's own X-Request-Id when plain, else a new one), returns
 * it in X-Request-Id, and runs the rest of the request inside its RequestContext.
 */
export function requestContextMiddleware(request: Request, response: Response, next: NextFunction): void {
  const given = request.get('x-request-id');
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  request.id = id;
  response.setHeader('X-Request-Id', id);
  runWithContext({ requestId: id, caller: null }, next);
}

/** A fresh nonce per response, for the Content-Security-Policy and every <script> of the page. */
function cspNonceMiddleware(_request: Request, response: Response, next: NextFunction): void {
  response.locals.cspNonce = randomBytes(16).toString('base64');
  next();
}

/**
 * Security headers (helmet) with a Content-Security-Policy that allows only this origin's
 * scripts carrying the response's nonce; only the proxies TRUST_PROXY names are believed about
 * the client's address (X-Forwarded-For) and TLS (X-Forwarded-Proto), so that no one else can
 * pick the address a lock-out counts or make cookies look Secure; CORS stays off unless
 * CORS_ORIGINS lists origins.
 */
export function configureSecurity(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxy.length > 0 ? config.trustProxy : false);
  app.use(requestContextMiddleware);
  app.use(cspNonceMiddleware);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_request, response) => `'nonce-${(response as Response).locals.cspNonce}'`],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, credentials: false });
  }
}
