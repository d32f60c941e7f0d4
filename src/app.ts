import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureBodyParsing } from './common/body-parsing';
import { configureSecurity } from './common/security';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { Database } from './database/data-source';
import { SetupService } from './authorities/setup.service';
import { ExampleService } from './example/example.service';
import { configureViews, createViewEnvironment } from './web/views';

/**
 * The configured application, initialised (database open, migrations run, example loaded when
 * the configuration asks) but not yet listening. `tracker serve` and the tests both start here.
 */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  configureSecurity(app, config);
  configureViews(app, createViewEnvironment());
  configureBodyParsing(app);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Improvement Tracker API')
      .setDescription(
        'Inspections of children’s services, the improvement plans that answer them, and their progress. ' +
          'Errors are {statusCode, error, message, details?}.',
      )
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  await app.init();
  await app.get(ExampleService).loadOnStart();
  // Until the migrations have run there is no table to look for a council in: /health says so,
  // and the set-up link is offered at the first start after they have run.
  if ((await app.get(Database).health()).migrations === 'current') await app.get(SetupService).offerOnStart();
  return app;
}
