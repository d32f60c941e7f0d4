import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { ComparePageController } from './compare.page.controller';
import { ComparisonController } from './comparison.controller';
import { NationalOutcomesModule } from './national-outcomes.module';

/** "How we compare", as a page and in the API. */
@Module({
  imports: [NationalOutcomesModule, ReportsModule],
  controllers: [ComparisonController, ComparePageController],
})
export class BenchmarkingModule {}
