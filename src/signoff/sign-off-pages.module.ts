import { Module } from '@nestjs/common';
import { SignOffController } from './sign-off.controller';
import { SignOffPageController } from './sign-off.page.controller';
import { SignOffModule } from './sign-off.module';

/** The sign-off API and pages, apart from SignOffModule because pages need the web layer. */
@Module({
  imports: [SignOffModule],
  controllers: [SignOffController, SignOffPageController],
})
export class SignOffPagesModule {}
