import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';
import type nunjucks from 'nunjucks';
import { projectRoot } from '../common/paths';
import { createTemplateEnvironment } from '../presentation/templates';

export const SERVICE_NAME = 'Improvement Tracker';

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

function govukFrontendDist(): string {
  return join(projectRoot(), 'node_modules/govuk-frontend/dist');
}

/**
 * The Nunjucks environment for every page: our templates first, then GOV.UK Frontend's
 * (`govuk/template.njk`, `govuk/components/…/macro.njk`), with the filters every template has.
 */
export function createViewEnvironment(): nunjucks.Environment {
  const env = createTemplateEnvironment([join(projectRoot(), 'src/web/views'), govukFrontendDist()]);
  env.addGlobal('serviceName', SERVICE_NAME);
  return env;
}

/**
 * Makes `res.render('pages/home', context)` (and Nest's `@Render('pages/home')`) use `env`, and
 * serves the stylesheet and GOV.UK Frontend's JavaScript under /assets. GOV.UK Frontend's fonts
 * and images (the crown, crest and GOV.UK icons) are deliberately not served: they are GOV.UK's own.
 */
export function configureViews(app: NestExpressApplication, env: nunjucks.Environment): void {
  env.express(app.getHttpAdapter().getInstance());
  app.setViewEngine('njk');

  const govuk = join(govukFrontendDist(), 'govuk');
  serveFile(app, '/assets/application.css', join(projectRoot(), 'dist/web/assets/application.css'));
  serveFile(app, '/assets/govuk-frontend.min.js', join(govuk, 'govuk-frontend.min.js'));
}

function serveFile(app: NestExpressApplication, urlPath: string, filePath: string): void {
  app.use(urlPath, (req: Request, res: Response, next: NextFunction) => {
    // app.use matches by prefix: answer only the exact path.
    if ((req.method !== 'GET' && req.method !== 'HEAD') || (req.path !== '/' && req.path !== '')) return next();
    res.sendFile(filePath, { maxAge: ONE_DAY_MS }, (error?: Error) => {
      if (error && !res.headersSent) next();
    });
  });
}
