import { Module } from '@nestjs/common';
import { SignOffController } from './sign-off.controller';
import { SignOffPageController } from './sign-off.page.controller';
import { SignOffPageService } from './sign-off.page.service';
import { SignOffModule } from './sign-off.module';

/** The sign-off API and pages, apart from SignOffModule because pages need the web layer. */
@Module({
  imports: [SignOffModule],
  controllers: [SignOffController, SignOffPageController],
  providers: [SignOffPageService],
})
export class SignOffPagesModule {}
