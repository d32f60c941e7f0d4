import { Module } from '@nestjs/common';
import { ChartsModule } from '../charts/charts.module';
import { ComparePageController } from './compare.page.controller';
import { ComparePageService } from './compare.page.service';
import { ComparisonController } from './comparison.controller';
import { NationalOutcomesModule } from './national-outcomes.module';

/** "How we compare", as a page and in the API. */
@Module({
  imports: [NationalOutcomesModule, ChartsModule],
  controllers: [ComparisonController, ComparePageController],
  providers: [ComparePageService],
})
export class BenchmarkingModule {}
